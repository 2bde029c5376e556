// Rounds and ballots read from the hub's SQLite file through a connection of its own (WAL lets it
// read beside the sync store's writer), guarded by a mutex.

#include "hub/voting/voting_storage.h"

#include "core/store/database.h"

#include <mutex>

namespace balgul::hub {

namespace {

using core::Database;
using core::SqlError;
using core::Statement;

StorageError wrap(const SqlError& e)
{
    return StorageError("hub voting store: " + e.message + " (SQLite " + std::to_string(e.code) + ")");
}

class SqliteVotingStorage final : public VotingStorage
{
public:
    explicit SqliteVotingStorage(const std::string& path)
    {
        try {
            m_db.open(path, true);
            m_db.exec("PRAGMA journal_mode = WAL");
            m_db.exec("PRAGMA busy_timeout = 10000");
        } catch (const SqlError& e) {
            throw StorageError("cannot open the hub voting store " + path + ": " + e.message);
        }
    }

    std::optional<EntityState> round(const std::string& id) override
    {
        std::lock_guard lock(m_mutex);
        try {
            auto st = m_db.prepare("SELECT id, owner_id, seq, deleted, fields FROM entities "
                                   "WHERE entity = 'round' AND id = ?");
            st.bind(1, id);
            if (!st.step())
                return std::nullopt;
            return read(st);
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::vector<EntityState> rounds() override
    {
        std::lock_guard lock(m_mutex);
        try {
            auto st = m_db.prepare("SELECT id, owner_id, seq, deleted, fields FROM entities "
                                   "WHERE entity = 'round' AND deleted = 0 ORDER BY seq DESC LIMIT 1000");
            std::vector<EntityState> out;
            while (st.step())
                out.push_back(read(st));
            return out;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::vector<core::voting::PublishedBallot> ballotsOf(const std::string& roundId) override
    {
        std::lock_guard lock(m_mutex);
        try {
            // The key "<round id>:<account id>": a range of the primary key. Only the fields are
            // read, never the key's account.
            auto st =
                m_db.prepare("SELECT fields FROM entities WHERE entity = 'ballot' AND id > ? AND id < ? "
                             "AND deleted = 0");
            st.bind(1, roundId + ":").bind(2, roundId + ";");
            std::vector<core::voting::PublishedBallot> out;
            while (st.step())
                if (auto b = publishedBallot(st.text(0)))
                    out.push_back(std::move(*b));
            return out;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::int64_t ballotCount(const std::string& roundId) override
    {
        std::lock_guard lock(m_mutex);
        try {
            auto st =
                m_db.prepare("SELECT count(*) FROM entities WHERE entity = 'ballot' AND id > ? AND id < ? "
                             "AND deleted = 0");
            st.bind(1, roundId + ":").bind(2, roundId + ";");
            st.step();
            return st.int64(0);
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

private:
    static EntityState read(const Statement& st)
    {
        EntityState e;
        e.entity = "round";
        e.id = st.text(0);
        e.ownerId = st.text(1);
        e.seq = st.int64(2);
        e.deleted = st.int64(3) != 0;
        e.fields = parseStored(st.text(4));
        return e;
    }

    std::mutex m_mutex;
    Database m_db;
};

} // namespace

std::unique_ptr<VotingStorage> openSqliteVotingStorage(const std::string& path)
{
    return std::make_unique<SqliteVotingStorage>(path);
}

} // namespace balgul::hub
