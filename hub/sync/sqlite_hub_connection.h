#pragma once

// The SQLite hub store's connections: the settings each one runs with, the statements it keeps
// prepared, the pool of reading connections and the thread that checkpoints the WAL. Shared by the
// store's files (sqlite_hub_storage.cpp and its transaction and schema); not a public API.

#include "hub/sync/hub_storage.h"

#include "core/store/database.h"

#include <sqlite3.h>

#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace balgul::hub::sqlite {

using core::Database;
using core::SqlError;
using core::Statement;

StorageError wrap(const SqlError& e);

/// The page cache of one connection: the hub's working set stays in memory instead of being read
/// back through the OS page by page. The writer also maps the file; a reader does not: in WAL mode
/// a reader drops its mapping at every read that follows another connection's commit, and mapping
/// it again (page faults, the other cores' TLBs flushed) cost a token check more than its query.
void tune(Database& db, bool map);

/// The statements of the push and pull paths, prepared once per connection (preparing costs more
/// than running them). Used only under the storage's mutex; a statement is reset when its lease ends.
class StatementCache
{
public:
    class Lease
    {
    public:
        explicit Lease(Statement& statement) : m_statement(statement) {}
        ~Lease() { sqlite3_reset(m_statement.handle()); }
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        Statement* operator->() { return &m_statement; }
        Statement& operator*() { return m_statement; }

    private:
        Statement& m_statement;
    };

    explicit StatementCache(Database& db) : m_db(db) {}

    Lease get(const std::string& sql)
    {
        auto it = m_statements.find(sql);
        if (it == m_statements.end())
            it = m_statements.emplace(sql, m_db.prepare(sql)).first;
        sqlite3_reset(it->second.handle());
        return Lease(it->second);
    }

private:
    Database& m_db;
    std::map<std::string, Statement> m_statements;
};

/// Reading connections, one per concurrent reader, each with its own prepared statements.
class ReaderPool
{
public:
    struct Reader
    {
        Database db;
        StatementCache cache{db};
    };

    class Lease
    {
    public:
        Lease(ReaderPool& pool, std::unique_ptr<Reader> reader) : m_pool(pool), m_reader(std::move(reader)) {}
        ~Lease() { m_pool.release(std::move(m_reader)); }
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        Reader* operator->() { return m_reader.get(); }

    private:
        ReaderPool& m_pool;
        std::unique_ptr<Reader> m_reader;
    };

    explicit ReaderPool(std::string path) : m_path(std::move(path)) {}

    Lease acquire();

private:
    void release(std::unique_ptr<Reader> reader);

    std::string m_path;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<Reader>> m_free;
};

/// Moves committed WAL frames into the database file from its own connection, off the push path.
/// PASSIVE never waits for readers or the writer; when the log has grown large a RESTART lets the
/// writer start the log again from the beginning.
class Checkpointer
{
public:
    explicit Checkpointer(const std::string& path);
    ~Checkpointer();

    Checkpointer(const Checkpointer&) = delete;
    Checkpointer& operator=(const Checkpointer&) = delete;

private:
    static constexpr int kRestartFrames = 16384; ///< 64 MiB of 4 KiB pages

    void run();
    /// The frames in the log, or -1 when the checkpoint could not run (it is retried later).
    int checkpoint(int mode);

    Database m_db;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace balgul::hub::sqlite
