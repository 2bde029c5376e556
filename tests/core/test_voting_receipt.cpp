// Ballot receipts, the Merkle tree over a round's published ballots and the published answer's
// check (docs/voting.md): one ballot has one canonical text, a receipt binds the round, the
// contents and the voter's secret, every leaf's proof leads to the root and no other, and a changed,
// dropped, added or reordered ballot is found.

#include "core/util/ids.h"
#include "core/util/time.h"
#include "core/voting/receipt.h"
#include "core/voting/round_json.h"

#include <QObject>
#include <QTest>

using namespace balgul::core;
using namespace balgul::core::voting;

namespace {

RoundInfo sampleRound()
{
    RoundInfo info;
    info.id = "0193a000-0000-7000-8000-000000000001";
    info.title = "Which pilots go ahead";
    info.round.projects = {
        {"p1", "Lamps", 18000000, 0}, {"p2", "Quiet hours", 9000000, 1}, {"p3", "Audit", 25000000, 2}};
    info.round.ballot.type = BallotType::BudgetApproval;
    info.round.ballot.maxTotalCost = 45000000;
    info.round.budget = 45000000;
    info.round.rule = Rule::Greedy;
    info.opens = fromUnixMs(1700000000000);
    info.closes = fromUnixMs(1700086400000);
    info.pilotIds = {"p1", "p2", "p3"};
    return info;
}

Ballot approve(std::initializer_list<const char*> ids)
{
    Ballot b;
    for (const char* id : ids)
        b.choices.push_back({id, 1});
    return b;
}

} // namespace

class TestVotingReceipt : public QObject
{
    Q_OBJECT

private slots:
    void oneBallotHasOneText()
    {
        QCOMPARE(canonicalChoices(approve({"p2", "p1"})), std::string("[[\"p1\",1],[\"p2\",1]]"));
        QCOMPARE(canonicalChoices(approve({"p1", "p2"})), canonicalChoices(approve({"p2", "p1"})));
        QCOMPARE(canonicalChoices(Ballot{}), std::string("[]"));
        auto back = parseChoices("[[\"p1\",1],[\"p2\",3]]");
        QVERIFY(back);
        QCOMPARE(back->choices.size(), std::size_t(2));
        QCOMPARE(back->choices[1].points, 3);
        for (const char* bad : {"[[\"p2\",1],[\"p1\",1]]", "[ [\"p1\",1]]", "[[\"p1\",1],[\"p1\",1]]",
                                "[[\"p1\",0]]", "[[\"p1\",1.5]]", "[[\"p1\",true]]", "[[1,1]]", "[[\"p1\"]]",
                                "{\"p1\":1}", "not json", "[[\"\",1]]"}) {
            const auto parsed = parseChoices(bad);
            QVERIFY2(!parsed, bad);
            QCOMPARE(parsed.error().field, std::string("choices"));
        }
    }

    void everyCanonicalTextReadsBackAndNothingElse()
    {
        // Plain ASCII ids take a short way in; escaped and non-ASCII ids the full JSON reading:
        // both give the ballot whose canonical text is the text read.
        for (const char* good :
             {"[]", "[[\"p1\",1000000]]", "[[\"a\",1],[\"b\",2],[\"c\",30]]", "[[\"p\\\"1\",2]]",
              "[[\"p\\\\1\",2]]", "[[\"\xec\xa0\x95\",1]]", "[[\"A\",1],[\"a\",1]]"}) {
            const auto parsed = parseChoices(good);
            QVERIFY2(parsed, good);
            QCOMPARE(canonicalChoices(*parsed), std::string(good));
        }
        const auto escaped = parseChoices("[[\"p\\\"1\",2]]");
        QCOMPARE(escaped->choices.front().projectId, std::string("p\"1"));
        QCOMPARE(escaped->choices.front().points, 2);
        for (const char* bad : {"[", "]", "[[\"p1\",1],]", "[,[\"p1\",1]]", "[[\"p1\",1000001]]",
                                "[[\"p1\",01]]", "[[\"p1\",-1]]", "[[\"p1\",1] ]", "[[\"p1\", 1]]",
                                "[[\"b\",1],[\"a\",1]]", "[[\"a\",1],[\"a\",2]]", "[[\"p1\",1]]x",
                                "[[\"p1\",1][\"p2\",1]]", "[[\"p1\",12345678]]", "[[\"p1\"],1]"}) {
            const auto parsed = parseChoices(bad);
            QVERIFY2(!parsed, bad);
            QCOMPARE(parsed.error().field, std::string("choices"));
        }
        QVERIFY(!parseChoices("[[\"" + std::string(129, 'p') + "\",1]]"));
        QVERIFY(parseChoices("[[\"" + std::string(128, 'p') + "\",1]]"));
    }

    void aReceiptBindsRoundContentsAndSecret()
    {
        const std::string secret = newBallotSecret();
        QVERIFY(isSha256Hex(secret));
        QVERIFY(secret != newBallotSecret());
        const std::string choices = canonicalChoices(approve({"p1"}));
        const std::string receipt = ballotReceipt("r1", choices, secret);
        QVERIFY(isSha256Hex(receipt));
        QCOMPARE(ballotReceipt("r1", choices, secret), receipt);
        QVERIFY(ballotReceipt("r2", choices, secret) != receipt);
        QVERIFY(ballotReceipt("r1", canonicalChoices(approve({"p2"})), secret) != receipt);
        QVERIFY(ballotReceipt("r1", choices, newBallotSecret()) != receipt);
    }

    void everyProofLeadsToTheRootAndNoOther()
    {
        for (std::size_t n = 1; n <= 17; ++n) {
            std::vector<std::string> leaves;
            for (std::size_t i = 0; i < n; ++i)
                leaves.push_back(merkleLeaf({sha256Hex(std::to_string(i)), "[]"}));
            const std::string root = merkleRoot(leaves);
            for (std::size_t i = 0; i < n; ++i) {
                const auto proof = merkleProof(leaves, i);
                QVERIFY2(verifyMerkleProof(leaves[i], proof, root),
                         qPrintable(QString("n=%1 i=%2").arg(n).arg(i)));
                QVERIFY(!verifyMerkleProof(merkleLeaf({sha256Hex("other"), "[]"}), proof, root));
                if (n > 1)
                    QVERIFY(!verifyMerkleProof(leaves[(i + 1) % n], proof, root));
            }
            // One more leaf, or one changed, moves the root.
            auto more = leaves;
            more.push_back(leaves.front());
            QVERIFY(merkleRoot(more) != root);
            auto changed = leaves;
            changed.back() = merkleLeaf({sha256Hex("x"), "[]"});
            QVERIFY(merkleRoot(changed) != root);
        }
        QCOMPARE(merkleRoot({}), sha256Hex({}));
    }

    void thePublishedAnswerVerifiesAndTamperingIsFound()
    {
        const RoundInfo info = sampleRound();
        std::vector<PublishedBallot> ballots;
        std::vector<std::string> secrets;
        for (const auto& b :
             {approve({"p1", "p2"}), approve({"p2"}), approve({"p3", "p2"}), approve({"p1"})}) {
            secrets.push_back(newBallotSecret());
            const std::string choices = canonicalChoices(b);
            ballots.push_back({ballotReceipt(info.id, choices, secrets.back()), choices});
        }
        const PublishedBallot mine = ballots[2];
        const std::string json = publishedResultsJson(info, ballots);
        auto published = parsePublishedResults(json);
        QVERIFY2(published, published ? "" : published.error().message.c_str());
        QCOMPARE(published->ballots.size(), std::size_t(4));
        for (std::size_t i = 1; i < published->ballots.size(); ++i)
            QVERIFY(published->ballots[i - 1].receipt < published->ballots[i].receipt); // not the order cast
        QCOMPARE(published->voters, std::int64_t(4));
        // Scores p1 2, p2 3, p3 1: greedy takes p2 (9M), then p1 (18M); p3 (25M) no longer fits.
        QCOMPARE(published->selected, (std::vector<std::string>{"p2", "p1"}));
        QVERIFY(verifyPublished(*published).problems.empty());
        const auto inclusion = checkInclusion(*published, mine.receipt, mine.choices);
        QVERIFY(inclusion.found && inclusion.sameChoices && inclusion.proofHolds);
        QVERIFY(json.find("\"other_rules\"") != std::string::npos);

        auto changed = *published;
        for (auto& b : changed.ballots)
            if (b.receipt == mine.receipt)
                b.choices = canonicalChoices(approve({"p1"}));
        QVERIFY(!verifyPublished(changed).problems.empty());
        QVERIFY(!checkInclusion(changed, mine.receipt, mine.choices).sameChoices);

        auto dropped = *published;
        dropped.ballots.pop_back();
        QVERIFY(!verifyPublished(dropped).problems.empty());

        auto added = *published;
        added.ballots.push_back({std::string(64, 'f'), canonicalChoices(approve({"p3"}))});
        QVERIFY(!verifyPublished(added).problems.empty());

        auto swapped = *published;
        std::swap(swapped.ballots[0], swapped.ballots[1]);
        QVERIFY(!verifyPublished(swapped).problems.empty());

        auto lied = *published;
        lied.selected = {"p3"};
        QVERIFY(!verifyPublished(lied).problems.empty());

        auto overBudget = *published;
        overBudget.ballots[0].choices = canonicalChoices(approve({"p1", "p2", "p3"}));
        const auto v = verifyPublished(overBudget);
        bool named = false;
        for (const auto& p : v.problems)
            named = named || p.find("breaks the round's rules") != std::string::npos;
        QVERIFY(named);
    }

    void aRoundKeepsItsRules()
    {
        Poco::JSON::Object fields;
        fields.set("title", std::string("Round"));
        fields.set("ballot_type", std::string("cumulative"));
        fields.set("rule", std::string("greedy"));
        fields.set("budget", Poco::Int64(1000));
        fields.set("opens", std::string("2026-12-01T00:00:00Z"));
        fields.set("closes", std::string("2026-12-15T00:00:00Z"));
        auto r = roundFromSyncFields("r", fields);
        QVERIFY(!r);
        QCOMPARE(r.error().field, std::string("max_points"));
        fields.set("max_points", Poco::Int64(10));
        fields.set("max_points_per_project", Poco::Int64(11));
        QCOMPARE(roundFromSyncFields("r", fields).error().field, std::string("max_points_per_project"));
        fields.set("max_points_per_project", Poco::Int64(4));
        QVERIFY(roundFromSyncFields("r", fields));
        fields.set("closes", std::string("2026-11-01T00:00:00Z"));
        QCOMPARE(roundFromSyncFields("r", fields).error().field, std::string("closes"));
        fields.set("closes", std::string("2026-12-15T00:00:00Z"));
        fields.set("rule", std::string("greedy-threshold"));
        QCOMPARE(roundFromSyncFields("r", fields).error().field, std::string("min_score"));
        fields.set("rule", std::string("borda"));
        QCOMPARE(roundFromSyncFields("r", fields).error().field, std::string("rule"));
    }
};

QTEST_GUILESS_MAIN(TestVotingReceipt)
#include "test_voting_receipt.moc"
