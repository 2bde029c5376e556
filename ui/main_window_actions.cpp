// The menus, the toolbar and the small dialogs of the main window.
#include "ui/main_window.h"

#include "ui/map/map_view.h"
#include "ui/panels/problem_list_panel.h"
#include "ui/sensor/station_actions.h"
#include "ui/settings.h"
#include "ui/settings_dialog.h"
#include "ui/sync/conflict_dialog.h"
#include "ui/sync/sync_controller.h"

#include "core/store/store.h"
#include "ui/qt_convert.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace balgul::ui {

namespace {

/// One of Balgul's own action icons (resources/icons/actions), the same on every desktop.
/// Actions without one of those take the desktop theme's icon of that name, if any.
QIcon actionIcon(const QString& name)
{
    const QString path = QStringLiteral(":/balgul/icons/actions/%1.svg").arg(name);
    return QFile::exists(path) ? QIcon(path) : QIcon::fromTheme(name);
}

QAction* makeAction(QObject* parent, const QString& objectName, const QString& text, const QString& iconName,
                    const QKeySequence& shortcut = {})
{
    auto* action = new QAction(text, parent);
    action->setObjectName(objectName);
    // Tool buttons show the text without its mnemonic, also in the "확대(&I)" form Korean menus use.
    static const QRegularExpression mnemonicInParentheses(QStringLiteral("\\(&[^&)]\\)"));
    QString plainText = text;
    plainText = plainText.remove(mnemonicInParentheses).remove(u'&').remove(u'…').trimmed();
    action->setIconText(plainText);
    action->setToolTip(plainText);
    if (!iconName.isEmpty())
        action->setIcon(actionIcon(iconName));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

} // namespace

void MainWindow::createActions()
{
    // One action for logging a problem, in the File menu and on the toolbar: click the place on
    // the map (or press Enter there for the middle of the map), then fill in the form.
    m_addModeAction = makeAction(this, QStringLiteral("actionAddMode"), tr("&Add Problem…"),
                                 QStringLiteral("add-problem"), QKeySequence::New);
    m_addModeAction->setCheckable(true);
    m_addModeAction->setToolTip(tr("Add a problem: click the map where it is (or press and hold)"));
    m_addModeAction->setStatusTip(
        tr("Click the map where the problem is, or press Enter for the middle of the map"));
    connect(m_addModeAction, &QAction::toggled, m_map, &MapView::setAddMode);
    connect(m_map, &MapView::addModeChanged, m_addModeAction, &QAction::setChecked);

    m_importAction = makeAction(this, QStringLiteral("actionImportGeoJson"), tr("&Import GeoJSON…"),
                                QStringLiteral("import"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::chooseImportFile);
    createSensorImportAction();
    createStationParts();
    m_exportGeoJsonAction = makeAction(this, QStringLiteral("actionExportGeoJson"), tr("Export &GeoJSON…"),
                                       QStringLiteral("export"));
    connect(m_exportGeoJsonAction, &QAction::triggered, this, [this] { chooseExportFile(false); });
    m_exportCsvAction =
        makeAction(this, QStringLiteral("actionExportCsv"), tr("Export &CSV…"), QStringLiteral("export"));
    connect(m_exportCsvAction, &QAction::triggered, this, [this] { chooseExportFile(true); });
    m_quitAction = makeAction(this, QStringLiteral("actionQuit"), tr("&Quit"),
                              QStringLiteral("application-exit"), QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setIcon(actionIcon(QStringLiteral("undo")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setIcon(actionIcon(QStringLiteral("redo")));
    // Ctrl+Shift+Z as the README says and Ctrl+Y as on Windows, each once: the platform's Redo
    // keys often include one of them, and a key bound twice in one window does nothing.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    m_redoAction->setShortcuts(redoKeys);

    m_editAction = makeAction(this, QStringLiteral("actionEditProblem"), tr("&Edit Problem…"),
                              QStringLiteral("document-edit"), QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editAction, &QAction::triggered, this, [this] { editProblem(m_selected); });
    m_deleteAction = makeAction(this, QStringLiteral("actionDeleteProblem"), tr("&Delete Problem"),
                                QStringLiteral("edit-delete"), QKeySequence::Delete);
    // Delete only where a problem has the focus: never while typing in a text field.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_listPanel->tableView()->addAction(m_deleteAction);
    m_map->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, [this] { deleteProblem(m_selected); });
    m_findAction = makeAction(this, QStringLiteral("actionFind"), tr("&Find…"), QStringLiteral("edit-find"),
                              QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_zoomInAction = makeAction(this, QStringLiteral("actionZoomIn"), tr("Zoom &In"),
                                QStringLiteral("zoom-in"), QKeySequence::ZoomIn);
    connect(m_zoomInAction, &QAction::triggered, m_map, &MapView::zoomIn);
    m_zoomOutAction = makeAction(this, QStringLiteral("actionZoomOut"), tr("Zoom &Out"),
                                 QStringLiteral("zoom-out"), QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, m_map, &MapView::zoomOut);
    m_showAllAction = makeAction(this, QStringLiteral("actionShowAll"), tr("Show &All Problems"),
                                 QStringLiteral("show-all"), QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_showAllAction, &QAction::triggered, this, &MainWindow::showAllProblems);
    m_myPositionAction = makeAction(this, QStringLiteral("actionMyPosition"), tr("&My Position"),
                                    QStringLiteral("my-position"));
    connect(m_myPositionAction, &QAction::triggered, m_map, &MapView::showMyPosition);

    m_syncAction = makeAction(this, QStringLiteral("actionSyncNow"), tr("S&ync Now"), QStringLiteral("sync"),
                              QKeySequence(Qt::Key_F5));
    m_syncAction->setStatusTip(tr("Send your changes to the city hub and fetch your group's changes"));
    connect(m_syncAction, &QAction::triggered, this, [this] {
        if (m_sync->isSignedIn())
            m_sync->syncNow();
        else
            showPreferences();
    });

    m_preferencesAction = makeAction(this, QStringLiteral("actionPreferences"), tr("&Preferences…"),
                                     QStringLiteral("preferences"), QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    m_aboutAction =
        makeAction(this, QStringLiteral("actionAbout"), tr("&About Balgul"), QStringLiteral("help-about"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_userGuideAction = makeAction(this, QStringLiteral("actionUserGuide"), tr("&User Guide"),
                                   QStringLiteral("help-contents"), QKeySequence::HelpContents);
    m_userGuideAction->setStatusTip(tr("Open the user guide"));
    connect(m_userGuideAction, &QAction::triggered, this, &MainWindow::openUserGuide);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_addModeAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_importSensorAction);
    file->addAction(m_exportGeoJsonAction);
    file->addAction(m_exportCsvAction);
    file->addSeparator();
    file->addAction(m_syncAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_editAction);
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_showAllAction);
    view->addAction(m_myPositionAction);
    view->addAction(m_stationsAction);
    view->addSeparator();
    QAction* listToggle = m_listDock->toggleViewAction();
    listToggle->setText(tr("Problem &List"));
    listToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    view->addAction(listToggle);
    QAction* detailToggle = m_detailDock->toggleViewAction();
    detailToggle->setText(tr("Problem &Details"));
    detailToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    view->addAction(detailToggle);
    QAction* sensorToggle = m_sensorDock->toggleViewAction();
    sensorToggle->setText(tr("&Sensors"));
    sensorToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    view->addAction(sensorToggle);
    QAction* triageToggle = m_triageDock->toggleViewAction();
    triageToggle->setText(tr("&Triage Queue"));
    triageToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    view->addAction(triageToggle);
    QAction* pilotsToggle = m_pilotsDock->toggleViewAction();
    pilotsToggle->setText(tr("&Pilots"));
    pilotsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    view->addAction(pilotsToggle);
    QAction* votingToggle = m_votingDock->toggleViewAction();
    votingToggle->setText(tr("&Voting"));
    votingToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    view->addAction(votingToggle);
    view->addAction(m_zonesAction);

    QMenu* pilots = menuBar()->addMenu(tr("P&ilots"));
    pilots->addAction(m_newPilotAction);
    pilots->addAction(pilotsToggle);
    pilots->addSeparator();
    pilots->addAction(m_newRoundAction);
    pilots->addAction(votingToggle);

    QMenu* sensors = menuBar()->addMenu(tr("Se&nsors"));
    sensors->addAction(m_importSensorAction);
    sensors->addSeparator();
    sensors->addAction(m_stationActions->shareAction());
    sensors->addAction(m_stationActions->subscribeAction());
    sensors->addAction(m_stationActions->updateAction());

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(m_preferencesAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_userGuideAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // The main actions keep their words; the familiar ones show just the icon (and a tooltip).
    for (QAction* action : {m_undoAction, m_redoAction, m_zoomInAction, m_zoomOutAction})
        action->setPriority(QAction::LowPriority);
    bar->addAction(m_addModeAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addAction(m_zoomInAction);
    bar->addAction(m_zoomOutAction);
    bar->addAction(m_myPositionAction);
    bar->addSeparator();
    bar->addAction(m_syncAction);
}

void MainWindow::focusSearch()
{
    m_listDock->show();
    m_listDock->raise();
    m_listPanel->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_listPanel->searchField()->selectAll();
}

void MainWindow::showPreferences()
{
    auto* dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addHubSettings(*m_sync);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->userNameChanged()) {
            m_settings.setAskedForName(true);
            updateAuthorName(); // the chosen name counts while not signed in
        }
        if (dialog->baseMapChanged()) {
            m_tileKindOverride.clear(); // the user chose: that beats a command-line option
            m_tileSourceOverride.clear();
            applyTileSettings();
        }
        if (dialog->languageChanged())
            showMessage(tr("The new language is used the next time Balgul starts."), false);
    });
    dialog->open();
}

void MainWindow::resolveConflicts(std::int64_t rowid)
{
    const auto problem = m_store.problemByRowid(rowid);
    if (!problem)
        return;
    auto* dialog = new ConflictDialog(m_store, problem->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The choices go to the hub with the next round.
    connect(dialog, &QDialog::accepted, m_sync, &SyncController::syncNow);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Balgul"),
        tr("<h3>Balgul %1</h3>"
           "<p>Balgul (발굴, “discovery”) helps residents find, map and follow up the problems of their "
           "city — fine dust, energy, recycling, traffic, safety — together with their living lab.</p>"
           "<p>Everything is kept on this computer and works without a network.</p>"
           "<p>Map data © OpenStreetMap contributors.</p>")
            .arg(QStringLiteral(BALGUL_VERSION)));
}

} // namespace balgul::ui
