#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>

namespace balgul::hub {

/// Counts attempts per key in fixed one-minute windows. Thread-safe.
class RateLimiter
{
public:
    using Clock = std::chrono::steady_clock;

    explicit RateLimiter(std::chrono::seconds window = std::chrono::seconds(60)) : m_window(window) {}

    /// Counts one attempt for `key`; false when it is past `limit` in the current window.
    bool allow(const std::string& key, int limit, Clock::time_point at = Clock::now());
    /// Seconds until the window of `key` ends (at least 1).
    int retryAfterSeconds(const std::string& key, Clock::time_point at = Clock::now());

private:
    struct Window
    {
        Clock::time_point start;
        int count = 0;
    };
    void purge(Clock::time_point at);

    std::chrono::seconds m_window;
    std::mutex m_mutex;
    std::unordered_map<std::string, Window> m_windows;
    std::size_t m_sincePurge = 0;
};

} // namespace balgul::hub
