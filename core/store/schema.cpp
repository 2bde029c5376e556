#include "core/store/schema.h"

#include <array>

namespace balgul::core {

namespace {

// Version 1: problems with their search and map indexes, comments, supports,
// content-addressed attachments, the outbox and sync state.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE categories (
    code     TEXT PRIMARY KEY,
    name_en  TEXT NOT NULL,
    name_ko  TEXT NOT NULL,
    color    INTEGER NOT NULL,
    position INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE problems (
    rowid       INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    category    TEXT NOT NULL REFERENCES categories(code),
    status      INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 4),
    lat         REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon         REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
    address     TEXT NOT NULL DEFAULT '',
    author      TEXT NOT NULL DEFAULT '',
    created     INTEGER NOT NULL,
    updated     INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    version     INTEGER NOT NULL DEFAULT 0
);
-- Covers the map's full read (Store::allPoints) without touching the wide rows.
CREATE INDEX problems_point ON problems (deleted, lat, lon, category, status);
CREATE INDEX problems_updated ON problems (updated);

CREATE VIRTUAL TABLE problem_rtree USING rtree (id, min_lat, max_lat, min_lon, max_lon);

-- What the search index sees: each text with two trailing spaces, so every character of it
-- starts a trigram and one- or two-character searches can use the index (Store::searchRowids).
CREATE VIEW problem_search_text AS
    SELECT rowid, title || '  ' AS title, description || '  ' AS description, address || '  ' AS address
    FROM problems;
CREATE VIRTUAL TABLE problem_fts USING fts5 (
    title, description, address,
    content = 'problem_search_text', content_rowid = 'rowid', tokenize = 'trigram');
CREATE VIRTUAL TABLE problem_fts_terms USING fts5vocab (problem_fts, 'row');

CREATE TRIGGER problems_after_insert AFTER INSERT ON problems BEGIN
    INSERT INTO problem_fts (rowid, title, description, address)
        VALUES (new.rowid, new.title || '  ', new.description || '  ', new.address || '  ');
    INSERT INTO problem_rtree VALUES (new.rowid, new.lat, new.lat, new.lon, new.lon);
END;
CREATE TRIGGER problems_after_delete AFTER DELETE ON problems BEGIN
    INSERT INTO problem_fts (problem_fts, rowid, title, description, address)
        VALUES ('delete', old.rowid, old.title || '  ', old.description || '  ', old.address || '  ');
    DELETE FROM problem_rtree WHERE id = old.rowid;
END;
CREATE TRIGGER problems_after_text_update AFTER UPDATE OF title, description, address ON problems BEGIN
    INSERT INTO problem_fts (problem_fts, rowid, title, description, address)
        VALUES ('delete', old.rowid, old.title || '  ', old.description || '  ', old.address || '  ');
    INSERT INTO problem_fts (rowid, title, description, address)
        VALUES (new.rowid, new.title || '  ', new.description || '  ', new.address || '  ');
END;
CREATE TRIGGER problems_after_move AFTER UPDATE OF lat, lon ON problems BEGIN
    UPDATE problem_rtree SET min_lat = new.lat, max_lat = new.lat, min_lon = new.lon, max_lon = new.lon
        WHERE id = new.rowid;
END;

CREATE TABLE comments (
    rowid      INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    problem_id TEXT NOT NULL REFERENCES problems(id) ON DELETE CASCADE,
    author     TEXT NOT NULL,
    text       TEXT NOT NULL,
    created    INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX comments_problem ON comments (problem_id, created);

CREATE TABLE supports (
    problem_id TEXT NOT NULL REFERENCES problems(id) ON DELETE CASCADE,
    user       TEXT NOT NULL,
    created    INTEGER NOT NULL,
    PRIMARY KEY (problem_id, user)
) WITHOUT ROWID;

CREATE TABLE blobs (
    sha256  TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size    INTEGER NOT NULL,
    mime    TEXT NOT NULL,
    created INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE attachments (
    problem_id TEXT NOT NULL REFERENCES problems(id) ON DELETE CASCADE,
    sha256     TEXT NOT NULL REFERENCES blobs(sha256),
    file_name  TEXT NOT NULL,
    added      INTEGER NOT NULL,
    PRIMARY KEY (problem_id, sha256)
) WITHOUT ROWID;

CREATE TABLE outbox (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id     TEXT NOT NULL UNIQUE,
    kind      TEXT NOT NULL CHECK (kind IN ('upsert', 'delete')),
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    fields    TEXT NOT NULL,
    created   INTEGER NOT NULL
);

CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
)sql";

// Version 2: sync with a hub. The outbox records the hub version each op was made from and
// whether it was ever sent; per-entity hub versions and rejections, per-field conflicts,
// pulled entities whose problem has not arrived yet, and the hub's owner of each support.
constexpr std::string_view kVersion2 = R"sql(
ALTER TABLE outbox ADD COLUMN base_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN problem_id TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN sync_key TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN sent INTEGER NOT NULL DEFAULT 0;
UPDATE outbox SET problem_id = CASE entity WHEN 'comment' THEN coalesce(json_extract(fields, '$.problem_id'), '')
                                           ELSE entity_id END;
UPDATE outbox SET sync_key = CASE entity
    WHEN 'attachment' THEN entity_id || ':' || coalesce(json_extract(fields, '$.sha256'), '')
    WHEN 'support' THEN entity_id || ':' || coalesce(json_extract(fields, '$.user'), '')
    ELSE entity_id END;
CREATE INDEX outbox_key ON outbox (entity, sync_key);
CREATE INDEX outbox_problem ON outbox (problem_id);

ALTER TABLE supports ADD COLUMN owner_id TEXT NOT NULL DEFAULT '';

CREATE TABLE sync_entities (
    entity           TEXT NOT NULL,
    id               TEXT NOT NULL,
    problem_id       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 0,
    rejected_code    TEXT NOT NULL DEFAULT '',
    rejected_message TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (entity, id)
) WITHOUT ROWID;
CREATE INDEX sync_entities_problem ON sync_entities (problem_id);

CREATE TABLE sync_conflicts (
    entity      TEXT NOT NULL,
    id          TEXT NOT NULL,
    field       TEXT NOT NULL,
    problem_id  TEXT NOT NULL,
    hub_value   TEXT NOT NULL,
    local_value TEXT NOT NULL,
    hub_version INTEGER NOT NULL,
    created     INTEGER NOT NULL,
    PRIMARY KEY (entity, id, field)
) WITHOUT ROWID;
CREATE INDEX sync_conflicts_problem ON sync_conflicts (problem_id);

CREATE TABLE sync_orphans (
    entity     TEXT NOT NULL,
    id         TEXT NOT NULL,
    problem_id TEXT NOT NULL,
    change     TEXT NOT NULL,
    PRIMARY KEY (entity, id)
) WITHOUT ROWID;

CREATE TABLE sync_seen (
    entity TEXT NOT NULL,
    id     TEXT NOT NULL,
    PRIMARY KEY (entity, id)
) WITHOUT ROWID;
)sql";

// Version 3: sensor evidence. Devices (one per source and sensor id), series (one per device and
// quantity), observations packed in per-series day blocks (core/sensor/observation_block.h), and a
// log of every import with its report.
constexpr std::string_view kVersion3 = R"sql(
CREATE TABLE sensor_devices (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,
    external_id TEXT NOT NULL,
    sensor_type TEXT NOT NULL DEFAULT '',
    lat         REAL,
    lon         REAL,
    created     INTEGER NOT NULL,
    UNIQUE (source, external_id)
);

CREATE TABLE sensor_series (
    id        INTEGER PRIMARY KEY,
    device_id INTEGER NOT NULL REFERENCES sensor_devices(id) ON DELETE CASCADE,
    quantity  TEXT NOT NULL,
    unit      TEXT NOT NULL,
    UNIQUE (device_id, quantity)
);

CREATE TABLE sensor_blocks (
    series_id  INTEGER NOT NULL REFERENCES sensor_series(id) ON DELETE CASCADE,
    day        INTEGER NOT NULL,
    count      INTEGER NOT NULL CHECK (count > 0),
    first_time INTEGER NOT NULL,
    last_time  INTEGER NOT NULL,
    data       BLOB NOT NULL,
    PRIMARY KEY (series_id, day)
) WITHOUT ROWID;

CREATE TABLE sensor_imports (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT NOT NULL,
    format      TEXT NOT NULL,
    imported_at INTEGER NOT NULL,
    rows_read   INTEGER NOT NULL,
    imported    INTEGER NOT NULL,
    flagged     INTEGER NOT NULL,
    skipped     INTEGER NOT NULL,
    report      TEXT NOT NULL
);
)sql";

// Version 4: sensor evidence in use. Named mappings for generic CSV files; mobile devices whose
// readings take their positions from a track (positions packed per device and UTC day like the
// readings); problems' evidence (a series and a window, with the summary and fingerprint computed
// when attached); stations shared with the hub or subscribed from it.
constexpr std::string_view kVersion4 = R"sql(
CREATE TABLE sensor_presets (
    name    TEXT PRIMARY KEY,
    mapping TEXT NOT NULL,
    updated INTEGER NOT NULL
);

ALTER TABLE sensor_devices ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE sensor_devices ADD COLUMN mobile INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sensor_devices ADD COLUMN share_mode TEXT NOT NULL DEFAULT '';
ALTER TABLE sensor_devices ADD COLUMN remote_id TEXT;
ALTER TABLE sensor_devices ADD COLUMN subscribed INTEGER NOT NULL DEFAULT 0;

CREATE TABLE sensor_positions (
    device_id INTEGER NOT NULL REFERENCES sensor_devices(id) ON DELETE CASCADE,
    day       INTEGER NOT NULL,
    count     INTEGER NOT NULL CHECK (count > 0),
    data      BLOB NOT NULL,
    PRIMARY KEY (device_id, day)
) WITHOUT ROWID;

CREATE TABLE problem_evidence (
    id          TEXT PRIMARY KEY,
    problem_id  TEXT NOT NULL REFERENCES problems(id) ON DELETE CASCADE,
    series_id   INTEGER REFERENCES sensor_series(id) ON DELETE SET NULL,
    from_time   INTEGER NOT NULL,
    to_time     INTEGER NOT NULL,
    label       TEXT NOT NULL DEFAULT '',
    fingerprint TEXT NOT NULL,
    summary     TEXT NOT NULL,
    created     INTEGER NOT NULL,
    CHECK (to_time > from_time)
);
CREATE INDEX problem_evidence_problem ON problem_evidence(problem_id);
)sql";

// Version 5: stations shared with the hub (core/sensor/station_share.h). Per series and UTC day,
// the block the hub last acknowledged (its SHA-256 and the mode it went out in), so sharing again
// sends only the days that changed since; per subscribed device, the hub's observation cursor.
constexpr std::string_view kVersion5 = R"sql(
CREATE TABLE sensor_share_days (
    series_id  INTEGER NOT NULL REFERENCES sensor_series(id) ON DELETE CASCADE,
    day        INTEGER NOT NULL,
    mode       TEXT NOT NULL,
    block_hash TEXT NOT NULL,
    PRIMARY KEY (series_id, day)
) WITHOUT ROWID;

ALTER TABLE sensor_devices ADD COLUMN remote_seq INTEGER NOT NULL DEFAULT 0;
)sql";

// Version 6: what the hub last said about each entity, so the app can tell what the signed-in
// account may change (the hub's owner of each entity) and put a refused change back to the hub's
// version (the fields last pulled, and the fields of the refused op). The pull starts over once to
// learn the owners and fields of what was pulled before.
constexpr std::string_view kVersion6 = R"sql(
ALTER TABLE sync_entities ADD COLUMN owner_id TEXT NOT NULL DEFAULT '';
ALTER TABLE sync_entities ADD COLUMN hub_fields TEXT NOT NULL DEFAULT '';
ALTER TABLE sync_entities ADD COLUMN rejected_fields TEXT NOT NULL DEFAULT '';
UPDATE sync_state SET value = '0' WHERE key = 'cursor';
)sql";

// Version 7: a restored hub (sync-protocol.md "Epochs and cursors"). Ops the hub acknowledged are
// kept for a while with the hub version their answer gave, so what a hub restored from a backup lost
// can be sent again under the same op ids; `resent` marks an op sent again so, and an op sent again
// that the hub refused (its problem was lost too and is not back yet) waits in outbox_waiting until
// a pull brings its problem. What a full pull showed is no longer listed (sync_seen).
constexpr std::string_view kVersion7 = R"sql(
CREATE TABLE outbox_acked (
    seq          INTEGER PRIMARY KEY,
    op_id        TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL,
    entity       TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    fields       TEXT NOT NULL,
    created      INTEGER NOT NULL,
    base_version INTEGER NOT NULL,
    problem_id   TEXT NOT NULL,
    sync_key     TEXT NOT NULL,
    version      INTEGER NOT NULL,
    acked        INTEGER NOT NULL
);
CREATE INDEX outbox_acked_time ON outbox_acked (acked);

CREATE TABLE outbox_waiting (
    seq             INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL,
    entity          TEXT NOT NULL,
    entity_id       TEXT NOT NULL,
    fields          TEXT NOT NULL,
    created         INTEGER NOT NULL,
    base_version    INTEGER NOT NULL,
    problem_id      TEXT NOT NULL,
    sync_key        TEXT NOT NULL,
    problem_version INTEGER NOT NULL,
    refused         INTEGER NOT NULL
);
CREATE INDEX outbox_waiting_problem ON outbox_waiting (problem_id);

ALTER TABLE outbox ADD COLUMN resent INTEGER NOT NULL DEFAULT 0;
DROP TABLE sync_seen;
DELETE FROM sync_state WHERE key = 'repush';
)sql";

// Version 8: search and map queries that bulk writes keep up with (docs/architecture.md, "Search").
// FTS5 and the R*Tree cost more per row than everything else a bulk write does; the R*Tree was not
// even used by the map's box query. The search index is now trigram postings in segments, written
// in bulk by the store (core/store/search_index.h): rows whose text the postings do not hold as it
// is now wait in search_pending (with the text the postings hold, when they hold one) and are read
// as they are by searches until the store brings them in. Boxes read problems_point.
constexpr std::string_view kVersion8 = R"sql(
DROP TRIGGER problems_after_insert;
DROP TRIGGER problems_after_delete;
DROP TRIGGER problems_after_text_update;
DROP TRIGGER problems_after_move;
DROP TABLE problem_fts_terms;
DROP TABLE problem_fts;
DROP VIEW problem_search_text;
DROP TABLE problem_rtree;

CREATE TABLE search_segments (
    id        INTEGER PRIMARY KEY,
    level     INTEGER NOT NULL,
    rows      INTEGER NOT NULL,
    min_rowid INTEGER NOT NULL,
    max_rowid INTEGER NOT NULL
);
CREATE TABLE search_postings (
    segment INTEGER NOT NULL,
    gram    INTEGER NOT NULL,
    data    BLOB NOT NULL,
    PRIMARY KEY (segment, gram)
) WITHOUT ROWID;
CREATE TABLE search_pending (
    rowid       INTEGER PRIMARY KEY,
    title       TEXT,
    description TEXT,
    address     TEXT
);
INSERT INTO search_pending (rowid) SELECT rowid FROM problems;

CREATE TRIGGER problems_search_insert AFTER INSERT ON problems BEGIN
    INSERT OR IGNORE INTO search_pending (rowid) VALUES (new.rowid);
END;
CREATE TRIGGER problems_search_update AFTER UPDATE OF title, description, address ON problems
WHEN old.title IS NOT new.title OR old.description IS NOT new.description OR old.address IS NOT new.address
BEGIN
    INSERT OR IGNORE INTO search_pending (rowid, title, description, address)
        VALUES (old.rowid, old.title, old.description, old.address);
END;
CREATE TRIGGER problems_search_delete AFTER DELETE ON problems BEGIN
    INSERT OR IGNORE INTO search_pending (rowid, title, description, address)
        VALUES (old.rowid, old.title, old.description, old.address);
END;
)sql";

// Version 9: honest statuses (docs/architecture.md "Triage"). A problem may be reopened (status 5),
// which the CHECK of version 1 refuses: the table is made again with the same rows, row ids and
// indexes (Store::migrate runs this with foreign keys off, as SQLite's ALTER TABLE guide says).
// Every status change is kept in status_history, written here and by the hub, newest last.
constexpr std::string_view kVersion9 = R"sql(
CREATE TABLE problems_v9 (
    rowid       INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    category    TEXT NOT NULL REFERENCES categories(code),
    status      INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 5),
    lat         REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon         REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
    address     TEXT NOT NULL DEFAULT '',
    author      TEXT NOT NULL DEFAULT '',
    created     INTEGER NOT NULL,
    updated     INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    version     INTEGER NOT NULL DEFAULT 0
);
INSERT INTO problems_v9 (rowid, id, title, description, category, status, lat, lon, address, author,
                         created, updated, deleted, version)
    SELECT rowid, id, title, description, category, status, lat, lon, address, author, created, updated,
           deleted, version FROM problems;
DROP TABLE problems;
ALTER TABLE problems_v9 RENAME TO problems;
CREATE INDEX problems_point ON problems (deleted, lat, lon, category, status);
CREATE INDEX problems_updated ON problems (updated);

CREATE TRIGGER problems_search_insert AFTER INSERT ON problems BEGIN
    INSERT OR IGNORE INTO search_pending (rowid) VALUES (new.rowid);
END;
CREATE TRIGGER problems_search_update AFTER UPDATE OF title, description, address ON problems
WHEN old.title IS NOT new.title OR old.description IS NOT new.description OR old.address IS NOT new.address
BEGIN
    INSERT OR IGNORE INTO search_pending (rowid, title, description, address)
        VALUES (old.rowid, old.title, old.description, old.address);
END;
CREATE TRIGGER problems_search_delete AFTER DELETE ON problems BEGIN
    INSERT OR IGNORE INTO search_pending (rowid, title, description, address)
        VALUES (old.rowid, old.title, old.description, old.address);
END;

CREATE TABLE status_history (
    id          TEXT PRIMARY KEY,
    problem_id  TEXT NOT NULL REFERENCES problems(id) ON DELETE CASCADE,
    from_status INTEGER NOT NULL CHECK (from_status BETWEEN 0 AND 5),
    to_status   INTEGER NOT NULL CHECK (to_status BETWEEN 0 AND 5),
    note        TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',
    author      TEXT NOT NULL DEFAULT '',
    author_id   TEXT NOT NULL DEFAULT '',
    at          INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX status_history_problem ON status_history (problem_id, at);
)sql";

// Schema 10: pilots (docs/architecture.md "Pilots"), the problems they were made from, and the
// history of their phases.
constexpr std::string_view kVersion10 = R"sql(
CREATE TABLE pilots (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    hypothesis  TEXT NOT NULL DEFAULT '',
    zone        TEXT NOT NULL DEFAULT '',
    start_date  TEXT NOT NULL DEFAULT '',
    end_date    TEXT NOT NULL DEFAULT '',
    cost_krw    INTEGER NOT NULL DEFAULT 0,
    goals       TEXT NOT NULL DEFAULT '[]',
    phase       TEXT NOT NULL DEFAULT 'proposed',
    author      TEXT NOT NULL DEFAULT '',
    author_id   TEXT NOT NULL DEFAULT '',
    created     INTEGER NOT NULL,
    updated     INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    version     INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE pilot_problems (
    pilot_id   TEXT NOT NULL REFERENCES pilots(id) ON DELETE CASCADE,
    problem_id TEXT NOT NULL,
    position   INTEGER NOT NULL,
    PRIMARY KEY (pilot_id, problem_id)
) WITHOUT ROWID;
CREATE INDEX pilot_problems_problem ON pilot_problems (problem_id);
CREATE TABLE pilot_phase_history (
    id         TEXT PRIMARY KEY,
    pilot_id   TEXT NOT NULL,
    from_phase TEXT NOT NULL DEFAULT '',
    to_phase   TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    author     TEXT NOT NULL DEFAULT '',
    author_id  TEXT NOT NULL DEFAULT '',
    at         INTEGER NOT NULL,
    local      INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX pilot_phase_history_pilot ON pilot_phase_history (pilot_id, at);
)sql";

// Schema 11: merged duplicates (docs/sync-protocol.md "Merging duplicates"). A problem merged into
// another names it in duplicate_of (the map and the list leave it out unless asked, so the map's
// index covers the column); each merge is kept with what it moved, so it can be undone.
constexpr std::string_view kVersion11 = R"sql(
ALTER TABLE problems ADD COLUMN duplicate_of TEXT NOT NULL DEFAULT '';
DROP INDEX problems_point;
CREATE INDEX problems_point ON problems (deleted, lat, lon, category, status, duplicate_of);
CREATE TABLE problem_merges (
    id             TEXT PRIMARY KEY,
    duplicate_id   TEXT NOT NULL,
    kept_id        TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT '',
    status_before  INTEGER NOT NULL DEFAULT 0 CHECK (status_before BETWEEN 0 AND 5),
    moved_comments TEXT NOT NULL DEFAULT '[]',
    moved_supports TEXT NOT NULL DEFAULT '[]',
    kept_supports  TEXT NOT NULL DEFAULT '[]',
    author         TEXT NOT NULL DEFAULT '',
    author_id      TEXT NOT NULL DEFAULT '',
    at             INTEGER NOT NULL,
    local          INTEGER NOT NULL DEFAULT 0,
    deleted        INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX problem_merges_duplicate ON problem_merges (duplicate_id);
CREATE INDEX problem_merges_kept ON problem_merges (kept_id);
)sql";

// Schema 12: a pilot's testers and their dated feedback (docs/sync-protocol.md "Pilots").
constexpr std::string_view kVersion12 = R"sql(
CREATE TABLE pilot_testers (
    pilot_id TEXT NOT NULL,
    user_id  TEXT NOT NULL,
    user     TEXT NOT NULL DEFAULT '',
    created  INTEGER NOT NULL,
    PRIMARY KEY (pilot_id, user_id)
) WITHOUT ROWID;
CREATE TABLE pilot_feedback (
    id        TEXT PRIMARY KEY,
    pilot_id  TEXT NOT NULL,
    author    TEXT NOT NULL DEFAULT '',
    author_id TEXT NOT NULL DEFAULT '',
    text      TEXT NOT NULL,
    rating    INTEGER,
    created   INTEGER NOT NULL,
    deleted   INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX pilot_feedback_pilot ON pilot_feedback (pilot_id, created);
)sql";

// Schema 13: voting rounds, this profile's ballots and the rounds' published results
// (docs/voting.md). A round keeps the hub's fields as JSON text; a ballot its secret, which never
// leaves this computer.
constexpr std::string_view kVersion13 = R"sql(
CREATE TABLE rounds (
    id         TEXT PRIMARY KEY,
    fields     TEXT NOT NULL,
    author     TEXT NOT NULL DEFAULT '',
    version    INTEGER NOT NULL DEFAULT 0,
    local_only INTEGER NOT NULL DEFAULT 0,
    deleted    INTEGER NOT NULL DEFAULT 0,
    created    INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE ballots (
    round_id          TEXT PRIMARY KEY,
    choices           TEXT NOT NULL,
    secret            TEXT NOT NULL,
    receipt           TEXT NOT NULL,
    cast_at           INTEGER NOT NULL,
    state             TEXT NOT NULL DEFAULT 'pending',
    refusal_code      TEXT NOT NULL DEFAULT '',
    refusal_message   TEXT NOT NULL DEFAULT '',
    accepted_choices  TEXT NOT NULL DEFAULT '',
    accepted_receipt  TEXT NOT NULL DEFAULT '',
    accepted_secret   TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE TABLE round_results (
    round_id TEXT PRIMARY KEY,
    json     TEXT NOT NULL,
    fetched  INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

// Schema 14: how precisely a shared station's place is published (docs/privacy.md): "exact", "100m",
// "500m" or "1km". A station shared before precisions existed keeps '' until its owner has seen the
// notice that the hub moved it to the default precision.
constexpr std::string_view kVersion14 = R"sql(
ALTER TABLE sensor_devices ADD COLUMN share_precision TEXT NOT NULL DEFAULT '';
)sql";

// Schema 15: the MyData vault (docs/mydata.md, "The vault"). One vault row holds the Argon2id costs
// and salt and the data key wrapped under the passphrase's key; records and sealed items (other
// personal text, such as an import's report) are AES-256-GCM ciphertexts, each with its own nonce.
// Only what finds a row is plain: random ids, a record's category word, its import's id, an item's
// kind. A resident's consents to share and the receipts of consents and erasures are kept beside
// them as JSON.
constexpr std::string_view kVersion15 = R"sql(
CREATE TABLE vault (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    format       INTEGER NOT NULL,
    kdf          TEXT NOT NULL,
    kdf_version  INTEGER NOT NULL,
    memory_kib   INTEGER NOT NULL,
    time_cost    INTEGER NOT NULL,
    parallelism  INTEGER NOT NULL,
    salt         BLOB NOT NULL,
    key_nonce    BLOB NOT NULL,
    wrapped_key  BLOB NOT NULL,
    idle_timeout INTEGER NOT NULL,
    created      INTEGER NOT NULL,
    changed      INTEGER NOT NULL
);
CREATE TABLE mydata_records (
    id         TEXT NOT NULL PRIMARY KEY,
    category   TEXT NOT NULL,
    import_id  TEXT NOT NULL,
    nonce      BLOB NOT NULL,
    ciphertext BLOB NOT NULL
);
CREATE INDEX mydata_records_import ON mydata_records (import_id);
CREATE INDEX mydata_records_category ON mydata_records (category);
CREATE TABLE mydata_sealed (
    id         TEXT NOT NULL PRIMARY KEY,
    kind       TEXT NOT NULL,
    import_id  TEXT NOT NULL DEFAULT '',
    nonce      BLOB NOT NULL,
    ciphertext BLOB NOT NULL
);
CREATE INDEX mydata_sealed_import ON mydata_sealed (import_id);
CREATE TABLE mydata_consents (
    id      TEXT PRIMARY KEY,
    json    TEXT NOT NULL,
    status  TEXT NOT NULL,
    updated INTEGER NOT NULL
);
CREATE TABLE mydata_receipts (
    id         INTEGER PRIMARY KEY,
    consent_id TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('consent', 'erasure')),
    json       TEXT NOT NULL,
    created    INTEGER NOT NULL
);
CREATE INDEX mydata_receipts_consent ON mydata_receipts (consent_id);
)sql";

// Schema 16: `sync_entities` is looked up by problem only for what the hub refused (a problem's
// sync state, its refusals): the index on every row's problem, which a first sync wrote a random
// entry of for each of a city's problems, becomes one on the refused rows alone.
constexpr std::string_view kVersion16 = R"sql(
DROP INDEX sync_entities_problem;
CREATE INDEX sync_entities_refused ON sync_entities (problem_id, entity, id) WHERE rejected_code <> '';
)sql";

constexpr std::array<Migration, 16> kMigrations{{
    {1, kVersion1},
    {2, kVersion2},
    {3, kVersion3},
    {4, kVersion4},
    {5, kVersion5},
    {6, kVersion6},
    {7, kVersion7},
    {8, kVersion8},
    {9, kVersion9},
    {10, kVersion10},
    {11, kVersion11},
    {12, kVersion12},
    {13, kVersion13},
    {14, kVersion14},
    {15, kVersion15},
    {16, kVersion16},
}};

} // namespace

std::span<const Migration> migrations()
{
    return kMigrations;
}

} // namespace balgul::core
