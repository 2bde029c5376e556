#pragma once

#include "hub/hub_config.h"
#include "hub/hub_storage.h"
#include "hub/rate_limiter.h"

#include "core/util/result.h"

#include <optional>
#include <string>
#include <string_view>

namespace balgul::hub {

/// Logins are 3–64 characters of ASCII letters, digits, '.', '_' and '-'.
core::Status validateLogin(std::string_view login);
/// Passwords are 8–1024 bytes of UTF-8.
core::Status validatePassword(std::string_view password);

/// A new user record with a fresh id and password hash (not yet stored).
core::Result<User> makeUser(const std::string& login, const std::string& password, std::string displayName,
                            Role role, int iterations);

struct LoginResult
{
    std::string token;
    core::Timestamp expires{};
    User user;
};

/// Registration, login (rate limited per login and per address) and bearer token checks.
class Authenticator
{
public:
    Authenticator(HubStorage& storage, const HubConfig& config);

    /// Errors: `rate_limited` (429), `invalid_credentials` (401), `invalid_field` (400).
    core::Result<LoginResult> login(const std::string& login, const std::string& password,
                                    const std::string& address);
    /// Errors: `registration_closed` (403), `invalid_field` (400), `login_taken` (409).
    core::Result<User> registerUser(const std::string& login, const std::string& password,
                                    const std::string& displayName);
    /// The user of an `Authorization: Bearer …` header value, when the token is live.
    std::optional<User> userForAuthorization(std::string_view header);
    /// Seconds a rate-limited client should wait.
    int retryAfterSeconds(const std::string& login, const std::string& address);

private:
    HubStorage& m_storage;
    const HubConfig& m_config;
    RateLimiter m_limiter;
    std::string m_dummyHash; ///< verified against for unknown logins, so timing tells nothing
};

} // namespace balgul::hub
