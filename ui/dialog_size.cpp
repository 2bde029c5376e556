#include "ui/dialog_size.h"

#include <QScreen>
#include <QWidget>

namespace balgul::ui {

void resizeWithinScreen(QWidget* window, QSize preferred)
{
    const QWidget* on = window->parentWidget() ? window->parentWidget()->window() : window;
    if (const QScreen* screen = on->screen())
        preferred = preferred.boundedTo(screen->availableGeometry().size() * 9 / 10);
    window->resize(preferred);
}

} // namespace balgul::ui
