#pragma once

#include "core/geo/mercator.h"

#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QPointF>
#include <QSizeF>

namespace balgul::ui {

/// What part of the Web Mercator world a map shows: a centre, a fractional zoom and a size in
/// logical pixels. Pure geometry, no widget, so painting, hit testing and tests share it.
class MapViewport
{
public:
    static constexpr double kMinZoom = 2.0;
    static constexpr double kMaxZoom = 20.0;

    core::geo::WorldPoint center() const { return m_center; }
    double zoom() const { return m_zoom; }
    QSizeF size() const { return m_size; }
    /// Logical pixels per world unit.
    double scale() const { return m_scale; }

    void setCenter(core::geo::WorldPoint center);
    void setZoom(double zoom);
    void setSize(const QSizeF& size) { m_size = size; }

    QPointF worldToPixel(core::geo::WorldPoint world) const;
    core::geo::WorldPoint pixelToWorld(const QPointF& pixel) const;
    QPointF pixelFor(const QGeoCoordinate& coordinate) const;
    QGeoCoordinate coordinateAt(const QPointF& pixel) const;

    /// World box under the view, clipped to the world.
    core::geo::WorldPoint topLeft() const;
    core::geo::WorldPoint bottomRight() const;
    QGeoRectangle visibleRegion() const;

    /// Moves the map so the content follows a drag of `delta` pixels.
    void panBy(const QPointF& delta);
    /// Changes the zoom keeping the world point under `pixel` where it is.
    void zoomAround(const QPointF& pixel, double zoom);
    /// Centres a box and picks the largest zoom (up to `maxZoom`) at which it fits with a margin.
    void fitTo(const QGeoRectangle& box, double marginPixels = 32, double maxZoom = 17);

    static core::geo::WorldPoint toWorld(const QGeoCoordinate& coordinate);
    static QGeoCoordinate toCoordinate(core::geo::WorldPoint world);

private:
    core::geo::WorldPoint m_center{0.5, 0.5};
    double m_zoom = kMinZoom;
    double m_scale = core::geo::kTileSize * 4;
    QSizeF m_size;
};

} // namespace balgul::ui
