// How precisely a shared station's place is published, end to end on a real balgul-hub (SQLite and
// PostgreSQL) with a real client store and the NGSI-LD bridge forwarding to a small broker: the
// stored row, the GET answer, the access log and the forwarded entities hold no finer place than
// the owner chose; switching to exact and back erases the finer place; stations shared before
// precisions existed are moved to 500 m when the hub starts, and their owner is told once.

#include "hub_process.h"
#include "ngsi_broker.h"

#include "core/geo/grid_cell.h"
#include "core/sensor/observation_store.h"
#include "core/sensor/station_share.h"
#include "core/store/store.h"
#include "core/sync/station_protocol.h"

#include <QFile>
#include <QObject>

#include <chrono>
#include <cstring>
#include <functional>
#include <thread>

using namespace balgul;
using core::geo::Precision;
using namespace core::sensor;

namespace {

// A balcony in Daejeon: the place that must not leave at 500 m or 1 km.
constexpr double kLat = 36.351234;
constexpr double kLon = 127.384567;
constexpr std::int64_t kHour = 1793491200; // 2026-11-01T00:00:00Z

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 20000)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (std::chrono::steady_clock::now() < deadline) {
        if (condition())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return condition();
}

struct Resident
{
    std::unique_ptr<core::Store> store;
    std::int64_t device = 0;
    core::sync::HubEndpoint endpoint;
};

/// A store with one fixed device at the balcony and three hours of PM2.5, signed in as `login`.
bool makeResident(Resident& r, test::HubProcess& hub, const QString& path, const std::string& login)
{
    auto store = core::Store::open(path.toStdString());
    if (!store)
        return false;
    r.store = std::move(*store);
    core::Transaction tx(r.store->database());
    ObservationStore observations(r.store->database());
    Device d;
    d.source = "sensor.community";
    d.externalId = "balcony";
    d.sensorType = "SDS011";
    d.lat = kLat;
    d.lon = kLon;
    r.device = observations.ensureDevice(d);
    const auto series = observations.ensureSeries(r.device, Quantity::Pm2_5);
    observations.addReadings(series, {Reading{kHour, 12, FlagNone}, Reading{kHour + 3600, 14, FlagNone},
                                      Reading{kHour + 7200, 31, FlagNone}});
    tx.commit();
    const std::string token = hub.login(login);
    r.endpoint = core::sync::HubEndpoint{"http://127.0.0.1:" + std::to_string(hub.port()), token, true, 30};
    return !token.empty();
}

/// Every place the broker was last given for each entity (the latest upsert wins).
std::map<std::string, std::pair<double, double>> brokerPlaces(test::BrokerState& state)
{
    std::lock_guard lock(state.mutex);
    std::map<std::string, std::pair<double, double>> out;
    for (const auto& upsert : state.upserts)
        for (std::size_t i = 0; i < upsert.entities->size(); ++i) {
            const auto entity = upsert.entities->getObject(static_cast<unsigned>(i));
            const auto coordinates =
                entity->getObject("location")->getObject("value")->getArray("coordinates");
            out[entity->getValue<std::string>("id")] = {coordinates->getElement<double>(1),
                                                        coordinates->getElement<double>(0)};
        }
    return out;
}

/// True when the broker holds `entities` entities, each last given the place (lat, lon).
bool brokerHoldsOnly(test::BrokerState& state, std::size_t entities, double lat, double lon)
{
    const auto places = brokerPlaces(state);
    return places.size() == entities && std::all_of(places.begin(), places.end(), [&](const auto& p) {
               return p.second.first == lat && p.second.second == lon;
           });
}

/// True when the file holds the bytes of `value` as a double, or its first decimals as text.
bool fileHolds(const QString& path, double value, const QByteArray& text)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    char raw[sizeof value];
    std::memcpy(raw, &value, sizeof value);
    return bytes.contains(QByteArray(raw, sizeof raw)) || bytes.contains(text);
}

} // namespace

class TestStationPrecision : public QObject
{
    Q_OBJECT

private slots:
    void defaultIs500mEverywhere()
    {
        test::Broker broker;
        QTemporaryDir logDir;
        const QString accessLog = logDir.path() + QStringLiteral("/access.log");
        BALGUL_START_HUB(hub, dir, {broker.configLine(), QStringLiteral("access_log = ") + accessLog});
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        Resident alice;
        QVERIFY(makeResident(alice, hub, dir.path() + QStringLiteral("/alice.db"), "alice"));

        auto shared = shareStation(*alice.store, alice.device, ShareMode::Raw, alice.endpoint);
        QVERIFY2(shared.ok(), shared.ok() ? "" : shared.error().toString().c_str());
        const auto cell = core::geo::cellOf(kLat, kLon, Precision::M500);
        QVERIFY(shared->precision == Precision::M500);
        QCOMPARE(shared->publishedLat, cell.lat);
        QCOMPARE(shared->publishedLon, cell.lon);

        // The stored row.
        const auto rows = hub.storeRows("SELECT lat, lon, precision FROM stations");
        QCOMPARE(rows.size(), std::size_t(1));
        QCOMPARE(std::stod(rows[0][0]), cell.lat);
        QCOMPARE(std::stod(rows[0][1]), cell.lon);
        QCOMPARE(rows[0][2], std::string("500m"));
        // The public answer.
        const auto got = hub.request("GET", "/v1/stations/" + shared->stationId);
        QCOMPARE(got.status, 200);
        const auto info = core::sync::decodeStationInfo(got.body);
        QVERIFY(info.ok());
        QCOMPARE(info->lat, cell.lat);
        QCOMPARE(info->lon, cell.lon);
        QCOMPARE(info->precision, std::string("500m"));
        QVERIFY(got.body.find("36.3512") == std::string::npos &&
                got.body.find("127.3845") == std::string::npos);
        // The forwarded entities: one per observation time, each at the cell's centre.
        QVERIFY(waitFor([&] { return brokerPlaces(broker.state).size() == 3; }));
        for (const auto& [id, place] : brokerPlaces(broker.state)) {
            QCOMPARE(place.first, cell.lat);
            QCOMPARE(place.second, cell.lon);
        }
        // The access log never saw the place (the client never sent it).
        QVERIFY(hub.stop() == 0);
        QVERIFY(QFile::exists(accessLog));
        QVERIFY(!fileHolds(accessLog, kLat, "36.3512"));
        QVERIFY(!fileHolds(accessLog, kLon, "127.3845"));
        if (hub.database().isEmpty()) {
            const QString store = QString::fromStdString(hub.storePath());
            for (const QString& file : {store, store + QStringLiteral("-wal")})
                QVERIFY2(!fileHolds(file, kLat, "36.351234"), qPrintable(file));
        }
    }

    void exactAndBackErasesTheFinerPlace()
    {
        test::Broker broker;
        BALGUL_START_HUB(hub, dir, {broker.configLine()});
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        Resident alice;
        QVERIFY(makeResident(alice, hub, dir.path() + QStringLiteral("/alice.db"), "alice"));
        ShareOptions exact;
        exact.precision = Precision::Exact;
        auto shared = shareStation(*alice.store, alice.device, ShareMode::Raw, alice.endpoint, exact);
        QVERIFY(shared.ok());
        QCOMPARE(std::stod(hub.storeQuery("SELECT lat FROM stations")), kLat);
        QVERIFY(waitFor([&] { return brokerPlaces(broker.state).size() == 3; }));
        for (const auto& [id, place] : brokerPlaces(broker.state))
            QCOMPARE(place.first, kLat);

        // Sharing again without a precision keeps the one chosen last.
        auto again = shareStation(*alice.store, alice.device, ShareMode::Raw, alice.endpoint);
        QVERIFY(again.ok());
        QVERIFY(again->precision == Precision::Exact);

        // Back to 1 km: the hub keeps only the cell, and the broker's copies are sent again with it.
        ShareOptions coarse;
        coarse.precision = Precision::Km1;
        QVERIFY(shareStation(*alice.store, alice.device, ShareMode::Raw, alice.endpoint, coarse).ok());
        const auto cell = core::geo::cellOf(kLat, kLon, Precision::Km1);
        QCOMPARE(std::stod(hub.storeQuery("SELECT lat FROM stations")), cell.lat);
        QCOMPARE(hub.storeQuery("SELECT precision FROM stations"), std::string("1km"));
        QVERIFY(waitFor([&] { return brokerHoldsOnly(broker.state, 3, cell.lat, cell.lon); }));
        // The broker has the new places a moment before the bridge records them as sent.
        QVERIFY(
            waitFor([&] { return hub.storeQuery("SELECT count(*) FROM station_forward_retries") == "0"; }));
        // The exact place is gone from the hub's files, not only from its answers.
        QVERIFY(hub.stop() == 0);
        if (hub.database().isEmpty()) {
            const QString store = QString::fromStdString(hub.storePath());
            for (const QString& file : {store, store + QStringLiteral("-wal")})
                QVERIFY2(!fileHolds(file, kLat, "36.351234"), qPrintable(file));
        }
    }

    void aMoveWhileTheBridgeSendsGoesOutAgain()
    {
        // The owner coarsens the station while the broker is still taking its exact copies: the
        // bridge has not yet recorded them as sent, so the move cannot queue them; the bridge
        // sees the move when it records the round and sends them again with the cell.
        test::Broker broker;
        BALGUL_START_HUB(hub, dir, {broker.configLine()});
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        Resident alice;
        QVERIFY(makeResident(alice, hub, dir.path() + QStringLiteral("/alice.db"), "alice"));
        bool movedInFlight = false;
        {
            std::lock_guard lock(broker.state.mutex);
            broker.state.beforeNextAnswer = [&] {
                ShareOptions coarse;
                coarse.precision = Precision::Km1;
                movedInFlight =
                    shareStation(*alice.store, alice.device, ShareMode::Raw, alice.endpoint, coarse).ok();
            };
        }
        ShareOptions exact;
        exact.precision = Precision::Exact;
        QVERIFY(shareStation(*alice.store, alice.device, ShareMode::Raw, alice.endpoint, exact).ok());
        const auto cell = core::geo::cellOf(kLat, kLon, Precision::Km1);
        QVERIFY(waitFor([&] { return brokerHoldsOnly(broker.state, 3, cell.lat, cell.lon); }));
        QVERIFY(movedInFlight);
        // The first upsert carried the exact place; a later one carried the cell.
        {
            std::lock_guard lock(broker.state.mutex);
            QVERIFY(broker.state.upserts.size() >= 2);
        }
        QVERIFY(
            waitFor([&] { return hub.storeQuery("SELECT count(*) FROM station_forward_retries") == "0"; }));
    }

    void stationsSharedBeforePrecisionsMoveOnStart()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        Resident alice;
        QVERIFY(makeResident(alice, hub, dir.path() + QStringLiteral("/alice.db"), "alice"));
        ShareOptions exact;
        exact.precision = Precision::Exact;
        auto shared = shareStation(*alice.store, alice.device, ShareMode::Hourly, alice.endpoint, exact);
        QVERIFY(shared.ok());
        // As a store and a hub from before precisions: no precision on either side.
        QVERIFY(hub.stop() == 0);
        hub.storeQuery("UPDATE stations SET precision = ''");
        alice.store->database().exec("UPDATE sensor_devices SET share_precision = ''");

        QVERIFY(hub.start());
        const auto cell = core::geo::cellOf(kLat, kLon, Precision::M500);
        QCOMPARE(std::stod(hub.storeQuery("SELECT lat FROM stations")), cell.lat);
        QCOMPARE(std::stod(hub.storeQuery("SELECT lon FROM stations")), cell.lon);
        QCOMPARE(hub.storeQuery("SELECT precision FROM stations"), std::string("500m"));
        const auto got = hub.request("GET", "/v1/stations/" + shared->stationId);
        QVERIFY(got.body.find("\"moved_by_hub\":true") != std::string::npos);

        // The owner is told once.
        alice.endpoint.url = "http://127.0.0.1:" + std::to_string(hub.port());
        auto notices = takePrecisionNotices(*alice.store, alice.endpoint);
        QVERIFY(notices.ok());
        QCOMPARE(notices->size(), std::size_t(1));
        QCOMPARE(notices->front().deviceId, alice.device);
        QCOMPARE(notices->front().precision, std::string("500m"));
        QCOMPARE(notices->front().lat, cell.lat);
        notices = takePrecisionNotices(*alice.store, alice.endpoint);
        QVERIFY(notices.ok());
        QVERIFY(notices->empty());
        // Sharing again keeps 500 m and the hub forgets that it moved the station.
        auto again = shareStation(*alice.store, alice.device, ShareMode::Hourly, alice.endpoint);
        QVERIFY(again.ok());
        QVERIFY(again->precision == Precision::M500);
        QVERIFY(hub.request("GET", "/v1/stations/" + shared->stationId).body.find("moved_by_hub") ==
                std::string::npos);
    }

    void onlyTheFourPrecisionsAndNoMobileDevices()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        Resident alice;
        QVERIFY(makeResident(alice, hub, dir.path() + QStringLiteral("/alice.db"), "alice"));
        ShareOptions odd;
        odd.precision = Precision::M250;
        QCOMPARE(shareStation(*alice.store, alice.device, ShareMode::Raw, alice.endpoint, odd).error().code,
                 std::string("invalid_precision"));
        alice.store->database().exec("UPDATE sensor_devices SET mobile = 1");
        QCOMPARE(shareStation(*alice.store, alice.device, ShareMode::Raw, alice.endpoint).error().code,
                 std::string("mobile_device"));
        QCOMPARE(hub.storeQuery("SELECT count(*) FROM stations"), std::string("0"));
    }
};

QTEST_GUILESS_MAIN(TestStationPrecision)
#include "test_station_precision.moc"
