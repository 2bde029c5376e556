#include "ui/voting/voting_strings.h"

#include "ui/pilots/pilot_strings.h"
#include "ui/qt_convert.h"
#include "ui/sync/hub_error_text.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace balgul::ui {

namespace {

using core::voting::BallotProblem;
using core::voting::BallotType;
using core::voting::Reason;
using core::voting::Rule;

class VotingStrings
{
    Q_DECLARE_TR_FUNCTIONS(VotingStrings)

public:
    static QString state(core::voting::RoundState state);
    static QString ballotType(BallotType type);
    static QString rule(Rule rule);
    static QString ballotRules(const core::voting::Round& round);
    static QString ruleSentence(const core::voting::Round& round);
    static QString problem(const BallotProblem& problem, const core::voting::Round& round);
    static QString reason(const Reason& reason, const core::voting::Round& round);
    static QString difference(const core::voting::RuleDifference& difference,
                              const core::voting::Round& round);
    static QString myBallot(const std::optional<core::voting::MyBallot>& ballot);
    static QString inclusion(const core::voting::InclusionCheck& check, bool hasReceipt);
    static QString verification(const core::voting::Verification& verification, std::size_t ballots);
    static QString limits();
};

QString quoted(const QString& name)
{
    //: A pilot's name quoted inside a sentence.
    return QCoreApplication::translate("VotingStrings", "“%1”").arg(name);
}

QString names(const core::voting::Round& round, const std::vector<std::string>& ids)
{
    QStringList out;
    for (const auto& id : ids)
        out << projectName(round, id);
    //: Separates the names of pilots in a list.
    return out.join(QCoreApplication::translate("VotingStrings", ", "));
}

QString wonOf(double amount)
{
    return wonText(static_cast<std::int64_t>(std::llround(amount)));
}

std::int64_t costOf(const core::voting::Round& round, const std::string& id)
{
    for (const auto& p : round.projects)
        if (p.id == id)
            return p.cost;
    return -1;
}

} // namespace

QString roundStateName(core::voting::RoundState state)
{
    return VotingStrings::state(state);
}

QString ballotTypeName(BallotType type)
{
    return VotingStrings::ballotType(type);
}

QString ruleDisplayName(Rule rule)
{
    return VotingStrings::rule(rule);
}

QString ballotRulesText(const core::voting::Round& round)
{
    return VotingStrings::ballotRules(round);
}

QString ruleText(const core::voting::Round& round)
{
    return VotingStrings::ruleSentence(round);
}

QString projectName(const core::voting::Round& round, const std::string& projectId)
{
    for (const auto& p : round.projects)
        if (p.id == projectId)
            return toQ(p.name.empty() ? p.id : p.name);
    return toQ(projectId);
}

QString ballotProblemText(const BallotProblem& problem, const core::voting::Round& round)
{
    return VotingStrings::problem(problem, round);
}

QString reasonText(const Reason& reason, const core::voting::Round& round)
{
    return VotingStrings::reason(reason, round);
}

QString ruleDifferenceText(const core::voting::RuleDifference& difference, const core::voting::Round& round)
{
    return VotingStrings::difference(difference, round);
}

QString myBallotStateText(const std::optional<core::voting::MyBallot>& ballot)
{
    return VotingStrings::myBallot(ballot);
}

QString refusalShortText(const std::string& code)
{
    if (code == "round_closed")
        return VotingStrings::tr("the round had closed");
    if (code == "round_not_open")
        return VotingStrings::tr("the round was not open yet");
    if (code == "not_eligible")
        return VotingStrings::tr("not in the round's group");
    if (code == "invalid_ballot")
        return VotingStrings::tr("breaks the round's rules");
    return VotingStrings::tr("see the round");
}

QString shortReceipt(const std::string& receipt)
{
    if (receipt.size() <= 18)
        return toQ(receipt);
    return toQ(receipt.substr(0, 8)) + QStringLiteral("…") + toQ(receipt.substr(receipt.size() - 8));
}

QString inclusionText(const core::voting::InclusionCheck& check, bool hasReceipt)
{
    return VotingStrings::inclusion(check, hasReceipt);
}

QString verificationText(const core::voting::Verification& verification, std::size_t ballots)
{
    return VotingStrings::verification(verification, ballots);
}

bool verificationHolds(const core::voting::Verification& verification)
{
    return verification.problems.empty();
}

QString checkingLimitsText()
{
    return VotingStrings::limits();
}

QString VotingStrings::state(core::voting::RoundState state)
{
    using S = core::voting::RoundState;
    switch (state) {
    case S::Upcoming:
        //: A voting round that has not opened yet.
        return tr("Upcoming");
    case S::Open:
        //: A voting round taking ballots.
        return tr("Open");
    case S::Closed:
        return tr("Closed");
    }
    return {};
}

QString VotingStrings::ballotType(BallotType type)
{
    switch (type) {
    case BallotType::ChooseOne:
        return tr("Choose one");
    case BallotType::Approval:
        return tr("Approval");
    case BallotType::Cumulative:
        return tr("Cumulative");
    case BallotType::BudgetApproval:
        return tr("Budget approval");
    }
    return {};
}

QString VotingStrings::rule(Rule rule)
{
    switch (rule) {
    case Rule::Greedy:
        return tr("Greedy");
    case Rule::GreedyNoSkip:
        return tr("Greedy without skipping");
    case Rule::GreedyThreshold:
        return tr("Greedy with a minimum score");
    case Rule::EqualShares:
        return tr("Method of Equal Shares");
    }
    return {};
}

QString VotingStrings::ballotRules(const core::voting::Round& round)
{
    const auto& b = round.ballot;
    switch (b.type) {
    case BallotType::ChooseOne:
        return tr("Choose one pilot.");
    case BallotType::Approval:
        if (b.minChoices > 0 && b.maxChoices > 0)
            return b.minChoices == b.maxChoices
                       ? tr("Approve exactly %n pilot(s).", nullptr, b.maxChoices)
                       : tr("Approve at least %1 and at most %2 pilots.").arg(b.minChoices).arg(b.maxChoices);
        if (b.minChoices > 0)
            return tr("Approve at least %n pilot(s).", nullptr, b.minChoices);
        if (b.maxChoices > 0)
            return tr("Approve at most %n pilot(s).", nullptr, b.maxChoices);
        return tr("Approve as many pilots as you like.");
    case BallotType::Cumulative: {
        QString text = b.maxTotalPoints > 0
                           ? tr("Share up to %n point(s) among the pilots.", nullptr, b.maxTotalPoints)
                           : tr("Give the pilots points.");
        if (b.maxPointsPerProject > 0)
            text +=
                QLatin1Char(' ') + tr("At most %n point(s) on one pilot.", nullptr, b.maxPointsPerProject);
        return text;
    }
    case BallotType::BudgetApproval: {
        const std::int64_t limit = b.maxTotalCost > 0 ? b.maxTotalCost : round.budget;
        return tr("Approve pilots that cost at most %1 in all.").arg(wonText(limit));
    }
    }
    return {};
}

QString VotingStrings::ruleSentence(const core::voting::Round& round)
{
    switch (round.rule) {
    case Rule::Greedy:
        return tr("The pilots with the most votes are chosen first; one that no longer fits the money "
                  "left is skipped.");
    case Rule::GreedyNoSkip:
        return tr("The pilots with the most votes are chosen first, until the first one that does not "
                  "fit the money left.");
    case Rule::GreedyThreshold:
        return tr("Among the pilots with at least %Ln vote(s), those with the most are chosen first; one "
                  "that no longer fits is skipped.",
                  nullptr, static_cast<int>(round.minScore));
    case Rule::EqualShares:
        return tr("Method of Equal Shares: every voter holds an equal share of the budget, and a pilot is "
                  "chosen when its supporters can pay for it between them.");
    }
    return {};
}

QString VotingStrings::problem(const BallotProblem& problem, const core::voting::Round& round)
{
    using K = BallotProblem::Kind;
    const QString name = quoted(projectName(round, problem.projectId));
    const int value = static_cast<int>(problem.value);
    const int limit = static_cast<int>(problem.limit);
    switch (problem.kind) {
    case K::UnknownProject:
        return tr("%1 is not a candidate in this round.").arg(name);
    case K::Repeated:
        return tr("%1 is chosen twice.").arg(name);
    case K::TooFew:
        //: %n is the least number of pilots; %1 how many were chosen.
        return tr("Choose at least %n pilot(s); you chose %1.", nullptr, limit).arg(value);
    case K::TooMany:
        //: %n is the most pilots allowed; %1 how many were chosen.
        return tr("Choose at most %n pilot(s); you chose %1.", nullptr, limit).arg(value);
    case K::NotOne:
        return value == 0 ? tr("Choose one pilot.") : tr("Choose only one pilot; you chose %1.").arg(value);
    case K::PointsNotPositive:
        return tr("Give %1 at least one point, or leave it out.").arg(name);
    case K::TooManyPointsOnOne:
        return tr("At most %n point(s) on one pilot; %1 has %2.", nullptr, limit).arg(name).arg(value);
    case K::TooManyPoints:
        return tr("At most %n point(s) in all; you gave %1.", nullptr, limit).arg(value);
    case K::OverBudget:
        return tr("The chosen pilots cost %1; at most %2 may be chosen.")
            .arg(wonText(problem.value), wonText(problem.limit));
    }
    return {};
}

QString VotingStrings::reason(const Reason& reason, const core::voting::Round& round)
{
    using K = Reason::Kind;
    QString text;
    switch (reason.kind) {
    case K::Selected:
        text = tr("Selected: %1 left after it.").arg(wonText(reason.left));
        break;
    case K::Skipped:
        text = tr("Skipped: %1 left, costs %2.").arg(wonText(reason.left), wonText(reason.cost));
        break;
    case K::StoppedBefore:
        text = tr("Not reached: the selection stopped at a pilot before it.");
        break;
    case K::StoppedHere:
        text = tr("The selection stopped here: %1 left, costs %2.")
                   .arg(wonText(reason.left), wonText(reason.cost));
        break;
    case K::BelowThreshold:
        text = tr("Below the minimum score: %L1 of %L2 needed.").arg(reason.score).arg(reason.threshold);
        break;
    case K::SelectedShares: {
        const int payers = static_cast<int>(reason.payers);
        const bool even = std::llround(reason.minPayment) == std::llround(reason.maxPayment);
        text = even ? tr("Selected: its %n supporter(s) paid %1 each.", nullptr, payers)
                          .arg(wonOf(reason.maxPayment))
                    : tr("Selected: its %n supporter(s) paid %1 to %2 each.", nullptr, payers)
                          .arg(wonOf(reason.minPayment), wonOf(reason.maxPayment));
        if (reason.byCompletion)
            text += QLatin1Char(' ') + tr("(Chosen as the shares grew to spend the budget left.)");
        break;
    }
    case K::NotAffordable:
        text = tr("Not selected: its supporters could not pay %1 between them.").arg(wonText(reason.cost));
        break;
    case K::OverBudget:
        text = tr("Not selected: it costs %1, more than the whole budget of %2.")
                   .arg(wonText(reason.cost), wonText(reason.left));
        break;
    case K::NoVotes:
        text = tr("Not selected: nobody chose it.");
        break;
    }
    if (!reason.tiedWith.empty()) {
        bool byCost = false;
        bool byOrder = false;
        for (const auto& id : reason.tiedWith)
            (costOf(round, id) == reason.cost ? byOrder : byCost) = true;
        QString how = byCost && byOrder ? tr("broken by the lower cost, then the earlier pilot")
                      : byCost          ? tr("broken by the lower cost")
                                        : tr("broken by the earlier pilot");
        //: %1: the pilots with the same score; %2: how the tie was broken.
        text += QLatin1Char(' ') + tr("Tie with %1, %2.").arg(names(round, reason.tiedWith), how);
    }
    return text;
}

QString VotingStrings::difference(const core::voting::RuleDifference& difference,
                                  const core::voting::Round& round)
{
    const QString rule = ruleDisplayName(difference.rule);
    if (difference.same())
        return tr("%1 would select the same.").arg(rule);
    if (difference.lost.empty())
        return tr("With %1: also %2.").arg(rule, names(round, difference.gained));
    if (difference.gained.empty())
        return tr("With %1: without %2.").arg(rule, names(round, difference.lost));
    //: E.g. "With Greedy: Quiet streets instead of Shade trees."
    return tr("With %1: %2 instead of %3.")
        .arg(rule, names(round, difference.gained), names(round, difference.lost));
}

QString VotingStrings::myBallot(const std::optional<core::voting::MyBallot>& ballot)
{
    using S = core::voting::BallotState;
    if (!ballot)
        return tr("You have not voted.");
    switch (ballot->state) {
    case S::Pending:
        return ballot->acceptedReceipt.empty()
                   ? tr("Your ballot is waiting to be sent to the hub (with the next sync).")
                   : tr("Your new ballot is waiting to be sent to the hub; until then your earlier one "
                        "counts.");
    case S::Accepted:
        return tr("Counted: the hub has your ballot.");
    case S::Refused: {
        QString text = tr("Refused: %1").arg(hubErrorText(ballot->refusalCode));
        if (!ballot->acceptedReceipt.empty())
            text += QLatin1Char(' ') + tr("Your earlier ballot still counts.");
        return text;
    }
    }
    return {};
}

QString VotingStrings::inclusion(const core::voting::InclusionCheck& check, bool hasReceipt)
{
    if (!hasReceipt)
        return tr("The hub had not counted a ballot of yours in this round, so there is none to look for.");
    if (!check.found)
        return tr("Your receipt is not in the published list: your ballot was not counted as you cast it.");
    if (!check.sameChoices)
        return tr("Your receipt is in the published list, but with other choices than the ones you cast.");
    if (!check.proofHolds)
        return tr("Your ballot is in the published list, but its Merkle proof does not lead to the published "
                  "root.");
    return tr("Your ballot is in the published list with the choices you cast, and its Merkle proof holds.");
}

QString VotingStrings::verification(const core::voting::Verification& verification, std::size_t ballots)
{
    if (verification.problems.empty())
        return tr("The published tally follows from the %Ln published ballot(s).", nullptr,
                  static_cast<int>(ballots));
    QStringList lines{tr("The published results do not add up:")};
    for (const auto& problem : verification.problems)
        lines << QStringLiteral("• ") + toQ(problem);
    return lines.join(QLatin1Char('\n'));
}

QString VotingStrings::limits()
{
    return tr("What this proves: your ballot was counted as you cast it, and the published tally follows "
              "from the published ballots by the round's rule. What it does not prove: that every listed "
              "ballot came from a different eligible resident. It does not hide how people voted from "
              "whoever runs the hub's database, and it is not coercion-resistant: anyone you show your "
              "ballot's secret can check how you voted. It suits a living lab's advisory choice, not a "
              "binding public election.");
}

} // namespace balgul::ui
