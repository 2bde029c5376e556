#pragma once

// Pilots on the hub (sync-protocol.md "Pilots"): who may touch a pilot, its testers and their
// feedback, what a pilot must keep after the field merge, and the phase history the hub writes.
// The rules themselves are core/pilots'; this applies them to ops and the hub's rows.

#include "hub/sync/hub_storage.h"

#include "core/sync/protocol.h"
#include "core/util/result.h"

#include <Poco/Dynamic/Var.h>

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace balgul::hub {

/// The longest `phase_note` (code points).
inline constexpr std::size_t kPhaseNoteMax = 2000;

/// pilot, pilot_phase_change, pilot_tester or pilot_feedback.
bool isPilotEntity(const std::string& entity);

/// The refusals heard before anything else of the op is looked at, whatever it holds: a citizen's
/// op on a pilot, and any op on a phase history entry (the hub alone writes those). `forbidden`.
core::Status refuseOutright(const User& user, const core::sync::Op& op);

/// authorize() for the pilot family, once the generic checks passed (`pilot` is the live pilot a
/// tester or feedback upsert hangs on). Staff make, change and delete pilots; any account joins a
/// pilot not yet evaluated or rejected, and leaves it; a feedback's author edits it (never onto
/// another pilot), its author or staff delete it. Errors: `forbidden`, `invalid_field`.
core::Status authorizePilotOp(const User& user, const core::sync::Op& op, const EntityState* current,
                              const EntityState* pilot);

/// What authorize() cannot see: a new feedback's writer must be a tester of its pilot (a live
/// `pilot_tester` row of the account), `forbidden` otherwise.
core::Status checkPilotMembership(HubTransaction& tx, const User& user, const core::sync::Op& op,
                                  const EntityState* current);

/// The entities checkPilotMembership() and preparePilotChange() will read for `op`, to prefetch.
std::vector<std::pair<std::string, std::string>> pilotLookups(const core::sync::Op& op, const User& user);

/// A pilot's making or a move of its phase: what its history entry says.
struct PhaseMove
{
    bool moved = false;
    std::string from; ///< "" when the op makes the pilot
    std::string to;
    std::string note;
};

using FieldChanges = std::vector<std::pair<std::string, Poco::Dynamic::Var>>;

/// Checks a pilot op after the field merge, before anything is saved: `stored` is the pilot as the
/// hub holds it (absent when the op makes it, deleted when the op brings it back), `changes` the
/// fields the merge takes. A new pilot is proposed (`invalid_transition` for any other phase); the
/// phase moves only along core::pilots::isAllowedPhaseTransition() (`invalid_transition`); the pilot
/// as a whole keeps core::pilots::pilotFromSyncFields()'s rules and the problem ids the op sets name
/// live problems (`invalid_field`, naming the field). When the pilot is made or its phase moves,
/// adds what the hub sets with it to `changes` (`phase` of a new pilot, an empty `phase_note` when
/// the op has none) and returns the move.
core::Result<PhaseMove> preparePilotChange(HubTransaction& tx, const core::sync::Op& op,
                                           const EntityState* stored, FieldChanges& changes);

/// Writes the history entry of `move` once `pilot` is saved (the next seq): the account as author,
/// the hub's time, its id named after the account, the pilot and the op, so the op sent again after
/// a hub restore writes the entry its clients already pulled, not a second one.
void recordPhaseMove(HubTransaction& tx, const User& user, const core::sync::Op& op, const EntityState& pilot,
                     const PhaseMove& move);

} // namespace balgul::hub
