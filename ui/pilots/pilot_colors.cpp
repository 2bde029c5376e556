#include "ui/pilots/pilot_colors.h"

namespace balgul::ui {

QColor phaseColor(core::pilots::PilotPhase phase)
{
    using P = core::pilots::PilotPhase;
    switch (phase) {
    case P::Proposed:
        return QColor(0x56, 0xb4, 0xe9);
    case P::Voting:
        return QColor(0xe6, 0x9f, 0x00);
    case P::Selected:
        return QColor(0x00, 0x9e, 0x73);
    case P::Running:
        return QColor(0x00, 0x72, 0xb2);
    case P::Evaluated:
        return QColor(0xcc, 0x79, 0xa7);
    case P::Rejected:
        return QColor(0x99, 0x99, 0x99);
    }
    return QColor(0x99, 0x99, 0x99);
}

} // namespace balgul::ui
