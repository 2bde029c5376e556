#pragma once

// A window's first size: what suits its contents, but never more than the screen it opens on
// offers (a 1024×600 netbook, or a laptop at 200 % scale), so its buttons stay on the screen.

#include <QSize>

class QWidget;

namespace balgul::ui {

/// Resizes `window` to `preferred`, bounded to nine tenths of the available area of the screen
/// its parent is on (or its own).
void resizeWithinScreen(QWidget* window, QSize preferred);

} // namespace balgul::ui
