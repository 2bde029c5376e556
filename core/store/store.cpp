#include "core/store/store.h"

#include "core/domain/category.h"
#include "core/store/background_checkpoint.h"
#include "core/store/schema.h"
#include "core/store/search_index.h"
#include "core/util/ids.h"

#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>

namespace balgul::core {

namespace fs = std::filesystem;

namespace {

bool looksLikeSqlite(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    char header[16] = {};
    in.read(header, sizeof header);
    const auto got = in.gcount();
    // An empty file is a fresh database to SQLite.
    return got == 0 ||
           (got == 16 && std::string_view(header, 16) == std::string_view("SQLite format 3\0", 16));
}

Error storeError(std::string code, std::string message, const std::string& path)
{
    Error e = Error::make(std::move(code), std::move(message));
    e.file = path;
    return e;
}

bool writable(const fs::path& path)
{
    return ::access(path.c_str(), W_OK) == 0;
}

/// What a look at an existing SQLite file found, read-only.
struct Inspection
{
    int version = 0;
    int applicationId = 0;
    int objects = 0; ///< tables, indexes, ... in sqlite_schema
};

Inspection inspect(Database& db)
{
    Inspection info;
    const auto scalar = [&](const char* sql) {
        auto st = db.prepare(sql);
        return st.step() ? st.integer(0) : 0;
    };
    info.version = scalar("PRAGMA user_version");
    info.applicationId = scalar("PRAGMA application_id");
    info.objects = scalar("SELECT count(*) FROM sqlite_schema");
    return info;
}

/// Why an inspected file cannot be opened as a store (in this mode), or nothing.
std::optional<Error> refusal(const Inspection& info, const std::string& path, bool readOnly)
{
    const bool fresh = info.applicationId == 0 && info.objects == 0 && info.version == 0;
    if (fresh)
        return readOnly ? std::optional<Error>(
                              storeError("empty_store",
                                         "the file is an empty database, not a Balgul store yet "
                                         "(a command that writes, such as import or demo, makes one)",
                                         path))
                        : std::nullopt;
    if (info.applicationId != kApplicationId)
        return storeError("not_balgul", "the file is an SQLite database but not a Balgul store", path);
    if (info.version < 1 || info.objects == 0)
        return storeError("not_balgul",
                          "the file carries Balgul's mark but its schema version (" +
                              std::to_string(info.version) +
                              ") is not one any Balgul writes: it is damaged or not a Balgul store",
                          path);
    if (info.version > Store::kSchemaVersion)
        return storeError("newer_schema",
                          "the store was made by a newer Balgul (schema " + std::to_string(info.version) +
                              "; this version knows up to " + std::to_string(Store::kSchemaVersion) +
                              "): update Balgul to open it",
                          path);
    if (info.version < Store::kSchemaVersion && readOnly)
        return storeError("older_schema",
                          "the store was made by an older Balgul (schema " + std::to_string(info.version) +
                              "; this version reads schema " + std::to_string(Store::kSchemaVersion) +
                              "): open it once in Balgul or with a command that writes (import, demo) to "
                              "upgrade it",
                          path);
    return std::nullopt;
}

Error corruptStore(const std::string& problems, const std::string& path)
{
    return storeError("store_corrupt",
                      "the store file is damaged (the integrity check found: " + problems + "). " +
                          damagedStoreAdvice(),
                      path);
}

} // namespace

std::string Store::uncleanMarkerPath(const std::string& storePath)
{
    return storePath + "-unclean";
}

Result<std::unique_ptr<Store>> Store::open(const std::string& path, const StoreOptions& options)
{
    static_assert(kSchemaVersion == 16, "update migrations() together with kSchemaVersion");
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    const bool exists = fs::exists(status);
    if (!exists && (!options.create || options.readOnly))
        return storeError("file_not_found", "the store file does not exist", path);
    if (exists && fs::is_directory(status))
        return storeError("is_folder", "the store path is a folder, not a file", path);
    if (exists && !fs::is_regular_file(status))
        return storeError("not_regular_file",
                          "the store path is not a regular file (it is a device, a pipe or a socket)", path);
    // A store this process has open already was looked at then; it is read through SQLite only
    // from here on (Database::openInThisProcess).
    const bool openHere = exists && Database::openInThisProcess(path);
    if (exists && !openHere && !looksLikeSqlite(path))
        return storeError("not_sqlite", "the file is not a Balgul store (not an SQLite database)", path);
    const fs::path folder = fs::path(path).has_parent_path() ? fs::path(path).parent_path() : fs::path(".");
    if (!exists) {
        fs::create_directories(folder, ec);
        if (ec)
            return storeError("open_failed",
                              "cannot make the folder " + folder.string() + ": " + ec.message(), path);
    }
    if (!options.readOnly) {
        // SQLite writes its journal beside the file: a read-only folder refuses every write.
        if (!writable(folder))
            return storeError("read_only_folder",
                              "the folder " + folder.string() +
                                  " is read-only: Balgul cannot write the store (or its journal) there",
                              path);
        if (exists && !writable(path))
            return storeError("read_only_file", "the store file is read-only: Balgul cannot write to it",
                              path);
    }
    const bool empty = !exists || fs::file_size(path, ec) == 0;
    if (empty && options.readOnly)
        return storeError(
            "empty_store",
            "the file is empty, not a Balgul store yet (a command that writes, such as import or "
            "demo, makes one)",
            path);

    std::unique_ptr<Store> store(new Store);
    store->m_path = path;
    Database& db = store->m_db;
    // Damage found by anyone, a reader too, makes the next writer check the file first.
    db.setDamageHandler([markerPath = uncleanMarkerPath(path)] { std::ofstream(markerPath, std::ios::app); });
    bool looked = false; // the file read as an SQLite database
    try {
        Inspection info;
        if (!empty) {
            // A look before anything is written: another application's file stays exactly as it was.
            db.openReadOnly(path);
            info = inspect(db);
            looked = true;
            if (auto refused = refusal(info, path, options.readOnly))
                return *refused;
            if (!options.readOnly && fs::exists(uncleanMarkerPath(path), ec))
                if (const std::string problems = db.quickCheck(); !problems.empty())
                    return corruptStore(problems, path);
            if (options.readOnly) {
                auto st = db.prepare("SELECT value FROM meta WHERE key = 'user_name'");
                if (st.step())
                    store->m_userName = st.text(0);
                return store;
            }
            db.close();
        }
        db.open(path, true);
        db.exec("PRAGMA foreign_keys = ON");
        // 16 KiB pages for a new store (ignored for an existing one): the search postings and the
        // problems b-trees are a third shallower, which measured 10 % faster bulk fills at 1M problems
        // and a faster open (tests/bench/README.md).
        db.exec("PRAGMA page_size = 16384");
        db.exec("PRAGMA journal_mode = WAL");
        // FULL: an op the hub acknowledged must never be lost with its outbox row (sync-protocol.md).
        db.exec("PRAGMA synchronous = FULL");
        db.exec("PRAGMA temp_store = MEMORY");
        // 64 MiB of page cache: ordinary writes touch the id, point and updated b-trees at random
        // (a bulk writer grows it for its transaction).
        db.exec("PRAGMA cache_size = -65536");
        // From here on this session has not ended cleanly until the destructor says so.
        std::ofstream(uncleanMarkerPath(path), std::ios::app);
        store->m_ownsMarker = true;
        if (info.version < kSchemaVersion) {
            try {
                store->migrate();
            } catch (const SqlError& e) {
                if (e.damaged())
                    throw;
                if (info.version == 0)
                    return storeError("migration_failed", "cannot make the store: " + e.message, path);
                return storeError(
                    "migration_failed",
                    "the store was made by an older Balgul (schema " + std::to_string(info.version) +
                        ") and could not be upgraded to schema " + std::to_string(kSchemaVersion) +
                        "; it was left as it was (SQLite: " + e.message + ")",
                    path);
            }
        }
        auto st = db.prepare("SELECT value FROM meta WHERE key = 'user_name'");
        if (st.step())
            store->m_userName = st.text(0);
        // Rows another program changed, or all of them after the upgrade to schema 8, go into the
        // search index now. Searches read such rows as they are meanwhile, so a store that is busy
        // elsewhere catches up another time.
        try {
            auto waiting = db.prepare("SELECT EXISTS (SELECT 1 FROM search_pending)");
            if (waiting.step() && waiting.int64(0) != 0) {
                waiting.reset();
                Transaction tx(db);
                search::catchUp(db);
                tx.commit();
            }
        } catch (const SqlError& e) {
            if (e.damaged())
                throw;
        }
    } catch (const SqlError& e) {
        const int primary = e.code & 0xFF;
        if (primary == SQLITE_NOTADB && !looked)
            return storeError("not_sqlite", "the file is not a Balgul store (not an SQLite database)", path);
        if (e.damaged())
            return storeError(e, path);
        if (primary == SQLITE_CANTOPEN || primary == SQLITE_PERM || primary == SQLITE_READONLY)
            return storeError(
                "open_failed",
                std::string(options.readOnly ? "cannot read the store: " : "cannot open the store: ") +
                    e.message,
                path);
        return storeError("open_failed", "cannot open the store: " + e.message, path);
    }
    if (!options.userName.empty()) {
        if (auto s = store->setUserName(options.userName); !s)
            return s.error();
    }
    return store;
}

Store::~Store()
{
    const bool clean = !m_db.damaged();
    m_checkpoint.reset(); // waits for a checkpoint under way
    m_statements.clear(); // finalized before the connection closes
    m_db.close();
    if (m_ownsMarker && clean) {
        std::error_code ec;
        fs::remove(uncleanMarkerPath(m_path), ec);
    }
}

void Store::checkpointInBackground()
{
    if (!m_checkpoint)
        m_checkpoint = std::make_unique<BackgroundCheckpoint>(m_path);
    m_checkpoint->start();
}

void Store::migrate()
{
    // Schema 9 makes the problems table again: foreign keys stay off while it is gone (the pragma does
    // nothing inside a transaction), so dropping the old table takes nothing that hangs on it.
    m_db.exec("PRAGMA foreign_keys = OFF");
    struct KeysBackOn
    {
        Database& db;
        ~KeysBackOn()
        {
            try {
                db.exec("PRAGMA foreign_keys = ON");
            } catch (const SqlError&) { // a damaged file: every later statement says so
            }
        }
    } keysBackOn{m_db};
    Transaction tx(m_db);
    int version = 0;
    {
        auto st = m_db.prepare("PRAGMA user_version");
        if (st.step())
            version = st.integer(0);
    }
    for (const Migration& m : migrations()) {
        if (m.version <= version)
            continue;
        m_db.exec(m.sql);
        m_db.exec("PRAGMA user_version = " + std::to_string(m.version));
    }
    // Seed data, idempotent, so a store reaching the current version by any path has it.
    auto insert = m_db.prepare("INSERT OR IGNORE INTO categories (code, name_en, name_ko, color, position) "
                               "VALUES (?, ?, ?, ?, ?)");
    int position = 0;
    for (const Category& c : defaultCategories()) {
        insert.reset();
        insert.bind(1, c.code).bind(2, c.nameEn).bind(3, c.nameKo);
        insert.bind(4, static_cast<std::int64_t>(c.colorRgb)).bind(5, position++);
        insert.run();
    }
    m_db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('client_id', ?)").bind(1, newUuid()).run();
    m_db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    tx.commit();
}

int Store::schemaVersion() const
{
    auto st = const_cast<Database&>(m_db).prepare("PRAGMA user_version");
    return st.step() ? st.integer(0) : 0;
}

std::string Store::blobDir() const
{
    const fs::path parent = fs::path(m_path).parent_path();
    return (parent.empty() ? fs::path("blobs") : parent / "blobs").string();
}

std::string Store::blobPath(const std::string& sha256) const
{
    if (!isSha256Hex(sha256))
        return {};
    return (fs::path(blobDir()) / sha256.substr(0, 2) / sha256).string();
}

Status Store::setUserName(const std::string& name)
{
    Problem probe;
    probe.title = "x";
    probe.author = name;
    if (auto s = validateProblem(probe); !s)
        return s;
    try {
        m_db.prepare("INSERT INTO meta (key, value) VALUES ('user_name', ?) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .bind(1, name)
            .run();
    } catch (const SqlError& e) {
        return storeError(e, m_path);
    }
    m_userName = name;
    return {};
}

void Store::queueOp(const std::string& kind, const std::string& entity, const std::string& entityId,
                    const std::string& fieldsJson, const std::string& problemId, const std::string& syncKey)
{
    const std::string key = syncKey.empty() ? entityId : syncKey;
    // The base is the hub version the user saw when making the change, taken now: taking it at
    // push time would hide a conflict after a pull brought someone else's change.
    const std::int64_t base = knownVersion(entity, key);
    auto st =
        m_db.prepare("INSERT INTO outbox (op_id, kind, entity, entity_id, fields, created, base_version, "
                     "problem_id, sync_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, newUuidV7()).bind(2, kind).bind(3, entity).bind(4, entityId).bind(5, fieldsJson);
    st.bind(6, toUnixMs(now())).bind(7, base).bind(8, problemId.empty() ? entityId : problemId).bind(9, key);
    st.run();
}

Statement& Store::cachedStatement(std::string_view sql)
{
    if (const auto found = m_statements.find(sql); found != m_statements.end()) {
        found->second->reset();
        return *found->second;
    }
    auto made = std::make_unique<Statement>(m_db.prepare(sql));
    Statement& st = *made;
    m_statements.emplace(std::string(sql), std::move(made));
    return st;
}

std::int64_t Store::knownVersion(const std::string& entity, const std::string& key)
{
    auto st = m_db.prepare("SELECT version FROM sync_entities WHERE entity = ? AND id = ?");
    st.bind(1, entity).bind(2, key);
    return st.step() ? st.int64(0) : 0;
}

std::vector<OutboxEntry> Store::outbox(int limit)
{
    return pendingOps(0, limit);
}

std::int64_t Store::outboxSize()
{
    auto st = m_db.prepare("SELECT count(*) FROM outbox");
    return st.step() ? st.int64(0) : 0;
}

Result<StoreStats> Store::statistics()
{
    try {
        return stats();
    } catch (const SqlError& e) {
        return storeError(e, m_path, "store_failed", "cannot count what the store holds");
    }
}

StoreStats Store::stats()
{
    StoreStats s;
    const auto count = [this](const char* sql) {
        auto st = m_db.prepare(sql);
        return st.step() ? st.int64(0) : std::int64_t{0};
    };
    s.problems = count("SELECT count(*) FROM problems WHERE deleted = 0");
    s.comments = count("SELECT count(*) FROM comments WHERE deleted = 0");
    s.supports = count("SELECT count(*) FROM supports");
    s.attachments = count("SELECT count(*) FROM attachments");
    s.outbox = count("SELECT count(*) FROM outbox");
    for (const Category& c : defaultCategories())
        s.byCategory.emplace_back(std::string(c.code), 0);
    {
        auto st = m_db.prepare("SELECT category, count(*) FROM problems WHERE deleted = 0 GROUP BY category");
        while (st.step()) {
            const std::string code = st.text(0);
            auto it = std::find_if(s.byCategory.begin(), s.byCategory.end(),
                                   [&](const auto& p) { return p.first == code; });
            if (it != s.byCategory.end())
                it->second = st.int64(1);
            else
                s.byCategory.emplace_back(code, st.int64(1));
        }
    }
    for (int i = 0; i < kProblemStatusCount; ++i)
        s.byStatus.emplace_back(std::string(toString(static_cast<ProblemStatus>(i))), 0);
    auto st = m_db.prepare("SELECT status, count(*) FROM problems WHERE deleted = 0 GROUP BY status");
    while (st.step()) {
        const int status = st.integer(0);
        if (status >= 0 && status < kProblemStatusCount)
            s.byStatus[static_cast<std::size_t>(status)].second = st.int64(1);
    }
    return s;
}

int Store::addListener(Listener listener)
{
    const int handle = m_nextListener++;
    m_listeners.emplace_back(handle, std::move(listener));
    return handle;
}

void Store::removeListener(int handle)
{
    std::erase_if(m_listeners, [handle](const auto& entry) { return entry.first == handle; });
}

void Store::notify(const StoreChange& change)
{
    // Copy: a listener may add or remove listeners.
    const auto listeners = m_listeners;
    for (const auto& [handle, listener] : listeners)
        listener(change);
}

} // namespace balgul::core
