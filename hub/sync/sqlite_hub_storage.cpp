// The embedded SQLite hub store: one writing connection guarded by a mutex (SQLite serialises
// writers anyway), WAL with synchronous=FULL so a commit is durable before the hub answers, and a
// pool of reading connections so pulls and token checks never wait for a push (WAL readers see the
// last commit and do not block the writer). The WAL is checkpointed by a background thread with its
// own connection, not inside a push's commit.
//
// The connections are in sqlite_hub_connection.h, the write transaction in sqlite_hub_transaction.cpp
// and the tables in sqlite_hub_schema.cpp.

#include "hub/sync/hub_storage.h"
#include "hub/sync/sqlite_hub_connection.h"
#include "hub/sync/sqlite_hub_schema.h"
#include "hub/sync/sqlite_hub_transaction.h"

#include "core/store/database.h"
#include "core/util/ids.h"

#include <sqlite3.h>

#include <algorithm>
#include <mutex>
#include <optional>
#include <vector>

namespace balgul::hub {

namespace {

using core::Database;
using core::SqlError;
using core::Statement;
using sqlite::Checkpointer;
using sqlite::kEntityColumns;
using sqlite::readEntity;
using sqlite::ReaderPool;
using sqlite::StatementCache;
using sqlite::tune;
using sqlite::wrap;

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
            sqlite::ensureSchema(m_db, m_cache, path);
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
            return sqlite::beginTransaction(m_db, m_mutex, m_cache);
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
