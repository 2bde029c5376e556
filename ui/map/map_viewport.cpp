#include "ui/map/map_viewport.h"

#include <algorithm>
#include <cmath>

namespace balgul::ui {

using core::geo::WorldPoint;

void MapViewport::setCenter(WorldPoint center)
{
    if (!std::isfinite(center.x) || !std::isfinite(center.y))
        return;
    m_center = {std::clamp(center.x, 0.0, 1.0), std::clamp(center.y, 0.0, 1.0)};
}

void MapViewport::setZoom(double zoom)
{
    if (!std::isfinite(zoom))
        return;
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    m_scale = core::geo::kTileSize * std::exp2(m_zoom);
}

QPointF MapViewport::worldToPixel(WorldPoint world) const
{
    return {(world.x - m_center.x) * m_scale + m_size.width() / 2.0,
            (world.y - m_center.y) * m_scale + m_size.height() / 2.0};
}

WorldPoint MapViewport::pixelToWorld(const QPointF& pixel) const
{
    return {m_center.x + (pixel.x() - m_size.width() / 2.0) / m_scale,
            m_center.y + (pixel.y() - m_size.height() / 2.0) / m_scale};
}

QPointF MapViewport::pixelFor(const QGeoCoordinate& coordinate) const
{
    return worldToPixel(toWorld(coordinate));
}

QGeoCoordinate MapViewport::coordinateAt(const QPointF& pixel) const
{
    const WorldPoint world = pixelToWorld(pixel);
    return toCoordinate({std::clamp(world.x, 0.0, 1.0), std::clamp(world.y, 0.0, 1.0)});
}

WorldPoint MapViewport::topLeft() const
{
    const WorldPoint p = pixelToWorld({0, 0});
    return {std::clamp(p.x, 0.0, 1.0), std::clamp(p.y, 0.0, 1.0)};
}

WorldPoint MapViewport::bottomRight() const
{
    const WorldPoint p = pixelToWorld({m_size.width(), m_size.height()});
    return {std::clamp(p.x, 0.0, 1.0), std::clamp(p.y, 0.0, 1.0)};
}

QGeoRectangle MapViewport::visibleRegion() const
{
    return QGeoRectangle(toCoordinate(topLeft()), toCoordinate(bottomRight()));
}

void MapViewport::panBy(const QPointF& delta)
{
    setCenter({m_center.x - delta.x() / m_scale, m_center.y - delta.y() / m_scale});
}

void MapViewport::zoomAround(const QPointF& pixel, double zoom)
{
    const WorldPoint anchor = pixelToWorld(pixel);
    setZoom(zoom);
    setCenter({anchor.x - (pixel.x() - m_size.width() / 2.0) / m_scale,
               anchor.y - (pixel.y() - m_size.height() / 2.0) / m_scale});
}

void MapViewport::fitTo(const QGeoRectangle& box, double marginPixels, double maxZoom)
{
    if (!box.isValid())
        return;
    const WorldPoint a = toWorld(box.topLeft());
    const WorldPoint b = toWorld(box.bottomRight());
    const double width = std::abs(b.x - a.x);
    const double height = std::abs(b.y - a.y);
    const double availableW = std::max(1.0, m_size.width() - 2 * marginPixels);
    const double availableH = std::max(1.0, m_size.height() - 2 * marginPixels);
    double zoom = maxZoom;
    if (width > 0 || height > 0) {
        const double fitScale =
            std::min(width > 0 ? availableW / width : HUGE_VAL, height > 0 ? availableH / height : HUGE_VAL);
        zoom = std::min(maxZoom, std::log2(fitScale / core::geo::kTileSize));
    }
    setZoom(zoom);
    setCenter({(a.x + b.x) / 2.0, (a.y + b.y) / 2.0});
}

WorldPoint MapViewport::toWorld(const QGeoCoordinate& coordinate)
{
    return core::geo::project(coordinate.latitude(), coordinate.longitude());
}

QGeoCoordinate MapViewport::toCoordinate(WorldPoint world)
{
    const core::geo::LatLon ll = core::geo::unproject(world);
    return QGeoCoordinate(ll.lat, ll.lon);
}

} // namespace balgul::ui
