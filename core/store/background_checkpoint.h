#pragma once

#include <atomic>
#include <string>
#include <thread>

namespace balgul::core {

/// Copies a store's write-ahead log into the store on a connection and thread of its own, after a
/// bulk write committed: the log then holds everything that write wrote (a gigabyte for a million
/// problems), and copying it takes seconds that the commit need not wait for. What the log holds is
/// already durable at the commit; until it is copied, readers find the new pages in the log.
/// SQLite's PASSIVE checkpoint neither waits for nor blocks readers and writers: pages a later write
/// changes again stay for the next checkpoint (the store's own, at a later commit or its close).
class BackgroundCheckpoint
{
public:
    explicit BackgroundCheckpoint(std::string path) : m_path(std::move(path)) {}
    /// Waits for a checkpoint under way.
    ~BackgroundCheckpoint();
    BackgroundCheckpoint(const BackgroundCheckpoint&) = delete;
    BackgroundCheckpoint& operator=(const BackgroundCheckpoint&) = delete;

    /// Starts a checkpoint unless one is under way (that one takes what is in the log when it
    /// gets to it). Failures are left to the store's next checkpoint.
    void start();
    /// Waits for a checkpoint under way, if any.
    void wait();
    /// Checkpoints finished since this object was made (for tests).
    int finished() const { return m_finished.load(); }

private:
    std::string m_path;
    std::thread m_thread;
    std::atomic<bool> m_running = false;
    std::atomic<int> m_finished = 0;
};

} // namespace balgul::core
