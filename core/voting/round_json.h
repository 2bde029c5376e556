#pragma once

// A voting round as the hub protocol carries it (docs/voting.md "The round entity"), and the
// closed round's published answer: its ballots without voters, their Merkle root and its tally,
// with the check anyone can run on it. No Qt.

#include "core/util/result.h"
#include "core/util/time.h"
#include "core/voting/ballot.h"
#include "core/voting/receipt.h"

#include <Poco/JSON/Object.h>

#include <string>
#include <string_view>
#include <vector>

namespace balgul::core::voting {

inline constexpr std::size_t kRoundMaxCandidates = 100;
inline constexpr std::size_t kRoundMaxEligible = 10000;

struct RoundInfo
{
    std::string id;
    std::string title;
    std::string description;
    Round round; ///< projects: the candidates as the hub fixed them (`projects`)
    Timestamp opens{};
    Timestamp closes{};
    std::vector<std::string> pilotIds;
    /// Empty: every account may vote; else only these accounts (a named group).
    std::vector<std::string> eligibleAccounts;
    /// Empty: any account (of eligibleAccounts, if named); else only those that registered with
    /// this invite of the hub (its id: eight hexadecimal digits).
    std::string eligibleInvite;
};

/// The round's rules from its sync fields (`projects` as the hub wrote it). Error `invalid_field`
/// naming the field: an unknown ballot type or rule, limits that contradict each other (at least
/// m > at most k, a per-project limit over the total), closing not after opening, a budget ≤ 0.
Result<RoundInfo> roundFromSyncFields(const std::string& id, const Poco::JSON::Object& fields);

/// The candidates as the `projects` field holds them: [{"id","title","cost","order"}…].
std::string projectsJson(const std::vector<Project>& projects);
Result<std::vector<Project>> parseProjects(std::string_view text);

/// A tally as published: the rule's outcome with each project's reason in English.
std::string tallyJson(const Tally& tally, const Round& round);

/// What the hub publishes when a round has closed (GET /v1/rounds/{id}/results).
struct PublishedResults
{
    RoundInfo info;
    std::vector<PublishedBallot> ballots; ///< in receipt order
    std::string merkleRoot;
    /// As published: the rule's outcome.
    std::vector<std::string> selected;
    std::int64_t cost = 0;
    std::int64_t voters = 0;
    std::vector<std::pair<std::string, std::int64_t>> scores; ///< project id, score
};

/// The published answer for `info` with `ballots` (sorted here by receipt): the root and the tally
/// computed from exactly this list, and the round re-tallied under every other rule.
std::string publishedResultsJson(const RoundInfo& info, std::vector<PublishedBallot> ballots);
Result<PublishedResults> parsePublishedResults(std::string_view json);

/// What checking a published answer found. `problems` empty: the root and the tally follow from
/// the published list.
struct Verification
{
    std::string recomputedRoot;
    Tally recomputed;
    std::vector<std::string> problems; ///< English sentences
};
Verification verifyPublished(const PublishedResults& published);

/// Where a voter's receipt stands in a published answer.
struct InclusionCheck
{
    bool found = false;       ///< the receipt is in the list
    bool sameChoices = false; ///< with the contents the voter cast
    bool proofHolds = false;  ///< its Merkle path leads to the published root
};
InclusionCheck checkInclusion(const PublishedResults& published, const std::string& receipt,
                              const std::string& canonicalChoicesCast);

} // namespace balgul::core::voting
