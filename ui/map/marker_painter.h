#pragma once

#include "core/geo/cluster_index.h"

#include <QCache>
#include <QColor>
#include <QImage>
#include <QPointF>

#include <cstdint>
#include <optional>
#include <span>

class QPainter;

namespace balgul::ui {

class MapViewport;

/// Problem markers: a dot per problem in its category colour, a circle per cluster sized by
/// log(count) with the count inside and a ring of the colours of the categories it holds.
namespace markers {

/// Radius in logical pixels of a marker for `count` problems.
double radiusFor(std::uint32_t count);
QColor categoryColor(std::size_t categoryIndex);

/// Paints markers from prerendered sprites: a cluster ring is a few antialiased arcs, far too slow
/// to stroke hundreds of times per frame, so each look (categories, size, screen scale) is drawn
/// once and then only copied.
class Painter
{
public:
    Painter();
    /// Clusters first, then single problems, then the selected one, so the small and the chosen
    /// are never hidden under a cluster.
    /// Without `counts` the clusters' numbers are left to paintCounts().
    void paint(QPainter& painter, const MapViewport& viewport,
               std::span<const core::geo::ClusterIndex::Item> items, std::int64_t selectedRowid,
               bool counts = true);
    /// The clusters' numbers on a light plate of their own, painted over what lies on the clusters
    /// (station markers), so a count is never hidden.
    void paintCounts(QPainter& painter, const MapViewport& viewport,
                     std::span<const core::geo::ClusterIndex::Item> items);
    int cachedSprites() const { return static_cast<int>(m_sprites.size()); }

private:
    const QImage& clusterSprite(const core::geo::ClusterIndex::Item& item, double radius, qreal dpr);
    const QImage& singleSprite(std::size_t category, bool selected, qreal dpr);

    QCache<quint64, QImage> m_sprites;
};

/// The marker under a point: a single problem wins over a cluster, the nearest over the farther.
std::optional<core::geo::ClusterIndex::Item> hitTest(const MapViewport& viewport,
                                                     std::span<const core::geo::ClusterIndex::Item> items,
                                                     const QPointF& pixel);
/// A pin whose tip is at `tip` (the location being placed).
void paintPin(QPainter& painter, const QPointF& tip, const QColor& color);
/// The user's own position: a blue dot with a halo as wide as the accuracy.
void paintMyPosition(QPainter& painter, const QPointF& at, double accuracyPixels);
/// The count as shown in a cluster: "37", "1.2k", "15k".
QString formatCount(std::uint32_t count);

} // namespace markers

} // namespace balgul::ui
