#include "hub/http/rate_limiter.h"

#include <algorithm>

namespace balgul::hub {

bool RateLimiter::allow(const std::string& key, int limit, Clock::time_point at)
{
    std::lock_guard lock(m_mutex);
    if (++m_sincePurge >= 1024)
        purge(at);
    Window& w = m_windows[key];
    if (w.count == 0 || at - w.start >= m_window) {
        w.start = at;
        w.count = 0;
    }
    ++w.count;
    return w.count <= limit;
}

int RateLimiter::retryAfterSeconds(const std::string& key, Clock::time_point at)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_windows.find(key);
    if (it == m_windows.end())
        return 1;
    const auto left = std::chrono::duration_cast<std::chrono::seconds>(it->second.start + m_window - at);
    return std::max<int>(1, static_cast<int>(left.count()) + 1);
}

void RateLimiter::purge(Clock::time_point at)
{
    m_sincePurge = 0;
    std::erase_if(m_windows, [&](const auto& item) { return at - item.second.start >= m_window; });
}

} // namespace balgul::hub
