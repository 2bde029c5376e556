#pragma once

#include "core/pilots/pilot_rules.h"

#include <QColor>

namespace balgul::ui {

/// A phase's colour on the board and the map (Okabe–Ito, told apart with colour-blindness too):
/// proposed sky blue, voting orange, selected bluish green, running blue, evaluated reddish purple,
/// rejected grey.
QColor phaseColor(core::pilots::PilotPhase phase);

} // namespace balgul::ui
