#include "ui/main_window.h"

#include "core/store/store.h"
#include "ui/dialog_folders.h"
#include "ui/map/map_view.h"
#include "ui/map/tile_source_factory.h"
#include "ui/models/problem_filter_proxy.h"
#include "ui/models/problem_list_model.h"
#include "ui/panels/problem_detail_panel.h"
#include "ui/panels/problem_list_panel.h"
#include "ui/qt_convert.h"
#include "ui/settings.h"
#include "ui/sync/sync_controller.h"
#include "ui/sync/sync_progress_bar.h"
#include "ui/sync/sync_status_button.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace balgul::ui {

namespace {

constexpr int kNoticeMs = 6000;
constexpr double kProblemZoom = 17;
/// Below this (logical pixels) the first window takes the whole screen.
constexpr QSize kSmallScreen(1280, 800);
/// Room left for the window manager's frame and title bar around a first window on a small screen.
constexpr QSize kFrameAllowance(16, 48);
/// Below this width the details share the list's place as a tab at first start.
constexpr int kNarrowWindow = 1000;

} // namespace

MainWindow::MainWindow(core::Store& store, Settings& settings, QWidget* parent)
    : QMainWindow(parent), m_store(store), m_settings(settings), m_undoStack(new QUndoStack(this)),
      m_model(new ProblemListModel(store, this)), m_proxy(new ProblemFilterProxy(store, this)),
      m_sync(new SyncController(store, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // Undo and Redo follow the window's stack, or the zone tool's while a zone is drawn.
    m_undoGroup = new QUndoGroup(this);
    m_undoGroup->addStack(m_undoStack);
    m_undoGroup->setActiveStack(m_undoStack);
    m_proxy->setSourceModel(m_model);
    const QString profile = QFileInfo(toQ(store.path())).absoluteDir().dirName();
    setWindowTitle(profile); // the platform appends the application's display name
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    setAcceptDrops(true); // sensor files (main_window_sensor_import.cpp)

    buildCentralArea();
    buildDocks();
    buildStatusBar();
    createActions();
    createMenus();
    addMyDataMenus();
    createToolBar();
    createBasemapParts();
    connectParts();
    dialog_folders::useSettings(&m_settings);
    updateAuthorName();
    applyTileSettings();
    updateMapPoints();
    m_listPanel->setSyncColumnVisible(m_sync->isSignedIn());
    restoreSession();
    updateProblemCount();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Commands refer to the store; drop them while it is certainly alive.
    m_undoStack->clear();
    m_store.removeListener(m_pilotListener);
    closePilotWindows();
    dialog_folders::useSettings(nullptr);
}

void MainWindow::buildCentralArea()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_messageBar = new QWidget(central);
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_messageBar->setAutoFillBackground(true);
    auto* barLayout = new QHBoxLayout(m_messageBar);
    barLayout->setContentsMargins(8, 4, 4, 4);
    m_messageLabel = new QLabel(m_messageBar);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(m_messageBar);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close this message"));
    m_messageAction = new QPushButton(m_messageBar);
    m_messageAction->setObjectName(QStringLiteral("messageAction"));
    m_messageAction->hide();
    barLayout->addWidget(m_messageLabel, 1);
    barLayout->addWidget(m_messageAction);
    barLayout->addWidget(close);
    m_messageBar->hide();
    connect(close, &QToolButton::clicked, m_messageBar, &QWidget::hide);
    connect(m_messageAction, &QPushButton::clicked, this, [this] {
        m_messageBar->hide();
        if (const auto handler = std::exchange(m_messageActionHandler, {}))
            handler();
    });
    m_messageTimer = new QTimer(this);
    m_messageTimer->setSingleShot(true);
    connect(m_messageTimer, &QTimer::timeout, m_messageBar, &QWidget::hide);

    m_map = new MapView(central);
    m_map->setObjectName(QStringLiteral("mapView"));
    layout->addWidget(m_messageBar);
    layout->addWidget(m_map, 1);
    setCentralWidget(central);
}

void MainWindow::buildDocks()
{
    m_listPanel = new ProblemListPanel(m_model, m_proxy, this);
    m_listDock = new QDockWidget(tr("Problems"), this);
    m_listDock->setObjectName(QStringLiteral("problemListDock"));
    m_listDock->setWidget(m_listPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_listDock);

    m_detailPanel = new ProblemDetailPanel(m_store, this);
    m_detailDock = new QDockWidget(tr("Details"), this);
    m_detailDock->setObjectName(QStringLiteral("problemDetailDock"));
    m_detailDock->setWidget(m_detailPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
    createSensorDock();
    createTriageDock();
    createPilotParts();
    createVotingParts();
    createMyDataParts();
}

void MainWindow::buildStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("problemCountLabel"));
    m_coordinateLabel = new QLabel(this);
    m_coordinateLabel->setObjectName(QStringLiteral("coordinateLabel"));
    m_coordinateLabel->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("00.000000, 000.000000")));
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(140);
    m_progress->hide();
    m_syncButton = new SyncStatusButton(*m_sync, this);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(new SyncProgressBar(*m_sync, this));
    statusBar()->addPermanentWidget(m_syncButton);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_coordinateLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
}

void MainWindow::connectParts()
{
    // One selection shared by the map, the list and the detail panel.
    connect(m_map, &MapView::problemClicked, this, &MainWindow::selectProblem);
    connect(m_map, &MapView::problemClicked, this, [this](std::int64_t rowid) {
        // Details in a tab behind the list (a small screen): a click on the map brings them up.
        if (rowid != 0 && !tabifiedDockWidgets(m_detailDock).isEmpty())
            m_detailDock->raise();
    });
    connect(m_listPanel, &ProblemListPanel::currentProblemChanged, this, &MainWindow::selectProblem);
    connect(m_listPanel, &ProblemListPanel::problemActivated, this, &MainWindow::editProblem);
    connect(m_detailPanel, &ProblemDetailPanel::editRequested, this, &MainWindow::editProblem);
    connect(m_detailPanel, &ProblemDetailPanel::deleteRequested, this, &MainWindow::deleteProblem);
    connect(m_detailPanel, &ProblemDetailPanel::showOnMapRequested, this, &MainWindow::showProblemOnMap);
    connect(m_detailPanel, &ProblemDetailPanel::problemLinkActivated, this, &MainWindow::selectProblem);
    connect(m_detailPanel, &ProblemDetailPanel::resolveConflictRequested, this,
            &MainWindow::resolveConflicts);
    connect(m_syncButton, &SyncStatusButton::setupRequested, this, &MainWindow::showPreferences);
    connect(m_sync, &SyncController::statusChanged, this, &MainWindow::updateActions);
    connect(m_sync, &SyncController::statusChanged, this, &MainWindow::updateAuthorName);
    connect(m_detailPanel, &ProblemDetailPanel::errorOccurred, this,
            [this](const QString& message) { showMessage(message, true); });
    // "Me too" and comments in the detail panel are steps of Edit ▸ Undo too.
    m_detailPanel->setUndoStack(m_undoStack, [this](const core::Error& e) { reportCommandError(e); });

    // The markers follow the model and the list's filters (but not "only what the map shows":
    // the map region must not decide what the map shows).
    m_mapFilterTimer = new QTimer(this);
    m_mapFilterTimer->setSingleShot(true);
    m_mapFilterTimer->setInterval(kMapFilterDelayMs);
    connect(m_mapFilterTimer, &QTimer::timeout, this, &MainWindow::updateMapPoints);
    connect(m_proxy, &ProblemFilterProxy::filterChanged, this, &MainWindow::onFilterChanged);
    connect(m_sync, &SyncController::statusChanged, this,
            [this] { m_listPanel->setSyncColumnVisible(m_sync->isSignedIn()); });
    connect(m_model, &ProblemListModel::pointsChanged, this, [this] {
        if (m_proxy->isFilteringContent())
            m_mapFilterTimer->start(); // after the proxy has run its search again
        else
            updateMapPoints();
        if (m_selected != 0 && m_model->rowForRowid(m_selected) < 0)
            selectProblem(0);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateProblemCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateProblemCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateProblemCount);
    // A reload (a sync that pulled changes, an import) keeps the selected problem selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectedBeforeReset = m_selected; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const std::int64_t keep = std::exchange(m_selectedBeforeReset, 0);
        if (keep != 0 && m_model->rowForRowid(keep) >= 0)
            QTimer::singleShot(0, this, [this, keep] {
                if (m_selected == 0 || m_selected == keep)
                    selectProblem(keep);
            });
    });

    connect(m_map, &MapView::addProblemRequested, this, &MainWindow::newProblemAt);
    connect(m_map, &MapView::viewportChanged, m_listPanel, &ProblemListPanel::setVisibleRegion);
    connect(m_map, &MapView::viewportChanged, this,
            [this] { m_zoomLabel->setText(tr("Zoom %1").arg(QLocale().toString(m_map->zoom(), 'f', 1))); });
    connect(m_map, &MapView::cursorCoordinateChanged, this, [this](const QGeoCoordinate& c) {
        m_coordinateLabel->setText(
            c.isValid() ? QStringLiteral("%1, %2").arg(QLocale().toString(c.latitude(), 'f', 6),
                                                       QLocale().toString(c.longitude(), 'f', 6))
                        : QString());
    });
    connect(m_map, &MapView::positionUnavailable, this,
            [this](const QString& reason) { showMessage(reason, true); });
    connect(m_map, &MapView::pointsIndexed, this, &MainWindow::fitIfPending);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateActions);
}

namespace {

QString contentFilterKey(const ProblemFilterProxy& proxy)
{
    QStringList parts = proxy.categories();
    parts.sort();
    QStringList statuses;
    for (const core::ProblemStatus status : proxy.statuses())
        statuses.append(QString::number(static_cast<int>(status)));
    statuses.sort();
    return parts.join(u',') + u'|' + statuses.join(u',') + u'|' + proxy.searchText() + u'|' +
           (proxy.showMerged() ? u'1' : u'0');
}

} // namespace

void MainWindow::onFilterChanged()
{
    // The region the map shows changes the filter on every pan; only the content filters matter.
    if (contentFilterKey(*m_proxy) != m_mapFilterKey)
        m_mapFilterTimer->start();
}

void MainWindow::updateMapPoints()
{
    m_mapFilterTimer->stop();
    m_mapFilterKey = contentFilterKey(*m_proxy);
    std::vector<core::ProblemPoint> points = m_model->points();
    if (m_proxy->isFilteringContent() || m_proxy->hidesMerged()) {
        // points() is in source row order.
        std::size_t kept = 0;
        for (std::size_t row = 0; row < points.size(); ++row)
            if (m_proxy->acceptsContent(static_cast<int>(row)))
                points[kept++] = points[row];
        points.resize(kept);
    }
    m_map->setPoints(std::move(points));
}

void MainWindow::restoreSession()
{
    if (!m_settings.windowGeometry().isEmpty()) {
        restoreGeometry(m_settings.windowGeometry());
    } else if (const QScreen* display = screen()) {
        // First start: most of the screen; on a small one (a 1024×700 laptop, a 1600×1000 screen at
        // 200 %) all of it but the window frame. Sizes here are logical pixels, at any scale.
        const QRect available = display->availableGeometry();
        const bool small =
            available.width() < kSmallScreen.width() || available.height() < kSmallScreen.height();
        const QSize size = (small ? available.size() - kFrameAllowance : available.size() * 0.9)
                               .expandedTo(minimumSizeHint())
                               .boundedTo(available.size());
        resize(size);
        move(available.topLeft() +
             QPoint((available.width() - size.width()) / 2, (available.height() - size.height()) / 2));
    }
    m_firstLayout = m_settings.windowState().isEmpty() || !restoreState(m_settings.windowState());

    if (const auto center = m_settings.mapCenter()) {
        m_map->setZoom(m_settings.mapZoom());
        m_map->setCenter(*center);
    } else {
        // First start: show every problem once the map has its size and the points are indexed.
        m_fitPending = true;
    }
    m_zoomLabel->setText(tr("Zoom %1").arg(QLocale().toString(m_map->zoom(), 'f', 1)));
}

void MainWindow::fitIfPending()
{
    if (m_fitPending && isVisible() && !m_map->isIndexing() && m_map->showAllProblems())
        m_fitPending = false;
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_firstLayout) {
        // First start: the map gets most of the room, the docks what they need.
        m_firstLayout = false;
        if (width() < kNarrowWindow) {
            // Too narrow for the list, the map and the details side by side: the details share
            // the list's place as a tab (a problem clicked on the map brings them up).
            tabifyDockWidget(m_listDock, m_detailDock);
            m_listDock->raise();
            resizeDocks({m_listDock}, {std::max(width() * 38 / 100, m_listDock->minimumSizeHint().width())},
                        Qt::Horizontal);
        } else {
            // The list wide enough for its columns without a horizontal scroll bar, when there is
            // room; on a small screen the map comes first.
            const int listWidth = width() < kSmallScreen.width()
                                      ? std::max(width() * 30 / 100, m_listDock->minimumSizeHint().width())
                                      : std::min(std::max(width() * 30 / 100, m_listPanel->preferredWidth()),
                                                 width() * 40 / 100);
            resizeDocks({m_listDock, m_detailDock}, {listWidth, width() * 20 / 100}, Qt::Horizontal);
        }
        resizeDocks({m_sensorDock}, {sensorDockHeight()}, Qt::Vertical);
        // A window its docks made taller than planned (a very low screen) moves up, once its
        // layout has settled, so that its status bar stays on the screen.
        QTimer::singleShot(0, this, [this] {
            const QScreen* display = screen();
            if (!display)
                return;
            const QRect available = display->availableGeometry();
            const QRect frame = frameGeometry();
            if (frame.bottom() > available.bottom())
                move(x(), std::max(available.top(), y() - (frame.bottom() - available.bottom())));
        });
    }
    if (m_fitPending)
        QTimer::singleShot(0, this, &MainWindow::fitIfPending);
}

void MainWindow::saveSession()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setMapView(m_map->center(), m_map->zoom());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_busy) {
        showMessage(tr("Please wait until the import or export has finished."), true);
        event->ignore();
        return;
    }
    saveSession();
    QMainWindow::closeEvent(event);
}

void MainWindow::updateProblemCount()
{
    const int count = m_model->rowCount();
    m_countLabel->setText(tr("%n problem(s)", nullptr, count));
}

void MainWindow::updateActions()
{
    const bool hasSelection = m_selected != 0;
    // Only what the hub would take from the signed-in account.
    m_editAction->setEnabled(hasSelection && mayEdit(m_selected, false));
    m_deleteAction->setEnabled(hasSelection && mayDelete(m_selected, false));
    m_detailPanel->refreshRights();
    updateTriageVisibility();
    updatePilotRights();
    updateVotingRights();
    m_importAction->setEnabled(!m_busy);
    m_exportGeoJsonAction->setEnabled(!m_busy);
    m_exportCsvAction->setEnabled(!m_busy);
    m_syncAction->setEnabled(!m_sync->isSyncing());
}

void MainWindow::selectProblem(std::int64_t rowid)
{
    if (rowid != 0 && m_model->rowForRowid(rowid) < 0 && !m_store.problemByRowid(rowid))
        rowid = 0;
    m_selected = rowid;
    m_listPanel->selectProblem(rowid);
    m_map->setSelectedProblem(rowid);
    m_detailPanel->showProblem(rowid);
    updateActions();
}

void MainWindow::showProblemOnMap(std::int64_t rowid)
{
    const auto problem = m_store.problemByRowid(rowid);
    if (!problem)
        return;
    selectProblem(rowid);
    if (m_map->zoom() < kProblemZoom)
        m_map->setZoom(kProblemZoom);
    m_map->setCenter(QGeoCoordinate(problem->lat, problem->lon));
}

void MainWindow::showAllProblems()
{
    if (!m_map->showAllProblems())
        showMessage(tr("There are no problems to show yet."), false);
}

void MainWindow::showMessage(const QString& text, bool isError)
{
    m_messageLabel->setText(text);
    QPalette palette = m_messageBar->palette();
    palette.setColor(QPalette::Window, isError ? QColor(0xfd, 0xec, 0xea) : QColor(0xe8, 0xf4, 0xfd));
    palette.setColor(QPalette::WindowText, isError ? QColor(0x8a, 0x1c, 0x12) : QColor(0x0b, 0x3d, 0x66));
    m_messageBar->setPalette(palette);
    m_messageLabel->setPalette(palette);
    m_messageAction->hide();
    m_messageActionHandler = {};
    m_messageBar->show();
    if (isError)
        m_messageTimer->stop();
    else
        m_messageTimer->start(kNoticeMs);
    statusBar()->showMessage(text, kNoticeMs);
}

void MainWindow::showMessageWithAction(const QString& text, const QString& actionText,
                                       const std::function<void()>& action)
{
    showMessage(text, false);
    m_messageTimer->stop(); // it waits for an answer
    m_messageAction->setText(actionText);
    m_messageAction->show();
    m_messageActionHandler = action;
}

QString MainWindow::messageText() const
{
    return m_messageBar->isHidden() ? QString() : m_messageLabel->text();
}

void MainWindow::setTileOverride(const QString& kind, const QString& urlOrPath)
{
    m_tileKindOverride = kind;
    m_tileSourceOverride = urlOrPath;
    applyTileSettings();
}

std::unique_ptr<TileSource> MainWindow::makeTileSource(QString* error) const
{
    if (!m_tileKindOverride.isEmpty())
        return createTileSource(m_tileKindOverride, m_tileSourceOverride, error);
    return createTileSource(m_settings.tileKind(), m_settings.tileSource(), error);
}

void MainWindow::applyTileSettings()
{
    QString error;
    auto source = makeTileSource(&error);
    if (source)
        connect(source.get(), &TileSource::unreachable, this, &MainWindow::onTilesUnreachable);
    if (!error.isEmpty())
        showMessage(tr("The base map cannot be shown: %1 The plain map is used instead.").arg(error), true);
    m_map->setTileSource(std::move(source));
}

} // namespace balgul::ui
