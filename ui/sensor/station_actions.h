#pragma once

// Sharing sensor stations through the city hub from the desktop: the three actions of the Sensors
// menu, the dialogs they open and the update of subscribed stations.

#include "core/util/result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QAction;
class QWidget;

namespace balgul::core {
class Store;
}

namespace balgul::ui {

class StationShareDialog;
class StationSubscribeDialog;
class SyncController;
class TileSource;

/// A station call's error in words a resident understands (hub refusals, no network, a device
/// that cannot be shared), falling back to describeError().
QString stationErrorText(const core::Error& error);

/// Owns "Share Station…", "Stations from the Hub…" and "Update Subscribed Stations", enabled
/// only while the profile is signed in to a hub. The dialogs open window-modal with open(); the
/// update runs off the GUI thread with a Store of its own on the same file. After anything that
/// changed the store's stations it emits stationsChanged(), so the map and the sensor panel
/// read them again. After each successful sync it asks the hub, once per station, whether it moved
/// one of this profile's stations to the default precision (shared before precisions existed) and
/// tells the resident in the message bar. The store and the sync controller must outlive it.
class StationActions : public QObject
{
    Q_OBJECT

public:
    StationActions(core::Store& store, SyncController& sync, QWidget* window);

    /// Makes the base layer of the share dialog's small map (the window's tile settings).
    void setTileSourceMaker(std::function<std::unique_ptr<TileSource>()> maker);

    QAction* shareAction() const { return m_share; }
    QAction* subscribeAction() const { return m_subscribe; }
    QAction* updateAction() const { return m_update; }

    /// The dialogs while they are open (nullptr otherwise).
    StationShareDialog* shareDialog() const;
    StationSubscribeDialog* subscribeDialog() const;
    bool isUpdating() const { return m_updating; }

public slots:
    void openShareDialog();
    void openSubscribeDialog();
    /// Fetches what the subscribed stations published since the last time.
    void updateSubscriptions();
    /// Asks the hub about stations shared before precisions existed; tells what it moved, once.
    void checkPrecisionNotices();

signals:
    void stationsChanged();
    /// A line for the window's message bar.
    void message(const QString& text, bool isError);
    void updateFinished(bool ok);

private:
    void updateEnabled();

    core::Store& m_store;
    SyncController& m_sync;
    QWidget* m_window;
    QAction* m_share = nullptr;
    QAction* m_subscribe = nullptr;
    QAction* m_update = nullptr;
    QPointer<StationShareDialog> m_shareDialog;
    QPointer<StationSubscribeDialog> m_subscribeDialog;
    std::function<std::unique_ptr<TileSource>()> m_tileSourceMaker;
    bool m_updating = false;
    bool m_checkingNotices = false;
};

} // namespace balgul::ui
