#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace balgul::cli {

/// The words after the command name, with the common options already taken out.
struct Args
{
    std::string storePath;         ///< the profile's store file (from --store or --data-dir)
    std::vector<std::string> rest; ///< remaining arguments, in order

    /// Value of "--name value" or "--name=value", or `fallback`.
    std::string option(const std::string& name, const std::string& fallback = {}) const;
    bool flag(const std::string& name) const;
    /// Arguments that are neither options nor option values.
    std::vector<std::string> positional() const;
};

/// The help text of one command (`balgul-cli COMMAND --help`), or null for an unknown command.
const char* commandHelp(std::string_view command);

int runDemo(const Args& args);
int runExport(const Args& args);
int runImport(const Args& args);
int runStats(const Args& args);
int runBench(const Args& args);
int runBenchSync(const Args& args);
int runBenchFirstSync(const Args& args);
int runBenchImport(const Args& args);
int runLogin(const Args& args);
int runSync(const Args& args);
int runImportSensor(const Args& args);
int runStation(const Args& args);
int runTriage(const Args& args);
int runProblem(const Args& args);
int runPilot(const Args& args);
/// `pilot evaluate ID …` (`words`: the positional words, "evaluate" first).
int runPilotEvaluate(const Args& args, const std::vector<std::string>& words);
/// `tally FILE.pb`: a Pabulib election counted under its rule or --rule.
int runTally(const Args& args);
/// `round …`: voting rounds (app/cli/cli_round.cpp).
int runRound(const Args& args);
/// `mydata …`: the resident's vault, imports of personal records, consents and sharing with the
/// hub (app/cli/cli_mydata.cpp, cli_mydata_share.cpp).
int runMydata(const Args& args);
/// `bench ballots`: a real hub taking many residents' ballots at once (app/cli/bench_ballots.cpp).
int runBenchBallots(const Args& args);
/// `bench tally`: the voting rules on the largest Pabulib file and on 100,000 synthetic ballots.
int runBenchTally(const Args& args);

} // namespace balgul::cli
