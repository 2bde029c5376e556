#include "hub/auth/auth.h"

#include "hub/auth/password.h"

#include "core/util/ids.h"
#include "core/util/text.h"

#include <algorithm>
#include <cctype>

namespace balgul::hub {

namespace {

constexpr std::string_view kCrockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t kInviteChars = 16;

} // namespace

std::string normalizedInviteCode(std::string_view text)
{
    std::string code;
    for (const char raw : text) {
        if (raw == '-' || raw == ' ')
            continue;
        char c = static_cast<char>(std::toupper(static_cast<unsigned char>(raw)));
        if (c == 'O')
            c = '0';
        else if (c == 'I' || c == 'L')
            c = '1';
        if (kCrockford.find(c) == std::string_view::npos || code.size() == kInviteChars)
            return {};
        code += c;
    }
    return code.size() == kInviteChars ? code : std::string();
}

std::string inviteCodeHash(std::string_view normalizedCode)
{
    return core::sha256Hex(normalizedCode);
}

core::Result<NewInvite> makeInvite(Role role, int uses, std::chrono::seconds lifetime, std::string note)
{
    if (uses < 1 || uses > 10000)
        return core::Error::make("invalid_field", "an invite has 1 to 10000 uses", "uses");
    if (lifetime < std::chrono::hours(1) || lifetime > std::chrono::hours(24 * 366))
        return core::Error::make("invalid_field", "an invite lives from one hour to one year", "days");
    note = core::trimmed(note);
    if (!core::isValidUtf8(note) || core::utf8Length(note) > 200)
        return core::Error::make("invalid_field", "a note has at most 200 characters", "note");
    if (core::hasControlCharacter(note, false))
        return core::Error::make("invalid_field", "a note holds no control characters", "note");
    // 10 random bytes are 80 bits: 16 base32 characters of 5 bits each.
    const std::string bytes = randomBytes(10);
    std::string code;
    unsigned buffer = 0;
    int bits = 0;
    for (const char b : bytes) {
        buffer = (buffer << 8) | static_cast<unsigned char>(b);
        bits += 8;
        while (bits >= 5) {
            code += kCrockford[(buffer >> (bits - 5)) & 31u];
            bits -= 5;
        }
    }
    NewInvite made;
    made.invite.id = core::toHex(randomBytes(4));
    made.invite.codeHash = inviteCodeHash(code);
    made.invite.role = role;
    made.invite.usesLeft = uses;
    made.invite.created = core::now();
    made.invite.expires =
        made.invite.created + std::chrono::duration_cast<std::chrono::milliseconds>(lifetime);
    made.invite.note = std::move(note);
    made.code =
        code.substr(0, 4) + "-" + code.substr(4, 4) + "-" + code.substr(8, 4) + "-" + code.substr(12, 4);
    return made;
}

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
    if (core::hasControlCharacter(password, false))
        return core::Error::make("invalid_field", "a password holds no control characters", "password");
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
    if (core::hasControlCharacter(displayName, false))
        return core::Error::make("invalid_field", "a display name holds no control characters",
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
    : m_storage(storage), m_config(config), m_limiter(storage, config),
      m_dummyHash(hashPassword(core::toHex(randomBytes(16)), config.passwordIterations))
{}

core::Result<LoginResult> Authenticator::login(const std::string& login, const std::string& password,
                                               const std::string& address, int* retryAfterSeconds)
{
    const auto refuse = [&](const LoginLimiter::Verdict& verdict) -> core::Error {
        if (retryAfterSeconds)
            *retryAfterSeconds = verdict.retryAfterSeconds;
        return core::Error::make("rate_limited", "too many login attempts; try again later");
    };
    // Count every attempt before the slow hash, so guessing and CPU exhaustion are both capped.
    if (const auto verdict = m_limiter.countAddress(address); !verdict.allowed)
        return refuse(verdict);
    if (login.empty() || login.size() > 64 || password.empty() || password.size() > 1024)
        return core::Error::make("invalid_credentials", "wrong login or password");
    // A text that cannot be a login names no account to protect; the address limit still holds.
    const bool couldBeLogin = validateLogin(core::trimmed(login)).ok();
    if (couldBeLogin)
        if (const auto verdict = m_limiter.countLogin(login); !verdict.allowed)
            return refuse(verdict);

    const auto user = couldBeLogin ? m_storage.userByLogin(login) : std::nullopt;
    const bool matches = verifyPassword(password, user ? user->passwordHash : m_dummyHash);
    if (!user || !matches)
        return core::Error::make("invalid_credentials", "wrong login or password");
    m_limiter.succeeded(login);
    const auto disabled = [&] {
        return core::Error::make("account_disabled", "this account is disabled; ask the hub's operator");
    };
    if (m_storage.isUserDisabled(user->id))
        return disabled();

    LoginResult result;
    result.token = newToken();
    result.expires =
        core::now() + std::chrono::duration_cast<std::chrono::milliseconds>(m_config.tokenLifetime);
    result.user = *user;
    m_storage.addToken(tokenHash(result.token), user->id, result.expires);
    // Disabling revokes the account's tokens in one transaction: one added meanwhile must go too.
    if (m_storage.isUserDisabled(user->id)) {
        m_storage.revokeToken(tokenHash(result.token));
        return disabled();
    }
    return result;
}

core::Result<User> Authenticator::registerUser(const std::string& login, const std::string& password,
                                               const std::string& displayName, const std::string& invite,
                                               const std::string& address, int* retryAfterSeconds)
{
    if (invite.empty() && !m_config.openRegistration)
        return core::Error::make("registration_closed",
                                 "this hub takes registrations only with an invite code", "invite");
    // Registration hashes a password too: it shares the per-address limit with login, which also
    // caps guessing of invite codes.
    if (const auto verdict = m_limiter.countAddress(address); !verdict.allowed) {
        if (retryAfterSeconds)
            *retryAfterSeconds = verdict.retryAfterSeconds;
        return core::Error::make("rate_limited", "too many attempts; try again later");
    }
    std::string code;
    if (!invite.empty()) {
        code = normalizedInviteCode(invite);
        if (code.empty())
            return invalidInvite();
    }
    auto user = makeUser(login, password, displayName, Role::Citizen, m_config.passwordIterations);
    if (!user)
        return user.error();
    if (code.empty())
        return m_storage.addUser(*user);
    return m_storage.addUserWithInvite(*user, inviteCodeHash(code), core::now());
}

namespace {

/// The token of an `Authorization: Bearer …` value, or "" when the value cannot hold one.
std::string_view bearerToken(std::string_view header)
{
    constexpr std::string_view kBearer = "Bearer ";
    if (header.size() != kBearer.size() + 64 || header.substr(0, kBearer.size()) != kBearer)
        return {};
    const std::string_view token = header.substr(kBearer.size());
    if (!core::isSha256Hex(token)) // 64 lower-case hex, the same shape as a token
        return {};
    return token;
}

} // namespace

std::optional<User> Authenticator::userForAuthorization(std::string_view header)
{
    const std::string_view token = bearerToken(header);
    if (token.empty())
        return std::nullopt;
    return m_storage.userForToken(tokenHash(token), core::now());
}

bool Authenticator::logout(std::string_view header)
{
    const std::string_view token = bearerToken(header);
    if (token.empty() || !m_storage.userForToken(tokenHash(token), core::now()))
        return false;
    return m_storage.revokeToken(tokenHash(token));
}

} // namespace balgul::hub
