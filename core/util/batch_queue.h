#pragma once

// Batches handed from one thread to another, a bounded number waiting: the producer waits for room,
// so what is in flight stays within a known memory whatever the speed of either side. Either side
// can end it: the producer says it has no more (finish), the consumer that it takes no more (stop).
// Used by the bulk writes (docs/architecture.md, "Bulk writes"): a GeoJSON file read on one thread
// and written on another, and a write's search postings built beside it. SpentBatches hands
// consumed batches back so that the producer frees them: a GeoJSON import's features, a pull's pages.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

namespace balgul::core {

template <class T> class BatchQueue
{
public:
    explicit BatchQueue(std::size_t capacity) : m_capacity(capacity < 1 ? 1 : capacity) {}
    BatchQueue(const BatchQueue&) = delete;
    BatchQueue& operator=(const BatchQueue&) = delete;

    /// Producer: hands a batch over, waiting while `capacity` batches wait. False once the
    /// consumer stopped (the batch is dropped).
    bool put(T batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_waiting.size() < m_capacity || m_stopped; });
        if (m_stopped)
            return false;
        m_waiting.push_back(std::move(batch));
        lock.unlock();
        m_changed.notify_all();
        return true;
    }

    /// Producer: there are no more batches; take() answers nothing once the waiting ones are taken.
    void finish()
    {
        {
            std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_changed.notify_all();
    }

    /// Consumer: the oldest waiting batch, waiting for one; nothing once the producer finished and
    /// every batch was taken, or once the consumer stopped.
    std::optional<T> take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_waiting.empty() || m_finished || m_stopped; });
        if (m_stopped || m_waiting.empty())
            return std::nullopt;
        T batch = std::move(m_waiting.front());
        m_waiting.pop_front();
        lock.unlock();
        m_changed.notify_all(); // room for the producer
        return batch;
    }

    /// Consumer: takes no more. The waiting batches are dropped and a producer waiting for room
    /// goes on (its put() answers false).
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
            m_waiting.clear();
        }
        m_changed.notify_all();
    }

private:
    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_waiting;
    bool m_finished = false;
    bool m_stopped = false;
};

/// Batches a consumer is done with, handed back so that the producer frees them on its own thread:
/// freeing a batch of texts costs the consumer, the busier side of a bulk write, as much as a tenth
/// of writing them. What waits here is at most what was in flight.
template <class T> class SpentBatches
{
public:
    /// Consumer: a batch it is done with.
    void giveBack(T batch)
    {
        const std::lock_guard lock(m_mutex);
        m_spent.push_back(std::move(batch));
    }

    /// Producer: frees, on the calling thread, every batch given back so far.
    void free()
    {
        std::vector<T> spent;
        const std::lock_guard lock(m_mutex);
        spent.swap(m_spent);
        // `spent` goes after the lock is released: destroyed in reverse order of declaration.
    }

private:
    std::mutex m_mutex;
    std::vector<T> m_spent;
};

} // namespace balgul::core
