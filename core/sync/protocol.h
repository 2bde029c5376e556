#pragma once

// Hub protocol v1 (docs: sync-protocol.md): the types both the client sync engine and the
// hub exchange, and their JSON codecs. Decoders are strict: a missing member, a wrong type
// or a value out of range is an Error whose `field` names the member at fault
// ("ops[3].base_version"), with code `invalid_field` (or `too_large` for a limit).

#include "core/util/result.h"

#include <Poco/JSON/Object.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core::sync {

inline constexpr int kProtocolVersion = 1;

/// Limits from the protocol page, also announced by GET /v1/info.
namespace limits {
inline constexpr std::size_t kMaxOpsPerPush = 500;
inline constexpr std::size_t kMaxPushBytes = 4u << 20;  ///< request body, after gzip decoding
inline constexpr std::size_t kMaxPullPage = 1000;       ///< changes per pull answer
inline constexpr std::size_t kMaxBlobBytes = 20u << 20; ///< one attachment's bytes
inline constexpr std::size_t kMaxSmallBody = 64u << 10; ///< login, register and other small bodies
inline constexpr std::size_t kMaxIdLength = 128;        ///< op ids, entity ids, client ids
inline constexpr int kMaxJsonDepth = 32;
} // namespace limits

/// The entities a push may carry in this version (as the client store queues them).
inline constexpr std::string_view kEntities[] = {
    "problem",       "comment",        "support", "attachment",
    "status_change", "problem_merge",  "pilot",   "pilot_phase_change",
    "pilot_tester",  "pilot_feedback", "round",   "ballot"};
bool isKnownEntity(std::string_view entity);

enum class OpKind
{
    Upsert,
    Delete,
};
std::string_view toString(OpKind kind);

/// One client mutation. `fields` holds only what changed since `baseVersion` (0 creates).
struct Op
{
    std::string opId;
    OpKind kind = OpKind::Upsert;
    std::string entity;
    std::string id;
    std::int64_t baseVersion = 0;
    std::string clientTime; ///< ISO 8601 as sent; empty when absent
    Poco::JSON::Object::Ptr fields;
};

struct PushRequest
{
    std::string clientId;
    std::vector<Op> ops;
};

enum class OpStatus
{
    Applied,
    Conflict,
    Rejected,
};
std::string_view toString(OpStatus status);

/// The hub's answer to one op.
struct PushResult
{
    std::string opId;
    OpStatus status = OpStatus::Applied;
    std::int64_t version = 0;               ///< the entity's version after the op (0 when rejected)
    std::vector<std::string> appliedFields; ///< with Conflict: what was applied anyway
    Poco::JSON::Object::Ptr conflicts;      ///< with Conflict: field → the hub's value
    std::string code;                       ///< with Rejected: forbidden, missing_blob, invalid_field, ...
    std::string message;                    ///< with Rejected: English detail
    /// The hub had this op id already: this is its first answer again, changing nothing. A
    /// replayed rejection or conflict is one still (sync-protocol.md "Replays").
    bool replayed = false;
};

struct PushResponse
{
    std::vector<PushResult> results;
};

/// One entity's latest state in a pull page; a deletion is a tombstone (`deleted`, few fields).
struct Change
{
    std::int64_t seq = 0;
    std::string entity;
    std::string id;
    std::int64_t version = 0;
    bool deleted = false;
    Poco::JSON::Object::Ptr fields;
    /// The fields as JSON object text, when a sender has them as text already (the hub writes
    /// stored rows straight through) or the fast page reader read them (the text as it came);
    /// when not empty the encoder uses it instead of `fields`. The strict decoder leaves it empty.
    std::string fieldsJson;
};

struct PullPage
{
    std::vector<Change> changes;
    std::int64_t next = 0; ///< the cursor to send as `since` next time
    bool more = false;     ///< another page is waiting
    std::string epoch;     ///< changes only when the hub's history was reset
    /// The changes after this page (`next`) when the request asked with `count=true`, for a
    /// progress bar; -1 when not told (not asked, or a hub before this member).
    std::int64_t remaining = -1;
};

/// The body of every error answer: {"error": {"code", "message", "field"}}.
struct ApiError
{
    std::string code;
    std::string message;
    std::string field;
    /// With `cursor_ahead`: the hub's epoch and last seq, members of the body beside "error".
    std::string epoch{};
    std::int64_t lastSeq = 0;
};

/// One epoch of a hub's history: its id and the hub's last seq when it began. Everything up to
/// that seq is shared with the epoch before (sync-protocol.md "Epochs and cursors").
struct EpochEntry
{
    std::string epoch;
    std::int64_t seq = 0;
};

/// Where a hub's history stands, as GET /v1/info tells it: "epoch", "last_seq" and "epochs"
/// ([{"epoch", "seq"}], oldest first, the current one last).
struct HubHistory
{
    std::string epoch;
    std::int64_t lastSeq = 0;
    std::vector<EpochEntry> epochs;
};

/// The seq up to which the hub's current history still holds what a client saw in epoch `known`:
/// the smallest seq at which an epoch after `known` began. 0 when `known` is not in `epochs` (the
/// client cannot tell what is left, so everything it sent may be gone).
std::int64_t sharedSeq(const std::vector<EpochEntry>& epochs, const std::string& known);

// Parsing ------------------------------------------------------------------------------------

/// Parses a JSON text that must be an object (strict; within json_bounds::kDefault, checked while
/// parsing). Error code `malformed_json`, or `too_large` past a bound (json_bounds.h).
Result<Poco::JSON::Object::Ptr> parseObject(std::string_view json);

// Encoders (compact JSON text) ---------------------------------------------------------------

std::string encode(const Op& op);
std::string encode(const PushRequest& request);
std::string encode(const PushResult& result);
std::string encode(const PushResponse& response);
std::string encode(const Change& change);
std::string encode(const PullPage& page);
std::string encode(const ApiError& error);

Poco::JSON::Object::Ptr toJson(const Op& op);
Poco::JSON::Object::Ptr toJson(const PushResult& result);
Poco::JSON::Object::Ptr toJson(const Change& change);
/// {"epoch", "last_seq", "epochs"}: the history members of GET /v1/info.
Poco::JSON::Object::Ptr toJson(const HubHistory& history);
/// Compact JSON text of an object (Poco's stringify without spaces).
std::string stringify(const Poco::JSON::Object::Ptr& object);

// Decoders ----------------------------------------------------------------------------------

Result<PushRequest> decodePushRequest(std::string_view json);
Result<PushResponse> decodePushResponse(std::string_view json);
/// A page the hub sends is read in one pass (pull_page_reader.h); anything else goes through
/// decodePullPageStrictly, whose answers and errors these are in every case.
Result<PullPage> decodePullPage(std::string_view json);
/// decodePullPage through Poco's parser and the member checks only (tests hold the fast path to it).
Result<PullPage> decodePullPageStrictly(std::string_view json);
Result<ApiError> decodeApiError(std::string_view json);
/// The history members of a GET /v1/info answer (the rest is left alone).
Result<HubHistory> decodeHubHistory(std::string_view json);

/// The same decoders over an already parsed object; `path` prefixes the field names in errors.
Result<Op> decodeOp(const Poco::JSON::Object::Ptr& object, const std::string& path);
Result<PushResult> decodePushResult(const Poco::JSON::Object::Ptr& object, const std::string& path);
Result<Change> decodeChange(const Poco::JSON::Object::Ptr& object, const std::string& path);

} // namespace balgul::core::sync
