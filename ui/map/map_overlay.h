#pragma once

#include <QPointF>
#include <QString>

class QPainter;

namespace balgul::ui {

class MapViewport;

/// Something drawn on the map over the problem markers that may answer clicks and tooltips
/// (sensor stations): a few large symbols that must not vanish under clusters. MapView does not own overlays;
/// an overlay removes itself (MapView::removeOverlay) before it goes away.
class MapOverlay
{
public:
    virtual ~MapOverlay() = default;
    virtual void paintOverlay(QPainter& painter, const MapViewport& viewport) = 0;
    /// A click on the map (not in add mode); true when the overlay took it.
    virtual bool clickOverlay(const MapViewport& viewport, const QPointF& pixel) = 0;
    /// The tooltip for a point, or an empty string.
    virtual QString overlayToolTip(const MapViewport& viewport, const QPointF& pixel) const = 0;
};

} // namespace balgul::ui
