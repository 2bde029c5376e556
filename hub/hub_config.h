#pragma once

#include "hub/http/client_address.h"

#include "core/util/result.h"

#include <chrono>
#include <string>
#include <vector>

namespace balgul::hub {

/// Who runs the hub, as consent receipts name the controller of residents' shared records
/// (docs/mydata.md "Consent receipts"); the operator states it in the config file. Empty members
/// are not stated.
struct ControllerConfig
{
    std::string name;           ///< `controller_name`; the hub's name when empty
    std::string contact;        ///< `controller_contact`: a person or office
    std::string email;          ///< `controller_email`
    std::string phone;          ///< `controller_phone`
    std::string address;        ///< `controller_address`: the postal address on one line
    std::string country = "KR"; ///< `controller_country`: ISO 3166-1 alpha-2
    std::string policyUrl;      ///< `privacy_policy_url`: http(s)
};

/// What a hub runs with: the config file's `key = value` lines, then command-line overrides.
struct HubConfig
{
    std::string name = "Balgul hub";
    std::string bind = "127.0.0.1";
    int port = 8470;           ///< 0 picks a free port
    std::string dataDir = "."; ///< holds hub.sqlite and blobs/
    int maxThreads = 16;       ///< request threads
    int maxQueued = 64;        ///< requests whose head has arrived, waiting for a thread
    /// Connections one client address may hold open at once (0: no cap). Behind a reverse proxy
    /// every connection comes from the proxy: raise it to the proxy's own connection limit.
    int maxConnectionsPerAddress = 64;
    int headerTimeoutSeconds = 10;   ///< for a request's head to arrive, from its first byte
    int keepAliveSeconds = 10;       ///< an idle keep-alive connection is closed after this
    int readTimeoutSeconds = 30;     ///< the longest wait for more of a request's body
    int requestTimeoutSeconds = 300; ///< the longest a request's body may take to arrive
    bool openRegistration = false;
    std::chrono::seconds tokenLifetime{std::chrono::hours(24 * 30)};
    int passwordIterations = 600000;
    /// Attempts on one login within the login window before each further one must wait 1, 2,
    /// 4… s (up to loginDelayMaxSeconds); a success clears the count.
    int loginAttemptsPerLogin = 5;
    int loginAttemptsPerAddress = 30; ///< login and registration attempts per login window
    int loginWindowSeconds = 60;      ///< how long the hub remembers an attempt
    int loginDelayMaxSeconds = 60;    ///< the longest wait; at most loginWindowSeconds
    /// Proxies whose X-Forwarded-For the hub believes (client_address.h); none by default.
    std::vector<AddressRange> trustedProxies;
    std::string accessLog = "-";   ///< a file path, or "-" for stderr, or "" for none
    int shutdownGraceSeconds = 30; ///< how long in-flight requests may take after SIGTERM
    /// A `postgresql://…` URL to keep the hub's data in PostgreSQL; "" is data_dir/hub.sqlite.
    std::string database;
    /// An NGSI-LD broker's base URL (`http(s)://host:port`) to forward shared station
    /// observations to; "" forwards nothing (ngsi_ld_bridge.h).
    std::string ngsiLdUrl;
    int blobQuotaMib = 200;       ///< bytes one account may upload first, in MiB; 0 is no quota
    int blobGraceHours = 72;      ///< how long a blob no entity references is kept
    int blobGcIntervalHours = 24; ///< between clean-ups after the one at start; 0 is only at start
    /// MyData aggregates are released only for cells at least this many residents contribute to
    /// (docs/mydata.md "On the hub"); never below kMinMydataK.
    int mydataK = 5;
    int mydataExpiryCheckSeconds = 60; ///< between erasures of expired consents, after the one at start
    ControllerConfig controller;       ///< published in /v1/info for consent receipts

    std::string storePath() const { return dataDir + "/hub.sqlite"; }
    std::string blobDir() const { return dataDir + "/blobs"; }
    /// How far the store's history went when the hub last saw it (history_mark.h); never in the store.
    std::string historyMarkPath() const { return dataDir + "/history-mark"; }
};

/// The smallest k a hub takes for MyData aggregates.
inline constexpr int kMinMydataK = 3;

/// Reads a config file (`name = …`, `bind = …`, `port = …`, `data_dir = …`, `max_threads = …`,
/// `open_registration = true|false`, `token_days = …`, `password_iterations = …`,
/// `login_attempts_per_login = …`, `login_attempts_per_address = …`, `access_log = …`,
/// `shutdown_grace_seconds = …`, `database = postgresql://…`, `ngsi_ld_url = http://…`,
/// `trusted_proxies = …`, `login_window_seconds = …`, `login_delay_max_seconds = …`,
/// `blob_quota_mib = …`, `blob_grace_hours = …`, `blob_gc_interval_hours = …`,
/// `max_connections_per_address = …`, `header_timeout_seconds = …`, `keep_alive_seconds = …`,
/// `read_timeout_seconds = …`, `request_timeout_seconds = …`, `mydata_k = …`,
/// `mydata_expiry_check_seconds = …`, `controller_name = …`, `controller_contact = …`,
/// `controller_email = …`, `controller_phone = …`, `controller_address = …`, `controller_country = KR`,
/// `privacy_policy_url = https://…`; `#` starts a comment). Unknown keys are an error.
core::Result<HubConfig> loadHubConfig(const std::string& path, HubConfig base = {});

/// `url` when it is a `postgresql://` or `postgres://` URL (the `database` key, `--db`).
core::Status checkDatabaseUrl(const std::string& url);

/// `text` as MyData's k (the `mydata_k` key, `--mydata-k`): a whole number of at least kMinMydataK.
core::Result<int> parseMydataK(const std::string& text);

/// `url` when it is an `http://` or `https://` URL with a host (the `ngsi_ld_url` key, `--ngsi-ld`).
core::Status checkNgsiLdUrl(const std::string& url);

} // namespace balgul::hub
