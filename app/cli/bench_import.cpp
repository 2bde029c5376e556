// `balgul-cli bench import`: how fast a big Sensor.Community-shaped CSV goes into the store, against
// the sqlite3 command-line tool's `.import` of the same file into a plain text table.

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/sensor/sensor_import.h"
#include "core/store/store.h"

#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace balgul::cli {

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

constexpr double kTargetRowsPerSecond = 1'000'000;
constexpr double kTargetRatio = 2.0;
constexpr int kDevices = 4;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// xorshift64*: fast, reproducible values.
struct Random
{
    std::uint64_t state = 0x2545F4914F6CDD1Dull;
    std::uint64_t next()
    {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 0x2545F4914F6CDD1Dull;
    }
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
};

void civil(std::int64_t days, int& y, unsigned& m, unsigned& d)
{
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2));
}

char* putTwo(char* p, unsigned v)
{
    *p++ = static_cast<char>('0' + v / 10);
    *p++ = static_cast<char>('0' + v % 10);
    return p;
}

/// A value with two decimals ("12.34").
char* putValue(char* p, double value)
{
    const auto hundredths = static_cast<unsigned>(value * 100 + 0.5);
    const int n = std::sprintf(p, "%u.%02u", hundredths / 100, hundredths % 100);
    return p + n;
}

/// Writes `rows` data rows of kDevices SDS011 sensors (each a run of rows, as concatenated archive
/// files are): steps of about a minute, PM10 and PM2.5 drifting with two decimals.
bool generate(const std::string& path, std::int64_t rows)
{
    std::FILE* out = std::fopen(path.c_str(), "wb");
    if (!out)
        return false;
    std::vector<char> buffer(1 << 20);
    std::size_t used = 0;
    auto flush = [&] {
        std::fwrite(buffer.data(), 1, used, out);
        used = 0;
    };
    const char* header =
        "sensor_id;sensor_type;location;lat;lon;timestamp;P1;durP1;ratioP1;P2;durP2;ratioP2\n";
    std::memcpy(buffer.data(), header, std::strlen(header));
    used = std::strlen(header);
    Random random;
    const std::int64_t perDevice = (rows + kDevices - 1) / kDevices;
    std::int64_t written = 0;
    for (int device = 0; device < kDevices && written < rows; ++device) {
        char prefix[96];
        const int prefixLength =
            std::snprintf(prefix, sizeof prefix, "%d;SDS011;%d;36.%03d;127.%03d;", 5331 + device * 7,
                          4300 + device, 340 + device * 9, 380 + device * 5);
        std::int64_t time = 1'640'995'200; // 2022-01-01T00:00:00Z
        double pm10 = 20, pm25 = 9;
        std::int64_t lastDay = -1;
        char date[32] = {};
        for (std::int64_t i = 0; i < perDevice && written < rows; ++i, ++written) {
            time += 57 + static_cast<std::int64_t>(random.next() % 7);
            pm10 = std::max(0.5, std::min(400.0, pm10 + (random.uniform() - 0.5) * 3));
            pm25 = std::max(0.3, std::min(pm10, pm25 + (random.uniform() - 0.5) * 1.5));
            if (used + 128 > buffer.size())
                flush();
            char* p = buffer.data() + used;
            std::memcpy(p, prefix, static_cast<std::size_t>(prefixLength));
            p += prefixLength;
            const std::int64_t day = time / 86400;
            if (day != lastDay) {
                int y;
                unsigned m, d;
                civil(day, y, m, d);
                std::snprintf(date, sizeof date, "%04d-%02u-%02u", y, m, d);
                lastDay = day;
            }
            std::memcpy(p, date, 10);
            p += 10;
            const auto secs = static_cast<unsigned>(time - day * 86400);
            *p++ = 'T';
            p = putTwo(p, secs / 3600);
            *p++ = ':';
            p = putTwo(p, secs / 60 % 60);
            *p++ = ':';
            p = putTwo(p, secs % 60);
            *p++ = ';';
            p = putValue(p, pm10);
            std::memcpy(p, ";;;", 3);
            p += 3;
            p = putValue(p, pm25);
            std::memcpy(p, ";;\n", 3);
            p += 3;
            used = static_cast<std::size_t>(p - buffer.data());
        }
    }
    flush();
    return std::fclose(out) == 0;
}

std::string findOnPath(const std::string& name)
{
    const char* path = std::getenv("PATH");
    if (!path)
        return {};
    std::string dirs = path;
    std::size_t start = 0;
    while (start <= dirs.size()) {
        const std::size_t end = std::min(dirs.find(':', start), dirs.size());
        const fs::path candidate = fs::path(dirs.substr(start, end - start)) / name;
        if (access(candidate.c_str(), X_OK) == 0)
            return candidate.string();
        start = end + 1;
    }
    return {};
}

/// Runs the sqlite3 tool's CSV import; seconds, or a negative number on failure.
double runSqliteImport(const std::string& sqlite3, const std::string& db, const std::string& csv)
{
    std::fflush(stdout);
    const auto start = Clock::now();
    const pid_t child = fork();
    if (child < 0)
        return -1;
    if (child == 0) {
        const std::string import = ".import " + csv + " t";
        execl(sqlite3.c_str(), sqlite3.c_str(), db.c_str(), ".mode csv", ".separator ;", import.c_str(),
              static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    waitpid(child, &status, 0);
    const double seconds = secondsSince(start);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? seconds : -1;
}

std::string thousands(double value)
{
    std::string digits = std::to_string(static_cast<std::int64_t>(value + 0.5));
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<std::size_t>(i), ",");
    return digits;
}

void line(const std::string& label, const std::string& value, const std::string& target = {}, bool met = true)
{
    std::printf("  %-34s %18s", label.c_str(), value.c_str());
    if (!target.empty())
        std::printf("   target %s: %s", target.c_str(), met ? "ok" : "MISSED");
    std::printf("\n");
    std::fflush(stdout);
}

std::string megabytes(double bytes)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MB", bytes / 1e6);
    return buf;
}

} // namespace

int runBenchImport(const Args& args)
{
    const std::string rowsText = args.option("rows", "10000000");
    const auto rowsValue = wholeNumber(rowsText, 1, 1'000'000'000);
    if (!rowsValue) {
        std::fprintf(stderr, "balgul-cli: --rows takes a whole number from 1 to a billion\n");
        return 2;
    }
    const long long rows = *rowsValue;
    const bool keep = args.flag("keep");
    fs::path dir = args.option("dir");
    const bool ownDir = dir.empty();
    std::error_code ec;
    if (ownDir)
        dir = fs::temp_directory_path(ec) / ("balgul-bench-import-" + std::to_string(getpid()));
    fs::create_directories(dir, ec);
    const std::string csv = (dir / "sensor-community-sds011.csv").string();
    const std::string storePath = (dir / "bench-store.sqlite").string();
    const std::string plainPath = (dir / "sqlite3-import.sqlite").string();
    for (const std::string& p : {storePath, plainPath, storePath + "-wal", storePath + "-shm"})
        fs::remove(p, ec);

    std::printf("Balgul import benchmark: %s rows of Sensor.Community SDS011 CSV, %d sensors\n",
                thousands(static_cast<double>(rows)).c_str(), kDevices);
    std::printf("files in %s\n\n", dir.string().c_str());
    auto start = Clock::now();
    if (!generate(csv, rows)) {
        std::fprintf(stderr, "balgul-cli: cannot write %s\n", csv.c_str());
        return 1;
    }
    const double fileBytes = static_cast<double>(fs::file_size(csv, ec));
    line("generate CSV", megabytes(fileBytes));
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.2f s", secondsSince(start));
    line("  took", seconds);

    std::printf("\n1. importSensorFile into a fresh store\n");
    auto store = core::Store::open(storePath);
    if (!store) {
        std::fprintf(stderr, "balgul-cli: %s\n", store.error().toString().c_str());
        return 1;
    }
    start = Clock::now();
    auto report = core::sensor::importSensorFile(**store, csv);
    const double importSeconds = secondsSince(start);
    if (!report) {
        std::fprintf(stderr, "balgul-cli: %s\n", report.error().toString().c_str());
        return 1;
    }
    store->reset();
    const double importRate = static_cast<double>(report->rowsRead) / importSeconds;
    std::snprintf(seconds, sizeof seconds, "%.2f s", importSeconds);
    line("import", seconds);
    line("rows read / imported", thousands(static_cast<double>(report->rowsRead)) + " / " +
                                     thousands(static_cast<double>(report->imported)));
    line("readings stored", thousands(static_cast<double>(report->readings)));
    line("import rate", thousands(importRate) + " rows/s", "≥ 1,000,000 rows/s",
         importRate >= kTargetRowsPerSecond);
    double storeBytes = 0;
    for (const std::string& p : {storePath, storePath + "-wal"})
        storeBytes += fs::exists(p, ec) ? static_cast<double>(fs::file_size(p, ec)) : 0;
    line("store file size", megabytes(storeBytes));
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    line("peak RSS (balgul-cli)", megabytes(static_cast<double>(usage.ru_maxrss) * 1024));

    std::printf("\n2. sqlite3 .import of the same file into a plain table\n");
    const std::string sqlite3 = findOnPath("sqlite3");
    if (sqlite3.empty()) {
        std::printf(
            "  sqlite3 is not installed (apt-get install sqlite3): no comparison, import figures only\n");
    } else {
        const double plainSeconds = runSqliteImport(sqlite3, plainPath, csv);
        if (plainSeconds < 0) {
            std::printf("  sqlite3 .import failed: no comparison\n");
        } else {
            const double plainRate = static_cast<double>(rows) / plainSeconds;
            std::snprintf(seconds, sizeof seconds, "%.2f s", plainSeconds);
            line(".import", seconds);
            line(".import rate", thousands(plainRate) + " rows/s");
            line("plain table file size", megabytes(static_cast<double>(fs::file_size(plainPath, ec))));
            char ratio[32];
            std::snprintf(ratio, sizeof ratio, "%.2f x", importRate / plainRate);
            line("ratio (store / .import)", ratio, "≥ 2 x", importRate / plainRate >= kTargetRatio);
            getrusage(RUSAGE_CHILDREN, &usage);
            line("peak RSS (sqlite3)", megabytes(static_cast<double>(usage.ru_maxrss) * 1024));
        }
    }
    if (!keep) {
        for (const std::string& p : {csv, storePath, storePath + "-wal", storePath + "-shm", plainPath})
            fs::remove(p, ec);
        if (ownDir)
            fs::remove(dir, ec);
    } else {
        std::printf("\nkept %s\n", dir.string().c_str());
    }
    return 0;
}

} // namespace balgul::cli
