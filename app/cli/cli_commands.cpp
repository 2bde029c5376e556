// The demo, export, import and stats commands of balgul-cli.

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/demo/demo_generator.h"
#include "core/demo/demo_sensors.h"
#include "core/domain/category.h"
#include "core/io/csv_export.h"
#include "core/io/geojson.h"
#include "core/io/io_support.h"
#include "core/store/store.h"
#include "core/util/progress.h"
#include "core/util/time.h"

#include <atomic>
#include <charconv>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>

#include <unistd.h>

namespace balgul::cli {

namespace {

volatile std::sig_atomic_t g_interrupted = 0;

void onInterrupt(int)
{
    g_interrupted = 1;
}

/// An import's progress on standard error when it is a terminal, a line rewritten in place, and
/// Ctrl-C as a cancel: the import stops and the store stays as it was.
class ImportProgress final : public core::Progress
{
public:
    ImportProgress() : m_previous(std::signal(SIGINT, onInterrupt)) {}
    ~ImportProgress() override
    {
        std::signal(SIGINT, m_previous == SIG_ERR ? SIG_DFL : m_previous);
        if (m_shown)
            std::fputc('\n', stderr);
    }
    ImportProgress(const ImportProgress&) = delete;
    ImportProgress& operator=(const ImportProgress&) = delete;

    void report(std::string_view stage, std::int64_t done, std::int64_t total) override
    {
        if (stage == "features")
            m_features = done;
        else if (stage == "read" && total > 0)
            m_percent = static_cast<int>(100 * done / total);
        else if (stage == "index")
            m_indexed = total > 0 ? static_cast<int>(100 * done / total) : 0;
        const auto now = std::chrono::steady_clock::now();
        if (!m_terminal || now - m_last < std::chrono::milliseconds(200))
            return;
        m_last = now;
        m_shown = true;
        if (stage == "index")
            std::fprintf(stderr, "\r%lld features read; indexing for search %d%%   ",
                         static_cast<long long>(m_features), m_indexed);
        else
            std::fprintf(stderr, "\r%lld features read (%d%% of the file)   ",
                         static_cast<long long>(m_features), m_percent);
        std::fflush(stderr);
    }
    bool cancelled() const override { return g_interrupted != 0; }

private:
    using Handler = void (*)(int);
    Handler m_previous;
    std::int64_t m_features = 0;
    int m_percent = 0;
    int m_indexed = 0;
    bool m_terminal = isatty(STDERR_FILENO) != 0;
    bool m_shown = false;
    std::chrono::steady_clock::time_point m_last{};
};

/// A whole unsigned number, or nullopt.
std::optional<std::uint64_t> parseUnsigned(const std::string& text)
{
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

enum class Access
{
    Read,  ///< stats, export: the file is only read, never made or upgraded
    Write, ///< demo, import: made when missing
};

core::Result<std::unique_ptr<core::Store>> openStore(const Args& args, Access access)
{
    core::StoreOptions options;
    options.create = access == Access::Write;
    options.readOnly = access == Access::Read;
    return core::Store::open(args.storePath, options);
}

} // namespace

int runDemo(const Args& args)
{
    constexpr std::uint64_t kMaxCount = 10'000'000;
    const auto count = parseUnsigned(args.option("count", "500"));
    if (!count || *count > kMaxCount)
        return usage("--count takes a number from 0 to " + std::to_string(kMaxCount));
    const auto seed = parseUnsigned(args.option("seed", "1"));
    if (!seed)
        return usage("--seed takes a whole number");
    const auto sensorDays = parseUnsigned(args.option("sensor-days", "0"));
    if (!sensorDays || *sensorDays > 366)
        return usage("--sensor-days takes a number of days from 0 to 366");
    auto store = openStore(args, Access::Write);
    if (!store)
        return failed(store.error());
    const auto start = std::chrono::steady_clock::now();
    if (args.flag("share")) {
        // Reports of this profile's resident, queued for the hub like any the resident files: new,
        // as a resident's report is.
        auto problems = core::generateDemoProblems(static_cast<std::size_t>(*count), *seed,
                                                   core::demoReferenceFor(core::now()));
        for (auto& p : problems) {
            p.status = core::ProblemStatus::New;
            p.author = (*store)->userName();
        }
        if (auto s = (*store)->insertProblems(problems, /*queueOps=*/true); !s)
            return failed(s.error());
    } else if (auto s = core::seedDemoStore(**store, static_cast<std::size_t>(*count), *seed,
                                            core::demoReferenceFor(core::now()));
               !s) {
        return failed(s.error());
    }
    if (auto s = core::seedDemoSensors(**store, static_cast<int>(*sensorDays),
                                       core::toUnixMs(core::now()) / 1000, *seed);
        !s)
        return failed(s.error());
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    std::cout << "added " << *count << " demo problems around Daejeon (seed " << *seed << ") to "
              << args.storePath << " in " << std::fixed << std::setprecision(2) << took.count() << " s\n";
    return kOk;
}

int runExport(const Args& args)
{
    const std::string format = args.option("format");
    if (format != "geojson" && format != "csv")
        return usage("export needs --format geojson or --format csv");
    auto store = openStore(args, Access::Read);
    if (!store)
        return failed(store.error());
    auto write = [&](std::ostream& out) {
        return format == "csv" ? core::exportCsv(**store, out) : core::exportGeoJson(**store, out);
    };
    const std::string output = args.option("output");
    if (output.empty() || output == "-") {
        if (auto s = write(std::cout); !s)
            return failed(s.error());
        return kOk;
    }
    // Write beside the target and rename, so a failed export never leaves half a file.
    const std::string partial = output + ".part";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        if (!out)
            return failed(core::Error::make("write_failed", "cannot create the file").at(output));
        if (auto s = write(out); !s) {
            out.close();
            std::filesystem::remove(partial);
            core::Error e = s.error();
            return failed(e.file.empty() ? e.at(output) : e);
        }
    }
    std::error_code ec;
    std::filesystem::rename(partial, output, ec);
    if (ec) {
        std::filesystem::remove(partial, ec);
        return failed(core::Error::make("write_failed", "cannot replace the file").at(output));
    }
    std::cerr << "exported to " << output << '\n';
    return kOk;
}

int runImport(const Args& args)
{
    const std::string format = args.option("format", "geojson");
    if (format != "geojson")
        return usage("import reads --format geojson only");
    const auto files = args.positional();
    if (files.size() != 1)
        return usage("import needs exactly one FILE");
    // A file that cannot be read is refused before the store is opened (or made).
    if (core::Status readable = core::checkInputFile(files.front()); !readable)
        return failed(readable.error());
    auto store = openStore(args, Access::Write);
    if (!store)
        return failed(store.error());
    core::GeoJsonImportOptions options;
    options.keepIds = false;
    core::Result<core::ImportReport> report = core::Error{};
    {
        ImportProgress progress;
        options.progress = &progress;
        report = core::importGeoJson(**store, files.front(), options);
    }
    if (!report) {
        if (report.error().code == "cancelled") {
            std::cerr << "balgul-cli: import cancelled: nothing was imported\n";
            return kFailed;
        }
        return failed(report.error());
    }
    std::cout << "imported " << report->imported << " problems from " << files.front() << '\n';
    return kOk;
}

int runStats(const Args& args)
{
    auto store = openStore(args, Access::Read);
    if (!store)
        return failed(store.error());
    const auto counted = (*store)->statistics();
    if (!counted)
        return failed(counted.error());
    const core::StoreStats& stats = *counted;
    std::cout << "store:        " << args.storePath << '\n'
              << "problems:     " << stats.problems << '\n'
              << "comments:     " << stats.comments << '\n'
              << "supports:     " << stats.supports << '\n'
              << "attachments:  " << stats.attachments << '\n'
              << "outbox:       " << stats.outbox << " ops waiting for the hub\n"
              << "\nby category:\n";
    for (const auto& [code, count] : stats.byCategory) {
        const core::Category* c = core::findCategory(code);
        std::cout << "  " << std::left << std::setw(10) << code << std::right << std::setw(10) << count
                  << "  " << (c ? std::string(c->nameEn) + " / " + std::string(c->nameKo) : std::string())
                  << '\n';
    }
    std::cout << "\nby status:\n";
    for (const auto& [status, count] : stats.byStatus)
        std::cout << "  " << std::left << std::setw(12) << status << std::right << std::setw(8) << count
                  << '\n';
    return kOk;
}

} // namespace balgul::cli
