#pragma once

// The hub's storage interface: one implementation per database (SQLite now, PostgreSQL later).
// The sync rules live in SyncService; a storage only keeps rows and allocates sequence numbers.
//
// Expected failures (a login already taken) come back as core::Result; a failure of the
// database itself throws StorageError, which the HTTP layer turns into a 500.

#include "hub/auth/login_counter.h"

#include "core/sync/protocol.h"
#include "core/util/result.h"
#include "core/util/time.h"

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::hub {

enum class Role
{
    Citizen,
    Coordinator,
    Admin,
};
std::string_view toString(Role role);
std::optional<Role> roleFromString(std::string_view text);

struct User
{
    std::string id; ///< UUID
    std::string login;
    std::string displayName;
    Role role = Role::Citizen;
    std::string passwordHash; ///< see password.h
    core::Timestamp created{};
    /// The invite this account registered with (Invite::id); empty without one. A round may be open
    /// to the accounts of one invite only (docs/voting.md).
    std::string inviteId;
};

/// A code that lets someone register on a hub that is not open to everyone. Only the code's
/// SHA-256 is stored; `id` is a short public handle to list and revoke it by.
struct Invite
{
    std::string id;
    std::string codeHash;
    Role role = Role::Citizen;
    int usesLeft = 1;
    core::Timestamp expires{};
    core::Timestamp created{};
    std::string note;
};

/// The one answer for a code that lets no one in: unknown, used up, expired and revoked look
/// alike, so answers tell nothing about the code space.
inline core::Error invalidInvite()
{
    return core::Error::make("invalid_invite", "the invite code is not valid (unknown, used up or expired)",
                             "invite");
}

/// Who last wrote a field of an entity, for the field merge.
struct FieldStamp
{
    std::int64_t version = 0;
    std::string clientId;
};

/// The latest state of one entity. `seq` is its version (the seq of its last change).
struct EntityState
{
    std::string entity;
    std::string id;
    std::string ownerId; ///< the user who created it
    std::int64_t seq = 0;
    bool deleted = false;
    Poco::JSON::Object::Ptr fields;
    std::map<std::string, FieldStamp> stamps;
};

/// One entity row as stored, its fields left as their JSON object text: the pull path writes
/// them through without parsing.
struct StoredRow
{
    std::string entity;
    std::string id;
    std::string ownerId;
    std::int64_t seq = 0;
    bool deleted = false;
    std::string fieldsJson;
};

/// A push op's stored outcome, so a repeated op_id answers the same.
struct StoredOp
{
    std::string userId;
    core::sync::PushResult result;
};

class StorageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Which live problems a listing wants.
struct ProblemFilter
{
    std::vector<std::string> categories; ///< any when empty
    std::optional<bool> closed;          ///< resolved or closed (true), any other status (false), or any
    std::int64_t createdFromMs = 0;      ///< the creation time's window, both ends included
    std::int64_t createdToMs = 0;
    bool withUndated = true; ///< problems without a creation time pass too
    std::size_t limit = 1000;
};

/// What the problem index keeps of a live problem: the columns a listing filters and sorts on.
struct ProblemIndexRow
{
    std::string id;
    std::int64_t seq = 0;
    std::string category;                  ///< "" when the problem has none
    bool closed = false;                   ///< status resolved or closed
    std::optional<std::int64_t> createdMs; ///< its `created` time, read by core::parseIso8601
};

/// The index row of a live problem; nullopt for other entities and deleted problems (which the
/// index does not hold).
std::optional<ProblemIndexRow> problemIndexRow(const EntityState& state);

/// Whether `state` names `problemId` as its `problem_id` (what liveChildren() looks for).
bool hangsOn(const EntityState& state, const std::string& problemId);

/// One write transaction: exclusive, rolled back when destroyed without commit().
/// Sequence numbers taken inside it become visible to pulls only at commit.
class HubTransaction
{
public:
    virtual ~HubTransaction() = default;

    virtual std::optional<StoredOp> findOp(const std::string& opId) = 0;
    virtual void recordOp(const std::string& opId, const std::string& userId, const std::string& clientId,
                          const core::sync::PushResult& result) = 0;
    virtual std::optional<EntityState> loadEntity(const std::string& entity, const std::string& id) = 0;
    /// The version (seq) of an entity's row, deleted or not; nullopt when there is none. A storage
    /// that can read it without the fields answers faster than loadEntity().
    virtual std::optional<std::int64_t> entityVersion(const std::string& entity, const std::string& id)
    {
        auto state = loadEntity(entity, id);
        return state ? std::optional<std::int64_t>(state->seq) : std::nullopt;
    }
    /// A hint before a push's ops run: the ops and entities it is about to look up, so a storage
    /// that pays a round trip per query can read them all at once. Lookups of anything else still
    /// work. The default does nothing.
    virtual void prefetch(const std::vector<std::string>& opIds,
                          const std::vector<std::pair<std::string, std::string>>& entities)
    {
        (void)opIds;
        (void)entities;
    }
    /// The live entities of kind `entity` ("comment" or "support") that hang on the problem
    /// `problemId` (their `problem_id` names it), what this transaction wrote included, in id
    /// order. One query on an index, whatever the store holds.
    virtual std::vector<EntityState> liveChildren(const std::string& entity,
                                                  const std::string& problemId) = 0;
    /// The next hub sequence number (one per change).
    virtual std::int64_t nextSeq() = 0;
    /// Inserts or replaces the entity's row; `state.seq` is its new version.
    virtual void saveEntity(const EntityState& state) = 0;
    /// Durable when this returns (the ack-after-commit rule).
    virtual void commit() = 0;
};

class HubStorage
{
public:
    virtual ~HubStorage() = default;

    /// The current epoch and the last seq committed; `epochs` left empty (sync-protocol.md
    /// "Epochs and cursors").
    virtual core::sync::HubHistory head() = 0;
    /// The current epoch, the last seq and the store's epochs, oldest first (the current one last).
    virtual core::sync::HubHistory history() = 0;
    /// Takes a new epoch beginning at the last seq, unless the current epoch is no longer
    /// `expected` (another process took one already); "" takes one whatever the current epoch.
    /// Returns the history after.
    virtual core::sync::HubHistory takeNewEpoch(const std::string& expected) = 0;
    /// What opening the store did that the operator should hear of, "" when nothing (on PostgreSQL:
    /// a new epoch because the hub's tables were made again, as a pg_restore does).
    virtual std::string openNote() { return {}; }
    virtual std::unique_ptr<HubTransaction> begin() = 0;
    /// Entities whose seq is > `since`, in seq order, at most `limit`.
    virtual std::vector<EntityState> changesSince(std::int64_t since, std::size_t limit) = 0;
    /// The same rows as changesSince() with the fields unparsed (and no field stamps).
    virtual std::vector<StoredRow> rowsSince(std::int64_t since, std::size_t limit) = 0;
    /// How many entities have a seq > `since`: one count over the seq index, for a pull's
    /// `remaining`.
    virtual std::int64_t countSince(std::int64_t since) = 0;
    virtual std::int64_t lastSeq() = 0;

    // Users -----------------------------------------------------------------------------------
    /// Error code `login_taken` when the login exists (case-insensitively).
    virtual core::Result<User> addUser(const User& user) = 0;
    virtual core::Status updateUser(const User& user) = 0;
    virtual std::optional<User> userByLogin(const std::string& login) = 0;
    virtual std::optional<User> userById(const std::string& id) = 0;
    virtual std::vector<User> users() = 0;

    // Tokens (stored only as their SHA-256) ---------------------------------------------------
    virtual void addToken(const std::string& tokenHash, const std::string& userId,
                          core::Timestamp expires) = 0;
    /// The user a live token belongs to; expired tokens are not found.
    virtual std::optional<User> userForToken(const std::string& tokenHash, core::Timestamp at) = 0;

    // Invites (stored only as their SHA-256) --------------------------------------------------
    virtual void addInvite(const Invite& invite) = 0;
    /// Every invite, used up and expired ones too, newest first.
    virtual std::vector<Invite> invites() = 0;
    /// False when there is no invite with this id.
    virtual bool revokeInvite(const std::string& id) = 0;
    /// Stores `user` with the role of the live invite `codeHash` and takes one use of it, in one
    /// transaction. Errors: `invalid_invite` (unknown, used up, expired or revoked), `login_taken`.
    virtual core::Result<User> addUserWithInvite(User user, const std::string& codeHash,
                                                 core::Timestamp at) = 0;

    // Sessions ----------------------------------------------------------------------------------
    /// Revokes every token of the account; how many there were.
    virtual std::int64_t revokeTokens(const std::string& userId) = 0;
    /// Revokes one token; false when there was no such token.
    virtual bool revokeToken(const std::string& tokenHash) = 0;
    /// Disabling revokes every token of the account in the same transaction; enabling lets the
    /// account sign in again.
    virtual void setUserDisabled(const std::string& userId, bool disabled, core::Timestamp at) = 0;
    virtual bool isUserDisabled(const std::string& userId) = 0;

    // Login counters (login_counter.h), shared by every process on the store -------------------
    /// Drops every counter that has expired under `rule.windowMs` (every key shares one window),
    /// then counts one attempt on `key` by `rule`, atomically for every hub process on the store.
    virtual CountedAttempt countLoginAttempt(const std::string& key, std::int64_t nowMs,
                                             const LoginCountRule& rule) = 0;
    virtual void clearLoginCounter(const std::string& key) = 0;
    /// Drops every counter expired at `nowMs`; how many.
    virtual std::int64_t purgeLoginCounters(std::int64_t nowMs, std::int64_t windowMs) = 0;

    // Blob accounting: who first uploaded which bytes, for quotas and clean-up ----------------
    /// Records `sha256` as uploaded by `userId` unless it is recorded already.
    virtual void recordBlob(const std::string& sha256, const std::string& userId, std::int64_t size,
                            core::Timestamp at) = 0;
    /// The bytes of every recorded blob the account uploaded first.
    virtual std::int64_t blobBytesOf(const std::string& userId) = 0;
    /// The blobs that live (not deleted) attachments name.
    virtual std::vector<std::string> referencedBlobs() = 0;
    virtual void forgetBlobs(const std::vector<std::string>& sha256s) = 0;

    // Live problems for public reads (the Open311 facade): on the reading connections, never
    // under the writer's lock, from a problem index the write transactions keep ---------------
    /// The live problems among `ids` (at most 1000), in no particular order.
    virtual std::vector<EntityState> problemsById(const std::vector<std::string>& ids) = 0;
    /// The live problems `filter` passes, newest creation time first (undated last), then the
    /// newest seq first; at most `filter.limit`. One query, filters and limit in SQL.
    virtual std::vector<EntityState> findProblems(const ProblemFilter& filter) = 0;
};

/// Opens or creates `path` (WAL, synchronous=FULL). Throws StorageError when it cannot.
std::unique_ptr<HubStorage> openSqliteHubStorage(const std::string& path);

// Row codecs shared by every storage: an entity's fields and field stamps are kept as JSON text.
/// Field stamps as JSON: {"field": [version, "client id"], ...}.
std::string stampsJson(const std::map<std::string, FieldStamp>& stamps);
std::map<std::string, FieldStamp> parseStamps(const std::string& json);
/// A JSON object read back from the store; throws StorageError when it is not one.
Poco::JSON::Object::Ptr parseStored(const std::string& json);

// The store's list of epochs, kept as one meta value: "epoch:seq" words, oldest first.
/// At most this many epochs are listed (a client whose epoch fell off re-sends all it kept).
inline constexpr std::size_t kMaxListedEpochs = 64;
std::string epochsText(const std::vector<core::sync::EpochEntry>& epochs);
/// The listed epochs; a store made before epochs were listed has only `current`, begun at 0.
std::vector<core::sync::EpochEntry> parseEpochs(const std::string& text, const std::string& current);
/// `epochs` with `next` begun at `seq` added (the oldest dropped beyond kMaxListedEpochs).
std::vector<core::sync::EpochEntry> withEpoch(std::vector<core::sync::EpochEntry> epochs,
                                              const std::string& next, std::int64_t seq);

} // namespace balgul::hub
