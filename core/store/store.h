#pragma once

#include "core/domain/problem.h"
#include "core/store/database.h"
#include "core/util/result.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace balgul::core {

/// A latitude/longitude box; west > east is not supported (no antimeridian crossing).
struct GeoBox
{
    double south = -90, west = -180, north = 90, east = 180;
    bool contains(double lat, double lon) const
    {
        return lat >= south && lat <= north && lon >= west && lon <= east;
    }
};

/// The minimum a map needs of a problem.
struct ProblemPoint
{
    std::int64_t rowid = 0;
    double lat = 0;
    double lon = 0;
    std::uint8_t category = 0; ///< index into defaultCategories()
    std::uint8_t status = 0;   ///< ProblemStatus
};

enum class ProblemOrder
{
    UpdatedDesc,
    CreatedDesc,
    Title,
};

/// Filters for listing problems. Empty vectors mean "any".
struct ProblemQuery
{
    std::vector<std::string> categories;
    std::vector<ProblemStatus> statuses;
    std::string text;          ///< substring search (FTS5 trigram; 1–2 characters fall back to LIKE)
    std::optional<GeoBox> box; ///< only problems inside
    ProblemOrder order = ProblemOrder::UpdatedDesc;
    int limit = -1; ///< -1: all
    int offset = 0;
};

/// One local change waiting to be pushed to the hub (sync-protocol.md "Push").
struct OutboxEntry
{
    std::int64_t seq = 0; ///< local order
    std::string opId;     ///< UUIDv7, reused on every retry
    std::string kind;     ///< "upsert" | "delete"
    std::string entity;   ///< "problem" | "comment" | "support" | "attachment"
    std::string entityId;
    std::string fieldsJson; ///< the changed fields, a JSON object
    Timestamp created{};
};

/// What changed in the store, for models and views to follow.
struct StoreChange
{
    enum class Kind
    {
        ProblemAdded,
        ProblemUpdated,
        ProblemRemoved,
        CommentsChanged,
        SupportsChanged,
        AttachmentsChanged,
        Reset, ///< many rows changed (import, demo): reload everything
    };
    Kind kind;
    std::string problemId;
    std::int64_t rowid = 0;
};

struct StoreStats
{
    std::int64_t problems = 0;
    std::int64_t comments = 0;
    std::int64_t supports = 0;
    std::int64_t attachments = 0;
    std::int64_t outbox = 0;
    std::vector<std::pair<std::string, std::int64_t>> byCategory; ///< code → count, display order
    std::vector<std::pair<std::string, std::int64_t>> byStatus;   ///< status → count
};

struct StoreOptions
{
    bool create = true;   ///< create the file (and its folder) when missing
    std::string userName; ///< author of new problems/comments; empty keeps the stored one
};

/// A profile's local store: one SQLite file (WAL, foreign keys) plus a folder of
/// content-addressed blobs beside it (`<file>.blobs/ab/abcdef…`). The user's truth.
///
/// Every mutation writes its rows and the matching outbox entry in one transaction.
/// Not thread-safe: open one Store per thread (SQLite WAL lets them share the file).
class Store
{
public:
    static constexpr int kSchemaVersion = 1;

    /// Opens or creates a store, running pending migrations in one transaction.
    /// Errors: `not_sqlite`, `newer_schema`, `open_failed`, `migration_failed`.
    static Result<std::unique_ptr<Store>> open(const std::string& path, const StoreOptions& options = {});
    ~Store();

    const std::string& path() const { return m_path; }
    std::string blobDir() const;
    int schemaVersion() const;
    /// The author name used for new problems, comments and supports.
    const std::string& userName() const { return m_userName; }
    Status setUserName(const std::string& name);

    // Problems ---------------------------------------------------------------
    /// Validates, assigns id/created/updated (and author when empty), stores, and queues the op.
    Result<Problem> createProblem(Problem draft);
    /// Applies only the set fields; queues one op naming just the changed fields.
    Result<Problem> updateProblem(const std::string& id, const ProblemPatch& patch);
    /// Removes a problem (kept as a tombstone so an undo can restore it); queues a delete op.
    Status removeProblem(const std::string& id);
    /// Undoes removeProblem; queues an upsert op with the whole problem.
    Status restoreProblem(const std::string& id);

    std::optional<Problem> problem(const std::string& id);
    std::optional<Problem> problemByRowid(std::int64_t rowid);
    Result<std::vector<Problem>> problems(const ProblemQuery& query);
    Result<std::int64_t> countProblems(const ProblemQuery& query);
    /// Calls `visit` for every live problem in the order they were added, from one forward
    /// scan, so an export of a million problems never holds them all (paging with OFFSET
    /// would sort the table once per page).
    Status forEachProblem(const std::function<void(const Problem&)>& visit);
    /// Row ids of the problems whose text contains `text` (any length ≥ 1).
    Result<std::vector<std::int64_t>> searchRowids(const std::string& text, int limit = -1);
    /// Every live problem, for building the map's cluster index (fast path: covering index).
    std::vector<ProblemPoint> allPoints();
    /// Problems inside a box, via the R*Tree.
    std::vector<ProblemPoint> pointsIn(const GeoBox& box);
    /// Possible duplicates of a new problem: within `radiusMeters` and the same category,
    /// or with similar text anywhere near; nearest first.
    std::vector<Problem> similarProblems(const Problem& draft, double radiusMeters = 200, int limit = 10);

    // Comments and supports --------------------------------------------------
    Result<Comment> addComment(const std::string& problemId, const std::string& text);
    Status removeComment(const std::string& commentId);
    std::vector<Comment> comments(const std::string& problemId);
    /// "Me too" by the current user: one per user and problem.
    Status setSupported(const std::string& problemId, bool supported);
    bool isSupported(const std::string& problemId);

    // Attachments ------------------------------------------------------------
    /// Reads a file, checks it is an image (JPEG, PNG, GIF, WebP) within 20 MiB,
    /// stores its bytes under their SHA-256 and links them to the problem.
    Result<Attachment> attachFile(const std::string& problemId, const std::string& filePath);
    Result<Attachment> attachBytes(const std::string& problemId, const std::string& bytes,
                                   const std::string& fileName);
    Status detach(const std::string& problemId, const std::string& sha256);
    std::vector<Attachment> attachments(const std::string& problemId);
    /// Where the bytes of a blob live (may not exist).
    std::string blobPath(const std::string& sha256) const;

    // Outbox -------------------------------------------------------------------
    std::vector<OutboxEntry> outbox(int limit = -1);
    std::int64_t outboxSize();

    // Bulk -----------------------------------------------------------------------
    /// Inserts many problems in one transaction (import, demo). All or nothing: the first
    /// invalid problem aborts with its index in Error::line (1-based). Queues ops when
    /// `queueOps` (an import is a user action; demo data is not).
    Status insertProblems(std::vector<Problem>& problems, bool queueOps);

    StoreStats stats();

    // Change notification -----------------------------------------------------
    using Listener = std::function<void(const StoreChange&)>;
    int addListener(Listener listener);
    void removeListener(int handle);

    /// The raw connection, for core code that needs queries this API lacks.
    Database& database() { return m_db; }

private:
    Store() = default;
    void migrate();
    void notify(const StoreChange& change);
    void queueOp(const std::string& kind, const std::string& entity, const std::string& entityId,
                 const std::string& fieldsJson);
    Problem readProblem(const Statement& st) const;
    void writeSearchAndIndex(const Problem& p);

    std::string m_path;
    std::string m_userName;
    Database m_db;
    std::vector<std::pair<int, Listener>> m_listeners;
    int m_nextListener = 1;
};

} // namespace balgul::core
