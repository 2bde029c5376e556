// The main window around the problem list: the map shows only what the list's category, status
// and text filters let through (but not "only what the map shows", which would feed the map's
// region back into the map), the Sync column appears only while signed in to a hub, the list dock
// starts wide enough for its columns and the toolbar actions carry Balgul's own icons.
#include "core/demo/demo_generator.h"
#include "core/store/store.h"
#include "ui/main_window.h"
#include "ui/map/map_view.h"
#include "ui/models/problem_filter_proxy.h"
#include "ui/models/problem_list_model.h"
#include "ui/panels/problem_list_panel.h"
#include "ui/settings.h"
#include "ui/sync/sync_controller.h"

#include "tests/support/test_support.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QtTest>

#include <memory>

using namespace balgul;
using balgul::test::toStd;

// Q_INIT_RESOURCE declares its function where it is used: that must be the global namespace.
static void initResources()
{
    Q_INIT_RESOURCE(balgul);
}

namespace {

constexpr std::size_t kDemoCount = 400;

/// The rows that pass the proxy's content filters, counted from the source model.
std::size_t contentMatches(const ui::ProblemFilterProxy& proxy, const ui::ProblemListModel& model)
{
    std::size_t count = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        if (proxy.acceptsContent(row))
            ++count;
    return count;
}

} // namespace

class TestMainWindowFilters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void mapFollowsContentFilters_data();
    void mapFollowsContentFilters();
    void onlyWhatTheMapShowsDoesNotFilterTheMap();
    void syncColumnOnlyWhenSignedIn();
    void listDockFitsItsColumns();
    void toolbarActionsHaveIcons();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Store> m_store;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestMainWindowFilters::initTestCase()
{
    initResources();
}

void TestMainWindowFilters::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = core::Store::open(toStd(m_dir->filePath(QStringLiteral("profile/balgul.sqlite"))));
    QVERIFY2(store.ok(), store.ok() ? "" : store.error().toString().c_str());
    m_store = std::move(store).value();
    QVERIFY(core::seedDemoStore(*m_store, kDemoCount, 11).ok());
    m_settings = std::make_unique<ui::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_settings->setTileKind(QStringLiteral("none"));
    m_window = std::make_unique<ui::MainWindow>(*m_store, *m_settings);
    m_window->syncController()->setAutomatic(false);
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_window->mapView()->isIndexing());
}

void TestMainWindowFilters::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

void TestMainWindowFilters::mapFollowsContentFilters_data()
{
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<QString>("search");

    QTest::addRow("one category") << QStringList{QStringLiteral("air")} << QList<int>{} << QString();
    QTest::addRow("two categories") << QStringList{QStringLiteral("energy"), QStringLiteral("traffic")}
                                    << QList<int>{} << QString();
    QTest::addRow("one status") << QStringList{} << QList<int>{static_cast<int>(core::ProblemStatus::New)}
                                << QString();
    QTest::addRow("text in the address") << QStringList{} << QList<int>{} << QString::fromUtf8("유성구");
    QTest::addRow("text and category")
        << QStringList{QStringLiteral("traffic")} << QList<int>{} << QString::fromUtf8("유성구");
    QTest::addRow("category and status")
        << QStringList{QStringLiteral("safety")} << QList<int>{static_cast<int>(core::ProblemStatus::New)}
        << QString();
}

void TestMainWindowFilters::mapFollowsContentFilters()
{
    QFETCH(QStringList, categories);
    QFETCH(QList<int>, statuses);
    QFETCH(QString, search);

    ui::ProblemFilterProxy* proxy = m_window->filterProxy();
    ui::MapView* map = m_window->mapView();
    QCOMPARE(map->clusterIndex().size(), kDemoCount);

    QList<core::ProblemStatus> statusList;
    for (const int status : statuses)
        statusList.append(static_cast<core::ProblemStatus>(status));
    proxy->setCategories(categories);
    proxy->setStatuses(statusList);
    proxy->setSearchText(search);
    const std::size_t expected = contentMatches(*proxy, *m_window->problemModel());
    QVERIFY(expected > 0);
    QVERIFY(expected < kDemoCount);
    QCOMPARE(static_cast<std::size_t>(proxy->rowCount()), expected);
    // Debounced: the map changes a moment later, not on every click in the filter menu.
    QCOMPARE(map->clusterIndex().size(), kDemoCount);
    QTRY_COMPARE(map->clusterIndex().size(), expected);

    proxy->setCategories({});
    proxy->setStatuses({});
    proxy->setSearchText(QString());
    QTRY_COMPARE(map->clusterIndex().size(), kDemoCount);
}

void TestMainWindowFilters::onlyWhatTheMapShowsDoesNotFilterTheMap()
{
    ui::ProblemFilterProxy* proxy = m_window->filterProxy();
    ui::MapView* map = m_window->mapView();
    auto* onlyVisible = m_window->listPanel()->findChild<QCheckBox*>(QStringLiteral("onlyVisible"));
    QVERIFY(onlyVisible);
    proxy->setCategories({QStringLiteral("recycling")});
    const std::size_t expected = contentMatches(*proxy, *m_window->problemModel());
    QTRY_COMPARE(map->clusterIndex().size(), expected);

    onlyVisible->setChecked(true);
    QSignalSpy indexed(map, &ui::MapView::pointsIndexed);
    for (int i = 0; i < 4; ++i) {
        map->zoomIn();
        QTest::qWait(ui::MainWindow::kMapFilterDelayMs / 2);
    }
    QTest::qWait(ui::MainWindow::kMapFilterDelayMs * 3);
    // Zoomed in, the list holds fewer problems, but the map keeps every matching one.
    QVERIFY(proxy->rowCount() < static_cast<int>(expected));
    QCOMPARE(map->clusterIndex().size(), expected);
    QCOMPARE(indexed.count(), 0);
}

void TestMainWindowFilters::syncColumnOnlyWhenSignedIn()
{
    QTableView* table = m_window->listPanel()->tableView();
    ui::SyncController* sync = m_window->syncController();
    QVERIFY(!sync->isSignedIn());
    QVERIFY(table->isColumnHidden(ui::ProblemListModel::SyncColumn));
    const int offlineWidth = m_window->listPanel()->preferredWidth();

    sync->setHub(QStringLiteral("http://127.0.0.1:9"), QStringLiteral("token"));
    QVERIFY(sync->isSignedIn());
    QTRY_VERIFY(!table->isColumnHidden(ui::ProblemListModel::SyncColumn));
    QVERIFY(m_window->listPanel()->preferredWidth() > offlineWidth);

    sync->setHub(QStringLiteral("http://127.0.0.1:9"), QString());
    QTRY_VERIFY(table->isColumnHidden(ui::ProblemListModel::SyncColumn));
}

void TestMainWindowFilters::listDockFitsItsColumns()
{
    ui::ProblemListPanel* panel = m_window->listPanel();
    QTableView* table = panel->tableView();
    QTRY_VERIFY(panel->width() >= panel->preferredWidth());
    QCoreApplication::processEvents();
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    // The map keeps a good part of the window.
    QVERIFY(m_window->mapView()->width() >= m_window->width() / 3);
}

void TestMainWindowFilters::toolbarActionsHaveIcons()
{
    auto* bar = m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    QVERIFY(bar);
    QCOMPARE(bar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    for (const char* name : {"actionAddMode", "actionUndo", "actionRedo", "actionZoomIn", "actionZoomOut",
                             "actionMyPosition", "actionSyncNow", "actionImportGeoJson",
                             "actionExportGeoJson", "actionPreferences", "actionShowAll"}) {
        auto* action = m_window->findChild<QAction*>(QLatin1String(name));
        QVERIFY2(action, name);
        const QPixmap pixmap = action->icon().pixmap(24, 24);
        QVERIFY2(!pixmap.isNull(), name);
        const QImage image = pixmap.toImage();
        int drawn = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                drawn += image.pixelColor(x, y).alpha() > 0 ? 1 : 0;
        QVERIFY2(drawn > 20, name); // strokes, not an empty placeholder
    }
}

QTEST_MAIN(TestMainWindowFilters)
#include "test_main_window_filters.moc"
