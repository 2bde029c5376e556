// The tally of a voting round (core/voting/tally.h) and the ballot rules (core/voting/ballot_rules.h),
// on small rounds computed by hand: every ballot type, every rule, ties, refused ballots, and the
// Method of Equal Shares with its "add 1" completion.

#include "core/voting/ballot_rules.h"
#include "core/voting/tally.h"

#include <QTest>

#include <algorithm>
#include <climits>
#include <set>

using namespace balgul::core::voting;

namespace {

Round makeRound(Rule rule, std::int64_t budget,
                const std::vector<std::pair<std::string, std::int64_t>>& projects,
                BallotType type = BallotType::Approval)
{
    Round round;
    round.rule = rule;
    round.budget = budget;
    round.ballot.type = type;
    for (const auto& [id, cost] : projects) {
        Project p;
        p.id = id;
        p.name = "Project " + id;
        p.cost = cost;
        p.order = static_cast<int>(round.projects.size());
        round.projects.push_back(p);
    }
    return round;
}

/// "A,B" approves A and B; "A:3,B:2" gives points.
Ballot ballot(const std::string& text)
{
    Ballot b;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t comma = text.find(',', start);
        if (comma == std::string::npos)
            comma = text.size();
        const std::string item = text.substr(start, comma - start);
        const std::size_t colon = item.find(':');
        Choice c;
        c.projectId = item.substr(0, colon);
        if (colon != std::string::npos)
            c.points = std::stoi(item.substr(colon + 1));
        b.choices.push_back(c);
        start = comma + 1;
    }
    return b;
}

std::vector<Ballot> ballots(const std::vector<std::pair<std::string, int>>& groups)
{
    std::vector<Ballot> out;
    for (const auto& [text, times] : groups)
        for (int i = 0; i < times; ++i)
            out.push_back(ballot(text));
    return out;
}

const ProjectResult& result(const Tally& t, const std::string& id)
{
    for (const ProjectResult& r : t.projects)
        if (r.projectId == id)
            return r;
    static ProjectResult none;
    return none;
}

std::vector<std::string> ids(std::initializer_list<const char*> list)
{
    std::vector<std::string> out;
    for (const char* s : list)
        out.emplace_back(s);
    return out;
}

/// Equal shares, the majority and minority example: six voters approve A, B and C, four approve D
/// and E; every project costs 25 but E 20; the budget 100 gives each voter 10.
Round sharesRound()
{
    return makeRound(Rule::EqualShares, 100, {{"A", 25}, {"B", 25}, {"C", 25}, {"D", 25}, {"E", 20}});
}
std::vector<Ballot> sharesBallots()
{
    return ballots({{"A,B,C", 6}, {"D,E", 4}});
}

} // namespace

class TestVotingTally : public QObject
{
    Q_OBJECT

private slots:
    void namesAndMoney()
    {
        QCOMPARE(formatMoney(0), std::string("0"));
        QCOMPARE(formatMoney(999), std::string("999"));
        QCOMPARE(formatMoney(1000), std::string("1,000"));
        QCOMPARE(formatMoney(45000000), std::string("45,000,000"));
        QCOMPARE(formatMoney(-1234567), std::string("-1,234,567"));
        QCOMPARE(formatMoney(LLONG_MIN), std::string("-9,223,372,036,854,775,808"));
        for (const Rule r : {Rule::Greedy, Rule::GreedyNoSkip, Rule::GreedyThreshold, Rule::EqualShares})
            QCOMPARE(parseRule(ruleName(r)), std::optional<Rule>(r));
        QCOMPARE(ruleName(Rule::GreedyNoSkip), std::string_view("greedy-no-skip"));
        QCOMPARE(parseRule("equalshares"), std::optional<Rule>(Rule::EqualShares));
        QCOMPARE(parseRule("equalshares/add1"), std::optional<Rule>(Rule::EqualShares));
        QVERIFY(!parseRule("phragmen"));
        for (const BallotType t : {BallotType::ChooseOne, BallotType::Approval, BallotType::Cumulative,
                                   BallotType::BudgetApproval})
            QCOMPARE(parseBallotType(ballotTypeName(t)), std::optional<BallotType>(t));
        QCOMPARE(ballotTypeName(BallotType::ChooseOne), std::string_view("choose-1"));
        QVERIFY(!parseBallotType("ordinal"));
    }

    void checkBallotApproval()
    {
        using Kind = BallotProblem::Kind;
        Round round = makeRound(Rule::Greedy, 100, {{"A", 10}, {"B", 20}, {"C", 30}});
        QVERIFY(checkBallot(round, ballot("A,B")).empty());
        QVERIFY(checkBallot(round, Ballot{}).empty()); // no minimum: an empty ballot counts

        round.ballot.minChoices = 2;
        round.ballot.maxChoices = 2;
        auto problems = checkBallot(round, ballot("A"));
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY(problems[0].kind == Kind::TooFew);
        QCOMPARE(problems[0].value, std::int64_t(1));
        QCOMPARE(problems[0].limit, std::int64_t(2));
        QCOMPARE(describe(problems[0], round), std::string("Chooses 1 project; at least 2 are needed."));
        QVERIFY(checkBallot(round, Ballot{})[0].kind == Kind::TooFew);

        problems = checkBallot(round, ballot("A,B,C"));
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY(problems[0].kind == Kind::TooMany);
        QCOMPARE(describe(problems[0], round), std::string("Chooses 3 projects; at most 2 are allowed."));

        problems = checkBallot(round, ballot("A,Z"));
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY(problems[0].kind == Kind::UnknownProject);
        QCOMPARE(problems[0].projectId, std::string("Z"));
        QVERIFY(describe(problems[0], round).find("\"Z\"") != std::string::npos);

        problems = checkBallot(round, ballot("A,A"));
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY(problems[0].kind == Kind::Repeated);
        QCOMPARE(describe(problems[0], round), std::string("Chooses Project A more than once."));
    }

    void checkBallotChooseOne()
    {
        using Kind = BallotProblem::Kind;
        Round round = makeRound(Rule::Greedy, 100, {{"A", 10}, {"B", 20}}, BallotType::ChooseOne);
        QVERIFY(checkBallot(round, ballot("B")).empty());
        auto problems = checkBallot(round, Ballot{});
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY(problems[0].kind == Kind::NotOne);
        QCOMPARE(problems[0].value, std::int64_t(0));
        problems = checkBallot(round, ballot("A,B"));
        QVERIFY(problems[0].kind == Kind::NotOne);
        QCOMPARE(problems[0].value, std::int64_t(2));
        QCOMPARE(describe(problems[0], round), std::string("Chooses 2 projects; choose exactly one."));
    }

    void checkBallotCumulative()
    {
        using Kind = BallotProblem::Kind;
        Round round = makeRound(Rule::Greedy, 100, {{"A", 10}, {"B", 20}}, BallotType::Cumulative);
        round.ballot.maxTotalPoints = 10;
        round.ballot.maxPointsPerProject = 5;
        QVERIFY(checkBallot(round, ballot("A:5,B:5")).empty());
        auto problems = checkBallot(round, ballot("A:6,B:5"));
        QCOMPARE(problems.size(), std::size_t(2));
        QVERIFY(problems[0].kind == Kind::TooManyPointsOnOne);
        QCOMPARE(problems[0].projectId, std::string("A"));
        QCOMPARE(problems[0].value, std::int64_t(6));
        QCOMPARE(problems[0].limit, std::int64_t(5));
        QCOMPARE(describe(problems[0], round),
                 std::string("Gives 6 points to Project A; at most 5 on one project."));
        QVERIFY(problems[1].kind == Kind::TooManyPoints);
        QCOMPARE(problems[1].value, std::int64_t(11));
        QCOMPARE(describe(problems[1], round), std::string("Gives 11 points in all; at most 10."));
        problems = checkBallot(round, ballot("A:0"));
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY(problems[0].kind == Kind::PointsNotPositive);
    }

    void checkBallotBudgetApproval()
    {
        using Kind = BallotProblem::Kind;
        Round round = makeRound(Rule::Greedy, 30000000, {{"A", 20000000}, {"B", 25000000}, {"C", 5000000}},
                                BallotType::BudgetApproval);
        QVERIFY(checkBallot(round, ballot("A,C")).empty());
        auto problems = checkBallot(round, ballot("A,B"));
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY(problems[0].kind == Kind::OverBudget);
        QCOMPARE(problems[0].value, std::int64_t(45000000));
        QCOMPARE(problems[0].limit, std::int64_t(30000000));
        QCOMPARE(describe(problems[0], round),
                 std::string("Costs ₩45,000,000 in all; the budget is ₩30,000,000."));
        // A limit of its own replaces the budget.
        round.ballot.maxTotalCost = 22000000;
        QVERIFY(checkBallot(round, ballot("A,C"))[0].kind == Kind::OverBudget);
    }

    void greedyOrdersTiesByCostThenOrder()
    {
        Round round =
            makeRound(Rule::Greedy, 70, {{"A", 30}, {"B", 20}, {"C", 10}, {"D", 50}, {"E", 5}, {"F", 5}});
        // A 3; B and C 2 (C is cheaper); E and F 1 at the same cost (E was submitted first); D none.
        const auto votes = ballots({{"A,B,C", 2}, {"A,E,F", 1}});
        const Tally t = tally(round, votes);
        QCOMPARE(t.voters, std::int64_t(3));
        QCOMPARE(t.selected, ids({"A", "C", "B", "E", "F"}));
        QCOMPARE(t.cost, std::int64_t(70));
        QCOMPARE(result(t, "A").rank, 1);
        QCOMPARE(result(t, "C").rank, 2);
        QCOMPARE(result(t, "B").rank, 3);
        QCOMPARE(result(t, "C").reason.tiedWith, ids({"B"}));
        QCOMPARE(result(t, "B").reason.tiedWith, ids({"C"}));
        QCOMPARE(result(t, "E").reason.tiedWith, ids({"F"}));
        QVERIFY(result(t, "A").reason.tiedWith.empty());
        QVERIFY(result(t, "B").reason.kind == Reason::Kind::Selected);
        QCOMPARE(result(t, "B").reason.left, std::int64_t(10));
        // Nobody chose D.
        QVERIFY(!result(t, "D").selected);
        QVERIFY(result(t, "D").reason.kind == Reason::Kind::NoVotes);
    }

    void greedySkipsAndNoSkipStops()
    {
        Round round = makeRound(Rule::Greedy, 100, {{"A", 60}, {"B", 50}, {"C", 30}});
        const auto votes = ballots({{"A,B,C", 1}, {"A,B", 1}, {"A", 1}, {"", 1}});
        Tally t = tally(round, votes);
        QCOMPARE(t.voters, std::int64_t(4)); // the empty ballot counts as a voter
        QCOMPARE(result(t, "A").score, std::int64_t(3));
        QCOMPARE(t.selected, ids({"A", "C"}));
        QCOMPARE(t.cost, std::int64_t(90));
        const Reason& skipped = result(t, "B").reason;
        QVERIFY(skipped.kind == Reason::Kind::Skipped);
        QCOMPARE(skipped.left, std::int64_t(40));
        QCOMPARE(describe(skipped, "₩"), std::string("skipped: ₩40 left, costs ₩50"));
        QCOMPARE(result(t, "C").reason.left, std::int64_t(10));

        round.rule = Rule::GreedyNoSkip;
        t = tally(round, votes);
        QCOMPARE(t.selected, ids({"A"}));
        QVERIFY(result(t, "B").reason.kind == Reason::Kind::StoppedHere);
        QCOMPARE(result(t, "B").reason.left, std::int64_t(40));
        QVERIFY(result(t, "C").reason.kind == Reason::Kind::StoppedBefore);

        round.rule = Rule::Greedy;
        // Without a minimum score greedy-threshold is greedy, so it is not compared.
        auto differences = compareRules(round, votes);
        QCOMPARE(differences.size(), std::size_t(2));
        QVERIFY(differences[0].rule == Rule::GreedyNoSkip);
        QVERIFY(differences[0].gained.empty());
        QCOMPARE(differences[0].lost, ids({"C"}));
        QVERIFY(differences[1].rule == Rule::EqualShares);
        round.minScore = 1;
        differences = compareRules(round, votes);
        QCOMPARE(differences.size(), std::size_t(3));
        QVERIFY(differences[1].rule == Rule::GreedyThreshold);
        QVERIFY(differences[1].same());
    }

    void thresholdLeavesOutLowScores()
    {
        Round round = makeRound(Rule::GreedyThreshold, 100, {{"A", 60}, {"B", 50}, {"C", 30}});
        round.minScore = 2;
        const Tally t = tally(round, ballots({{"A,B,C", 1}, {"A,B", 1}, {"A", 1}}));
        QCOMPARE(t.selected, ids({"A"}));
        const Reason& below = result(t, "C").reason;
        QVERIFY(below.kind == Reason::Kind::BelowThreshold);
        QCOMPARE(below.threshold, std::int64_t(2));
        QCOMPARE(describe(below, "₩"), std::string("below the threshold: score 1, at least 2 needed"));
        QVERIFY(result(t, "B").reason.kind == Reason::Kind::Skipped);
    }

    void projectOverTheWholeBudget()
    {
        for (const Rule rule : {Rule::Greedy, Rule::GreedyNoSkip, Rule::GreedyThreshold, Rule::EqualShares}) {
            Round round = makeRound(rule, 100, {{"BIG", 200}, {"A", 40}, {"B", 50}});
            const Tally t = tally(round, ballots({{"BIG,A,B", 3}, {"BIG", 2}}));
            QVERIFY(!result(t, "BIG").selected);
            QVERIFY(result(t, "BIG").reason.kind == Reason::Kind::OverBudget);
            QCOMPARE(describe(result(t, "BIG").reason, "₩"),
                     std::string("over budget: costs ₩200, the whole budget is ₩100"));
            std::set<std::string> chosen(t.selected.begin(), t.selected.end());
            QCOMPARE(chosen, (std::set<std::string>{"A", "B"}));
        }
    }

    void scoresOfEveryBallotType()
    {
        Round round = makeRound(Rule::Greedy, 100, {{"A", 10}, {"B", 20}}, BallotType::Cumulative);
        QCOMPARE(scores(round, ballots({{"A:3,B:2", 1}, {"B:5", 1}})), (std::vector<std::int64_t>{3, 7}));
        round.ballot.type = BallotType::ChooseOne;
        QCOMPARE(scores(round, ballots({{"A", 2}, {"B", 1}})), (std::vector<std::int64_t>{2, 1}));
        round.ballot.type = BallotType::BudgetApproval;
        QCOMPARE(scores(round, ballots({{"A,B", 2}, {"B", 1}})), (std::vector<std::int64_t>{2, 3}));
        // Points count only on cumulative ballots; a repeated or unknown choice not at all.
        round.ballot.type = BallotType::Approval;
        QCOMPARE(scores(round, ballots({{"A:4,A,Z", 1}})), (std::vector<std::int64_t>{1, 0}));
        // Cumulative points choose the order.
        round.ballot.type = BallotType::Cumulative;
        round.budget = 20;
        const Tally t = tally(round, ballots({{"A:9", 1}, {"B:1", 3}}));
        QCOMPARE(t.selected, ids({"A"}));
    }

    void noBallots()
    {
        for (const Rule rule : {Rule::Greedy, Rule::EqualShares}) {
            const Tally t = tally(makeRound(rule, 100, {{"A", 10}}), {});
            QVERIFY(t.selected.empty());
            QCOMPARE(t.voters, std::int64_t(0));
            QVERIFY(result(t, "A").reason.kind == Reason::Kind::NoVotes);
        }
    }

    void equalSharesMajorityAndMinority()
    {
        // Each voter starts with 10. A, B and C cost their six supporters 25/6 each at a price of 1/6 per
        // unit of utility; the minority's E (20) and D (25) cost 1/4. After A and B the majority has 5/3
        // each, too little for C (25); the minority buys E (tied with D at 1/4, cheaper), then has 5 each,
        // too little for D. {A, B, E} costs 70 and leaves room for C or D: the completion raises the
        // per-voter budget to 11 (the same outcome) and to 12, where the minority has 7 each after E and
        // pays 6.25 each for D. {A, B, E, D} costs 95 and leaves no room for C (25).
        const Tally t = tally(sharesRound(), sharesBallots());
        QCOMPARE(t.selected, ids({"A", "B", "E", "D"}));
        QCOMPARE(t.cost, std::int64_t(95));
        QCOMPARE(t.perVoterBudget, 12.0);
        const Reason& a = result(t, "A").reason;
        QVERIFY(a.kind == Reason::Kind::SelectedShares);
        QCOMPARE(a.payers, std::int64_t(6));
        QVERIFY(std::abs(a.maxPayment - 25.0 / 6) < 1e-9);
        QVERIFY(std::abs(a.minPayment - 25.0 / 6) < 1e-9);
        QVERIFY(!a.byCompletion);
        QCOMPARE(a.tiedWith, ids({"B", "C"}));
        QCOMPARE(result(t, "B").reason.tiedWith, ids({"C"}));
        QCOMPARE(result(t, "E").reason.tiedWith, ids({"D"}));
        const Reason& d = result(t, "D").reason;
        QVERIFY(d.byCompletion);
        QCOMPARE(d.payers, std::int64_t(4));
        QVERIFY(std::abs(d.maxPayment - 6.25) < 1e-9);
        QVERIFY(result(t, "C").reason.kind == Reason::Kind::NotAffordable);
        QVERIFY(!result(t, "C").selected);

        // Greedy spends on the majority's three projects first.
        Round greedyRound = sharesRound();
        greedyRound.rule = Rule::Greedy;
        QCOMPARE(tally(greedyRound, sharesBallots()).selected, ids({"A", "B", "C", "E"}));
    }

    void equalSharesPoorSupportersPayAllTheyHave()
    {
        // Four voters, budget 40. Q (24) is approved by v1, v2 and v3, P (10) by v3 and v4, R (6) by v4.
        // At 10 each: Q first (price 1/3, 8 each); P then costs v3 its last 2 and v4 8 (price 0.8, below
        // R's 1); v4 has 2 left, too little for R. {Q, P} (34) leaves room for R: at 11 each v4 has 4
        // after P, still too little; at 12 each v3 pays 4 and v4 6 for P, and v4's last 6 buy R.
        Round round = makeRound(Rule::EqualShares, 40, {{"Q", 24}, {"P", 10}, {"R", 6}});
        const auto votes = ballots({{"Q", 2}, {"Q,P", 1}, {"P,R", 1}});
        const Tally t = tally(round, votes);
        QCOMPARE(t.selected, ids({"Q", "P", "R"}));
        QCOMPARE(t.cost, std::int64_t(40));
        QCOMPARE(t.perVoterBudget, 12.0);
        const Reason& p = result(t, "P").reason;
        QCOMPARE(p.payers, std::int64_t(2));
        QVERIFY(std::abs(p.minPayment - 4) < 1e-9);
        QVERIFY(std::abs(p.maxPayment - 6) < 1e-9);
        QVERIFY(!p.byCompletion);
        QVERIFY(result(t, "R").reason.byCompletion);
        QCOMPARE(describe(p, "₩"), std::string("selected: 2 supporters paid ₩4 to ₩6 each"));
        QCOMPARE(describe(result(t, "Q").reason, "₩"), std::string("selected: 3 supporters paid ₩8 each"));
    }

    void equalSharesWithoutCompletionNeeded()
    {
        // Three voters approve {A, B}, one approves {C}; budget 100 (25 each). A and B tie at 1/3 (A is
        // submitted first); after A its supporters have 5 each, too little for B; C costs its one
        // supporter everything. {A, C} (85) leaves no room for B (60).
        Round round = makeRound(Rule::EqualShares, 100, {{"A", 60}, {"B", 60}, {"C", 25}});
        const Tally t = tally(round, ballots({{"A,B", 3}, {"C", 1}}));
        QCOMPARE(t.selected, ids({"A", "C"}));
        QCOMPARE(t.perVoterBudget, 25.0);
        QCOMPARE(result(t, "A").reason.tiedWith, ids({"B"}));
        QVERIFY(!result(t, "C").reason.byCompletion);
    }

    void equalSharesCumulativeUtility()
    {
        // Utility is points × cost: v1 (3 points) would pay 7.5 of A's 10 at the first price, more than
        // its 5, so it pays 5 and v2 (1 point) the other 5.
        Round round = makeRound(Rule::EqualShares, 10, {{"A", 10}}, BallotType::Cumulative);
        const Tally t = tally(round, ballots({{"A:3", 1}, {"A:1", 1}}));
        QCOMPARE(t.selected, ids({"A"}));
        QCOMPARE(result(t, "A").reason.payers, std::int64_t(2));
        QVERIFY(std::abs(result(t, "A").reason.minPayment - 5) < 1e-9);
        QVERIFY(std::abs(result(t, "A").reason.maxPayment - 5) < 1e-9);
    }

    void sentences()
    {
        Reason r;
        r.kind = Reason::Kind::Skipped;
        r.cost = 45000000;
        r.left = 30000000;
        QCOMPARE(describe(r, "₩"), std::string("skipped: ₩30,000,000 left, costs ₩45,000,000"));
        r.kind = Reason::Kind::SelectedShares;
        r.payers = 412;
        r.minPayment = 1203;
        r.maxPayment = 2940;
        QCOMPARE(describe(r, "₩"), std::string("selected: 412 supporters paid ₩1,203 to ₩2,940 each"));
        r.kind = Reason::Kind::Selected;
        r.left = 5000000;
        r.tiedWith = {"P2"};
        QCOMPARE(describe(r, "₩"),
                 std::string("selected: costs ₩45,000,000, ₩5,000,000 left after it; tied with "
                             "P2 (lower cost first, then earlier submission)"));
    }
};

QTEST_GUILESS_MAIN(TestVotingTally)
#include "test_voting_tally.moc"
