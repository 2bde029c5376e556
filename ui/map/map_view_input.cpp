// Mouse, wheel and keyboard handling of MapView.

#include "ui/map/map_view.h"

#include "ui/map/marker_painter.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace balgul::ui {

namespace {

constexpr double kWheelZoomPerNotch = 0.5; ///< zoom levels per wheel notch (120 eighths of a degree)
constexpr double kInertiaMinSpeed = 0.25;  ///< pixels/ms at release below which the map just stops
constexpr double kInertiaStopSpeed = 0.02;
constexpr double kInertiaTimeConstantMs = 280;
constexpr qint64 kVelocityWindowMs = 80;
constexpr double kKeyPanFraction = 0.25;

} // namespace

bool MapView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        // Above the markers, then (unless a marker is there) under them, as clicks go.
        const bool onMarker = markers::hitTest(viewport(), visibleItems(), help->pos()).has_value();
        for (const bool under : {false, true}) {
            if (under && onMarker)
                break;
            for (const MapOverlay* overlay : m_overlays) {
                if (overlay->drawsUnderMarkers() != under)
                    continue;
                if (const QString text = overlay->overlayToolTip(viewport(), help->pos()); !text.isEmpty()) {
                    QToolTip::showText(help->globalPos(), text, this);
                    return true;
                }
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    // A tool may claim keys the window has shortcuts for (Ctrl+Z while drawing a zone).
    if (event->type() == QEvent::ShortcutOverride && m_tool &&
        m_tool->toolWantsShortcut(*static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    // Touchpad pinch (macOS, Wayland): the value is the relative change of scale.
    if (event->type() == QEvent::NativeGesture) {
        auto* gesture = static_cast<QNativeGestureEvent*>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture && gesture->value() > -1) {
            zoomAt(gesture->position(), zoom() + std::log2(1 + gesture->value()));
            return true;
        }
    }
    return QWidget::event(event);
}

void MapView::mousePressEvent(QMouseEvent* event)
{
    if (m_tool && m_toolGrab == Qt::NoButton && m_tool->toolMousePress(viewport(), event)) {
        stopInertia();
        m_longPressTimer.stop();
        m_pressed = false;
        m_dragging = false;
        m_toolGrab = event->button();
        updateCursor(event->position());
        event->accept();
        return;
    }
    if (m_toolGrab != Qt::NoButton) {
        event->accept(); // another button while the tool holds the pointer
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    stopInertia();
    m_pressed = true;
    m_dragging = false;
    m_longPressFired = false;
    m_pressPos = event->position();
    m_lastPos = m_pressPos;
    m_samples.clear();
    m_samples.push_back({m_clock.elapsed(), m_pressPos});
    if (!m_tool) // while a tool is drawing, holding still must not file a problem
        m_longPressTimer.start();
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    emit cursorCoordinateChanged(coordinateAt(pos));
    if (m_toolGrab != Qt::NoButton) {
        m_tool->toolMouseMove(viewport(), event);
        updateCursor(pos);
        return;
    }
    if (m_tool && !m_pressed && m_tool->toolMouseMove(viewport(), event)) {
        updateCursor(pos);
        return;
    }
    if (!m_pressed || !(event->buttons() & Qt::LeftButton)) {
        updateCursor(pos);
        return;
    }
    if (!m_dragging && !m_longPressFired &&
        QLineF(pos, m_pressPos).length() >= QApplication::startDragDistance()) {
        m_dragging = true;
        m_longPressTimer.stop();
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        viewport().panBy(pos - m_lastPos);
        const qint64 now = m_clock.elapsed();
        m_samples.push_back({now, pos});
        while (m_samples.size() > 2 && now - m_samples.front().ms > kVelocityWindowMs)
            m_samples.pop_front();
        viewChanged();
    }
    m_lastPos = pos;
}

void MapView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_toolGrab != Qt::NoButton) {
        if (event->button() == m_toolGrab) {
            m_toolGrab = Qt::NoButton;
            m_tool->toolMouseRelease(viewport(), event);
            updateCursor(event->position());
        }
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    m_longPressTimer.stop();
    const QPointF pos = event->position();
    if (m_dragging) {
        m_dragging = false;
        const qint64 now = m_clock.elapsed();
        if (!m_samples.empty() && now - m_samples.back().ms < 50) {
            const Sample& first = m_samples.front();
            const double dt = std::max<double>(1, static_cast<double>(now - first.ms));
            m_velocity = (pos - first.pos) / dt;
            if (std::hypot(m_velocity.x(), m_velocity.y()) > kInertiaMinSpeed) {
                m_inertiaLastMs = now;
                m_inertiaTimer.start();
            }
        }
        updateCursor(pos);
        return;
    }
    if (!m_longPressFired)
        handleClick(pos);
    updateCursor(pos);
}

void MapView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    m_longPressTimer.stop();
    if (m_tool && m_tool->toolMouseDoubleClick(viewport(), event)) {
        event->accept();
        return;
    }
    zoomAt(event->position(), std::floor(zoom() + 1e-6) + 1);
}

void MapView::wheelEvent(QWheelEvent* event)
{
    double notches = event->angleDelta().y() / 120.0;
    if (notches == 0 && !event->pixelDelta().isNull())
        notches = event->pixelDelta().y() / 50.0;
    if (notches == 0) {
        event->ignore();
        return;
    }
    zoomAt(event->position(), zoom() + notches * kWheelZoomPerNotch);
    event->accept();
}

void MapView::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    const Qt::FocusReason reason = event->reason();
    m_keyboardFocus =
        reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason || reason == Qt::ShortcutFocusReason;
    update();
}

void MapView::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    m_keyboardFocus = false;
    update();
}

void MapView::keyPressEvent(QKeyEvent* event)
{
    if (m_tool && m_tool->toolKeyPress(event)) {
        event->accept();
        return;
    }
    const QSizeF size = viewport().size();
    switch (event->key()) {
    case Qt::Key_Left:
        stopInertia();
        viewport().panBy({size.width() * kKeyPanFraction, 0});
        viewChanged();
        break;
    case Qt::Key_Right:
        stopInertia();
        viewport().panBy({-size.width() * kKeyPanFraction, 0});
        viewChanged();
        break;
    case Qt::Key_Up:
        stopInertia();
        viewport().panBy({0, size.height() * kKeyPanFraction});
        viewChanged();
        break;
    case Qt::Key_Down:
        stopInertia();
        viewport().panBy({0, -size.height() * kKeyPanFraction});
        viewChanged();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        break;
    case Qt::Key_Home:
        if (!showAllProblems()) {
            setZoom(kDefaultZoom);
            setCenter(QGeoCoordinate(kDefaultLatitude, kDefaultLongitude));
        }
        break;
    case Qt::Key_Escape:
        if (!m_addMode) {
            QWidget::keyPressEvent(event);
            return;
        }
        setAddMode(false);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // In add mode the keyboard places the problem in the middle of the map.
        if (!m_addMode) {
            QWidget::keyPressEvent(event);
            return;
        }
        setAddMode(false);
        emit addProblemRequested(center());
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapView::leaveEvent(QEvent* event)
{
    QWidget::leaveEvent(event);
    if (m_tool)
        m_tool->toolMouseLeave();
}

void MapView::handleClick(const QPointF& pos)
{
    if (m_tool && m_tool->toolClick(viewport(), pos))
        return;
    if (!m_addMode)
        for (MapOverlay* overlay : m_overlays)
            if (!overlay->drawsUnderMarkers() && overlay->clickOverlay(viewport(), pos))
                return;
    if (const auto item = markers::hitTest(viewport(), visibleItems(), pos)) {
        if (item->count <= 1) {
            emit problemClicked(item->rowid);
            return;
        }
        const double target = std::max<double>(m_index.expansionZoom(*item), std::floor(zoom() + 1e-6) + 1);
        stopInertia();
        viewport().setZoom(target);
        viewport().setCenter(core::geo::project(item->lat, item->lon));
        viewChanged();
        return;
    }
    if (!m_addMode)
        for (MapOverlay* overlay : m_overlays)
            if (overlay->drawsUnderMarkers() && overlay->clickOverlay(viewport(), pos))
                return;
    if (m_addMode) {
        const QGeoCoordinate at = coordinateAt(pos);
        setAddMode(false);
        emit addProblemRequested(at);
    }
}

void MapView::onLongPress()
{
    if (!m_pressed || m_dragging)
        return;
    m_longPressFired = true;
    const QGeoCoordinate at = coordinateAt(m_pressPos);
    if (m_addMode)
        setAddMode(false);
    emit addProblemRequested(at);
}

void MapView::stepInertia()
{
    const qint64 now = m_clock.elapsed();
    const double dt = static_cast<double>(std::max<qint64>(1, now - m_inertiaLastMs));
    m_inertiaLastMs = now;
    viewport().panBy(m_velocity * dt);
    m_velocity *= std::exp(-dt / kInertiaTimeConstantMs);
    if (std::hypot(m_velocity.x(), m_velocity.y()) < kInertiaStopSpeed)
        m_inertiaTimer.stop();
    viewChanged();
}

void MapView::stopInertia()
{
    m_inertiaTimer.stop();
    m_velocity = {};
}

void MapView::updateCursor(const QPointF& pos)
{
    if (m_dragging)
        setCursor(Qt::ClosedHandCursor);
    else if (m_tool)
        setCursor(m_tool->toolCursor(viewport(), pos));
    else if (rect().contains(pos.toPoint()) && markers::hitTest(viewport(), visibleItems(), pos))
        setCursor(Qt::PointingHandCursor);
    else if (m_addMode)
        setCursor(Qt::CrossCursor);
    else
        setCursor(Qt::OpenHandCursor);
}

} // namespace balgul::ui
