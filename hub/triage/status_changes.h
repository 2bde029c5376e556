#pragma once

// Status changes on the hub (sync-protocol.md "Status changes"): who may move a problem, and the
// history entries the hub writes with the account as author.

#include "hub/sync/hub_storage.h"

#include "core/sync/protocol.h"
#include "core/util/result.h"

#include <string>

namespace balgul::hub {

/// The status a problem's fields hold ("new" when they hold none).
std::string statusOf(const EntityState& problem);

/// Whether `user` may make the status change `op` (a new `status_change`) to `problem`, from the
/// account alone: a coordinator or an admin any allowed transition with a note, the problem's author
/// a reopen of a resolved or closed problem with a reason. A `from` the op names that is not the
/// problem's status now is refused (`status_changed`): the writer saw another status.
core::Status authorizeStatusChange(const User& user, const core::sync::Op& op, const EntityState& problem);

/// Applies an authorized new status change: the problem takes the status, its note and reason (one
/// new seq), and the history entry is written with the account as author, the hub's time and the
/// status moved from (the next seq). Returns the entry's version.
std::int64_t applyStatusChange(HubTransaction& tx, const User& user, const std::string& clientId,
                               const core::sync::Op& op, EntityState& problem);

/// Writes one history entry of `problemId` (the next seq) under `id`: the account as author and
/// owner, the hub's time. Its version.
std::int64_t writeStatusEntry(HubTransaction& tx, const User& user, const std::string& id,
                              const std::string& problemId, const std::string& from, const std::string& to,
                              const std::string& note, const std::string& reason);

/// A problem whose status changed through its own fields (a coordinator's edit of older clients):
/// clears the problem's note and reason and writes the history entry with an empty note, its id
/// named after the account, the problem and the op (the same entry when the op comes again after a
/// hub restore).
void recordFieldStatusChange(HubTransaction& tx, const User& user, const core::sync::Op& op,
                             EntityState& problem, const std::string& from);

} // namespace balgul::hub
