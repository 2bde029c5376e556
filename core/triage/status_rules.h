#pragma once

// The status machine of a problem and who may move it (docs/architecture.md "Triage"): one table of
// allowed transitions, read by the client store, the CLI, the app and the hub alike.

#include "core/domain/problem.h"
#include "core/util/result.h"
#include "core/util/time.h"

#include <optional>
#include <string>
#include <string_view>

namespace balgul::core::triage {

/// Why a problem was closed without being fixed.
enum class CloseReason
{
    None,
    Duplicate,       ///< another problem says the same
    OutOfRemit,      ///< not the city's to fix
    NotReproducible, ///< nobody could find it again
    Referred,        ///< handed to another body
};
inline constexpr int kCloseReasonCount = 5;

/// "", "duplicate", "out_of_remit", "not_reproducible", "referred".
std::string_view toString(CloseReason reason);
std::optional<CloseReason> closeReasonFromString(std::string_view text);

/// Who asks for a status change, as the hub sees the account.
enum class StatusActor
{
    Coordinator, ///< a coordinator or an admin
    Author,      ///< the citizen who filed the problem
    Citizen,     ///< any other citizen
};

/// A status note or reopen reason: at most this many code points.
inline constexpr std::size_t kStatusNoteMax = 2000;

/// Whether a coordinator may move a problem from `from` to `to` (never to the same status, never
/// back to new, and to reopened only from resolved or closed).
bool isAllowedTransition(ProblemStatus from, ProblemStatus to);

/// Whether `actor` may move a problem from `from` to `to` with `note` and `reason`. A coordinator
/// makes any allowed transition with a note, and gives a reason exactly when closing; the author
/// may reopen a resolved or closed problem, the note saying why; other citizens change nothing.
/// Errors: `forbidden`, `invalid_transition`, `invalid_field` (field "note" or "reason").
Status checkStatusChange(StatusActor actor, ProblemStatus from, ProblemStatus to, std::string_view note,
                         CloseReason reason);

/// One entry of a problem's status history.
struct StatusChange
{
    std::string id; ///< UUID
    std::string problemId;
    ProblemStatus from = ProblemStatus::New;
    ProblemStatus to = ProblemStatus::New;
    std::string note;
    CloseReason reason = CloseReason::None;
    std::string author;   ///< the name shown
    std::string authorId; ///< the hub account ("" until the hub wrote it)
    Timestamp at{};
};

} // namespace balgul::core::triage
