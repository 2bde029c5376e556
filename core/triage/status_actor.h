#pragma once

// Who the profile's account is to a problem's status, as the hub will see it.

#include "core/triage/status_rules.h"

#include <string>

namespace balgul::core {
class Store;
}

namespace balgul::core::triage {

/// A coordinator or an admin; the problem's author (the hub's owner is this account, or the problem
/// was made here and never pulled back); another citizen. A profile that never signed in is a
/// coordinator of its own store (nothing leaves the computer), as core::sync::problemRights says.
StatusActor statusActor(Store& store, const std::string& problemId);

} // namespace balgul::core::triage
