#pragma once

#include "core/triage/status_rules.h"

#include <QString>

namespace balgul::ui {

/// A closing reason in the user's language ("" for none).
QString closeReasonName(core::triage::CloseReason reason);
/// One history entry as a line: "Confirmed → Closed, not fixed (duplicate)".
QString statusChangeText(const core::triage::StatusChange& change);

} // namespace balgul::ui
