// The PostgreSQL hub store's write transaction.
//
// Write transactions (HubStorage::begin) start by locking the one row of `seq_counter` FOR UPDATE
// and hold that lock to commit. So, across every hub process on the database:
//  - writers run one at a time, as SQLite's exclusive transactions do, and each sees everything
//    committed before it (the field merge reads, then writes, with no one in between);
//  - seq numbers are taken and committed in order: a pull (plain READ COMMITTED reads) never
//    sees seq N while a transaction holding a smaller seq can still commit ("No gaps").

#include "hub/sync/postgres_hub_transaction.h"

#include <Poco/JSON/Array.h>

#include <array>
#include <set>

namespace balgul::hub::pg {

namespace {

/// Op and client ids are any string a client sends; PostgreSQL text cannot hold NUL, so they are
/// stored escaped (backslash and NUL), which keeps equal ids equal and different ids different.
std::string storedId(const std::string& id)
{
    std::string out;
    out.reserve(id.size());
    for (const char c : id) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\0')
            out += "\\0";
        else
            out += c;
    }
    return out;
}

/// Every read and write of a push transaction costs a round trip to the server; a push of 500
/// ops would pay 2,000 of them. So the transaction reads what a push will look up in two queries
/// (prefetch), keeps its writes in memory (reads see them), and writes them at commit with one
/// statement per table.
class PgTransaction final : public HubTransaction
{
public:
    explicit PgTransaction(PgPool::Lease lease) : m_conn(std::move(lease))
    {
        m_conn->exec("BEGIN");
        try {
            // The writer lock (see the top of this file), held until COMMIT or ROLLBACK.
            m_lastSeq = m_conn->exec("SELECT last_seq FROM seq_counter FOR UPDATE").int64(0, 0);
        } catch (...) {
            rollback();
            throw;
        }
    }
    ~PgTransaction() override
    {
        if (!m_done)
            rollback();
    }

    void prefetch(const std::vector<std::string>& opIds,
                  const std::vector<std::pair<std::string, std::string>>& entities) override
    {
        std::map<std::string, std::string> asked; // stored form → as the client sent it
        for (const std::string& id : opIds)
            if (!m_ops.contains(id))
                asked.emplace(storedId(id), id);
        if (!asked.empty()) {
            std::vector<std::string> ops;
            for (const auto& [stored, id] : asked) {
                ops.push_back(stored);
                m_ops.emplace(id, std::nullopt);
            }
            const auto r = m_conn->exec(
                "SELECT op_id, user_id, result FROM ops WHERE op_id = ANY($1::text[])", {textArray(ops)});
            for (int i = 0; i < r.rows(); ++i)
                if (const auto it = asked.find(r.text(i, 0)); it != asked.end())
                    m_ops[it->second] = storedOp(r, i, 1);
        }
        std::vector<std::string> kinds;
        std::vector<std::string> ids;
        for (const auto& key : entities) {
            if (m_entities.contains(key) || Params{key.first, key.second}.hasNul())
                continue;
            kinds.push_back(key.first);
            ids.push_back(key.second);
            m_entities.emplace(key, std::nullopt);
        }
        if (!ids.empty()) {
            const auto r =
                m_conn->exec(std::string(kEntityColumns) +
                                 "WHERE (entity, id) IN (SELECT * FROM unnest($1::text[], $2::text[]))",
                             {textArray(kinds), textArray(ids)});
            for (int i = 0; i < r.rows(); ++i) {
                EntityState e = readEntity(r, i);
                auto key = std::make_pair(e.entity, e.id);
                m_entities[key] = std::move(e);
            }
        }
    }

    std::optional<StoredOp> findOp(const std::string& opId) override
    {
        if (const auto it = m_ops.find(opId); it != m_ops.end())
            return it->second;
        const auto r = m_conn->exec("SELECT user_id, result FROM ops WHERE op_id = $1", {storedId(opId)});
        auto op = r.rows() == 0 ? std::nullopt : std::optional<StoredOp>(storedOp(r, 0, 0));
        m_ops.emplace(opId, op);
        return op;
    }

    void recordOp(const std::string& opId, const std::string& userId, const std::string& clientId,
                  const core::sync::PushResult& result) override
    {
        m_ops[opId] = StoredOp{userId, result};
        m_newOps.push_back({storedId(opId), userId, storedId(clientId), core::sync::encode(result)});
    }

    std::optional<EntityState> loadEntity(const std::string& entity, const std::string& id) override
    {
        const Params params{entity, id};
        if (params.hasNul())
            return std::nullopt;
        auto key = std::make_pair(entity, id);
        if (const auto it = m_entities.find(key); it != m_entities.end())
            return copyOf(it->second);
        const auto r = m_conn->exec(std::string(kEntityColumns) + "WHERE entity = $1 AND id = $2", params);
        std::optional<EntityState> state;
        if (r.rows() > 0)
            state = readEntity(r, 0);
        m_entities.emplace(std::move(key), state);
        return copyOf(state);
    }

    std::vector<EntityState> liveChildren(const std::string& entity, const std::string& problemId) override
    {
        if (entity != "support" && entity != "comment")
            throw StorageError("hub store: no lookup of the " + entity + "s of a problem");
        std::vector<EntityState> out;
        const Params params{problemId};
        if (params.hasNul())
            return out;
        // The rows as committed, on the index (kChildIndex, postgres_hub_schema.cpp); the entity
        // named in the text, so the planner sees the index's condition hold.
        const auto r = m_conn->exec(std::string(kEntityColumns) + "WHERE entity = '" + entity +
                                        "' AND (fields::json ->> 'problem_id') = $1 AND NOT deleted",
                                    params);
        for (int i = 0; i < r.rows(); ++i) {
            EntityState e = readEntity(r, i);
            auto key = std::make_pair(e.entity, e.id);
            m_entities.emplace(std::move(key), std::move(e)); // what the transaction holds wins
        }
        // Every entity of the kind the transaction holds (those rows, what it read and what it
        // wrote), as it holds them now: a comment moved here or made in this push counts, one
        // moved away or deleted does not.
        for (auto it = m_entities.lower_bound(std::make_pair(entity, std::string()));
             it != m_entities.end() && it->first.first == entity; ++it)
            if (it->second && !it->second->deleted && hangsOn(*it->second, problemId))
                out.push_back(*copyOf(it->second));
        return out;
    }

    std::int64_t nextSeq() override
    {
        ++m_lastSeq;
        m_seqTaken = true;
        return m_lastSeq;
    }

    void saveEntity(const EntityState& s) override
    {
        auto key = std::make_pair(s.entity, s.id);
        m_entities[key] = copyOf(s);
        m_dirty.insert(std::move(key));
        if (s.entity == "problem")
            m_problemIndex[s.id] = problemIndexRow(s);
    }

    void commit() override
    {
        writeEntities();
        if (!m_problemIndex.empty())
            writeProblemIndex(*m_conn, m_problemIndex);
        m_problemIndex.clear();
        writeOps();
        if (m_seqTaken)
            m_conn->exec("UPDATE seq_counter SET last_seq = $1", Params().add(m_lastSeq));
        const auto r = m_conn->exec("COMMIT");
        m_done = true;
        if (r.command() != "COMMIT")
            throw StorageError("hub store: the transaction was rolled back");
    }

private:
    using Key = std::pair<std::string, std::string>;

    static std::optional<EntityState> copyOf(const std::optional<EntityState>& state)
    {
        if (!state)
            return std::nullopt;
        EntityState copy = *state;
        if (copy.fields) // callers change the fields they get; the cached state must not move
            copy.fields = new Poco::JSON::Object(*copy.fields);
        return copy;
    }

    static StoredOp storedOp(const PgResult& r, int row, int firstColumn)
    {
        auto result = core::sync::decodePushResult(parseStored(r.text(row, firstColumn + 1)), "result");
        if (!result)
            throw StorageError("corrupt op result in the hub store");
        return StoredOp{r.text(row, firstColumn), std::move(*result)};
    }

    void writeEntities()
    {
        if (m_dirty.empty())
            return;
        std::vector<std::string> kinds, ids, owners, fields, stamps, deleted;
        std::vector<std::int64_t> seqs;
        for (const Key& key : m_dirty) {
            const EntityState& s = *m_entities.at(key);
            kinds.push_back(s.entity);
            ids.push_back(s.id);
            owners.push_back(s.ownerId);
            seqs.push_back(s.seq);
            deleted.push_back(s.deleted ? "true" : "false");
            fields.push_back(
                core::sync::stringify(s.fields ? s.fields : Poco::JSON::Object::Ptr(new Poco::JSON::Object)));
            stamps.push_back(stampsJson(s.stamps));
        }
        m_conn->exec("INSERT INTO entities (entity, id, owner_id, seq, deleted, fields, stamps) "
                     "SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::boolean[], "
                     "$6::text[], $7::text[]) "
                     "ON CONFLICT (entity, id) DO UPDATE SET "
                     "owner_id = EXCLUDED.owner_id, seq = EXCLUDED.seq, deleted = EXCLUDED.deleted, "
                     "fields = EXCLUDED.fields, stamps = EXCLUDED.stamps",
                     {textArray(kinds), textArray(ids), textArray(owners), int64Array(seqs),
                      textArray(deleted), textArray(fields), textArray(stamps)});
        m_dirty.clear();
    }

    void writeOps()
    {
        if (m_newOps.empty())
            return;
        std::vector<std::string> ids, users, clients, results;
        for (const auto& op : m_newOps) {
            ids.push_back(op[0]);
            users.push_back(op[1]);
            clients.push_back(op[2]);
            results.push_back(op[3]);
        }
        m_conn->exec("INSERT INTO ops (op_id, user_id, client_id, result) "
                     "SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])",
                     {textArray(ids), textArray(users), textArray(clients), textArray(results)});
        m_newOps.clear();
    }

    void rollback() noexcept
    {
        m_done = true;
        try {
            m_conn->exec("ROLLBACK");
        } catch (...) {
            // The pool drops a connection left inside a transaction.
        }
    }

    PgPool::Lease m_conn;
    std::int64_t m_lastSeq = 0;
    bool m_seqTaken = false;
    bool m_done = false;
    std::map<std::string, std::optional<StoredOp>> m_ops; ///< looked up or written: nullopt = absent
    std::vector<std::array<std::string, 4>> m_newOps;
    std::map<Key, std::optional<EntityState>> m_entities; ///< looked up or written: nullopt = absent
    std::set<Key> m_dirty;                                ///< written, to store at commit
    std::map<std::string, std::optional<ProblemIndexRow>>
        m_problemIndex; ///< problems written: their index rows
};

} // namespace

EntityState readEntity(const PgResult& r, int row)
{
    EntityState e;
    e.entity = r.text(row, 0);
    e.id = r.text(row, 1);
    e.ownerId = r.text(row, 2);
    e.seq = r.int64(row, 3);
    e.deleted = r.boolean(row, 4);
    e.fields = parseStored(r.text(row, 5));
    e.stamps = parseStamps(r.text(row, 6));
    return e;
}

std::string textArray(const std::vector<std::string>& values)
{
    std::string out = "{";
    for (const std::string& v : values) {
        if (out.size() > 1)
            out += ',';
        out += '"';
        for (const char c : v) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    out += '}';
    return out;
}

std::string int64Array(const std::vector<std::int64_t>& values)
{
    std::string out = "{";
    for (const std::int64_t v : values) {
        if (out.size() > 1)
            out += ',';
        out += std::to_string(v);
    }
    out += '}';
    return out;
}

void writeProblemIndex(PgConnection& conn, const std::map<std::string, std::optional<ProblemIndexRow>>& rows)
{
    std::vector<std::string> gone, ids, categories, closed;
    std::vector<std::int64_t> seqs;
    std::string created = "{";
    for (const auto& [id, row] : rows) {
        if (!row) {
            gone.push_back(id);
            continue;
        }
        ids.push_back(id);
        seqs.push_back(row->seq);
        categories.push_back(row->category);
        closed.push_back(row->closed ? "true" : "false");
        if (created.size() > 1)
            created += ',';
        created += row->createdMs ? std::to_string(*row->createdMs) : std::string("NULL");
    }
    created += '}';
    if (!gone.empty())
        conn.exec("DELETE FROM problem_index WHERE id = ANY($1::text[])", {textArray(gone)});
    if (!ids.empty())
        conn.exec("INSERT INTO problem_index (id, seq, category, closed, created) "
                  "SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::boolean[], $5::bigint[]) "
                  "ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, category = EXCLUDED.category, "
                  "closed = EXCLUDED.closed, created = EXCLUDED.created",
                  {textArray(ids), int64Array(seqs), textArray(categories), textArray(closed), created});
}

std::unique_ptr<HubTransaction> beginTransaction(PgPool::Lease lease)
{
    return std::make_unique<PgTransaction>(std::move(lease));
}

} // namespace balgul::hub::pg
