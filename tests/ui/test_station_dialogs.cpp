// Sharing and subscribing to sensor stations from the desktop against a real balgul-hub: one
// profile shares a device through the share dialog, another lists, subscribes and pulls through
// the subscribe dialog and ends with the station's readings; stopping removes it from the hub.

#include "../hub/hub_process.h"

#include "core/geo/grid_cell.h"
#include "core/sensor/observation_store.h"
#include "core/sensor/station_share.h"
#include "core/store/store.h"
#include "ui/qt_convert.h"
#include "ui/sensor/station_actions.h"
#include "ui/sensor/station_share_dialog.h"
#include "ui/sensor/station_subscribe_dialog.h"
#include "ui/sync/sync_controller.h"

#include <QAction>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace balgul;
using core::sensor::ShareMode;
using ui::StationShareDialog;
using ui::StationSubscribeDialog;

namespace {

constexpr int kWaitMs = 30000;
constexpr std::int64_t kDay = 1764028800; // 2025-11-25T00:00:00Z

std::unique_ptr<core::Store> openStore(const QString& dir)
{
    auto store = core::Store::open(ui::toStd(dir + QStringLiteral("/balgul.sqlite")));
    return store ? std::move(*store) : nullptr;
}

/// A device with PM2.5 readings every 5 minutes over `hours` hours from `start`; its 13th reading
/// is a device's "no data" code. Returns the device id.
std::int64_t addStation(core::Store& store, const std::string& externalId, std::int64_t start, int hours,
                        bool located = true, bool mobile = false)
{
    auto& db = store.database();
    core::Transaction tx(db);
    core::sensor::ObservationStore observations(db);
    core::sensor::Device device;
    device.source = "sensor.community";
    device.externalId = externalId;
    device.sensorType = "SDS011";
    if (located) {
        device.lat = 36.3504;
        device.lon = 127.3845;
    }
    device.mobile = mobile;
    const std::int64_t id = observations.ensureDevice(device);
    if (mobile)
        db.prepare("UPDATE sensor_devices SET mobile = 1 WHERE id = ?").bind(1, id).run();
    const std::int64_t series = observations.ensureSeries(id, core::sensor::Quantity::Pm2_5);
    std::vector<core::sensor::Reading> readings;
    for (int i = 0; i < hours * 12; ++i) {
        core::sensor::Reading r{start + i * 300, 10.0 + (i % 12), core::sensor::FlagNone};
        if (i == 12)
            r = core::sensor::Reading{r.time, -235, core::sensor::FlagSentinel};
        readings.push_back(r);
    }
    observations.addReadings(series, std::move(readings));
    tx.commit();
    return id;
}

std::vector<core::sensor::Reading> readingsOf(core::Store& store, std::int64_t deviceId)
{
    auto& db = store.database();
    auto st = db.prepare("SELECT id FROM sensor_series WHERE device_id = ?");
    st.bind(1, deviceId);
    if (!st.step())
        return {};
    core::sensor::ObservationStore observations(db);
    auto r = observations.readings(st.int64(0), 0, kDay + 10 * 86400);
    return r ? *r : std::vector<core::sensor::Reading>{};
}

bool waitFor(QSignalSpy& spy, int count = 1)
{
    return QTest::qWaitFor([&] { return spy.count() >= count; }, kWaitMs);
}

} // namespace

class TestStationDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void shareNeedsSignIn();
    void onlyFixedOwnDevicesAreOffered();
    void previewSaysWhatLeaves_data();
    void previewSaysWhatLeaves();
    void precisionShowsWhatOthersSee();
    void shareSubscribePullAndStop();
    void actionsFollowSignInAndUpdate();

private:
    core::sync::HubEndpoint endpoint(const std::string& login) const;
    /// Hub stations as listed publicly.
    std::vector<core::sync::StationInfo> hubStations() const;

    QTemporaryDir m_hubDir;
    std::unique_ptr<test::HubProcess> m_hub;
};

void TestStationDialogs::initTestCase()
{
    QVERIFY(m_hubDir.isValid());
    m_hub = std::make_unique<test::HubProcess>(m_hubDir.path());
    QVERIFY2(m_hub->start(), "balgul-hub did not start");
    QVERIFY(m_hub->addUser(QStringLiteral("minji"), QStringLiteral("citizen")));
    QVERIFY(m_hub->addUser(QStringLiteral("jun"), QStringLiteral("citizen")));
}

void TestStationDialogs::cleanupTestCase()
{
    if (m_hub)
        QCOMPARE(m_hub->stop(), 0);
}

core::sync::HubEndpoint TestStationDialogs::endpoint(const std::string& login) const
{
    const std::string token = login.empty() ? std::string() : m_hub->login(login);
    return core::sync::HubEndpoint{"http://127.0.0.1:" + std::to_string(m_hub->port()), token, true, 10};
}

std::vector<core::sync::StationInfo> TestStationDialogs::hubStations() const
{
    auto list = core::sensor::listSharedStations(endpoint({}));
    return list ? *list : std::vector<core::sync::StationInfo>{};
}

void TestStationDialogs::shareNeedsSignIn()
{
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    const std::int64_t device = addStation(*store, "1001", kDay, 3);
    StationShareDialog dialog(*store, endpoint({}));
    QVERIFY(dialog.selectDevice(device));
    QVERIFY(!dialog.canShare());
    QSignalSpy finished(&dialog, &StationShareDialog::workFinished);
    dialog.share();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(dialog.resultText().contains(QStringLiteral("Sign in")), qPrintable(dialog.resultText()));
    QVERIFY(hubStations().empty());
    auto st = store->database().prepare("SELECT count(*) FROM sensor_devices WHERE remote_id IS NOT NULL");
    QVERIFY(st.step());
    QCOMPARE(st.int64(0), std::int64_t(0));
}

void TestStationDialogs::onlyFixedOwnDevicesAreOffered()
{
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    const std::int64_t fixed = addStation(*store, "2001", kDay, 1);
    const std::int64_t unlocated = addStation(*store, "2002", kDay, 1, false);
    const std::int64_t mobile = addStation(*store, "2003", kDay, 1, true, true);
    const std::int64_t fromHub = addStation(*store, "2004", kDay, 1);
    store->database()
        .prepare("UPDATE sensor_devices SET subscribed = 1, remote_id = 'x' WHERE id = ?")
        .bind(1, fromHub)
        .run();
    StationShareDialog dialog(*store, endpoint("minji"));
    QVERIFY(dialog.deviceIds() == std::vector<std::int64_t>{fixed});
    QVERIFY(!dialog.selectDevice(unlocated));
    QVERIFY(!dialog.selectDevice(mobile));
    QVERIFY(!dialog.selectDevice(fromHub));
    QCOMPARE(dialog.currentDevice(), fixed);
    QVERIFY(dialog.canShare());
    QVERIFY(!dialog.isShared());
}

void TestStationDialogs::previewSaysWhatLeaves_data()
{
    QTest::addColumn<ShareMode>("mode");
    QTest::addColumn<QString>("expected");
    QTest::addRow("hourly means") << ShareMode::Hourly
                                  << QStringLiteral("PM2.5: 3 hourly mean(s) of 35 readings");
    QTest::addRow("raw readings") << ShareMode::Raw << QStringLiteral("PM2.5: 35 reading(s)");
}

void TestStationDialogs::previewSaysWhatLeaves()
{
    QFETCH(ShareMode, mode);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    addStation(*store, "3001", kDay, 3);
    StationShareDialog dialog(*store, endpoint("minji"));
    dialog.setMode(mode);
    QVERIFY(dialog.mode() == mode);
    const QString preview = dialog.previewText();
    QVERIFY2(preview.contains(expected), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("1 flagged reading(s) stay")), qPrintable(preview));
    // The place in the preview is the published one: the centre of the default 500 m cell.
    const auto cell = core::geo::cellOf(36.3504, 127.3845, core::geo::Precision::M500);
    QVERIFY2(preview.contains(QString::number(cell.lat, 'f', 5)), qPrintable(preview));
    QVERIFY2(!preview.contains(QStringLiteral("36.35040")), qPrintable(preview));
}

void TestStationDialogs::precisionShowsWhatOthersSee()
{
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    addStation(*store, "3002", kDay, 3);
    StationShareDialog dialog(*store, endpoint("minji"));
    // 500 m unless the resident chooses otherwise.
    QVERIFY(dialog.precision() == core::geo::Precision::M500);
    auto cell = dialog.publishedCell();
    QVERIFY(cell);
    QCOMPARE(cell->id(), core::geo::cellOf(36.3504, 127.3845, core::geo::Precision::M500).id());
    QVERIFY2(dialog.precisionText().contains(QStringLiteral("about 500 m across")),
             qPrintable(dialog.precisionText()));
    QVERIFY(dialog.previewText().contains(QString::number(cell->lat, 'f', 5)));
    // Exact says plainly what that gives away.
    QVERIFY(dialog.setPrecision(core::geo::Precision::Exact));
    QVERIFY2(dialog.precisionText().contains(QStringLiteral("anyone can find your home")),
             qPrintable(dialog.precisionText()));
    QCOMPARE(dialog.publishedCell()->lat, 36.3504);
    QVERIFY(dialog.previewText().contains(QStringLiteral("36.35040")));
    QVERIFY(dialog.setPrecision(core::geo::Precision::Km1));
    QCOMPARE(dialog.publishedCell()->id(),
             core::geo::cellOf(36.3504, 127.3845, core::geo::Precision::Km1).id());
    QVERIFY(!dialog.setPrecision(core::geo::Precision::M250)); // not offered for stations
}

void TestStationDialogs::shareSubscribePullAndStop()
{
    QTemporaryDir dirA;
    QTemporaryDir dirB;
    auto storeA = openStore(dirA.path());
    auto storeB = openStore(dirB.path());
    QVERIFY(storeA && storeB);
    const std::int64_t device = addStation(*storeA, "4001", kDay, 3);

    // Minji shares her station with hourly means.
    StationShareDialog share(*storeA, endpoint("minji"));
    QVERIFY(share.selectDevice(device));
    share.setMode(ShareMode::Hourly);
    QSignalSpy shared(&share, &StationShareDialog::workFinished);
    QSignalSpy changedA(&share, &StationShareDialog::stationsChanged);
    share.share();
    QVERIFY(share.isBusy());
    QVERIFY(waitFor(shared));
    QVERIFY2(shared.at(0).at(0).toBool(), qPrintable(share.resultText()));
    QCOMPARE(changedA.count(), 1);
    QVERIFY(!share.isBusy());
    QVERIFY(share.lastReport());
    QVERIFY(share.lastReport()->created);
    QCOMPARE(share.lastReport()->observationsSent, std::int64_t(3));
    QVERIFY2(share.resultText().contains(QStringLiteral("Sent 3 hourly mean(s)")),
             qPrintable(share.resultText()));
    QVERIFY(share.isShared());
    const auto listed = hubStations();
    QCOMPARE(listed.size(), std::size_t(1));
    const QString stationId = ui::toQ(listed.front().id);
    QCOMPARE(listed.front().mode, std::string("hourly"));
    // Shared at the default precision: the hub lists the cell's centre.
    QCOMPARE(listed.front().precision, std::string("500m"));
    QCOMPARE(listed.front().lat, core::geo::cellOf(36.3504, 127.3845, core::geo::Precision::M500).lat);
    QVERIFY2(share.resultText().contains(QStringLiteral("centre of its 500 m cell")),
             qPrintable(share.resultText()));

    // Her own profile lists it as hers and does not subscribe to it.
    {
        StationSubscribeDialog own(*storeA, endpoint("minji"));
        QSignalSpy done(&own, &StationSubscribeDialog::workFinished);
        own.refresh();
        QVERIFY(waitFor(done));
        QVERIFY(own.selectStation(stationId));
        QCOMPARE(own.subscribedDevice(stationId), std::int64_t(0));
        QCOMPARE(own.view()->model()->index(0, StationSubscribeDialog::StateColumn).data().toString(),
                 QStringLiteral("Yours"));
    }

    // Jun lists, filters, subscribes and gets the hourly means.
    StationSubscribeDialog subscribe(*storeB, endpoint("jun"));
    QSignalSpy done(&subscribe, &StationSubscribeDialog::workFinished);
    QSignalSpy changedB(&subscribe, &StationSubscribeDialog::stationsChanged);
    subscribe.refresh();
    QVERIFY(waitFor(done));
    QVERIFY2(done.at(0).at(0).toBool(), qPrintable(subscribe.statusText()));
    QCOMPARE(subscribe.stationCount(), 1);
    QCOMPARE(subscribe.stationIds(), QStringList{stationId});
    subscribe.setFilterText(QStringLiteral("no such station"));
    QCOMPARE(subscribe.visibleCount(), 0);
    QVERIFY(!subscribe.selectStation(stationId));
    subscribe.setFilterText(QStringLiteral("sds011"));
    QCOMPARE(subscribe.visibleCount(), 1);
    QVERIFY(subscribe.selectStation(stationId));
    QCOMPARE(subscribe.selectedStation(), stationId);
    subscribe.subscribeSelected();
    QVERIFY(subscribe.isBusy());
    QVERIFY(waitFor(done, 2));
    QVERIFY2(done.at(1).at(0).toBool(), qPrintable(subscribe.statusText()));
    QCOMPARE(changedB.count(), 1);
    const std::int64_t copy = subscribe.subscribedDevice(stationId);
    QVERIFY(copy > 0);
    QCOMPARE(subscribe.view()->model()->index(0, StationSubscribeDialog::StateColumn).data().toString(),
             QStringLiteral("Subscribed"));
    auto pulled = readingsOf(*storeB, copy);
    QCOMPARE(pulled.size(), std::size_t(3));
    QCOMPARE(pulled[0].time, kDay);
    QCOMPARE(pulled[0].value, 15.5); // mean of 10 … 21
    QCOMPARE(pulled[1].value, 16.0); // the 10 at 1:00 is the sentinel: mean of 11 … 21
    QCOMPARE(pulled[2].time, kDay + 7200);

    // Unsubscribing removes the local copy; the hub keeps the station.
    subscribe.unsubscribeSelected();
    QCOMPARE(done.count(), 3);
    QVERIFY(done.at(2).at(0).toBool());
    QCOMPARE(subscribe.subscribedDevice(stationId), std::int64_t(0));
    QCOMPARE(readingsOf(*storeB, copy).size(), std::size_t(0));
    QCOMPARE(hubStations().size(), std::size_t(1));
    // Her own device is not a subscription to drop.
    const auto own = core::sensor::unsubscribeStation(*storeA, device);
    QVERIFY(!own);
    QCOMPARE(own.error().code, std::string("not_subscribed"));

    // Minji stops sharing: the hub forgets the station.
    bool asked = false;
    share.setConfirmation([&](const QString&, const QString&) { return asked = true; });
    share.stopSharing();
    QVERIFY(asked);
    QVERIFY(waitFor(shared, 2));
    QVERIFY2(shared.at(1).at(0).toBool(), qPrintable(share.resultText()));
    QVERIFY(!share.isShared());
    QVERIFY(hubStations().empty());
    subscribe.refresh();
    QVERIFY(waitFor(done, 4));
    QCOMPARE(subscribe.stationCount(), 0);
}

void TestStationDialogs::actionsFollowSignInAndUpdate()
{
    QTemporaryDir dirA;
    QTemporaryDir dirB;
    auto storeA = openStore(dirA.path());
    auto storeB = openStore(dirB.path());
    QVERIFY(storeA && storeB);
    const std::int64_t device = addStation(*storeA, "5001", kDay, 2);
    const auto minji = endpoint("minji");
    auto report = core::sensor::shareStation(*storeA, device, ShareMode::Raw, minji);
    QVERIFY(report);

    QWidget window;
    ui::SyncController sync(*storeB);
    ui::StationActions actions(*storeB, sync, &window);
    for (QAction* action : {actions.shareAction(), actions.subscribeAction(), actions.updateAction()})
        QVERIFY(!action->isEnabled());
    const auto jun = endpoint("jun");
    sync.setHub(ui::toQ(jun.url), ui::toQ(jun.token));
    for (QAction* action : {actions.shareAction(), actions.subscribeAction(), actions.updateAction()})
        QVERIFY(action->isEnabled());

    // Subscribe through the dialog the action opens.
    actions.subscribeAction()->trigger();
    StationSubscribeDialog* dialog = actions.subscribeDialog();
    QVERIFY(dialog);
    QSignalSpy done(dialog, &StationSubscribeDialog::workFinished);
    QVERIFY(waitFor(done));
    QVERIFY(dialog->selectStation(ui::toQ(report->stationId)));
    QSignalSpy changed(&actions, &ui::StationActions::stationsChanged);
    dialog->subscribeSelected();
    QVERIFY(waitFor(done, 2));
    QCOMPARE(changed.count(), 1);
    const std::int64_t copy = dialog->subscribedDevice(ui::toQ(report->stationId));
    QCOMPARE(readingsOf(*storeB, copy).size(), std::size_t(23)); // 24 raw readings less the sentinel
    dialog->close();

    // Minji's station measures a third hour; "Update Subscribed Stations" brings it over.
    addStation(*storeA, "5001", kDay + 7200, 1);
    QVERIFY(core::sensor::shareStation(*storeA, device, ShareMode::Raw, minji));
    QSignalSpy updated(&actions, &ui::StationActions::updateFinished);
    QSignalSpy message(&actions, &ui::StationActions::message);
    actions.updateAction()->trigger();
    QVERIFY(actions.isUpdating());
    QVERIFY(!actions.updateAction()->isEnabled());
    QVERIFY(waitFor(updated));
    QVERIFY(updated.at(0).at(0).toBool());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(readingsOf(*storeB, copy).size(), std::size_t(35)); // 12 more
    QVERIFY(message.count() == 1 && !message.at(0).at(1).toBool());

    // Signing out disables them again.
    sync.setHub(ui::toQ(jun.url), QString());
    QVERIFY(!actions.updateAction()->isEnabled());
}

QTEST_MAIN(TestStationDialogs)
#include "test_station_dialogs.moc"
