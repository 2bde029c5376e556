#include "hub/hub_config.h"

#include "hub/auth/password.h"
#include "hub/sync/postgres_hub_storage.h"

#include "core/sync/hub_client.h"
#include "core/util/text.h"

#include <cctype>
#include <charconv>
#include <fstream>
#include <functional>
#include <map>

namespace balgul::hub {

namespace {

core::Result<int> parseInt(const std::string& text, int min, int max)
{
    int value = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), value);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size() || value < min || value > max)
        return core::Error::make("invalid_field", "expected a whole number from " + std::to_string(min) +
                                                      " to " + std::to_string(max));
    return value;
}

} // namespace

core::Result<HubConfig> loadHubConfig(const std::string& path, HubConfig config)
{
    std::ifstream in(path);
    if (!in)
        return core::Error::make("open_failed", "cannot read the config file").at(path);

    using Setter = std::function<core::Status(const std::string&)>;
    const auto integer = [](int& target, int min, int max) -> Setter {
        return [&target, min, max](const std::string& v) -> core::Status {
            auto n = parseInt(v, min, max);
            if (!n)
                return n.error();
            target = *n;
            return {};
        };
    };
    const auto text = [](std::string& target) -> Setter {
        return [&target](const std::string& v) -> core::Status {
            target = v;
            return {};
        };
    };
    int tokenDays = static_cast<int>(config.tokenLifetime.count() / 86400);
    const std::map<std::string, Setter> setters = {
        {"name", text(config.name)},
        {"bind", text(config.bind)},
        {"port", integer(config.port, 0, 65535)},
        {"data_dir", text(config.dataDir)},
        {"max_threads", integer(config.maxThreads, 1, 1024)},
        {"max_queued", integer(config.maxQueued, 1, 100000)},
        {"max_connections_per_address", integer(config.maxConnectionsPerAddress, 0, 1000000)},
        {"header_timeout_seconds", integer(config.headerTimeoutSeconds, 1, 3600)},
        {"keep_alive_seconds", integer(config.keepAliveSeconds, 1, 3600)},
        {"read_timeout_seconds", integer(config.readTimeoutSeconds, 1, 3600)},
        {"request_timeout_seconds", integer(config.requestTimeoutSeconds, 1, 86400)},
        {"open_registration",
         [&config](const std::string& v) -> core::Status {
             if (v != "true" && v != "false")
                 return core::Error::make("invalid_field", "expected true or false");
             config.openRegistration = v == "true";
             return {};
         }},
        {"token_days", integer(tokenDays, 1, 365)},
        {"password_iterations", integer(config.passwordIterations, kMinPasswordIterations, 100000000)},
        {"login_attempts_per_login", integer(config.loginAttemptsPerLogin, 1, 100000)},
        {"login_attempts_per_address", integer(config.loginAttemptsPerAddress, 1, 100000)},
        {"login_window_seconds", integer(config.loginWindowSeconds, 10, 86400)},
        {"login_delay_max_seconds", integer(config.loginDelayMaxSeconds, 1, 86400)},
        {"trusted_proxies",
         [&config](const std::string& v) -> core::Status {
             auto ranges = parseAddressRanges(v);
             if (!ranges)
                 return ranges.error();
             config.trustedProxies = std::move(*ranges);
             return {};
         }},
        {"blob_quota_mib", integer(config.blobQuotaMib, 0, 1000000)},
        {"blob_grace_hours", integer(config.blobGraceHours, 1, 24 * 366)},
        {"blob_gc_interval_hours", integer(config.blobGcIntervalHours, 0, 24 * 366)},
        {"mydata_k",
         [&config](const std::string& v) -> core::Status {
             auto k = parseMydataK(v);
             if (!k)
                 return k.error();
             config.mydataK = *k;
             return {};
         }},
        {"mydata_expiry_check_seconds", integer(config.mydataExpiryCheckSeconds, 1, 86400)},
        {"access_log", text(config.accessLog)},
        {"shutdown_grace_seconds", integer(config.shutdownGraceSeconds, 0, 3600)},
        {"database",
         [&config](const std::string& v) -> core::Status {
             if (auto s = checkDatabaseUrl(v); !s)
                 return s;
             config.database = v;
             return {};
         }},
        {"controller_name", text(config.controller.name)},
        {"controller_contact", text(config.controller.contact)},
        {"controller_email",
         [&config](const std::string& v) -> core::Status {
             const auto at = v.find('@');
             if (at == std::string::npos || at == 0 || at + 1 >= v.size() || v.find(' ') != std::string::npos)
                 return core::Error::make("invalid_field", "expected an e-mail address (name@example.org)");
             config.controller.email = v;
             return {};
         }},
        {"controller_phone", text(config.controller.phone)},
        {"controller_address", text(config.controller.address)},
        {"controller_country",
         [&config](const std::string& v) -> core::Status {
             if (v.size() != 2 || !std::isupper(static_cast<unsigned char>(v[0])) ||
                 !std::isupper(static_cast<unsigned char>(v[1])))
                 return core::Error::make("invalid_field", "expected a two-letter country code (KR)");
             config.controller.country = v;
             return {};
         }},
        {"privacy_policy_url",
         [&config](const std::string& v) -> core::Status {
             if (auto s = core::sync::checkHubUrl(v); !s)
                 return core::Error::make("invalid_field",
                                          "expected an http(s):// URL of the privacy policy");
             config.controller.policyUrl = v;
             return {};
         }},
        {"ngsi_ld_url",
         [&config](const std::string& v) -> core::Status {
             if (auto s = checkNgsiLdUrl(v); !s)
                 return s;
             config.ngsiLdUrl = v;
             return {};
         }},
    };

    std::string line;
    long number = 0;
    while (std::getline(in, line)) {
        ++number;
        const std::string stripped = core::trimmed(line);
        if (stripped.empty() || stripped.front() == '#')
            continue;
        const auto eq = stripped.find('=');
        if (eq == std::string::npos)
            return core::Error::make("invalid_config", "expected key = value").at(path, number);
        const std::string key = core::trimmed(stripped.substr(0, eq));
        const std::string value = core::trimmed(stripped.substr(eq + 1));
        const auto setter = setters.find(key);
        if (setter == setters.end())
            return core::Error::make("invalid_config", "unknown key", key).at(path, number);
        if (auto s = setter->second(value); !s) {
            core::Error e = s.error();
            e.field = key;
            return e.at(path, number);
        }
    }
    config.tokenLifetime = std::chrono::hours(24 * tokenDays);
    return config;
}

core::Status checkDatabaseUrl(const std::string& url)
{
    if (!isPostgresUrl(url))
        return core::Error::make("invalid_field", "expected a postgresql://USER@HOST:PORT/DATABASE URL",
                                 "db");
    return {};
}

core::Result<int> parseMydataK(const std::string& text)
{
    auto k = parseInt(text, kMinMydataK, 1000000);
    if (!k)
        return core::Error::make("invalid_field",
                                 "must be a whole number of at least " + std::to_string(kMinMydataK) +
                                     ": a MyData aggregate is released only where at least k residents "
                                     "contribute, and fewer than " +
                                     std::to_string(kMinMydataK) + " would single residents out",
                                 "mydata_k");
    return k;
}

core::Status checkNgsiLdUrl(const std::string& url)
{
    if (url.empty())
        return {};
    if (auto s = core::sync::checkHubUrl(url); !s)
        return core::Error::make("invalid_field", "expected an http(s)://HOST:PORT URL of an NGSI-LD broker",
                                 "ngsi_ld_url");
    return {};
}

} // namespace balgul::hub
