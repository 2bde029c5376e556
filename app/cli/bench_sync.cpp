// `balgul-cli bench sync`: how fast a real balgul-hub takes pushes and serves pulls, how long a sync
// with nothing to do takes, and how request latency holds up with many clients at once. Every
// acknowledged op is checked after a hub restart.

#include "app/cli/commands.h"
#include "core/sync/hub_client.h"
#include "core/sync/protocol.h"
#include "core/util/ids.h"

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace balgul::cli {

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

constexpr std::size_t kBatch = 500;         ///< ops per push in the throughput run (the protocol's limit)
constexpr std::size_t kClientBatch = 10;    ///< ops per push in the many-clients run
constexpr double kPushTarget = 20'000;      ///< ops/s
constexpr double kPullTarget = 50'000;      ///< changes/s
constexpr double kNoopTargetMs = 20;        ///< p95 of a sync with nothing to do
constexpr double kClientsP99TargetMs = 100; ///< p99 with 100 clients

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p / 100.0 * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

std::size_t parseCount(const std::string& text, std::size_t fallback)
{
    if (text.empty())
        return fallback;
    char* end = nullptr;
    const unsigned long long value = std::strtoull(text.c_str(), &end, 10);
    return end && *end == '\0' ? static_cast<std::size_t>(value) : 0;
}

const char* verdict(bool met)
{
    return met ? "ok" : "MISSED";
}

/// balgul-hub: --hub-bin, else next to this program (installed), else in the build tree.
std::string findHubBinary(const std::string& given)
{
    if (!given.empty())
        return given;
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        for (const fs::path& candidate :
             {self.parent_path() / "balgul-hub", self.parent_path() / ".." / "hub" / "balgul-hub"})
            if (fs::exists(candidate, ec))
                return candidate.lexically_normal().string();
    }
    return "balgul-hub";
}

/// A balgul-hub child process on 127.0.0.1, port 0.
class Hub
{
public:
    Hub(std::string binary, std::string dataDir, std::string database)
        : m_binary(std::move(binary)), m_dataDir(std::move(dataDir)), m_database(std::move(database))
    {}
    ~Hub() { stop(); }
    Hub(const Hub&) = delete;
    Hub& operator=(const Hub&) = delete;

    bool start(std::size_t threads)
    {
        const std::string config = m_dataDir + "/hub.conf";
        std::ofstream out(config);
        out << "password_iterations = 1000\nopen_registration = true\naccess_log = \n"
            << "login_attempts_per_address = 100000\nmax_queued = 4096\nmax_threads = " << threads << "\n";
        out.close();
        std::vector<std::string> args{"serve", "--config", config, "--data-dir", m_dataDir, "--port", "0"};
        if (!m_database.empty()) {
            args.push_back("--db");
            args.push_back(m_database);
        }
        Poco::Pipe outPipe;
        try {
            m_handle.emplace(Poco::Process::launch(m_binary, args, nullptr, &outPipe, nullptr));
        } catch (const Poco::Exception& e) {
            std::fprintf(stderr, "balgul-cli: cannot start %s: %s\n", m_binary.c_str(),
                         e.displayText().c_str());
            return false;
        }
        Poco::PipeInputStream in(outPipe);
        std::string line;
        std::getline(in, line);
        const std::string prefix = "listening on 127.0.0.1:";
        if (line.rfind(prefix, 0) != 0) {
            std::fprintf(stderr, "balgul-cli: the hub did not start (%s)\n", line.c_str());
            stop();
            return false;
        }
        m_port = std::stoi(line.substr(prefix.size()));
        return true;
    }

    /// SIGTERM and wait; the hub's exit code.
    int stop()
    {
        if (!m_handle)
            return 0;
        Poco::Process::requestTermination(m_handle->id());
        const int code = m_handle->wait();
        m_handle.reset();
        return code;
    }

    std::string url() const { return "http://127.0.0.1:" + std::to_string(m_port); }

private:
    std::string m_binary;
    std::string m_dataDir;
    std::string m_database;
    std::optional<Poco::ProcessHandle> m_handle;
    int m_port = 0;
};

/// Registers and logs in a user; the token ("" on failure).
std::string makeUser(const std::string& url, const std::string& login)
{
    core::sync::HubClient client(core::sync::HubEndpoint{url, "", false, 60});
    const std::string credentials = R"({"login":")" + login + R"(","password":"bench password 1"})";
    auto made = client.send("POST", "/v1/auth/register", credentials);
    if (!made || made->status != 201)
        return {};
    auto answer = client.send("POST", "/v1/auth/login", credentials);
    if (!answer || answer->status != 200)
        return {};
    auto body = core::sync::parseObject(answer->body);
    return body && (*body)->has("token") ? (*body)->getValue<std::string>("token") : std::string();
}

core::sync::Op newProblem(const std::string& title, double jitter)
{
    core::sync::Op op;
    op.opId = core::newUuidV7();
    op.entity = "problem";
    op.id = core::newUuid();
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

/// Pushes `ops` in one request; adds applied ones to `acked`. False on any failure.
bool push(core::sync::HubClient& client, const std::string& clientId, std::vector<core::sync::Op> ops,
          Acked& acked, std::mutex* lock = nullptr)
{
    auto answer =
        client.send("POST", "/v1/sync/push", core::sync::encode(core::sync::PushRequest{clientId, ops}));
    if (!answer || answer->status != 200)
        return false;
    auto decoded = core::sync::decodePushResponse(answer->body);
    if (!decoded || decoded->results.size() != ops.size())
        return false;
    std::unique_lock<std::mutex> guard;
    if (lock)
        guard = std::unique_lock<std::mutex>(*lock);
    for (std::size_t i = 0; i < ops.size(); ++i) {
        if (decoded->results[i].status != core::sync::OpStatus::Applied)
            return false;
        acked[ops[i].id] = decoded->results[i].version;
    }
    return true;
}

/// Pulls every page after `since`; calls `each` per change. The number of changes, or -1.
long long pullAll(core::sync::HubClient& client, std::int64_t& since,
                  const std::function<void(const core::sync::Change&)>& each = {})
{
    long long count = 0;
    for (;;) {
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
    std::string database;
    std::string hubBinary;
};

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
    Hub hub(options.hubBinary, dir.string(), options.database);
    if (!hub.start(threads))
        return 1;
    const std::string run = core::newUuid().substr(0, 8);
    const std::string writerToken = makeUser(hub.url(), "bench-writer-" + run);
    if (writerToken.empty()) {
        std::fprintf(stderr, "balgul-cli: could not register on the hub\n");
        return 1;
    }
    Acked acked;

    // 1. Push throughput: one client, batches of 500 new problems.
    {
        core::sync::HubClient client(core::sync::HubEndpoint{hub.url(), writerToken, false, 120});
        const auto start = Clock::now();
        for (std::size_t done = 0; done < options.ops;) {
            std::vector<core::sync::Op> ops;
            for (std::size_t i = 0; i < kBatch && done < options.ops; ++i, ++done)
                ops.push_back(newProblem("Bench problem " + std::to_string(done),
                                         static_cast<double>(done % 1000) * 1e-4));
            if (!push(client, "bench-writer", std::move(ops), acked)) {
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

    // 3. Many clients at once: each its own account and connection, pushing and pulling.
    {
        std::vector<std::string> tokens;
        for (std::size_t i = 0; i < options.clients; ++i) {
            tokens.push_back(makeUser(hub.url(), "bench-" + run + "-" + std::to_string(i)));
            if (tokens.back().empty()) {
                std::fprintf(stderr, "balgul-cli: could not register client %zu\n", i);
                return 1;
            }
        }
        std::int64_t head = 0;
        for (const auto& [id, version] : acked)
            head = std::max(head, version);
        std::mutex lock;
        std::vector<double> latencies;
        std::atomic<std::size_t> pushed{0};
        std::atomic<bool> failed{false};
        const auto start = Clock::now();
        const auto deadline = start + std::chrono::seconds(options.seconds);
        {
            std::vector<std::jthread> workers;
            for (std::size_t c = 0; c < options.clients; ++c) {
                workers.emplace_back([&, c] {
                    core::sync::HubClient client(core::sync::HubEndpoint{hub.url(), tokens[c], false, 60});
                    std::vector<double> mine;
                    // Start at the head: the first pull of history is not what this step measures.
                    std::int64_t cursor = head;
                    for (std::size_t round = 0; Clock::now() < deadline && !failed; ++round) {
                        std::vector<core::sync::Op> ops;
                        for (std::size_t i = 0; i < kClientBatch; ++i)
                            ops.push_back(
                                newProblem("Client " + std::to_string(c) + " " + std::to_string(round),
                                           static_cast<double>(c) * 1e-3));
                        auto t = Clock::now();
                        if (!push(client, "bench-" + std::to_string(c), std::move(ops), acked, &lock)) {
                            failed = true;
                            break;
                        }
                        mine.push_back(msSince(t));
                        pushed += kClientBatch;
                        t = Clock::now();
                        if (pullAll(client, cursor) < 0) {
                            failed = true;
                            break;
                        }
                        mine.push_back(msSince(t));
                    }
                    std::lock_guard guard(lock);
                    latencies.insert(latencies.end(), mine.begin(), mine.end());
                });
            }
        }
        const double seconds = msSince(start) / 1000.0;
        if (failed) {
            std::fprintf(stderr, "balgul-cli: a client's request failed\n");
            return 1;
        }
        const double p99 = percentile(latencies, 99);
        std::printf("%zu clients     p50 %6.2f ms  p99 %6.2f ms   %8.0f ops/s  (%zu requests; target p99 <= "
                    "%.0f ms: %s)\n",
                    options.clients, percentile(latencies, 50), p99, static_cast<double>(pushed) / seconds,
                    latencies.size(), kClientsP99TargetMs, verdict(p99 <= kClientsP99TargetMs));
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
    options.database = args.option("db");
    options.hubBinary = findHubBinary(args.option("hub-bin"));
    if (options.ops == 0 || options.clients == 0 || options.seconds == 0) {
        std::fprintf(stderr, "usage: balgul-cli bench sync [--ops N] [--clients K] [--seconds S] "
                             "[--db postgresql://...] [--hub-bin PATH]\n");
        return 2;
    }
    std::printf("balgul-hub: %s\n", options.hubBinary.c_str());
    Options sqlite = options;
    sqlite.database.clear();
    int status = runOnce(sqlite, "SQLite");
    if (!options.database.empty())
        status |= runOnce(options, "PostgreSQL " + options.database);
    return status;
}

} // namespace balgul::cli
