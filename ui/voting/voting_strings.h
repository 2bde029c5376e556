#pragma once

// A voting round's rules, ballots, results and checks in the user's language (docs/voting.md).
// core/voting says these things in English for the CLI and the hub; the app says them here from
// the kinds and amounts core gives.

#include "core/voting/local_round.h"
#include "core/voting/tally.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace balgul::ui {

/// "Upcoming", "Open", "Closed".
QString roundStateName(core::voting::RoundState state);
/// "Choose one", "Approval", "Cumulative", "Budget approval".
QString ballotTypeName(core::voting::BallotType type);
/// "Greedy", "Greedy without skipping", "Greedy with a minimum score", "Method of Equal Shares".
QString ruleDisplayName(core::voting::Rule rule);
/// What a ballot may say, in one sentence: "Approve at least 1 and at most 3 pilots."
QString ballotRulesText(const core::voting::Round& round);
/// How the winners are chosen, in one sentence, with the minimum score where it applies.
QString ruleText(const core::voting::Round& round);
/// A candidate's name in a round (its title, else its id).
QString projectName(const core::voting::Round& round, const std::string& projectId);
/// Why a ballot breaks its round's rules: "Choose at most 3 pilots; you chose 4."
QString ballotProblemText(const core::voting::BallotProblem& problem, const core::voting::Round& round);
/// Why a project was or was not selected: "Skipped: ₩30,000,000 left, costs ₩45,000,000." and,
/// where a tie was broken, "Tie with …, broken by the lower cost."
QString reasonText(const core::voting::Reason& reason, const core::voting::Round& round);
/// What another rule would have chosen: "With greedy: P3 instead of P5." or "Greedy would select
/// the same."
QString ruleDifferenceText(const core::voting::RuleDifference& difference, const core::voting::Round& round);
/// This profile's ballot in a round: "You have not voted.", "Waiting to be sent to the hub.",
/// "Counted by the hub.", "Refused: …".
QString myBallotStateText(const std::optional<core::voting::MyBallot>& ballot);
/// Why the hub refused a ballot in a few words, for a list: "the round had closed".
QString refusalShortText(const std::string& code);
/// A receipt cut to its ends for reading: "0a3f9c12…77e1b4c0".
QString shortReceipt(const std::string& receipt);
/// The sentence for what checkInclusion found (`hasReceipt` false: there is no counted ballot to
/// look for).
QString inclusionText(const core::voting::InclusionCheck& check, bool hasReceipt);
/// The sentence for what verifyPublished found, with its problems listed after it.
QString verificationText(const core::voting::Verification& verification, std::size_t ballots);
/// True when the sentence above says the check held (for colouring).
bool verificationHolds(const core::voting::Verification& verification);
/// What checking proves and what it does not (docs/voting.md "What checking proves").
QString checkingLimitsText();

} // namespace balgul::ui
