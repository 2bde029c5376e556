#include "hub/auth/login_limiter.h"

#include "core/util/text.h"
#include "core/util/time.h"

#include <algorithm>
#include <cctype>

namespace balgul::hub {

namespace {

int secondsUntil(std::int64_t atMs, std::int64_t nowMs)
{
    return static_cast<int>(std::max<std::int64_t>(1, (atMs - nowMs + 999) / 1000));
}

} // namespace

LoginLimiter::LoginLimiter(HubStorage& storage, const HubConfig& config)
    : m_storage(storage), m_config(config)
{}

std::string LoginLimiter::loginKey(const std::string& login)
{
    std::string key = "l:" + core::trimmed(login);
    std::transform(key.begin(), key.end(), key.begin(),
                   [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    return key;
}

std::int64_t LoginLimiter::windowMs() const
{
    return std::int64_t(m_config.loginWindowSeconds) * 1000;
}

LoginLimiter::Verdict LoginLimiter::countAddress(const std::string& address)
{
    LoginCountRule rule;
    rule.windowMs = windowMs();
    const std::int64_t now = core::toUnixMs(core::now());
    const auto attempt = m_storage.countLoginAttempt("a:" + address, now, rule);
    if (attempt.counter.count <= m_config.loginAttemptsPerAddress)
        return {};
    return {false, secondsUntil(attempt.counter.windowStart + rule.windowMs, now)};
}

LoginLimiter::Verdict LoginLimiter::countLogin(const std::string& login)
{
    LoginCountRule rule;
    rule.windowMs = windowMs();
    rule.sliding = true;
    rule.freeAttempts = m_config.loginAttemptsPerLogin;
    rule.maxDelayMs =
        std::min<std::int64_t>(std::int64_t(m_config.loginDelayMaxSeconds) * 1000, rule.windowMs);
    const std::int64_t now = core::toUnixMs(core::now());
    const auto attempt = m_storage.countLoginAttempt(loginKey(login), now, rule);
    if (attempt.counted)
        return {};
    return {false, secondsUntil(attempt.counter.nextAllowed, now)};
}

void LoginLimiter::succeeded(const std::string& login)
{
    m_storage.clearLoginCounter(loginKey(login));
}

void LoginLimiter::purge()
{
    m_storage.purgeLoginCounters(core::toUnixMs(core::now()), windowMs());
}

} // namespace balgul::hub
