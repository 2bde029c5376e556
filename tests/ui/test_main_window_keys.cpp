// The main window from the keyboard, as a person presses the keys: Redo on Ctrl+Shift+Z and
// Ctrl+Y (each bound once, so neither is an ambiguous shortcut), Tab out of the problem list,
// and the map taking the focus and panning with the arrows and zooming with + and −.
#include "core/demo/demo_generator.h"
#include "core/store/store.h"
#include "ui/main_window.h"
#include "ui/map/map_view.h"
#include "ui/panels/problem_list_panel.h"
#include "ui/settings.h"
#include "ui/undo/problem_commands.h"

#include "tests/support/test_support.h"

#include <QAction>
#include <QApplication>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace balgul;
using balgul::test::toStd;

class TestMainWindowKeys : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void redoKeysRedo_data();
    void redoKeysRedo();
    void tabLeavesTheListAndReachesTheMap();
    void mapPansAndZoomsFromTheKeyboard();

private:
    /// Presses a key where the keyboard focus is, as a person would.
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Store> m_store;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestMainWindowKeys::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = core::Store::open(toStd(m_dir->filePath(QStringLiteral("profile/balgul.sqlite"))));
    QVERIFY2(store.ok(), store.ok() ? "" : store.error().toString().c_str());
    m_store = std::move(store).value();
    QVERIFY(core::seedDemoStore(*m_store, 40, 3).ok());
    m_settings = std::make_unique<ui::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_settings->setTileKind(QStringLiteral("none"));
    m_window = std::make_unique<ui::MainWindow>(*m_store, *m_settings);
    m_window->resize(1200, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY(!m_window->mapView()->isIndexing());
}

void TestMainWindowKeys::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

void TestMainWindowKeys::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget* target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, static_cast<Qt::Key>(key), modifiers);
}

void TestMainWindowKeys::redoKeysRedo_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addRow("Ctrl+Shift+Z") << int(Qt::Key_Z) << int(Qt::ControlModifier | Qt::ShiftModifier);
    QTest::addRow("Ctrl+Y") << int(Qt::Key_Y) << int(Qt::ControlModifier);
}

void TestMainWindowKeys::redoKeysRedo()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QTest::failOnWarning(QRegularExpression(QStringLiteral("[Aa]mbiguous")));
    const auto redo = m_window->findChild<QAction*>(QStringLiteral("actionRedo"));
    QVERIFY(redo);
    const QList<QKeySequence> keys = redo->shortcuts();
    for (const QKeySequence& shortcut : keys)
        QCOMPARE(keys.count(shortcut), 1); // a key bound twice does nothing

    core::Problem draft;
    draft.title = "Bench with a broken slat";
    draft.category = "green";
    draft.lat = 36.35;
    draft.lon = 127.38;
    auto* add = new ui::AddProblemCommand(*m_store, draft, {});
    m_window->undoStack()->push(add);
    const std::string id = add->problemId();
    QVERIFY(m_store->problem(id));

    m_window->listPanel()->tableView()->setFocus();
    QTRY_VERIFY(m_window->listPanel()->tableView()->hasFocus());
    press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!m_store->problem(id));
    press(key, Qt::KeyboardModifiers(modifiers));
    QVERIFY2(m_store->problem(id), "the redo key did not redo");
    QCOMPARE(m_window->undoStack()->index(), 1);

    // The same from the map.
    press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!m_store->problem(id));
    m_window->mapView()->setFocus();
    QTRY_VERIFY(m_window->mapView()->hasFocus());
    press(key, Qt::KeyboardModifiers(modifiers));
    QVERIFY(m_store->problem(id));
}

void TestMainWindowKeys::tabLeavesTheListAndReachesTheMap()
{
    QTableView* table = m_window->listPanel()->tableView();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    table->selectRow(0);
    press(Qt::Key_Tab);
    QVERIFY2(!table->hasFocus(), "Tab moved between the list's cells instead of leaving it");

    // Tabbing on comes round to the map.
    ui::MapView* map = m_window->mapView();
    bool reached = false;
    for (int i = 0; i < 80 && !reached; ++i) {
        press(Qt::Key_Tab);
        reached = map->hasFocus();
    }
    QVERIFY2(reached, "Tab never gave the map the focus");
    // And Shift+Tab goes back the way it came.
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY(!map->hasFocus());
}

void TestMainWindowKeys::mapPansAndZoomsFromTheKeyboard()
{
    ui::MapView* map = m_window->mapView();
    map->setZoom(14);
    map->setCenter(QGeoCoordinate(36.35, 127.38));
    map->setFocus();
    QTRY_VERIFY(map->hasFocus());

    const QGeoCoordinate start = map->center();
    press(Qt::Key_Left);
    QVERIFY2(map->center().longitude() < start.longitude() - 1e-4, "Left did not pan west");
    press(Qt::Key_Right);
    press(Qt::Key_Right);
    QVERIFY(map->center().longitude() > start.longitude() + 1e-4);
    const double lon = map->center().longitude();
    press(Qt::Key_Up);
    QVERIFY(map->center().latitude() > start.latitude() + 1e-4);
    QCOMPARE(map->center().longitude(), lon);
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    QVERIFY(map->center().latitude() < start.latitude() - 1e-4);

    const double zoom = map->zoom();
    press(Qt::Key_Plus);
    QTRY_VERIFY(map->zoom() > zoom + 0.5);
    const double zoomed = map->zoom();
    press(Qt::Key_Minus);
    QTRY_VERIFY(map->zoom() < zoomed - 0.5);
    QVERIFY(map->hasFocus()); // the keys did not move the focus away
}

QTEST_MAIN(TestMainWindowKeys)
#include "test_main_window_keys.moc"
