// `balgul-cli round …`: voting rounds on pilots — a coordinator opens and closes them, a resident
// casts a ballot (offline too; the sync sends it), and anyone verifies a closed round's published
// ballots and tally from the hub's public answers (docs/voting.md).

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/store/store.h"
#include "core/sync/hub_client.h"
#include "core/util/ids.h"
#include "core/util/json_writer.h"
#include "core/util/text.h"
#include "core/util/time.h"
#include "core/voting/ballot_rules.h"
#include "core/voting/pabulib.h"
#include "core/voting/tally.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

namespace balgul::cli {

namespace {

namespace voting = core::voting;

std::vector<std::string> split(const std::string& text, char separator)
{
    std::vector<std::string> out;
    std::stringstream in(text);
    std::string part;
    while (std::getline(in, part, separator))
        if (!core::trimmed(part).empty())
            out.push_back(std::string(core::trimmed(part)));
    return out;
}

std::string money(std::int64_t won)
{
    return "₩" + voting::formatMoney(won);
}

std::string stateName(voting::RoundState state)
{
    switch (state) {
    case voting::RoundState::Upcoming:
        return "upcoming";
    case voting::RoundState::Open:
        return "open";
    case voting::RoundState::Closed:
        return "closed";
    }
    return {};
}

std::string ballotStateName(const voting::MyBallot& b)
{
    switch (b.state) {
    case voting::BallotState::Pending:
        return "waiting to be sent (run `balgul-cli sync`)";
    case voting::BallotState::Accepted:
        return "counted by the hub";
    case voting::BallotState::Refused:
        return "refused by the hub (" + b.refusalCode + "): " + b.refusalMessage;
    }
    return {};
}

/// A round by its id or a unique beginning of it.
core::Result<voting::LocalRound> findRound(core::Store& store, const std::string& word)
{
    std::vector<voting::LocalRound> found;
    for (auto& r : store.rounds())
        if (r.info.id == word)
            return r;
        else if (!word.empty() && r.info.id.rfind(word, 0) == 0)
            found.push_back(std::move(r));
    if (found.size() == 1)
        return found.front();
    return core::Error::make("not_found", found.empty()
                                              ? "no voting round " + word + " (balgul-cli round list)"
                                              : "more than one round begins with " + word);
}

/// A candidate of the round by its number in `round show` (1, 2…), its id or a unique beginning.
core::Result<std::string> findCandidate(const voting::Round& round, const std::string& word)
{
    if (const auto n = wholeNumber(word, 1, static_cast<std::int64_t>(round.projects.size())))
        return round.projects[static_cast<std::size_t>(*n - 1)].id;
    std::vector<std::string> found;
    for (const auto& p : round.projects)
        if (p.id == word)
            return p.id;
        else if (p.id.rfind(word, 0) == 0)
            found.push_back(p.id);
    if (found.size() == 1)
        return found.front();
    return core::Error::make("invalid_field",
                             "no candidate " + word + " in this round (balgul-cli round show)", "choose");
}

/// The profile's store and one of its rounds, by its id or a unique beginning of it.
struct OpenedRound
{
    std::unique_ptr<core::Store> store;
    voting::LocalRound round;
};

core::Result<OpenedRound> openRound(const Args& args, const std::string& word)
{
    auto store = openExistingStore(args.storePath);
    if (!store)
        return store.error();
    auto round = findRound(**store, word);
    if (!round)
        return round.error();
    return OpenedRound{std::move(*store), std::move(*round)};
}

int list(const Args& args)
{
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    const auto at = core::now();
    const bool json = args.option("format") == "json";
    std::string out = "[";
    for (const auto& r : (*store)->rounds()) {
        const auto mine = (*store)->myBallot(r.info.id);
        if (json) {
            if (out.size() > 1)
                out += ',';
            out += core::JsonObjectWriter()
                       .add("id", r.info.id)
                       .add("title", r.info.title)
                       .add("state", stateName(r.stateAt(at)))
                       .add("closes", core::toIso8601(r.info.closes))
                       .add("local_only", r.localOnly)
                       .add("voted", mine.has_value())
                       .str();
            continue;
        }
        std::cout << r.info.id << "  " << stateName(r.stateAt(at)) << "  closes "
                  << core::toIso8601(r.info.closes) << "  " << r.info.title
                  << (r.localOnly ? "  (kept here only)"
                      : r.pending ? "  (not sent yet)"
                                  : "")
                  << (mine ? "  [your ballot: " + ballotStateName(*mine) + "]" : "") << '\n';
    }
    if (json)
        std::cout << out << "]\n";
    return kOk;
}

int show(const Args& args, const std::vector<std::string>& words)
{
    if (words.size() != 2)
        return usage("round show ROUND");
    auto opened = openRound(args, words[1]);
    if (!opened)
        return failed(opened.error());
    core::Store& store = *opened->store;
    const voting::LocalRound* r = &opened->round;
    const auto& round = r->info.round;
    std::cout << r->info.title << "\n"
              << "  " << stateName(r->stateAt(core::now())) << ", opens " << core::toIso8601(r->info.opens)
              << ", closes " << core::toIso8601(r->info.closes) << "\n"
              << "  ballot: " << voting::ballotTypeName(round.ballot.type)
              << "; rule: " << voting::ruleName(round.rule) << "; budget " << money(round.budget) << "\n";
    for (std::size_t i = 0; i < round.projects.size(); ++i)
        std::cout << "  " << (i + 1) << ". " << round.projects[i].name << " — "
                  << money(round.projects[i].cost) << "  (" << round.projects[i].id << ")\n";
    if (const auto mine = store.myBallot(r->info.id)) {
        std::string choices;
        for (const auto& c : mine->ballot.choices)
            choices +=
                (choices.empty() ? "" : "; ") + voting::projectLabel(round, c.projectId) +
                (round.ballot.type == voting::BallotType::Cumulative ? " ×" + std::to_string(c.points) : "");
        std::cout << "Your ballot: " << (choices.empty() ? "no project (an empty ballot)" : choices) << "\n  "
                  << ballotStateName(*mine) << "\n  receipt " << mine->receipt << '\n';
    }
    return kOk;
}

int create(const Args& args)
{
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    voting::RoundDraft d;
    d.title = args.option("title");
    d.description = args.option("description");
    const auto pilots = (*store)->pilots();
    for (const auto& word : split(args.option("pilots"), ',')) {
        std::vector<std::string> found;
        for (const auto& p : pilots)
            if (p.id.rfind(word, 0) == 0)
                found.push_back(p.id);
        if (found.size() != 1)
            return usage("--pilots: " + word +
                         (found.empty() ? " names no pilot" : " names more than one pilot") +
                         " (balgul-cli pilot list)");
        d.pilotIds.push_back(found.front());
    }
    const auto type = voting::parseBallotType(args.option("type", "budget-approval"));
    const auto rule = voting::parseRule(args.option("rule", "greedy"));
    if (!type)
        return usage("--type is choose-1, approval, cumulative or budget-approval");
    if (!rule)
        return usage("--rule is greedy, greedy-no-skip, greedy-threshold or equal-shares");
    d.ballot.type = *type;
    d.rule = *rule;
    const auto number = [&](const char* name, std::int64_t max) -> std::optional<std::int64_t> {
        const std::string text = args.option(name);
        if (text.empty())
            return 0;
        return wholeNumber(text, 0, max);
    };
    const auto budget = number("budget", 1000000000000000);
    const auto minScore = number("min-score", 1000000000);
    const auto minChoices = number("min", 100);
    const auto maxChoices = number("max", 100);
    const auto points = number("points", 1000000);
    const auto perProject = number("points-per-project", 1000000);
    if (!budget || !minScore || !minChoices || !maxChoices || !points || !perProject)
        return usage(
            "--budget, --min-score, --min, --max, --points and --points-per-project take whole numbers");
    d.budget = *budget;
    d.minScore = *minScore;
    d.ballot.minChoices = static_cast<int>(*minChoices);
    d.ballot.maxChoices = static_cast<int>(*maxChoices);
    d.ballot.maxTotalPoints = static_cast<int>(*points);
    d.ballot.maxPointsPerProject = static_cast<int>(*perProject);
    const std::string opens = args.option("opens", "now");
    const auto at = core::now();
    const auto opensAt = opens == "now" ? std::optional<core::Timestamp>(at) : core::parseIso8601(opens);
    if (!opensAt)
        return usage("--opens takes an ISO 8601 time or now");
    d.opens = *opensAt;
    if (const std::string days = args.option("days"); !days.empty()) {
        const auto n = wholeNumber(days, 1, 366);
        if (!n)
            return usage("--days takes 1 to 366");
        d.closes = d.opens + std::chrono::hours(24 * *n);
    } else {
        const auto closes = core::parseIso8601(args.option("closes"));
        if (!closes)
            return usage("--closes takes an ISO 8601 time (or give --days N)");
        d.closes = *closes;
    }
    // Who may vote: every resident, the accounts listed, or those that joined with one invite.
    for (const auto& word : split(args.option("accounts"), ',')) {
        if (!core::isUuid(word))
            return usage("--accounts takes account ids (UUIDs) separated by commas: " + word);
        d.eligibleAccounts.push_back(word);
    }
    d.eligibleInvite = args.option("invite");
    std::transform(d.eligibleInvite.begin(), d.eligibleInvite.end(), d.eligibleInvite.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    auto made = (*store)->createRound(d);
    if (!made)
        return failed(made.error());
    std::cout << "round " << made->info.id << " opens " << core::toIso8601(made->info.opens) << " and closes "
              << core::toIso8601(made->info.closes) << "; run `balgul-cli sync` to open it on the hub\n";
    return kOk;
}

int close(const Args& args, const std::vector<std::string>& words)
{
    if (words.size() != 2)
        return usage("round close ROUND");
    auto opened = openRound(args, words[1]);
    if (!opened)
        return failed(opened.error());
    core::Store& store = *opened->store;
    const voting::LocalRound* r = &opened->round;
    if (auto s = store.closeRound(r->info.id); !s)
        return failed(s.error());
    std::cout << "closing " << r->info.title << " now; run `balgul-cli sync` to close it on the hub\n";
    return kOk;
}

int vote(const Args& args, const std::vector<std::string>& words)
{
    if (words.size() != 2)
        return usage("round vote ROUND --choose 1,3 | --points 1=4,2=6");
    auto opened = openRound(args, words[1]);
    if (!opened)
        return failed(opened.error());
    core::Store& store = *opened->store;
    const voting::LocalRound* r = &opened->round;
    voting::Ballot ballot;
    for (const auto& word : split(args.option("choose"), ',')) {
        auto id = findCandidate(r->info.round, word);
        if (!id)
            return failed(id.error());
        ballot.choices.push_back({*id, 1});
    }
    for (const auto& word : split(args.option("points"), ',')) {
        const auto eq = word.find('=');
        const auto n = eq == std::string::npos ? std::nullopt : wholeNumber(word.substr(eq + 1), 1, 1000000);
        if (!n)
            return usage("--points takes CANDIDATE=POINTS pairs, e.g. 1=4,2=6");
        auto id = findCandidate(r->info.round, word.substr(0, eq));
        if (!id)
            return failed(id.error());
        ballot.choices.push_back({*id, static_cast<int>(*n)});
    }
    auto cast = store.castBallot(r->info.id, ballot);
    if (!cast)
        return failed(cast.error());
    std::cout << "ballot cast; receipt " << cast->receipt
              << "\nit counts once the hub accepts it: run `balgul-cli sync`\n";
    return kOk;
}

core::Result<std::string> fetchResults(const Args& args, core::Store& store, const std::string& roundId)
{
    std::string hub = args.option("hub");
    if (hub.empty())
        hub = store.syncValue("hub_url");
    if (hub.empty())
        return core::Error::make("no_hub", "no hub: pass --hub URL, or log in first");
    core::sync::HubClient client(core::sync::HubEndpoint{hub, {}, !args.flag("insecure"), 60});
    auto answer = client.send("GET", "/v1/rounds/" + roundId + "/results");
    if (!answer)
        return answer.error();
    if (auto s = core::sync::HubClient::check(*answer); !s)
        return s.error();
    return answer->body;
}

/// What `round verify` found, as it prints it; 0 when everything holds.
int verify(const Args& args, const std::vector<std::string>& words)
{
    if (words.size() != 2)
        return usage("round verify ROUND [--hub URL]");
    // Only the hub's public answers; the profile, when there is one, for the hub's address and
    // this voter's own ballot.
    auto store = openExistingStore(args.storePath);
    std::string roundId = words[1];
    if (store) {
        auto local = findRound(**store, words[1]);
        if (local)
            roundId = local->info.id;
        else if (!core::isCanonicalUuid(words[1])) // a beginning this profile cannot tell apart
            return failed(local.error());
    }
    std::string hub = args.option("hub");
    if (hub.empty() && store)
        hub = (*store)->syncValue("hub_url");
    if (hub.empty())
        return usage("round verify needs the hub: pass --hub URL");
    core::sync::HubClient client(core::sync::HubEndpoint{hub, {}, !args.flag("insecure"), 60});
    auto answer = client.send("GET", "/v1/rounds/" + roundId + "/results");
    if (!answer)
        return failed(answer.error());
    if (auto s = core::sync::HubClient::check(*answer); !s)
        return failed(s.error());
    const auto body = core::Result<std::string>(answer->body);
    if (!body)
        return failed(body.error());
    auto published = voting::parsePublishedResults(*body);
    if (!published)
        return failed(published.error());
    const auto v = voting::verifyPublished(*published);
    std::cout << published->info.title << ": " << published->ballots.size()
              << " published ballots, Merkle root " << published->merkleRoot << "\n";
    int status = kOk;
    if (v.problems.empty()) {
        std::cout << "The tally follows from the published ballots: recomputed under "
                  << voting::ruleName(published->info.round.rule) << ", the same "
                  << v.recomputed.selected.size() << " selected projects costing " << money(v.recomputed.cost)
                  << ", the same scores and root.\n";
    } else {
        std::cout << "The published answer does NOT hold:\n";
        for (const auto& p : v.problems)
            std::cout << "  - " << p << '\n';
        status = 1;
    }
    if (const auto mine = store ? (*store)->myBallot(roundId) : std::nullopt;
        mine && !mine->acceptedReceipt.empty()) {
        const auto check = voting::checkInclusion(*published, mine->acceptedReceipt, mine->acceptedChoices);
        const bool secretHolds = mine->acceptedSecret.empty() ||
                                 voting::ballotReceipt(roundId, mine->acceptedChoices,
                                                       mine->acceptedSecret) == mine->acceptedReceipt;
        if (check.found && check.sameChoices && check.proofHolds && secretHolds) {
            std::cout
                << "Your ballot (receipt " << mine->acceptedReceipt.substr(0, 16)
                << "…) is in the published list with the choices you cast, and its Merkle proof holds.\n";
        } else {
            std::cout << "Your ballot: "
                      << (!check.found         ? "its receipt is NOT in the published list."
                          : !check.sameChoices ? "the published list holds OTHER choices under your receipt."
                          : !check.proofHolds  ? "its Merkle proof does NOT lead to the published root."
                                               : "your receipt does not follow from your choices and secret.")
                      << '\n';
            status = 1;
        }
    }
    std::cout
        << "This shows the tally follows from the published list and, for a voter, that their ballot is in "
           "it as cast. It does not show that every listed ballot came from a distinct resident, and it is "
           "not coercion-resistant (docs/voting.md).\n";
    return status;
}

int results(const Args& args, const std::vector<std::string>& words)
{
    if (words.size() != 2)
        return usage("round results ROUND [--format json]");
    auto opened = openRound(args, words[1]);
    if (!opened)
        return failed(opened.error());
    core::Store& store = *opened->store;
    const voting::LocalRound* r = &opened->round;
    auto body = store.roundResults(r->info.id);
    if (!body) {
        auto fetched = fetchResults(args, store, r->info.id);
        if (!fetched)
            return failed(fetched.error());
        (void)store.storeRoundResults(r->info.id, *fetched);
        body = *fetched;
    }
    if (args.option("format") == "json") {
        std::cout << *body << '\n';
        return kOk;
    }
    auto published = voting::parsePublishedResults(*body);
    if (!published)
        return failed(published.error());
    std::vector<voting::Ballot> ballots;
    for (const auto& b : published->ballots)
        if (auto parsed = voting::parseChoices(b.choices))
            ballots.push_back(std::move(*parsed));
    const auto& round = published->info.round;
    const auto outcome = voting::tally(round, ballots);
    std::cout << published->info.title << " — " << ballots.size() << " ballots, rule "
              << voting::ruleName(round.rule) << ", budget " << money(round.budget) << "\n";
    for (const auto& p : outcome.projects)
        std::cout << (p.selected ? "  ✔ " : "    ") << voting::projectLabel(round, p.projectId) << ": score "
                  << p.score << ", " << money(p.cost) << " — " << voting::describe(p.reason, "₩") << '\n';
    for (const auto& d : voting::compareRules(round, ballots)) {
        std::cout << "  with " << voting::ruleName(d.rule) << ": ";
        if (d.same()) {
            std::cout << "the same projects\n";
            continue;
        }
        const auto names = [&round](const std::vector<std::string>& ids) {
            std::string out;
            for (const auto& id : ids)
                out += (out.empty() ? "" : ", ") + voting::projectLabel(round, id);
            return out.empty() ? std::string("nothing") : out;
        };
        std::cout << names(d.gained) << " instead of " << names(d.lost) << '\n';
    }
    return kOk;
}

int importPabulib(const Args& args, const std::vector<std::string>& words)
{
    if (words.size() != 2)
        return usage("round import-pabulib FILE.pb");
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    try {
        const auto file = voting::readPabulibFile(words[1]);
        voting::RoundInfo info;
        info.title = std::filesystem::path(words[1]).stem().string();
        for (const auto& [key, value] : file.meta)
            if (key == "description")
                info.description = value;
        info.round = file.round;
        if (file.rule)
            info.round.rule = *file.rule;
        info.closes = core::now();
        info.opens = info.closes - std::chrono::hours(24);
        auto id = (*store)->addLocalRound(info, file.ballots);
        if (!id)
            return failed(id.error());
        std::cout << "round " << *id << ": " << file.ballots.size() << " ballots over "
                  << file.round.projects.size() << " projects, kept here only (balgul-cli round results "
                  << id->substr(0, 8) << ")\n";
    } catch (const voting::PabulibError& e) {
        std::cerr << "balgul-cli: " << e.what() << '\n';
        return kFailed;
    }
    return kOk;
}

int exportPabulib(const Args& args, const std::vector<std::string>& words)
{
    if (words.size() != 2)
        return usage("round export-pabulib ROUND [--output FILE.pb]");
    auto opened = openRound(args, words[1]);
    if (!opened)
        return failed(opened.error());
    core::Store& store = *opened->store;
    const voting::LocalRound* r = &opened->round;
    auto body = store.roundResults(r->info.id);
    if (!body)
        return failed(core::Error::make("round_open",
                                        "the round has no published results here yet: it must be "
                                        "closed and synced (balgul-cli sync)"));
    auto published = voting::parsePublishedResults(*body);
    if (!published)
        return failed(published.error());
    voting::PabulibFile file;
    file.round = published->info.round;
    file.rule = published->info.round.rule;
    file.currency = "KRW";
    std::vector<voting::Ballot> ballots;
    for (std::size_t i = 0; i < published->ballots.size(); ++i)
        if (auto b = voting::parseChoices(published->ballots[i].choices)) {
            file.ballots.push_back(*b);
            file.voterIds.push_back(std::to_string(i + 1));
        }
    const auto outcome = voting::tally(file.round, file.ballots);
    const std::set<std::string> selected(outcome.selected.begin(), outcome.selected.end());
    file.projectColumns = {"selected"};
    for (const auto& p : file.round.projects)
        file.projectValues.push_back({selected.count(p.id) ? "1" : "0"});
    file.meta = {{"description", published->info.title},
                 {"country", "South Korea"},
                 {"instance", core::toIso8601(published->info.closes).substr(0, 4)},
                 {"num_projects", std::to_string(file.round.projects.size())},
                 {"num_votes", std::to_string(file.ballots.size())},
                 {"budget", std::to_string(file.round.budget)},
                 {"vote_type", std::string(voting::ballotTypeName(file.round.ballot.type))},
                 {"rule", std::string(voting::ruleName(file.round.rule))},
                 {"currency", "KRW"}};
    const std::string output = args.option("output");
    std::ofstream out;
    if (!output.empty()) {
        out.open(output, std::ios::binary);
        if (!out)
            return failed(core::Error::make("cannot_write", "cannot write " + output));
    }
    voting::writePabulib(output.empty() ? std::cout : out, file);
    if (!output.empty())
        std::cout << "wrote " << output << ": " << file.ballots.size() << " anonymous ballots\n";
    return kOk;
}

/// Four pilots in the voting phase near the demo's problems and two rounds on them: one open for
/// two weeks (budget approval, greedy), one about to close (approval, Method of Equal Shares), whose
/// id it prints last for the demo script to close once residents voted.
int demo(const Args& args)
{
    namespace pilots = core::pilots;
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    core::Store& s = **store;
    const auto today = pilots::parseDate(core::toIso8601(core::now() + std::chrono::hours(9)).substr(0, 10));
    if (!today)
        return failed(core::Error::make("store_failed", "today's date could not be told"));
    struct Candidate
    {
        const char* title;
        const char* description;
        double lat;
        double lon;
        const char* category;
        std::int64_t cost;
    };
    const Candidate candidates[] = {
        {"갑천 자전거길 야간 조명", "갑천 자전거길 2 km 구간에 태양광 가로등을 설치합니다.", 36.3672,
         127.3881, "safety", 18000000},
        {"대흥동 골목 소음 측정과 저감", "대흥동 술집 골목에 소음 센서를 달고 조용한 시간대를 정합니다.",
         36.3259, 127.4216, "noise", 9000000},
        {"관평동 공공건물 에너지 진단", "공공건물 세 곳의 에너지를 진단하고 스마트 온도조절기를 설치합니다.",
         36.4262, 127.3912, "energy", 25000000},
        {"유성시장 보행자 우선 도로", "장날에 유성시장 길의 차량 통행을 막고 건널목을 둡니다.", 36.3555,
         127.3426, "traffic", 30000000},
    };
    std::vector<std::string> ids;
    for (const Candidate& c : candidates) {
        pilots::PilotFields f;
        f.title = c.title;
        f.description = c.description;
        f.hypothesis = "구역 안에서 이런 종류의 문제 신고가 줄어들 것입니다.";
        f.problemIds = problemsNear(s, c.lat, c.lon, 2, c.category);
        if (f.problemIds.empty())
            f.problemIds = problemsNear(s, c.lat, c.lon, 2, {});
        f.zone = {squareAround(c.lat, c.lon, 0.6)};
        f.start = pilots::Date{std::chrono::sys_days{*today} + std::chrono::days{45}};
        f.end = pilots::Date{std::chrono::sys_days{f.start} + std::chrono::days{120}};
        f.costKrw = c.cost;
        f.goals = {pilots::Goal{pilots::GoalQuantity::ProblemCount, c.category,
                                pilots::GoalStatistic::CountPerWeek, pilots::GoalDirection::Decrease, 20}};
        auto made = s.createPilot(f);
        if (!made)
            return failed(made.error());
        if (auto moved = s.setPilotPhase(made->id, pilots::PilotPhase::Voting, "주민 투표에 부칩니다.");
            !moved)
            return failed(moved.error());
        ids.push_back(made->id);
    }
    voting::RoundDraft open;
    open.title = "2027 상반기 리빙랩 실험 선정";
    open.description = "내년 봄 리빙랩이 시도할 실증을 예산 5천만 원 안에서 골라 주세요.";
    open.pilotIds = ids;
    open.ballot.type = voting::BallotType::BudgetApproval;
    open.rule = voting::Rule::Greedy;
    open.budget = 50000000;
    open.opens = core::now() - std::chrono::minutes(1);
    open.closes = core::now() + std::chrono::hours(24 * 14);
    voting::RoundDraft closing = open;
    closing.title = "시민 우선순위 투표 (지난 라운드)";
    closing.description = "가장 중요하다고 생각하는 실증에 모두 찬성해 주세요. 몇 개를 골라도 됩니다.";
    closing.ballot.type = voting::BallotType::Approval;
    closing.ballot.minChoices = 1;
    closing.rule = voting::Rule::EqualShares;
    closing.budget = 45000000;
    closing.closes = core::now() + std::chrono::hours(1);
    auto first = s.createRound(open);
    if (!first)
        return failed(first.error());
    auto second = s.createRound(closing);
    if (!second)
        return failed(second.error());
    std::cout << first->info.id << "  open for two weeks  " << open.title << '\n' << second->info.id << "\n";
    return kOk;
}

} // namespace

int runRound(const Args& args)
{
    const auto words = args.positional();
    const std::string verb = words.empty() ? std::string() : words[0];
    if (verb == "list")
        return list(args);
    if (verb == "show")
        return show(args, words);
    if (verb == "create")
        return words.size() == 1 ? create(args) : usage("round create takes options only");
    if (verb == "close")
        return close(args, words);
    if (verb == "vote")
        return vote(args, words);
    if (verb == "results")
        return results(args, words);
    if (verb == "verify")
        return verify(args, words);
    if (verb == "import-pabulib")
        return importPabulib(args, words);
    if (verb == "export-pabulib")
        return exportPabulib(args, words);
    if (verb == "demo")
        return demo(args);
    return usage(
        "round takes list, show, create, close, vote, results, verify, import-pabulib or export-pabulib "
        "(balgul-cli round --help)");
}

} // namespace balgul::cli
