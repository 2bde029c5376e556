#pragma once

// The hub's periodic chores, on a thread of their own: expired login counters are dropped every
// minute, the blob folder is cleaned every `blob_gc_interval_hours` and MyData consents past their
// expiry are erased every `mydata_expiry_check_seconds`. The first blob clean-up runs in the
// constructor, before the hub answers anyone (the first MyData sweep runs before it, HubContext).

#include "hub/auth/login_limiter.h"
#include "hub/blobs/blob_store.h"
#include "hub/hub_config.h"
#include "hub/sync/hub_storage.h"

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace balgul::hub {

class Housekeeping
{
public:
    /// `expireConsents` erases the MyData consents past their expiry (none when empty).
    Housekeeping(HubStorage& storage, const BlobStore& blobs, LoginLimiter& limiter, const HubConfig& config,
                 std::function<void()> expireConsents = {});
    ~Housekeeping();
    Housekeeping(const Housekeeping&) = delete;
    Housekeeping& operator=(const Housekeeping&) = delete;

private:
    void run();
    void collectBlobs();

    HubStorage& m_storage;
    const BlobStore& m_blobs;
    LoginLimiter& m_limiter;
    const HubConfig& m_config;
    std::function<void()> m_expireConsents;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace balgul::hub
