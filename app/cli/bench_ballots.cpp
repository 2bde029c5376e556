// `balgul-cli bench ballots`: a real balgul-hub taking 1,000 residents' ballots at once. Prints the
// latency of each push (p50, p99) and ballots/s, and beside it, as the same run's baseline, the
// same residents each pushing a "me too" support at once: the ratio says what a ballot's checks
// (its round, its rules, its clock) cost over an ordinary op. Then closes the round and checks that
// exactly one ballot per resident was counted (docs/voting.md).

#include "app/cli/bench_burst.h"
#include "app/cli/bench_hub.h"
#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/sync/hub_client.h"
#include "core/sync/protocol.h"
#include "core/util/ids.h"
#include "core/util/json_writer.h"
#include "core/util/time.h"
#include "core/voting/receipt.h"
#include "core/voting/round_json.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <random>
#include <vector>

namespace balgul::cli {

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;
namespace voting = core::voting;

constexpr double kP99TargetMs = 200;
constexpr std::size_t kPilots = 10;

struct Pushed
{
    std::string outcome; ///< "applied" or the refusal's code
    double ms = 0;
    std::int64_t version = 0;
};

/// One push of one op: its outcome and how long it took.
Pushed pushOne(const std::string& url, const std::string& token, const core::sync::Op& op)
{
    core::sync::HubClient client(core::sync::HubEndpoint{url, token, false, 60});
    const auto started = Clock::now();
    auto answer = client.send("POST", "/v1/sync/push",
                              core::sync::encode(core::sync::PushRequest{core::newUuid(), {op}}));
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
    if (!answer || answer->status != 200)
        return {"http " + std::to_string(answer ? answer->status : 0), ms, 0};
    auto decoded = core::sync::decodePushResponse(answer->body);
    if (!decoded || decoded->results.size() != 1)
        return {"bad answer", ms, 0};
    const auto& r = decoded->results[0];
    return {r.status == core::sync::OpStatus::Rejected ? r.code : std::string("applied"), ms, r.version};
}

core::sync::Op makeOp(const std::string& entity, const std::string& id, std::int64_t base,
                      const std::string& fields)
{
    core::sync::Op op;
    op.opId = core::newUuidV7();
    op.entity = entity;
    op.id = id;
    op.baseVersion = base;
    op.clientTime = core::toIso8601(core::now());
    auto parsed = core::sync::parseObject(fields);
    op.fields = parsed ? *parsed : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    return op;
}

struct Wave
{
    std::vector<double> ms;
    std::size_t applied = 0;
    std::string firstRefusal;
    double seconds = 0;
    std::optional<double> hubCpuSeconds; ///< what the hub process used during the wave
};

/// Every op at once, each resident's push on a connection of its own (bench_burst.h).
Wave pushAll(const BenchHub& hub, const std::vector<std::string>& tokens,
             const std::vector<core::sync::Op>& ops)
{
    std::vector<BurstRequest> requests;
    requests.reserve(ops.size());
    for (std::size_t i = 0; i < ops.size(); ++i)
        requests.push_back({"POST", "/v1/sync/push", tokens[i],
                            core::sync::encode(core::sync::PushRequest{core::newUuid(), {ops[i]}})});
    Wave wave;
    const auto cpuBefore = hub.cpuSeconds();
    const auto started = Clock::now();
    const auto answers = sendBurst(static_cast<std::uint16_t>(hub.port()), requests);
    wave.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    if (const auto cpuAfter = hub.cpuSeconds(); cpuBefore && cpuAfter)
        wave.hubCpuSeconds = *cpuAfter - *cpuBefore;
    for (const auto& answer : answers) {
        wave.ms.push_back(answer.ms);
        std::string outcome = "applied";
        if (answer.status != 200) {
            outcome = answer.status == 0 ? answer.error : "http " + std::to_string(answer.status);
        } else if (auto decoded = core::sync::decodePushResponse(answer.body);
                   !decoded || decoded->results.size() != 1) {
            outcome = "bad answer";
        } else if (decoded->results[0].status == core::sync::OpStatus::Rejected) {
            outcome = decoded->results[0].code;
        }
        if (outcome == "applied")
            ++wave.applied;
        else if (wave.firstRefusal.empty())
            wave.firstRefusal = outcome;
    }
    return wave;
}

void print(const char* what, const Wave& w)
{
    std::printf("  %-22s p50 %7.1f ms  p99 %7.1f ms  %8.0f /s  (%zu of %zu applied%s%s)\n", what,
                percentile(w.ms, 50), percentile(w.ms, 99),
                static_cast<double>(w.ms.size()) / std::max(w.seconds, 1e-9), w.applied, w.ms.size(),
                w.firstRefusal.empty() ? "" : "; first refusal: ", w.firstRefusal.c_str());
    if (w.hubCpuSeconds && !w.ms.empty())
        std::printf("  %-22s the hub process used %.0f ms of CPU in %.0f ms, %.0f µs a push\n", "",
                    *w.hubCpuSeconds * 1e3, w.seconds * 1e3,
                    *w.hubCpuSeconds * 1e6 / static_cast<double>(w.ms.size()));
}

} // namespace

int runBenchBallots(const Args& args)
{
    const auto residents =
        static_cast<std::size_t>(wholeNumber(args.option("residents", "1000"), 2, 5000).value_or(0));
    if (residents == 0)
        return usage("--residents takes 2 to 5000");
    const std::string binary = findHubBinary(args.option("hub-bin"));
    const fs::path dir = fs::temp_directory_path() / ("balgul-bench-ballots-" + core::newUuid().substr(0, 8));
    fs::create_directories(dir);
    struct Cleanup
    {
        fs::path dir;
        ~Cleanup()
        {
            std::error_code ec;
            fs::remove_all(dir, ec);
        }
    } cleanup{dir};
    // A group commit takes the pushes whose request threads are waiting, so the threads bound a
    // group: on SQLite the hub runs with 256; on PostgreSQL each thread is a connection, and a
    // server's default allows 100 in all.
    const bool postgres = !args.option("db").empty();
    const auto threads = wholeNumber(args.option("threads", postgres ? "64" : "256"), 1, 1024);
    if (!threads)
        return usage("--threads takes 1 to 1024");
    BenchHub hub(binary, dir.string(), args.option("db"));
    if (!hub.start(static_cast<std::size_t>(*threads)))
        return kFailed;
    if (!hub.addUser("lab", "coordinator"))
        return failed(core::Error::make("bench_failed", "cannot add the coordinator"));
    const std::string lab = loginBenchUser(hub.url(), "lab");
    if (lab.empty())
        return failed(core::Error::make("bench_failed", "the coordinator cannot log in"));

    // A problem, ten pilots in the voting phase and a budget round on them.
    const std::string problem = core::newUuid();
    if (pushOne(hub.url(), lab,
                makeOp("problem", problem, 0,
                       R"({"title":"Dust on the school road","category":"air","lat":36.35,"lon":127.38})"))
            .outcome != "applied")
        return failed(core::Error::make("bench_failed", "cannot make the problem"));
    std::vector<std::string> pilots;
    std::mt19937_64 random(7);
    for (std::size_t i = 0; i < kPilots; ++i) {
        const std::string id = core::newUuidV7();
        const std::string fields =
            core::JsonObjectWriter()
                .add("title", "Pilot " + std::to_string(i + 1))
                .addRaw("problem_ids", "[" + core::jsonQuote(problem) + "]")
                .add("zone",
                     std::string(R"({"type":"MultiPolygon","coordinates":[[[[127.38,36.35],[127.39,36.35],)"
                                 R"([127.39,36.36],[127.38,36.36],[127.38,36.35]]]]})"))
                .add("start", "2027-03-01")
                .add("end", "2027-08-31")
                .add("cost_krw", static_cast<std::int64_t>(5000000 + 1000000 * (random() % 20)))
                .add(
                    "goals",
                    R"([{"quantity":"pm25","statistic":"mean_24h","direction":"decrease","target_percent":10}])")
                .str();
        const auto made = pushOne(hub.url(), lab, makeOp("pilot", id, 0, fields));
        if (made.outcome != "applied" ||
            pushOne(hub.url(), lab, makeOp("pilot", id, made.version, R"({"phase":"voting"})")).outcome !=
                "applied")
            return failed(core::Error::make("bench_failed", "cannot make the pilots"));
        pilots.push_back(id);
    }
    std::string ids;
    for (const auto& id : pilots)
        ids += (ids.empty() ? "" : ",") + core::jsonQuote(id);
    const std::string round = core::newUuidV7();
    const std::string roundFields = core::JsonObjectWriter()
                                        .add("title", "Bench round")
                                        .addRaw("pilot_ids", "[" + ids + "]")
                                        .add("ballot_type", "budget-approval")
                                        .add("rule", "equal-shares")
                                        .add("budget", static_cast<std::int64_t>(50000000))
                                        .add("opens", core::toIso8601(core::now() - std::chrono::minutes(1)))
                                        .add("closes", core::toIso8601(core::now() + std::chrono::hours(1)))
                                        .str();
    const auto opened = pushOne(hub.url(), lab, makeOp("round", round, 0, roundFields));
    if (opened.outcome != "applied")
        return failed(core::Error::make("bench_failed", "cannot open the round: " + opened.outcome));
    const auto roundAnswer = core::sync::HubClient(core::sync::HubEndpoint{hub.url(), {}, false, 60})
                                 .send("GET", "/v1/rounds/" + round);
    auto roundObject = roundAnswer ? core::sync::parseObject(roundAnswer->body)
                                   : core::Result<Poco::JSON::Object::Ptr>(core::Error::make("x", "x"));
    auto info = roundObject ? voting::roundFromSyncFields(round, **roundObject)
                            : core::Result<voting::RoundInfo>(core::Error::make("bench_failed", "no round"));
    if (!info)
        return failed(info.error());

    std::printf("bench ballots: %zu residents, a budget round on %zu pilots (%s, %lld request threads)\n",
                residents, kPilots, postgres ? "PostgreSQL" : "SQLite", static_cast<long long>(*threads));
    std::vector<std::string> tokens;
    tokens.reserve(residents);
    const auto registering = Clock::now();
    for (std::size_t i = 0; i < residents; ++i) {
        tokens.push_back(makeBenchUser(hub.url(), "resident" + std::to_string(i)));
        if (tokens.back().empty())
            return failed(core::Error::make("bench_failed", "cannot register resident " + std::to_string(i)));
    }
    std::printf("  %zu residents registered in %.1f s\n", residents,
                std::chrono::duration<double>(Clock::now() - registering).count());

    // Baseline: each resident supports the problem, all at once.
    std::vector<core::sync::Op> supports;
    for (std::size_t i = 0; i < residents; ++i)
        supports.push_back(makeOp("support", problem, 0, "{}"));
    const Wave baseline = pushAll(hub, tokens, supports);

    // Ballots: each resident approves pilots within the budget, all at once.
    std::vector<core::sync::Op> ballots;
    for (std::size_t i = 0; i < residents; ++i) {
        voting::Ballot b;
        std::int64_t cost = 0;
        for (const auto& p : info->round.projects)
            if (random() % 3 == 0 && cost + p.cost <= info->round.budget) {
                b.choices.push_back({p.id, 1});
                cost += p.cost;
            }
        const std::string choices = voting::canonicalChoices(b);
        const std::string receipt = voting::ballotReceipt(round, choices, voting::newBallotSecret());
        ballots.push_back(
            makeOp("ballot", round, 0,
                   core::JsonObjectWriter().add("choices", choices).add("receipt", receipt).str()));
    }
    const Wave cast = pushAll(hub, tokens, ballots);
    print("supports (baseline)", baseline);
    print("ballots", cast);
    const double p99 = percentile(cast.ms, 99);
    std::printf("  ballot p99 / support p99: %.2f\n", p99 / std::max(percentile(baseline.ms, 99), 1e-9));

    // Closed: exactly one counted ballot per resident, and the published answer verifies.
    if (pushOne(hub.url(), lab,
                makeOp("round", round, opened.version, R"({"closes":"2000-01-01T00:00:00Z"})"))
            .outcome != "applied")
        return failed(core::Error::make("bench_failed", "cannot close the round"));
    const auto publishing = Clock::now();
    auto results = core::sync::HubClient(core::sync::HubEndpoint{hub.url(), {}, false, 60})
                       .send("GET", "/v1/rounds/" + round + "/results");
    const double publishMs = std::chrono::duration<double, std::milli>(Clock::now() - publishing).count();
    auto published = results ? voting::parsePublishedResults(results->body)
                             : core::Result<voting::PublishedResults>(results.error());
    if (!published)
        return failed(published.error());
    const auto verification = voting::verifyPublished(*published);
    std::printf("  published %zu ballots in %.0f ms; %zu selected; verified: %s\n", published->ballots.size(),
                publishMs, published->selected.size(), verification.problems.empty() ? "yes" : "NO");
    const bool counted = published->ballots.size() == residents && cast.applied == residents;
    std::printf("  targets: p99 <= %.0f ms: %s; exactly %zu counted: %s\n", kP99TargetMs,
                p99 <= kP99TargetMs ? "met" : "NOT met", residents, counted ? "yes" : "NO");
    hub.stop();
    return counted && verification.problems.empty() ? kOk : kFailed;
}

} // namespace balgul::cli
