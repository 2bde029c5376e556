#pragma once

// Words for sync shown to people: errors, "2 min ago", per-problem states, conflicting values.

#include "core/store/store.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QIcon>
#include <QString>

#include <string>

namespace balgul::ui {

/// Why a sync round failed, as a short clause ("the hub cannot be reached").
QString syncErrorText(const core::Error& error);
/// Why signing in failed, as a sentence.
QString signInErrorText(const core::Error& error);
/// "just now", "2 min ago", "3 h ago", or a date for older times.
QString agoText(const QDateTime& then, const QDateTime& now);
/// A short word for the Sync column: "" for Synced, "Waiting", "Sending", "Conflict", "Refused".
QString syncStateName(core::SyncState state);
/// A small mark for the Sync column (none for Synced).
QIcon syncStateIcon(core::SyncState state);
/// A sentence about a problem's sync state; for a refusal it carries the hub's reason.
QString syncStateDescription(const core::SyncStatus& status);
/// A field's JSON value as people read it: text as is, a status or category by its name,
/// numbers in the locale, null as "(empty)".
QString conflictValueText(const std::string& field, const std::string& valueJson);

} // namespace balgul::ui
