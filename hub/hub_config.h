#pragma once

#include "core/util/result.h"

#include <chrono>
#include <string>

namespace balgul::hub {

/// What a hub runs with: the config file's `key = value` lines, then command-line overrides.
struct HubConfig
{
    std::string name = "Balgul hub";
    std::string bind = "127.0.0.1";
    int port = 8470;           ///< 0 picks a free port
    std::string dataDir = "."; ///< holds hub.sqlite and blobs/
    int maxThreads = 16;       ///< request threads
    int maxQueued = 64;        ///< accepted connections waiting for a thread
    bool openRegistration = false;
    std::chrono::seconds tokenLifetime{std::chrono::hours(24 * 30)};
    int passwordIterations = 600000;
    int loginAttemptsPerLogin = 10;   ///< per minute
    int loginAttemptsPerAddress = 30; ///< per minute
    std::string accessLog = "-";      ///< a file path, or "-" for stderr, or "" for none
    int shutdownGraceSeconds = 30;    ///< how long in-flight requests may take after SIGTERM
    /// A `postgresql://…` URL to keep the hub's data in PostgreSQL; "" is data_dir/hub.sqlite.
    std::string database;
    /// An NGSI-LD broker's base URL (`http(s)://host:port`) to forward shared station
    /// observations to; "" forwards nothing (ngsi_ld_bridge.h).
    std::string ngsiLdUrl;

    std::string storePath() const { return dataDir + "/hub.sqlite"; }
    std::string blobDir() const { return dataDir + "/blobs"; }
};

/// Reads a config file (`name = …`, `bind = …`, `port = …`, `data_dir = …`, `max_threads = …`,
/// `open_registration = true|false`, `token_days = …`, `password_iterations = …`,
/// `login_attempts_per_login = …`, `login_attempts_per_address = …`, `access_log = …`,
/// `shutdown_grace_seconds = …`, `database = postgresql://…`, `ngsi_ld_url = http://…`; `#` starts a
/// comment). Unknown keys
/// are an error.
core::Result<HubConfig> loadHubConfig(const std::string& path, HubConfig base = {});

/// `url` when it is a `postgresql://` or `postgres://` URL (the `database` key, `--db`).
core::Status checkDatabaseUrl(const std::string& url);

/// `url` when it is an `http://` or `https://` URL with a host (the `ngsi_ld_url` key, `--ngsi-ld`).
core::Status checkNgsiLdUrl(const std::string& url);

} // namespace balgul::hub
