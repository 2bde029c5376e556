#include "core/voting/ballot_rules.h"

#include <array>
#include <unordered_set>

namespace balgul::core::voting {

namespace {

constexpr std::array<std::string_view, 4> kRuleNames = {"greedy", "greedy-no-skip", "greedy-threshold",
                                                        "equal-shares"};
constexpr std::array<std::string_view, 4> kBallotTypeNames = {"choose-1", "approval", "cumulative",
                                                              "budget-approval"};

const Project* findProject(const Round& round, std::string_view id)
{
    for (const Project& p : round.projects)
        if (p.id == id)
            return &p;
    return nullptr;
}

std::string won(std::int64_t amount)
{
    std::string out = "₩";
    out += formatMoney(amount);
    return out;
}

std::string count(std::int64_t n, std::string_view one, std::string_view many)
{
    std::string out = std::to_string(n);
    out += ' ';
    out += n == 1 ? one : many;
    return out;
}

} // namespace

std::vector<BallotProblem> checkBallot(const Round& round, const Ballot& ballot)
{
    return BallotChecker(round)(ballot);
}

BallotChecker::BallotChecker(const Round& round) : m_round(round)
{
    m_index.reserve(round.projects.size() * 2);
    for (std::size_t i = 0; i < round.projects.size(); ++i)
        m_index.emplace(round.projects[i].id, i);
}

const Project* BallotChecker::find(std::string_view id) const
{
    const auto it = m_index.find(id);
    return it == m_index.end() ? nullptr : &m_round.projects[it->second];
}

std::vector<BallotProblem> BallotChecker::operator()(const Ballot& ballot) const
{
    const Round& round = m_round;
    using Kind = BallotProblem::Kind;
    std::vector<BallotProblem> problems;
    const BallotRules& rules = round.ballot;
    std::unordered_set<std::string_view> seen;
    std::int64_t totalPoints = 0;
    std::int64_t totalCost = 0;
    for (const Choice& choice : ballot.choices) {
        const Project* project = find(choice.projectId);
        if (!project) {
            problems.push_back({Kind::UnknownProject, choice.projectId, 0, 0});
            continue;
        }
        if (!seen.insert(project->id).second) {
            problems.push_back({Kind::Repeated, choice.projectId, 0, 0});
            continue;
        }
        totalCost += project->cost;
        if (choice.points <= 0) {
            problems.push_back({Kind::PointsNotPositive, choice.projectId, choice.points, 0});
            continue;
        }
        totalPoints += choice.points;
        if (rules.type == BallotType::Cumulative && rules.maxPointsPerProject > 0 &&
            choice.points > rules.maxPointsPerProject)
            problems.push_back(
                {Kind::TooManyPointsOnOne, choice.projectId, choice.points, rules.maxPointsPerProject});
    }
    const auto choices = static_cast<std::int64_t>(ballot.choices.size());
    if (rules.type == BallotType::ChooseOne) {
        if (choices != 1)
            problems.push_back({Kind::NotOne, {}, choices, 1});
    } else {
        if (rules.minChoices > 0 && choices < rules.minChoices)
            problems.push_back({Kind::TooFew, {}, choices, rules.minChoices});
        if (rules.maxChoices > 0 && choices > rules.maxChoices)
            problems.push_back({Kind::TooMany, {}, choices, rules.maxChoices});
    }
    if (rules.type == BallotType::Cumulative && rules.maxTotalPoints > 0 &&
        totalPoints > rules.maxTotalPoints)
        problems.push_back({Kind::TooManyPoints, {}, totalPoints, rules.maxTotalPoints});
    std::int64_t costLimit = rules.maxTotalCost;
    if (costLimit == 0 && rules.type == BallotType::BudgetApproval)
        costLimit = round.budget;
    if (costLimit > 0 && totalCost > costLimit)
        problems.push_back({Kind::OverBudget, {}, totalCost, costLimit});
    return problems;
}

std::string projectLabel(const Round& round, std::string_view projectId)
{
    const Project* project = findProject(round, projectId);
    if (project && !project->name.empty())
        return project->name;
    return std::string(projectId);
}

std::string describe(const BallotProblem& problem, const Round& round)
{
    using Kind = BallotProblem::Kind;
    const std::string name = projectLabel(round, problem.projectId);
    std::string out;
    switch (problem.kind) {
    case Kind::UnknownProject:
        out = "Chooses \"" + problem.projectId + "\", which is not a candidate of this round.";
        break;
    case Kind::Repeated:
        out = "Chooses " + name + " more than once.";
        break;
    case Kind::TooFew:
        out = "Chooses " + count(problem.value, "project", "projects") + "; at least " +
              std::to_string(problem.limit) + " are needed.";
        break;
    case Kind::TooMany:
        out = "Chooses " + count(problem.value, "project", "projects") + "; at most " +
              std::to_string(problem.limit) + " are allowed.";
        break;
    case Kind::NotOne:
        out = "Chooses " + count(problem.value, "project", "projects") + "; choose exactly one.";
        break;
    case Kind::PointsNotPositive:
        out =
            "Gives " + count(problem.value, "point", "points") + " to " + name + "; points must be above 0.";
        break;
    case Kind::TooManyPointsOnOne:
        out = "Gives " + count(problem.value, "point", "points") + " to " + name + "; at most " +
              std::to_string(problem.limit) + " on one project.";
        break;
    case Kind::TooManyPoints:
        out = "Gives " + count(problem.value, "point", "points") + " in all; at most " +
              std::to_string(problem.limit) + ".";
        break;
    case Kind::OverBudget:
        out = "Costs " + won(problem.value) + " in all; the budget is " + won(problem.limit) + ".";
        break;
    }
    return out;
}

std::string formatMoney(std::int64_t amount)
{
    const bool negative = amount < 0;
    // Through unsigned so that the lowest int64 has a magnitude too.
    std::uint64_t magnitude =
        negative ? 0 - static_cast<std::uint64_t>(amount) : static_cast<std::uint64_t>(amount);
    std::string digits = std::to_string(magnitude);
    std::string out;
    if (negative)
        out += '-';
    const std::size_t first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
    out.append(digits, 0, first);
    for (std::size_t i = first; i < digits.size(); i += 3) {
        out += ',';
        out.append(digits, i, 3);
    }
    return out;
}

std::string_view ruleName(Rule rule)
{
    return kRuleNames[static_cast<std::size_t>(rule)];
}

std::optional<Rule> parseRule(std::string_view text)
{
    for (std::size_t i = 0; i < kRuleNames.size(); ++i)
        if (kRuleNames[i] == text)
            return static_cast<Rule>(i);
    if (text == "equalshares" || text == "equalshares/add1")
        return Rule::EqualShares;
    return std::nullopt;
}

std::string_view ballotTypeName(BallotType type)
{
    return kBallotTypeNames[static_cast<std::size_t>(type)];
}

std::optional<BallotType> parseBallotType(std::string_view text)
{
    for (std::size_t i = 0; i < kBallotTypeNames.size(); ++i)
        if (kBallotTypeNames[i] == text)
            return static_cast<BallotType>(i);
    return std::nullopt;
}

} // namespace balgul::core::voting
