#pragma once

#include <QPointF>
#include <QString>
#include <Qt>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace balgul::ui {

class MapView;
class MapViewport;

/// Something drawn on the map that may answer clicks and tooltips: by default over the problem
/// markers (sensor stations: a few large symbols that must not vanish under clusters), or under
/// them (areas such as pilot zones, which markers inside them must stay visible on). MapView does
/// not own overlays; an overlay removes itself (MapView::removeOverlay) before it goes away.
class MapOverlay
{
public:
    virtual ~MapOverlay() = default;
    virtual void paintOverlay(QPainter& painter, const MapViewport& viewport) = 0;
    /// A click on the map (not in add mode); true when the overlay took it.
    virtual bool clickOverlay(const MapViewport& viewport, const QPointF& pixel) = 0;
    /// The tooltip for a point, or an empty string.
    virtual QString overlayToolTip(const MapViewport& viewport, const QPointF& pixel) const = 0;
    /// True: painted before the problem markers instead of after them, and offered clicks and
    /// tooltips only after the overlays above the markers and the markers themselves (a click on a
    /// problem inside a pilot's zone opens the problem). Asked at every paint and click; the
    /// answer should not change while the overlay is on a map.
    virtual bool drawsUnderMarkers() const { return false; }
};

/// An interactive tool on the map (drawing a pilot's zone). While MapView::setTool holds it, the
/// tool sees the pointer and the keys before the map does, paints over everything the map shows
/// (under the scale bar and banners) and picks the cursor. MapView does not own the tool; a tool
/// takes itself off the map (MapView::setTool(nullptr)) before it goes away.
///
/// How MapView routes input to a tool:
/// - Press (any button): toolMousePress first. True: the tool grabs the pointer, so the moves and
///   the release of that button go to toolMouseMove/toolMouseRelease and the map neither pans nor
///   clicks (a drag on a vertex handle moves the vertex). False: the map handles the press as
///   always; a drag then pans the map, and the moves of that pan do not reach the tool.
/// - A left press that ends without a drag (a click) is offered to toolClick before the overlays
///   and markers; true stops it there. While a tool is set, a long press does nothing.
/// - Moves without a press (hovering) go to toolMouseMove first; leaving the map calls
///   toolMouseLeave.
/// - Double clicks go to toolMouseDoubleClick first (false: the map zooms in).
/// - Keys go to toolKeyPress first. Shortcuts of the window (Ctrl+Z of the main window's undo) are
///   overridden for the keys toolWantsShortcut claims, which then arrive at toolKeyPress.
/// - The cursor over the map (when not panning) is toolCursor's.
class MapTool
{
public:
    virtual ~MapTool() = default;

    /// The tool was set on `map` (MapView::setTool); a tool keeps the map to repaint it.
    virtual void toolAttached(MapView* /*map*/) {}
    /// The tool was taken off `map` (another tool, nullptr, or the map goes away).
    virtual void toolDetached(MapView* /*map*/) {}

    /// True: the tool takes the press and the pointer until that button is released.
    virtual bool toolMousePress(const MapViewport& /*viewport*/, QMouseEvent* /*event*/) { return false; }
    /// Moves while the tool holds the pointer, and hovering moves; true when the tool used it.
    virtual bool toolMouseMove(const MapViewport& /*viewport*/, QMouseEvent* /*event*/) { return false; }
    /// The release of a press the tool took.
    virtual bool toolMouseRelease(const MapViewport& /*viewport*/, QMouseEvent* /*event*/) { return false; }
    /// True: the map does not zoom in.
    virtual bool toolMouseDoubleClick(const MapViewport& /*viewport*/, QMouseEvent* /*event*/)
    {
        return false;
    }
    /// A left click the map did not turn into a pan (the press was not the tool's); true when taken.
    virtual bool toolClick(const MapViewport& /*viewport*/, const QPointF& /*pixel*/) { return false; }
    /// The pointer left the map.
    virtual void toolMouseLeave() {}
    /// True when the tool took the key (the map does not pan or zoom with it).
    virtual bool toolKeyPress(QKeyEvent* /*event*/) { return false; }
    /// True: this key goes to toolKeyPress even when the window has a shortcut for it.
    virtual bool toolWantsShortcut(const QKeyEvent& /*event*/) const { return false; }
    /// Painted over the markers, the overlays and the user's position.
    virtual void paintTool(QPainter& /*painter*/, const MapViewport& /*viewport*/) {}
    /// The cursor at a point of the map (crosshair while drawing).
    virtual Qt::CursorShape toolCursor(const MapViewport& /*viewport*/, const QPointF& /*pixel*/) const
    {
        return Qt::CrossCursor;
    }
};

} // namespace balgul::ui
