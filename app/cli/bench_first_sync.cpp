// `balgul-cli bench first-sync --problems N`: a new member's first sync of a city hub. A real
// balgul-hub is filled with N demo problems (`balgul-hub bench-fill`, not timed), then an empty
// profile signs in and syncs; the pull's fetch and index rates and the end-to-end time are printed.
// Beside it, in the same run, ogr2ogr loads the same problems as GeoJSON into a GeoPackage: the
// reference a GIS user knows.

#include "app/cli/bench_hub.h"
#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/io/geojson.h"
#include "core/store/store.h"
#include "core/sync/account.h"
#include "core/sync/sync_engine.h"
#include "core/util/ids.h"

#include <Poco/Environment.h>
#include <Poco/Path.h>
#include <Poco/Process.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <string>
#include <vector>

namespace balgul::cli {

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

constexpr double kTargetSeconds = 60; ///< a first sync of 1,000,000 problems, end to end

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

const char* verdict(bool met)
{
    return met ? "ok" : "MISSED";
}

/// The peak resident memory of this process so far, in MiB (0 when unknown).
double peakRssMiB()
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    return 0;
}

/// Follows the sync's progress: checks the counts only grow and never pass the total, and prints a
/// line a second (what the app's progress bar shows).
class Watch final : public core::Progress
{
public:
    explicit Watch(bool print) : m_print(print), m_start(Clock::now()), m_lastPrint(m_start) {}

    void report(std::string_view stage, std::int64_t done, std::int64_t total) override
    {
        std::lock_guard lock(m_mutex);
        if (stage != "pull")
            return;
        ++m_reports;
        if (done < m_done || (total >= 0 && done > total) || (total >= 0 && m_total >= 0 && total < m_total))
            m_monotonic = false;
        m_done = done;
        m_total = total;
        if (m_print && secondsSince(m_lastPrint) >= 1.0) {
            m_lastPrint = Clock::now();
            std::fprintf(stderr, "  %6.1f s  %lld of %lld\n", secondsSince(m_start),
                         static_cast<long long>(done), static_cast<long long>(total));
        }
    }
    bool cancelled() const override { return false; }

    std::string summary() const
    {
        std::lock_guard lock(m_mutex);
        std::ostringstream out;
        out << m_reports << " reports, counts " << (m_monotonic ? "only grew" : "WENT BACK") << ", last "
            << m_done << " of " << m_total;
        return out.str();
    }
    bool good(std::int64_t expected) const
    {
        std::lock_guard lock(m_mutex);
        return m_monotonic && m_reports > 0 && m_done == expected && m_total == expected;
    }

private:
    mutable std::mutex m_mutex;
    bool m_print;
    Clock::time_point m_start;
    Clock::time_point m_lastPrint;
    std::int64_t m_reports = 0;
    std::int64_t m_done = -1;
    std::int64_t m_total = -1;
    bool m_monotonic = true;
};

struct Options
{
    std::size_t problems = 200'000;
    std::uint64_t seed = 1;
    std::string database;
    std::string hubBinary;
    bool ogr = true;
    bool quiet = false;
};

/// Runs a program and waits; its exit code (-1 when it could not start).
int runProgram(const std::string& program, const std::vector<std::string>& args)
{
    try {
        Poco::ProcessHandle handle = Poco::Process::launch(program, args);
        return handle.wait();
    } catch (const Poco::Exception& e) {
        std::fprintf(stderr, "balgul-cli: cannot run %s: %s\n", program.c_str(), e.displayText().c_str());
        return -1;
    }
}

/// ogr2ogr on the PATH, "" when there is none.
std::string findOgr2ogr()
{
    std::istringstream path(Poco::Environment::get("PATH", "/usr/bin:/bin"));
    std::string dir;
    std::error_code ec;
    while (std::getline(path, dir, ':'))
        if (!dir.empty() && fs::exists(fs::path(dir) / "ogr2ogr", ec))
            return (fs::path(dir) / "ogr2ogr").string();
    return {};
}

int runOnce(const Options& options, const std::string& label)
{
    std::printf("\n== %s, %zu problems ==\n", label.c_str(), options.problems);
    const fs::path dir = fs::temp_directory_path() / ("balgul-bench-first-sync-" + core::newUuid());
    fs::create_directories(dir / "hub");
    struct Cleanup
    {
        fs::path dir;
        ~Cleanup()
        {
            std::error_code ec;
            fs::remove_all(dir, ec);
        }
    } cleanup{dir};

    // The city hub: filled through its storage, then served.
    BenchHub hub(options.hubBinary, (dir / "hub").string(), options.database);
    {
        const auto start = Clock::now();
        if (!hub.fill(options.problems, options.seed)) {
            std::fprintf(stderr, "balgul-cli: balgul-hub bench-fill failed\n");
            return kFailed;
        }
        std::printf("hub            %zu problems written in %.1f s (bench-fill, before the clock starts)\n",
                    options.problems, secondsSince(start));
    }
    if (!hub.start(16))
        return kFailed;

    // A new member: an account, an empty profile, a sign-in, one sync.
    const std::string login = "newcomer-" + core::newUuid().substr(0, 8);
    const std::string password = "bench password 1";
    if (auto made = core::sync::SyncEngine::registerAccount(hub.url(), login, password, {}, {}, false); !made)
        return failed(made.error());
    auto answer = core::sync::SyncEngine::login(hub.url(), login, password, false);
    if (!answer)
        return failed(answer.error());
    const std::string storePath = (dir / "profile" / "balgul.sqlite").string();
    Watch watch(!options.quiet);
    core::sync::SyncReport report;
    double total = 0;
    std::int64_t held = 0;
    {
        const auto start = Clock::now();
        auto store = core::Store::open(storePath);
        if (!store)
            return failed(store.error());
        if (auto s = core::sync::rememberSignIn(**store, hub.url(), login, *answer); !s)
            return failed(s.error());
        core::sync::SyncEngine engine(**store, core::sync::HubEndpoint{hub.url(), answer->token, false, 120});
        auto synced = engine.syncOnce(&watch);
        if (!synced)
            return failed(synced.error());
        report = *synced;
        total = secondsSince(start);
        auto count = (*store)->countProblems({});
        if (!count)
            return failed(count.error());
        held = *count;
    }
    const double n = static_cast<double>(report.changesPulled);
    const bool allThere = held == static_cast<std::int64_t>(options.problems);
    std::printf("first sync     %d problems in %.1f s end to end, %.0f problems/s (target for 1,000,000: <= "
                "%.0f s)\n",
                report.changesPulled, total, n / total, kTargetSeconds);
    std::printf("  fetch        %10.0f changes/s  (%.1f s asking for pages and reading the answers)\n",
                n / report.fetchSeconds, report.fetchSeconds);
    std::printf(
        "  index        %10.0f problems/s (%.1f s writing pages into the profile with their search index)\n",
        n / report.applySeconds, report.applySeconds);
    std::printf("  pages        %d\n", report.pages);
    std::printf("  progress     %s: %s\n", watch.summary().c_str(),
                verdict(watch.good(report.changesPulled)));
    std::printf("  profile      holds %lld problems: %s\n", static_cast<long long>(held), verdict(allThere));
    std::printf("  peak memory  %.0f MiB (this process)\n", peakRssMiB());
    if (options.problems >= 1'000'000)
        std::printf("  target       %.1f s for %zu problems: %s\n", total, options.problems,
                    verdict(total <= kTargetSeconds * static_cast<double>(options.problems) / 1e6));

    int status = allThere && watch.good(report.changesPulled) ? kOk : kFailed;
    if (hub.stop() != 0)
        status = kFailed;

    // The reference: the same problems as GeoJSON into a GeoPackage with ogr2ogr.
    if (!options.ogr)
        return status;
    const std::string ogr2ogr = findOgr2ogr();
    if (ogr2ogr.empty()) {
        std::printf("ogr2ogr        not found (Debian: apt-get install gdal-bin); no reference\n");
        return status;
    }
    const std::string geojson = (dir / "problems.geojson").string();
    {
        core::StoreOptions readOnly;
        readOnly.readOnly = true;
        auto store = core::Store::open(storePath, readOnly);
        if (!store)
            return failed(store.error());
        std::ofstream out(geojson, std::ios::binary | std::ios::trunc);
        if (auto s = core::exportGeoJson(**store, out); !s)
            return failed(s.error());
    }
    const std::string gpkg = (dir / "problems.gpkg").string();
    const auto start = Clock::now();
    const int code = runProgram(ogr2ogr, {"-f", "GPKG", gpkg, geojson});
    const double ogrSeconds = secondsSince(start);
    if (code != 0) {
        std::fprintf(stderr, "balgul-cli: ogr2ogr failed (%d)\n", code);
        return kFailed;
    }
    std::error_code ec;
    std::printf(
        "ogr2ogr        %.1f s, %.0f features/s: the same problems as GeoJSON (%.0f MB, on disk) into "
        "a GeoPackage\n",
        ogrSeconds, options.problems / ogrSeconds, static_cast<double>(fs::file_size(geojson, ec)) / 1e6);
    std::printf("ratio          balgul's first sync takes %.2f x ogr2ogr's time (over HTTP, with a search "
                "index)\n",
                total / ogrSeconds);
    return status;
}

} // namespace

int runBenchFirstSync(const Args& args)
{
    Options options;
    const auto problems = wholeNumber(args.option("problems", "200000"), 1, 50'000'000);
    const auto seed = wholeNumber(args.option("seed", "1"), 0, 1'000'000'000);
    if (!problems || !seed)
        return usage("bench first-sync takes --problems 1 to 50000000 and --seed 0 to 1000000000");
    options.problems = static_cast<std::size_t>(*problems);
    options.seed = static_cast<std::uint64_t>(*seed);
    options.database = args.option("db");
    options.hubBinary = findHubBinary(args.option("hub-bin"));
    options.ogr = !args.flag("no-ogr2ogr");
    options.quiet = args.flag("quiet");
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    std::printf("balgul-hub: %s\n", options.hubBinary.c_str());
    Options sqlite = options;
    sqlite.database.clear();
    int status = runOnce(sqlite, "SQLite hub");
    if (!options.database.empty())
        status |= runOnce(options, "PostgreSQL hub " + options.database);
    return status;
}

} // namespace balgul::cli
