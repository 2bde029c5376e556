// `balgul-cli bench store`: how the store, the map's cluster index and search hold up at city scale.

#include "app/cli/bench_import_geojson.h"
#include "app/cli/bench_store_baseline.h"
#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/demo/demo_generator.h"
#include "core/geo/cluster_index.h"
#include "core/store/bulk_writer.h"
#include "core/store/profile.h"
#include "core/store/store.h"
#include "core/util/text.h"

#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace balgul::cli {

namespace {

namespace geo = core::geo;
using Clock = std::chrono::steady_clock;

constexpr std::size_t kFillChunk = 100'000;
constexpr int kViewportWidth = 1440;
constexpr int kViewportHeight = 900;
constexpr int kSearchQueries = 200;
constexpr int kSearchPage = 200;
constexpr double kSearchBudgetMs = 60'000; ///< a store too slow to search stops the step, not the run

/// Words that occur in the demo texts: problem kinds, things and places.
const char* const kSearchWords[] = {
    "미세먼지",   "가로등",     "불법 주정차", "쓰레기",      "소음",       "에너지",
    "횡단보도",   "공사장",     "분리수거",    "재활용",      "자전거도로", "보도블록",
    "가로수",     "엘리베이터", "버스정류장",  "배기가스",    "태양광",     "과속",
    "휠체어",     "점자블록",   "길고양이",    "와이파이",    "둔산동",     "대전역",
    "유성온천역", "중앙시장",   "갑천",        "streetlight", "난방",       "냄새",
};

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Summary
{
    double p50 = 0, p95 = 0, max = 0;
};

Summary summarize(std::vector<double> ms)
{
    Summary s;
    if (ms.empty())
        return s;
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms[static_cast<std::size_t>(q * static_cast<double>(ms.size() - 1))];
    };
    s.p50 = at(0.50);
    s.p95 = at(0.95);
    s.max = ms.back();
    return s;
}

std::string formatMs(double ms)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, ms < 1 ? "%.3f ms" : (ms < 100 ? "%.1f ms" : "%.0f ms"), ms);
    return buffer;
}

/// One aligned line: label, value, and the target with whether it was met.
void report(const std::string& label, const std::string& value, const std::string& target = {},
            bool met = true)
{
    std::printf("  %-30s %14s", label.c_str(), value.c_str());
    if (!target.empty())
        std::printf("   target %s: %s", target.c_str(), met ? "ok" : "MISSED");
    std::printf("\n");
    std::fflush(stdout);
}

long peakRssKb(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return usage.ru_maxrss;
}

/// The demo problems of chunk `index` of a fill to `target` problems (the baseline takes the same).
std::vector<core::Problem> fillChunk(std::size_t index, std::size_t target, std::uint64_t seed)
{
    const std::size_t count = std::min(kFillChunk, target - std::min(target, index * kFillChunk));
    return core::generateDemoProblems(count, seed * 1'000'003 + index);
}

std::string formatRate(double perSecond)
{
    // Grouped front to back (an insert at computed places trips GCC 12's -Wrestrict at -O2).
    const std::string digits = std::to_string(static_cast<long>(perSecond));
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && digits[i - 1] != '-' && (digits.size() - i) % 3 == 0)
            grouped += ',';
        grouped += digits[i];
    }
    return grouped + " /s";
}

/// What a fill wrote, for the ratios.
struct FillFigures
{
    std::size_t before = 0; ///< problems the store held
    std::size_t added = 0;
    double ms = 0; ///< writing, generating left out
    double rate() const { return ms > 0 ? static_cast<double>(added) / (ms / 1000) : 0; }
};

/// Brings the store to at least `target` problems of demo data through one core::BulkWriter (one
/// transaction), as an import or a first sync writes them. Runs in a child process so the generated
/// problems do not count in the benchmark's own peak memory.
int fillStore(const std::string& path, std::size_t target, std::uint64_t seed, FillFigures& figures)
{
    auto store = core::Store::open(path);
    if (!store) {
        std::fprintf(stderr, "balgul-cli: %s\n", store.error().toString().c_str());
        return 1;
    }
    const auto have = static_cast<std::size_t>((*store)->stats().problems);
    figures.before = have;
    if (have >= target) {
        report("store holds", std::to_string(have) + " problems");
        return 0;
    }
    auto writer = core::BulkWriter::begin(**store);
    if (!writer) {
        std::fprintf(stderr, "balgul-cli: %s\n", writer.error().toString().c_str());
        return 1;
    }
    const auto start = Clock::now();
    double generateMs = 0;
    for (std::size_t chunk = have / kFillChunk; have + figures.added < target; ++chunk) {
        const auto generateStart = Clock::now();
        auto problems = fillChunk(chunk, target, seed);
        generateMs += msSince(generateStart);
        if (problems.empty())
            break;
        for (core::Problem& p : problems) {
            if (auto status = (*writer)->add(p); !status) {
                std::fprintf(stderr, "balgul-cli: %s\n", status.error().toString().c_str());
                return 1;
            }
        }
        figures.added += problems.size();
        std::printf("\r  writing %zu / %zu", have + figures.added, target);
        std::fflush(stdout);
    }
    const auto commitStart = Clock::now();
    if (auto status = (*writer)->commit(); !status) {
        std::fprintf(stderr, "balgul-cli: %s\n", status.error().toString().c_str());
        return 1;
    }
    const double commitMs = msSince(commitStart);
    figures.ms = msSince(start) - generateMs;
    std::printf("\r%60s\r", "");
    const bool empty = have == 0;
    report(empty ? "into an empty store" : "onto " + std::to_string(have) + " problems",
           std::to_string(figures.added) + " in " + formatMs(figures.ms));
    report(empty ? "fill rate, empty" : "fill rate, onto " + std::to_string(have), formatRate(figures.rate()),
           empty ? ">= 50,000 /s" : ">= 20,000 /s", figures.rate() >= (empty ? 50'000 : 20'000));
    report("  of which the commit", formatMs(commitMs));
    report("  generating (not counted)", formatMs(generateMs));
    return 0;
}

/// fillStore() in a child process; its figures come back through a pipe.
int fillInChild(const std::string& path, std::size_t target, std::uint64_t seed, FillFigures& figures)
{
    std::fflush(stdout);
    int channel[2];
    if (pipe(channel) != 0)
        return fillStore(path, target, seed, figures);
    const pid_t child = fork();
    if (child < 0) {
        close(channel[0]);
        close(channel[1]);
        return fillStore(path, target, seed, figures);
    }
    if (child == 0) {
        close(channel[0]);
        const int rc = fillStore(path, target, seed, figures);
        std::fflush(stdout);
        std::fflush(stderr);
        const ssize_t sent = write(channel[1], &figures, sizeof figures);
        static_cast<void>(sent);
        _exit(rc);
    }
    close(channel[1]);
    const ssize_t got = read(channel[0], &figures, sizeof figures);
    close(channel[0]);
    int status = 0;
    waitpid(child, &status, 0);
    if (got != static_cast<ssize_t>(sizeof figures))
        figures = {};
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

struct Viewport
{
    geo::WorldPoint topLeft;
    geo::WorldPoint bottomRight;
    int zoom = 0;
};

std::vector<Viewport> makeViewports(const std::vector<core::ProblemPoint>& points, int count,
                                    std::uint64_t seed)
{
    std::vector<Viewport> out;
    if (points.empty())
        return out;
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::size_t> pick(0, points.size() - 1);
    std::uniform_int_distribution<int> zoom(8, 18);
    for (int i = 0; i < count; ++i) {
        const core::ProblemPoint& p = points[pick(rng)];
        const int z = zoom(rng);
        const geo::WorldPoint c = geo::project(p.lat, p.lon);
        const double scale = geo::kTileSize * std::exp2(z);
        const double halfW = kViewportWidth / 2.0 / scale, halfH = kViewportHeight / 2.0 / scale;
        out.push_back({{c.x - halfW, c.y - halfH}, {c.x + halfW, c.y + halfH}, z});
    }
    return out;
}

struct Bin
{
    std::uint32_t count = 0;
    double sumLat = 0;
    double sumLon = 0;
};

std::uint64_t cellOf(double w, std::uint64_t cells)
{
    const double c = std::floor(w * static_cast<double>(cells));
    if (!(c > 0))
        return 0;
    return std::min(static_cast<std::uint64_t>(c), cells - 1);
}

/// The reference: every point tested against the viewport's cells, the ones inside binned.
std::unordered_map<std::uint64_t, Bin> bruteForce(const std::vector<core::ProblemPoint>& points,
                                                  const std::vector<geo::WorldPoint>& world,
                                                  const Viewport& v, std::uint64_t cells)
{
    const std::uint64_t cx0 = cellOf(v.topLeft.x, cells), cx1 = cellOf(v.bottomRight.x, cells);
    const std::uint64_t cy0 = cellOf(v.topLeft.y, cells), cy1 = cellOf(v.bottomRight.y, cells);
    std::unordered_map<std::uint64_t, Bin> bins;
    for (std::size_t i = 0; i < world.size(); ++i) {
        const std::uint64_t cx = cellOf(world[i].x, cells), cy = cellOf(world[i].y, cells);
        if (cx < cx0 || cx > cx1 || cy < cy0 || cy > cy1)
            continue;
        Bin& bin = bins[(cy << 32) | cx];
        ++bin.count;
        bin.sumLat += points[i].lat;
        bin.sumLon += points[i].lon;
    }
    return bins;
}

bool sameCells(const std::vector<geo::ClusterIndex::Item>& items,
               const std::unordered_map<std::uint64_t, Bin>& bins)
{
    if (items.size() != bins.size())
        return false;
    for (const auto& item : items) {
        const auto it = bins.find(item.cell);
        if (it == bins.end() || it->second.count != item.count ||
            std::abs(it->second.sumLat / it->second.count - item.lat) > 1e-9 ||
            std::abs(it->second.sumLon / it->second.count - item.lon) > 1e-9)
            return false;
    }
    return true;
}

/// Writes the points (float64 lon, lat pairs) and viewports (JSON) for the supercluster script.
bool exportData(const std::filesystem::path& dir, const std::vector<core::ProblemPoint>& points,
                const std::vector<Viewport>& viewports, const geo::ClusterIndex& index)
{
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    std::ofstream bin(dir / "points.bin", std::ios::binary);
    std::vector<double> pair(2);
    for (const auto& p : points) {
        pair[0] = p.lon;
        pair[1] = p.lat;
        bin.write(reinterpret_cast<const char*>(pair.data()), sizeof(double) * 2);
    }
    std::ofstream json(dir / "viewports.json");
    json.precision(17);
    json << "{\"cellPixels\": " << index.options().cellPixels << ", \"maxZoom\": " << index.options().maxZoom
         << ", \"points\": " << points.size() << ", \"viewports\": [\n";
    for (std::size_t i = 0; i < viewports.size(); ++i) {
        const auto& v = viewports[i];
        const geo::LatLon nw = geo::unproject(v.topLeft), se = geo::unproject(v.bottomRight);
        json << "  {\"west\": " << nw.lon << ", \"south\": " << se.lat << ", \"east\": " << se.lon
             << ", \"north\": " << nw.lat << ", \"zoom\": " << v.zoom << "}"
             << (i + 1 < viewports.size() ? ",\n" : "\n");
    }
    json << "]}\n";
    return bin.good() && json.good();
}

/// The figures, as JSON, for the script that compares them with supercluster.
struct Figures
{
    std::size_t problems = 0;
    double fillMs = -1, fillRate = 0, openMs = 0, pointsMs = 0, buildMs = 0, indexMb = 0, rssMb = 0,
           itemsMean = 0;
    Summary query, brute, search, searchFts, searchShort;
    std::size_t mismatches = 0;
};

void writeFigures(const std::filesystem::path& file, const Figures& f)
{
    const std::pair<const char*, double> fields[] = {
        {"problems", static_cast<double>(f.problems)},
        {"fillMs", f.fillMs},
        {"fillRate", f.fillRate},
        {"openMs", f.openMs},
        {"pointsMs", f.pointsMs},
        {"buildMs", f.buildMs},
        {"indexMb", f.indexMb},
        {"rssMb", f.rssMb},
        {"queryP50", f.query.p50},
        {"queryP95", f.query.p95},
        {"queryMax", f.query.max},
        {"itemsMean", f.itemsMean},
        {"bruteP50", f.brute.p50},
        {"bruteP95", f.brute.p95},
        {"searchP50", f.search.p50},
        {"searchP95", f.search.p95},
        {"searchFtsP95", f.searchFts.p95},
        {"searchShortP95", f.searchShort.p95},
        {"mismatches", static_cast<double>(f.mismatches)},
    };
    std::ofstream out(file);
    out.precision(10);
    out << "{";
    for (std::size_t i = 0; i < std::size(fields); ++i)
        out << (i ? ",\n  \"" : "\n  \"") << fields[i].first << "\": " << fields[i].second;
    out << "\n}\n";
}

/// A whole number from 1 to a billion, the fallback when empty, 0 (refused by the caller) otherwise.
std::size_t parseCount(const std::string& text, std::size_t fallback)
{
    if (text.empty())
        return fallback;
    return static_cast<std::size_t>(wholeNumber(text, 1, 1'000'000'000).value_or(0));
}

/// Step 4: searches for words of the demo texts, the first page of each; the figures go to `figures`.
bool searchStep(core::Store& store, std::uint64_t seed, Figures& figures)
{
    std::mt19937_64 rng(seed + 7);
    std::uniform_int_distribution<std::size_t> word(0, std::size(kSearchWords) - 1);
    std::vector<double> searchMs, trigramMs, shortMs;
    std::size_t hits = 0;
    const auto searchStart = Clock::now();
    for (int i = 0; i < kSearchQueries && msSince(searchStart) < kSearchBudgetMs; ++i) {
        const std::string text = kSearchWords[word(rng)];
        const auto start = Clock::now();
        auto rowids = store.searchRowids(text, kSearchPage);
        const double ms = msSince(start);
        searchMs.push_back(ms);
        // Three characters or more are phrases of trigrams; shorter text is every trigram it starts.
        (core::utf8Length(text) >= 3 ? trigramMs : shortMs).push_back(ms);
        if (!rowids) {
            std::fprintf(stderr, "balgul-cli: search '%s': %s\n", text.c_str(),
                         rowids.error().toString().c_str());
            return false;
        }
        hits += rowids->size();
    }
    figures.search = summarize(searchMs);
    report("search p50", formatMs(figures.search.p50));
    report("search p95", formatMs(figures.search.p95), "<= 30 ms", figures.search.p95 <= 30);
    report("search max", formatMs(figures.search.max));
    figures.searchFts = summarize(trigramMs);
    figures.searchShort = summarize(shortMs);
    report("p95, words of 3+ characters", formatMs(figures.searchFts.p95));
    report("p95, words of 1-2 characters", formatMs(figures.searchShort.p95));
    report("hits per query (mean)", std::to_string(hits / searchMs.size()));
    if (searchMs.size() < static_cast<std::size_t>(kSearchQueries))
        report("queries run", std::to_string(searchMs.size()) + " of " + std::to_string(kSearchQueries),
               "within the time budget", false);
    return true;
}

/// Step 7: schema 7's row-by-row path on the first `count` problems of the fill (and, with `onto`,
/// onto a schema-7 store of `onto` problems), the ratios, and whether search finds what it found.
/// Returns false when the answers differ.
bool baselineStep(const std::filesystem::path& dir, std::size_t count, std::size_t target, std::size_t onto,
                  std::uint64_t seed, const FillFigures& empty, const FillFigures& ontoFill,
                  core::Store* filledFromEmpty)
{
    const ChunkSource chunks = [&](std::size_t index) { return fillChunk(index, target, seed); };
    // Onto: the problems after the first `target`, as the bulk write onto the store had them.
    const ChunkSource after = [&](std::size_t index) { return fillChunk(index, target + count, seed); };
    const std::string file = (dir / "schema7.sqlite").string();
    auto fill = fillSchema7(file, 0, count, chunks, kFillChunk);
    if (!fill) {
        std::fprintf(stderr, "balgul-cli: %s\n", fill.error().toString().c_str());
        return false;
    }
    const double rate = static_cast<double>(fill->rows) / (fill->ms / 1000);
    report("row by row, empty (" + std::to_string(fill->rows) + ")", formatRate(rate));
    char ratio[32];
    if (empty.added > 0 && empty.before == 0) {
        std::snprintf(ratio, sizeof ratio, "%.1fx", empty.rate() / rate);
        report("bulk / row by row, empty", ratio);
    }
    bool same = true;
    if (filledFromEmpty) {
        // The same problems have the same row ids in both stores: schema 7's FTS5 answers are
        // today's answers among them.
        core::Database db;
        db.openReadOnly(file);
        std::size_t differ = 0;
        for (const char* word : kSearchWords) {
            auto found = filledFromEmpty->searchRowids(word);
            if (!found)
                return false;
            std::vector<std::int64_t> mine;
            for (const std::int64_t r : *found)
                if (r <= static_cast<std::int64_t>(fill->rows))
                    mine.push_back(r);
            if (mine != searchSchema7(db, word))
                ++differ;
        }
        same = differ == 0;
        report("search answers as schema 7's",
               same ? "all " + std::to_string(std::size(kSearchWords)) + " words"
                    : std::to_string(differ) + " words differ",
               "the same rows", same);
    }
    if (onto > 0) {
        auto topped = fillSchema7(file, onto, count, after, kFillChunk);
        if (!topped) {
            std::fprintf(stderr, "balgul-cli: %s\n", topped.error().toString().c_str());
            return false;
        }
        const double ontoRate = static_cast<double>(topped->rows) / (topped->ms / 1000);
        report("row by row, onto " + std::to_string(onto) + " (" + std::to_string(topped->rows) + ")",
               formatRate(ontoRate));
        if (ontoFill.added > 0) {
            std::snprintf(ratio, sizeof ratio, "%.1fx", ontoFill.rate() / ontoRate);
            report("bulk / row by row, onto", ratio);
        }
    }
    std::error_code error;
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(file + suffix, error);
    return same;
}

} // namespace

int runBench(const Args& args)
{
    const auto positional = args.positional();
    if (!positional.empty() && positional.front() == "import-geojson")
        return runBenchImportGeoJson(args);
    if (positional.empty() || positional.front() != "store") {
        std::fprintf(stderr,
                     "usage: balgul-cli [--store FILE] bench store [--problems N] [--queries Q] [--seed S] "
                     "[--export DIR] [--onto M] [--baseline B] [--baseline-onto]\n"
                     "       balgul-cli bench import-geojson [--features N] [--dir D [--reuse]] [--keep] "
                     "[--no-ogr2ogr]\n");
        return 2;
    }
    const std::size_t problems = parseCount(args.option("problems"), 1'000'000);
    const std::size_t queries = parseCount(args.option("queries"), 1000);
    const std::string seedText = args.option("seed", "1");
    const auto seedValue = wholeNumber(seedText, 0, std::numeric_limits<std::int64_t>::max());
    if (problems == 0 || queries == 0 || !seedValue) {
        std::fprintf(stderr, "balgul-cli: --problems and --queries take a whole number from 1 to a billion, "
                             "--seed a whole number from 0\n");
        return 2;
    }
    const auto seed = static_cast<std::uint64_t>(*seedValue);
    const std::string exportDir = args.option("export");
    // After the measurements at `problems`: `onto` more through one bulk write, and schema 7's
    // row-by-row path on `baseline` problems (and onto `problems` with --baseline-onto).
    const std::string ontoText = args.option("onto");
    const std::string baselineText = args.option("baseline");
    const std::size_t onto = ontoText == "0" ? 0 : parseCount(ontoText, problems);
    const std::size_t baseline =
        baselineText == "0" ? 0 : parseCount(baselineText, std::min<std::size_t>(problems, 100'000));
    if ((ontoText != "0" && onto == 0) || (baselineText != "0" && baseline == 0)) {
        std::fprintf(stderr, "balgul-cli: --onto and --baseline take a whole number from 0 to a billion\n");
        return 2;
    }
    const bool baselineOnto = args.flag("baseline-onto");

    // Without --store the benchmark never touches the user's profile: it works in a fresh folder.
    std::filesystem::path tempDir;
    std::string path = args.storePath;
    if (path.empty() || path == core::profileStorePath({})) {
        std::string pattern = (std::filesystem::temp_directory_path() / "balgul-bench-XXXXXX").string();
        if (!mkdtemp(pattern.data())) {
            std::perror("balgul-cli: mkdtemp");
            return 1;
        }
        tempDir = pattern;
        path = (tempDir / "bench.sqlite").string();
    }
    Figures figures;
    figures.problems = problems;
    std::printf("Balgul store benchmark: %zu problems, %zu viewports of %dx%d px, seed %" PRIu64 "\n",
                problems, queries, kViewportWidth, kViewportHeight, seed);
    std::printf("store: %s\n\n1. bulk write (one transaction through core::BulkWriter)\n", path.c_str());

    const auto fillStart = Clock::now();
    FillFigures emptyFill;
    if (const int rc = fillInChild(path, problems, seed, emptyFill); rc != 0)
        return rc;
    figures.fillMs = msSince(fillStart);
    figures.fillRate = emptyFill.rate();

    // 2. Open, read the points, build the index: what the desktop app does at start.
    std::printf("\n2. open and index\n");
    auto start = Clock::now();
    auto opened = core::Store::open(path, {.create = false, .userName = {}});
    if (!opened) {
        std::fprintf(stderr, "balgul-cli: %s\n", opened.error().toString().c_str());
        return 1;
    }
    auto& store = *opened;
    figures.openMs = msSince(start);
    start = Clock::now();
    const std::vector<core::ProblemPoint> points = store->allPoints();
    figures.pointsMs = msSince(start);
    start = Clock::now();
    geo::ClusterIndex index;
    index.build(points);
    figures.buildMs = msSince(start);
    figures.indexMb = static_cast<double>(index.memoryBytes()) / (1024.0 * 1024.0);
    const double openAndIndex = figures.openMs + figures.pointsMs + figures.buildMs;
    report("store open", formatMs(figures.openMs));
    report("points read (" + std::to_string(points.size()) + ")", formatMs(figures.pointsMs));
    report("index build", formatMs(figures.buildMs), "<= 400 ms", figures.buildMs <= 400);
    report("open + points + index", formatMs(openAndIndex), "<= 1 s", openAndIndex <= 1000);
    char mb[32];
    std::snprintf(mb, sizeof mb, "%.1f MB", figures.indexMb);
    report("index memory", mb, "<= 120 MB", figures.indexMb <= 120);

    // 3. Viewports: the index against the brute force.
    std::printf("\n3. map viewports (zoom 8-18)\n");
    const auto viewports = makeViewports(points, static_cast<int>(queries), seed);
    std::vector<double> queryMs, bruteMs;
    std::vector<std::vector<geo::ClusterIndex::Item>> answers;
    std::size_t totalItems = 0;
    for (const auto& v : viewports) {
        start = Clock::now();
        auto items = index.query(v.topLeft, v.bottomRight, v.zoom);
        queryMs.push_back(msSince(start));
        totalItems += items.size();
        answers.push_back(std::move(items));
    }
    std::vector<geo::WorldPoint> world;
    world.reserve(points.size());
    for (const auto& p : points)
        world.push_back(geo::project(p.lat, p.lon));
    for (std::size_t i = 0; i < viewports.size(); ++i) {
        start = Clock::now();
        const auto bins = bruteForce(points, world, viewports[i], index.cellsPerAxis(viewports[i].zoom));
        bruteMs.push_back(msSince(start));
        if (!sameCells(answers[i], bins))
            ++figures.mismatches;
    }
    world = {};
    answers = {};
    figures.query = summarize(queryMs);
    figures.brute = summarize(bruteMs);
    report("index query p50", formatMs(figures.query.p50));
    report("index query p95", formatMs(figures.query.p95), "< 1 ms", figures.query.p95 < 1);
    report("index query max", formatMs(figures.query.max));
    figures.itemsMean = static_cast<double>(totalItems) / static_cast<double>(viewports.size());
    report("items per viewport (mean)", std::to_string(static_cast<long>(figures.itemsMean)));
    report("brute force p50", formatMs(figures.brute.p50));
    report("brute force p95", formatMs(figures.brute.p95));
    const double ratio50 = figures.brute.p50 / std::max(figures.query.p50, 1e-6);
    const double ratio95 = figures.brute.p95 / std::max(figures.query.p95, 1e-6);
    report("brute / index at p50", std::to_string(static_cast<long>(ratio50)) + "x", ">= 50x", ratio50 >= 50);
    report("brute / index at p95", std::to_string(static_cast<long>(ratio95)) + "x", ">= 50x", ratio95 >= 50);
    report("index equals brute force",
           figures.mismatches == 0 ? std::string("all " + std::to_string(viewports.size()))
                                   : std::to_string(figures.mismatches) + " differ",
           "same cells, counts, centroids", figures.mismatches == 0);

    // 4. Korean search, first page.
    std::printf("\n4. search (first page of %d)\n", kSearchPage);
    if (!searchStep(*store, seed, figures))
        return 1;

    // 5. Memory.
    std::printf("\n5. memory\n");
    figures.rssMb = static_cast<double>(peakRssKb(RUSAGE_SELF)) / 1024.0;
    std::snprintf(mb, sizeof mb, "%.0f MB", figures.rssMb);
    report("peak RSS (open, index, queries)", mb, "<= 300 MB", figures.rssMb <= 300);
    if (const long child = peakRssKb(RUSAGE_CHILDREN); child > 0) {
        std::snprintf(mb, sizeof mb, "%.0f MB", static_cast<double>(child) / 1024.0);
        report("peak RSS of the write process", mb);
    }

    if (!exportDir.empty()) {
        if (!exportData(exportDir, points, viewports, index)) {
            std::fprintf(stderr, "balgul-cli: cannot write to %s\n", exportDir.c_str());
            return 1;
        }
        writeFigures(std::filesystem::path(exportDir) / "balgul.json", figures);
        std::printf("\nexported points, viewports and figures to %s\n", exportDir.c_str());
    }

    // 6. A bulk write onto the store as it is now, and search at its new size.
    FillFigures ontoFill;
    if (onto > 0) {
        std::printf("\n6. bulk write onto the store\n");
        store.reset();
        if (const int rc = fillInChild(path, problems + onto, seed, ontoFill); rc != 0)
            return rc;
        auto reopened = core::Store::open(path, {.create = false, .userName = {}});
        if (!reopened) {
            std::fprintf(stderr, "balgul-cli: %s\n", reopened.error().toString().c_str());
            return 1;
        }
        store = std::move(*reopened);
        Figures after;
        if (!searchStep(*store, seed, after))
            return 1;
    }

    // 7. The baseline: schema 7 writing one row at a time, its FTS5 and R*Tree kept by triggers.
    bool sameAnswers = true;
    if (baseline > 0) {
        std::printf("\n7. baseline: schema 7, one row at a time (FTS5 and R*Tree triggers)\n");
        std::string pattern =
            (std::filesystem::temp_directory_path() / "balgul-bench-baseline-XXXXXX").string();
        if (!mkdtemp(pattern.data())) {
            std::perror("balgul-cli: mkdtemp");
            return 1;
        }
        const bool comparable = emptyFill.before == 0 && emptyFill.added >= baseline;
        sameAnswers =
            baselineStep(pattern, std::min(baseline, problems), problems, baselineOnto ? problems : 0, seed,
                         emptyFill, ontoFill, comparable ? store.get() : nullptr);
        std::error_code error;
        std::filesystem::remove_all(pattern, error);
    }
    store.reset();
    if (!tempDir.empty()) {
        std::error_code error;
        std::filesystem::remove_all(tempDir, error);
    }
    return figures.mismatches == 0 && sameAnswers ? 0 : 1;
}

} // namespace balgul::cli
