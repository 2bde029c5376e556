#include "core/store/bulk_writer.h"

#include "core/store/problem_fields.h"
#include "core/store/search_builder.h"
#include "core/store/store.h"
#include "core/util/ids.h"
#include "core/util/progress.h"

#include <sqlite3.h>

#include <algorithm>

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__linux__)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace balgul::core {

namespace {

constexpr std::string_view kInsertProblem =
    "INSERT INTO problems (id, title, description, category, status, lat, lon, address, author, created, "
    "updated) VALUES (?,?,?,?,?,?,?,?,?,?,?)";
constexpr std::string_view kInsertFromHub =
    "INSERT INTO problems (id, title, description, category, status, lat, lon, address, author, created, "
    "updated, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING";

/// Binds without copying: the problem outlives the statement's run.
void bindProblem(Statement& st, const Problem& p)
{
    st.bindStatic(1, p.id).bindStatic(2, p.title).bindStatic(3, p.description).bindStatic(4, p.category);
    st.bind(5, static_cast<int>(p.status)).bind(6, p.lat).bind(7, p.lon).bindStatic(8, p.address);
    st.bindStatic(9, p.author).bind(10, toUnixMs(p.created)).bind(11, toUnixMs(p.updated));
}

/// Rows written through the schema's insert trigger before a writer indexes them itself.
constexpr std::size_t kFeedAfterRows = 256;
/// The postings of this many fed rows are written as one segment.
constexpr std::size_t kFedSegmentRows = 32768;
/// Fed rows between two looks for segments the builder has finished.
constexpr std::int64_t kCollectEveryRows = 4096;
/// A table with at most this many rows has its secondary indexes dropped for a large write and made
/// again before the commit (dropIndexes()): sorting them anew then costs less than a second, while
/// inserting hundreds of thousands of rows at random places costs many.
constexpr std::int64_t kRebuildIndexesBelowRows = 65536;
/// A write of this many rows has its log copied into the store apart from the commit.
constexpr std::size_t kCheckpointApartRows = 10000;
/// SQLite's automatic checkpoint, in log pages, as a store has it otherwise.
constexpr int kAutoCheckpointPages = 1000;
/// The page cache while those indexes are sorted anew, in KiB: the keys of 1,000,000 rows sort in
/// memory without a merge.
constexpr std::int64_t kSortCacheKib = 128 * 1024;
/// The `meta` rows of indexes a write left dropped for the next (leaveIndexesDropped()): the key is
/// this and the index's name, the value its CREATE INDEX statement. ';' follows ':' in ASCII.
constexpr const char* kDroppedIndexRange = "key > 'dropped_index:' AND key < 'dropped_index;'";

/// The plain indexes of `table` (made by CREATE INDEX; a UNIQUE constraint's index is how a taken id
/// is found, and stays): name and SQL.
std::vector<std::pair<std::string, std::string>> plainIndexes(Database& db, const std::string& table)
{
    auto st = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
                         "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'");
    st.bind(1, table);
    std::vector<std::pair<std::string, std::string>> indexes;
    while (st.step())
        indexes.emplace_back(st.text(0), st.text(1));
    return indexes;
}

} // namespace

Result<std::unique_ptr<BulkWriter>> BulkWriter::begin(Store& store, BulkWriteOptions options)
{
    try {
        return std::unique_ptr<BulkWriter>(new BulkWriter(store, options));
    } catch (const SqlError& e) {
        return storeError(e, store.path(), "store_failed", "the store could not be written");
    }
}

BulkWriter::BulkWriter(Store& store, BulkWriteOptions options)
    : m_store(store), m_db(store.database()), m_options(options), m_insert(m_db.prepare(kInsertProblem)),
      m_insertFromHub(m_db.prepare(kInsertFromHub)),
      m_exists(m_db.prepare("SELECT 1 FROM problems WHERE id = ?")),
      m_knownVersion(m_db.prepare("SELECT version FROM sync_entities WHERE entity = 'problem' AND id = ?")),
      m_queue(
          m_db.prepare("INSERT INTO outbox (op_id, kind, entity, entity_id, fields, created, base_version, "
                       "problem_id, sync_key) VALUES (?, 'upsert', 'problem', ?, ?, ?, ?, ?, ?)"))
{
    {
        auto st = m_db.prepare("PRAGMA cache_size");
        m_cacheSize = st.step() ? st.int64(0) : 0;
        m_cacheKib = m_cacheSize < 0 ? -m_cacheSize : 0;
    }
    {
        auto st = m_db.prepare("SELECT coalesce(max(rowid), 0) FROM problems");
        m_rowsBefore = st.step() ? st.int64(0) : 0;
    }
    if (!m_options.waitForDisk) {
        auto st = m_db.prepare("PRAGMA synchronous");
        m_synchronous = st.step() ? st.int64(0) : -1;
        st.reset();
        if (m_synchronous > 1) // FULL or EXTRA; NORMAL is 1
            m_db.exec("PRAGMA synchronous = NORMAL");
        else
            m_synchronous = -1;
    }
    // The store's cached statements are reset when next used; one left stepping (a look-up that
    // read its one row) would keep this writer from dropping its trigger and indexes (SQLITE_LOCKED).
    for (auto& [sql, statement] : store.m_statements)
        statement->reset();
    m_transaction = std::make_unique<Transaction>(m_db);
    loadDroppedIndexes();
    m_onlyIdIndexLive = !m_droppedIndexes.empty() && liveIndexesOnlyId();
    growCache();
}

bool BulkWriter::liveIndexesOnlyId()
{
    return plainIndexes(m_db, "problems").empty() &&
           (!m_options.queueOps || plainIndexes(m_db, "outbox").empty());
}

void BulkWriter::loadDroppedIndexes()
{
    auto st = m_db.prepare(std::string("SELECT substr(key, 15), value FROM meta WHERE ") +
                           kDroppedIndexRange + " ORDER BY key");
    while (st.step())
        m_droppedIndexes.push_back({st.text(0), st.text(1)});
    m_recordedIndexes = !m_droppedIndexes.empty();
}

void BulkWriter::recordDroppedIndexes()
{
    auto st = m_db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('dropped_index:' || ?, ?)");
    for (const DroppedIndex& index : m_droppedIndexes) {
        st.reset();
        st.bind(1, index.name).bind(2, index.sql);
        st.run();
    }
}

Status BulkWriter::restoreIndexes(Store& store)
{
    try {
        auto st = store.database().prepare(std::string("SELECT 1 FROM meta WHERE ") + kDroppedIndexRange);
        if (!st.step())
            return {};
    } catch (const SqlError& e) {
        return storeError(e, store.path(), "store_failed", "the store could not be read");
    }
    auto writer = begin(store);
    if (!writer)
        return writer.error();
    return (*writer)->commit();
}

void BulkWriter::restoreSynchronous()
{
    if (m_synchronous < 0)
        return;
    const std::int64_t level = m_synchronous;
    m_synchronous = -1;
    try {
        m_db.exec("PRAGMA synchronous = " + std::to_string(level));
    } catch (const SqlError&) {
        // Only a statement in progress refuses it; the store opens with its own level next time.
    }
}

void BulkWriter::growCache()
{
    // Every row lands on a random page of the id, map and time indexes: once they outgrow the page
    // cache, each insert reads a page back and writes one out. Room for them (about 200 bytes a row
    // together, 64 for the id's alone while the others are dropped) keeps a large write at the speed
    // of a small one, up to 256 MiB.
    const std::int64_t rows = m_rowsBefore + static_cast<std::int64_t>(m_written);
    const std::int64_t bytesPerRow = m_onlyIdIndexLive ? 64 : 200;
    const std::int64_t kib = std::clamp<std::int64_t>(rows * bytesPerRow / 1024, 64 * 1024, 256 * 1024);
    if (kib <= m_cacheKib)
        return;
    m_db.exec("PRAGMA cache_size = -" + std::to_string(kib));
    m_cacheKib = kib;
    m_cacheGrown = true;
}

void BulkWriter::restoreCache()
{
    if (!m_cacheGrown)
        return;
    m_cacheGrown = false;
    try {
        m_db.exec("PRAGMA cache_size = " + std::to_string(m_cacheSize));
    } catch (const SqlError&) {
        // The store keeps working with the larger cache.
    }
}

BulkWriter::~BulkWriter()
{
    m_transaction.reset();
    restoreCache();
    restoreSynchronous();
#if defined(__linux__)
    if (m_logFile >= 0)
        ::close(m_logFile);
#endif
}

void BulkWriter::startFeeding()
{
    {
        auto st = m_db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = "
                               "'problems_search_insert'");
        if (!st.step())
            return; // not the schema this version makes: the rows go the pending way
        m_insertTrigger = st.text(0);
    }
    {
        auto st = m_db.prepare("SELECT coalesce(max(rowid), 0) FROM problems");
        m_feedAfter = st.step() ? st.int64(0) : 0;
    }
    m_db.exec("DROP TRIGGER problems_search_insert");
    m_builder =
        std::make_unique<search::BackgroundSegmentBuilder>(search::Folding::of(m_db), kFedSegmentRows);
    dropIndexes();
}

void BulkWriter::dropIndexes()
{
    const auto rows = [&](const char* sql) {
        auto st = m_db.prepare(sql);
        return st.step() ? st.int64(0) : 0;
    };
    std::vector<std::string> tables;
    if (m_rowsBefore <= kRebuildIndexesBelowRows)
        tables.emplace_back("problems");
    if (m_options.queueOps && rows("SELECT count(*) FROM outbox") <= kRebuildIndexesBelowRows)
        tables.emplace_back("outbox");
    for (const std::string& table : tables) {
        for (auto& [name, sql] : plainIndexes(m_db, table)) {
            m_db.exec("DROP INDEX \"" + name + "\"");
            m_droppedIndexes.push_back({std::move(name), std::move(sql)});
        }
    }
    // Dropped now or by the write before (a pull's earlier group).
    m_onlyIdIndexLive = liveIndexesOnlyId();
}

void BulkWriter::rebuildIndexes()
{
    if (m_droppedIndexes.empty())
        return;
    // A sort takes as much memory as the page cache allows, and sorts in memory what fits: the
    // pages written so far go to the log first, the cache's memory back to the system, so that the
    // cache and the sort together stay within bounds.
    m_db.exec("PRAGMA cache_size = -" + std::to_string(kSortCacheKib));
    m_db.exec("PRAGMA shrink_memory");
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
    // The sorts may use a second thread (SQLite's sorter workers).
    m_db.exec("PRAGMA threads = 2");
    for (const DroppedIndex& index : m_droppedIndexes) {
        // IF NOT EXISTS: an index made meanwhile by other means (none does today) must not fail the
        // commit of everything written.
        std::string sql = index.sql;
        constexpr std::string_view kCreate = "CREATE INDEX ";
        if (sql.compare(0, kCreate.size(), kCreate) == 0)
            sql.insert(kCreate.size(), "IF NOT EXISTS ");
        m_db.exec(sql);
        startWriteback();
    }
    m_db.exec("PRAGMA threads = 0");
    m_droppedIndexes.clear();
    if (m_recordedIndexes)
        m_db.exec(std::string("DELETE FROM meta WHERE ") + kDroppedIndexRange);
    m_db.exec("PRAGMA cache_size = -" + std::to_string(m_cacheKib));
}

void BulkWriter::feed(std::int64_t rowid, const Problem& p)
{
    ++m_written;
    if (!m_builder)
        return;
    m_builder->add(rowid, p.title, p.description, p.address);
    ++m_fed;
    m_lastFed = rowid;
    if (m_fed % kCollectEveryRows == 0)
        writeSegments(m_builder->ready());
}

void BulkWriter::writeSegments(const std::vector<search::BuiltSegment>& segments)
{
    for (const search::BuiltSegment& segment : segments) {
        m_fedSegments.push_back(search::writeSegment(m_db, segment));
        growCache();
        startWriteback();
    }
}

void BulkWriter::startWriteback()
{
#if defined(__linux__)
    // What the write has put in the log so far goes to the disk while the write goes on, instead of
    // all of it in the commit's sync (a gigabyte for a million problems, seconds on its own).
    if (!m_options.waitForDisk)
        return;
    if (m_logFile < 0) {
        const char* log = sqlite3_filename_wal(sqlite3_db_filename(m_db.handle(), "main"));
        if (!log || !*log)
            return;
        m_logFile = ::open(log, O_RDONLY | O_CLOEXEC);
        if (m_logFile < 0)
            return;
    }
    ::sync_file_range(m_logFile, 0, 0, SYNC_FILE_RANGE_WRITE); // a hint: its failure changes nothing
#endif
}

void BulkWriter::finishFeeding()
{
    if (!m_builder)
        return;
    writeSegments(m_builder->finish());
    m_builder.reset();
    m_db.exec(m_insertTrigger);
    m_insertTrigger.clear();
    // Every row written since the trigger went must have been fed (rowids only grow); if some
    // statement wrote another, the fed postings go and every such row takes the pending way.
    auto st = m_db.prepare("SELECT count(*), coalesce(max(rowid), 0) FROM problems WHERE rowid > ?");
    st.bind(1, m_feedAfter);
    if (st.step() && st.int64(0) == m_fed && st.int64(1) == m_lastFed)
        return;
    for (const std::int64_t segment : m_fedSegments) {
        m_db.prepare("DELETE FROM search_postings WHERE segment = ?").bind(1, segment).run();
        m_db.prepare("DELETE FROM search_segments WHERE id = ?").bind(1, segment).run();
    }
    m_db.prepare("INSERT OR IGNORE INTO search_pending (rowid) SELECT rowid FROM problems WHERE rowid > ?")
        .bind(1, m_feedAfter)
        .run();
}

Error BulkWriter::failed(const SqlError& e)
{
    m_broken = true;
    return storeError(e, m_store.path(), "store_failed", "the store could not be written");
}

Status BulkWriter::add(Problem& p)
{
    if (Status s = complete(p); !s)
        return s;
    return write(p, {}, /*newIdIfTaken=*/false);
}

Status BulkWriter::addKeepingIdIfFree(Problem& p)
{
    if (Status s = complete(p); !s)
        return s;
    return write(p, {}, /*newIdIfTaken=*/true);
}

void BulkWriter::fillDefaults(Problem& p)
{
    if (p.id.empty())
        p.id = newUuidV7();
    if (p.created == Timestamp{})
        p.created = now();
    if (p.updated < p.created)
        p.updated = p.created;
}

Status BulkWriter::complete(Problem& p)
{
    fillDefaults(p);
    if (Status s = validateProblem(p); !s)
        return s;
    if (!isUuid(p.id))
        return Error::make("invalid_field", "the id must be a UUID", "id");
    return {};
}

Result<PreparedProblem> BulkWriter::prepare(Problem problem, bool withOp)
{
    if (Status s = complete(problem); !s)
        return s.error();
    return prepareValidated(std::move(problem), withOp);
}

PreparedProblem BulkWriter::prepareValidated(Problem problem, bool withOp)
{
    fillDefaults(problem);
    PreparedProblem prepared{std::move(problem), {}};
    if (withOp)
        prepared.opFields = detail::allProblemFields(prepared.problem);
    return prepared;
}

Status BulkWriter::addPrepared(PreparedProblem& prepared, bool keepIdIfFree)
{
    return write(prepared.problem, prepared.opFields, keepIdIfFree);
}

Status BulkWriter::write(Problem& p, std::string_view opFields, bool newIdIfTaken)
{
    if (m_broken || !m_transaction)
        return Error::make("store_failed", "the bulk write already ended").at(m_store.path());
    try {
        if (m_written == kFeedAfterRows && m_insertTrigger.empty() && !m_builder)
            startFeeding();
        m_insert.reset();
        bindProblem(m_insert, p);
        try {
            m_insert.run();
        } catch (const SqlError& e) {
            if (e.code != SQLITE_CONSTRAINT_UNIQUE)
                throw;
            if (!newIdIfTaken)
                return Error::make("duplicate_id", "a problem with id " + p.id + " already exists", "id");
            // The failed statement wrote nothing (it alone is rolled back); a new id cannot be taken.
            p.id = newUuidV7();
            m_insert.reset();
            bindProblem(m_insert, p);
            m_insert.run();
        }
        p.rowid = m_db.lastInsertRowid();
        feed(p.rowid, p);
        if (m_options.queueOps) {
            // The base is the hub version the user saw, taken now (Store::queueOp).
            m_knownVersion.reset();
            m_knownVersion.bind(1, p.id);
            const std::int64_t base = m_knownVersion.step() ? m_knownVersion.int64(0) : 0;
            m_queue.reset();
            m_queue.bind(1, newUuidV7()).bind(2, p.id);
            if (opFields.empty())
                m_queue.bind(3, detail::allProblemFields(p));
            else
                m_queue.bind(3, opFields);
            m_queue.bind(4, toUnixMs(now())).bind(5, base).bind(6, p.id).bind(7, p.id);
            m_queue.run();
        }
    } catch (const SqlError& e) {
        return failed(e);
    }
    if (m_added++ == 0) {
        m_firstId = p.id;
        m_firstRowid = p.rowid;
    }
    return {};
}

Result<bool> BulkWriter::contains(const std::string& id)
{
    if (m_broken || !m_transaction)
        return Error::make("store_failed", "the bulk write already ended").at(m_store.path());
    try {
        m_exists.reset();
        m_exists.bind(1, id);
        return m_exists.step();
    } catch (const SqlError& e) {
        return failed(e);
    }
}

std::int64_t BulkWriter::addFromHub(const Problem& p, std::int64_t version)
{
    if (m_written == kFeedAfterRows && m_insertTrigger.empty() && !m_builder)
        startFeeding();
    m_insertFromHub.reset();
    bindProblem(m_insertFromHub, p);
    m_insertFromHub.bind(12, version);
    m_insertFromHub.run();
    if (m_db.changes() == 0)
        return 0; // the id is taken (the statement's own changes: its trigger's are not counted)
    const std::int64_t rowid = m_db.lastInsertRowid();
    feed(rowid, p);
    return rowid;
}

void BulkWriter::commitQuietly()
{
    if (m_broken || !m_transaction)
        throw SqlError{SQLITE_MISUSE, "the bulk write already ended"};
    finishFeeding();
    if (m_leaveIndexesDropped)
        recordDroppedIndexes();
    else
        rebuildIndexes();
    search::catchUp(m_db, m_options.progress);
    if (m_options.progress && m_options.progress->cancelled())
        throw SqlError{SQLITE_INTERRUPT, "cancelled"};
    // A large write leaves the log copy into the store to a thread of its own (BackgroundCheckpoint):
    // SQLite would otherwise copy everything just written at this commit, on this thread.
    const bool large = m_written >= kCheckpointApartRows;
    if (large)
        sqlite3_wal_autocheckpoint(m_db.handle(), 0);
    struct AutoCheckpointBack
    {
        sqlite3* db;
        bool on;
        ~AutoCheckpointBack()
        {
            if (on)
                sqlite3_wal_autocheckpoint(db, kAutoCheckpointPages);
        }
    } back{m_db.handle(), large};
    m_transaction->commit();
    m_transaction.reset();
    restoreCache();
    restoreSynchronous();
    if (large)
        m_store.checkpointInBackground();
}

Status BulkWriter::commit()
{
    try {
        commitQuietly();
    } catch (const SqlError& e) {
        if (e.code == SQLITE_INTERRUPT) {
            m_broken = true;
            return Error::make("cancelled", "stopped before the end: nothing was written").at(m_store.path());
        }
        return failed(e);
    }
    if (m_added == 1)
        m_store.notify({StoreChange::Kind::ProblemAdded, m_firstId, m_firstRowid});
    else if (m_added > 1)
        m_store.notify({StoreChange::Kind::Reset, {}, 0});
    return {};
}

} // namespace balgul::core
