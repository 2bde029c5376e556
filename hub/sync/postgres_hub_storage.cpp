// The PostgreSQL hub store. Request threads share a small pool of connections.
// Every connection runs with synchronous_commit = on: COMMIT returns once the WAL is flushed.
//
// The write transaction, and how it keeps the no-gap rule across hub processes, is in
// postgres_hub_transaction.cpp; the tables are in postgres_hub_schema.cpp.

#include "hub/sync/postgres_hub_storage.h"

#include "hub/db/pg_connection.h"
#include "hub/sync/postgres_hub_schema.h"
#include "hub/sync/postgres_hub_transaction.h"

#include "core/util/ids.h"

namespace balgul::hub {

namespace {

using pg::kEntityColumns;
using pg::Params;
using pg::PgConnection;
using pg::PgError;
using pg::PgPool;
using pg::PgResult;
using pg::readEntity;
using pg::textArray;

std::string loginKey(std::string login)
{
    for (char& c : login)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return login;
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

class PostgresHubStorage final : public HubStorage
{
public:
    PostgresHubStorage(const std::string& url, int maxConnections) : m_pool(url, maxConnections)
    {
        auto conn = m_pool.acquire();
        conn->exec("BEGIN");
        try {
            pg::ensureSchema(*conn, url);
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

    std::unique_ptr<HubTransaction> begin() override { return pg::beginTransaction(m_pool.acquire()); }

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
