// `balgul-cli bench tally`: how long each voting rule takes on the largest real Pabulib file
// (../shared/data/pabulib, $BALGUL_SHARED_DATA or --file) and on 100,000 synthetic approval ballots
// over 100 projects, beside the time to count the scores alone (tests/bench/README.md).

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/voting/ballot_rules.h"
#include "core/voting/pabulib.h"
#include "core/voting/tally.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <random>

namespace balgul::cli {

namespace {

namespace fs = std::filesystem;
namespace voting = core::voting;
using Clock = std::chrono::steady_clock;

constexpr double kGreedyTargetMs = 50;
constexpr double kSharesTargetMs = 2000;
constexpr int kSyntheticVoters = 100000;
constexpr int kSyntheticProjects = 100;

constexpr voting::Rule kRules[] = {voting::Rule::Greedy, voting::Rule::GreedyNoSkip,
                                   voting::Rule::GreedyThreshold, voting::Rule::EqualShares};

/// The folder of Pabulib files: $BALGUL_SHARED_DATA/pabulib, else shared/data/pabulib beside a folder
/// above the program (the checkout's ../shared/data), else ../shared/data/pabulib from here.
fs::path pabulibFolder()
{
    std::error_code ec;
    if (const char* env = std::getenv("BALGUL_SHARED_DATA"); env && *env)
        return fs::path(env) / "pabulib";
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec)
        for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path();
             dir = dir.parent_path())
            if (fs::is_directory(dir / "shared" / "data" / "pabulib", ec))
                return dir / "shared" / "data" / "pabulib";
    return fs::path("..") / "shared" / "data" / "pabulib";
}

std::string largestFile(const fs::path& folder)
{
    std::error_code ec;
    std::string best;
    std::uintmax_t bestSize = 0;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        if (entry.path().extension() != ".pb")
            continue;
        const std::uintmax_t size = entry.file_size(ec);
        if (!ec && size > bestSize) {
            bestSize = size;
            best = entry.path().string();
        }
    }
    return best;
}

/// The fastest of `runs` runs, in milliseconds.
double bestMs(int runs, const std::function<void()>& work)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        work();
        best = std::min(best, std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    return best;
}

const char* verdict(double ms, double target)
{
    return ms <= target ? "ok" : "OVER";
}

/// Each rule on the round, with the score count as the baseline.
void benchRound(voting::Round round, const std::vector<voting::Ballot>& ballots)
{
    std::int64_t sink = 0;
    const double baseline = bestMs(5, [&] {
        const auto s = voting::scores(round, ballots);
        sink += s.empty() ? 0 : s.front();
    });
    std::printf("  %-18s %10.1f ms  (baseline)\n", "count scores", baseline);
    for (const voting::Rule rule : kRules) {
        round.rule = rule;
        voting::Tally t;
        const bool shares = rule == voting::Rule::EqualShares;
        const double ms = bestMs(shares ? 2 : 5, [&] { t = voting::tally(round, ballots); });
        const double target = shares ? kSharesTargetMs : kGreedyTargetMs;
        std::printf("  %-18s %10.1f ms  %6.1f× baseline  target ≤ %.0f ms: %s   %zu selected, cost %s",
                    std::string(voting::ruleName(rule)).c_str(), ms, ms / std::max(baseline, 1e-6), target,
                    verdict(ms, target), t.selected.size(), voting::formatMoney(t.cost).c_str());
        if (shares)
            std::printf(", %.2f per voter", t.perVoterBudget);
        std::printf("\n");
    }
    (void)sink;
}

/// 100,000 approval ballots over 100 projects: popularity falls off like a power law, costs from
/// ₩5,000,000 to ₩300,000,000 (log-uniform), each voter approving 1 to 5 projects.
void synthetic(voting::Round& round, std::vector<voting::Ballot>& ballots)
{
    std::mt19937_64 random(20240601);
    std::uniform_real_distribution<double> unit(0, 1);
    std::vector<double> weight;
    std::int64_t total = 0;
    for (int p = 0; p < kSyntheticProjects; ++p) {
        voting::Project project;
        project.id = "P" + std::to_string(p + 1);
        project.order = p;
        project.cost =
            static_cast<std::int64_t>(std::exp(std::log(5e6) + unit(random) * std::log(60.0)) / 1000) * 1000;
        total += project.cost;
        round.projects.push_back(project);
        weight.push_back(1.0 / std::pow(p + 1.0, 0.9) * (0.5 + unit(random)));
    }
    round.ballot.type = voting::BallotType::Approval;
    round.ballot.maxChoices = 5;
    round.budget = total / 3;
    round.minScore = 500;
    std::discrete_distribution<int> pick(weight.begin(), weight.end());
    std::discrete_distribution<int> length({30, 25, 20, 15, 10});
    ballots.resize(kSyntheticVoters);
    for (auto& ballot : ballots) {
        const int n = length(random) + 1;
        std::vector<int> chosen;
        while (static_cast<int>(chosen.size()) < n) {
            const int p = pick(random);
            if (std::find(chosen.begin(), chosen.end(), p) == chosen.end())
                chosen.push_back(p);
        }
        for (const int p : chosen)
            ballot.choices.push_back({round.projects[static_cast<std::size_t>(p)].id, 1});
    }
}

} // namespace

int runBenchTally(const Args& args)
{
    std::string path = args.option("file");
    if (path.empty()) {
        const fs::path folder = pabulibFolder();
        path = largestFile(folder);
        if (path.empty())
            std::printf("bench tally: no .pb file in %s (set BALGUL_SHARED_DATA or pass --file): the real "
                        "file is left out\n",
                        folder.string().c_str());
    }
    if (!path.empty()) {
        voting::PabulibFile file;
        try {
            const double readMs = bestMs(1, [&] { file = voting::readPabulibFile(path); });
            std::printf("%s: %zu projects, %zu ballots (%s), read in %.1f ms\n",
                        fs::path(path).filename().string().c_str(), file.round.projects.size(),
                        file.ballots.size(),
                        std::string(voting::ballotTypeName(file.round.ballot.type)).c_str(), readMs);
        } catch (const voting::PabulibError& e) {
            core::Error error = core::Error::make("invalid_file", e.detail(), e.field());
            return failed(error.at(e.file(), e.line()));
        }
        benchRound(file.round, file.ballots);
    }
    voting::Round round;
    std::vector<voting::Ballot> ballots;
    synthetic(round, ballots);
    std::printf("synthetic: %d projects, %d approval ballots, budget ₩%s\n", kSyntheticProjects,
                kSyntheticVoters, voting::formatMoney(round.budget).c_str());
    benchRound(round, ballots);
    return kOk;
}

} // namespace balgul::cli
