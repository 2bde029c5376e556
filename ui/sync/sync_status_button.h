#pragma once

#include <QToolButton>

namespace balgul::ui {

class SyncController;

/// The status bar's sync indicator: "Offline", "Syncing…", "3 changes waiting", "Synced 2 min ago"
/// or "Sync failed: … — retrying in 40 s", with details in the tooltip. A click syncs now
/// (or, when not signed in, asks for the hub settings).
class SyncStatusButton : public QToolButton
{
    Q_OBJECT

public:
    explicit SyncStatusButton(SyncController& controller, QWidget* parent = nullptr);

signals:
    /// Clicked while not signed in to a hub.
    void setupRequested();

private:
    void refresh();
    void onClicked();

    SyncController& m_controller;
};

} // namespace balgul::ui
