#pragma once

// What a ballot may say in its round (core/voting/ballot.h): every way it breaks the round's ballot
// rules, each as one English sentence; the names of rules and ballot types as files and the CLI
// write them; money as people read it.

#include "core/voting/ballot.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace balgul::core::voting {

/// Every way the ballot breaks the round's rules, in the order of its choices (an empty list: the
/// ballot counts). An empty ballot is allowed only where no minimum applies (never for choose-one).
/// The total cost limit is `maxTotalCost`, or for a budget approval ballot without one the budget.
std::vector<BallotProblem> checkBallot(const Round& round, const Ballot& ballot);

/// checkBallot for many ballots of one round: the projects are looked up by id. Keeps a reference to
/// `round`, which must outlive it and not change.
class BallotChecker
{
public:
    explicit BallotChecker(const Round& round);
    std::vector<BallotProblem> operator()(const Ballot& ballot) const;
    /// The candidate with this id, or null.
    const Project* find(std::string_view id) const;

private:
    const Round& m_round;
    std::unordered_map<std::string_view, std::size_t> m_index;
};

/// One English sentence: "Costs ₩45,000,000 in all; the budget is ₩30,000,000." Projects are named
/// by their name, else their id.
std::string describe(const BallotProblem& problem, const Round& round);

/// Whole currency units with thousands separators and no symbol: "45,000,000", "-1,200".
std::string formatMoney(std::int64_t amount);

/// "greedy", "greedy-no-skip", "greedy-threshold", "equal-shares".
std::string_view ruleName(Rule rule);
/// The names of ruleName, and Pabulib's "equalshares" and "equalshares/add1".
std::optional<Rule> parseRule(std::string_view text);
/// "choose-1", "approval", "cumulative", "budget-approval".
std::string_view ballotTypeName(BallotType type);
std::optional<BallotType> parseBallotType(std::string_view text);

/// The project's name, else its id; the id itself when it is no candidate.
std::string projectLabel(const Round& round, std::string_view projectId);

} // namespace balgul::core::voting
