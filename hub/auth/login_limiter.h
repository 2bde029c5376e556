#pragma once

// Login and registration limits, counted in the store so every hub process sees the same numbers:
//  - per client address (as the proxy reports it, client_address.h): at most
//    `login_attempts_per_address` attempts per login window, then 429 until the window ends;
//  - per login: after `login_attempts_per_login` attempts without a success, each further attempt
//    must wait 1, 2, 4… s (up to `login_delay_max_seconds`); an attempt inside the wait is refused
//    with 429 without checking the password, so a victim is delayed, never locked out.
// A counter is dropped once its window (and any wait) has passed, so no key is kept longer.

#include "hub/hub_config.h"
#include "hub/sync/hub_storage.h"

#include <string>

namespace balgul::hub {

class LoginLimiter
{
public:
    LoginLimiter(HubStorage& storage, const HubConfig& config);

    struct Verdict
    {
        bool allowed = true;
        int retryAfterSeconds = 0; ///< when refused
    };

    /// Counts one login or registration attempt from `address`.
    Verdict countAddress(const std::string& address);
    /// Counts one attempt on `login` (case-insensitive) unless a wait is running.
    Verdict countLogin(const std::string& login);
    /// A correct password: the login's count starts again.
    void succeeded(const std::string& login);
    /// Drops expired counters (the hub also does this at every counted attempt).
    void purge();

    /// The counter key of a login ("l:" and the login in lower case).
    static std::string loginKey(const std::string& login);

private:
    std::int64_t windowMs() const;

    HubStorage& m_storage;
    const HubConfig& m_config;
};

} // namespace balgul::hub
