#pragma once

// Counting a round's ballots under its rule (core/voting/ballot.h): the greedy rules and the Method of
// Equal Shares with cost utilities and "add 1" completion, as Pabulib and pabutools compute them.
// Every project gets a reason, which describe() says in one English sentence.

#include "core/voting/ballot.h"

#include <string>
#include <string_view>
#include <vector>

namespace balgul::core::voting {

/// The round's projects chosen under `round.rule`.
///
/// A project's score is its number of approvals (approval, choose-one and budget approval ballots) or
/// its points (cumulative). Ballots are expected to pass checkBallot; a choice of an unknown project,
/// a repeated choice and points of 0 or less are left out. Projects nobody chose and projects costing
/// more than the whole budget are never selected.
///
/// The greedy rules consider projects by score, highest first; equal scores by lower cost, then
/// earlier `Project::order` (`Reason::tiedWith` names the projects of equal score).
///
/// Equal shares gives every voter budget/voters. A voter's utility for a chosen project is its cost
/// (times the points given, for cumulative ballots). The project with the lowest price per unit of
/// utility that its supporters can still pay is bought, each supporter paying that price times their
/// utility or all they have left; equal prices go to the lower cost, then the earlier order. While
/// the outcome leaves money that would buy another voted project, it is computed again with one more
/// currency unit per voter, as long as the outcome still fits the budget (Pabulib's
/// "equalshares/add1"). Only per-voter budgets where the outcome can change are computed.
Tally tally(const Round& round, const std::vector<Ballot>& ballots);

/// Each project's score (approvals or points) in the round's project order, as tally() counts it.
std::vector<std::int64_t> scores(const Round& round, const std::vector<Ballot>& ballots);

/// One English sentence, amounts after `currencySymbol`: "skipped: ₩30,000,000 left, costs
/// ₩45,000,000", "selected: 412 supporters paid ₩1,203 to ₩2,940 each".
std::string describe(const Reason& reason, std::string_view currencySymbol);

/// What another rule would have chosen from the same ballots.
struct RuleDifference
{
    Rule rule = Rule::Greedy;
    std::vector<std::string> selected; ///< under `rule`, in its order
    std::int64_t cost = 0;             ///< their total
    std::vector<std::string> gained;   ///< selected under `rule` but not under the round's rule
    std::vector<std::string> lost;     ///< selected under the round's rule but not under `rule`
    bool same() const { return gained.empty() && lost.empty(); }
};

/// The round tallied again under each rule other than its own, in the order of `Rule`
/// (greedy-threshold only where the round has a minimum score).
std::vector<RuleDifference> compareRules(const Round& round, const std::vector<Ballot>& ballots);

} // namespace balgul::core::voting
