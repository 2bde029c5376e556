// `balgul-cli bench import-geojson`: a city's GeoJSON layer imported into a fresh store, read feature
// by feature, beside ogr2ogr loading the same file into a GeoPackage.

#include "app/cli/bench_import_geojson.h"

#include "app/cli/cli_support.h"
#include "core/demo/demo_generator.h"
#include "core/io/geojson.h"
#include "core/store/store.h"
#include "core/util/text.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace balgul::cli {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr std::size_t kChunk = 100'000;
constexpr double kRssTargetMb = 300;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

void line(const std::string& label, const std::string& value, const std::string& target = {}, bool met = true)
{
    std::printf("  %-34s %16s", label.c_str(), value.c_str());
    if (!target.empty())
        std::printf("   target %s: %s", target.c_str(), met ? "ok" : "MISSED");
    std::printf("\n");
    std::fflush(stdout);
}

std::string format(const char* pattern, double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, pattern, value);
    return buffer;
}

/// `count` demo problems as a FeatureCollection, one feature a line, written a chunk at a time.
bool writeCollection(const fs::path& file, std::size_t count)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << "{\"type\": \"FeatureCollection\", \"features\": [\n";
    std::string text;
    for (std::size_t chunk = 0; chunk * kChunk < count; ++chunk) {
        const auto problems = core::generateDemoProblems(std::min(kChunk, count - chunk * kChunk), 1 + chunk);
        text.clear();
        for (std::size_t i = 0; i < problems.size(); ++i) {
            if (chunk > 0 || i > 0)
                text += ",\n";
            core::appendGeoJsonFeature(text, problems[i]);
        }
        out << text;
    }
    out << "\n]}\n";
    return static_cast<bool>(out);
}

struct ImportFigures
{
    std::size_t imported = 0;
    double seconds = 0;       ///< until the import's transaction committed
    double closedSeconds = 0; ///< until the store closed: its log copied into it
    bool ok = false;
};

/// The import in a child process, so its peak memory is its own.
ImportFigures importInChild(const std::string& store, const std::string& file, long& peakKb)
{
    ImportFigures figures;
    int channel[2];
    if (pipe(channel) != 0)
        return figures;
    std::fflush(stdout);
    const pid_t child = fork();
    if (child < 0)
        return figures;
    if (child == 0) {
        close(channel[0]);
        ImportFigures mine;
        auto opened = core::Store::open(store);
        if (opened) {
            const auto start = Clock::now();
            core::GeoJsonImportOptions options;
            options.keepIds = false; // an undo is the app's; a million ids are 80 MB
            auto report = core::importGeoJson(**opened, file, options);
            mine.seconds = secondsSince(start);
            opened->reset(); // waits for the log copy a large write leaves to another thread
            mine.closedSeconds = secondsSince(start);
            if (report) {
                mine.imported = report->imported;
                mine.ok = true;
            } else {
                std::fprintf(stderr, "balgul-cli: %s\n", report.error().toString().c_str());
            }
        } else {
            std::fprintf(stderr, "balgul-cli: %s\n", opened.error().toString().c_str());
        }
        const ssize_t sent = write(channel[1], &mine, sizeof mine);
        static_cast<void>(sent);
        std::fflush(stderr);
        _exit(mine.ok ? 0 : 1);
    }
    close(channel[1]);
    const ssize_t got = read(channel[0], &figures, sizeof figures);
    close(channel[0]);
    int status = 0;
    waitpid(child, &status, 0);
    if (got != static_cast<ssize_t>(sizeof figures))
        figures = {};
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    peakKb = usage.ru_maxrss;
    return figures;
}

/// Seconds ogr2ogr takes to load the file into a GeoPackage, or a negative number when it cannot.
double runOgr2ogr(const fs::path& file, const fs::path& gpkg)
{
    if (std::system("command -v ogr2ogr >/dev/null 2>&1") != 0)
        return -1;
    std::error_code ec;
    fs::remove(gpkg, ec);
    const std::string command = "ogr2ogr -f GPKG '" + gpkg.string() + "' '" + file.string() + "' 2>/dev/null";
    const auto start = Clock::now();
    const int rc = std::system(command.c_str());
    const double seconds = secondsSince(start);
    return rc == 0 ? seconds : -2;
}

} // namespace

int runBenchImportGeoJson(const Args& args)
{
    const auto features = wholeNumber(args.option("features", "1000000"), 1, 1'000'000);
    if (!features) {
        std::fprintf(stderr, "balgul-cli: --features takes a whole number from 1 to 1,000,000 (the most one "
                             "import takes)\n");
        return 2;
    }
    const auto count = static_cast<std::size_t>(*features);
    fs::path dir = args.option("dir");
    const bool keep = args.flag("keep") || !dir.empty();
    if (dir.empty()) {
        std::string pattern = (fs::temp_directory_path() / "balgul-bench-geojson-XXXXXX").string();
        if (!mkdtemp(pattern.data())) {
            std::perror("balgul-cli: mkdtemp");
            return 1;
        }
        dir = pattern;
    }
    std::error_code ec;
    fs::create_directories(dir, ec);
    const fs::path file = dir / "problems.geojson";
    const fs::path store = dir / "import.sqlite";
    for (const char* suffix : {"", "-wal", "-shm"})
        fs::remove(store.string() + suffix, ec);

    std::printf("Balgul GeoJSON import benchmark: %zu features\nfolder: %s\n\n1. the file\n", count,
                dir.string().c_str());
    auto start = Clock::now();
    // --reuse: the file an earlier run with the same --features left in --dir (comparing two builds
    // on one file, without writing 600 MB before each).
    const bool reuse = args.flag("reuse") && fs::exists(file, ec);
    if (!reuse && !writeCollection(file, count)) {
        std::fprintf(stderr, "balgul-cli: cannot write %s\n", file.string().c_str());
        return 1;
    }
    const double megabytes = static_cast<double>(fs::file_size(file, ec)) / (1024.0 * 1024.0);
    line(reuse ? "reused" : "written",
         format("%.1f MB", megabytes) + (reuse ? "" : " in " + format("%.1f s", secondsSince(start))));

    std::printf("\n2. import (read feature by feature, one transaction)\n");
    long peakKb = 0;
    const ImportFigures imported = importInChild(store.string(), file.string(), peakKb);
    if (!imported.ok || imported.imported != count) {
        std::fprintf(stderr, "balgul-cli: the import failed (%zu of %zu features)\n", imported.imported,
                     count);
        return 1;
    }
    const double rate = static_cast<double>(count) / imported.seconds;
    const double peakMb = static_cast<double>(peakKb) / 1024.0;
    line("imported", std::to_string(count) + " in " + format("%.1f s", imported.seconds));
    line("features/s", format("%.0f", rate));
    line("peak RSS of the import", format("%.0f MB", peakMb), "<= 300 MB", peakMb <= kRssTargetMb);
    line("store closed after", format("%.1f s", imported.closedSeconds) + " (its log copied into it)");
    line("store", format("%.1f MB", static_cast<double>(fs::file_size(store, ec)) / (1024.0 * 1024.0)));

    if (!args.flag("no-ogr2ogr")) {
        std::printf("\n3. ogr2ogr -f GPKG (GDAL) on the same file\n");
        const double ogr = runOgr2ogr(file, dir / "ogr.gpkg");
        if (ogr == -1) {
            line("ogr2ogr", "not installed (Debian: gdal-bin)");
        } else if (ogr < 0) {
            line("ogr2ogr", "failed");
        } else {
            line("loaded", std::to_string(count) + " in " + format("%.1f s", ogr));
            line("features/s", format("%.0f", static_cast<double>(count) / ogr));
            line("Balgul / ogr2ogr", format("%.2fx", ogr / imported.seconds));
        }
    }
    if (!keep)
        fs::remove_all(dir, ec);
    return 0;
}

} // namespace balgul::cli
