#include "core/voting/round_json.h"

#include "core/util/ids.h"
#include "core/util/json_writer.h"
#include "core/voting/ballot_rules.h"
#include "core/voting/tally.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <map>
#include <set>

namespace balgul::core::voting {

namespace {

/// An invite's id as the hub makes them: eight lower-case hexadecimal digits.
bool isInviteId(const std::string& text)
{
    return text.size() == 8 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

Error invalid(const std::string& field, const std::string& message)
{
    return Error::make("invalid_field", field + ": " + message, field);
}

std::string text(const Poco::JSON::Object& o, const char* name)
{
    return o.has(name) && o.get(name).isString() ? o.getValue<std::string>(name) : std::string();
}

std::int64_t integer(const Poco::JSON::Object& o, const char* name)
{
    if (!o.has(name))
        return 0;
    const auto v = o.get(name);
    return v.isNumeric() && !v.isBoolean() ? v.convert<std::int64_t>() : 0;
}

std::vector<std::string> strings(const Poco::JSON::Object& o, const char* name)
{
    std::vector<std::string> out;
    const auto items = o.getArray(name);
    if (!items)
        return out;
    for (std::size_t i = 0; i < items->size(); ++i)
        if (items->get(static_cast<unsigned>(i)).isString())
            out.push_back(items->getElement<std::string>(static_cast<unsigned>(i)));
    return out;
}

Poco::Dynamic::Var parseJson(std::string_view json)
{
    Poco::JSON::Parser parser;
    return parser.parse(std::string(json));
}

} // namespace

Result<RoundInfo> roundFromSyncFields(const std::string& id, const Poco::JSON::Object& fields)
{
    RoundInfo info;
    info.id = id;
    info.title = text(fields, "title");
    info.description = text(fields, "description");
    info.pilotIds = strings(fields, "pilot_ids");
    info.eligibleAccounts = strings(fields, "eligible_accounts");
    info.eligibleInvite = text(fields, "eligible_invite");
    if (!info.eligibleInvite.empty() && !isInviteId(info.eligibleInvite))
        return invalid("eligible_invite", "must be an invite's id: eight hexadecimal digits");
    const auto type = parseBallotType(text(fields, "ballot_type"));
    if (!type)
        return invalid("ballot_type", "must be choose-1, approval, cumulative or budget-approval");
    const auto rule = parseRule(text(fields, "rule"));
    if (!rule)
        return invalid("rule", "must be greedy, greedy-no-skip, greedy-threshold or equal-shares");
    Round& r = info.round;
    r.rule = *rule;
    r.budget = integer(fields, "budget");
    r.minScore = integer(fields, "min_score");
    r.ballot.type = *type;
    r.ballot.minChoices = static_cast<int>(integer(fields, "min_choices"));
    r.ballot.maxChoices = static_cast<int>(integer(fields, "max_choices"));
    r.ballot.maxTotalPoints = static_cast<int>(integer(fields, "max_points"));
    r.ballot.maxPointsPerProject = static_cast<int>(integer(fields, "max_points_per_project"));
    if (*type == BallotType::BudgetApproval)
        r.ballot.maxTotalCost = r.budget;
    if (r.budget <= 0)
        return invalid("budget", "must be more than 0");
    if (r.ballot.maxChoices > 0 && r.ballot.minChoices > r.ballot.maxChoices)
        return invalid("min_choices", "must not be more than max_choices");
    if (*type == BallotType::Cumulative && r.ballot.maxTotalPoints <= 0)
        return invalid("max_points", "a cumulative ballot needs at most P points in all (P > 0)");
    if (r.ballot.maxPointsPerProject > 0 && r.ballot.maxTotalPoints > 0 &&
        r.ballot.maxPointsPerProject > r.ballot.maxTotalPoints)
        return invalid("max_points_per_project", "must not be more than max_points");
    if (*rule == Rule::GreedyThreshold && r.minScore <= 0)
        return invalid("min_score", "greedy-threshold needs a minimum score above 0");
    const auto opens = parseIso8601(text(fields, "opens"));
    const auto closes = parseIso8601(text(fields, "closes"));
    if (!opens)
        return invalid("opens", "must be an ISO 8601 time");
    if (!closes)
        return invalid("closes", "must be an ISO 8601 time");
    info.opens = *opens;
    info.closes = *closes;
    if (info.closes <= info.opens)
        return invalid("closes", "must be after opens");
    if (fields.has("projects")) {
        auto projects = parseProjects(text(fields, "projects"));
        if (!projects)
            return projects.error();
        r.projects = std::move(*projects);
    }
    return info;
}

std::string projectsJson(const std::vector<Project>& projects)
{
    std::string out = "[";
    for (std::size_t i = 0; i < projects.size(); ++i) {
        if (i)
            out += ',';
        out += JsonObjectWriter()
                   .add("id", projects[i].id)
                   .add("title", projects[i].name)
                   .add("cost", static_cast<std::int64_t>(projects[i].cost))
                   .add("order", static_cast<std::int64_t>(projects[i].order))
                   .str();
    }
    out += ']';
    return out;
}

Result<std::vector<Project>> parseProjects(std::string_view json)
{
    std::vector<Project> out;
    try {
        const auto parsed = parseJson(json);
        if (parsed.type() != typeid(Poco::JSON::Array::Ptr))
            return invalid("projects", "must be a JSON array");
        const auto items = parsed.extract<Poco::JSON::Array::Ptr>();
        std::set<std::string> seen;
        for (std::size_t i = 0; i < items->size(); ++i) {
            const auto o = items->getObject(static_cast<unsigned>(i));
            if (!o)
                return invalid("projects", "[" + std::to_string(i) + "] must be an object");
            Project p;
            p.id = text(*o, "id");
            p.name = text(*o, "title");
            p.cost = integer(*o, "cost");
            p.order = static_cast<int>(integer(*o, "order"));
            if (p.id.empty() || !seen.insert(p.id).second)
                return invalid("projects", "[" + std::to_string(i) + "] needs an id of its own");
            if (p.cost < 0)
                return invalid("projects", "[" + std::to_string(i) + "] costs less than nothing");
            out.push_back(std::move(p));
        }
    } catch (const std::exception&) {
        return invalid("projects", "is not JSON");
    }
    if (out.size() > kRoundMaxCandidates)
        return invalid("projects", "holds more than 100 candidates");
    return out;
}

std::string tallyJson(const Tally& tally, const Round& round)
{
    std::string selected = "[";
    for (std::size_t i = 0; i < tally.selected.size(); ++i) {
        if (i)
            selected += ',';
        selected += jsonQuote(tally.selected[i]);
    }
    selected += ']';
    std::string projects = "[";
    for (std::size_t i = 0; i < tally.projects.size(); ++i) {
        const ProjectResult& p = tally.projects[i];
        if (i)
            projects += ',';
        projects += JsonObjectWriter()
                        .add("project_id", p.projectId)
                        .add("score", static_cast<std::int64_t>(p.score))
                        .add("cost", static_cast<std::int64_t>(p.cost))
                        .add("selected", p.selected)
                        .add("reason", describe(p.reason, "₩"))
                        .str();
    }
    projects += ']';
    (void)round;
    return JsonObjectWriter()
        .add("rule", std::string(ruleName(tally.rule)))
        .add("budget", static_cast<std::int64_t>(tally.budget))
        .add("voters", static_cast<std::int64_t>(tally.voters))
        .addRaw("selected", selected)
        .add("cost", static_cast<std::int64_t>(tally.cost))
        .addRaw("projects", projects)
        .str();
}

std::string publishedResultsJson(const RoundInfo& info, std::vector<PublishedBallot> ballots)
{
    std::sort(ballots.begin(), ballots.end(),
              [](const PublishedBallot& a, const PublishedBallot& b) { return a.receipt < b.receipt; });
    std::vector<std::string> leaves;
    std::vector<Ballot> contents;
    std::string list = "[";
    for (std::size_t i = 0; i < ballots.size(); ++i) {
        leaves.push_back(merkleLeaf(ballots[i]));
        if (auto b = parseChoices(ballots[i].choices))
            contents.push_back(std::move(*b));
        if (i)
            list += ',';
        list +=
            JsonObjectWriter().add("receipt", ballots[i].receipt).add("choices", ballots[i].choices).str();
    }
    list += ']';
    const Tally outcome = tally(info.round, contents);
    std::string others = "[";
    bool first = true;
    for (const Rule rule : {Rule::Greedy, Rule::GreedyNoSkip, Rule::GreedyThreshold, Rule::EqualShares}) {
        if (rule == info.round.rule || (rule == Rule::GreedyThreshold && info.round.minScore <= 0))
            continue;
        Round other = info.round;
        other.rule = rule;
        if (!first)
            others += ',';
        first = false;
        others += tallyJson(tally(other, contents), other);
    }
    others += ']';
    std::string pilots = "[";
    for (std::size_t i = 0; i < info.pilotIds.size(); ++i) {
        if (i)
            pilots += ',';
        pilots += jsonQuote(info.pilotIds[i]);
    }
    pilots += ']';
    return JsonObjectWriter()
        .add("round_id", info.id)
        .add("title", info.title)
        .add("ballot_type", std::string(ballotTypeName(info.round.ballot.type)))
        .add("rule", std::string(ruleName(info.round.rule)))
        .add("budget", static_cast<std::int64_t>(info.round.budget))
        .add("min_score", static_cast<std::int64_t>(info.round.minScore))
        .add("min_choices", static_cast<std::int64_t>(info.round.ballot.minChoices))
        .add("max_choices", static_cast<std::int64_t>(info.round.ballot.maxChoices))
        .add("max_points", static_cast<std::int64_t>(info.round.ballot.maxTotalPoints))
        .add("max_points_per_project", static_cast<std::int64_t>(info.round.ballot.maxPointsPerProject))
        .add("opens", toIso8601(info.opens))
        .add("closes", toIso8601(info.closes))
        .addRaw("pilot_ids", pilots)
        .add("projects", projectsJson(info.round.projects))
        .addRaw("ballots", list)
        .add("merkle_root", merkleRoot(leaves))
        .addRaw("tally", tallyJson(outcome, info.round))
        .addRaw("other_rules", others)
        .str();
}

Result<PublishedResults> parsePublishedResults(std::string_view json)
{
    PublishedResults out;
    try {
        const auto parsed = parseJson(json);
        if (parsed.type() != typeid(Poco::JSON::Object::Ptr))
            return invalid("results", "must be a JSON object");
        const auto o = parsed.extract<Poco::JSON::Object::Ptr>();
        auto info = roundFromSyncFields(text(*o, "round_id"), *o);
        if (!info)
            return info.error();
        out.info = std::move(*info);
        const auto ballots = o->getArray("ballots");
        if (!ballots)
            return invalid("ballots", "is missing");
        for (std::size_t i = 0; i < ballots->size(); ++i) {
            const auto b = ballots->getObject(static_cast<unsigned>(i));
            if (!b)
                return invalid("ballots", "[" + std::to_string(i) + "] must be an object");
            out.ballots.push_back(PublishedBallot{text(*b, "receipt"), text(*b, "choices")});
        }
        out.merkleRoot = text(*o, "merkle_root");
        const auto t = o->getObject("tally");
        if (!t)
            return invalid("tally", "is missing");
        out.selected = strings(*t, "selected");
        out.cost = integer(*t, "cost");
        out.voters = integer(*t, "voters");
        if (const auto projects = t->getArray("projects"))
            for (std::size_t i = 0; i < projects->size(); ++i)
                if (const auto p = projects->getObject(static_cast<unsigned>(i)))
                    out.scores.emplace_back(text(*p, "project_id"), integer(*p, "score"));
    } catch (const std::exception& e) {
        return invalid("results", std::string("is not JSON: ") + e.what());
    }
    return out;
}

Verification verifyPublished(const PublishedResults& published)
{
    Verification v;
    std::vector<std::string> leaves;
    std::vector<Ballot> contents;
    std::set<std::string> receipts;
    std::string previous;
    for (std::size_t i = 0; i < published.ballots.size(); ++i) {
        const PublishedBallot& b = published.ballots[i];
        const std::string where =
            "ballot " + std::to_string(i + 1) + " (receipt " + b.receipt.substr(0, 12) + ")";
        if (!isSha256Hex(b.receipt))
            v.problems.push_back(where + ": the receipt is not 64 hex characters");
        if (!receipts.insert(b.receipt).second)
            v.problems.push_back(where + ": the receipt is listed twice");
        if (i > 0 && b.receipt < previous)
            v.problems.push_back(where + ": the list is not in receipt order");
        previous = b.receipt;
        leaves.push_back(merkleLeaf(b));
        auto ballot = parseChoices(b.choices);
        if (!ballot) {
            v.problems.push_back(where + ": " + ballot.error().message);
            continue;
        }
        for (const BallotProblem& p : checkBallot(published.info.round, *ballot))
            v.problems.push_back(where + " breaks the round's rules: " + describe(p, published.info.round));
        contents.push_back(std::move(*ballot));
    }
    v.recomputedRoot = merkleRoot(leaves);
    if (v.recomputedRoot != published.merkleRoot)
        v.problems.push_back("the Merkle root computed from the list (" + v.recomputedRoot.substr(0, 16) +
                             "…) is not the published one (" + published.merkleRoot.substr(0, 16) + "…)");
    v.recomputed = tally(published.info.round, contents);
    if (v.recomputed.voters != published.voters)
        v.problems.push_back("the list holds " + std::to_string(v.recomputed.voters) +
                             " ballots; the tally says " + std::to_string(published.voters));
    std::set<std::string> mine(v.recomputed.selected.begin(), v.recomputed.selected.end());
    std::set<std::string> theirs(published.selected.begin(), published.selected.end());
    if (mine != theirs)
        v.problems.push_back("the projects selected by the rule on the list are not the published ones");
    if (v.recomputed.cost != published.cost)
        v.problems.push_back("the selected projects' cost differs from the published cost");
    std::map<std::string, std::int64_t> scores;
    for (const ProjectResult& p : v.recomputed.projects)
        scores[p.projectId] = p.score;
    for (const auto& [id, score] : published.scores)
        if (scores[id] != score)
            v.problems.push_back("project " + id + ": the list gives it " + std::to_string(scores[id]) +
                                 ", the tally says " + std::to_string(score));
    return v;
}

InclusionCheck checkInclusion(const PublishedResults& published, const std::string& receipt,
                              const std::string& canonicalChoicesCast)
{
    InclusionCheck check;
    std::vector<std::string> leaves;
    std::size_t index = published.ballots.size();
    for (std::size_t i = 0; i < published.ballots.size(); ++i) {
        leaves.push_back(merkleLeaf(published.ballots[i]));
        if (published.ballots[i].receipt == receipt)
            index = i;
    }
    if (index == published.ballots.size())
        return check;
    check.found = true;
    check.sameChoices = published.ballots[index].choices == canonicalChoicesCast;
    check.proofHolds = verifyMerkleProof(leaves[index], merkleProof(leaves, index), published.merkleRoot);
    return check;
}

} // namespace balgul::core::voting
