#include "core/triage/status_rules.h"

#include "core/util/text.h"

#include <array>

namespace balgul::core::triage {

namespace {

constexpr std::array<std::string_view, kCloseReasonCount> kReasonNames{"", "duplicate", "out_of_remit",
                                                                       "not_reproducible", "referred"};

constexpr bool Y = true;
constexpr bool N = false;

/// kTransitions[from][to], in ProblemStatus order: new, confirmed, in_progress, resolved, closed,
/// reopened.
constexpr std::array<std::array<bool, kProblemStatusCount>, kProblemStatusCount> kTransitions{{
    /* new         */ {N, Y, Y, Y, Y, N},
    /* confirmed   */ {N, N, Y, Y, Y, N},
    /* in_progress */ {N, Y, N, Y, Y, N},
    /* resolved    */ {N, N, N, N, Y, Y},
    /* closed      */ {N, N, N, N, N, Y},
    /* reopened    */ {N, Y, Y, Y, Y, N},
}};

Error invalid(const char* field, const std::string& message)
{
    return Error::make("invalid_field", std::string(field) + ": " + message, field);
}

Status checkNote(std::string_view note, bool required, const char* what)
{
    if (!isValidUtf8(note))
        return invalid("note", "is not valid UTF-8");
    if (hasControlCharacter(note, true))
        return invalid("note", "holds a control character (only tabs and line ends may be in it)");
    if (required && trimmed(note).empty())
        return invalid("note", std::string("must say ") + what);
    if (utf8Length(note) > kStatusNoteMax)
        return invalid("note", "is longer than " + std::to_string(kStatusNoteMax) + " characters");
    return {};
}

} // namespace

std::string_view toString(CloseReason reason)
{
    return kReasonNames[static_cast<std::size_t>(reason)];
}

std::optional<CloseReason> closeReasonFromString(std::string_view text)
{
    for (std::size_t i = 0; i < kReasonNames.size(); ++i)
        if (kReasonNames[i] == text)
            return static_cast<CloseReason>(i);
    return std::nullopt;
}

bool isAllowedTransition(ProblemStatus from, ProblemStatus to)
{
    return kTransitions[static_cast<std::size_t>(from)][static_cast<std::size_t>(to)];
}

Status checkStatusChange(StatusActor actor, ProblemStatus from, ProblemStatus to, std::string_view note,
                         CloseReason reason)
{
    const auto move = std::string(toString(from)) + " to " + std::string(toString(to));
    switch (actor) {
    case StatusActor::Citizen:
        return Error::make("forbidden", "only a coordinator or the problem's author may change its status");
    case StatusActor::Author:
        if (to != ProblemStatus::Reopened ||
            (from != ProblemStatus::Resolved && from != ProblemStatus::Closed))
            return Error::make("forbidden",
                               "the author may only reopen a resolved or closed problem, not move it from " +
                                   move);
        if (reason != CloseReason::None)
            return invalid("reason", "is given only when closing");
        return checkNote(note, true, "why the problem is reopened");
    case StatusActor::Coordinator:
        break;
    }
    if (!isAllowedTransition(from, to))
        return Error::make("invalid_transition", "a problem cannot move from " + move, "to");
    if (to == ProblemStatus::Closed && reason == CloseReason::None)
        return invalid("reason", "must say why the problem is closed (duplicate, out_of_remit, "
                                 "not_reproducible or referred)");
    if (to != ProblemStatus::Closed && reason != CloseReason::None)
        return invalid("reason", "is given only when closing");
    return checkNote(note, true, "what was done or decided");
}

} // namespace balgul::core::triage
