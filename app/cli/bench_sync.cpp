// `balgul-cli bench sync`: how fast a real balgul-hub takes pushes and serves pulls, how long a sync
// with nothing to do takes, and how request latency holds up with many clients at once. Every
// acknowledged op is checked after a hub restart.

#include "app/cli/bench_hub.h"
#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/sync/hub_client.h"
#include "core/sync/protocol.h"
#include "core/util/ids.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace balgul::cli {

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

constexpr std::size_t kBatch = 500;         ///< ops per push in the throughput run (the protocol's limit)
constexpr double kPushTarget = 20'000;      ///< ops/s
constexpr double kPullTarget = 50'000;      ///< changes/s
constexpr double kNoopTargetMs = 20;        ///< p95 of a sync with nothing to do
constexpr double kClientsP99TargetMs = 100; ///< p99 with 100 clients

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/// A whole number from 1 to a billion, the fallback when empty, 0 (refused by the caller) otherwise.
std::size_t parseCount(const std::string& text, std::size_t fallback)
{
    if (text.empty())
        return fallback;
    return static_cast<std::size_t>(wholeNumber(text, 1, 1'000'000'000).value_or(0));
}

const char* verdict(bool met)
{
    return met ? "ok" : "MISSED";
}

core::sync::Op newProblem(const std::string& title, double jitter)
{
    core::sync::Op op;
    op.opId = core::newUuidV7();
    op.entity = "problem";
    op.id = core::newUuidV7();
    op.clientTime = "2026-11-26T09:12:03Z";
    op.fields = new Poco::JSON::Object;
    op.fields->set("title", title);
    op.fields->set("category", std::string("air"));
    op.fields->set("lat", 36.35 + jitter);
    op.fields->set("lon", 127.38 + jitter);
    return op;
}

/// Acknowledged creations: entity id → version.
using Acked = std::map<std::string, std::int64_t>;

/// One push request, encoded, and the ids of the entities its ops create.
struct EncodedPush
{
    std::string body;
    std::vector<std::string> ids;
};

EncodedPush encodePush(const std::string& clientId, const std::vector<core::sync::Op>& ops)
{
    EncodedPush out;
    out.body = core::sync::encode(core::sync::PushRequest{clientId, ops});
    for (const auto& op : ops)
        out.ids.push_back(op.id);
    return out;
}

/// Sends one encoded push; adds applied ops to `acked`. False on any failure.
bool send(core::sync::HubClient& client, const EncodedPush& push, Acked& acked, std::mutex* lock = nullptr)
{
    auto answer = client.send("POST", "/v1/sync/push", push.body);
    if (!answer || answer->status != 200)
        return false;
    auto decoded = core::sync::decodePushResponse(answer->body);
    if (!decoded || decoded->results.size() != push.ids.size())
        return false;
    std::unique_lock<std::mutex> guard;
    if (lock)
        guard = std::unique_lock<std::mutex>(*lock);
    for (std::size_t i = 0; i < push.ids.size(); ++i) {
        if (decoded->results[i].status != core::sync::OpStatus::Applied)
            return false;
        acked[push.ids[i]] = decoded->results[i].version;
    }
    return true;
}

/// Pushes `ops` in one request; adds applied ones to `acked`. False on any failure.
bool push(core::sync::HubClient& client, const std::string& clientId, const std::vector<core::sync::Op>& ops,
          Acked& acked, std::mutex* lock = nullptr)
{
    return send(client, encodePush(clientId, ops), acked, lock);
}

/// Pulls every page after `since` (or until `deadline`); calls `each` per change. The number of
/// changes, or -1.
long long pullAll(core::sync::HubClient& client, std::int64_t& since,
                  const std::function<void(const core::sync::Change&)>& each = {},
                  Clock::time_point deadline = Clock::time_point::max())
{
    long long count = 0;
    for (;;) {
        if (Clock::now() >= deadline)
            return count;
        auto answer = client.send("GET", "/v1/sync/pull?since=" + std::to_string(since) + "&limit=1000");
        if (!answer || answer->status != 200)
            return -1;
        auto page = core::sync::decodePullPage(answer->body);
        if (!page)
            return -1;
        for (const auto& change : page->changes) {
            if (each)
                each(change);
            ++count;
        }
        since = page->next;
        if (!page->more)
            return count;
    }
}

struct Options
{
    std::size_t ops = 100'000;
    std::size_t clients = 100;
    std::size_t seconds = 10;
    std::size_t periodMs = 1000; ///< each client's sync interval in the scheduled run
    std::size_t clientOps = 5;   ///< new problems per client push in the many-clients runs
    std::string database;
    std::string hubBinary;
};

struct ClientsRun
{
    std::vector<double> latencies; ///< ms per request (a late start counts against the request)
    double opsPerSecond = 0;
    bool failed = false;
};

/// Every client pushes `clientOps` new problems, then pulls what is new, and again: every
/// `periodMs` (spread evenly over the period, as independent clients are), or back to back when 0.
/// The desktop app syncs 5 s after an edit and once a minute; a sync a second is far busier.
ClientsRun runClients(const std::string& url, const std::vector<std::string>& tokens, std::int64_t head,
                      const Options& options, std::size_t periodMs, Acked& acked)
{
    ClientsRun out;
    std::mutex lock;
    std::atomic<std::size_t> pushed{0};
    std::atomic<bool> failed{false};
    const auto start = Clock::now();
    const auto deadline = start + std::chrono::seconds(options.seconds);
    const Clock::duration period = std::chrono::milliseconds(static_cast<std::int64_t>(periodMs));
    {
        std::vector<std::jthread> workers;
        for (std::size_t c = 0; c < tokens.size(); ++c) {
            workers.emplace_back([&, c] {
                core::sync::HubClient client(core::sync::HubEndpoint{url, tokens[c], false, 60});
                std::vector<double> mine;
                // Start at the head: the first pull of history is not what this step measures.
                std::int64_t cursor = head;
                const Clock::duration offset =
                    period * static_cast<std::int64_t>(c) / static_cast<std::int64_t>(tokens.size());
                for (std::size_t round = 0; !failed; ++round) {
                    const Clock::time_point due = start + offset + period * static_cast<std::int64_t>(round);
                    if (due >= deadline || Clock::now() >= deadline)
                        break;
                    std::this_thread::sleep_until(due);
                    std::vector<core::sync::Op> ops;
                    for (std::size_t i = 0; i < options.clientOps; ++i)
                        ops.push_back(newProblem("Client " + std::to_string(c) + " " + std::to_string(round),
                                                 static_cast<double>(c) * 1e-3));
                    // A request that starts late because the previous round ran long waited that long.
                    Clock::time_point t = periodMs > 0 ? due : Clock::now();
                    if (!push(client, "bench-" + std::to_string(c), ops, acked, &lock)) {
                        failed = true;
                        break;
                    }
                    mine.push_back(msSince(t));
                    pushed += options.clientOps;
                    t = Clock::now();
                    if (pullAll(client, cursor, {}, deadline) < 0) {
                        failed = true;
                        break;
                    }
                    mine.push_back(msSince(t));
                }
                std::lock_guard guard(lock);
                out.latencies.insert(out.latencies.end(), mine.begin(), mine.end());
            });
        }
    }
    out.opsPerSecond = static_cast<double>(pushed) / (msSince(start) / 1000.0);
    out.failed = failed;
    return out;
}

/// One full run against one storage backend; 0 when every check passed.
int runOnce(const Options& options, const std::string& label)
{
    std::printf("\n== %s ==\n", label.c_str());
    const fs::path dir = fs::temp_directory_path() / ("balgul-bench-sync-" + core::newUuid());
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

    const std::size_t threads = options.clients + 8;
    BenchHub hub(options.hubBinary, dir.string(), options.database);
    if (!hub.start(threads))
        return 1;
    const std::string run = core::newUuid().substr(0, 8);
    const std::string writerToken = makeBenchUser(hub.url(), "bench-writer-" + run);
    if (writerToken.empty()) {
        std::fprintf(stderr, "balgul-cli: could not register on the hub\n");
        return 1;
    }
    Acked acked;

    // 1. Push throughput: one client, batches of 500 new problems. The requests are encoded
    // before the clock starts: this measures the hub, not the benchmark's JSON writer.
    {
        core::sync::HubClient client(core::sync::HubEndpoint{hub.url(), writerToken, false, 120});
        std::vector<EncodedPush> batches;
        for (std::size_t done = 0; done < options.ops;) {
            std::vector<core::sync::Op> ops;
            for (std::size_t i = 0; i < kBatch && done < options.ops; ++i, ++done)
                ops.push_back(newProblem("Bench problem " + std::to_string(done),
                                         static_cast<double>(done % 1000) * 1e-4));
            batches.push_back(encodePush("bench-writer", ops));
        }
        const auto start = Clock::now();
        for (const EncodedPush& batch : batches) {
            if (!send(client, batch, acked)) {
                std::fprintf(stderr, "balgul-cli: a push failed\n");
                return 1;
            }
        }
        const double seconds = msSince(start) / 1000.0;
        const double rate = static_cast<double>(options.ops) / seconds;
        std::printf("push            %10.0f ops/s      (%zu ops in %.2f s; target >= %.0f: %s)\n", rate,
                    options.ops, seconds, kPushTarget, verdict(rate >= kPushTarget));
    }

    // 2. A sync with nothing to do: the pull at the head of the hub's history.
    {
        core::sync::HubClient client(core::sync::HubEndpoint{hub.url(), writerToken, false, 60});
        std::int64_t cursor =
            acked.empty() ? 0 : std::max_element(acked.begin(), acked.end(), [](auto& a, auto& b) {
                                    return a.second < b.second;
                                })->second;
        std::vector<double> latencies;
        for (int i = 0; i < 200; ++i) {
            const auto start = Clock::now();
            if (pullAll(client, cursor) != 0) {
                std::fprintf(stderr, "balgul-cli: a no-op pull returned changes or failed\n");
                return 1;
            }
            latencies.push_back(msSince(start));
        }
        const double p95 = percentile(latencies, 95);
        std::printf("no-op sync      p50 %6.2f ms  p95 %6.2f ms   (target p95 <= %.0f ms: %s)\n",
                    percentile(latencies, 50), p95, kNoopTargetMs, verdict(p95 <= kNoopTargetMs));
    }

    // 3. Many clients at once, each with its own account and connection: first each syncing on a
    // schedule (the target), then back to back with no pause (the hub's capacity).
    {
        std::vector<std::string> tokens;
        for (std::size_t i = 0; i < options.clients; ++i) {
            tokens.push_back(makeBenchUser(hub.url(), "bench-" + run + "-" + std::to_string(i)));
            if (tokens.back().empty()) {
                std::fprintf(stderr, "balgul-cli: could not register client %zu\n", i);
                return 1;
            }
        }
        for (const std::size_t periodMs : {options.periodMs, std::size_t{0}}) {
            std::int64_t head = 0;
            for (const auto& [id, version] : acked)
                head = std::max(head, version);
            const ClientsRun r = runClients(hub.url(), tokens, head, options, periodMs, acked);
            if (r.failed) {
                std::fprintf(stderr, "balgul-cli: a client's request failed\n");
                return 1;
            }
            const double p99 = percentile(r.latencies, 99);
            if (periodMs > 0)
                std::printf(
                    "%zu clients     p50 %6.2f ms  p99 %6.2f ms   %8.0f ops/s  (each a sync every %zu ms: "
                    "push %zu ops, pull; %zu requests; target p99 <= %.0f ms: %s)\n",
                    options.clients, percentile(r.latencies, 50), p99, r.opsPerSecond, periodMs,
                    options.clientOps, r.latencies.size(), kClientsP99TargetMs,
                    verdict(p99 <= kClientsP99TargetMs));
            else
                std::printf(
                    "%zu clients     p50 %6.2f ms  p99 %6.2f ms   %8.0f ops/s  (back to back, no pause: the "
                    "hub's capacity; %zu requests)\n",
                    options.clients, percentile(r.latencies, 50), p99, r.opsPerSecond, r.latencies.size());
        }
    }

    // 4. Durability and pull throughput: restart the hub, pull everything, find every acked op.
    if (const int code = hub.stop(); code != 0) {
        std::fprintf(stderr, "balgul-cli: the hub exited with %d\n", code);
        return 1;
    }
    if (!hub.start(threads))
        return 1;
    {
        core::sync::HubClient client(core::sync::HubEndpoint{hub.url(), writerToken, false, 120});
        std::int64_t first = 0;
        for (const auto& [id, version] : acked)
            first = first == 0 ? version : std::min(first, version);
        std::int64_t cursor = first > 0 ? first - 1 : 0;
        std::size_t found = 0;
        const auto start = Clock::now();
        const long long changes = pullAll(client, cursor, [&](const core::sync::Change& change) {
            const auto it = acked.find(change.id);
            if (change.entity == "problem" && it != acked.end() && change.version >= it->second &&
                !change.deleted)
                ++found;
        });
        const double seconds = msSince(start) / 1000.0;
        if (changes < 0) {
            std::fprintf(stderr, "balgul-cli: the pull failed\n");
            return 1;
        }
        const double rate = static_cast<double>(changes) / seconds;
        std::printf("pull            %10.0f changes/s  (%lld changes in %.2f s; target >= %.0f: %s)\n", rate,
                    changes, seconds, kPullTarget, verdict(rate >= kPullTarget));
        std::printf("durable         %zu of %zu acknowledged ops after a restart: %s\n", found, acked.size(),
                    found == acked.size() ? "ok" : "LOST");
        if (found != acked.size())
            return 1;
    }
    return hub.stop() == 0 ? 0 : 1;
}

} // namespace

int runBenchSync(const Args& args)
{
    Options options;
    options.ops = parseCount(args.option("ops"), options.ops);
    options.clients = parseCount(args.option("clients"), options.clients);
    options.seconds = parseCount(args.option("seconds"), options.seconds);
    options.periodMs = parseCount(args.option("period-ms"), options.periodMs);
    options.clientOps = parseCount(args.option("client-ops"), options.clientOps);
    options.database = args.option("db");
    options.hubBinary = findHubBinary(args.option("hub-bin"));
    if (options.ops == 0 || options.clients == 0 || options.seconds == 0 || options.periodMs == 0 ||
        options.clientOps == 0 || options.clientOps > kBatch) {
        std::fprintf(stderr,
                     "usage: balgul-cli bench sync [--ops N] [--clients K] [--seconds S] [--period-ms MS] "
                     "[--client-ops N] [--db postgresql://...] [--hub-bin PATH]\n");
        return 2;
    }
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is measured
    std::printf("balgul-hub: %s\n", options.hubBinary.c_str());
    Options sqlite = options;
    sqlite.database.clear();
    int status = runOnce(sqlite, "SQLite");
    if (!options.database.empty())
        status |= runOnce(options, "PostgreSQL " + options.database);
    return status;
}

} // namespace balgul::cli
