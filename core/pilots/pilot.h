#pragma once

// A pilot as the client store keeps it, and an entry of its phase history.

#include "core/pilots/pilot_rules.h"
#include "core/util/time.h"

#include <cstdint>
#include <string>

namespace balgul::core::pilots {

struct Pilot
{
    std::string id; ///< UUID
    PilotFields fields;
    PilotPhase phase = PilotPhase::Proposed;
    std::string author;   ///< the hub's, once pulled; this profile's user before
    std::string authorId; ///< the hub account's id
    Timestamp created{};
    Timestamp updated{};
    std::int64_t version = 0; ///< the hub's; 0 until it has it
    /// The hub refused the pilot as sent from here (its code and English detail, which starts with
    /// the field at fault); empty otherwise. Kept until a change the hub takes.
    std::string refusalCode;
    std::string refusalMessage;
};

/// One move of a pilot's phase (its making is the move from "" to proposed).
struct PhaseChange
{
    std::string id;
    std::string pilotId;
    std::optional<PilotPhase> from; ///< none for the pilot's making
    PilotPhase to = PilotPhase::Proposed;
    std::string note;
    std::string author;
    std::string authorId;
    Timestamp at{};
    bool local = false; ///< written here, not yet the hub's entry
    /// Written here, and the hub refused the pilot's change with nothing of it waiting to be sent
    /// again (the reason is the pilot's refusalMessage).
    bool refused = false;
};

/// A tester's dated word on a pilot.
struct Feedback
{
    std::string id;
    std::string pilotId;
    std::string author;
    std::string authorId;
    std::string text;
    std::optional<int> rating; ///< 1–5
    Timestamp created{};
};

} // namespace balgul::core::pilots
