// balgul-cli: headless import, export, demo data, statistics and benchmarks.

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/store/database.h"
#include "core/store/profile.h"

#include <algorithm>
#include <cstring>
#include <iostream>
#include <map>
#include <new>
#include <stdexcept>
#include <vector>

namespace {

const char* kUsage = R"(usage: balgul-cli [--data-dir DIR | --store FILE] COMMAND [options]

Commands:
  demo    [--count N] [--seed S] [--sensor-days D] [--share]   add N realistic demo problems around Daejeon
                                           (and D days of three residents' fine-dust stations)
  export  --format geojson|csv [--output FILE]   write every problem (stdout by default)
  import  --format geojson FILE            import problems (all or nothing)
  stats                                    counts by category and status
  bench   store [--problems N] [--queries Q] [--seed S]   bulk write, map clustering and search benchmark
  bench   import-geojson [--features N]    a GeoJSON import of N features, beside ogr2ogr
  bench   sync [--ops N] [--clients K] [--seconds S] [--period-ms MS] [--client-ops N] [--db postgresql://...]
                                           hub benchmark
  bench   first-sync [--problems N] [--db postgresql://...]   a new member's first sync of a city
                                           hub with N problems, beside ogr2ogr
  bench   import [--rows N] [--dir D] [--keep]   sensor CSV import against sqlite3 .import
  bench   tally [--file F.pb]              the voting rules on a real Pabulib file and 100,000 ballots
  bench   ballots [--residents N] [--threads T] [--db postgresql://...]
                                           a real hub taking 1,000 residents' ballots at once
  login   --hub URL --user LOGIN [--invite CODE] [--password-stdin] [--insecure]
                                           sign in to a city hub (with an invite: create the account)
  sync    [--hub URL] [--batch N] [--insecure]   push local changes, pull the hub's
  import-sensor FILE [--format F] [--preview] [--mapping M.json|--preset P] [--tz Z] [--gpx T.gpx]
                [--lat D --lon D] [--name N]   import a sensor file (CSV or JSON; --help for more)
  station share DEVICE [--mode hourly|raw] [--batch N]   publish a sensor device on the hub
  station unshare DEVICE                   remove it from the hub (erases the hub's copy)
  station list [--bbox minLon,minLat,maxLon,maxLat]   the hub's shared stations
  station subscribe STATION-ID             follow a shared station as a local device
  station pull                             fetch new observations of followed stations
  station devices                          local sensor devices and what is shared
  triage  [--limit N]                      the problems a coordinator should look at: new, reopened
                                           and the most supported, oldest first
  problem status ID STATUS --note TEXT [--reason R]   move a problem (confirmed, in_progress,
                                           resolved, closed with a reason, reopened)
  problem history ID                       a problem's status history, newest first
  problem merge DUP KEEP --note TEXT       mark DUP as a duplicate of KEEP (its comments and
                                           supports move to KEEP); prints the merge's id
  problem unmerge MERGE_ID                 undo a merge
  pilot   create --title T --problems ID,… --zone FILE --start D --end D --goal G…   propose a pilot
  pilot   list | show ID [--format json] | edit ID [options] | zone-import ID FILE
  pilot   phase ID PHASE [--note TEXT]     move a pilot (proposed, voting, selected, running, …)
  pilot   evaluate ID [--format json]      did it work? its goals against the sensor evidence
  pilot   join ID | leave ID | feedback ID --text T [--rating N]   test a pilot and say how it went
  round   list | show R | create --title T --pilots ID,… --type T --rule R --budget KRW --days N
  round   vote R --choose 1,3 | --points 1=4,2=6   cast (or change) your ballot; sync sends it
  round   close R | results R | verify R [--hub URL]   close now; the results; check the published
                                           ballots, Merkle root and tally, and your own ballot
  round   import-pabulib FILE.pb | export-pabulib R [--output F.pb]   Pabulib elections in and out
  tally   FILE.pb [--rule R] [--format json|text]   count a Pabulib election (greedy, greedy-no-skip,
                                           greedy-threshold, equal-shares), each project with its reason
  mydata  create | unlock-test | strengthen | passwd   the encrypted vault of personal records
                                           (passphrase from stdin with --passphrase-stdin)
  mydata  import FILE --format greenbutton|gpx|health|csv [--preset NAME] | list   records in the vault
  mydata  consent give --purpose T --purpose-category TERM --categories a,b … | consent list
  mydata  preview CONSENT [--json] | share CONSENT | withdraw CONSENT | receipt CONSENT [--kantara]
  vault   init | unlock-check | passwd | strengthen   the same as mydata create | unlock-test | …
  consent give … | list | withdraw C | receipt C     the same as mydata consent … | withdraw | receipt
  share   preview C | send C               the same as mydata preview | share
                                           what would leave, send it, take it back with a signed receipt

Options:
  --data-dir DIR   profile folder (default: the platform data folder)
  --store FILE     use this store file directly
  --help           this text; `balgul-cli COMMAND --help` tells more about one command
)";

/// `bench sync` and `bench first-sync` go to the hub benchmarks, every other `bench` to the store benchmark.
int runBenchCommand(const balgul::cli::Args& args)
{
    const auto positional = args.positional();
    if (!positional.empty() && positional.front() == "sync")
        return balgul::cli::runBenchSync(args);
    if (!positional.empty() && positional.front() == "first-sync")
        return balgul::cli::runBenchFirstSync(args);
    if (!positional.empty() && positional.front() == "import")
        return balgul::cli::runBenchImport(args);
    if (!positional.empty() && positional.front() == "tally")
        return balgul::cli::runBenchTally(args);
    if (!positional.empty() && positional.front() == "ballots")
        return balgul::cli::runBenchBallots(args);
    return balgul::cli::runBench(args);
}

} // namespace

std::string balgul::cli::Args::option(const std::string& name, const std::string& fallback) const
{
    const std::string dashed = "--" + name;
    for (std::size_t i = 0; i < rest.size(); ++i) {
        if (rest[i] == dashed && i + 1 < rest.size())
            return rest[i + 1];
        if (rest[i].rfind(dashed + "=", 0) == 0)
            return rest[i].substr(dashed.size() + 1);
    }
    return fallback;
}

bool balgul::cli::Args::flag(const std::string& name) const
{
    for (const auto& a : rest)
        if (a == "--" + name)
            return true;
    return false;
}

std::vector<std::string> balgul::cli::Args::positional() const
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < rest.size(); ++i) {
        if (rest[i].rfind("--", 0) == 0) {
            if (rest[i].find('=') == std::string::npos && i + 1 < rest.size() &&
                rest[i + 1].rfind("--", 0) != 0)
                ++i; // skip the option's value
            continue;
        }
        out.push_back(rest[i]);
    }
    return out;
}

namespace {

/// Runs a command, turning anything it did not handle into a message: the CLI never aborts.
int runGuarded(int (*run)(const balgul::cli::Args&), const balgul::cli::Args& args)
{
    using namespace balgul;
    try {
        return run(args);
    } catch (const core::SqlError& e) {
        return cli::failed(core::storeError(e, args.storePath));
    } catch (const std::bad_alloc&) {
        return cli::failed(core::Error::make("out_of_memory", "not enough memory to finish"));
    } catch (const std::exception& e) {
        return cli::failed(
            core::Error::make("internal_error", std::string("unexpected failure: ") + e.what()));
    }
}

} // namespace

/// `vault …`, `consent …` and `share …` are the `mydata` commands under the names residents look
/// for: the command becomes `mydata` and its first word what `mydata` calls it.
void mydataAlias(std::string& command, std::vector<std::string>& rest)
{
    static const std::map<std::string, std::map<std::string, std::vector<std::string>>> aliases{
        {"vault",
         {{"init", {"create"}},
          {"unlock-check", {"unlock-test"}},
          {"passwd", {"passwd"}},
          {"strengthen", {"strengthen"}}}},
        {"consent",
         {{"list", {"consent", "list"}},
          {"give", {"consent", "give"}},
          {"withdraw", {"withdraw"}},
          {"receipt", {"receipt"}}}},
        {"share", {{"preview", {"preview"}}, {"send", {"share"}}}},
    };
    const auto family = aliases.find(command);
    if (family == aliases.end())
        return;
    command = "mydata";
    const auto word =
        std::find_if(rest.begin(), rest.end(), [](const std::string& w) { return w.rfind("--", 0) != 0; });
    if (word == rest.end())
        return; // `mydata` says what is missing
    const auto to = family->second.find(*word);
    if (to == family->second.end())
        return; // an unknown word: `mydata` names it
    const auto at = rest.erase(word);
    rest.insert(at, to->second.begin(), to->second.end());
}

int main(int argc, char** argv)
{
    using namespace balgul;
    cli::Args args;
    std::string command, dataDir, store;
    bool help = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--help" || a == "-h") {
            // Before the command: the general help; after it: the command's own.
            if (command == "vault" || command == "consent" || command == "share")
                command = "mydata";
            if (command.empty() || !cli::commandHelp(command)) {
                std::cout << kUsage;
                return 0;
            }
            help = true;
            continue;
        }
        if ((a == "--data-dir" || a == "--store") && i + 1 < argc) {
            (a == "--store" ? store : dataDir) = argv[++i];
        } else if (command.empty() && a.rfind("--", 0) != 0) {
            command = a;
        } else {
            args.rest.push_back(a);
        }
    }
    mydataAlias(command, args.rest);
    const std::map<std::string, int (*)(const cli::Args&)> commands{
        {"demo", cli::runDemo},       {"export", cli::runExport},
        {"import", cli::runImport},   {"stats", cli::runStats},
        {"bench", runBenchCommand},   {"login", cli::runLogin},
        {"sync", cli::runSync},       {"import-sensor", cli::runImportSensor},
        {"station", cli::runStation}, {"triage", cli::runTriage},
        {"problem", cli::runProblem}, {"pilot", cli::runPilot},
        {"tally", cli::runTally},     {"round", cli::runRound},
        {"mydata", cli::runMydata},
    };
    const auto it = commands.find(command);
    if (it == commands.end()) {
        std::cerr << (command.empty() ? "" : "balgul-cli: unknown command '" + command + "'\n") << kUsage;
        return 2;
    }
    if (help) {
        std::cout << cli::commandHelp(command);
        return 0;
    }
    args.storePath = store.empty() ? core::profileStorePath(dataDir) : store;
    return runGuarded(it->second, args);
}
