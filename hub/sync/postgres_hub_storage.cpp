// The PostgreSQL hub store. Request threads share a small pool of connections.
//
// Write transactions (HubStorage::begin) start by locking the one row of `seq_counter` FOR UPDATE
// and hold that lock to commit. So, across every hub process on the database:
//  - writers run one at a time, as SQLite's exclusive transactions do, and each sees everything
//    committed before it (the field merge reads, then writes, with no one in between);
//  - seq numbers are taken and committed in order: a pull (plain READ COMMITTED reads) never
//    sees seq N while a transaction holding a smaller seq can still commit ("No gaps").
// Every connection runs with synchronous_commit = on: COMMIT returns once the WAL is flushed.

#include "hub/sync/postgres_hub_storage.h"

#include "hub/db/pg_connection.h"

#include "core/util/ids.h"

#include <Poco/JSON/Array.h>

#include <array>
#include <map>
#include <set>

namespace balgul::hub {

namespace {

using pg::Params;
using pg::PgConnection;
using pg::PgError;
using pg::PgPool;
using pg::PgResult;

constexpr std::int64_t kSchemaVersion = 3;
/// pg_advisory_xact_lock key for creating the schema ("balgul" in ASCII).
constexpr const char* kSchemaLockKey = "98971081031171080";

constexpr const char* kSchema[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE seq_counter (one BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one), last_seq BIGINT NOT NULL)",
    "CREATE TABLE users ("
    " id TEXT PRIMARY KEY,"
    " login TEXT NOT NULL,"
    " login_key TEXT NOT NULL UNIQUE," // ASCII case folded, as SQLite's NOCASE
    " display_name TEXT NOT NULL,"
    " role TEXT NOT NULL,"
    " password_hash TEXT NOT NULL,"
    " created BIGINT NOT NULL)",
    "CREATE TABLE tokens ("
    " hash TEXT PRIMARY KEY,"
    " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    " expires BIGINT NOT NULL)",
    "CREATE INDEX tokens_expires ON tokens (expires)",
    "CREATE TABLE entities ("
    " entity TEXT NOT NULL,"
    " id TEXT NOT NULL,"
    " owner_id TEXT NOT NULL,"
    " seq BIGINT NOT NULL UNIQUE,"
    " deleted BOOLEAN NOT NULL DEFAULT FALSE,"
    " fields TEXT NOT NULL,"
    " stamps TEXT NOT NULL,"
    " PRIMARY KEY (entity, id))",
    "CREATE TABLE ops ("
    " op_id TEXT PRIMARY KEY,"
    " user_id TEXT NOT NULL,"
    " client_id TEXT NOT NULL,"
    " result TEXT NOT NULL)",
};

/// Version 2: invite codes.
constexpr const char* kInvitesSchema = "CREATE TABLE invites ("
                                       " id TEXT PRIMARY KEY,"
                                       " code_hash TEXT NOT NULL UNIQUE,"
                                       " role TEXT NOT NULL,"
                                       " uses_left INTEGER NOT NULL,"
                                       " expires BIGINT NOT NULL,"
                                       " created BIGINT NOT NULL,"
                                       " note TEXT NOT NULL DEFAULT '')";

/// Version 3: the invite each account registered with.
constexpr const char* kUserInviteSchema = "ALTER TABLE users ADD COLUMN invite_id TEXT NOT NULL DEFAULT ''";

/// Sessions, login counters and blob accounting. Created when missing at every start, so the
/// tables come to an existing store whatever its schema version.
constexpr const char* kAccessTables[] = {
    "CREATE TABLE IF NOT EXISTS disabled_users ("
    " user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,"
    " since BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS login_counters ("
    " key TEXT PRIMARY KEY,"
    " window_start BIGINT NOT NULL,"
    " count BIGINT NOT NULL,"
    " next_allowed BIGINT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS login_counters_window ON login_counters (window_start)",
    "CREATE INDEX IF NOT EXISTS tokens_user ON tokens (user_id)",
    "CREATE TABLE IF NOT EXISTS blob_uploads ("
    " sha256 TEXT PRIMARY KEY,"
    " user_id TEXT NOT NULL,"
    " size BIGINT NOT NULL,"
    " created BIGINT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS blob_uploads_user ON blob_uploads (user_id)",
};

/// The comments and supports of a problem, for a merge to move (liveChildren). Made when missing at
/// every start. (A support's key names its problem too, but a range of text keys follows the
/// database's collation, which may pass over the ':' between the two ids.)
constexpr const char* kChildIndex = "CREATE INDEX IF NOT EXISTS entities_problem_children ON entities "
                                    "(entity, (fields::json ->> 'problem_id')) "
                                    "WHERE entity IN ('comment', 'support')";

std::string loginKey(std::string login)
{
    for (char& c : login)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return login;
}

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

constexpr const char* kEntityColumns =
    "SELECT entity, id, owner_id, seq, deleted, fields, stamps FROM entities ";

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

constexpr const char* kUserColumns =
    "SELECT id, login, display_name, role, password_hash, created, invite_id FROM users ";

User readUser(const PgResult& r, int row)
{
    User u;
    u.id = r.text(row, 0);
    u.login = r.text(row, 1);
    u.displayName = r.text(row, 2);
    u.role = roleFromString(r.text(row, 3)).value_or(Role::Citizen);
    u.passwordHash = r.text(row, 4);
    u.created = core::fromUnixMs(r.int64(row, 5));
    u.inviteId = r.text(row, 6);
    return u;
}

/// A PostgreSQL array literal of text elements, each quoted (so NULL and empty stay text).
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

/// The live problems a listing filters and sorts (findProblems). Made, and filled from the stored
/// problems, when missing at start: the index comes to an existing store whatever its version.
constexpr const char* kProblemIndexSchema[] = {
    "CREATE TABLE problem_index ("
    " id TEXT PRIMARY KEY,"
    " seq BIGINT NOT NULL,"
    " category TEXT NOT NULL,"
    " closed BOOLEAN NOT NULL,"
    " created BIGINT)",
    "CREATE INDEX problem_index_newest ON problem_index (created DESC NULLS LAST, seq DESC)",
};

/// Writes index rows (nullopt: the problem left the index) in two statements.
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

/// Makes the problem index when the store has none yet and fills it from the live problems, a
/// page at a time (inside the caller's transaction).
void ensureProblemIndex(PgConnection& conn)
{
    if (conn.exec("SELECT to_regclass('problem_index') IS NOT NULL").boolean(0, 0))
        return;
    for (const char* statement : kProblemIndexSchema)
        conn.exec(statement);
    std::int64_t after = 0;
    for (;;) {
        const auto r =
            conn.exec(std::string(kEntityColumns) +
                          "WHERE entity = 'problem' AND NOT deleted AND seq > $1 ORDER BY seq LIMIT 1000",
                      Params().add(after));
        if (r.rows() == 0)
            return;
        std::map<std::string, std::optional<ProblemIndexRow>> rows;
        for (int i = 0; i < r.rows(); ++i) {
            const EntityState state = readEntity(r, i);
            after = state.seq;
            rows[state.id] = problemIndexRow(state);
        }
        writeProblemIndex(conn, rows);
    }
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
        // The rows as committed, on the index (kChildIndex); the entity named in the text, so the
        // planner sees the index's condition hold.
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

class PostgresHubStorage final : public HubStorage
{
public:
    PostgresHubStorage(const std::string& url, int maxConnections) : m_pool(url, maxConnections)
    {
        auto conn = m_pool.acquire();
        conn->exec("BEGIN");
        try {
            // Hubs starting together on an empty database make the schema once.
            conn->exec("SELECT pg_advisory_xact_lock(" + std::string(kSchemaLockKey) + ")");
            if (!conn->exec("SELECT to_regclass('meta') IS NOT NULL").boolean(0, 0)) {
                for (const char* statement : kSchema)
                    conn->exec(statement);
                conn->exec("INSERT INTO meta (key, value) VALUES ('epoch', $1), ('schema_version', '1')",
                           Params{core::newUuid()});
                conn->exec("INSERT INTO seq_counter (last_seq) VALUES (0)");
            }
            const auto version = conn->exec("SELECT value FROM meta WHERE key = 'schema_version'");
            if (version.rows() == 0)
                throw StorageError("the database " + pg::redactedUrl(url) +
                                   " has a table `meta` that is not a balgul-hub store");
            const std::int64_t current = std::stoll(version.text(0, 0));
            if (current > kSchemaVersion)
                throw StorageError("the hub store " + pg::redactedUrl(url) +
                                   " was made by a newer balgul-hub");
            if (current < 2)
                conn->exec(kInvitesSchema);
            if (current < 3)
                conn->exec(kUserInviteSchema);
            if (current < kSchemaVersion)
                conn->exec("UPDATE meta SET value = $1 WHERE key = 'schema_version'",
                           Params{std::to_string(kSchemaVersion)});
            for (const char* statement : kAccessTables)
                conn->exec(statement);
            conn->exec(kChildIndex);
            ensureProblemIndex(*conn);
            checkTablesAreTheSame(*conn);
            conn->exec("COMMIT");
        } catch (...) {
            try {
                conn->exec("ROLLBACK");
            } catch (...) {
            }
            throw;
        }
    }

    core::sync::HubHistory head() override
    {
        const auto r = m_pool.acquire()->exec(
            "SELECT (SELECT value FROM meta WHERE key = 'epoch'), last_seq FROM seq_counter");
        return core::sync::HubHistory{r.text(0, 0), r.int64(0, 1), {}};
    }

    core::sync::HubHistory history() override { return readHistory(*m_pool.acquire()); }

    core::sync::HubHistory takeNewEpoch(const std::string& expected) override
    {
        auto conn = m_pool.acquire();
        conn->exec("BEGIN");
        try {
            // The seq_counter row, as a push takes it: the epoch begins at a last seq no push moves.
            conn->exec("SELECT last_seq FROM seq_counter FOR UPDATE");
            auto history = readHistory(*conn);
            if (expected.empty() || history.epoch == expected)
                history = rotate(*conn, std::move(history));
            conn->exec("COMMIT");
            return history;
        } catch (...) {
            try {
                conn->exec("ROLLBACK");
            } catch (...) {
            }
            throw;
        }
    }

    std::string openNote() override { return m_openNote; }

    std::unique_ptr<HubTransaction> begin() override
    {
        return std::make_unique<PgTransaction>(m_pool.acquire());
    }

    std::vector<EntityState> changesSince(std::int64_t since, std::size_t limit) override
    {
        const auto r =
            m_pool.acquire()->exec(std::string(kEntityColumns) + "WHERE seq > $1 ORDER BY seq LIMIT $2",
                                   Params().add(since).add(static_cast<std::int64_t>(limit)));
        std::vector<EntityState> out;
        out.reserve(static_cast<std::size_t>(r.rows()));
        for (int i = 0; i < r.rows(); ++i)
            out.push_back(readEntity(r, i));
        return out;
    }

    std::vector<StoredRow> rowsSince(std::int64_t since, std::size_t limit) override
    {
        const auto r = m_pool.acquire()->exec("SELECT entity, id, owner_id, seq, deleted, fields FROM "
                                              "entities WHERE seq > $1 ORDER BY seq LIMIT $2",
                                              Params().add(since).add(static_cast<std::int64_t>(limit)));
        std::vector<StoredRow> out;
        out.reserve(static_cast<std::size_t>(r.rows()));
        for (int i = 0; i < r.rows(); ++i)
            out.push_back(StoredRow{r.text(i, 0), r.text(i, 1), r.text(i, 2), r.int64(i, 3), r.boolean(i, 4),
                                    r.text(i, 5)});
        return out;
    }

    std::int64_t countSince(std::int64_t since) override
    {
        return m_pool.acquire()
            ->exec("SELECT count(*) FROM entities WHERE seq > $1", Params().add(since))
            .int64(0, 0);
    }

    std::int64_t lastSeq() override
    {
        return m_pool.acquire()->exec("SELECT last_seq FROM seq_counter").int64(0, 0);
    }

    core::Result<User> addUser(const User& user) override
    {
        Params params{user.id,
                      user.login,
                      loginKey(user.login),
                      user.displayName,
                      std::string(toString(user.role)),
                      user.passwordHash};
        params.add(core::toUnixMs(user.created));
        params.add(user.inviteId);
        if (params.hasNul())
            return core::Error::make("invalid_field", "the login or name holds a NUL character", "login");
        const auto taken = core::Error::make("login_taken", "the login " + user.login + " is taken", "login");
        auto conn = m_pool.acquire();
        if (conn->exec("SELECT 1 FROM users WHERE login_key = $1", {loginKey(user.login)}).rows() > 0)
            return taken;
        try {
            conn->exec("INSERT INTO users (id, login, login_key, display_name, role, password_hash, created, "
                       "invite_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                       params);
        } catch (const PgError& e) {
            if (e.sqlState == pg::kUniqueViolation) // another hub process added the login just now
                return taken;
            throw;
        }
        return user;
    }

    core::Status updateUser(const User& user) override
    {
        const Params params{user.displayName, std::string(toString(user.role)), user.passwordHash, user.id};
        if (params.hasNul())
            return core::Error::make("invalid_field", "the name holds a NUL character", "display_name");
        const auto r = m_pool.acquire()->exec(
            "UPDATE users SET display_name = $1, role = $2, password_hash = $3 WHERE id = $4", params);
        if (r.affected() == 0)
            return core::Error::make("not_found", "no user " + user.login, "login");
        return {};
    }

    std::optional<User> userByLogin(const std::string& login) override
    {
        return findUser("login_key", loginKey(login));
    }
    std::optional<User> userById(const std::string& id) override { return findUser("id", id); }

    std::vector<User> users() override
    {
        const auto r = m_pool.acquire()->exec(std::string(kUserColumns) + "ORDER BY login_key, login");
        std::vector<User> out;
        for (int i = 0; i < r.rows(); ++i)
            out.push_back(readUser(r, i));
        return out;
    }

    void addToken(const std::string& tokenHash, const std::string& userId, core::Timestamp expires) override
    {
        auto conn = m_pool.acquire();
        conn->exec("DELETE FROM tokens WHERE expires <= $1", Params().add(core::toUnixMs(core::now())));
        conn->exec("INSERT INTO tokens (hash, user_id, expires) VALUES ($1, $2, $3)",
                   Params{tokenHash, userId}.add(core::toUnixMs(expires)));
    }

    std::optional<User> userForToken(const std::string& tokenHash, core::Timestamp at) override
    {
        const Params params = Params{tokenHash}.add(core::toUnixMs(at));
        if (params.hasNul())
            return std::nullopt;
        const auto r = m_pool.acquire()->exec(
            "SELECT u.id, u.login, u.display_name, u.role, u.password_hash, u.created, u.invite_id "
            "FROM tokens t JOIN users u ON u.id = t.user_id "
            "WHERE t.hash = $1 AND t.expires > $2",
            params);
        if (r.rows() == 0)
            return std::nullopt;
        return readUser(r, 0);
    }

    void addInvite(const Invite& invite) override
    {
        Params params{invite.id, invite.codeHash, std::string(toString(invite.role))};
        params.add(static_cast<std::int64_t>(invite.usesLeft))
            .add(core::toUnixMs(invite.expires))
            .add(core::toUnixMs(invite.created))
            .add(invite.note);
        m_pool.acquire()->exec("INSERT INTO invites (id, code_hash, role, uses_left, expires, created, note) "
                               "VALUES ($1, $2, $3, $4, $5, $6, $7)",
                               params);
    }

    std::vector<Invite> invites() override
    {
        const auto r = m_pool.acquire()->exec("SELECT id, code_hash, role, uses_left, expires, created, note "
                                              "FROM invites ORDER BY created DESC, id");
        std::vector<Invite> out;
        for (int i = 0; i < r.rows(); ++i) {
            Invite invite;
            invite.id = r.text(i, 0);
            invite.codeHash = r.text(i, 1);
            invite.role = roleFromString(r.text(i, 2)).value_or(Role::Citizen);
            invite.usesLeft = static_cast<int>(r.int64(i, 3));
            invite.expires = core::fromUnixMs(r.int64(i, 4));
            invite.created = core::fromUnixMs(r.int64(i, 5));
            invite.note = r.text(i, 6);
            out.push_back(std::move(invite));
        }
        return out;
    }

    bool revokeInvite(const std::string& id) override
    {
        const Params params{id};
        if (params.hasNul())
            return false;
        return m_pool.acquire()->exec("UPDATE invites SET uses_left = 0 WHERE id = $1", params).affected() >
               0;
    }

    core::Result<User> addUserWithInvite(User user, const std::string& codeHash, core::Timestamp at) override
    {
        Params userParams{user.id, user.login, loginKey(user.login), user.displayName, "", user.passwordHash};
        if (userParams.hasNul() || Params{codeHash}.hasNul())
            return core::Error::make("invalid_field", "the login or name holds a NUL character", "login");
        auto conn = m_pool.acquire();
        conn->exec("BEGIN");
        try {
            // The invite's row lock orders registrations that use the same code.
            const auto invite =
                conn->exec("SELECT id, role FROM invites WHERE code_hash = $1 AND uses_left > 0 "
                           "AND expires > $2 FOR UPDATE",
                           Params{codeHash}.add(core::toUnixMs(at)));
            if (invite.rows() == 0) {
                conn->exec("ROLLBACK");
                return invalidInvite();
            }
            user.role = roleFromString(invite.text(0, 1)).value_or(Role::Citizen);
            if (conn->exec("SELECT 1 FROM users WHERE login_key = $1", {loginKey(user.login)}).rows() > 0) {
                conn->exec("ROLLBACK");
                return core::Error::make("login_taken", "the login " + user.login + " is taken", "login");
            }
            conn->exec("UPDATE invites SET uses_left = uses_left - 1 WHERE id = $1", {invite.text(0, 0)});
            Params params{user.id,
                          user.login,
                          loginKey(user.login),
                          user.displayName,
                          std::string(toString(user.role)),
                          user.passwordHash};
            params.add(core::toUnixMs(user.created));
            user.inviteId = invite.text(0, 0);
            params.add(user.inviteId);
            conn->exec("INSERT INTO users (id, login, login_key, display_name, role, password_hash, created, "
                       "invite_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                       params);
            conn->exec("COMMIT");
            return user;
        } catch (const PgError& e) {
            try {
                conn->exec("ROLLBACK");
            } catch (...) {
            }
            if (e.sqlState == pg::kUniqueViolation) // another hub process added the login just now
                return core::Error::make("login_taken", "the login " + user.login + " is taken", "login");
            throw;
        } catch (...) {
            try {
                conn->exec("ROLLBACK");
            } catch (...) {
            }
            throw;
        }
    }

    std::int64_t revokeTokens(const std::string& userId) override
    {
        const Params params{userId};
        if (params.hasNul())
            return 0;
        return m_pool.acquire()->exec("DELETE FROM tokens WHERE user_id = $1", params).affected();
    }

    bool revokeToken(const std::string& tokenHash) override
    {
        const Params params{tokenHash};
        if (params.hasNul())
            return false;
        return m_pool.acquire()->exec("DELETE FROM tokens WHERE hash = $1", params).affected() > 0;
    }

    void setUserDisabled(const std::string& userId, bool disabled, core::Timestamp at) override
    {
        const Params params{userId};
        if (params.hasNul())
            return;
        inTransaction([&](PgConnection& conn) {
            if (disabled) {
                conn.exec(
                    "INSERT INTO disabled_users (user_id, since) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                    Params{userId}.add(core::toUnixMs(at)));
                conn.exec("DELETE FROM tokens WHERE user_id = $1", params);
            } else {
                conn.exec("DELETE FROM disabled_users WHERE user_id = $1", params);
            }
        });
    }

    bool isUserDisabled(const std::string& userId) override
    {
        const Params params{userId};
        if (params.hasNul())
            return false;
        return m_pool.acquire()->exec("SELECT 1 FROM disabled_users WHERE user_id = $1", params).rows() > 0;
    }

    CountedAttempt countLoginAttempt(const std::string& key, std::int64_t nowMs,
                                     const LoginCountRule& rule) override
    {
        const Params params{key};
        if (params.hasNul())
            throw StorageError("hub store: a login counter key holds a NUL character");
        purgeLoginCounters(nowMs, rule.windowMs);
        CountedAttempt attempt;
        inTransaction([&](PgConnection& conn) {
            // The row exists from here on, and its lock orders every process counting this key.
            // The transaction locks no other row, so counting never deadlocks.
            conn.exec("INSERT INTO login_counters (key, window_start, count, next_allowed) "
                      "VALUES ($1, $2, 0, 0) ON CONFLICT (key) DO NOTHING",
                      Params{key}.add(nowMs));
            const auto r = conn.exec(
                "SELECT window_start, count, next_allowed FROM login_counters WHERE key = $1 FOR UPDATE",
                params);
            const LoginCounter stored{r.int64(0, 0), r.int64(0, 1), r.int64(0, 2)};
            std::optional<LoginCounter> current;
            if (stored.count > 0)
                current = stored;
            attempt = countAttempt(current, nowMs, rule);
            if (attempt.counted)
                conn.exec("UPDATE login_counters SET window_start = $2, count = $3, next_allowed = $4 "
                          "WHERE key = $1",
                          Params{key}
                              .add(attempt.counter.windowStart)
                              .add(attempt.counter.count)
                              .add(attempt.counter.nextAllowed));
        });
        return attempt;
    }

    void clearLoginCounter(const std::string& key) override
    {
        const Params params{key};
        if (!params.hasNul())
            m_pool.acquire()->exec("DELETE FROM login_counters WHERE key = $1", params);
    }

    std::int64_t purgeLoginCounters(std::int64_t nowMs, std::int64_t windowMs) override
    {
        // Rows another process is counting right now are left for the next purge: it never waits.
        return m_pool.acquire()
            ->exec("DELETE FROM login_counters WHERE key IN (SELECT key FROM login_counters "
                   "WHERE window_start <= $1 AND next_allowed <= $2 FOR UPDATE SKIP LOCKED)",
                   Params().add(nowMs - windowMs).add(nowMs))
            .affected();
    }

    void recordBlob(const std::string& sha256, const std::string& userId, std::int64_t size,
                    core::Timestamp at) override
    {
        m_pool.acquire()->exec(
            "INSERT INTO blob_uploads (sha256, user_id, size, created) VALUES ($1, $2, $3, $4) "
            "ON CONFLICT (sha256) DO NOTHING",
            Params{sha256, userId}.add(size).add(core::toUnixMs(at)));
    }

    std::int64_t blobBytesOf(const std::string& userId) override
    {
        const Params params{userId};
        if (params.hasNul())
            return 0;
        return m_pool.acquire()
            ->exec("SELECT coalesce(sum(size), 0) FROM blob_uploads WHERE user_id = $1", params)
            .int64(0, 0);
    }

    std::vector<std::string> referencedBlobs() override
    {
        // An attachment's hub key is "<problem id>:<sha256>".
        const auto r = m_pool.acquire()->exec(
            "SELECT DISTINCT right(id, 64) FROM entities WHERE entity = 'attachment' AND NOT deleted");
        std::vector<std::string> out;
        out.reserve(static_cast<std::size_t>(r.rows()));
        for (int i = 0; i < r.rows(); ++i)
            out.push_back(r.text(i, 0));
        return out;
    }

    void forgetBlobs(const std::vector<std::string>& sha256s) override
    {
        if (!sha256s.empty())
            m_pool.acquire()->exec("DELETE FROM blob_uploads WHERE sha256 = ANY($1::text[])",
                                   {textArray(sha256s)});
    }

    std::vector<EntityState> problemsById(const std::vector<std::string>& ids) override
    {
        std::vector<std::string> wanted;
        for (const auto& id : ids)
            if (!Params{id}.hasNul())
                wanted.push_back(id);
        std::vector<EntityState> out;
        if (wanted.empty())
            return out;
        const auto r = m_pool.acquire()->exec(
            std::string(kEntityColumns) + "WHERE entity = 'problem' AND NOT deleted AND id = ANY($1::text[])",
            {textArray(wanted)});
        for (int i = 0; i < r.rows(); ++i)
            out.push_back(readEntity(r, i));
        return out;
    }

    std::vector<EntityState> findProblems(const ProblemFilter& filter) override
    {
        Params params;
        params.add(filter.createdFromMs).add(filter.createdToMs);
        std::string sql = "SELECT e.entity, e.id, e.owner_id, e.seq, e.deleted, e.fields, e.stamps "
                          "FROM problem_index p JOIN entities e ON e.entity = 'problem' AND e.id = p.id "
                          "WHERE (p.created BETWEEN $1 AND $2";
        sql += filter.withUndated ? " OR p.created IS NULL)" : ")";
        if (filter.closed) {
            params.add(std::string(*filter.closed ? "true" : "false"));
            sql += " AND p.closed = $" + std::to_string(params.values().size()) + "::boolean";
        }
        if (!filter.categories.empty()) {
            params.add(textArray(filter.categories));
            sql += " AND p.category = ANY($" + std::to_string(params.values().size()) + "::text[])";
        }
        params.add(static_cast<std::int64_t>(filter.limit));
        sql += " ORDER BY p.created DESC NULLS LAST, p.seq DESC LIMIT $" +
               std::to_string(params.values().size());
        if (params.hasNul())
            return {};
        const auto r = m_pool.acquire()->exec(sql, params);
        std::vector<EntityState> out;
        out.reserve(static_cast<std::size_t>(r.rows()));
        for (int i = 0; i < r.rows(); ++i)
            out.push_back(readEntity(r, i));
        return out;
    }

private:
    /// Runs `work` on one connection between BEGIN and COMMIT; rolls back when it throws.
    template <typename Work> void inTransaction(Work&& work)
    {
        auto conn = m_pool.acquire();
        conn->exec("BEGIN");
        try {
            work(*conn);
            const auto r = conn->exec("COMMIT");
            if (r.command() != "COMMIT")
                throw StorageError("hub store: the transaction was rolled back");
        } catch (...) {
            try {
                conn->exec("ROLLBACK");
            } catch (...) {
            }
            throw;
        }
    }

    std::optional<User> findUser(const char* column, const std::string& value)
    {
        const Params params{value};
        if (params.hasNul())
            return std::nullopt;
        const auto r =
            m_pool.acquire()->exec(std::string(kUserColumns) + "WHERE " + column + " = $1", params);
        if (r.rows() == 0)
            return std::nullopt;
        return readUser(r, 0);
    }

    static core::sync::HubHistory readHistory(PgConnection& conn)
    {
        const auto r = conn.exec("SELECT (SELECT value FROM meta WHERE key = 'epoch'), "
                                 "coalesce((SELECT value FROM meta WHERE key = 'epochs'), ''), last_seq "
                                 "FROM seq_counter");
        core::sync::HubHistory history;
        history.epoch = r.text(0, 0);
        history.lastSeq = r.int64(0, 2);
        history.epochs = parseEpochs(r.text(0, 1), history.epoch);
        return history;
    }

    /// A new epoch beginning at `history`'s last seq; the caller holds the seq_counter row.
    static core::sync::HubHistory rotate(PgConnection& conn, core::sync::HubHistory history)
    {
        history.epoch = core::newUuid();
        history.epochs = withEpoch(std::move(history.epochs), history.epoch, history.lastSeq);
        conn.exec("INSERT INTO meta (key, value) VALUES ('epoch', $1), ('epochs', $2) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                  Params{history.epoch, epochsText(history.epochs)});
        return history;
    }

    /// A pg_restore makes the hub's tables again, with new oids, while the `meta` it restores names
    /// the old ones: the history may have gone back to the backup's, so a new epoch begins (under
    /// the schema lock, so processes starting together take one between them).
    void checkTablesAreTheSame(PgConnection& conn)
    {
        const std::string tables = conn.exec("SELECT 'entities'::regclass::oid::text").text(0, 0);
        const auto recorded = conn.exec("SELECT value FROM meta WHERE key = 'tables_oid'");
        if (recorded.rows() > 0 && recorded.text(0, 0) != tables) {
            conn.exec("SELECT last_seq FROM seq_counter FOR UPDATE");
            const auto history = rotate(conn, readHistory(conn));
            m_openNote =
                "the hub's tables were made again since it last ran (restored from a backup?): new epoch " +
                history.epoch + " from seq " + std::to_string(history.lastSeq);
        }
        conn.exec("INSERT INTO meta (key, value) VALUES ('tables_oid', $1) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                  Params{tables});
    }

    PgPool m_pool;
    std::string m_openNote;
};

} // namespace

bool isPostgresUrl(std::string_view text)
{
    return text.rfind("postgresql://", 0) == 0 || text.rfind("postgres://", 0) == 0;
}

std::unique_ptr<HubStorage> openPostgresHubStorage(const std::string& url, int maxConnections)
{
    if (!isPostgresUrl(url))
        throw StorageError("expected a postgresql:// URL, got " + pg::redactedUrl(url));
    return std::make_unique<PostgresHubStorage>(url, maxConnections);
}

std::unique_ptr<HubStorage> openHubStorage(const HubConfig& config)
{
    if (!config.database.empty())
        return openPostgresHubStorage(config.database, config.maxThreads);
    return openSqliteHubStorage(config.storePath());
}

} // namespace balgul::hub
