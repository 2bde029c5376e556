#pragma once

#include "hub/auth/login_limiter.h"
#include "hub/hub_config.h"
#include "hub/sync/hub_storage.h"

#include "core/util/result.h"

#include <chrono>
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

/// Invite codes: 16 Crockford base32 characters in groups of four ("K7QF-M2XD-9WPA-HT3C", 80
/// random bits). Reading is forgiving: case, dashes and spaces do not matter, O reads as 0 and
/// I and L as 1. Empty when the text cannot be a code.
std::string normalizedInviteCode(std::string_view text);
/// What is stored of a code: the SHA-256 of its normalized form.
std::string inviteCodeHash(std::string_view normalizedCode);

/// A new invite and its code (shown once; only its hash is stored).
struct NewInvite
{
    Invite invite;
    std::string code;
};
/// Errors: `invalid_field` (uses 1–10000, lifetime 1 hour to 1 year, note ≤ 200 characters).
core::Result<NewInvite> makeInvite(Role role, int uses, std::chrono::seconds lifetime, std::string note);

struct LoginResult
{
    std::string token;
    core::Timestamp expires{};
    User user;
};

/// Registration, login (limited per login and per address, login_limiter.h), sign-out and bearer
/// token checks.
class Authenticator
{
public:
    Authenticator(HubStorage& storage, const HubConfig& config);

    /// Errors: `rate_limited` (429, with `retryAfterSeconds` set), `invalid_credentials` (401),
    /// `account_disabled` (403, only with the right password), `invalid_field` (400).
    core::Result<LoginResult> login(const std::string& login, const std::string& password,
                                    const std::string& address, int* retryAfterSeconds = nullptr);
    /// With an invite the user gets the invite's role and uses one of its uses; without one the
    /// hub must be open to registration. Errors: `registration_closed` (403), `invalid_invite`
    /// (403), `invalid_field` (400), `login_taken` (409), `rate_limited` (429, with
    /// `retryAfterSeconds` set).
    core::Result<User> registerUser(const std::string& login, const std::string& password,
                                    const std::string& displayName, const std::string& invite,
                                    const std::string& address, int* retryAfterSeconds = nullptr);
    /// The user of an `Authorization: Bearer …` header value, when the token is live.
    std::optional<User> userForAuthorization(std::string_view header);
    /// Revokes the token of an `Authorization: Bearer …` header value; false when it was not live.
    bool logout(std::string_view header);
    LoginLimiter& limiter() { return m_limiter; }

private:
    HubStorage& m_storage;
    const HubConfig& m_config;
    LoginLimiter m_limiter;
    std::string m_dummyHash; ///< verified against for unknown logins, so timing tells nothing
};

} // namespace balgul::hub
