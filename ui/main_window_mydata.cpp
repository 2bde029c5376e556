// MainWindow: the resident's own records — the My Data dock (the vault, its records, consents and
// recommendations), View ▸ My Data and the My Data menu (docs/mydata.md "In the app").

#include "ui/main_window.h"

#include "ui/map/map_view.h"
#include "ui/mydata/mydata_panel.h"
#include "ui/mydata/vault_session.h"
#include "ui/platform/screen_lock_watcher.h"
#include "ui/sync/sync_controller.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>

namespace balgul::ui {

void MainWindow::createMyDataParts()
{
    m_myDataPanel = new MyDataPanel(
        m_store, &m_settings, [this] { return m_sync->hubEndpoint(); }, this);
    m_myDataDock = new QDockWidget(tr("My Data"), this);
    m_myDataDock->setObjectName(QStringLiteral("myDataDock"));
    m_myDataDock->setWidget(m_myDataPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_myDataDock);
    if (m_votingDock)
        tabifyDockWidget(m_votingDock, m_myDataDock);
    m_myDataDock->hide();
    connect(m_myDataDock->toggleViewAction(), &QAction::triggered, this, [this](bool on) {
        if (!on)
            return;
        m_myDataDock->raise();
        // The records and consents need more room than the low bottom docks have at first.
        const int tall = height() * 9 / 20;
        if (dockWidgetArea(m_myDataDock) == Qt::BottomDockWidgetArea && !m_myDataDock->isFloating() &&
            m_myDataDock->height() < tall)
            resizeDocks({m_myDataDock}, {tall}, Qt::Vertical);
    });
    // "Use the Map's Centre" as the home that shared places hold back.
    m_myDataPanel->setMapCentre([this]() -> std::optional<std::pair<double, double>> {
        const QGeoCoordinate centre = m_map->center();
        if (!centre.isValid())
            return std::nullopt;
        return std::pair{centre.latitude(), centre.longitude()};
    });
    connect(m_myDataPanel, &MyDataPanel::message, this, &MainWindow::showMessage);
    // The desktop's screen lock locks the vault where the platform announces it.
    m_myDataPanel->watchScreenLock(new ScreenLockWatcher(this));
    connect(m_myDataPanel, &MyDataPanel::showProblemRequested, this,
            [this](qint64 rowid) { showProblemOnMap(rowid); });
    connect(m_myDataPanel, &MyDataPanel::showPilotRequested, this, &MainWindow::openPilot);
    // A pull may bring the end of a consent (withdrawn elsewhere, or expired on the hub).
    connect(m_sync, &SyncController::statusChanged, m_myDataPanel, &MyDataPanel::refreshConsents);
}

void MainWindow::addMyDataMenus()
{
    QAction* toggle = m_myDataDock->toggleViewAction();
    toggle->setText(tr("&My Data"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    toggle->setStatusTip(tr("Your own records in an encrypted vault, and what you share of them"));

    // View ▸ My Data after the other docks (the View menu is the one holding Pilot Zones).
    const auto menus = menuBar()->actions();
    for (QAction* entry : menus)
        if (QMenu* menu = entry->menu(); menu && menu->actions().contains(m_zonesAction)) {
            menu->insertAction(m_zonesAction, toggle);
            break;
        }

    auto* myData = new QMenu(tr("&My Data"), this);
    myData->setObjectName(QStringLiteral("myDataMenu"));
    QAction* import = myData->addAction(tr("&Import My Data…"));
    import->setObjectName(QStringLiteral("actionImportMyData"));
    // Import and Share lead to the unlock when the vault is locked, and go on once it is unlocked.
    connect(import, &QAction::triggered, this, [this] {
        m_myDataDock->toggleViewAction()->setChecked(true);
        m_myDataDock->show();
        m_myDataDock->raise();
        m_myDataPanel->whenUnlocked([this] { m_myDataPanel->chooseImportFile(); });
    });
    QAction* share = myData->addAction(tr("&Share My Data…"));
    share->setObjectName(QStringLiteral("actionShareMyData"));
    connect(share, &QAction::triggered, this, [this] {
        m_myDataDock->show();
        m_myDataDock->raise();
        m_myDataPanel->whenUnlocked([this] { m_myDataPanel->openShareDialog(); });
    });
    QAction* lock = myData->addAction(tr("&Lock My Data"));
    lock->setObjectName(QStringLiteral("actionLockMyData"));
    connect(lock, &QAction::triggered, m_myDataPanel, &MyDataPanel::lockNow);
    myData->addSeparator();
    myData->addAction(toggle);
    const auto update = [this, lock] {
        lock->setEnabled(m_myDataPanel->session().state() == VaultState::Unlocked);
    };
    connect(&m_myDataPanel->session(), &VaultSession::stateChanged, this, update);
    update();

    // Before Settings.
    QAction* before = nullptr;
    for (QAction* entry : menus)
        if (QMenu* menu = entry->menu(); menu && menu->actions().contains(m_preferencesAction))
            before = entry;
    menuBar()->insertMenu(before, myData);
}

} // namespace balgul::ui
