#pragma once

#include "core/domain/problem.h"
#include "core/pilots/pilot.h"
#include "core/store/database.h"
#include "core/triage/status_rules.h"
#include "core/util/result.h"
#include "core/voting/local_round.h"

#include <Poco/JSON/Object.h>

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace balgul::core {

class BulkWriter;

namespace sync {
struct Change;
struct PushResult;
} // namespace sync

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
    bool includeMerged = false; ///< also problems merged into another (duplicate_of set)
    int limit = -1;             ///< -1: all
    int offset = 0;
};

/// A problem marked as a duplicate of another and merged into it (sync-protocol.md "Merging
/// duplicates"), with what the merge moved so it can be undone. Written here when the merge is made
/// and replaced by the hub's record when a pull brings it.
struct ProblemMerge
{
    std::string id; ///< UUID
    std::string duplicateId;
    std::string keptId;
    std::string note;
    ProblemStatus statusBefore = ProblemStatus::New; ///< the duplicate's status before the merge
    std::vector<std::string> movedComments;          ///< comment ids moved to the kept problem
    std::vector<std::string> movedSupports;          ///< accounts whose support was made on the kept problem
    std::vector<std::string> keptSupports;           ///< accounts that supported both problems
    std::string author;
    std::string authorId;
    Timestamp at{};
    bool local = false;   ///< written here; the hub's record has not been pulled yet
    bool deleted = false; ///< undone
};

/// One local change waiting to be pushed to the hub (sync-protocol.md "Push").
struct OutboxEntry
{
    std::int64_t seq = 0; ///< local order
    std::string opId;     ///< UUIDv7, reused on every retry
    std::string kind;     ///< "upsert" | "delete"
    std::string entity;   ///< "problem" | "comment" | "support" | "attachment" | "status_change"
    std::string entityId;
    std::string fieldsJson; ///< the changed fields, a JSON object
    Timestamp created{};
    std::int64_t baseVersion = 0; ///< the hub version the user edited from (taken at queue time)
    std::string problemId;        ///< the problem the entity belongs to (itself for a problem)
    std::string syncKey;          ///< the entity's key for sync state ("<problem>:<sha256>" for photos)
    bool sent = false;            ///< pushed at least once without an answer recorded
};

/// Where a problem (with its comments, supports and photos) stands with the hub.
enum class SyncState
{
    Synced,   ///< nothing waiting
    Pending,  ///< local changes never sent
    Sent,     ///< sent, the hub's answer not recorded yet (will be retried with the same op ids)
    Conflict, ///< the hub kept another value for some field: the user picks (see conflicts())
    Rejected, ///< the hub refused a change (see code and message)
};
std::string_view toString(SyncState state);

struct SyncStatus
{
    SyncState state = SyncState::Synced;
    std::int64_t version = 0; ///< the hub version of the problem last pulled (0: never on the hub)
    int pendingOps = 0;
    std::string code;    ///< with Rejected: the hub's code (forbidden, missing_blob, ...)
    std::string message; ///< with Rejected: the hub's English detail
};

/// A change the hub refused, kept until the user takes the hub's version back or keeps the change
/// another way (store_refusals.cpp).
struct Refusal
{
    std::string entity;            ///< "problem", "comment", "support" or "attachment"
    std::string id;                ///< the entity's sync key
    std::string code;              ///< the hub's error code ("forbidden", "invalid_field", ...)
    std::string message;           ///< the hub's English detail (for logs; people read the code's text)
    std::string refusedFieldsJson; ///< the refused fields as a JSON object; {"deleted":true} for a delete
    std::string hubFieldsJson;     ///< the entity's fields as the hub last gave them ("" when never)
};

/// One field the hub and this client changed differently.
struct SyncConflict
{
    std::string entity; ///< "problem" or "comment"
    std::string id;
    std::string problemId;
    std::string field;
    std::string hubValueJson;   ///< JSON value the hub holds
    std::string localValueJson; ///< JSON value this client holds
    std::int64_t hubVersion = 0;
};

enum class ConflictChoice
{
    UseMine, ///< push the local value again, based on the hub's current version
    UseHub,  ///< take the hub's value locally
};

/// What applying one pulled page did.
struct PullApplied
{
    int applied = 0;  ///< entities written locally
    int kept = 0;     ///< fields kept because local ops are pending
    int deferred = 0; ///< children waiting for their problem
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
        SyncStateChanged, ///< sync state or conflicts of `problemId` changed (empty: of many)
        PilotsChanged,    ///< a pilot, its links or its history changed (`problemId`: the pilot's id)
        VotingChanged,    ///< a round, this profile's ballot or a round's results (`problemId`: the round)
        Reset,            ///< many rows changed (import, demo): reload everything
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

class BackgroundCheckpoint;

struct StoreOptions
{
    bool create = true;   ///< create the file (and its folder) when missing
    std::string userName; ///< author of new problems/comments; empty keeps the stored one
    /// Read only (`stats`, `export`): nothing is written, not a schema, not a journal mode, not an
    /// upgrade; a file that is not a current Balgul store is refused as it is.
    bool readOnly = false;
};

/// A profile's local store: one SQLite file (WAL, foreign keys) plus a folder of
/// content-addressed blobs beside it (`<file>.blobs/ab/abcdef…`). The user's truth.
///
/// Every mutation writes its rows and the matching outbox entry in one transaction.
/// Not thread-safe: open one Store per thread (SQLite WAL lets them share the file).
class Store
{
public:
    static constexpr int kSchemaVersion = 16;

    /// Opens or creates a store, running pending migrations in one transaction. The file is first
    /// opened read-only and changed only once it is known to be a Balgul store. A store whose last
    /// session did not end cleanly (see uncleanMarkerPath) passes an integrity check before it is
    /// opened for writing. Errors: `file_not_found`, `is_folder`, `not_regular_file`, `not_sqlite`,
    /// `not_balgul`, `empty_store` (read only), `newer_schema`, `older_schema` (read only),
    /// `store_corrupt`, `read_only_folder`, `read_only_file`, `open_failed`, `migration_failed`.
    static Result<std::unique_ptr<Store>> open(const std::string& path, const StoreOptions& options = {});
    /// The file beside a store that says its last session has not ended cleanly: made when the store
    /// is opened for writing, removed when it is closed, and left (or made) when damage is found, so
    /// the next open for writing checks the file first (`PRAGMA quick_check`).
    static std::string uncleanMarkerPath(const std::string& storePath);
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
    /// removeProblem and restoreProblem for many problems (an import undone and redone) in one
    /// transaction, with one op each and one Reset notice; ids already in that state are skipped.
    /// Returns how many changed.
    Result<std::size_t> removeProblems(const std::vector<std::string>& ids);
    Result<std::size_t> restoreProblems(const std::vector<std::string>& ids);

    std::optional<Problem> problem(const std::string& id);
    std::optional<Problem> problemByRowid(std::int64_t rowid);
    Result<std::vector<Problem>> problems(const ProblemQuery& query);
    /// Every live problem for the list and the map, in the order they were added, without the
    /// description: one scan of the table and one grouped count each of supports, comments and
    /// attachments, instead of three lookups per problem (a store of 1,000,000 reads in a few
    /// seconds, not half a minute).
    /// Problems merged into another (duplicate_of set) are left out unless `includeMerged`.
    Result<std::vector<Problem>> listProblems(bool includeMerged = false);
    Result<std::int64_t> countProblems(const ProblemQuery& query);
    /// Calls `visit` for every live problem in the order they were added, from one forward
    /// scan, so an export of a million problems never holds them all (paging with OFFSET
    /// would sort the table once per page).
    Status forEachProblem(const std::function<void(const Problem&)>& visit);
    /// Row ids of the problems whose text contains `text` (any length ≥ 1).
    Result<std::vector<std::int64_t>> searchRowids(const std::string& text, int limit = -1);
    /// Every live problem, for building the map's cluster index (fast path: covering index);
    /// merged duplicates only with `includeMerged`.
    std::vector<ProblemPoint> allPoints(bool includeMerged = false);
    /// Problems inside a box (merged duplicates only with `includeMerged`).
    std::vector<ProblemPoint> pointsIn(const GeoBox& box, bool includeMerged = false);
    /// Possible duplicates of a new problem: within `radiusMeters`, of the same category or with
    /// a title that clearly says the same thing (not merely a short word both contain); nearest first.
    std::vector<Problem> similarProblems(const Problem& draft, double radiusMeters = 200, int limit = 10);

    // Comments and supports --------------------------------------------------
    Result<Comment> addComment(const std::string& problemId, const std::string& text);
    Status removeComment(const std::string& commentId);
    /// A new text for a comment (checked as addComment does); queues an op with just the text.
    Result<Comment> editComment(const std::string& commentId, const std::string& text);
    /// Undoes removeComment; queues an upsert op with the whole comment.
    Status restoreComment(const std::string& commentId);
    std::vector<Comment> comments(const std::string& problemId);
    /// "Me too" by the current user: one per user and problem.
    Status setSupported(const std::string& problemId, bool supported);
    bool isSupported(const std::string& problemId);

    // Statuses (core/triage/store_status.cpp; the rules are core/triage/status_rules.h) ---------
    /// Moves a problem to `to` as `actor` may (checkStatusChange), writes the history entry (the
    /// author is this store's user, the hub writes its own from the account) and queues a
    /// `status_change` op, in one transaction. Errors as checkStatusChange, `not_found`.
    Result<triage::StatusChange> changeStatus(const std::string& problemId, ProblemStatus to,
                                              const std::string& note, triage::CloseReason reason,
                                              triage::StatusActor actor);
    /// A problem's status history, newest first.
    std::vector<triage::StatusChange> statusHistory(const std::string& problemId);

    // Merging duplicates (core/triage/store_merge.cpp; sync-protocol.md "Merging duplicates") ---
    /// Marks `duplicateId` as a duplicate of `keptId` as the hub will: in one transaction the
    /// duplicate is closed (reason duplicate, the note as its status note) naming the kept problem,
    /// with its history entry; its supports move to the kept problem (an account supporting both is
    /// counted once) and its comments too; the merge is recorded with what it moved and ONE
    /// `problem_merge` op is queued. Staff only (or a profile that never signed in): `forbidden`.
    /// Errors: `not_found` (field duplicate_id or kept_id), `invalid_field` (kept_id: the same
    /// problem, or itself a merged duplicate; note: too long), `already_merged` (into another
    /// problem). Merged into the same problem again changes nothing and returns that merge.
    Result<ProblemMerge> mergeProblems(const std::string& duplicateId, const std::string& keptId,
                                       const std::string& note);
    /// Undoes a merge: the duplicate gets back its status, comments and supports. A merge whose op
    /// was never sent is forgotten with its op; otherwise a delete of the `problem_merge` is queued.
    /// Errors: `forbidden`, `not_found`, `status_changed` (the duplicate moved on since).
    Status undoMerge(const std::string& mergeId);
    std::optional<ProblemMerge> problemMerge(const std::string& mergeId);
    /// The live merge that made `duplicateId` a duplicate, if any.
    std::optional<ProblemMerge> mergeOf(const std::string& duplicateId);

    // Voting (core/voting/store_voting.cpp; docs/voting.md) ---------------------------------------
    /// The rounds this profile knows (pulled, made here, imported), newest first.
    std::vector<voting::LocalRound> rounds();
    std::optional<voting::LocalRound> round(const std::string& id);
    /// Opens a round (a coordinator's): queued for the hub, which fixes the candidates' costs from
    /// the pilots; here they come from the local pilots. Errors `invalid_field` (core/voting rules:
    /// the round as a whole, a pilot unknown here or not in the voting phase).
    Result<voting::LocalRound> createRound(const voting::RoundDraft& draft);
    /// Closes an open round now (its closing moves to now; the hub's clock decides).
    Status closeRound(const std::string& id);
    /// Casts (or replaces) this profile's ballot: checked against the round's rules (error
    /// `invalid_ballot` with the first breach in English, `round_closed` when the round has closed
    /// by this computer's clock), with a new secret and receipt, queued for the hub.
    Result<voting::MyBallot> castBallot(const std::string& roundId, const voting::Ballot& ballot);
    std::optional<voting::MyBallot> myBallot(const std::string& roundId);
    /// Keeps a closed round's published answer (the hub's JSON, or one made here for a local round).
    Status storeRoundResults(const std::string& roundId, const std::string& json);
    std::optional<std::string> roundResults(const std::string& roundId);
    /// A round kept here only, never sent (a Pabulib election to study): closed, with `ballots` as
    /// its published answer. Returns its id.
    Result<std::string> addLocalRound(const voting::RoundInfo& info,
                                      const std::vector<voting::Ballot>& ballots);

    // Pilots (core/pilots/store_pilots.cpp; the rules are core/pilots/pilot_rules.h) ------------
    /// Makes a pilot in phase proposed from checked fields (checkPilot; every problem must be in
    /// this store), writes its first history entry and queues a `pilot` op, in one transaction.
    /// Only staff make pilots (the hub says so too): a citizen's account gets `forbidden`.
    Result<pilots::Pilot> createPilot(const pilots::PilotFields& fields);
    /// Replaces a pilot's fields (checked as for createPilot) and queues the fields that changed.
    Result<pilots::Pilot> updatePilot(const std::string& id, const pilots::PilotFields& fields);
    /// Moves a pilot's phase along an allowed transition (`invalid_transition` otherwise) with a
    /// note, writes the history entry and queues the change.
    Result<pilots::Pilot> setPilotPhase(const std::string& id, pilots::PilotPhase to,
                                        const std::string& note);
    std::optional<pilots::Pilot> pilot(const std::string& id);
    /// Live pilots, the latest made first.
    std::vector<pilots::Pilot> pilots();
    /// A pilot's phase history, newest first.
    std::vector<pilots::PhaseChange> pilotHistory(const std::string& pilotId);
    /// The live pilots made from a problem (the link back from the problem).
    std::vector<pilots::Pilot> pilotsOfProblem(const std::string& problemId);
    /// Joins a live pilot as a tester (not one evaluated or rejected: `forbidden`), or leaves it;
    /// queues the `pilot_tester` op. Joining twice or leaving when not in changes nothing.
    Status setPilotTester(const std::string& pilotId, bool tester);
    bool isPilotTester(const std::string& pilotId);
    /// The names of a pilot's testers.
    std::vector<std::string> pilotTesters(const std::string& pilotId);
    /// A tester's dated feedback: text (1–2,000 characters), a rating 1–5 or none. Errors:
    /// `forbidden` (join first), `invalid_field` (`text`, `rating`), `not_found`.
    Result<pilots::Feedback> addPilotFeedback(const std::string& pilotId, const std::string& text,
                                              std::optional<int> rating);
    /// A pilot's feedback, newest first.
    std::vector<pilots::Feedback> pilotFeedback(const std::string& pilotId);

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

    // Sync (store_sync.cpp; the protocol is sync-protocol.md) ---------------------------------
    /// The aggregate sync state of a problem and everything hanging on it.
    SyncStatus syncStateOf(const std::string& problemId);
    /// Open conflicts of a problem (and its comments); every problem's when `problemId` is empty.
    std::vector<SyncConflict> conflicts(const std::string& problemId = {});
    /// Settles one conflicting field of a problem (`field` of entity "problem"; for a comment
    /// pass the comment's id as `problemId`). UseMine queues a new op based on the hub's version.
    Status resolveConflict(const std::string& problemId, const std::string& field, ConflictChoice choice);
    /// Forgets the hub's rejection shown for a problem.
    Status dismissRejection(const std::string& problemId);
    /// The refused changes of a problem and of what hangs on it, the problem's own first.
    std::vector<Refusal> refusals(const std::string& problemId);
    /// Puts every refused change of a problem back to the hub's version (the problem's fields and
    /// its comments' texts as last pulled, a refused delete undone, a refused new photo removed),
    /// drops the ops still waiting for those entities and forgets the refusals. Queues nothing:
    /// the hub already holds that version.
    Status revertRefused(const std::string& problemId);
    /// The hub account (its id) that owns an entity there; "" when the hub never said (not pulled).
    std::string hubOwnerOf(const std::string& entity, const std::string& id);
    /// The sync state of every problem that is not Synced, by problem id, from a few queries
    /// (a list of 100,000 problems asks once instead of once per row). store_sync_states.cpp.
    std::unordered_map<std::string, SyncStatus> unsyncedProblems();
    /// Another connection on the same file (a worker's Store) changed rows this one's listeners
    /// have not heard of: tells them so, by default to read everything again (Reset); pass
    /// SyncStateChanged when only sync states changed (a round that pushed but pulled nothing).
    void announceExternalChange(StoreChange::Kind kind = StoreChange::Kind::Reset);

    /// This store's client id (made at creation, sent with every push).
    std::string clientId();
    /// `sync_state` values: cursor, epoch, hub_url, hub_user_id, hub_login.
    std::string syncValue(const std::string& key);
    Status setSyncValue(const std::string& key, const std::string& value);

    /// Outbox entries after local seq `afterSeq`, in order.
    std::vector<OutboxEntry> pendingOps(std::int64_t afterSeq, int limit);
    /// Marks entries as sent (before the request goes out).
    Status markSent(const std::vector<std::int64_t>& seqs);
    /// Records the hub's answers and removes the answered ops, in ONE transaction.
    Status recordPushResults(const std::vector<OutboxEntry>& ops,
                             const std::vector<sync::PushResult>& results);
    /// Applies one pulled page and stores `next` as the cursor in ONE transaction, queueing no ops.
    /// Fields with pending local ops (or open conflicts) keep their local value.
    Result<PullApplied> applyPullPage(const std::vector<sync::Change>& changes, std::int64_t next,
                                      const std::string& epoch);
    /// The same inside `writer`'s transaction, which the caller commits: a first sync writes the
    /// pages of a few seconds in one transaction, and its cursor is that of the last page in it. On
    /// an error the caller drops the writer (everything since its last commit goes).
    Result<PullApplied> applyPullPage(BulkWriter& writer, const std::vector<sync::Change>& changes,
                                      std::int64_t next, const std::string& epoch);
    /// After a writer holding pulled pages committed (`applied` changes in all): tells the views.
    void pulledPagesCommitted(int applied);
    /// The hub's history changed (a new epoch) and holds what this store saw up to `sharedSeq`:
    /// the ops the hub acknowledged with a version past it go back into the outbox (same op ids, in
    /// their first order), queued ops are based on at most `sharedSeq`, the cursor goes back to 0
    /// and known versions are forgotten, in one transaction. Returns how many ops went back.
    Result<int> beginNewEpoch(const std::string& epoch, std::int64_t sharedSeq);
    /// Ops sent again after a new epoch that the hub refused wait for their problem; those whose
    /// problem a pull has brought since go back into the outbox (new op ids: the hub recorded the
    /// refusal under the old ones), those whose refusal the user has settled are dropped. Returns
    /// how many went back.
    Result<int> requeueWaiting();
    /// Hashes of photos referenced by pending ops whose bytes are on disk (to upload first).
    std::vector<std::string> blobsToUpload();
    /// Hashes of photos linked locally whose bytes are missing (to download).
    std::vector<std::string> missingBlobs();
    /// Stores downloaded bytes after checking their hash.
    Status storeBlob(const std::string& sha256, const std::string& bytes);

    // Bulk -----------------------------------------------------------------------
    /// Inserts many problems in one transaction through a BulkWriter (core/store/bulk_writer.h, the
    /// one bulk path: imports, pulled pages, demo data). All or nothing: the first invalid problem
    /// aborts with its index in Error::line (1-based). Queues ops when `queueOps` (an import is a
    /// user action; demo data is not).
    Status insertProblems(std::vector<Problem>& problems, bool queueOps);

    /// Counts for `balgul-cli stats`. Errors: `store_corrupt` (with how to recover), `store_failed`.
    Result<StoreStats> statistics();
    /// statistics() for tests and benchmarks; throws SqlError.
    StoreStats stats();
    /// True once the file was found damaged: every write is refused from then on.
    bool damaged() const { return m_db.damaged(); }

    // Change notification -----------------------------------------------------
    using Listener = std::function<void(const StoreChange&)>;
    int addListener(Listener listener);
    void removeListener(int handle);

    /// The raw connection, for core code that needs queries this API lacks.
    Database& database() { return m_db; }

private:
    friend class BulkWriter;
    Store() = default;
    void migrate();
    void notify(const StoreChange& change);
    void queueOp(const std::string& kind, const std::string& entity, const std::string& entityId,
                 const std::string& fieldsJson, const std::string& problemId = {},
                 const std::string& syncKey = {});
    std::int64_t knownVersion(const std::string& entity, const std::string& key);
    bool applyChange(const sync::Change& change, PullApplied& applied, BulkWriter& writer);
    /// applyChange() for `pilot` and `pilot_phase_change` (core/pilots/store_pilots.cpp).
    void applyPilotChange(const sync::Change& change, const Poco::JSON::Object::Ptr& fields,
                          const std::set<std::string>& keep, bool pending, PullApplied& applied,
                          const std::string& testerKey);
    void writePilot(const pilots::Pilot& pilot);
    /// applyChange() for `round` and `ballot` (core/voting/store_voting.cpp).
    void applyVotingChange(const sync::Change& change, const Poco::JSON::Object::Ptr& fields, bool pending);
    /// recordPushResults() for a ballot's op: accepted or refused, when it is still the latest cast.
    void recordBallotAnswer(const std::string& roundId, const std::string& fieldsJson,
                            const sync::PushResult& r);
    /// applyChange() for `problem_merge`: the hub's record replaces the local one.
    void applyMergeChange(const sync::Change& change, const Poco::JSON::Object::Ptr& fields, bool pending);
    /// The effects of a merge on the local rows (core/triage/store_merge.cpp); fills what moved.
    void applyMergeEffects(ProblemMerge& merge);
    /// Puts back what a merge moved; `undoEntry` writes the history entry of an undo the hub will
    /// make too, otherwise the merge's own entry goes.
    void revertMergeEffects(const ProblemMerge& merge, bool undoEntry);
    /// The hub refused a `problem_merge` op (`kind`): the local rows go back to the hub's state.
    void settleRefusedMerge(const std::string& mergeId, const std::string& kind);
    void writeMerge(const ProblemMerge& merge);
    void writePhaseChange(const pilots::PhaseChange& change);
    /// A statement prepared once per store and reused (reset, bindings cleared) for every call with
    /// the same text; for statements run to completion before the same text is asked for again.
    Statement& cachedStatement(std::string_view sql);
    Problem readProblem(const Statement& st) const;
    void writeSearchAndIndex(const Problem& p);

    /// After a large bulk write: the write-ahead log copied into the store off this thread.
    void checkpointInBackground();

    std::string m_path;
    std::string m_userName;
    bool m_ownsMarker = false; ///< this session made the unclean-close marker and removes it on close
    Database m_db;
    std::vector<std::pair<int, Listener>> m_listeners;
    std::string m_pullUserId; ///< the hub user id while a pulled page is applied
    /// While a pulled page is applied: whether the outbox and the open conflicts have rows at all
    /// (applying a page adds none), so that a first sync asks nothing of them per change.
    bool m_pullOutboxRows = true;
    bool m_pullConflictRows = true;
    /// Found by the text without making a string of it (a pulled change asks for several).
    struct SqlHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view sql) const { return std::hash<std::string_view>{}(sql); }
    };
    std::unordered_map<std::string, std::unique_ptr<Statement>, SqlHash, std::equal_to<>>
        m_statements;                                   ///< cachedStatement()
    std::unique_ptr<BackgroundCheckpoint> m_checkpoint; ///< made by the first large bulk write
    int m_nextListener = 1;
};

} // namespace balgul::core
