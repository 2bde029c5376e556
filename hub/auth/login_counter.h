#pragma once

// The login counters every hub process shares through its store (the `login_counters` table):
// what one counter holds and how one attempt moves it. The storages keep the rows and run
// countAttempt() on them atomically; LoginLimiter (login_limiter.h) decides what the numbers mean.

#include <algorithm>
#include <cstdint>
#include <optional>

namespace balgul::hub {

/// One key's counter. Times are Unix milliseconds.
struct LoginCounter
{
    std::int64_t windowStart = 0;
    std::int64_t count = 0;
    std::int64_t nextAllowed = 0; ///< no attempt is counted (or checked) before this
};

/// How attempts on a key are counted.
struct LoginCountRule
{
    std::int64_t windowMs = 60000;
    /// Each counted attempt starts the window again (so it ends a window after the last attempt)
    /// instead of the window running from the first attempt.
    bool sliding = false;
    /// After this many counted attempts each further one must wait 1, 2, 4… s; 0 never delays.
    std::int64_t freeAttempts = 0;
    std::int64_t maxDelayMs = 0;
};

/// A counter whose window and delay have both ended is as good as none; the stores drop it.
inline bool isExpired(const LoginCounter& counter, std::int64_t nowMs, std::int64_t windowMs)
{
    return counter.windowStart + windowMs <= nowMs && counter.nextAllowed <= nowMs;
}

struct CountedAttempt
{
    LoginCounter counter;
    bool counted = false; ///< false when a delay was running: the attempt was refused uncounted
};

/// One attempt at `nowMs` on a key whose counter was `current` (none when absent or expired).
inline CountedAttempt countAttempt(std::optional<LoginCounter> current, std::int64_t nowMs,
                                   const LoginCountRule& rule)
{
    if (current && isExpired(*current, nowMs, rule.windowMs))
        current.reset();
    if (current && current->nextAllowed > nowMs)
        return {*current, false};
    LoginCounter next = current.value_or(LoginCounter{nowMs, 0, 0});
    ++next.count;
    if (rule.sliding)
        next.windowStart = nowMs;
    if (rule.freeAttempts > 0 && next.count >= rule.freeAttempts) {
        const std::int64_t doublings = next.count - rule.freeAttempts;
        std::int64_t delay = rule.maxDelayMs;
        if (doublings < 40)
            delay = std::min<std::int64_t>(rule.maxDelayMs, std::int64_t(1000) << doublings);
        next.nextAllowed = std::max(next.nextAllowed, nowMs + delay);
    }
    return {next, true};
}

} // namespace balgul::hub
