// `balgul-cli mydata …`: the resident's vault (create, unlock-test, strengthen, passwd), imports of
// personal records into it, and what it holds. Passphrases come from standard input, never from
// the command line.

#include "app/cli/cli_mydata.h"

#include "app/cli/cli_support.h"
#include "core/mydata/apple_health.h"
#include "core/mydata/gpx_mobility.h"
#include "core/mydata/greenbutton.h"
#include "core/mydata/mydata_csv.h"
#include "core/sync/credentials.h"
#include "core/util/ids.h"
#include "core/util/time.h"

#include <algorithm>
#include <iostream>
#include <map>
#include <tuple>

namespace balgul::cli {

namespace mydata_cli {

using core::mydata::KdfParams;
using core::mydata::Vault;

std::string readPassphrase(const Args& args, const char* what)
{
    if (!args.flag("passphrase-stdin"))
        std::cerr << what << ": " << std::flush;
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

core::Result<OpenVault> openUnlockedVault(const Args& args)
{
    auto store = openExistingStore(args.storePath);
    if (!store)
        return store.error();
    OpenVault out;
    out.store = std::move(*store);
    out.vault = std::make_unique<Vault>(*out.store);
    auto exists = out.vault->exists();
    if (!exists)
        return exists.error();
    if (!*exists)
        return core::Error::make("no_vault",
                                 "this profile has no vault: run `balgul-cli mydata create` first");
    if (auto s = out.vault->unlock(readPassphrase(args, "passphrase")); !s)
        return s.error();
    return out;
}

core::Result<core::sync::HubEndpoint> hubEndpoint(const Args& args, core::Store& store)
{
    std::string hub = args.option("hub");
    if (hub.empty())
        hub = store.syncValue("hub_url");
    if (hub.empty())
        return core::Error::make(
            "no_hub", "no hub: run `balgul-cli login --hub URL --user LOGIN` first, or pass --hub URL");
    const std::string token = core::sync::readToken(core::sync::tokenPathFor(args.storePath));
    if (token.empty())
        return core::Error::make("not_logged_in", "not logged in: run `balgul-cli login --hub " + hub +
                                                      " --user LOGIN` first");
    return core::sync::HubEndpoint{hub, token, !args.flag("insecure"), 60};
}

std::string isoTime(std::int64_t seconds)
{
    return core::toIso8601(core::fromUnixMs(seconds * 1000));
}

} // namespace mydata_cli

namespace {

using namespace mydata_cli;
using core::mydata::Category;
using core::mydata::KdfParams;
using core::mydata::Vault;

/// Costs from --memory-mib, --passes and --lanes over `base`; a usage message when one is not a
/// number in its range.
core::Result<KdfParams> costsFrom(const Args& args, KdfParams base)
{
    namespace c = core::mydata::crypto;
    if (const std::string text = args.option("memory-mib"); !text.empty()) {
        const auto mib = wholeNumber(text, c::kMinMemoryKiB / 1024, c::kMaxMemoryKiB / 1024);
        if (!mib)
            return core::Error::make("usage", "--memory-mib takes a number from 64 to 4096", "memory-mib");
        base.memoryKiB = static_cast<std::uint32_t>(*mib * 1024);
    }
    if (const std::string text = args.option("passes"); !text.empty()) {
        const auto passes = wholeNumber(text, 1, c::kMaxTimeCost);
        if (!passes)
            return core::Error::make("usage", "--passes takes a number from 1 to 64", "passes");
        base.timeCost = static_cast<std::uint32_t>(*passes);
    }
    if (const std::string text = args.option("lanes"); !text.empty()) {
        const auto lanes = wholeNumber(text, 1, c::kMaxParallelism);
        if (!lanes)
            return core::Error::make("usage", "--lanes takes 1 or 2", "lanes");
        base.parallelism = static_cast<std::uint32_t>(*lanes);
    }
    return base;
}

bool costsGiven(const Args& args)
{
    return !args.option("memory-mib").empty() || !args.option("passes").empty() ||
           !args.option("lanes").empty();
}

std::string describe(const KdfParams& p)
{
    return "Argon2id, " + std::to_string(p.memoryKiB / 1024) + " MiB, " + std::to_string(p.timeCost) +
           (p.timeCost == 1 ? " pass, " : " passes, ") + std::to_string(p.parallelism) +
           (p.parallelism == 1 ? " lane" : " lanes");
}

/// A new passphrase, typed twice unless it comes from a pipe.
core::Result<std::string> newPassphrase(const Args& args, const char* what)
{
    std::string passphrase = readPassphrase(args, what);
    if (!args.flag("passphrase-stdin") && readPassphrase(args, "the same again") != passphrase)
        return core::Error::make("passphrase_mismatch", "the two passphrases differ; nothing was changed");
    return passphrase;
}

int create(const Args& args)
{
    core::StoreOptions options;
    options.create = true;
    auto store = core::Store::open(args.storePath, options);
    if (!store)
        return failed(store.error());
    Vault vault(**store);
    auto exists = vault.exists();
    if (!exists)
        return failed(exists.error());
    if (*exists)
        return failed(core::Error::make("vault_exists", "this profile has a vault already"));
    KdfParams params;
    if (costsGiven(args)) {
        auto given = costsFrom(args, KdfParams{});
        if (!given)
            return usage(given.error().message);
        params = *given;
    } else {
        auto calibrated = Vault::calibrate();
        if (!calibrated)
            return failed(calibrated.error());
        params = calibrated->params;
    }
    auto passphrase = newPassphrase(args, "new passphrase");
    if (!passphrase)
        return failed(passphrase.error());
    if (auto s = vault.create(*passphrase, params); !s)
        return failed(s.error());
    std::cout << "made the vault (" << describe(params) << ")\n";
    if (!vault.keyInLockedMemory())
        std::cout << "note: the system refused to lock the vault's key in memory (RLIMIT_MEMLOCK); it may be "
                     "swapped out while the vault is open\n";
    std::cout << "a forgotten passphrase cannot be recovered: the records are lost with it\n";
    return kOk;
}

int unlockTest(const Args& args)
{
    auto open = openUnlockedVault(args);
    if (!open)
        return failed(open.error());
    auto bad = open->vault->verifyAll();
    if (!bad)
        return failed(bad.error());
    auto records = open->vault->list();
    auto items = open->vault->listSealed();
    if (!records || !items)
        return failed(!records ? records.error() : items.error());
    auto params = open->vault->params();
    std::cout << "the passphrase opens the vault";
    if (params)
        std::cout << " (" << describe(*params) << ")";
    std::cout << "; " << records->size() << " records, " << items->size() << " sealed items\n";
    if (!bad->empty()) {
        for (const std::string& id : *bad)
            std::cout << "cannot be read (tampered or damaged): " << id << '\n';
        return kFailed;
    }
    std::cout << "every record and item authenticates and reads\n";
    return kOk;
}

int strengthen(const Args& args)
{
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    Vault vault(**store);
    auto current = vault.params();
    if (!current)
        return failed(current.error());
    KdfParams stronger = *current;
    if (costsGiven(args)) {
        auto given = costsFrom(args, *current);
        if (!given)
            return usage(given.error().message);
        stronger = *given;
    } else {
        auto calibrated = Vault::calibrate();
        if (!calibrated)
            return failed(calibrated.error());
        stronger.memoryKiB = std::max(current->memoryKiB, calibrated->params.memoryKiB);
        stronger.timeCost = std::max(current->timeCost, calibrated->params.timeCost);
        if (stronger == *current) {
            std::cout << "the vault's costs (" << describe(*current)
                      << ") already take as long as a calibration here; nothing was changed\n";
            return kOk;
        }
    }
    if (auto s = vault.strengthen(readPassphrase(args, "passphrase"), stronger); !s)
        return failed(s.error());
    std::cout << "the vault's key is now wrapped under " << describe(stronger) << '\n';
    return kOk;
}

int passwd(const Args& args)
{
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    Vault vault(**store);
    const std::string old = readPassphrase(args, "current passphrase");
    auto fresh = newPassphrase(args, "new passphrase");
    if (!fresh)
        return failed(fresh.error());
    if (auto s = vault.changePassphrase(old, *fresh); !s)
        return failed(s.error());
    std::cout << "the vault opens with the new passphrase only; a copy of the store made before still opens "
                 "with the old one\n";
    return kOk;
}

/// Reads FILE in the format named; the mapping of a CSV from --preset or its header.
core::Result<core::mydata::ImportedRecords> readRecords(const Args& args, const std::string& path,
                                                        const std::string& format)
{
    using namespace core::mydata;
    if (format == "greenbutton") {
        auto feed = readGreenButton(path);
        if (!feed)
            return feed.error();
        return ImportedRecords{std::move(feed->blocks), std::move(feed->report)};
    }
    if (format == "gpx")
        return readGpxMobility(path);
    if (format == "health")
        return readAppleHealth(path);
    std::string preset = args.option("preset");
    if (preset.empty()) {
        auto preview = previewMyDataCsv(path, std::nullopt, 0);
        if (!preview)
            return preview.error();
        const auto found = presetForHeader(preview->header);
        if (!found) {
            std::string names;
            for (const CsvPreset& p : csvPresets())
                names += (names.empty() ? "" : ", ") + p.name;
            return core::Error::make("usage", "no preset fits the columns of " + path +
                                                  "; name one with --preset (" + names + ")");
        }
        preset = *found;
    }
    const auto mapping = findCsvPreset(preset);
    if (!mapping)
        return core::Error::make("usage", "no CSV preset called " + preset, "preset");
    return readMyDataCsv(path, *mapping);
}

int import(const Args& args, const std::vector<std::string>& words)
{
    if (words.size() != 2)
        return usage("mydata import FILE --format greenbutton|gpx|health|csv [--preset NAME]");
    const std::string format = args.option("format");
    if (format != "greenbutton" && format != "gpx" && format != "health" && format != "csv")
        return usage("--format takes greenbutton, gpx, health or csv");
    if (format != "csv" && !args.option("preset").empty())
        return usage("--preset is for --format csv");
    // Read first: the vault locks itself when unused, and a big file takes a while.
    auto records = readRecords(args, words[1], format);
    if (!records)
        return records.error().code == "usage" ? usage(records.error().message) : failed(records.error());
    auto open = openUnlockedVault(args);
    if (!open)
        return failed(open.error());
    const core::mydata::ImportReport& report = records->report;
    if (records->blocks.empty()) {
        std::cout << report.toText();
        return failed(core::Error::make("nothing_imported", "no reading of " + words[1] + " could be kept"));
    }
    const std::string importId = core::newUuid();
    auto ids = open->vault->putAll(records->blocks, importId);
    if (!ids)
        return failed(ids.error());
    if (auto item = open->vault->putSealed("import_report", report.toJson(), importId); !item)
        return failed(item.error());
    if (args.flag("json"))
        std::cout << report.toJson() << '\n';
    else
        std::cout << report.toText() << "kept " << ids->size() << " blocks in the vault (import " << importId
                  << ")\n";
    return kOk;
}

int list(const Args& args)
{
    auto open = openUnlockedVault(args);
    if (!open)
        return failed(open.error());
    auto records = open->vault->list();
    if (!records)
        return failed(records.error());
    struct Tally
    {
        std::int64_t blocks = 0;
        std::int64_t readings = 0;
        std::int64_t first = 0;
        std::int64_t last = 0;
        std::int64_t untimed = 0;
    };
    std::map<std::pair<Category, std::string>, Tally> tallies;
    for (const auto& info : *records) {
        auto block = open->vault->get(info.id);
        if (!block)
            return failed(block.error());
        Tally& t = tallies[{block->category, block->unit}];
        ++t.blocks;
        const auto n = static_cast<std::int64_t>(block->intervals.size() + block->points.size());
        if (block->category == Category::Mobility && block->start == 0 && block->end == 0) {
            t.untimed += n; // the block of points without a time
            continue;
        }
        if (t.readings == 0 || block->start < t.first)
            t.first = block->start;
        t.last = std::max(t.last, block->end);
        t.readings += n;
    }
    auto imports = open->vault->listSealed(std::string("import_report"));
    if (!imports)
        return failed(imports.error());
    std::cout << "category\tunit\tblocks\treadings\tfrom\tto\n";
    for (const auto& [key, t] : tallies) {
        std::cout << core::mydata::toString(key.first) << '\t' << (key.second.empty() ? "-" : key.second)
                  << '\t' << t.blocks << '\t' << t.readings << '\t' << (t.readings ? isoTime(t.first) : "-")
                  << '\t' << (t.readings ? isoTime(t.last) : "-") << '\n';
        if (t.untimed > 0)
            std::cout << "  and " << t.untimed << " track points without a time\n";
    }
    std::cout << records->size() << " blocks from " << imports->size() << " imports\n";
    return kOk;
}

} // namespace

int runMydata(const Args& args)
{
    for (const std::string& a : args.rest)
        if (a == "--passphrase" || a.rfind("--passphrase=", 0) == 0)
            return usage(
                "a passphrase is never given on the command line: pipe it with --passphrase-stdin, or "
                "type it when asked");
    const auto words = args.positional();
    if (words.empty())
        return usage("mydata needs create, unlock-test, strengthen, passwd, import, list, consent, preview, "
                     "share, withdraw or receipt");
    const std::string& what = words.front();
    if (what == "create")
        return words.size() == 1 ? create(args) : usage("mydata create takes no words");
    if (what == "unlock-test")
        return words.size() == 1 ? unlockTest(args) : usage("mydata unlock-test takes no words");
    if (what == "strengthen")
        return words.size() == 1 ? strengthen(args) : usage("mydata strengthen takes no words");
    if (what == "passwd")
        return words.size() == 1 ? passwd(args) : usage("mydata passwd takes no words");
    if (what == "import")
        return import(args, words);
    if (what == "list")
        return words.size() == 1 ? list(args) : usage("mydata list takes no words");
    return runMydataSharing(args, words);
}

} // namespace balgul::cli
