#include "hub/auth.h"

#include "hub/password.h"

#include "core/util/ids.h"
#include "core/util/text.h"

#include <algorithm>
#include <cctype>

namespace balgul::hub {

namespace {

/// Logins are unique case-insensitively, so their rate limit is too.
std::string loginKey(const std::string& login)
{
    std::string key = "l:" + core::trimmed(login);
    std::transform(key.begin(), key.end(), key.begin(),
                   [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    return key;
}

} // namespace

core::Status validateLogin(std::string_view login)
{
    if (login.size() < 3 || login.size() > 64)
        return core::Error::make("invalid_field", "a login has 3 to 64 characters", "login");
    const bool allowed = std::all_of(login.begin(), login.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return std::isalnum(u) || c == '.' || c == '_' || c == '-';
    });
    if (!allowed)
        return core::Error::make("invalid_field", "a login holds only letters, digits, '.', '_' and '-'",
                                 "login");
    return {};
}

core::Status validatePassword(std::string_view password)
{
    if (password.size() < 8)
        return core::Error::make("invalid_field", "a password has at least 8 characters", "password");
    if (password.size() > 1024)
        return core::Error::make("invalid_field", "a password has at most 1024 bytes", "password");
    if (!core::isValidUtf8(password))
        return core::Error::make("invalid_field", "the password is not valid UTF-8", "password");
    return {};
}

core::Result<User> makeUser(const std::string& login, const std::string& password, std::string displayName,
                            Role role, int iterations)
{
    if (auto s = validateLogin(login); !s)
        return s.error();
    if (auto s = validatePassword(password); !s)
        return s.error();
    displayName = core::trimmed(displayName);
    if (displayName.empty())
        displayName = login;
    if (!core::isValidUtf8(displayName) || core::utf8Length(displayName) > 100)
        return core::Error::make("invalid_field", "a display name has at most 100 characters",
                                 "display_name");
    User user;
    user.id = core::newUuid();
    user.login = login;
    user.displayName = std::move(displayName);
    user.role = role;
    user.passwordHash = hashPassword(password, iterations);
    user.created = core::now();
    return user;
}

Authenticator::Authenticator(HubStorage& storage, const HubConfig& config)
    : m_storage(storage), m_config(config),
      m_dummyHash(hashPassword(core::toHex(randomBytes(16)), config.passwordIterations))
{}

core::Result<LoginResult> Authenticator::login(const std::string& login, const std::string& password,
                                               const std::string& address)
{
    // Count every attempt before the slow hash, so guessing and CPU exhaustion are both capped.
    const bool addressOk = m_limiter.allow("a:" + address, m_config.loginAttemptsPerAddress);
    const bool loginOk = m_limiter.allow(loginKey(login), m_config.loginAttemptsPerLogin);
    if (!addressOk || !loginOk)
        return core::Error::make("rate_limited", "too many login attempts; try again later");
    if (login.empty() || login.size() > 64 || password.empty() || password.size() > 1024)
        return core::Error::make("invalid_credentials", "wrong login or password");

    const auto user = m_storage.userByLogin(login);
    const bool matches = verifyPassword(password, user ? user->passwordHash : m_dummyHash);
    if (!user || !matches)
        return core::Error::make("invalid_credentials", "wrong login or password");

    LoginResult result;
    result.token = newToken();
    result.expires =
        core::now() + std::chrono::duration_cast<std::chrono::milliseconds>(m_config.tokenLifetime);
    result.user = *user;
    m_storage.addToken(tokenHash(result.token), user->id, result.expires);
    return result;
}

core::Result<User> Authenticator::registerUser(const std::string& login, const std::string& password,
                                               const std::string& displayName)
{
    if (!m_config.openRegistration)
        return core::Error::make("registration_closed", "this hub does not take registrations");
    auto user = makeUser(login, password, displayName, Role::Citizen, m_config.passwordIterations);
    if (!user)
        return user.error();
    return m_storage.addUser(*user);
}

std::optional<User> Authenticator::userForAuthorization(std::string_view header)
{
    constexpr std::string_view kBearer = "Bearer ";
    if (header.size() != kBearer.size() + 64 || header.substr(0, kBearer.size()) != kBearer)
        return std::nullopt;
    const std::string_view token = header.substr(kBearer.size());
    if (!core::isSha256Hex(token)) // 64 lower-case hex, the same shape as a token
        return std::nullopt;
    return m_storage.userForToken(tokenHash(token), core::now());
}

int Authenticator::retryAfterSeconds(const std::string& login, const std::string& address)
{
    return std::max(m_limiter.retryAfterSeconds("a:" + address),
                    m_limiter.retryAfterSeconds(loginKey(login)));
}

} // namespace balgul::hub
