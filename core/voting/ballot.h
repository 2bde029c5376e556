#pragma once

// A voting round's candidates, its ballot rules and selection rule, a ballot, and the tally: the
// words the client, the hub, the CLI and the Pabulib reader share. No Qt.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace balgul::core::voting {

/// What a ballot may say. Pabulib's `vote_type`: choose-1, approval, cumulative; a budget
/// approval ballot is an approval ballot whose chosen projects cost at most the round's budget.
enum class BallotType
{
    ChooseOne,
    Approval,
    Cumulative,
    BudgetApproval,
};

/// How winners are chosen; fixed when the round opens.
enum class Rule
{
    Greedy,          ///< by score, skipping what no longer fits
    GreedyNoSkip,    ///< by score, stopping at the first that does not fit
    GreedyThreshold, ///< by score among those with at least the minimum score, skipping
    EqualShares,     ///< Method of Equal Shares, cost utilities, "add 1" completion
};

/// A candidate: a pilot in a round, or a project of a Pabulib file.
struct Project
{
    std::string id;
    std::string name;
    std::int64_t cost = 0; ///< whole currency units (KRW for rounds)
    int order = 0;         ///< submission order; the earlier wins a tie after the lower cost
};

/// The limits a ballot must keep. A zero limit is no limit.
struct BallotRules
{
    BallotType type = BallotType::Approval;
    int minChoices = 0;            ///< approval: at least m projects
    int maxChoices = 0;            ///< approval: at most k projects
    int maxTotalPoints = 0;        ///< cumulative: at most P points in all
    int maxPointsPerProject = 0;   ///< cumulative: at most p on one project
    std::int64_t maxTotalCost = 0; ///< budget approval: the chosen projects' total cost
};

struct Round
{
    std::vector<Project> projects;
    BallotRules ballot;
    Rule rule = Rule::Greedy;
    std::int64_t budget = 0;
    std::int64_t minScore = 0; ///< greedy-threshold's minimum score
};

struct Choice
{
    std::string projectId;
    int points = 1; ///< 1 for approval and choose-one ballots
};

/// A ballot's contents (never who cast it).
struct Ballot
{
    std::vector<Choice> choices;
};

/// Why a ballot breaks its round's rules, with what a message needs to say so.
struct BallotProblem
{
    enum class Kind
    {
        UnknownProject, ///< `projectId` is not a candidate
        Repeated,       ///< `projectId` chosen twice
        TooFew,         ///< fewer than `limit` choices (`value` given)
        TooMany,        ///< more than `limit` choices
        NotOne,         ///< a choose-one ballot with `value` choices
        PointsNotPositive,
        TooManyPointsOnOne, ///< `value` points on `projectId`, at most `limit`
        TooManyPoints,      ///< `value` points in all, at most `limit`
        OverBudget,         ///< the chosen cost `value`, at most `limit`
    };
    Kind kind;
    std::string projectId;
    std::int64_t value = 0;
    std::int64_t limit = 0;
};

/// Why a project was or was not selected, with the amounts the sentence needs.
struct Reason
{
    enum class Kind
    {
        Selected,       ///< greedy: fitted; `left` is the budget left after it
        Skipped,        ///< greedy: `left` was left, the project costs more
        StoppedBefore,  ///< greedy without skipping: selection stopped at an earlier project
        StoppedHere,    ///< greedy without skipping: the first that did not fit (`left` left)
        BelowThreshold, ///< greedy-threshold: score under `threshold`
        SelectedShares, ///< equal shares: its supporters paid (see `payments`)
        NotAffordable,  ///< equal shares: its supporters could not pay for it
        OverBudget,     ///< costs more than the whole budget
        NoVotes,        ///< nobody chose it (equal shares)
    };
    Kind kind = Kind::Skipped;
    std::int64_t cost = 0; ///< the project's cost and score, for the sentence
    std::int64_t score = 0;
    std::int64_t left = 0; ///< OverBudget: the whole budget
    std::int64_t threshold = 0;
    /// Equal shares: what the most and least paying supporter paid, and how many paid.
    double maxPayment = 0;
    double minPayment = 0;
    std::int64_t payers = 0;
    /// Equal shares: chosen in the "add 1" completion, at this per-voter budget.
    bool byCompletion = false;
    /// Ids of projects with the same score this one was ordered against by the tie rule.
    std::vector<std::string> tiedWith;
};

struct ProjectResult
{
    std::string projectId;
    std::int64_t score = 0; ///< approvals, or points for cumulative ballots
    std::int64_t cost = 0;
    bool selected = false;
    Reason reason;
    int rank = 0; ///< position in the rule's order (1 = considered first)
};

struct Tally
{
    Rule rule = Rule::Greedy;
    std::int64_t budget = 0;
    std::int64_t voters = 0;
    std::vector<std::string> selected;   ///< in the order the rule chose them
    std::int64_t cost = 0;               ///< the selected projects' total
    std::vector<ProjectResult> projects; ///< in the round's project order
    /// Equal shares: the per-voter budget the completion ended at.
    double perVoterBudget = 0;
};

} // namespace balgul::core::voting
