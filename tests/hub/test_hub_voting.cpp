// Voting rounds on a real balgul-hub, from hand-written pushes: only staff open and close rounds,
// the hub fixes the candidates' costs from the pilots, a ballot is taken only inside the round's
// time by the hub's clock, within its rules and from its eligible accounts (a named group, one
// invite's accounts), one ballot per account and round whatever arrives
// at once (two hub processes on one store), the latest counts, a ballot goes back only to its voter,
// and the published answer holds no voter and lets anyone recompute the tally and each voter find
// their receipt.

#include "hub_process.h"

#include "core/pilots/pilot_json.h"
#include "core/util/ids.h"
#include "core/util/time.h"
#include "core/voting/receipt.h"
#include "core/voting/round_json.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <QObject>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

using namespace balgul;
using core::sync::OpKind;
using core::sync::OpStatus;

namespace {

std::string isoIn(std::chrono::minutes offset)
{
    return core::toIso8601(core::now() + offset);
}

} // namespace

class TestHubVoting : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    std::string m_minji;
    std::string m_jun;
    std::string m_lab;
    std::string m_minjiId;
    std::string m_junId;
    std::string m_problem;
    std::vector<std::string> m_pilots; ///< in the voting phase, costing 12, 20 and 30 million won
    std::string m_proposed;            ///< a pilot still proposed

    test::HubProcess& hub() { return *m_hub; }

    static core::sync::Op op(const std::string& entity, const std::string& id, std::int64_t base,
                             const Poco::JSON::Object::Ptr& fields, OpKind kind = OpKind::Upsert)
    {
        auto o = test::makeOp(core::newUuidV7(), entity, id, base, "{}", kind);
        o.fields = fields ? fields : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
        return o;
    }

    std::string pushOne(const std::string& token, const core::sync::Op& o,
                        core::sync::PushResult* out = nullptr, test::HubProcess* to = nullptr)
    {
        const auto r = (to ? *to : hub()).push(token, {o}, "client-" + token.substr(0, 8));
        if (r.size() != 1)
            return "no answer";
        if (out)
            *out = r[0];
        return r[0].status == OpStatus::Rejected ? r[0].code : std::string(core::sync::toString(r[0].status));
    }

    std::string newPilot(std::int64_t cost, bool toVoting)
    {
        core::pilots::PilotFields pilot;
        pilot.title = "Pilot costing " + std::to_string(cost);
        pilot.problemIds = {m_problem};
        pilot.zone = {{{36.35, 127.38}, {36.35, 127.39}, {36.36, 127.39}, {36.36, 127.38}}};
        pilot.start = *core::pilots::parseDate("2027-03-01");
        pilot.end = *core::pilots::parseDate("2027-08-31");
        pilot.costKrw = cost;
        pilot.goals = {core::pilots::Goal{}};
        const std::string id = core::newUuidV7();
        core::sync::PushResult r;
        if (pushOne(m_lab, op("pilot", id, 0, core::pilots::pilotSyncFields(pilot)), &r) != "applied")
            return {};
        if (toVoting) {
            Poco::JSON::Object::Ptr phase = new Poco::JSON::Object;
            phase->set("phase", std::string("voting"));
            if (pushOne(m_lab, op("pilot", id, r.version, phase)) != "applied")
                return {};
        }
        return id;
    }

    Poco::JSON::Object::Ptr roundFields(const std::string& type = "budget-approval",
                                        const std::string& rule = "greedy")
    {
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
        o->set("title", std::string("Which pilots go ahead in 2027"));
        Poco::JSON::Array::Ptr ids = new Poco::JSON::Array;
        for (const auto& id : m_pilots)
            ids->add(id);
        o->set("pilot_ids", ids);
        o->set("ballot_type", type);
        o->set("rule", rule);
        o->set("budget", Poco::Int64(45000000));
        o->set("opens", isoIn(std::chrono::minutes(-1)));
        o->set("closes", isoIn(std::chrono::minutes(60)));
        return o;
    }

    /// Opens a round as the coordinator; its id and version ("" on failure).
    std::pair<std::string, std::int64_t> openRound(const Poco::JSON::Object::Ptr& fields)
    {
        const std::string id = core::newUuidV7();
        core::sync::PushResult r;
        if (pushOne(m_lab, op("round", id, 0, fields), &r) != "applied")
            return {};
        return {id, r.version};
    }

    bool closeRound(const std::string& id, std::int64_t version)
    {
        Poco::JSON::Object::Ptr close = new Poco::JSON::Object;
        close->set("closes", isoIn(std::chrono::minutes(-5))); // any time past: now, by the hub's clock
        return pushOne(m_lab, op("round", id, version, close)) == "applied";
    }

    struct Cast
    {
        std::string choices;
        std::string secret;
        std::string receipt;
    };

    static Cast castFor(const std::string& roundId, const core::voting::Ballot& ballot)
    {
        Cast c;
        c.choices = core::voting::canonicalChoices(ballot);
        c.secret = core::voting::newBallotSecret();
        c.receipt = core::voting::ballotReceipt(roundId, c.choices, c.secret);
        return c;
    }

    static core::sync::Op ballotOp(const std::string& roundId, const Cast& cast)
    {
        Poco::JSON::Object::Ptr f = new Poco::JSON::Object;
        f->set("choices", cast.choices);
        f->set("receipt", cast.receipt);
        return op("ballot", roundId, 0, f);
    }

    core::voting::Ballot approve(std::initializer_list<std::size_t> pilots)
    {
        core::voting::Ballot b;
        for (const std::size_t i : pilots)
            b.choices.push_back({m_pilots.at(i), 1});
        return b;
    }

    std::string results(const std::string& roundId, int* status = nullptr)
    {
        const auto reply = hub().request("GET", "/v1/rounds/" + roundId + "/results");
        if (status)
            *status = reply.status;
        return reply.body;
    }

    std::string storedBallots(const std::string& roundId)
    {
        return hub().storeQuery("SELECT count(*) FROM entities WHERE entity = 'ballot' AND id LIKE '" +
                                roundId +
                                ":%' AND deleted = " + (hub().database().isEmpty() ? "0" : "false"));
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_hub = std::make_unique<test::HubProcess>(m_dir->path());
        QVERIFY2(m_hub->start(), "balgul-hub did not start");
        QVERIFY(hub().addUser(QStringLiteral("minji"), QStringLiteral("citizen")));
        QVERIFY(hub().addUser(QStringLiteral("jun"), QStringLiteral("citizen")));
        QVERIFY(hub().addUser(QStringLiteral("lab"), QStringLiteral("coordinator")));
        m_minji = hub().login("minji");
        m_jun = hub().login("jun");
        m_lab = hub().login("lab");
        QVERIFY(!m_minji.empty() && !m_jun.empty() && !m_lab.empty());
        m_minjiId = hub().storeQuery("SELECT id FROM users WHERE login = 'minji'");
        m_junId = hub().storeQuery("SELECT id FROM users WHERE login = 'jun'");
        m_problem = core::newUuid();
        QCOMPARE(
            pushOne(m_minji, test::makeOp(core::newUuidV7(), "problem", m_problem, 0, test::problemFields())),
            std::string("applied"));
        for (const std::int64_t cost : {12000000, 20000000, 30000000})
            m_pilots.push_back(newPilot(cost, true));
        m_proposed = newPilot(5000000, false);
        for (const auto& id : m_pilots)
            QVERIFY(!id.empty());
        QVERIFY(!m_proposed.empty());
    }

    void onlyStaffOpenAndCloseRounds()
    {
        QCOMPARE(pushOne(m_minji, op("round", core::newUuidV7(), 0, roundFields())),
                 std::string("forbidden"));
        const auto [id, version] = openRound(roundFields());
        QVERIFY(!id.empty());
        Poco::JSON::Object::Ptr close = new Poco::JSON::Object;
        close->set("closes", isoIn(std::chrono::minutes(-1)));
        QCOMPARE(pushOne(m_minji, op("round", id, version, close)), std::string("forbidden"));
        QCOMPARE(pushOne(m_jun, op("round", id, version, {}, OpKind::Delete)), std::string("forbidden"));
        // Open: its rules are fixed; it is not deleted, only closed.
        Poco::JSON::Object::Ptr budget = new Poco::JSON::Object;
        budget->set("budget", Poco::Int64(90000000));
        QCOMPARE(pushOne(m_lab, op("round", id, version, budget)), std::string("forbidden"));
        QCOMPARE(pushOne(m_lab, op("round", id, version, {}, OpKind::Delete)), std::string("forbidden"));
        QVERIFY(closeRound(id, version));
        QCOMPARE(pushOne(m_lab, op("round", id, version, close)), std::string("round_closed"));
    }

    void theHubFixesTheCandidates()
    {
        // Only pilots in the voting phase; the costs are the pilots', whatever a client sends.
        auto fields = roundFields();
        fields->getArray("pilot_ids")->add(m_proposed);
        core::sync::PushResult r;
        QCOMPARE(pushOne(m_lab, op("round", core::newUuidV7(), 0, fields), &r), std::string("invalid_field"));
        QCOMPARE(r.message.rfind("pilot_ids[3]", 0), std::size_t(0));
        auto forged = roundFields();
        forged->set("projects", std::string("[{\"id\":\"x\",\"cost\":1}]"));
        QCOMPARE(pushOne(m_lab, op("round", core::newUuidV7(), 0, forged)), std::string("invalid_field"));
        auto bad = roundFields("cumulative");
        QCOMPARE(pushOne(m_lab, op("round", core::newUuidV7(), 0, bad), &r), std::string("invalid_field"));
        QCOMPARE(r.message.rfind("max_points", 0), std::size_t(0));

        const auto [id, version] = openRound(roundFields());
        QVERIFY(!id.empty());
        const auto reply = hub().request("GET", "/v1/rounds/" + id);
        QCOMPARE(reply.status, 200);
        auto round = core::sync::parseObject(reply.body);
        QVERIFY(round);
        QCOMPARE((*round)->getValue<std::string>("state"), std::string("open"));
        auto info = core::voting::roundFromSyncFields(id, **round);
        QVERIFY2(info, info ? "" : info.error().message.c_str());
        QCOMPARE(info->round.projects.size(), std::size_t(3));
        QCOMPARE(info->round.projects[0].cost, std::int64_t(12000000));
        QCOMPARE(info->round.projects[2].cost, std::int64_t(30000000));
        QVERIFY(info->round.projects[0].order < info->round.projects[2].order); // made first
    }

    void aBallotKeepsTheRoundsRules()
    {
        const auto [id, version] = openRound(roundFields());
        QVERIFY(!id.empty());
        core::sync::PushResult r;
        // 12 + 20 + 30 million over a budget of 45 million.
        QCOMPARE(pushOne(m_minji, ballotOp(id, castFor(id, approve({0, 1, 2}))), &r),
                 std::string("invalid_ballot"));
        QVERIFY2(r.message.find("45,000,000") != std::string::npos, r.message.c_str());
        core::voting::Ballot unknown;
        unknown.choices.push_back({core::newUuid(), 1});
        QCOMPARE(pushOne(m_minji, ballotOp(id, castFor(id, unknown))), std::string("invalid_ballot"));
        // Contents not in canonical form, or without their receipt.
        Cast spaced = castFor(id, approve({0}));
        spaced.choices.insert(1, " ");
        QCOMPARE(pushOne(m_minji, ballotOp(id, spaced)), std::string("invalid_field"));
        Poco::JSON::Object::Ptr noReceipt = new Poco::JSON::Object;
        noReceipt->set("choices", core::voting::canonicalChoices(approve({0})));
        QCOMPARE(pushOne(m_minji, op("ballot", id, 0, noReceipt)), std::string("invalid_field"));
        // A ballot for a round that does not exist, or naming another round than its key.
        QCOMPARE(pushOne(m_minji, ballotOp(core::newUuid(), castFor(id, approve({0})))),
                 std::string("not_found"));
        auto elsewhere = ballotOp(id, castFor(id, approve({0})));
        elsewhere.fields->set("round_id", core::newUuid());
        QCOMPARE(pushOne(m_minji, elsewhere), std::string("invalid_field"));
        QCOMPARE(storedBallots(id), std::string("0"));
        QCOMPARE(pushOne(m_minji, ballotOp(id, castFor(id, approve({0, 2})))), std::string("applied"));
        QCOMPARE(storedBallots(id), std::string("1"));
        (void)version;
    }

    void ballotsOnlyInsideTheRoundsTime()
    {
        auto later = roundFields();
        later->set("opens", isoIn(std::chrono::minutes(30)));
        const auto [upcoming, v1] = openRound(later);
        QVERIFY(!upcoming.empty());
        core::sync::PushResult r;
        QCOMPARE(pushOne(m_minji, ballotOp(upcoming, castFor(upcoming, approve({0}))), &r),
                 std::string("round_not_open"));
        const auto [id, version] = openRound(roundFields());
        QCOMPARE(pushOne(m_minji, ballotOp(id, castFor(id, approve({0})))), std::string("applied"));
        QVERIFY(closeRound(id, version));
        QCOMPARE(pushOne(m_jun, ballotOp(id, castFor(id, approve({1}))), &r), std::string("round_closed"));
        QVERIFY2(r.message.find("closed at") != std::string::npos, r.message.c_str());
        // Changing or withdrawing one's ballot after closing is refused too.
        QCOMPARE(pushOne(m_minji, ballotOp(id, castFor(id, approve({1})))), std::string("round_closed"));
        QCOMPARE(pushOne(m_minji, op("ballot", id, 0, {}, OpKind::Delete)), std::string("round_closed"));
        (void)v1;
    }

    void aNamedGroupOnly()
    {
        auto fields = roundFields();
        Poco::JSON::Array::Ptr group = new Poco::JSON::Array;
        group->add(m_junId);
        fields->set("eligible_accounts", group);
        const auto [id, version] = openRound(fields);
        QVERIFY(!id.empty());
        QCOMPARE(pushOne(m_minji, ballotOp(id, castFor(id, approve({0})))), std::string("not_eligible"));
        QCOMPARE(pushOne(m_jun, ballotOp(id, castFor(id, approve({0})))), std::string("applied"));
        (void)version;
    }

    void theAccountsOfOneInviteOnly()
    {
        // A group invited together: the hub remembers which invite each account registered with.
        QByteArray code;
        QCOMPARE(hub().adminCommand(QStringLiteral("invite"),
                                    {QStringLiteral("create"), QStringLiteral("--uses"), QStringLiteral("2"),
                                     QStringLiteral("--note"), QStringLiteral("유성 발굴단")},
                                    {}, &code),
                 0);
        code = code.trimmed();
        const std::string invite = hub().storeQuery("SELECT id FROM invites ORDER BY created DESC LIMIT 1");
        QCOMPARE(invite.size(), std::size_t(8));
        const auto joined = hub().request("POST", "/v1/auth/register",
                                          R"({"login":"seoyeon","password":"long enough","invite":")" +
                                              code.toStdString() + R"("})");
        QCOMPARE(joined.status, 201);
        const std::string seoyeon = hub().login("seoyeon", "long enough");
        QVERIFY(!seoyeon.empty());
        QCOMPARE(hub().storeQuery("SELECT invite_id FROM users WHERE login = 'seoyeon'"), invite);

        // An invite the hub does not have is refused when the round is opened, naming the field.
        auto unknown = roundFields();
        unknown->set("eligible_invite", std::string("00000000"));
        core::sync::PushResult r;
        QCOMPARE(pushOne(m_lab, op("round", core::newUuidV7(), 0, unknown), &r),
                 std::string("invalid_field"));
        QVERIFY2(r.message.find("eligible_invite") != std::string::npos, r.message.c_str());

        auto fields = roundFields();
        fields->set("eligible_invite", invite);
        const auto [id, version] = openRound(fields);
        QVERIFY(!id.empty());
        // Accounts made by the operator, or with another invite, are not in the group.
        QCOMPARE(pushOne(m_minji, ballotOp(id, castFor(id, approve({0}))), &r), std::string("not_eligible"));
        QVERIFY2(r.message.find(invite) != std::string::npos, r.message.c_str());
        QCOMPARE(pushOne(seoyeon, ballotOp(id, castFor(id, approve({1})))), std::string("applied"));
        // The group is fixed once the round opens.
        Poco::JSON::Object::Ptr everyone = new Poco::JSON::Object;
        everyone->set("eligible_invite", std::string());
        QCOMPARE(pushOne(m_lab, op("round", id, version, everyone)), std::string("forbidden"));
    }

    void oneBallotPerResidentUnderConcurrency()
    {
        // A second hub process on the same store (the same SQLite file, or the same PostgreSQL
        // schema): 100 submissions by one resident, half to each, all at once.
        test::HubProcess second(m_dir->path());
        QVERIFY2(second.start(), "a second balgul-hub did not start");
        const auto round = openRound(roundFields());
        const std::string& id = round.first; // not a structured binding: the threads' lambdas capture it
        const std::int64_t version = round.second;
        QVERIFY(!id.empty());
        std::vector<Cast> casts;
        for (int i = 0; i < 100; ++i)
            casts.push_back(castFor(id, approve({static_cast<std::size_t>(i % 3)})));
        std::atomic<int> applied{0};
        std::atomic<int> other{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < 100; ++i)
            threads.emplace_back([&, i] {
                test::HubProcess& target = i % 2 ? second : hub();
                const auto r = target.push(m_minji, {ballotOp(id, casts[static_cast<std::size_t>(i)])},
                                           "device-" + std::to_string(i));
                (r.size() == 1 && r[0].status == OpStatus::Applied ? applied : other)++;
            });
        for (auto& t : threads)
            t.join();
        QCOMPARE(other.load(), 0);
        QCOMPARE(applied.load(), 100);
        QCOMPARE(storedBallots(id), std::string("1"));
        QVERIFY(closeRound(id, version));
        auto published = core::voting::parsePublishedResults(results(id));
        QVERIFY(published);
        QCOMPARE(published->ballots.size(), std::size_t(1));
        QCOMPARE(published->voters, std::int64_t(1));
        // The one counted is one of those sent, whole: its receipt and its contents together.
        bool sent = false;
        for (const Cast& c : casts)
            sent = sent ||
                   (c.receipt == published->ballots[0].receipt && c.choices == published->ballots[0].choices);
        QVERIFY(sent);
        QCOMPARE(second.stop(), 0);
    }

    void theLatestCountsAndAReplayAnswersTheSame()
    {
        const auto [id, version] = openRound(roundFields());
        const Cast first = castFor(id, approve({0}));
        const auto firstOp = ballotOp(id, first);
        core::sync::PushResult r1;
        QCOMPARE(pushOne(m_minji, firstOp, &r1), std::string("applied"));
        // The same ballot from another device, offline since before: no conflict, the latest wins.
        const Cast changed = castFor(id, approve({1, 0}));
        const auto r = hub().push(m_minji, {ballotOp(id, changed)}, "minji-phone");
        QCOMPARE(r.size(), std::size_t(1));
        QVERIFY(r[0].status == OpStatus::Applied);
        // The first op sent again: the first answer, and nothing changes.
        core::sync::PushResult again;
        QCOMPARE(pushOne(m_minji, firstOp, &again), std::string("applied"));
        QVERIFY(again.replayed);
        QCOMPARE(again.version, r1.version);
        QVERIFY(closeRound(id, version));
        auto published = core::voting::parsePublishedResults(results(id));
        QVERIFY(published);
        QCOMPARE(published->ballots.size(), std::size_t(1));
        QCOMPARE(published->ballots[0].receipt, changed.receipt);
        QCOMPARE(published->ballots[0].choices, changed.choices);
    }

    void aBallotGoesBackOnlyToItsVoter()
    {
        const auto round = openRound(roundFields());
        const std::string& id = round.first; // captured by the lambda below
        const std::int64_t version = round.second;
        const Cast mine = castFor(id, approve({2}));
        QCOMPARE(pushOne(m_minji, ballotOp(id, mine)), std::string("applied"));
        QCOMPARE(pushOne(m_jun, ballotOp(id, castFor(id, approve({0})))), std::string("applied"));
        const auto ballotsIn = [&](const std::string& token) {
            std::vector<std::string> out;
            std::int64_t since = 0;
            for (int page = 0; page < 100; ++page) {
                const auto p = hub().pull(token, since);
                for (const auto& c : p.changes)
                    if (c.entity == "ballot" && c.id.rfind(id, 0) == 0)
                        out.push_back(c.fields && c.fields->has("receipt")
                                          ? c.fields->getValue<std::string>("receipt")
                                          : std::string());
                if (!p.more)
                    break;
                since = p.next;
            }
            return out;
        };
        const auto minjis = ballotsIn(m_minji);
        QCOMPARE(minjis.size(), std::size_t(1));
        QCOMPARE(minjis[0], mine.receipt);
        QCOMPARE(ballotsIn(m_jun).size(), std::size_t(1));
        QCOMPARE(ballotsIn(m_lab).size(), std::size_t(0)); // coordinators too
        // Before closing there is nothing to publish; after, no voter anywhere in the answer.
        int status = 0;
        results(id, &status);
        QCOMPARE(status, 409);
        QVERIFY(closeRound(id, version));
        const std::string body = results(id, &status);
        QCOMPARE(status, 200);
        for (const std::string& who : {m_minjiId, m_junId, std::string("minji"), std::string("jun")})
            QVERIFY2(body.find(who) == std::string::npos, who.c_str());
        const auto list = hub().request("GET", "/v1/rounds");
        QCOMPARE(list.status, 200);
        QVERIFY(list.body.find(m_minjiId) == std::string::npos);
    }

    void anyoneRecomputesTheTallyAndFindsTheirReceipt()
    {
        const auto [id, version] = openRound(roundFields("budget-approval", "equal-shares"));
        const Cast mine = castFor(id, approve({0, 2}));
        QCOMPARE(pushOne(m_minji, ballotOp(id, mine)), std::string("applied"));
        QCOMPARE(pushOne(m_jun, ballotOp(id, castFor(id, approve({1})))), std::string("applied"));
        QCOMPARE(pushOne(m_lab, ballotOp(id, castFor(id, approve({0})))), std::string("applied"));
        QVERIFY(closeRound(id, version));
        const std::string body = results(id);
        auto published = core::voting::parsePublishedResults(body);
        QVERIFY2(published, published ? "" : published.error().message.c_str());
        QCOMPARE(published->ballots.size(), std::size_t(3));
        const auto verified = core::voting::verifyPublished(*published);
        QVERIFY2(verified.problems.empty(), verified.problems.empty() ? "" : verified.problems[0].c_str());
        QCOMPARE(verified.recomputedRoot, published->merkleRoot);
        const auto inclusion = core::voting::checkInclusion(*published, mine.receipt, mine.choices);
        QVERIFY(inclusion.found && inclusion.sameChoices && inclusion.proofHolds);
        QCOMPARE(core::voting::ballotReceipt(id, mine.choices, mine.secret), mine.receipt);
        // The hub's proof for the receipt leads to the root.
        const auto proof = hub().request("GET", "/v1/rounds/" + id + "/proof?receipt=" + mine.receipt);
        QCOMPARE(proof.status, 200);
        auto p = core::sync::parseObject(proof.body);
        QVERIFY(p);
        std::vector<core::voting::ProofStep> steps;
        const auto path = (*p)->getArray("path");
        for (std::size_t i = 0; path && i < path->size(); ++i) {
            const auto step = path->getObject(static_cast<unsigned>(i));
            steps.push_back(
                {step->getValue<std::string>("hash"), step->getValue<std::string>("side") == "left"});
        }
        QVERIFY(core::voting::verifyMerkleProof(core::voting::merkleLeaf({mine.receipt, mine.choices}), steps,
                                                published->merkleRoot));
        QCOMPARE(hub().request("GET", "/v1/rounds/" + id + "/proof?receipt=" + std::string(64, 'a')).status,
                 404);

        // A changed published ballot, or a dropped one, is found.
        auto changed = *published;
        changed.ballots[0].choices = core::voting::canonicalChoices(approve({2})); // nobody cast this
        QVERIFY(!core::voting::verifyPublished(changed).problems.empty());
        auto dropped = *published;
        dropped.ballots.erase(dropped.ballots.begin());
        QVERIFY(!core::voting::verifyPublished(dropped).problems.empty());
        const auto dropMine = [&] {
            auto d = *published;
            for (auto it = d.ballots.begin(); it != d.ballots.end(); ++it)
                if (it->receipt == mine.receipt) {
                    d.ballots.erase(it);
                    break;
                }
            return d;
        }();
        QVERIFY(!core::voting::checkInclusion(dropMine, mine.receipt, mine.choices).found);
        // Writes go through the push; the rounds' endpoints are read only.
        QCOMPARE(hub().authed(m_lab, "POST", "/v1/rounds/" + id + "/results", "{}").status, 405);
    }
};

QTEST_GUILESS_MAIN(TestHubVoting)
#include "test_hub_voting.moc"
