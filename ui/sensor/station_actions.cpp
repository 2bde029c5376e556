#include "ui/sensor/station_actions.h"

#include "core/sensor/station_share.h"
#include "core/store/store.h"
#include "ui/error_text.h"
#include "ui/map/tile_source.h"
#include "ui/qt_convert.h"
#include "ui/sensor/station_share_dialog.h"
#include "ui/sensor/station_subscribe_dialog.h"
#include "ui/sync/sync_controller.h"

#include <QAction>
#include <QFutureWatcher>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace balgul::ui {

namespace {

struct UpdateOutcome
{
    bool ok = false;
    core::Error error;
    core::sensor::PullReport report;
};

UpdateOutcome runUpdate(const std::string& storePath, const core::sync::HubEndpoint& endpoint)
{
    UpdateOutcome outcome;
    core::StoreOptions options;
    options.create = false;
    auto store = core::Store::open(storePath, options);
    if (!store) {
        outcome.error = store.error();
        return outcome;
    }
    auto report = core::sensor::pullSubscriptions(**store, endpoint);
    if (!report) {
        outcome.error = report.error();
        return outcome;
    }
    outcome.ok = true;
    outcome.report = std::move(*report);
    return outcome;
}

struct NoticeOutcome
{
    bool ok = false;
    std::vector<core::sensor::PrecisionNotice> notices;
};

NoticeOutcome runNotices(const std::string& storePath, const core::sync::HubEndpoint& endpoint)
{
    NoticeOutcome outcome;
    core::StoreOptions options;
    options.create = false;
    auto store = core::Store::open(storePath, options);
    if (!store)
        return outcome;
    auto notices = core::sensor::takePrecisionNotices(**store, endpoint);
    if (!notices)
        return outcome;
    outcome.ok = true;
    outcome.notices = std::move(*notices);
    return outcome;
}

} // namespace

QString stationErrorText(const core::Error& error)
{
    const std::string& code = error.code;
    if (code == "network")
        return StationActions::tr("The city hub could not be reached. Check the connection and try again.");
    if (code == "unauthorized" || code == "http_401")
        return StationActions::tr(
            "The hub no longer accepts your sign-in. Sign in again in the preferences.");
    if (code == "forbidden" || code == "http_403")
        return StationActions::tr("The hub refused: this station belongs to someone else.");
    if (code == "subscribed_device")
        return StationActions::tr(
            "This is another resident's station from the hub; only its owner can share it.");
    if (code == "mobile_device")
        return StationActions::tr(
            "A mobile device has no fixed place to show on the map, so it cannot be shared.");
    if (code == "no_location")
        return StationActions::tr(
            "The device has no location. Only a device with a fixed place can be shared.");
    if (code == "no_series")
        return StationActions::tr("The device has no readings to share yet.");
    if (code == "not_shared")
        return StationActions::tr("This device is not shared.");
    if (code == "own_station")
        return StationActions::tr("This station is shared from this computer; it is already here.");
    if (code == "not_subscribed")
        return StationActions::tr("This is one of your own devices, not a station from the hub.");
    if (code == "invalid_precision")
        return StationActions::tr("A station's place is published exact, or within 100 m, 500 m or 1 km.");
    if (code == "no_hub" || code == "not_logged_in")
        return StationActions::tr("Sign in to a city hub first (Settings ▸ Preferences).");
    return describeError(error);
}

StationActions::StationActions(core::Store& store, SyncController& sync, QWidget* window)
    : QObject(window), m_store(store), m_sync(sync), m_window(window)
{
    m_share = new QAction(tr("S&hare Station…"), this);
    m_share->setObjectName(QStringLiteral("actionShareStation"));
    m_share->setStatusTip(tr("Publish one of your sensor stations on the city hub, or stop sharing it"));
    connect(m_share, &QAction::triggered, this, &StationActions::openShareDialog);

    m_subscribe = new QAction(tr("Stations from the &Hub…"), this);
    m_subscribe->setObjectName(QStringLiteral("actionHubStations"));
    m_subscribe->setStatusTip(tr("See the stations other residents share and follow them on your map"));
    connect(m_subscribe, &QAction::triggered, this, &StationActions::openSubscribeDialog);

    m_update = new QAction(tr("&Update Subscribed Stations"), this);
    m_update->setObjectName(QStringLiteral("actionUpdateStations"));
    m_update->setStatusTip(tr("Fetch the latest readings of the stations you follow"));
    connect(m_update, &QAction::triggered, this, &StationActions::updateSubscriptions);

    connect(&m_sync, &SyncController::statusChanged, this, &StationActions::updateEnabled);
    connect(&m_sync, &SyncController::syncFinished, this, [this](bool ok) {
        if (ok)
            checkPrecisionNotices();
    });
    updateEnabled();
}

StationShareDialog* StationActions::shareDialog() const
{
    return m_shareDialog.data();
}

StationSubscribeDialog* StationActions::subscribeDialog() const
{
    return m_subscribeDialog.data();
}

void StationActions::setTileSourceMaker(std::function<std::unique_ptr<TileSource>()> maker)
{
    m_tileSourceMaker = std::move(maker);
}

void StationActions::checkPrecisionNotices()
{
    if (m_checkingNotices || !m_sync.isSignedIn())
        return;
    m_checkingNotices = true;
    auto* watcher = new QFutureWatcher<NoticeOutcome>(this);
    connect(watcher, &QFutureWatcher<NoticeOutcome>::finished, this, [this, watcher] {
        const NoticeOutcome outcome = watcher->result();
        watcher->deleteLater();
        m_checkingNotices = false;
        for (const auto& notice : outcome.notices) {
            const QString where = notice.precision == "1km"    ? tr("within 1 km")
                                  : notice.precision == "100m" ? tr("within 100 m")
                                  : notice.precision == "500m" ? tr("within 500 m")
                                                               : tr("at its exact place");
            emit message(tr("The hub now publishes your station %1 %2 instead of its exact place, to keep "
                            "your home private. You can change this in Sensors ▸ Share Station.")
                             .arg(toQ(notice.name), where),
                         false);
        }
        if (!outcome.notices.empty())
            emit stationsChanged();
    });
    watcher->setFuture(QtConcurrent::run(&runNotices, m_store.path(), m_sync.hubEndpoint()));
}

void StationActions::updateEnabled()
{
    const bool signedIn = m_sync.isSignedIn();
    const QString why = tr("Sign in to a city hub first (Settings ▸ Preferences)");
    for (QAction* action : {m_share, m_subscribe, m_update}) {
        action->setEnabled(signedIn);
        action->setToolTip(signedIn ? action->statusTip() : why);
    }
    m_update->setEnabled(signedIn && !m_updating);
}

void StationActions::openShareDialog()
{
    if (m_shareDialog) {
        m_shareDialog->raise();
        m_shareDialog->activateWindow();
        return;
    }
    auto* dialog = new StationShareDialog(m_store, m_sync.hubEndpoint(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_tileSourceMaker)
        dialog->setTileSource(m_tileSourceMaker());
    connect(dialog, &StationShareDialog::stationsChanged, this, &StationActions::stationsChanged);
    m_shareDialog = dialog;
    dialog->open();
}

void StationActions::openSubscribeDialog()
{
    if (m_subscribeDialog) {
        m_subscribeDialog->raise();
        m_subscribeDialog->activateWindow();
        return;
    }
    auto* dialog = new StationSubscribeDialog(m_store, m_sync.hubEndpoint(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StationSubscribeDialog::stationsChanged, this, &StationActions::stationsChanged);
    m_subscribeDialog = dialog;
    dialog->open();
    dialog->refresh();
}

void StationActions::updateSubscriptions()
{
    if (m_updating || !m_sync.isSignedIn())
        return;
    m_updating = true;
    updateEnabled();
    auto* watcher = new QFutureWatcher<UpdateOutcome>(this);
    connect(watcher, &QFutureWatcher<UpdateOutcome>::finished, this, [this, watcher] {
        const UpdateOutcome outcome = watcher->result();
        watcher->deleteLater();
        m_updating = false;
        updateEnabled();
        if (!outcome.ok) {
            emit message(
                tr("The subscribed stations could not be updated: %1").arg(stationErrorText(outcome.error)),
                true);
            emit updateFinished(false);
            return;
        }
        const auto& report = outcome.report;
        QString text = report.stations == 0
                           ? tr("You follow no stations yet (Sensors ▸ Stations from the Hub…).")
                           : tr("Fetched %n new reading(s) of the stations you follow.", nullptr,
                                static_cast<int>(report.observations));
        if (!report.unshared.empty())
            text += u' ' + tr("%n station(s) are no longer shared on the hub; their readings stay here.",
                              nullptr, static_cast<int>(report.unshared.size()));
        if (report.observations > 0)
            emit stationsChanged();
        emit message(text, false);
        emit updateFinished(true);
    });
    watcher->setFuture(QtConcurrent::run(&runUpdate, m_store.path(), m_sync.hubEndpoint()));
}

} // namespace balgul::ui
