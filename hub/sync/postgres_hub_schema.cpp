#include "hub/sync/postgres_hub_schema.h"

#include "hub/sync/postgres_hub_transaction.h"

#include "core/util/ids.h"

#include <map>

namespace balgul::hub::pg {

namespace {

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

} // namespace

void ensureSchema(PgConnection& conn, const std::string& url)
{
    // Hubs starting together on an empty database make the schema once.
    conn.exec("SELECT pg_advisory_xact_lock(" + std::string(kSchemaLockKey) + ")");
    if (!conn.exec("SELECT to_regclass('meta') IS NOT NULL").boolean(0, 0)) {
        for (const char* statement : kSchema)
            conn.exec(statement);
        conn.exec("INSERT INTO meta (key, value) VALUES ('epoch', $1), ('schema_version', '1')",
                  Params{core::newUuid()});
        conn.exec("INSERT INTO seq_counter (last_seq) VALUES (0)");
    }
    const auto version = conn.exec("SELECT value FROM meta WHERE key = 'schema_version'");
    if (version.rows() == 0)
        throw StorageError("the database " + pg::redactedUrl(url) +
                           " has a table `meta` that is not a balgul-hub store");
    const std::int64_t current = std::stoll(version.text(0, 0));
    if (current > kSchemaVersion)
        throw StorageError("the hub store " + pg::redactedUrl(url) + " was made by a newer balgul-hub");
    if (current < 2)
        conn.exec(kInvitesSchema);
    if (current < 3)
        conn.exec(kUserInviteSchema);
    if (current < kSchemaVersion)
        conn.exec("UPDATE meta SET value = $1 WHERE key = 'schema_version'",
                  Params{std::to_string(kSchemaVersion)});
    for (const char* statement : kAccessTables)
        conn.exec(statement);
    conn.exec(kChildIndex);
    ensureProblemIndex(conn);
}

} // namespace balgul::hub::pg
