#include "hub/sync/sqlite_hub_connection.h"

#include <chrono>

namespace balgul::hub::sqlite {

StorageError wrap(const SqlError& e)
{
    return StorageError("hub store: " + e.message + " (SQLite " + std::to_string(e.code) + ")");
}

void tune(Database& db, bool map)
{
    db.exec("PRAGMA cache_size = -65536"); // 64 MiB
    db.exec(map ? "PRAGMA mmap_size = 1073741824" : "PRAGMA mmap_size = 0");
    db.exec("PRAGMA temp_store = MEMORY");
}

ReaderPool::Lease ReaderPool::acquire()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_free.empty()) {
            auto reader = std::move(m_free.back());
            m_free.pop_back();
            return Lease(*this, std::move(reader));
        }
    }
    auto reader = std::make_unique<Reader>();
    reader->db.open(m_path, false);
    reader->db.exec("PRAGMA query_only = 1");
    tune(reader->db, false);
    return Lease(*this, std::move(reader));
}

void ReaderPool::release(std::unique_ptr<Reader> reader)
{
    if (!reader)
        return;
    std::lock_guard lock(m_mutex);
    m_free.push_back(std::move(reader));
}

Checkpointer::Checkpointer(const std::string& path)
{
    m_db.open(path, false);
    // A connection learns that the file is in WAL mode when it first reads it; until then a
    // checkpoint call succeeds without doing anything.
    m_db.exec("SELECT count(*) FROM sqlite_master");
    // Never wait: a RESTART that waited for readers would hold back every push meanwhile.
    sqlite3_busy_timeout(m_db.handle(), 0);
    m_thread = std::thread([this] { run(); });
}

Checkpointer::~Checkpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    checkpoint(SQLITE_CHECKPOINT_TRUNCATE);
}

void Checkpointer::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, std::chrono::milliseconds(250), [this] { return m_stop; })) {
        lock.unlock();
        const int frames = checkpoint(SQLITE_CHECKPOINT_PASSIVE);
        if (frames > kRestartFrames)
            checkpoint(SQLITE_CHECKPOINT_RESTART);
        lock.lock();
    }
}

int Checkpointer::checkpoint(int mode)
{
    int logFrames = 0;
    int done = 0;
    const int rc = sqlite3_wal_checkpoint_v2(m_db.handle(), nullptr, mode, &logFrames, &done);
    return rc == SQLITE_OK ? logFrames : -1;
}

} // namespace balgul::hub::sqlite
