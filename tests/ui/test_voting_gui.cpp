// A resident casts a budget ballot through the app against a real balgul-hub, offscreen: the round
// the coordinator opened arrives with a sync, the Voting dock's "Vote…" opens the ballot, two pilots
// are ticked with the keyboard (a third no longer fits and is disabled), "Cast ballot" queues it,
// and after the next sync the round view says the hub counted it and shows its receipt. Once the
// coordinator closes the round, the results view verifies the resident's ballot and the tally.
// A coordinator opens a round for the accounts of one invite through the round dialog, typing the
// invite's id; the hub keeps the round with it.

#include "../hub/hub_process.h"
#include "../support/test_support.h"

#include "core/store/store.h"
#include "core/sync/sync_engine.h"
#include "ui/main_window.h"
#include "ui/pilots/pilots_panel.h"
#include "ui/settings.h"
#include "ui/voting/ballot_dialog.h"
#include "ui/voting/results_view.h"
#include "ui/voting/round_dialog.h"
#include "ui/voting/voting_panel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace balgul;
using balgul::test::toStd;
namespace voting = core::voting;

class TestVotingGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void castABudgetBallotAndSeeTheReceipt();
    void openARoundForOneInvitesAccounts();

private:
    std::string url() const { return "http://127.0.0.1:" + std::to_string(m_hub->port()); }
    std::unique_ptr<core::Store> openProfile(const QString& name, const std::string& login,
                                             std::string& token);
    bool sync(core::Store& store, const std::string& token);

    QTemporaryDir m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
};

void TestVotingGui::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QDir().mkpath(m_dir.filePath(QStringLiteral("hub")));
    m_hub = std::make_unique<test::HubProcess>(m_dir.filePath(QStringLiteral("hub")));
    QVERIFY2(m_hub->start(), "balgul-hub did not start");
    QVERIFY(m_hub->addUser(QStringLiteral("minji"), QStringLiteral("citizen")));
    QVERIFY(m_hub->addUser(QStringLiteral("lab"), QStringLiteral("coordinator")));
}

void TestVotingGui::cleanupTestCase()
{
    if (m_hub)
        QCOMPARE(m_hub->stop(), 0);
}

std::unique_ptr<core::Store> TestVotingGui::openProfile(const QString& name, const std::string& login,
                                                        std::string& token)
{
    core::StoreOptions options;
    options.userName = login;
    auto store = core::Store::open(toStd(m_dir.filePath(name + QStringLiteral("/balgul.sqlite"))), options);
    if (!store)
        return {};
    auto answer = core::sync::SyncEngine::login(url(), login, "correct horse");
    if (!answer)
        return {};
    token = answer->token;
    if (!(*store)->setSyncValue("hub_user_id", answer->userId) ||
        !(*store)->setSyncValue("hub_role", answer->role) || !(*store)->setSyncValue("hub_url", url()))
        return {};
    return std::move(*store);
}

bool TestVotingGui::sync(core::Store& store, const std::string& token)
{
    core::sync::SyncEngine engine(store, core::sync::HubEndpoint{url(), token, true, 30});
    auto report = engine.syncOnce();
    if (!report)
        qWarning() << report.error().toString().c_str();
    return report.ok();
}

void TestVotingGui::castABudgetBallotAndSeeTheReceipt()
{
    // The coordinator: three pilots in the voting phase and a budget round of 45 million won.
    std::string labToken;
    auto lab = openProfile(QStringLiteral("lab"), "lab", labToken);
    QVERIFY(lab);
    core::Problem problem;
    problem.title = "Dust on the school road";
    problem.category = "air";
    problem.lat = 36.35;
    problem.lon = 127.38;
    auto made = lab->createProblem(problem);
    QVERIFY(made);
    std::vector<std::string> pilots;
    for (const std::int64_t cost : {12000000, 20000000, 30000000}) {
        core::pilots::PilotFields f;
        f.title = "Pilot costing " + std::to_string(cost / 1000000) + " million";
        f.problemIds = {made->id};
        f.zone = {{{36.35, 127.38}, {36.35, 127.39}, {36.36, 127.39}, {36.36, 127.38}}};
        f.start = *core::pilots::parseDate("2027-03-01");
        f.end = *core::pilots::parseDate("2027-08-31");
        f.costKrw = cost;
        f.goals = {core::pilots::Goal{}};
        auto pilot = lab->createPilot(f);
        QVERIFY2(pilot, pilot ? "" : pilot.error().toString().c_str());
        QVERIFY(lab->setPilotPhase(pilot->id, core::pilots::PilotPhase::Voting, {}));
        pilots.push_back(pilot->id);
    }
    voting::RoundDraft draft;
    draft.title = "Which pilots go ahead in 2027";
    draft.pilotIds = pilots;
    draft.ballot.type = voting::BallotType::BudgetApproval;
    draft.budget = 45000000;
    draft.opens = core::now() - std::chrono::minutes(1);
    draft.closes = core::now() + std::chrono::hours(2);
    auto round = lab->createRound(draft);
    QVERIFY2(round, round ? "" : round.error().toString().c_str());
    const QString roundId = QString::fromStdString(round->info.id);
    QVERIFY(sync(*lab, labToken));

    // The resident's app, after a sync.
    std::string minjiToken;
    auto minji = openProfile(QStringLiteral("minji"), "minji", minjiToken);
    QVERIFY(minji);
    QVERIFY(sync(*minji, minjiToken));
    ui::Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
    settings.setTileKind(QStringLiteral("none"));
    ui::MainWindow window(*minji, settings);
    window.resize(1300, 850);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showRound(roundId);
    ui::VotingPanel* panel = window.votingPanel();
    QVERIFY(panel);
    QTRY_COMPARE(panel->selectedRound(), roundId);
    auto* vote = panel->findChild<QPushButton*>(QStringLiteral("roundViewVote"));
    QVERIFY(vote && vote->isVisible() && vote->isEnabled());
    vote->click();
    ui::BallotDialog* dialog = window.ballotDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    // 12 + 30 million with the keyboard: then the 20 million pilot no longer fits.
    auto* first = dialog->findChild<QCheckBox*>(QStringLiteral("ballotChoice0"));
    auto* second = dialog->findChild<QCheckBox*>(QStringLiteral("ballotChoice1"));
    auto* third = dialog->findChild<QCheckBox*>(QStringLiteral("ballotChoice2"));
    QVERIFY(first && second && third);
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Space);
    third->setFocus();
    QTest::keyClick(third, Qt::Key_Space);
    QVERIFY(first->isChecked() && third->isChecked());
    QVERIFY(!second->isEnabled());
    auto* cast = dialog->findChild<QPushButton*>(QStringLiteral("ballotCast"));
    QVERIFY(cast && cast->isEnabled());
    cast->click();
    QTRY_VERIFY(!window.ballotDialog() || !window.ballotDialog()->isVisible());

    const auto pending = minji->myBallot(toStd(roundId));
    QVERIFY(pending);
    QVERIFY(pending->state == voting::BallotState::Pending);
    QCOMPARE(pending->ballot.choices.size(), std::size_t(2));

    // The next sync: the hub counts it, and the round view says so with its receipt.
    QVERIFY(sync(*minji, minjiToken));
    const auto counted = minji->myBallot(toStd(roundId));
    QVERIFY(counted->state == voting::BallotState::Accepted);
    auto* receipt = panel->findChild<QLabel*>(QStringLiteral("roundViewReceipt"));
    QVERIFY(receipt);
    QTRY_VERIFY2(receipt->text().contains(QString::fromStdString(counted->receipt.substr(0, 8))),
                 qPrintable(receipt->text()));
    QTRY_VERIFY2(panel->roundLine(roundId).contains(QStringLiteral("counted")),
                 qPrintable(panel->roundLine(roundId)));

    // The resident's board offers no closing; the coordinator's does, and closes it from there.
    QVERIFY(window.pilotsPanel());
    QVERIFY(!window.pilotsPanel()
                 ->findChild<QPushButton*>(QStringLiteral("pilotsCloseRound"))
                 ->isVisibleTo(window.pilotsPanel()));
    {
        ui::MainWindow labWindow(*lab, settings);
        QStringList asked;
        labWindow.setConfirmation([&](const QString&, const QString& question) {
            asked << question;
            return true;
        });
        ui::PilotsPanel* board = labWindow.pilotsPanel();
        QVERIFY(board);
        auto* close = board->findChild<QPushButton*>(QStringLiteral("pilotsCloseRound"));
        QVERIFY(close && close->isVisibleTo(board));
        QCOMPARE(close->text(), QStringLiteral("Close “Which pilots go ahead in 2027”…"));
        close->click();
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.front().contains(QStringLiteral("No more ballots")));
        QVERIFY(lab->round(round->info.id)->stateAt(core::now()) == voting::RoundState::Closed);
        QTRY_VERIFY(!close->isVisibleTo(board)); // no round open any more
    }
    // The results arrive with the next sync and verify.
    QVERIFY(sync(*lab, labToken));
    QVERIFY(sync(*minji, minjiToken));
    QVERIFY(minji->roundResults(toStd(roundId)));
    ui::ResultsView* results = panel->resultsView();
    QVERIFY(results);
    QTRY_VERIFY(results->isVisible());
    auto* verifyMine = results->findChild<QPushButton*>(QStringLiteral("resultsVerifyBallot"));
    auto* verifyTally = results->findChild<QPushButton*>(QStringLiteral("resultsVerifyTally"));
    auto* outcome = results->findChild<QLabel*>(QStringLiteral("resultsCheck"));
    QVERIFY(verifyMine && verifyTally && outcome);
    verifyMine->click();
    QTRY_VERIFY2(outcome->text().contains(QStringLiteral("published list with the choices you cast")),
                 qPrintable(outcome->text()));
    verifyTally->click();
    QTRY_VERIFY2(outcome->text().contains(QStringLiteral("follows from")), qPrintable(outcome->text()));
}

void TestVotingGui::openARoundForOneInvitesAccounts()
{
    QByteArray code;
    QCOMPARE(m_hub->adminCommand(
                 QStringLiteral("invite"),
                 {QStringLiteral("create"), QStringLiteral("--note"), QStringLiteral("유성 발굴단")}, {},
                 &code),
             0);
    const std::string invite = m_hub->storeQuery("SELECT id FROM invites ORDER BY created DESC LIMIT 1");
    QCOMPARE(invite.size(), std::size_t(8));

    std::string labToken;
    auto lab = openProfile(QStringLiteral("lab"), "lab", labToken);
    QVERIFY(lab);
    QVERIFY(sync(*lab, labToken)); // the pilots in the voting phase, from the first test or the hub
    ui::RoundDialog dialog(*lab);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("roundTitle"));
    auto* voters = dialog.findChild<QComboBox*>(QStringLiteral("roundVoters"));
    auto* inviteEdit = dialog.findChild<QLineEdit*>(QStringLiteral("roundInvite"));
    auto* create = dialog.findChild<QPushButton*>(QStringLiteral("roundCreate"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("roundMessage"));
    auto* budget = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("roundBudget"));
    QVERIFY(title && voters && inviteEdit && create && message && budget);
    QVERIFY(!inviteEdit->isVisible());                    // every resident, by default
    title->setText(QStringLiteral("유성 발굴단의 투표")); // keyClicks types ASCII only
    budget->setValue(45000000);
    QVERIFY(create->isEnabled());

    // Those who joined with an invite: the id is asked for, and checked as typed.
    voters->setFocus();
    QTest::keyClick(voters, Qt::Key_Down);
    QCOMPARE(voters->currentIndex(), 1);
    QVERIFY(inviteEdit->isVisible());
    QVERIFY(!create->isEnabled());
    QTest::keyClicks(inviteEdit, QStringLiteral("xyz"));
    QVERIFY(!create->isEnabled());
    QVERIFY2(message->text().contains(QStringLiteral("eight")), qPrintable(message->text()));
    inviteEdit->clear();
    QTest::keyClicks(inviteEdit, QString::fromStdString(invite).toUpper());
    QVERIFY2(create->isEnabled(), qPrintable(message->text()));
    QCOMPARE(dialog.draft().eligibleInvite, invite);
    QSignalSpy made(&dialog, &ui::RoundDialog::created);
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(made.count(), 1);
    QVERIFY(sync(*lab, labToken));
    const std::string roundId = toStd(made.first().first().toString());
    QCOMPARE(m_hub->storeQuery("SELECT count(*) FROM entities WHERE entity = 'round' AND id = '" + roundId +
                               "' AND fields LIKE '%\"eligible_invite\":\"" + invite + "\"%'"),
             std::string("1"));

    // An invite the hub does not have: the hub refuses the round, and its view says so and why.
    auto draft = dialog.draft();
    draft.eligibleInvite = "0000abcd";
    draft.opens = core::now() - std::chrono::minutes(1); // open by the clock, but never on the hub
    auto refused = lab->createRound(draft);
    QVERIFY(refused);
    QVERIFY(sync(*lab, labToken));
    const auto kept = lab->round(refused->info.id);
    QVERIFY(kept);
    QCOMPARE(kept->refusalCode, std::string("invalid_field"));
    QVERIFY2(kept->refusalMessage.rfind("eligible_invite:", 0) == 0, kept->refusalMessage.c_str());
    ui::VotingPanel panel(*lab);
    panel.show();
    panel.setSelectedRound(QString::fromStdString(refused->info.id));
    auto* facts = panel.findChild<QLabel*>(QStringLiteral("roundViewFacts"));
    QVERIFY(facts);
    QVERIFY2(facts->text().contains(QStringLiteral("refused by the hub")) &&
                 facts->text().contains(QStringLiteral("Who may vote")),
             qPrintable(facts->text()));
    // The pilots board offers no closing of it (the accepted round opens in a minute).
    ui::PilotsPanel board(*lab);
    board.setCanOpenRound(true);
    auto* close = board.findChild<QPushButton*>(QStringLiteral("pilotsCloseRound"));
    QVERIFY(close);
    QVERIFY(close->isHidden());
}

QTEST_MAIN(TestVotingGui)
#include "test_voting_gui.moc"
