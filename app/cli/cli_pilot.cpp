// `balgul-cli pilot …`: a coordinator's pilots — made from problems, with a zone, dates and goals,
// moved through their phases (docs/architecture.md "Pilots").

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/pilots/pilot_evidence.h"
#include "core/pilots/pilot_json.h"
#include "core/store/store.h"
#include "core/util/json_writer.h"
#include "core/util/text.h"
#include "core/util/time.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace balgul::cli {

namespace {

namespace pilots = core::pilots;

/// The most a zone file may weigh: a zone is at most 50 polygons of 2,000 vertices.
constexpr std::uintmax_t kZoneFileMaxBytes = 16u << 20;

/// Every value of a repeatable option ("--goal A --goal B").
std::vector<std::string> options(const Args& args, const std::string& name)
{
    std::vector<std::string> out;
    const std::string flag = "--" + name;
    for (std::size_t i = 0; i < args.rest.size(); ++i) {
        const std::string& word = args.rest[i];
        if (word == flag && i + 1 < args.rest.size())
            out.push_back(args.rest[++i]);
        else if (word.rfind(flag + "=", 0) == 0)
            out.push_back(word.substr(flag.size() + 1));
    }
    return out;
}

std::vector<std::string> split(const std::string& text, char separator)
{
    std::vector<std::string> out;
    std::stringstream in(text);
    std::string part;
    while (std::getline(in, part, separator))
        out.push_back(core::trimmed(part));
    return out;
}

/// "QUANTITY:STATISTIC:DIRECTION:PERCENT[:CATEGORY]", e.g. "pm25:mean_24h:decrease:10".
core::Result<pilots::Goal> goalFromText(const std::string& text, std::size_t index)
{
    const auto parts = split(text, ':');
    const std::string field = "--goal " + text;
    if (parts.size() < 4 || parts.size() > 5)
        return core::Error::make("invalid_field",
                                 field + ": a goal is QUANTITY:STATISTIC:DIRECTION:PERCENT[:CATEGORY], "
                                         "e.g. pm25:mean_24h:decrease:10",
                                 "goal");
    pilots::Goal goal;
    const auto quantity = pilots::goalQuantityFromString(parts[0]);
    const auto statistic = pilots::goalStatisticFromString(parts[1]);
    const auto direction = pilots::goalDirectionFromString(parts[2]);
    const auto percent = core::parseDecimal(parts[3]);
    if (!quantity)
        return core::Error::make("invalid_field",
                                 field + ": the quantity is pm25, pm10, noise, temperature or problem_count",
                                 "goal");
    if (!statistic)
        return core::Error::make("invalid_field",
                                 field + ": the statistic is mean_24h, daily_mean or count_per_week", "goal");
    if (!direction)
        return core::Error::make("invalid_field", field + ": the direction is decrease or increase", "goal");
    if (!percent)
        return core::Error::make("invalid_field", field + ": the target is a percentage, e.g. 10", "goal");
    goal.quantity = *quantity;
    goal.statistic = *statistic;
    goal.direction = *direction;
    goal.targetPercent = *percent;
    if (parts.size() == 5)
        goal.category = parts[4];
    if (core::Status s = pilots::checkGoal(goal, index); !s)
        return s.error();
    return goal;
}

core::Result<std::vector<pilots::Ring>> readZoneFile(const std::string& path)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return core::Error::make("read_failed", "the zone file cannot be read: " + ec.message()).at(path);
    if (size > kZoneFileMaxBytes)
        return core::Error::make("too_large", "a zone file is at most 16 MiB").at(path);
    std::ifstream in(path, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in && !in.eof())
        return core::Error::make("read_failed", "the zone file cannot be read").at(path);
    return pilots::parseZone(text, path);
}

/// The fields given on the command line over `base` (a pilot's, or empty for a new one).
core::Result<pilots::PilotFields> fieldsFromArgs(const Args& args, pilots::PilotFields base)
{
    if (const std::string t = args.option("title"); !t.empty())
        base.title = t;
    if (args.flag("description") || !args.option("description").empty())
        base.description = args.option("description");
    if (args.flag("hypothesis") || !args.option("hypothesis").empty())
        base.hypothesis = args.option("hypothesis");
    if (const std::string problems = args.option("problems"); !problems.empty())
        base.problemIds = split(problems, ',');
    if (const std::string zone = args.option("zone"); !zone.empty()) {
        auto rings = readZoneFile(zone);
        if (!rings)
            return rings.error();
        base.zone = std::move(*rings);
    }
    for (const auto& [name, target] :
         {std::pair<const char*, pilots::Date*>{"start", &base.start}, {"end", &base.end}}) {
        const std::string text = args.option(name);
        if (text.empty())
            continue;
        const auto date = pilots::parseDate(text);
        if (!date)
            return core::Error::make("invalid_field", std::string("--") + name + ": a date as YYYY-MM-DD",
                                     name);
        *target = *date;
    }
    if (const std::string cost = args.option("cost"); !cost.empty()) {
        const auto won = wholeNumber(cost, 0, 1'000'000'000'000'000);
        if (!won)
            return core::Error::make("invalid_field", "--cost: a whole number of won", "cost_krw");
        base.costKrw = *won;
    }
    const auto goals = options(args, "goal");
    if (!goals.empty()) {
        base.goals.clear();
        for (std::size_t i = 0; i < goals.size(); ++i) {
            auto goal = goalFromText(goals[i], i);
            if (!goal)
                return goal.error();
            base.goals.push_back(*goal);
        }
    }
    return base;
}

std::string goalText(const pilots::Goal& g)
{
    std::string out = std::string(pilots::toString(g.quantity));
    if (!g.category.empty())
        out += " (" + g.category + ")";
    out += ' ';
    out += pilots::toString(g.statistic);
    out += g.direction == pilots::GoalDirection::Decrease ? " down " : " up ";
    out += core::jsonNumber(g.targetPercent) + " %";
    return out;
}

int create(const Args& args)
{
    auto fields = fieldsFromArgs(args, {});
    if (!fields)
        return failed(fields.error());
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    auto made = (*store)->createPilot(*fields);
    if (!made)
        return failed(made.error());
    std::cout << made->id << '\n'
              << "pilot '" << made->fields.title << "' proposed, " << pilots::toString(made->fields.start)
              << " to " << pilots::toString(made->fields.end)
              << "; queued for the hub, run `balgul-cli sync` to send it\n";
    return kOk;
}

int list(const Args& args)
{
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    for (const auto& p : (*store)->pilots())
        std::cout << p.id << "  " << std::left << pilots::toString(p.phase) << "  "
                  << pilots::toString(p.fields.start) << ".." << pilots::toString(p.fields.end) << "  "
                  << p.fields.title
                  << (p.refusalCode.empty() ? "" : "  (refused by the hub: " + p.refusalCode + ")") << '\n';
    return kOk;
}

std::string pilotJson(const pilots::Pilot& p, const std::vector<pilots::PhaseChange>& history)
{
    std::string problems = "[";
    for (std::size_t i = 0; i < p.fields.problemIds.size(); ++i)
        problems += (i ? "," : "") + core::jsonQuote(p.fields.problemIds[i]);
    problems += ']';
    std::string entries = "[";
    for (std::size_t i = 0; i < history.size(); ++i) {
        const auto& c = history[i];
        core::JsonObjectWriter e;
        e.add("from", c.from ? pilots::toString(*c.from) : std::string_view())
            .add("to", pilots::toString(c.to))
            .add("note", c.note)
            .add("author", c.author)
            .add("at", core::toIso8601(c.at));
        entries += (i ? "," : "") + e.str();
    }
    entries += ']';
    std::string out = "{\"id\":" + core::jsonQuote(p.id) + ",\"title\":" + core::jsonQuote(p.fields.title) +
                      ",\"description\":" + core::jsonQuote(p.fields.description) +
                      ",\"hypothesis\":" + core::jsonQuote(p.fields.hypothesis) +
                      ",\"phase\":" + core::jsonQuote(pilots::toString(p.phase)) +
                      ",\"start\":" + core::jsonQuote(pilots::toString(p.fields.start)) +
                      ",\"end\":" + core::jsonQuote(pilots::toString(p.fields.end)) +
                      ",\"cost_krw\":" + std::to_string(p.fields.costKrw) + ",\"problem_ids\":" + problems +
                      ",\"zone\":" + pilots::zoneToGeoJson(p.fields.zone) +
                      ",\"goals\":" + pilots::goalsToJson(p.fields.goals) +
                      ",\"author\":" + core::jsonQuote(p.author) + ",\"history\":" + entries;
    if (!p.refusalCode.empty())
        out += ",\"refused\":{\"code\":" + core::jsonQuote(p.refusalCode) +
               ",\"message\":" + core::jsonQuote(p.refusalMessage) + "}";
    out += "}";
    return out;
}

int show(const Args& args, const std::vector<std::string>& words)
{
    if (words.size() != 2)
        return usage("pilot show takes a pilot id");
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    const auto p = (*store)->pilot(words[1]);
    if (!p)
        return failed(core::Error::make("not_found", "no pilot with id " + words[1], "pilot_id"));
    const auto history = (*store)->pilotHistory(p->id);
    if (args.option("format") == "json") {
        std::cout << pilotJson(*p, history) << '\n';
        return kOk;
    }
    const auto& f = p->fields;
    std::cout << f.title << "\n  id          " << p->id << "\n  phase       " << pilots::toString(p->phase)
              << "\n  dates       " << pilots::toString(f.start) << " to " << pilots::toString(f.end)
              << "\n  cost        " << f.costKrw << " KRW\n  made by     " << p->author << '\n';
    if (!p->refusalCode.empty())
        std::cout << "  refused     by the hub (" << p->refusalCode << "): " << p->refusalMessage << '\n';
    if (!f.description.empty())
        std::cout << "  description " << f.description << '\n';
    if (!f.hypothesis.empty())
        std::cout << "  hypothesis  " << f.hypothesis << '\n';
    std::size_t vertices = 0;
    for (const auto& ring : f.zone)
        vertices += ring.size();
    std::cout << "  zone        " << f.zone.size() << " polygon(s), " << vertices << " vertices\n  goals\n";
    for (const auto& g : f.goals)
        std::cout << "    " << goalText(g) << '\n';
    std::cout << "  problems\n";
    for (const auto& id : f.problemIds) {
        const auto problem = (*store)->problem(id);
        std::cout << "    " << id << "  " << (problem ? problem->title : std::string("(not in this profile)"))
                  << '\n';
    }
    const auto testers = (*store)->pilotTesters(p->id);
    std::cout << "  testers     " << testers.size();
    for (std::size_t i = 0; i < testers.size(); ++i)
        std::cout << (i ? ", " : ": ") << testers[i];
    std::cout << "\n  feedback (newest first)\n";
    for (const auto& entry : (*store)->pilotFeedback(p->id))
        std::cout << "    " << core::toIso8601(entry.created) << "  " << entry.author
                  << (entry.rating ? "  " + std::to_string(*entry.rating) + "/5" : std::string())
                  << "\n      " << entry.text << '\n';
    std::cout << "  history (newest first)\n";
    for (const auto& c : history)
        std::cout << "    " << core::toIso8601(c.at) << "  " << c.author << "  "
                  << (c.from ? std::string(pilots::toString(*c.from)) + " -> " +
                                   std::string(pilots::toString(c.to))
                             : std::string("made: ") + std::string(pilots::toString(c.to)))
                  << (c.local ? "  (not yet sent)" : "") << (c.note.empty() ? "" : "\n      " + c.note)
                  << '\n';
    return kOk;
}

int zoneImport(const Args& args, const std::vector<std::string>& words)
{
    if (words.size() != 3)
        return usage("pilot zone-import takes a pilot id and a GeoJSON file");
    auto rings = readZoneFile(words[2]);
    if (!rings)
        return failed(rings.error());
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    auto p = (*store)->pilot(words[1]);
    if (!p)
        return failed(core::Error::make("not_found", "no pilot with id " + words[1], "pilot_id"));
    pilots::PilotFields fields = p->fields;
    fields.zone = std::move(*rings);
    auto updated = (*store)->updatePilot(p->id, fields);
    if (!updated)
        return failed(updated.error());
    std::cout << p->id << ": zone of " << updated->fields.zone.size() << " polygon(s) from " << words[2]
              << "; queued for the hub\n";
    return kOk;
}

int edit(const Args& args, const std::vector<std::string>& words)
{
    if (words.size() != 2)
        return usage("pilot edit takes a pilot id");
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    auto p = (*store)->pilot(words[1]);
    if (!p)
        return failed(core::Error::make("not_found", "no pilot with id " + words[1], "pilot_id"));
    auto fields = fieldsFromArgs(args, p->fields);
    if (!fields)
        return failed(fields.error());
    auto updated = (*store)->updatePilot(p->id, *fields);
    if (!updated)
        return failed(updated.error());
    std::cout << p->id << ": updated; queued for the hub\n";
    return kOk;
}

int phase(const Args& args, const std::vector<std::string>& words)
{
    if (words.size() != 3)
        return usage("pilot phase takes a pilot id and a phase");
    const auto to = pilots::pilotPhaseFromString(words[2]);
    if (!to)
        return usage("unknown phase '" + words[2] +
                     "': one of proposed, voting, selected, running, evaluated, "
                     "rejected");
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    auto before = (*store)->pilot(words[1]);
    auto moved = (*store)->setPilotPhase(words[1], *to, args.option("note"));
    if (!moved)
        return failed(moved.error());
    std::cout << words[1] << ": " << pilots::toString(before->phase) << " -> "
              << pilots::toString(moved->phase) << "\nqueued for the hub; run `balgul-cli sync` to send it\n";
    return kOk;
}

/// A square zone around a place, `halfKm` from its centre to each side.
/// Two demo pilots for a coordinator's profile: one running for a month in a zone around a cluster of
/// demo air stations whose readings fell a fifth when it started, and one proposed.
int demo(const Args& args)
{
    const auto seed = wholeNumber(args.option("seed", "7"), 0, 1'000'000'000);
    if (!seed)
        return usage("--seed takes a whole number");
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    core::Store& s = **store;
    const auto today = pilots::parseDate(core::toIso8601(core::now() + std::chrono::hours(9)).substr(0, 10));
    if (!today)
        return failed(core::Error::make("store_failed", "today's date could not be told"));
    const auto day = [](pilots::Date d, int days) {
        return pilots::Date{std::chrono::sys_days{d} + std::chrono::days{days}};
    };

    // Dunsan-dong, around City Hall: school streets with idling buses.
    pilots::PilotFields air;
    air.title = "둔산동 학교 앞 공회전 없는 거리";
    air.description = "둔산동 학교 앞 두 거리에서 버스와 승용차의 공회전을 없애고 보도를 따라 생울타리를 "
                      "심어 다섯 달 동안 시험합니다.";
    air.hypothesis = "학교 앞 공회전이 멈추면 초미세먼지(PM2.5)가 10% 이상 줄어들 것입니다.";
    air.problemIds = problemsNear(s, 36.3504, 127.3845, 2, "air");
    if (air.problemIds.empty())
        air.problemIds = problemsNear(s, 36.3504, 127.3845, 2, {});
    air.zone = {squareAround(36.3504, 127.3845, 0.9)};
    air.start = day(*today, -30);
    air.end = day(pilots::latestEnd(air.start), -31);
    air.costKrw = 48'000'000;
    air.goals = {pilots::Goal{pilots::GoalQuantity::Pm25,
                              {},
                              pilots::GoalStatistic::Mean24h,
                              pilots::GoalDirection::Decrease,
                              10},
                 pilots::Goal{pilots::GoalQuantity::Pm10,
                              {},
                              pilots::GoalStatistic::DailyMean,
                              pilots::GoalDirection::Decrease,
                              10}};

    // Eunhaeng-dong: a staffed recycling station.
    pilots::PilotFields recycling;
    recycling.title = "은행동 재활용 거점 수거함";
    recycling.description = "시장 입구에 관리인이 있는 재활용 거점을 두고 저녁에 엽니다.";
    recycling.hypothesis = "가져갈 곳이 생기면 길에 버려지는 쓰레기봉투가 줄어들 것입니다.";
    recycling.problemIds = problemsNear(s, 36.3286, 127.4272, 2, "recycling");
    if (recycling.problemIds.empty())
        recycling.problemIds = problemsNear(s, 36.3286, 127.4272, 2, {});
    recycling.zone = {{{36.3262, 127.4241},
                       {36.3262, 127.4301},
                       {36.3290, 127.4318},
                       {36.3312, 127.4290},
                       {36.3305, 127.4246}}};
    recycling.start = day(*today, 21);
    recycling.end = day(recycling.start, 90);
    recycling.costKrw = 12'000'000;
    recycling.goals = {pilots::Goal{pilots::GoalQuantity::ProblemCount, "recycling",
                                    pilots::GoalStatistic::CountPerWeek, pilots::GoalDirection::Decrease,
                                    30}};

    if (auto readings = pilots::writeDemoPilotReadings(s, air.zone, air.start, 30, -20,
                                                       static_cast<std::uint64_t>(*seed));
        !readings)
        return failed(readings.error());
    auto running = s.createPilot(air);
    if (!running)
        return failed(running.error());
    for (const auto& [phase, note] :
         {std::pair{pilots::PilotPhase::Selected, "리빙랩이 학교와 함께 선정했습니다."},
          std::pair{pilots::PilotPhase::Running, "생울타리를 심고 공회전 금지 표지판을 세웠습니다."}})
        if (auto moved = s.setPilotPhase(running->id, phase, note); !moved)
            return failed(moved.error());
    auto proposed = s.createPilot(recycling);
    if (!proposed)
        return failed(proposed.error());
    std::cout << running->id << "  running   " << air.title << '\n'
              << proposed->id << "  proposed  " << recycling.title << '\n'
              << "demo stations and readings written; run `balgul-cli sync` to send the pilots\n";
    return kOk;
}

int tester(const Args& args, const std::vector<std::string>& words, bool join)
{
    if (words.size() != 2)
        return usage(std::string("pilot ") + (join ? "join" : "leave") + " takes a pilot id");
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    if (auto s = (*store)->setPilotTester(words[1], join); !s)
        return failed(s.error());
    std::cout << words[1] << (join ? ": you test this pilot" : ": you left this pilot")
              << "; queued for the hub\n";
    return kOk;
}

int feedback(const Args& args, const std::vector<std::string>& words)
{
    if (words.size() != 2)
        return usage("pilot feedback takes a pilot id, --text TEXT and maybe --rating 1-5");
    std::optional<int> rating;
    if (const std::string r = args.option("rating"); !r.empty()) {
        const auto n = wholeNumber(r, 1, 5);
        if (!n)
            return usage("--rating takes a whole number from 1 to 5");
        rating = static_cast<int>(*n);
    }
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    auto added = (*store)->addPilotFeedback(words[1], args.option("text"), rating);
    if (!added)
        return failed(added.error());
    std::cout << added->id << ": feedback queued for the hub\n";
    return kOk;
}

} // namespace

int runPilotEvaluate(const Args& args, const std::vector<std::string>& words)
{
    if (words.size() != 2)
        return usage("pilot evaluate takes a pilot id");
    pilots::PilotEvidenceOptions options;
    if (const std::string span = args.option("before"); !span.empty()) {
        const auto parts = split(span, ':');
        const auto from = parts.size() == 2 ? pilots::parseDate(parts[0]) : std::nullopt;
        const auto to = parts.size() == 2 ? pilots::parseDate(parts[1]) : std::nullopt;
        if (!from || !to)
            return usage("--before takes FROM:TO, two dates as YYYY-MM-DD");
        options.beforeFrom = *from;
        options.beforeTo = *to;
    }
    const bool json = args.option("format") == "json";
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    const auto p = (*store)->pilot(words[1]);
    if (!p)
        return failed(core::Error::make("not_found", "no pilot with id " + words[1], "pilot_id"));
    auto spans = pilots::evidenceSpans(p->fields, options);
    if (!spans)
        return failed(spans.error());
    std::string out = json ? "{\"pilot_id\":" + core::jsonQuote(p->id) +
                                 ",\"phase\":" + core::jsonQuote(pilots::toString(p->phase)) +
                                 ",\"before\":[" + core::jsonQuote(pilots::toString(spans->beforeFrom)) +
                                 "," + core::jsonQuote(pilots::toString(spans->beforeTo)) + "],\"during\":[" +
                                 core::jsonQuote(pilots::toString(spans->duringFrom)) + "," +
                                 core::jsonQuote(pilots::toString(spans->duringTo)) + "],\"goals\":["
                           : std::string();
    if (!json)
        std::cout << p->fields.title << ": before " << pilots::toString(spans->beforeFrom) << " to "
                  << pilots::toString(spans->beforeTo) << ", during " << pilots::toString(spans->duringFrom)
                  << " to " << pilots::toString(spans->duringTo) << '\n';
    bool first = true;
    for (const auto& goal : p->fields.goals) {
        if (!pilots::isSensorQuantity(goal.quantity)) {
            if (!json)
                std::cout << "  " << goalText(goal)
                          << ": counts of problems are not evaluated from sensors\n";
            continue;
        }
        auto evaluated = pilots::evaluatePilotGoal(**store, p->fields, goal, options);
        if (!evaluated)
            return failed(evaluated.error());
        if (json) {
            out += (first ? "" : ",") + pilots::evaluationJson(goal, *evaluated);
            first = false;
        } else {
            std::cout << "  " << pilots::describeEvaluation(goal, *evaluated, options.evaluation) << '\n';
        }
    }
    if (json)
        std::cout << out << "]}\n";
    return kOk;
}

int runPilot(const Args& args)
{
    const auto words = args.positional();
    const std::string verb = words.empty() ? std::string() : words[0];
    if (verb == "create")
        return words.size() == 1 ? create(args) : usage("pilot create takes options only");
    if (verb == "list")
        return list(args);
    if (verb == "show")
        return show(args, words);
    if (verb == "edit")
        return edit(args, words);
    if (verb == "zone-import")
        return zoneImport(args, words);
    if (verb == "phase")
        return phase(args, words);
    if (verb == "evaluate")
        return runPilotEvaluate(args, words);
    if (verb == "demo")
        return demo(args);
    if (verb == "join" || verb == "leave")
        return tester(args, words, verb == "join");
    if (verb == "feedback")
        return feedback(args, words);
    return usage(
        "pilot takes create, list, show, edit, zone-import, phase or evaluate (balgul-cli pilot --help)");
}

} // namespace balgul::cli
