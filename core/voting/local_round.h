#pragma once

// A voting round and this profile's ballot as the client store keeps them (docs/voting.md).

#include "core/util/time.h"
#include "core/voting/round_json.h"

#include <cstdint>
#include <optional>
#include <string>

namespace balgul::core::voting {

enum class RoundState
{
    Upcoming,
    Open,
    Closed,
};

struct LocalRound
{
    RoundInfo info;
    std::string author;
    std::int64_t version = 0; ///< the hub's; 0 until it has it
    bool localOnly = false;   ///< made here from a Pabulib file: never sent
    bool pending = false;     ///< made or changed here, not yet answered by the hub
    /// The hub refused the round as sent from here (its code and English detail); empty otherwise.
    std::string refusalCode;
    std::string refusalMessage;
    bool hasResults = false; ///< its published answer is kept (roundResults())
    /// By the clock at `at` (the hub decides; the app shows this between syncs).
    RoundState stateAt(Timestamp at) const
    {
        if (info.closes <= at)
            return RoundState::Closed;
        return info.opens <= at ? RoundState::Open : RoundState::Upcoming;
    }
};

/// What a coordinator fills in to open a round; the candidates' costs come from the pilots.
struct RoundDraft
{
    std::string title;
    std::string description;
    std::vector<std::string> pilotIds;
    BallotRules ballot;
    Rule rule = Rule::Greedy;
    std::int64_t budget = 0;
    std::int64_t minScore = 0;
    Timestamp opens{};
    Timestamp closes{};
    std::vector<std::string> eligibleAccounts;
    /// Empty: no invite limits who votes; else only the accounts that joined with this invite (its
    /// id, as `balgul-hub invite list` shows it).
    std::string eligibleInvite;
};

enum class BallotState
{
    Pending,  ///< cast here, waiting to be sent or answered
    Accepted, ///< the hub counts it
    Refused,  ///< the hub refused it (`refusalCode`); the accepted one before, if any, still counts
};

/// This profile's ballot in a round: the latest cast here, and the latest the hub accepted.
struct MyBallot
{
    std::string roundId;
    Ballot ballot;
    std::string choices; ///< canonical text
    std::string secret;  ///< never leaves this computer
    std::string receipt;
    Timestamp cast{};
    BallotState state = BallotState::Pending;
    std::string refusalCode;
    std::string refusalMessage;
    /// What the hub counts (empty until it accepted one).
    std::string acceptedChoices;
    std::string acceptedReceipt;
    std::string acceptedSecret;
};

} // namespace balgul::core::voting
