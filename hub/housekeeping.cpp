#include "hub/housekeeping.h"

#include "hub/blobs/blob_collector.h"

#include <algorithm>
#include <iostream>

namespace balgul::hub {

namespace {

constexpr auto kCounterPurgeInterval = std::chrono::minutes(1);

} // namespace

Housekeeping::Housekeeping(HubStorage& storage, const BlobStore& blobs, LoginLimiter& limiter,
                           const HubConfig& config, std::function<void()> expireConsents)
    : m_storage(storage), m_blobs(blobs), m_limiter(limiter), m_config(config),
      m_expireConsents(std::move(expireConsents))
{
    collectBlobs();
    m_thread = std::thread([this] { run(); });
}

Housekeeping::~Housekeeping()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void Housekeeping::run()
{
    using Clock = std::chrono::steady_clock;
    const auto blobInterval = std::chrono::hours(m_config.blobGcIntervalHours);
    const auto consentInterval = std::chrono::seconds(std::max(1, m_config.mydataExpiryCheckSeconds));
    auto nextBlobs = Clock::now() + blobInterval;
    auto nextCounters = Clock::now() + kCounterPurgeInterval;
    auto nextConsents = Clock::now() + consentInterval;
    const auto tick = std::min<Clock::duration>(kCounterPurgeInterval, consentInterval);
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, tick, [this] { return m_stop; })) {
        lock.unlock();
        if (Clock::now() >= nextCounters) {
            try {
                m_limiter.purge();
            } catch (const std::exception& e) {
                std::cerr << "balgul-hub: dropping expired login counters failed (tried again later): "
                          << e.what() << '\n';
            }
            nextCounters = Clock::now() + kCounterPurgeInterval;
        }
        if (m_expireConsents && Clock::now() >= nextConsents) {
            m_expireConsents(); // logs its own failures
            nextConsents = Clock::now() + consentInterval;
        }
        if (m_config.blobGcIntervalHours > 0 && Clock::now() >= nextBlobs) {
            collectBlobs();
            nextBlobs = Clock::now() + blobInterval;
        }
        lock.lock();
    }
}

void Housekeeping::collectBlobs()
{
    try {
        const auto done = hub::collectBlobs(m_storage, m_blobs, std::chrono::hours(m_config.blobGraceHours));
        if (done.removed > 0 || done.leftovers > 0)
            std::cerr << "balgul-hub: blobs: " << done.summary() << '\n';
    } catch (const std::exception& e) {
        std::cerr << "balgul-hub: the blob clean-up failed (tried again later): " << e.what() << '\n';
    }
}

} // namespace balgul::hub
