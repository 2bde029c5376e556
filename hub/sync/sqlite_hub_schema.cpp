#include "hub/sync/sqlite_hub_schema.h"

#include "hub/sync/sqlite_hub_transaction.h"

#include "core/util/ids.h"

namespace balgul::hub::sqlite {

namespace {

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

/// Makes the problem index when the store has none yet and fills it from the live problems,
/// a page at a time, in one transaction.
void ensureProblemIndex(Database& db, StatementCache& cache)
{
    auto exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'problem_index'");
    if (exists.step())
        return;
    core::Transaction tx(db);
    db.exec(kProblemIndexSchema);
    std::int64_t after = 0;
    for (bool more = true; more;) {
        auto page =
            db.prepare(std::string(kEntityColumns) +
                       "WHERE entity = 'problem' AND deleted = 0 AND seq > ? ORDER BY seq LIMIT 1000");
        page.bind(1, after);
        more = false;
        while (page.step()) {
            const EntityState state = readEntity(page);
            after = state.seq;
            indexProblem(cache, state);
            more = true;
        }
    }
    tx.commit();
}

} // namespace

void ensureSchema(Database& db, StatementCache& cache, const std::string& path)
{
    auto version = db.prepare("PRAGMA user_version");
    version.step();
    const int current = version.integer(0);
    if (current > kSchemaVersion)
        throw StorageError("the hub store " + path + " was made by a newer balgul-hub");
    if (current < kSchemaVersion) {
        core::Transaction tx(db);
        if (current == 0) {
            db.exec(kSchema);
            auto meta = db.prepare("INSERT INTO meta (key, value) VALUES ('epoch', ?), ('last_seq', '0')");
            meta.bind(1, core::newUuid());
            meta.run();
        }
        if (current < 2)
            db.exec(kInvitesSchema);
        if (current < 3)
            db.exec(kUserInviteSchema);
        db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
        tx.commit();
    }
    db.exec(kAccessTables);
    db.exec(kChildIndex);
    ensureProblemIndex(db, cache);
}

} // namespace balgul::hub::sqlite
