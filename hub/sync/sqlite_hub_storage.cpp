// The embedded SQLite hub store: one writing connection guarded by a mutex (SQLite serialises
// writers anyway), WAL with synchronous=FULL so a commit is durable before the hub answers, and a
// pool of reading connections so pulls and token checks never wait for a push (WAL readers see the
// last commit and do not block the writer). The WAL is checkpointed by a background thread with its
// own connection, not inside a push's commit.

#include "hub/sync/hub_storage.h"

#include "core/store/database.h"
#include "core/util/ids.h"

#include <Poco/JSON/Array.h>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace balgul::hub {

namespace {

using core::Database;
using core::SqlError;
using core::Statement;

constexpr int kSchemaVersion = 3;

constexpr const char* kSchema = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    login TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created INTEGER NOT NULL);
CREATE TABLE tokens (
    hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    expires INTEGER NOT NULL);
CREATE TABLE entities (
    entity TEXT NOT NULL,
    id TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    seq INTEGER NOT NULL UNIQUE,
    deleted INTEGER NOT NULL DEFAULT 0,
    fields TEXT NOT NULL,
    stamps TEXT NOT NULL,
    PRIMARY KEY (entity, id)) WITHOUT ROWID;
CREATE TABLE ops (
    op_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    client_id TEXT NOT NULL,
    result TEXT NOT NULL) WITHOUT ROWID;
)sql";

/// Version 2: invite codes.
constexpr const char* kInvitesSchema = R"sql(
CREATE TABLE invites (
    id TEXT PRIMARY KEY,
    code_hash TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    uses_left INTEGER NOT NULL,
    expires INTEGER NOT NULL,
    created INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '');
)sql";

/// Version 3: the invite each account registered with.
constexpr const char* kUserInviteSchema = "ALTER TABLE users ADD COLUMN invite_id TEXT NOT NULL DEFAULT ''";

/// Sessions, login counters and blob accounting. Created when missing at every open, so the
/// tables come to an existing store whatever its schema version.
constexpr const char* kAccessTables = R"sql(
CREATE TABLE IF NOT EXISTS disabled_users (
    user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    since INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS login_counters (
    key TEXT PRIMARY KEY,
    window_start INTEGER NOT NULL,
    count INTEGER NOT NULL,
    next_allowed INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS login_counters_window ON login_counters (window_start);
CREATE INDEX IF NOT EXISTS tokens_user ON tokens (user_id);
CREATE TABLE IF NOT EXISTS blob_uploads (
    sha256 TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    size INTEGER NOT NULL,
    created INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS blob_uploads_user ON blob_uploads (user_id);
)sql";

/// The comments of a problem, for a merge to move (liveChildren; a support's key names its problem
/// already). Made when missing at every open.
constexpr const char* kChildIndex =
    "CREATE INDEX IF NOT EXISTS entities_comment_problem ON entities (json_extract(fields, '$.problem_id')) "
    "WHERE entity = 'comment'";

Invite readInvite(const Statement& st)
{
    Invite i;
    i.id = st.text(0);
    i.codeHash = st.text(1);
    i.role = roleFromString(st.text(2)).value_or(Role::Citizen);
    i.usesLeft = static_cast<int>(st.int64(3));
    i.expires = core::fromUnixMs(st.int64(4));
    i.created = core::fromUnixMs(st.int64(5));
    i.note = st.text(6);
    return i;
}

constexpr const char* kInviteColumns =
    "SELECT id, code_hash, role, uses_left, expires, created, note FROM invites ";

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

constexpr const char* kEntityColumns =
    "SELECT entity, id, owner_id, seq, deleted, fields, stamps FROM entities ";

/// The live problems a listing filters and sorts (findProblems). Made, and filled from the stored
/// problems, when missing at open: the index comes to an existing store whatever its version.
constexpr const char* kProblemIndexSchema = R"sql(
CREATE TABLE problem_index (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    category TEXT NOT NULL,
    closed INTEGER NOT NULL,
    created INTEGER) WITHOUT ROWID;
CREATE INDEX problem_index_newest ON problem_index (created DESC, seq DESC);
)sql";

User readUser(const Statement& st)
{
    User u;
    u.id = st.text(0);
    u.login = st.text(1);
    u.displayName = st.text(2);
    u.role = roleFromString(st.text(3)).value_or(Role::Citizen);
    u.passwordHash = st.text(4);
    u.created = core::fromUnixMs(st.int64(5));
    u.inviteId = st.text(6);
    return u;
}

constexpr const char* kUserColumns =
    "SELECT id, login, display_name, role, password_hash, created, invite_id FROM users ";

StorageError wrap(const SqlError& e)
{
    return StorageError("hub store: " + e.message + " (SQLite " + std::to_string(e.code) + ")");
}

/// The page cache of one connection: the hub's working set stays in memory instead of being read
/// back through the OS page by page. The writer also maps the file; a reader does not: in WAL mode
/// a reader drops its mapping at every read that follows another connection's commit, and mapping
/// it again (page faults, the other cores' TLBs flushed) cost a token check more than its query.
void tune(Database& db, bool map)
{
    db.exec("PRAGMA cache_size = -65536"); // 64 MiB
    db.exec(map ? "PRAGMA mmap_size = 1073741824" : "PRAGMA mmap_size = 0");
    db.exec("PRAGMA temp_store = MEMORY");
}

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

/// Keeps the problem index up with a problem just saved (a deleted problem leaves it).
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
            // names its problem in its fields: the partial index on them (kChildIndex).
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

    Lease acquire()
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

private:
    void release(std::unique_ptr<Reader> reader)
    {
        if (!reader)
            return;
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(reader));
    }

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
    explicit Checkpointer(const std::string& path)
    {
        m_db.open(path, false);
        // A connection learns that the file is in WAL mode when it first reads it; until then a
        // checkpoint call succeeds without doing anything.
        m_db.exec("SELECT count(*) FROM sqlite_master");
        // Never wait: a RESTART that waited for readers would hold back every push meanwhile.
        sqlite3_busy_timeout(m_db.handle(), 0);
        m_thread = std::thread([this] { run(); });
    }

    ~Checkpointer()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
        checkpoint(SQLITE_CHECKPOINT_TRUNCATE);
    }

    Checkpointer(const Checkpointer&) = delete;
    Checkpointer& operator=(const Checkpointer&) = delete;

private:
    static constexpr int kRestartFrames = 16384; ///< 64 MiB of 4 KiB pages

    void run()
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

    /// The frames in the log, or -1 when the checkpoint could not run (it is retried later).
    int checkpoint(int mode)
    {
        int logFrames = 0;
        int done = 0;
        const int rc = sqlite3_wal_checkpoint_v2(m_db.handle(), nullptr, mode, &logFrames, &done);
        return rc == SQLITE_OK ? logFrames : -1;
    }

    Database m_db;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

class SqliteHubStorage final : public HubStorage
{
public:
    explicit SqliteHubStorage(const std::string& path)
    {
        try {
            m_db.open(path, true);
            m_db.exec("PRAGMA journal_mode = WAL");
            m_db.exec("PRAGMA synchronous = FULL");
            m_db.exec("PRAGMA foreign_keys = ON");
            m_db.exec("PRAGMA wal_autocheckpoint = 0"); // the checkpointer's job
            tune(m_db, true);
            auto version = m_db.prepare("PRAGMA user_version");
            version.step();
            const int current = version.integer(0);
            if (current > kSchemaVersion)
                throw StorageError("the hub store " + path + " was made by a newer balgul-hub");
            if (current < kSchemaVersion) {
                core::Transaction tx(m_db);
                if (current == 0) {
                    m_db.exec(kSchema);
                    auto meta =
                        m_db.prepare("INSERT INTO meta (key, value) VALUES ('epoch', ?), ('last_seq', '0')");
                    meta.bind(1, core::newUuid());
                    meta.run();
                }
                if (current < 2)
                    m_db.exec(kInvitesSchema);
                if (current < 3)
                    m_db.exec(kUserInviteSchema);
                m_db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
                tx.commit();
            }
            m_db.exec(kAccessTables);
            m_db.exec(kChildIndex);
            ensureProblemIndex();
            m_readers = std::make_unique<ReaderPool>(path);
            m_checkpointer = std::make_unique<Checkpointer>(path);
        } catch (const SqlError& e) {
            throw StorageError("cannot open the hub store " + path + ": " + e.message);
        }
    }

    core::sync::HubHistory head() override
    {
        auto reader = m_readers->acquire();
        try {
            core::sync::HubHistory head;
            auto st = reader->cache.get("SELECT key, value FROM meta WHERE key IN ('epoch', 'last_seq')");
            while (st->step()) {
                if (st->text(0) == "epoch")
                    head.epoch = st->text(1);
                else
                    head.lastSeq = st->int64(1);
            }
            if (head.epoch.empty())
                throw StorageError("hub store: meta value missing: epoch");
            return head;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    core::sync::HubHistory history() override
    {
        auto reader = m_readers->acquire();
        return readHistory(reader->db);
    }

    core::sync::HubHistory takeNewEpoch(const std::string& expected) override
    {
        std::lock_guard lock(m_mutex);
        try {
            core::Transaction tx(m_db);
            auto history = readHistory(m_db);
            if (!expected.empty() && history.epoch != expected)
                return history;
            history.epoch = core::newUuid();
            history.epochs = withEpoch(std::move(history.epochs), history.epoch, history.lastSeq);
            auto st = m_db.prepare("INSERT INTO meta (key, value) VALUES ('epoch', ?1), ('epochs', ?2) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
            st.bind(1, history.epoch).bind(2, epochsText(history.epochs));
            st.run();
            tx.commit();
            return history;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::unique_ptr<HubTransaction> begin() override
    {
        try {
            return std::make_unique<SqliteTransaction>(m_db, m_mutex, m_cache);
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::vector<EntityState> changesSince(std::int64_t since, std::size_t limit) override
    {
        auto reader = m_readers->acquire();
        try {
            std::vector<EntityState> out;
            auto st = reader->cache.get(std::string(kEntityColumns) + "WHERE seq > ? ORDER BY seq LIMIT ?");
            st->bind(1, since).bind(2, static_cast<std::int64_t>(limit));
            while (st->step())
                out.push_back(readEntity(*st));
            return out;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::vector<StoredRow> rowsSince(std::int64_t since, std::size_t limit) override
    {
        auto reader = m_readers->acquire();
        try {
            std::vector<StoredRow> out;
            out.reserve(std::min<std::size_t>(limit, 1024));
            auto st = reader->cache.get("SELECT entity, id, owner_id, seq, deleted, fields FROM entities "
                                        "WHERE seq > ? ORDER BY seq LIMIT ?");
            st->bind(1, since).bind(2, static_cast<std::int64_t>(limit));
            while (st->step()) {
                StoredRow row;
                row.entity = st->text(0);
                row.id = st->text(1);
                row.ownerId = st->text(2);
                row.seq = st->int64(3);
                row.deleted = st->int64(4) != 0;
                row.fieldsJson = st->text(5);
                out.push_back(std::move(row));
            }
            return out;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::int64_t countSince(std::int64_t since) override
    {
        auto reader = m_readers->acquire();
        try {
            auto st = reader->cache.get("SELECT count(*) FROM entities WHERE seq > ?");
            st->bind(1, since);
            st->step();
            return st->int64(0);
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::int64_t lastSeq() override
    {
        auto reader = m_readers->acquire();
        return std::stoll(metaValue(reader->db, "last_seq"));
    }

    core::Result<User> addUser(const User& user) override
    {
        std::lock_guard lock(m_mutex);
        try {
            return insertUser(user);
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    core::Status updateUser(const User& user) override
    {
        std::lock_guard lock(m_mutex);
        try {
            auto st =
                m_db.prepare("UPDATE users SET display_name = ?, role = ?, password_hash = ? WHERE id = ?");
            st.bind(1, user.displayName)
                .bind(2, toString(user.role))
                .bind(3, user.passwordHash)
                .bind(4, user.id);
            st.run();
            if (m_db.changes() == 0)
                return core::Error::make("not_found", "no user " + user.login, "login");
            return {};
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::optional<User> userByLogin(const std::string& login) override { return findUser("login", login); }
    std::optional<User> userById(const std::string& id) override { return findUser("id", id); }

    std::vector<User> users() override
    {
        auto reader = m_readers->acquire();
        try {
            std::vector<User> out;
            auto st = reader->db.prepare(std::string(kUserColumns) + "ORDER BY login");
            while (st.step())
                out.push_back(readUser(st));
            return out;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    void addToken(const std::string& tokenHash, const std::string& userId, core::Timestamp expires) override
    {
        std::lock_guard lock(m_mutex);
        try {
            auto purge = m_db.prepare("DELETE FROM tokens WHERE expires <= ?");
            purge.bind(1, core::toUnixMs(core::now()));
            purge.run();
            auto st = m_db.prepare("INSERT INTO tokens (hash, user_id, expires) VALUES (?, ?, ?)");
            st.bind(1, tokenHash).bind(2, userId).bind(3, core::toUnixMs(expires));
            st.run();
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::optional<User> userForToken(const std::string& tokenHash, core::Timestamp at) override
    {
        auto reader = m_readers->acquire();
        try {
            auto st = reader->cache.get(
                "SELECT u.id, u.login, u.display_name, u.role, u.password_hash, u.created, u.invite_id "
                "FROM tokens t JOIN users u ON u.id = t.user_id "
                "WHERE t.hash = ? AND t.expires > ?");
            st->bind(1, tokenHash).bind(2, core::toUnixMs(at));
            if (!st->step())
                return std::nullopt;
            return readUser(*st);
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    void addInvite(const Invite& invite) override
    {
        std::lock_guard lock(m_mutex);
        try {
            auto st =
                m_db.prepare("INSERT INTO invites (id, code_hash, role, uses_left, expires, created, note) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)");
            st.bind(1, invite.id).bind(2, invite.codeHash).bind(3, toString(invite.role));
            st.bind(4, static_cast<std::int64_t>(invite.usesLeft)).bind(5, core::toUnixMs(invite.expires));
            st.bind(6, core::toUnixMs(invite.created)).bind(7, invite.note);
            st.run();
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::vector<Invite> invites() override
    {
        auto reader = m_readers->acquire();
        try {
            std::vector<Invite> out;
            auto st = reader->db.prepare(std::string(kInviteColumns) + "ORDER BY created DESC, id");
            while (st.step())
                out.push_back(readInvite(st));
            return out;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    bool revokeInvite(const std::string& id) override
    {
        std::lock_guard lock(m_mutex);
        try {
            auto st = m_db.prepare("UPDATE invites SET uses_left = 0 WHERE id = ?");
            st.bind(1, id);
            st.run();
            return m_db.changes() > 0;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    core::Result<User> addUserWithInvite(User user, const std::string& codeHash, core::Timestamp at) override
    {
        std::lock_guard lock(m_mutex);
        try {
            core::Transaction tx(m_db);
            auto invite = m_db.prepare("SELECT id, role FROM invites WHERE code_hash = ? AND uses_left > 0 "
                                       "AND expires > ?");
            invite.bind(1, codeHash).bind(2, core::toUnixMs(at));
            if (!invite.step())
                return invalidInvite();
            const std::string inviteId = invite.text(0);
            user.role = roleFromString(invite.text(1)).value_or(Role::Citizen);
            user.inviteId = inviteId;
            auto added = insertUser(user);
            if (!added)
                return added; // the rollback keeps the invite's use
            auto use = m_db.prepare("UPDATE invites SET uses_left = uses_left - 1 WHERE id = ?");
            use.bind(1, inviteId);
            use.run();
            tx.commit();
            return added;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::int64_t revokeTokens(const std::string& userId) override
    {
        std::lock_guard lock(m_mutex);
        try {
            auto st = m_db.prepare("DELETE FROM tokens WHERE user_id = ?");
            st.bind(1, userId);
            st.run();
            return m_db.changes();
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    bool revokeToken(const std::string& tokenHash) override
    {
        std::lock_guard lock(m_mutex);
        try {
            auto st = m_db.prepare("DELETE FROM tokens WHERE hash = ?");
            st.bind(1, tokenHash);
            st.run();
            return m_db.changes() > 0;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    void setUserDisabled(const std::string& userId, bool disabled, core::Timestamp at) override
    {
        std::lock_guard lock(m_mutex);
        try {
            core::Transaction tx(m_db);
            if (disabled) {
                auto mark =
                    m_db.prepare("INSERT OR IGNORE INTO disabled_users (user_id, since) VALUES (?, ?)");
                mark.bind(1, userId).bind(2, core::toUnixMs(at));
                mark.run();
                auto revoke = m_db.prepare("DELETE FROM tokens WHERE user_id = ?");
                revoke.bind(1, userId);
                revoke.run();
            } else {
                auto unmark = m_db.prepare("DELETE FROM disabled_users WHERE user_id = ?");
                unmark.bind(1, userId);
                unmark.run();
            }
            tx.commit();
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    bool isUserDisabled(const std::string& userId) override
    {
        auto reader = m_readers->acquire();
        try {
            auto st = reader->cache.get("SELECT 1 FROM disabled_users WHERE user_id = ?");
            st->bind(1, userId);
            return st->step();
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    CountedAttempt countLoginAttempt(const std::string& key, std::int64_t nowMs,
                                     const LoginCountRule& rule) override
    {
        std::lock_guard lock(m_mutex);
        try {
            // The write lock (BEGIN IMMEDIATE) orders the read and write against other processes.
            core::Transaction tx(m_db);
            auto purge =
                m_cache.get("DELETE FROM login_counters WHERE window_start <= ? AND next_allowed <= ?");
            purge->bind(1, nowMs - rule.windowMs).bind(2, nowMs);
            purge->run();
            std::optional<LoginCounter> current;
            {
                auto read =
                    m_cache.get("SELECT window_start, count, next_allowed FROM login_counters WHERE key = ?");
                read->bind(1, key);
                if (read->step())
                    current = LoginCounter{read->int64(0), read->int64(1), read->int64(2)};
            }
            const CountedAttempt attempt = countAttempt(current, nowMs, rule);
            if (attempt.counted) {
                auto write = m_cache.get("INSERT OR REPLACE INTO login_counters "
                                         "(key, window_start, count, next_allowed) VALUES (?, ?, ?, ?)");
                write->bind(1, key)
                    .bind(2, attempt.counter.windowStart)
                    .bind(3, attempt.counter.count)
                    .bind(4, attempt.counter.nextAllowed);
                write->run();
            }
            tx.commit();
            return attempt;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    void clearLoginCounter(const std::string& key) override
    {
        std::lock_guard lock(m_mutex);
        try {
            auto st = m_cache.get("DELETE FROM login_counters WHERE key = ?");
            st->bind(1, key);
            st->run();
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::int64_t purgeLoginCounters(std::int64_t nowMs, std::int64_t windowMs) override
    {
        std::lock_guard lock(m_mutex);
        try {
            auto st = m_cache.get("DELETE FROM login_counters WHERE window_start <= ? AND next_allowed <= ?");
            st->bind(1, nowMs - windowMs).bind(2, nowMs);
            st->run();
            return m_db.changes();
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    void recordBlob(const std::string& sha256, const std::string& userId, std::int64_t size,
                    core::Timestamp at) override
    {
        std::lock_guard lock(m_mutex);
        try {
            auto st = m_db.prepare(
                "INSERT OR IGNORE INTO blob_uploads (sha256, user_id, size, created) VALUES (?, ?, ?, ?)");
            st.bind(1, sha256).bind(2, userId).bind(3, size).bind(4, core::toUnixMs(at));
            st.run();
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::int64_t blobBytesOf(const std::string& userId) override
    {
        auto reader = m_readers->acquire();
        try {
            auto st = reader->cache.get("SELECT coalesce(sum(size), 0) FROM blob_uploads WHERE user_id = ?");
            st->bind(1, userId);
            st->step();
            return st->int64(0);
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::vector<std::string> referencedBlobs() override
    {
        auto reader = m_readers->acquire();
        try {
            // An attachment's hub key is "<problem id>:<sha256>".
            std::vector<std::string> out;
            auto st = reader->db.prepare(
                "SELECT DISTINCT substr(id, -64) FROM entities WHERE entity = 'attachment' AND deleted = 0");
            while (st.step())
                out.push_back(st.text(0));
            return out;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    void forgetBlobs(const std::vector<std::string>& sha256s) override
    {
        if (sha256s.empty())
            return;
        std::lock_guard lock(m_mutex);
        try {
            core::Transaction tx(m_db);
            auto st = m_db.prepare("DELETE FROM blob_uploads WHERE sha256 = ?");
            for (const std::string& sha : sha256s) {
                st.bind(1, sha);
                st.run();
                st.reset();
            }
            tx.commit();
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::vector<EntityState> problemsById(const std::vector<std::string>& ids) override
    {
        auto reader = m_readers->acquire();
        try {
            std::vector<EntityState> out;
            auto st = reader->cache.get(std::string(kEntityColumns) +
                                        "WHERE entity = 'problem' AND id = ? AND deleted = 0");
            for (const auto& id : ids) {
                sqlite3_reset(st->handle());
                st->bind(1, id);
                if (st->step())
                    out.push_back(readEntity(*st));
            }
            return out;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::vector<EntityState> findProblems(const ProblemFilter& filter) override
    {
        std::string sql = "SELECT e.entity, e.id, e.owner_id, e.seq, e.deleted, e.fields, e.stamps "
                          "FROM problem_index p JOIN entities e ON e.entity = 'problem' AND e.id = p.id "
                          "WHERE (p.created BETWEEN ? AND ?";
        sql += filter.withUndated ? " OR p.created IS NULL)" : ")";
        if (filter.closed)
            sql += " AND p.closed = ?";
        if (!filter.categories.empty()) {
            sql += " AND p.category IN (?";
            for (std::size_t i = 1; i < filter.categories.size(); ++i)
                sql += ", ?";
            sql += ")";
        }
        sql += " ORDER BY p.created DESC, p.seq DESC LIMIT ?";
        auto reader = m_readers->acquire();
        try {
            auto st = reader->cache.get(sql);
            st->bind(1, filter.createdFromMs).bind(2, filter.createdToMs);
            int n = 3;
            if (filter.closed)
                st->bind(n++, *filter.closed ? 1 : 0);
            for (const auto& category : filter.categories)
                st->bind(n++, category);
            st->bind(n, static_cast<std::int64_t>(filter.limit));
            std::vector<EntityState> out;
            while (st->step())
                out.push_back(readEntity(*st));
            return out;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

private:
    /// Makes the problem index when the store has none yet and fills it from the live problems,
    /// a page at a time, in one transaction.
    void ensureProblemIndex()
    {
        auto exists =
            m_db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'problem_index'");
        if (exists.step())
            return;
        core::Transaction tx(m_db);
        m_db.exec(kProblemIndexSchema);
        std::int64_t after = 0;
        for (bool more = true; more;) {
            auto page =
                m_db.prepare(std::string(kEntityColumns) +
                             "WHERE entity = 'problem' AND deleted = 0 AND seq > ? ORDER BY seq LIMIT 1000");
            page.bind(1, after);
            more = false;
            while (page.step()) {
                const EntityState state = readEntity(page);
                after = state.seq;
                indexProblem(m_cache, state);
                more = true;
            }
        }
        tx.commit();
    }

    /// Adds a user on the writing connection (the caller holds the mutex); `login_taken` when the
    /// login exists, case-insensitively.
    core::Result<User> insertUser(const User& user)
    {
        auto exists = m_db.prepare("SELECT 1 FROM users WHERE login = ?");
        exists.bind(1, user.login);
        if (exists.step())
            return core::Error::make("login_taken", "the login " + user.login + " is taken", "login");
        auto st = m_db.prepare("INSERT INTO users (id, login, display_name, role, password_hash, created, "
                               "invite_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, user.id).bind(2, user.login).bind(3, user.displayName).bind(4, toString(user.role));
        st.bind(5, user.passwordHash).bind(6, core::toUnixMs(user.created)).bind(7, user.inviteId);
        st.run();
        return user;
    }

    static core::sync::HubHistory readHistory(Database& db)
    {
        core::sync::HubHistory history;
        history.epoch = metaValue(db, "epoch");
        history.lastSeq = std::stoll(metaValue(db, "last_seq"));
        try {
            auto st = db.prepare("SELECT value FROM meta WHERE key = 'epochs'");
            history.epochs = parseEpochs(st.step() ? st.text(0) : std::string(), history.epoch);
        } catch (const SqlError& e) {
            throw wrap(e);
        }
        return history;
    }

    static std::string metaValue(Database& db, const char* key)
    {
        try {
            auto st = db.prepare("SELECT value FROM meta WHERE key = ?");
            st.bind(1, key);
            if (!st.step())
                throw StorageError(std::string("hub store: meta value missing: ") + key);
            return st.text(0);
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::optional<User> findUser(const char* column, const std::string& value)
    {
        auto reader = m_readers->acquire();
        try {
            auto st = reader->db.prepare(std::string(kUserColumns) + "WHERE " + column + " = ?");
            st.bind(1, value);
            if (!st.step())
                return std::nullopt;
            return readUser(st);
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::mutex m_mutex;
    Database m_db;
    StatementCache m_cache{m_db}; ///< after m_db: its statements are finalised before the connection closes
    std::unique_ptr<ReaderPool> m_readers;
    std::unique_ptr<Checkpointer> m_checkpointer; ///< last: stops (and truncates the log) first
};

} // namespace

std::unique_ptr<HubStorage> openSqliteHubStorage(const std::string& path)
{
    return std::make_unique<SqliteHubStorage>(path);
}

} // namespace balgul::hub
