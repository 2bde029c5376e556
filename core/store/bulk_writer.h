#pragma once

#include "core/domain/problem.h"
#include "core/store/database.h"
#include "core/util/result.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core {

class Progress;
class Store;

namespace search {
class BackgroundSegmentBuilder;
struct BuiltSegment;
} // namespace search

/// How a BulkWriter treats what it writes.
struct BulkWriteOptions
{
    /// Queue an upsert op for each problem: an import is the user's own work and goes to the hub;
    /// demo data and a benchmark's fill do not.
    bool queueOps = false;
    /// Hears "index" (rows indexed for search, of how many) while commit() builds the search index,
    /// and is asked whether to stop: a cancelled commit rolls everything back. May be null.
    Progress* progress = nullptr;
    /// Whether the commit waits until the disk has the transaction (the store's rule). Without, a
    /// power cut or a crash of the system (not of the app) may take the transaction back, whole, with
    /// any transaction after it that did not wait either: for what can be fetched again and carries
    /// its own place, such as a group of pulled pages and the cursor after them. The store's next
    /// commit that waits makes this one durable too (the log is written in order).
    bool waitForDisk = true;
};

/// A problem made ready for BulkWriter::addPrepared() away from the store: completed, checked, and
/// the fields its queued op carries already written out.
struct PreparedProblem
{
    Problem problem;
    std::string opFields; ///< empty: made by the writer if it queues ops
};

/// The one way to write many problems at once: a GeoJSON import, a pulled page of the hub's changes,
/// demo data, a benchmark's fill. Everything goes into one transaction, begun by begin(): the rows
/// through statements prepared once, their search index built in bulk by commit() just before the
/// transaction commits, so the index is complete and correct whenever the rows can be seen. Nothing
/// is visible to other connections before commit(); a writer destroyed without commit() (an error,
/// a cancel) rolls everything back and leaves the store exactly as it was.
///
/// Other statements on the store's database() may run between adds (a pulled page's comments and
/// cursor): they belong to the same transaction. One writer at a time per Store; a Store is not
/// shared between threads, and neither is its writer.
class BulkWriter
{
public:
    /// Begins the transaction (BEGIN IMMEDIATE: other connections may read but not write until the
    /// commit). Errors: `store_corrupt`, `store_failed` (the store file's name in Error::file).
    static Result<std::unique_ptr<BulkWriter>> begin(Store& store, BulkWriteOptions options = {});
    ~BulkWriter();
    BulkWriter(const BulkWriter&) = delete;
    BulkWriter& operator=(const BulkWriter&) = delete;

    /// Checks and writes one problem as Store::createProblem would: an empty id becomes a new UUIDv7,
    /// an unset creation time now, `updated` at least `created`; `rowid` is set. An invalid problem
    /// fails with the field at fault (validateProblem), an id the store already has (removed problems
    /// included: ids are never reused) with `duplicate_id`; either writes nothing and the writer
    /// stays usable. A store failure (`store_failed`, `store_corrupt`) ends the writer's use: what
    /// follows fails and nothing is committed.
    Status add(Problem& problem);
    /// add(), except that an id the store already has (or an earlier add's) is replaced by a new
    /// UUIDv7 instead of failing: an import keeps a file's ids where it can. One look-up, not two.
    Status addKeepingIdIfFree(Problem& problem);
    /// What add() does to a problem before it touches the store, on any thread (an import prepares
    /// the next features on the thread that reads the file while this one writes): the same
    /// completion and check, and with `withOp` the fields of the op a queuing writer adds. Errors as
    /// add()'s for an invalid problem.
    static Result<PreparedProblem> prepare(Problem problem, bool withOp);
    /// prepare() of a problem validateProblem() already accepted, with an empty id or a UUID (an
    /// import's reader checks each feature itself, to name its line): not checked again.
    static PreparedProblem prepareValidated(Problem problem, bool withOp);
    /// add() (or with `keepIdIfFree`, addKeepingIdIfFree()) of a prepared problem, which is neither
    /// completed nor checked again; `prepared.problem` gets its id and rowid as add() sets them.
    Status addPrepared(PreparedProblem& prepared, bool keepIdIfFree);
    /// Whether the store has a problem with this id (removed ones and those added here included).
    Result<bool> contains(const std::string& id);
    /// Problems written by add() so far.
    std::size_t added() const { return m_added; }

    /// Another bulk write follows this one at once (a pull's next group): the indexes dropped for
    /// this write stay dropped at its commit, recorded in the store, and the next writer's commit
    /// makes them again (or, told this too, leaves them to the writer after it). Readers meanwhile
    /// see every row, through the table instead of those indexes.
    void leaveIndexesDropped() { m_leaveIndexesDropped = true; }
    /// Makes the indexes a bulk write left dropped for one that never came (a pull stopped by a
    /// crash between two groups); nothing when there are none. Errors as commit()'s.
    static Status restoreIndexes(Store& store);

    /// Builds the search index of everything written in this transaction, commits, and tells the
    /// store's listeners (one problem: ProblemAdded; more: Reset). Errors: `cancelled` (the
    /// progress said stop), `store_failed`, `store_corrupt`; after an error nothing was committed.
    Status commit();

private:
    friend class Store;
    BulkWriter(Store& store, BulkWriteOptions options);

    /// Writes a problem as the hub has it (a pulled page): as given, with the hub's `version`,
    /// checked only by the store's own constraints; queues nothing. Returns its rowid, or 0 when the
    /// store has a problem with that id already (nothing written). Throws SqlError.
    std::int64_t addFromHub(const Problem& problem, std::int64_t version);
    /// commit() without telling the listeners (the pull tells them once for its whole page). Throws
    /// SqlError.
    void commitQuietly();
    /// Store failures end the writer: remembered so that later calls fail too.
    Error failed(const SqlError& e);
    /// Past the first few rows, rows are indexed as they are written (feed()) instead of by the
    /// schema's insert trigger, which costs as much as the rest of the row: the trigger is dropped
    /// for the rest of the transaction and made again before the commit.
    void startFeeding();
    void feed(std::int64_t rowid, const Problem& problem);
    /// Everything fed is in the postings; anything written otherwise goes the pending way.
    void finishFeeding();
    /// Writes segments the builder finished, in their order.
    void writeSegments(const std::vector<search::BuiltSegment>& segments);
    /// A large write into a small store drops the secondary indexes it would land on at random (the
    /// map and time indexes, the outbox's keys) and makes them again before the commit: one sort
    /// instead of a random insert per row. The SQL of each, while it is dropped.
    void dropIndexes();
    void rebuildIndexes();
    /// Indexes an earlier write left dropped (leaveIndexesDropped()): this one makes them.
    void loadDroppedIndexes();
    void recordDroppedIndexes();
    /// Whether the problems (and, queuing ops, the outbox) have no index left but their UNIQUE ones.
    bool liveIndexesOnlyId();
    /// Completes and checks a problem as add() does (prepare() without the op).
    static Status complete(Problem& problem);
    /// The completion alone: a new id, a creation time, `updated` at least `created`.
    static void fillDefaults(Problem& problem);
    /// Writes a completed, checked problem, and its op with `opFields` (made here when empty).
    Status write(Problem& problem, std::string_view opFields, bool newIdIfTaken);
    /// A page cache that holds the indexes a large write lands on; the store's own again after.
    void growCache();
    void restoreCache();
    void restoreSynchronous();
    /// Asks the system to start writing the log to the disk (a commit that waits for the disk then
    /// waits for what is left); Linux only, a hint.
    void startWriteback();

    Store& m_store;
    Database& m_db;
    BulkWriteOptions m_options;
    std::unique_ptr<Transaction> m_transaction;
    Statement m_insert;
    Statement m_insertFromHub;
    Statement m_exists;
    Statement m_knownVersion;
    Statement m_queue;
    std::unique_ptr<search::BackgroundSegmentBuilder> m_builder; ///< while feeding
    std::string m_insertTrigger;                                 ///< its SQL, while it is dropped
    std::int64_t m_feedAfter = 0;                                ///< rows above this rowid are fed
    std::int64_t m_fed = 0;
    std::int64_t m_lastFed = 0;
    std::vector<std::int64_t> m_fedSegments;
    struct DroppedIndex
    {
        std::string name;
        std::string sql; ///< its CREATE INDEX statement
    };
    std::vector<DroppedIndex> m_droppedIndexes;
    bool m_recordedIndexes = false;     ///< some were dropped by an earlier write (meta rows)
    bool m_leaveIndexesDropped = false; ///< see leaveIndexesDropped()
    std::size_t m_written = 0;          ///< rows written (added and from the hub)
    std::int64_t m_rowsBefore = 0;
    std::int64_t m_cacheSize = 0; ///< the store's PRAGMA cache_size, put back at the end
    std::int64_t m_cacheKib = 0;  ///< the page cache now, in KiB
    bool m_cacheGrown = false;
    int m_logFile = -1;              ///< the write-ahead log, read-only, for startWriteback()
    bool m_onlyIdIndexLive = false;  ///< the problems' other indexes and the outbox's are dropped
    std::int64_t m_synchronous = -1; ///< the store's PRAGMA synchronous while the writer's differs
    std::size_t m_added = 0;
    std::string m_firstId; ///< of the first problem added (the notice for a single one)
    std::int64_t m_firstRowid = 0;
    bool m_broken = false; ///< a store failure happened: nothing more is written
};

} // namespace balgul::core
