// Small things a user notices in the main window: one action (one name) adds a problem, Help opens
// the user guide, undoing a delete brings the problem back as it was and selected, "My Position"
// says it is looking and why it gave up, file dialogs start where the last one of their kind ended
// (in a folder that exists), and the demo problems lead up to today.

#include "core/demo/demo_generator.h"
#include "core/store/store.h"
#include "ui/dialog_folders.h"
#include "ui/editor/problem_editor.h"
#include "ui/help/user_guide_window.h"
#include "ui/main_window.h"
#include "ui/map/map_view.h"
#include "ui/settings.h"

#include "tests/support/test_support.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QGeoPositionInfoSource>
#include <QImage>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>

#include <memory>

using namespace balgul;
using test::toStd;

namespace {

/// A location service that answers when the test says so.
class TestPositionSource : public QGeoPositionInfoSource
{
public:
    explicit TestPositionSource(QObject* parent = nullptr) : QGeoPositionInfoSource(parent) {}
    int requests = 0;
    void answer(const QGeoCoordinate& c)
    {
        emit positionUpdated(QGeoPositionInfo(c, QDateTime::currentDateTimeUtc()));
    }
    void giveUp() { emit errorOccurred(UpdateTimeoutError); }

    QGeoPositionInfo lastKnownPosition(bool = false) const override { return {}; }
    PositioningMethods supportedPositioningMethods() const override { return AllPositioningMethods; }
    int minimumUpdateInterval() const override { return 1000; }
    Error error() const override { return NoError; }
    void startUpdates() override {}
    void stopUpdates() override {}
    void requestUpdate(int) override { ++requests; }
};

QStringList actionNames(const QList<QAction*>& actions)
{
    QStringList names;
    for (const QAction* action : actions)
        names << action->objectName();
    return names;
}

} // namespace

class TestMainWindowDetails : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void oneActionAddsAProblem();
    void helpOpensTheUserGuide();
    void undoingADeleteKeepsTheProblemAsItWas();
    void myPositionSaysItIsLooking();
    void fileDialogsRememberTheirFolder();
    void demoProblemsLeadUpToToday();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Store> m_store;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestMainWindowDetails::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = core::Store::open(toStd(m_dir->filePath(QStringLiteral("profile/balgul.sqlite"))));
    QVERIFY(store);
    m_store = std::move(store).value();
    m_settings = std::make_unique<ui::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_settings->setTileKind(QStringLiteral("none"));
    m_settings->setAskedForName(true);
    m_window = std::make_unique<ui::MainWindow>(*m_store, *m_settings);
    m_window->setConfirmation([](const QString&, const QString&) { return true; });
    m_window->resize(1100, 750);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindowDetails::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

void TestMainWindowDetails::oneActionAddsAProblem()
{
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("actionNewProblem")));
    auto* add = m_window->findChild<QAction*>(QStringLiteral("actionAddMode"));
    QVERIFY(add);
    QCOMPARE(add->shortcut(), QKeySequence(QKeySequence::New));
    // The same action, with the same name, in the File menu and on the toolbar.
    QMenu* file = m_window->menuBar()->actions().value(0)->menu();
    QVERIFY(file);
    QVERIFY(actionNames(file->actions()).contains(QStringLiteral("actionAddMode")));
    auto* toolbar = m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    QVERIFY(actionNames(toolbar->actions()).contains(QStringLiteral("actionAddMode")));
    int named = 0;
    for (const QAction* action : m_window->findChildren<QAction*>())
        if (action->iconText() == add->iconText())
            ++named;
    QCOMPARE(named, 1);

    // From the keyboard: the action, then Enter on the map places it in the middle of the map.
    ui::MapView* map = m_window->mapView();
    add->trigger();
    QVERIFY(map->addMode());
    map->setFocus();
    QTest::keyClick(map, Qt::Key_Return);
    QTRY_VERIFY(m_window->activeEditor());
    QVERIFY(m_window->activeEditor()->isNewProblem());
    QVERIFY(!map->addMode());
    const double lat =
        m_window->activeEditor()->findChild<QLineEdit*>(QStringLiteral("latEdit"))->text().toDouble();
    QVERIFY(qAbs(lat - map->center().latitude()) < 1e-4);
    m_window->activeEditor()->reject();
}

void TestMainWindowDetails::helpOpensTheUserGuide()
{
    auto* guide = m_window->findChild<QAction*>(QStringLiteral("actionUserGuide"));
    QVERIFY(guide);
    const QList<QMenu*> menus = m_window->menuBar()->findChildren<QMenu*>();
    bool inHelp = false;
    for (const QMenu* menu : menus)
        if (actionNames(menu->actions()).contains(QStringLiteral("actionAbout")))
            inHelp = actionNames(menu->actions()).contains(QStringLiteral("actionUserGuide"));
    QVERIFY(inHelp);

    // The guide opens in a window of the app, with its text and its screenshots.
    guide->trigger();
    auto* window = m_window->findChild<ui::UserGuideWindow*>(QStringLiteral("userGuideWindow"));
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QVERIFY(window->loaded());
    const QTextDocument* document = window->browser()->document();
    QVERIFY2(document->toPlainText().contains(QStringLiteral("Balgul")), "the guide's text is shown");
    QCOMPARE(QFileInfo(window->browser()->source().toLocalFile()).fileName(),
             QStringLiteral("user-guide.md"));
    const QVariant screenshot = document->resource(QTextDocument::ImageResource,
                                                   QUrl(QStringLiteral("images/user-guide/en-01-main.png")));
    QVERIFY2(screenshot.isValid() && !screenshot.value<QImage>().isNull(), "the screenshots are found");
    // Triggered again, the same window comes forward.
    guide->trigger();
    QCOMPARE(m_window->findChildren<ui::UserGuideWindow*>().size(), 1);
    window->close();
    QCOMPARE(QFileInfo(ui::MainWindow::userGuidePath(QStringLiteral("ko"))).fileName(),
             QStringLiteral("user-guide.ko.md"));
}

void TestMainWindowDetails::undoingADeleteKeepsTheProblemAsItWas()
{
    core::Problem draft;
    draft.title = "Broken bench";
    draft.category = "safety";
    draft.lat = 36.35;
    draft.lon = 127.38;
    auto created = m_store->createProblem(draft);
    QVERIFY(created);
    // Last changed long ago.
    const std::int64_t longAgo = core::toUnixMs(created->created) - 40LL * 24 * 3600 * 1000;
    m_store->database()
        .prepare("UPDATE problems SET updated = ? WHERE id = ?")
        .bind(1, longAgo)
        .bind(2, created->id)
        .run();
    m_store->announceExternalChange();
    const std::int64_t rowid = m_store->problem(created->id)->rowid;

    m_window->selectProblem(rowid);
    m_window->deleteProblem(rowid);
    QVERIFY(!m_store->problem(created->id));
    m_window->selectProblem(0);

    m_window->undoStack()->undo();
    const auto back = m_store->problem(created->id);
    QVERIFY(back);
    QCOMPARE(core::toUnixMs(back->updated), longAgo);
    QVERIFY(back->created == created->created);
    QCOMPARE(m_window->selectedProblem(), back->rowid);
}

void TestMainWindowDetails::myPositionSaysItIsLooking()
{
    ui::MapView* map = m_window->mapView();
    auto* source = new TestPositionSource;
    map->setPositionSource(source);
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionMyPosition"));
    action->trigger();
    QCOMPARE(source->requests, 1);
    QVERIFY(map->isLookingForPosition());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("position")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(!action->isEnabled());

    // It gives up: a clear message, and the action can be tried again.
    source->giveUp();
    QVERIFY(!map->isLookingForPosition());
    QVERIFY(action->isEnabled());
    QVERIFY2(m_window->messageText().contains(QString::number(ui::MapView::kPositionTimeoutMs / 1000)),
             qPrintable(m_window->messageText()));

    // Found: the map goes there.
    action->trigger();
    source->answer(QGeoCoordinate(36.3720, 127.3600));
    QVERIFY(action->isEnabled());
    QVERIFY(qAbs(map->center().latitude() - 36.3720) < 1e-6);
}

void TestMainWindowDetails::fileDialogsRememberTheirFolder()
{
    // Documents may be missing (it is on a fresh account): the start folder always exists.
    QVERIFY(QFileInfo(ui::dialog_folders::start(QStringLiteral("import"))).isDir());

    const QString folder = m_dir->filePath(QStringLiteral("exports/2026"));
    QVERIFY(QDir().mkpath(folder));
    ui::dialog_folders::remember(QStringLiteral("export"), folder + QStringLiteral("/problems.csv"));
    QCOMPARE(ui::dialog_folders::start(QStringLiteral("export")), folder);
    QCOMPARE(ui::dialog_folders::startFile(QStringLiteral("export"), QStringLiteral("a.csv")),
             folder + QStringLiteral("/a.csv"));
    QVERIFY(ui::dialog_folders::start(QStringLiteral("import")) != folder); // per kind
    QCOMPARE(m_settings->dialogFolder(QStringLiteral("export")), folder);   // kept in the settings

    QVERIFY(QDir(folder).removeRecursively());
    const QString fallback = ui::dialog_folders::start(QStringLiteral("export"));
    QVERIFY(fallback != folder);
    QVERIFY(QFileInfo(fallback).isDir());
}

void TestMainWindowDetails::demoProblemsLeadUpToToday()
{
    const core::Timestamp now = core::now();
    const auto problems = core::generateDemoProblems(500, 7, core::demoReferenceFor(now));
    core::Timestamp newest{};
    for (const core::Problem& p : problems) {
        QVERIFY(p.created <= now);
        QVERIFY(p.created > now - std::chrono::days(core::kDemoSpanDays + 1));
        QVERIFY(p.updated >= p.created && p.updated <= now);
        newest = std::max(newest, p.created);
    }
    // Spread over the months before today, the newest within the last weeks.
    QVERIFY(newest > now - std::chrono::days(14));
    // The same day gives the same data.
    const auto again = core::generateDemoProblems(500, 7, core::demoReferenceFor(now));
    QVERIFY(again.front().created == problems.front().created);
}

QTEST_MAIN(TestMainWindowDetails)
#include "test_main_window_details.moc"
