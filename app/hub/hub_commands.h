#pragma once

#include "hub/hub_config.h"

#include "core/util/result.h"

#include <string>
#include <vector>

namespace balgul::hub::app {

/// The words after the command, with `--name value` / `--name=value` options.
class Options
{
public:
    explicit Options(std::vector<std::string> words) : m_words(std::move(words)) {}

    std::string option(const std::string& name, const std::string& fallback = {}) const;
    bool has(const std::string& name) const;
    bool flag(const std::string& name) const;
    std::vector<std::string> positional() const;
    /// The config file (when --config is given) with --bind, --port, --data-dir and --db applied.
    core::Result<HubConfig> config() const;

private:
    std::vector<std::string> m_words;
};

int runServe(const HubConfig& config);
/// `epoch rotate`: a new epoch (after a restore the hub did not notice); `epoch show`: the history.
int runEpoch(const HubConfig& config, const Options& options);
int runUser(const HubConfig& config, const Options& options);
int runInvite(const HubConfig& config, const Options& options);
/// `blobs gc`: removes unreferenced blobs past the grace and unfinished uploads now.
int runBlobs(const HubConfig& config, const Options& options);
/// `bench-fill --problems N`: demo problems straight into the store, for `balgul-cli bench
/// first-sync` (not in the usage: a benchmark's tool, not an operator's).
int runBenchFill(const HubConfig& config, const Options& options);

} // namespace balgul::hub::app
