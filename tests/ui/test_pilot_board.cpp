// Pilots in the main window, done as a coordinator would, offscreen over a real store: New pilot
// from a selected problem, "Draw on map", clicks that draw the zone, Ctrl+Z that undoes a vertex, a
// crossing outline that Save refuses with a sentence, Save, the card on the board in its phase
// column and the zone on the map; then the detail moves it to selected and running, each an entry
// of its history, and a running pilot with demo evidence says how it did.

#include "core/demo/demo_generator.h"
#include "core/pilots/pilot_evidence.h"
#include "core/store/store.h"
#include "ui/main_window.h"
#include "ui/map/map_view.h"
#include "ui/pilots/pilot_detail.h"
#include "ui/pilots/pilot_editor.h"
#include "ui/pilots/pilots_panel.h"
#include "ui/pilots/zone_edit_tool.h"
#include "ui/pilots/zone_layer.h"
#include "ui/settings.h"

#include "tests/support/push_answers.h"
#include "tests/support/test_support.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace balgul;
using balgul::test::toStd;
namespace pilots = core::pilots;

class TestPilotBoard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void drawSaveAndSeeItOnTheBoard();
    void runningPilotShowsItsEvidence();
    void aRefusedPilotSaysSo();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Store> m_store;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestPilotBoard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    core::StoreOptions options;
    options.userName = "대전리빙랩";
    auto store = core::Store::open(toStd(m_dir->filePath(QStringLiteral("profile/balgul.sqlite"))), options);
    QVERIFY2(store.ok(), store.ok() ? "" : store.error().toString().c_str());
    m_store = std::move(store).value();
    QVERIFY(core::seedDemoStore(*m_store, 60, 5).ok());
    m_settings = std::make_unique<ui::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_settings->setTileKind(QStringLiteral("none"));
    m_settings->setUserName(QStringLiteral("대전리빙랩"));
    m_window = std::make_unique<ui::MainWindow>(*m_store, *m_settings);
    m_window->setConfirmation([](const QString&, const QString&) { return true; });
    m_window->resize(1300, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_window->mapView()->isIndexing());
}

void TestPilotBoard::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

void TestPilotBoard::drawSaveAndSeeItOnTheBoard()
{
    // A problem selected, then Pilots ▸ New Pilot…
    std::vector<core::Problem> problems;
    QVERIFY(m_store->forEachProblem([&](const core::Problem& p) { problems.push_back(p); }).ok());
    QVERIFY(!problems.empty());
    m_window->selectProblem(problems.front().rowid);
    auto* newPilot = m_window->findChild<QAction*>(QStringLiteral("actionNewPilot"));
    QVERIFY(newPilot && newPilot->isVisible());
    newPilot->trigger();
    ui::PilotEditor* editor = m_window->pilotEditor();
    QVERIFY(editor && editor->isVisible());
    QCOMPARE(editor->findChild<QListWidget*>(QStringLiteral("pilotProblems"))->count(), 1);
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("pilotTitle")),
                     QStringLiteral("Quiet streets"));

    // Draw on map: four clicks on the map, then Ctrl+Z takes the last vertex back.
    editor->findChild<QPushButton*>(QStringLiteral("pilotDrawZone"))->click();
    ui::MapView* map = m_window->mapView();
    QCOMPARE(map->tool(), static_cast<ui::MapTool*>(m_window->zoneTool()));
    const QPoint centre = map->rect().center();
    const QList<QPoint> square{centre + QPoint(-80, -60), centre + QPoint(80, -60), centre + QPoint(80, 60),
                               centre + QPoint(-80, 60)};
    for (const QPoint& p : square)
        QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, p);
    QCOMPARE(editor->zone().size(), std::size_t(1));
    QCOMPARE(editor->zone().front().size(), std::size_t(4));
    map->setFocus();
    QTest::keyClick(map, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->zone().front().size(), std::size_t(3));
    // A vertex above the first one: the edge to it crosses the first edge. Save refuses the
    // outline and says why; one Ctrl+Z and the triangle saves.
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, centre + QPoint(-80, -100));
    QCOMPARE(editor->zone().front().size(), std::size_t(4));
    QVERIFY(!m_window->zoneTool()->isValid());
    QVERIFY(!editor->save());
    QVERIFY(editor->errorText().contains(QStringLiteral("crosses")));
    QVERIFY(m_store->pilots().empty());
    QTest::keyClick(map, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(m_window->zoneTool()->isValid());
    QCOMPARE(editor->zone().front().size(), std::size_t(3));
    QVERIFY2(editor->save(), qPrintable(editor->errorText()));
    QCOMPARE(map->tool(), nullptr); // saving ends the drawing
    const auto made = m_store->pilots();
    QCOMPARE(made.size(), std::size_t(1));
    QCOMPARE(made.front().fields.title, std::string("Quiet streets"));
    QCOMPARE(made.front().fields.problemIds, std::vector<std::string>{problems.front().id});

    // On the board, in the Proposed column, and on the map.
    ui::PilotsPanel* board = m_window->pilotsPanel();
    QTRY_VERIFY(board->cardOf(QString::fromStdString(made.front().id)));
    auto* proposed = board->findChild<QListWidget*>(QStringLiteral("pilotsColumnproposed"));
    QCOMPARE(proposed->count(), 1);
    QVERIFY(proposed->item(0)->text().contains(QStringLiteral("Quiet streets")));
    QTRY_COMPARE(m_window->zoneLayer()->pilots().size(), std::size_t(1));

    // The detail moves it on; each move is an entry of its history.
    m_window->openPilot(QString::fromStdString(made.front().id));
    ui::PilotDetail* detail = m_window->pilotDetail();
    QVERIFY(detail && detail->isVisible());
    QVERIFY(!detail->movePhase(pilots::PilotPhase::Running, QStringLiteral("too early")));
    QVERIFY(detail->movePhase(pilots::PilotPhase::Selected, QStringLiteral("chosen with the school")));
    QVERIFY(detail->movePhase(pilots::PilotPhase::Running, QStringLiteral("started")));
    QCOMPARE(detail->findChild<QListWidget*>(QStringLiteral("pilotDetailHistory"))->count(), 3);
    QTRY_COMPARE(board->findChild<QListWidget*>(QStringLiteral("pilotsColumnrunning"))->count(), 1);
    QCOMPARE(proposed->count(), 0);

    // Testers join and say how it goes.
    QVERIFY(!detail->addFeedback(QStringLiteral("Quieter"), 4)); // not a tester yet
    detail->findChild<QPushButton*>(QStringLiteral("pilotDetailJoin"))->click();
    QVERIFY(m_store->isPilotTester(made.front().id));
    QVERIFY(detail->addFeedback(QStringLiteral("Quieter mornings at the gate"), 4));
    auto* feedback = detail->findChild<QListWidget*>(QStringLiteral("pilotDetailFeedback"));
    QCOMPARE(feedback->count(), 1);
    QVERIFY(feedback->item(0)->text().contains(QStringLiteral("Quieter mornings at the gate")));
}

void TestPilotBoard::runningPilotShowsItsEvidence()
{
    std::vector<core::Problem> problems;
    QVERIFY(m_store->forEachProblem([&](const core::Problem& p) { problems.push_back(p); }).ok());
    pilots::PilotFields f;
    f.title = "Clean-air school streets";
    f.problemIds = {problems.front().id};
    f.zone = {{{36.342, 127.375}, {36.342, 127.394}, {36.358, 127.394}, {36.358, 127.375}}};
    const auto today =
        std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now() + std::chrono::hours(9));
    f.start = pilots::Date{today - std::chrono::days{30}};
    f.end = pilots::Date{today + std::chrono::days{60}};
    f.goals = {pilots::Goal{
        pilots::GoalQuantity::Pm25, {}, pilots::GoalStatistic::Mean24h, pilots::GoalDirection::Decrease, 10}};
    QVERIFY(pilots::writeDemoPilotReadings(*m_store, f.zone, f.start, 30, -20, 7).ok());
    auto made = m_store->createPilot(f);
    QVERIFY(made.ok());
    QVERIFY(m_store->setPilotPhase(made->id, pilots::PilotPhase::Selected, {}).ok());
    QVERIFY(m_store->setPilotPhase(made->id, pilots::PilotPhase::Running, {}).ok());
    m_window->openPilot(QString::fromStdString(made->id));
    const QStringList texts = m_window->pilotDetail()->evaluationTexts();
    QCOMPARE(texts.size(), 1);
    QVERIFY2(texts.front().contains(QStringLiteral("95 %")) && texts.front().contains(QStringLiteral("met")),
             qPrintable(texts.front()));
    QVERIFY2(!texts.front().contains(QStringLiteral("not enough data")), qPrintable(texts.front()));
}

void TestPilotBoard::aRefusedPilotSaysSo()
{
    std::vector<core::Problem> problems;
    QVERIFY(m_store->forEachProblem([&](const core::Problem& p) { problems.push_back(p); }).ok());
    pilots::PilotFields f;
    f.title = "Quiet school streets";
    f.problemIds = {problems.front().id};
    f.zone = {{{36.342, 127.375}, {36.342, 127.394}, {36.358, 127.394}, {36.358, 127.375}}};
    f.start = pilots::Date{std::chrono::sys_days{std::chrono::year{2027} / 3 / 1}};
    f.end = pilots::Date{std::chrono::sys_days{std::chrono::year{2027} / 6 / 30}};
    f.goals = {pilots::Goal{
        pilots::GoalQuantity::Pm25, {}, pilots::GoalStatistic::Mean24h, pilots::GoalDirection::Decrease, 10}};
    auto made = m_store->createPilot(f);
    QVERIFY2(made, made ? "" : made.error().toString().c_str());
    const QString id = QString::fromStdString(made->id);
    ui::PilotsPanel* board = m_window->pilotsPanel();
    QTRY_VERIFY(board->cardOf(id));
    QVERIFY(!board->cardOf(id)->text().contains(QStringLiteral("Refused")));

    // The hub's answer refuses it: the card and the detail say so, with the field at fault.
    std::vector<core::OutboxEntry> ops;
    for (const auto& op : m_store->outbox())
        if (op.entity == "pilot")
            ops.push_back(op);
    QCOMPARE(ops.size(), std::size_t(1));
    QVERIFY(
        m_store->recordPushResults(ops, test::answersTo(ops, core::sync::OpStatus::Rejected, "invalid_field",
                                                        "problem_ids[0]: the hub has no such problem")));
    QTRY_VERIFY(board->cardOf(id)->text().contains(QStringLiteral("Refused by the hub")));
    QVERIFY(board->cardOf(id)->toolTip().contains(QStringLiteral("Problems")));
    m_window->openPilot(id);
    ui::PilotDetail* detail = m_window->pilotDetail();
    QVERIFY(detail && detail->isVisible());
    bool said = false;
    for (const QLabel* label : detail->findChildren<QLabel*>())
        said = said || (label->text().contains(QStringLiteral("Refused by the hub")) &&
                        label->text().contains(QStringLiteral("Problems")));
    QVERIFY(said);
    // Its proposal, made here, is not said to be on its way.
    auto* history = detail->findChild<QListWidget*>(QStringLiteral("pilotDetailHistory"));
    QVERIFY(history);
    QCOMPARE(history->count(), 1);
    QVERIFY(history->item(0)->text().contains(QStringLiteral("(refused by the hub)")));
    QVERIFY(!history->item(0)->text().contains(QStringLiteral("not yet sent")));
}

QTEST_MAIN(TestPilotBoard)
#include "test_pilot_board.moc"
