#include "hub/sync/sqlite_hub_transaction.h"

#include <Poco/JSON/Array.h>

#include <optional>

namespace balgul::hub::sqlite {

EntityState readEntity(const Statement& st)
{
    EntityState e;
    e.entity = st.text(0);
    e.id = st.text(1);
    e.ownerId = st.text(2);
    e.seq = st.int64(3);
    e.deleted = st.int64(4) != 0;
    e.fields = parseStored(st.text(5));
    e.stamps = parseStamps(st.text(6));
    return e;
}

void indexProblem(StatementCache& cache, const EntityState& state)
{
    const auto row = problemIndexRow(state);
    if (!row) {
        auto st = cache.get("DELETE FROM problem_index WHERE id = ?");
        st->bind(1, state.id);
        st->run();
        return;
    }
    auto st = cache.get(
        "INSERT OR REPLACE INTO problem_index (id, seq, category, closed, created) VALUES (?, ?, ?, ?, ?)");
    st->bind(1, row->id).bind(2, row->seq).bind(3, row->category).bind(4, row->closed ? 1 : 0);
    if (row->createdMs)
        st->bind(5, *row->createdMs);
    else
        st->bindNull(5);
    st->run();
}

namespace {

class SqliteTransaction final : public HubTransaction
{
public:
    SqliteTransaction(Database& db, std::mutex& mutex, StatementCache& cache)
        : m_lock(mutex), m_cache(cache), m_tx(db)
    {}

    std::optional<StoredOp> findOp(const std::string& opId) override
    {
        try {
            auto st = m_cache.get("SELECT user_id, result FROM ops WHERE op_id = ?");
            st->bind(1, opId);
            if (!st->step())
                return std::nullopt;
            auto result = core::sync::decodePushResult(parseStored(st->text(1)), "result");
            if (!result)
                throw StorageError("corrupt op result in the hub store");
            return StoredOp{st->text(0), std::move(*result)};
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    void recordOp(const std::string& opId, const std::string& userId, const std::string& clientId,
                  const core::sync::PushResult& result) override
    {
        try {
            auto st = m_cache.get("INSERT INTO ops (op_id, user_id, client_id, result) VALUES (?, ?, ?, ?)");
            st->bind(1, opId).bind(2, userId).bind(3, clientId).bind(4, core::sync::encode(result));
            st->run();
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::optional<EntityState> loadEntity(const std::string& entity, const std::string& id) override
    {
        try {
            auto st = m_cache.get(std::string(kEntityColumns) + "WHERE entity = ? AND id = ?");
            st->bind(1, entity).bind(2, id);
            if (!st->step())
                return std::nullopt;
            return readEntity(*st);
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::optional<std::int64_t> entityVersion(const std::string& entity, const std::string& id) override
    {
        try {
            auto st = m_cache.get("SELECT seq FROM entities WHERE entity = ? AND id = ?");
            st->bind(1, entity).bind(2, id);
            if (!st->step())
                return std::nullopt;
            return st->int64(0);
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::vector<EntityState> liveChildren(const std::string& entity, const std::string& problemId) override
    {
        try {
            // A support's key is "<problem id>:<account id>": a range of the primary key. A comment
            // names its problem in its fields: the partial index on them (kChildIndex,
            // sqlite_hub_schema.cpp).
            const bool support = entity == "support";
            if (!support && entity != "comment")
                throw StorageError("hub store: no lookup of the " + entity + "s of a problem");
            auto st = m_cache.get(
                support ? std::string(kEntityColumns) +
                              "WHERE entity = 'support' AND id > ? AND id < ? AND deleted = 0 ORDER BY id"
                        : std::string(kEntityColumns) +
                              "WHERE entity = 'comment' AND json_extract(fields, '$.problem_id') = ? "
                              "AND deleted = 0 ORDER BY id");
            if (support)
                st->bind(1, problemId + ":").bind(2, problemId + ";");
            else
                st->bind(1, problemId);
            std::vector<EntityState> out;
            while (st->step())
                if (EntityState e = readEntity(*st); hangsOn(e, problemId))
                    out.push_back(std::move(e));
            return out;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::int64_t nextSeq() override
    {
        // The counter is read once and written back at commit: the transaction holds the
        // storage's mutex and SQLite's write lock, so no one else takes numbers meanwhile.
        try {
            if (!m_lastSeq) {
                auto st = m_cache.get("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'last_seq'");
                if (!st->step())
                    throw StorageError("hub store: the sequence counter is missing");
                m_lastSeq = st->int64(0);
            }
            m_seqTaken = true;
            return ++*m_lastSeq;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    void saveEntity(const EntityState& s) override
    {
        try {
            auto st =
                m_cache.get("INSERT OR REPLACE INTO entities (entity, id, owner_id, seq, deleted, fields, "
                            "stamps) VALUES (?, ?, ?, ?, ?, ?, ?)");
            st->bind(1, s.entity).bind(2, s.id).bind(3, s.ownerId).bind(4, s.seq).bind(5, s.deleted ? 1 : 0);
            st->bind(6, core::sync::stringify(s.fields ? s.fields
                                                       : Poco::JSON::Object::Ptr(new Poco::JSON::Object)));
            st->bind(7, stampsJson(s.stamps));
            st->run();
            if (s.entity == "problem")
                indexProblem(m_cache, s);
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    void commit() override
    {
        try {
            if (m_seqTaken) {
                auto st = m_cache.get("UPDATE meta SET value = ? WHERE key = 'last_seq'");
                st->bind(1, std::to_string(*m_lastSeq));
                st->run();
            }
            m_tx.commit();
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

private:
    std::unique_lock<std::mutex> m_lock;
    StatementCache& m_cache;
    core::Transaction m_tx;
    std::optional<std::int64_t> m_lastSeq;
    bool m_seqTaken = false;
};

} // namespace

std::unique_ptr<HubTransaction> beginTransaction(Database& db, std::mutex& mutex, StatementCache& cache)
{
    return std::make_unique<SqliteTransaction>(db, mutex, cache);
}

} // namespace balgul::hub::sqlite
