// A voting round end to end, with a real hub and three client stores: the coordinator opens a
// budget round on three pilots; one resident votes offline and syncs later, another changes their
// ballot; a ballot cast after the hub closed the round is refused with its reason while the one
// counted before stays; every client fetches the published answer, whose tally and root follow from
// its ballots and which holds each voter's receipt as cast; `balgul-cli round verify` says so from
// the hub's public answers (docs/voting.md).

#include "../support/test_support.h"
#include "sync_fixture.h"

#include "core/voting/round_json.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace balgul;
using balgul::test::Client;
namespace voting = balgul::core::voting;

class TestVotingSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    Client m_lab;
    Client m_minji;
    Client m_jun;
    std::string m_url;
    std::vector<std::string> m_pilots;
    std::string m_round;

    void sync(Client& c)
    {
        auto r = c.sync(m_url);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().toString().c_str());
    }

    voting::Ballot approve(std::initializer_list<std::size_t> which)
    {
        voting::Ballot b;
        for (const std::size_t i : which)
            b.choices.push_back({m_pilots.at(i), 1});
        return b;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir().mkpath(m_dir.path() + QStringLiteral("/hub"));
        m_hub = std::make_unique<test::HubProcess>(m_dir.path() + QStringLiteral("/hub"));
        QVERIFY(m_hub->addUser(QStringLiteral("lab"), QStringLiteral("coordinator")));
        QVERIFY(m_hub->addUser(QStringLiteral("minji"), QStringLiteral("citizen")));
        QVERIFY(m_hub->addUser(QStringLiteral("jun"), QStringLiteral("citizen")));
        QVERIFY(m_hub->start());
        m_url = test::hubUrl(*m_hub);
        const std::string dir = test::toStd(m_dir.path());
        QVERIFY(test::makeClient(m_lab, dir + "/lab/balgul.sqlite", "lab", *m_hub));
        QVERIFY(test::makeClient(m_minji, dir + "/minji/balgul.sqlite", "minji", *m_hub));
        QVERIFY(test::makeClient(m_jun, dir + "/jun/balgul.sqlite", "jun", *m_hub));
        QVERIFY(m_lab.store->setSyncValue("hub_role", "coordinator"));

        core::Problem p;
        p.title = "Dust on the school road";
        p.category = "air";
        p.lat = 36.35;
        p.lon = 127.38;
        auto problem = m_lab.store->createProblem(p);
        QVERIFY(problem);
        for (const std::int64_t cost : {12000000, 20000000, 30000000}) {
            core::pilots::PilotFields f;
            f.title = "Pilot costing " + std::to_string(cost / 1000000) + " million";
            f.problemIds = {problem->id};
            f.zone = {{{36.35, 127.38}, {36.35, 127.39}, {36.36, 127.39}, {36.36, 127.38}}};
            f.start = *core::pilots::parseDate("2027-03-01");
            f.end = *core::pilots::parseDate("2027-08-31");
            f.costKrw = cost;
            f.goals = {core::pilots::Goal{}};
            auto pilot = m_lab.store->createPilot(f);
            QVERIFY2(pilot, pilot ? "" : pilot.error().toString().c_str());
            QVERIFY(m_lab.store->setPilotPhase(pilot->id, core::pilots::PilotPhase::Voting, "to the vote"));
            m_pilots.push_back(pilot->id);
        }
        sync(m_lab);
    }

    void cleanupTestCase()
    {
        if (m_hub)
            QCOMPARE(m_hub->stop(), 0);
    }

    void aCoordinatorOpensABudgetRound()
    {
        voting::RoundDraft d;
        d.title = "Which pilots go ahead in 2027";
        d.pilotIds = m_pilots;
        d.ballot.type = voting::BallotType::BudgetApproval;
        d.rule = voting::Rule::Greedy;
        d.budget = 45000000;
        d.opens = core::now() - std::chrono::minutes(1);
        d.closes = core::now() + std::chrono::hours(1);
        // A resident cannot: their profile says so before the hub would.
        QVERIFY(m_minji.store->setSyncValue("hub_role", "citizen"));
        QCOMPARE(m_minji.store->createRound(d).error().code, std::string("forbidden"));
        auto round = m_lab.store->createRound(d);
        QVERIFY2(round, round ? "" : round.error().toString().c_str());
        QVERIFY(round->pending);
        m_round = round->info.id;
        sync(m_lab);
        QVERIFY(!m_lab.store->round(m_round)->pending);
        QCOMPARE(test::hubCount(*m_hub, "SELECT count(*) FROM entities WHERE entity = 'round'"),
                 std::int64_t(1));
        sync(m_minji);
        sync(m_jun);
        const auto seen = m_jun.store->round(m_round);
        QVERIFY(seen);
        QCOMPARE(seen->info.round.projects.size(), std::size_t(3));
        QCOMPARE(seen->info.round.projects[1].cost, std::int64_t(20000000));
        QVERIFY(seen->stateAt(core::now()) == voting::RoundState::Open);
    }

    void residentsVoteOneOfflineOneChangingTheirMind()
    {
        // Checked here first: over the budget never leaves the computer.
        QCOMPARE(m_minji.store->castBallot(m_round, approve({0, 1, 2})).error().code,
                 std::string("invalid_ballot"));
        auto offline = m_minji.store->castBallot(m_round, approve({0, 2}));
        QVERIFY(offline);
        QVERIFY(offline->state == voting::BallotState::Pending);
        QCOMPARE(offline->receipt, voting::ballotReceipt(m_round, offline->choices, offline->secret));

        QVERIFY(m_jun.store->castBallot(m_round, approve({0})));
        sync(m_jun);
        QVERIFY(m_jun.store->myBallot(m_round)->state == voting::BallotState::Accepted);
        auto changed = m_jun.store->castBallot(m_round, approve({1, 0}));
        QVERIFY(changed);
        sync(m_jun);
        const auto jun = m_jun.store->myBallot(m_round);
        QVERIFY(jun->state == voting::BallotState::Accepted);
        QCOMPARE(jun->acceptedReceipt, changed->receipt);

        sync(m_minji); // back online
        QVERIFY(m_minji.store->myBallot(m_round)->state == voting::BallotState::Accepted);
        QCOMPARE(test::hubCount(*m_hub, "SELECT count(*) FROM entities WHERE entity = 'ballot'"),
                 std::int64_t(2));
        // The coordinator's pull brings no one's ballot.
        sync(m_lab);
        QVERIFY(!m_lab.store->myBallot(m_round));
    }

    void aBallotAfterTheHubClosedTheRoundIsRefused()
    {
        QVERIFY(m_lab.store->closeRound(m_round));
        sync(m_lab);
        const auto counted = m_minji.store->myBallot(m_round);
        // Minji has not synced since: her computer still thinks the round is open.
        auto late = m_minji.store->castBallot(m_round, approve({1}));
        QVERIFY(late);
        sync(m_minji);
        const auto mine = m_minji.store->myBallot(m_round);
        QVERIFY(mine->state == voting::BallotState::Refused);
        QCOMPARE(mine->refusalCode, std::string("round_closed"));
        QCOMPARE(mine->acceptedReceipt, counted->receipt); // the one counted before still counts
        QVERIFY(m_minji.store->round(m_round)->stateAt(core::now()) == voting::RoundState::Closed);
    }

    void everyoneReadsAndVerifiesTheResults()
    {
        for (Client* c : {&m_lab, &m_minji, &m_jun})
            sync(*c);
        for (Client* c : {&m_lab, &m_minji, &m_jun}) {
            const auto json = c->store->roundResults(m_round);
            QVERIFY(json);
            auto published = voting::parsePublishedResults(*json);
            QVERIFY2(published, published ? "" : published.error().message.c_str());
            QCOMPARE(published->ballots.size(), std::size_t(2));
            QVERIFY(voting::verifyPublished(*published).problems.empty());
            // Greedy over 45 million: the 12 million pilot (two votes), then 20 (one) and 30 (one)
            // tie on score, the lower cost first: 12 + 20; 30 no longer fits.
            QCOMPARE(published->selected, (std::vector<std::string>{m_pilots[0], m_pilots[1]}));
        }
        for (Client* c : {&m_minji, &m_jun}) {
            const auto mine = c->store->myBallot(m_round);
            auto published = voting::parsePublishedResults(*c->store->roundResults(m_round));
            const auto check =
                voting::checkInclusion(*published, mine->acceptedReceipt, mine->acceptedChoices);
            QVERIFY(check.found && check.sameChoices && check.proofHolds);
        }
        QByteArray out;
        const int code = test::runCli(
            {QStringLiteral("--store"),
             QString::fromStdString(test::toStd(m_dir.path()) + "/minji/balgul.sqlite"),
             QStringLiteral("round"), QStringLiteral("verify"), QString::fromStdString(m_round.substr(0, 8))},
            {}, &out);
        QVERIFY2(code == 0, out.constData());
        QVERIFY2(out.contains("The tally follows from the published ballots"), out.constData());
        QVERIFY2(out.contains("is in the published list with the choices you cast"), out.constData());
        QVERIFY2(out.contains("not coercion-resistant"), out.constData());

        // `round show` names the ballot's choices, one after another.
        out.clear();
        QCOMPARE(test::runCli({QStringLiteral("--store"),
                               QString::fromStdString(test::toStd(m_dir.path()) + "/minji/balgul.sqlite"),
                               QStringLiteral("round"), QStringLiteral("show"),
                               QString::fromStdString(m_round.substr(0, 8))},
                              {}, &out),
                 0);
        const auto at = out.indexOf("Your ballot: ");
        QVERIFY2(at >= 0, out.constData());
        const QByteArray line = out.mid(at, out.indexOf('\n', at) - at);
        QVERIFY2(line.size() > 13 && !line.endsWith("; ") && !line.endsWith(';'), line.constData());
    }
};

QTEST_GUILESS_MAIN(TestVotingSync)
#include "test_voting_sync.moc"
