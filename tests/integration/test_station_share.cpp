// Sharing a sensor station through a real hub: a resident publishes hourly means or raw readings,
// sharing again sends only what changed, a lost acknowledgement changes nothing on the hub, and
// another resident subscribes and pulls (including corrected hourly means). Also through balgul-cli.

#include "sync_fixture.h"

#include "core/geo/grid_cell.h"
#include "core/sensor/air_quality.h"
#include "core/sensor/observation_store.h"
#include "core/sensor/station_share.h"

#include <QObject>

#include <cmath>

using namespace balgul;
using namespace balgul::core::sensor;

namespace {

constexpr std::int64_t kDay = 1793491200; // 2026-11-01T00:00:00Z

/// Two days of one reading a minute, plus one impossible reading that must never leave.
std::vector<Reading> twoDays()
{
    std::vector<Reading> out;
    for (std::int64_t minute = 0; minute < 2 * 1440; ++minute)
        out.push_back(Reading{kDay + minute * 60, 10.0 + static_cast<double>(minute % 97) / 8.0, FlagNone});
    out.push_back(Reading{kDay + 30, 9999, FlagImpossible});
    return out;
}

struct LocalDevice
{
    std::int64_t device = 0;
    std::int64_t series = 0;
};

LocalDevice addDevice(core::Store& store, const std::vector<Reading>& readings)
{
    auto& db = store.database();
    core::Transaction tx(db);
    ObservationStore observations(db);
    Device d;
    d.source = "sensor.community";
    d.externalId = "22885";
    d.sensorType = "SDS011";
    d.lat = 36.35;
    d.lon = 127.38;
    LocalDevice out;
    out.device = observations.ensureDevice(d);
    out.series = observations.ensureSeries(out.device, Quantity::Pm2_5);
    observations.addReadings(out.series, readings);
    tx.commit();
    return out;
}

void addReadings(core::Store& store, std::int64_t series, const std::vector<Reading>& readings)
{
    core::Transaction tx(store.database());
    ObservationStore(store.database()).addReadings(series, readings);
    tx.commit();
}

core::sync::HubEndpoint endpoint(const test::HubProcess& hub, const test::Client& client)
{
    return core::sync::HubEndpoint{test::hubUrl(hub), client.token, true, 30};
}

std::vector<Reading> stored(core::Store& store, std::int64_t series)
{
    auto readings = ObservationStore(store.database()).readings(series, kDay - 86400, kDay + 3 * 86400);
    return readings ? *readings : std::vector<Reading>{};
}

} // namespace

class TestStationShare : public QObject
{
    Q_OBJECT

private slots:
    void hourlyMeansThenOnlyChangedDays()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        test::Client alice;
        QVERIFY(
            test::makeClient(alice, (dir.path() + QStringLiteral("/alice.db")).toStdString(), "alice", hub));
        const auto local = addDevice(*alice.store, twoDays());

        auto first = shareStation(*alice.store, local.device, ShareMode::Hourly, endpoint(hub, alice));
        QVERIFY2(first.ok(), first.ok() ? "" : first.error().toString().c_str());
        QVERIFY(first->created);
        QCOMPARE(first->observationsSent, std::int64_t(48));
        QCOMPARE(first->added, std::int64_t(48));
        QCOMPARE(test::hubCount(hub, "SELECT count(*) FROM station_observations WHERE kind = 'hourly'"),
                 std::int64_t(48));
        // The hub holds exactly the hourly means of the usable readings, with their counts.
        const auto means = hourlyMeans(stored(*alice.store, local.series));
        const auto rows = hub.storeRows("SELECT time, value, count FROM station_observations ORDER BY time");
        QCOMPARE(rows.size(), means.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            QCOMPARE(std::stoll(rows[i][0]), means[i].start);
            QCOMPARE(std::stod(rows[i][1]), std::round(means[i].mean * 1000) / 1000);
            QCOMPARE(std::stoll(rows[i][2]), std::int64_t(60));
        }

        auto again = shareStation(*alice.store, local.device, ShareMode::Hourly, endpoint(hub, alice));
        QVERIFY(again.ok());
        QVERIFY(!again->created);
        QCOMPARE(again->stationId, first->stationId);
        QCOMPARE(again->observationsSent, std::int64_t(0));

        // A late reading in the second day: that day goes again, one mean changes.
        addReadings(*alice.store, local.series, {Reading{kDay + 86400 + 5 * 3600 + 30, 500, FlagNone}});
        auto late = shareStation(*alice.store, local.device, ShareMode::Hourly, endpoint(hub, alice));
        QVERIFY(late.ok());
        QCOMPARE(late->daysSent, 1);
        QCOMPARE(late->observationsSent, std::int64_t(24));
        QCOMPARE(late->changed, std::int64_t(1));
        QCOMPARE(late->unchanged, std::int64_t(23));
        QCOMPARE(test::hubCount(hub, "SELECT count FROM station_observations WHERE time = " +
                                         std::to_string(kDay + 86400 + 5 * 3600)),
                 std::int64_t(61));
    }

    void lostAcknowledgementChangesNothing()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        test::Client alice;
        QVERIFY(
            test::makeClient(alice, (dir.path() + QStringLiteral("/alice.db")).toStdString(), "alice", hub));
        const auto local = addDevice(*alice.store, twoDays());
        ShareOptions options;
        options.batchSize = 500;
        auto first = shareStation(*alice.store, local.device, ShareMode::Raw, endpoint(hub, alice), options);
        QVERIFY(first.ok());
        QCOMPARE(first->batches, 6);
        QCOMPARE(first->observationsSent, std::int64_t(2880)); // the impossible reading stayed home
        QCOMPARE(test::hubCount(hub, "SELECT count(*) FROM station_observations"), std::int64_t(2880));
        const auto seqBefore = test::hubCount(hub, "SELECT max(seq) FROM station_observations");

        // The hub committed, the answers were lost before the store recorded them: everything goes
        // again, and the hub changes nothing.
        alice.store->database().exec("DELETE FROM sensor_share_days");
        auto retry = shareStation(*alice.store, local.device, ShareMode::Raw, endpoint(hub, alice), options);
        QVERIFY(retry.ok());
        QCOMPARE(retry->observationsSent, std::int64_t(2880));
        QCOMPARE(retry->added, std::int64_t(0));
        QCOMPARE(retry->unchanged, std::int64_t(2880));
        QCOMPARE(test::hubCount(hub, "SELECT max(seq) FROM station_observations"), seqBefore);
    }

    void subscribePullAndUnshare()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        QVERIFY(hub.addUser(QStringLiteral("bob"), QStringLiteral("citizen")));
        test::Client alice, bob;
        QVERIFY(
            test::makeClient(alice, (dir.path() + QStringLiteral("/alice.db")).toStdString(), "alice", hub));
        QVERIFY(test::makeClient(bob, (dir.path() + QStringLiteral("/bob.db")).toStdString(), "bob", hub));
        const auto local = addDevice(*alice.store, twoDays());
        auto shared = shareStation(*alice.store, local.device, ShareMode::Hourly, endpoint(hub, alice));
        QVERIFY(shared.ok());

        auto listed = listSharedStations(endpoint(hub, bob), "127,36,128,37");
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), std::size_t(1));
        QCOMPARE(listed->front().id, shared->stationId);
        QCOMPARE(listed->front().name, std::string("sensor.community 22885"));

        auto device = subscribeStation(*bob.store, shared->stationId, endpoint(hub, bob));
        QVERIFY2(device.ok(), device.ok() ? "" : device.error().toString().c_str());
        QCOMPARE(*subscribeStation(*bob.store, shared->stationId, endpoint(hub, bob)), *device); // once
        QCOMPARE(subscribeStation(*alice.store, shared->stationId, endpoint(hub, alice)).error().code,
                 std::string("own_station"));
        auto pulled = pullSubscriptions(*bob.store, endpoint(hub, bob), 10);
        QVERIFY(pulled.ok());
        QCOMPARE(pulled->observations, std::int64_t(48));
        QCOMPARE(pulled->pages, 5);

        auto series =
            ObservationStore(bob.store->database()).findSeries("hub", shared->stationId, Quantity::Pm2_5);
        QVERIFY(series.ok() && series->has_value());
        const std::int64_t bobSeries = (*series)->id;
        const auto means = hourlyMeans(stored(*alice.store, local.series));
        auto bobReadings = stored(*bob.store, bobSeries);
        QCOMPARE(bobReadings.size(), means.size());
        QCOMPARE(bobReadings[3].time, means[3].start);
        QCOMPARE(bobReadings[3].value, std::round(means[3].mean * 1000) / 1000);
        {
            auto st = bob.store->database().prepare(
                "SELECT subscribed, remote_id, lat, lon, name FROM sensor_devices WHERE id = ?");
            st.bind(1, *device);
            QVERIFY(st.step());
            QCOMPARE(st.int64(0), std::int64_t(1));
            QCOMPARE(st.text(1), shared->stationId);
            // Bob sees the centre of the station's 500 m cell (the default precision), not its place.
            const auto cell = core::geo::cellOf(36.35, 127.38, core::geo::Precision::M500);
            QCOMPARE(st.real(2), cell.lat);
            QCOMPARE(st.real(3), cell.lon);
        }

        // Alice's corrected hour replaces Bob's reading at that time; nothing else moves.
        addReadings(*alice.store, local.series, {Reading{kDay + 3 * 3600 + 30, 700, FlagNone}});
        QVERIFY(shareStation(*alice.store, local.device, ShareMode::Hourly, endpoint(hub, alice)).ok());
        pulled = pullSubscriptions(*bob.store, endpoint(hub, bob));
        QVERIFY(pulled.ok());
        QCOMPARE(pulled->observations, std::int64_t(1));
        bobReadings = stored(*bob.store, bobSeries);
        QCOMPARE(bobReadings.size(), means.size());
        const auto corrected = hourlyMeans(stored(*alice.store, local.series));
        QCOMPARE(bobReadings[3].value, std::round(corrected[3].mean * 1000) / 1000);
        QVERIFY(bobReadings[3].value != std::round(means[3].mean * 1000) / 1000);
        QCOMPARE(bobReadings[3].flags, std::uint8_t(FlagNone));

        // Bob cannot take Alice's station down; Alice can, and the hub's copy goes with it.
        QVERIFY(!unshareStation(*bob.store, *device, endpoint(hub, bob)).ok());
        QVERIFY(unshareStation(*alice.store, local.device, endpoint(hub, alice)).ok());
        QCOMPARE(test::hubCount(hub, "SELECT count(*) FROM station_observations"), std::int64_t(0));
        pulled = pullSubscriptions(*bob.store, endpoint(hub, bob));
        QVERIFY(pulled.ok());
        QCOMPARE(pulled->unshared, std::vector<std::string>{shared->stationId});
        QCOMPARE(stored(*bob.store, bobSeries).size(), means.size()); // Bob keeps what he pulled
    }

    void refusesWhatCannotBeShared()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        test::Client alice;
        QVERIFY(
            test::makeClient(alice, (dir.path() + QStringLiteral("/alice.db")).toStdString(), "alice", hub));
        const auto local = addDevice(*alice.store, twoDays());
        auto& db = alice.store->database();
        db.prepare("UPDATE sensor_devices SET mobile = 1 WHERE id = ?").bind(1, local.device).run();
        QCOMPARE(shareStation(*alice.store, local.device, ShareMode::Raw, endpoint(hub, alice)).error().code,
                 std::string("mobile_device"));
        QCOMPARE(shareStation(*alice.store, 999, ShareMode::Raw, endpoint(hub, alice)).error().code,
                 std::string("not_found"));
        db.prepare("UPDATE sensor_devices SET mobile = 0 WHERE id = ?").bind(1, local.device).run();
        auto anonymous = endpoint(hub, alice);
        anonymous.token.clear();
        QCOMPARE(shareStation(*alice.store, local.device, ShareMode::Raw, anonymous).error().code,
                 std::string("unauthorized"));
        QCOMPARE(test::hubCount(hub, "SELECT count(*) FROM stations"), std::int64_t(0));
    }

    void throughTheCli()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const QString storePath = dir.path() + QStringLiteral("/cli.db");
        {
            auto store = core::Store::open(storePath.toStdString());
            QVERIFY(store.ok());
            addDevice(**store, twoDays());
        }
        const QString url = QString::fromStdString(test::hubUrl(hub));
        const QStringList base{QStringLiteral("--store"), storePath};
        QByteArray out;
        QCOMPARE(test::runCli(base + QStringList{QStringLiteral("login"), QStringLiteral("--hub"), url,
                                                 QStringLiteral("--user"), QStringLiteral("alice"),
                                                 QStringLiteral("--password-stdin")},
                              "correct horse\n", &out),
                 0);
        QCOMPARE(test::runCli(base + QStringList{QStringLiteral("station"), QStringLiteral("share"),
                                                 QStringLiteral("22885"), QStringLiteral("--mode"),
                                                 QStringLiteral("raw")},
                              {}, &out),
                 0);
        QVERIFY2(out.contains("2880 new"), out.constData());
        QCOMPARE(
            test::runCli(base + QStringList{QStringLiteral("station"), QStringLiteral("list")}, {}, &out), 0);
        QVERIFY2(out.contains("sensor.community 22885") && out.contains("raw"), out.constData());
        QCOMPARE(test::runCli(base + QStringList{QStringLiteral("station"), QStringLiteral("share"),
                                                 QStringLiteral("22885"), QStringLiteral("--mode"),
                                                 QStringLiteral("weekly")},
                              {}, &out),
                 2);
        QCOMPARE(test::runCli(base + QStringList{QStringLiteral("station"), QStringLiteral("unshare"),
                                                 QStringLiteral("22885")},
                              {}, &out),
                 0);
        QCOMPARE(test::hubCount(hub, "SELECT count(*) FROM stations"), std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestStationShare)
#include "test_station_share.moc"
