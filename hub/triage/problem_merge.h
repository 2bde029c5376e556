#pragma once

// Merging duplicate problems on the hub (sync-protocol.md "Merging duplicates"): a coordinator's
// `problem_merge` closes the duplicate as one, moves its supports and comments to the problem kept
// and records what it did; deleting the merge undoes that from the record. Each change takes its own
// seq in the push's transaction, as any op's does.

#include "hub/sync/hub_storage.h"

#include "core/sync/protocol.h"
#include "core/util/result.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace balgul::hub {

/// The fields of a stored merge that say what the hub did and when (besides `author` and
/// `author_id`): the hub sets them, and ignores what a client sends there.
inline constexpr const char* kMergeRecordFields[] = {"status_before", "moved_comments", "moved_supports",
                                                     "kept_supports", "at"};

/// The refusal heard before anything else of the op is looked at: a citizen's op on a merge,
/// whatever it holds (`forbidden`).
core::Status refuseMergeOutright(const User& user, const core::sync::Op& op);

/// The entities applyMerge() reads first for `op` (the two problems a new merge names), to prefetch.
std::vector<std::pair<std::string, std::string>> mergeLookups(const core::sync::Op& op);

/// An upsert of a `problem_merge` by staff, its fields checked: `stored` is the merge as the hub holds
/// it (absent for a new one). A new merge closes the duplicate (`status`, `status_note`,
/// `status_reason`, `duplicate_of`) and writes its status_change entry, moves each account's support
/// to the kept problem (made there unless the account supports it already) and deletes the
/// duplicate's, moves the live comments, and stores the merge with its record; the version answered
/// is the merge's. Refusals, each changing nothing: `not_found` (a problem missing or deleted),
/// `invalid_field` (`kept_id`: the duplicate itself, or a merged duplicate), `already_merged` (the
/// duplicate is a duplicate of another problem). A duplicate merged into the same problem already,
/// or a merge the hub holds sent again, changes nothing: the version of what the hub holds.
core::Result<std::int64_t> applyMerge(HubTransaction& tx, const User& user, const std::string& clientId,
                                      const core::sync::Op& op, const EntityState* stored);

/// A delete of the live merge `stored` by staff: the recorded comments go back, the supports it made
/// on the kept problem are deleted and the duplicate's come back, the duplicate takes its status
/// before the merge again with `duplicate_of` empty (a status_change entry), and the merge is
/// tombstoned; its version. `status_changed` when the duplicate's status moved since the merge,
/// `not_found` when the duplicate was deleted since.
core::Result<std::int64_t> undoMerge(HubTransaction& tx, const User& user, const std::string& clientId,
                                     EntityState stored);

} // namespace balgul::hub
