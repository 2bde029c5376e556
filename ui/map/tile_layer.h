#pragma once

#include "ui/map/tile_source.h"

#include <QCache>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QRegion>
#include <QSet>

#include <memory>

class QPainter;

namespace balgul::ui {

class MapViewport;

/// The raster part of the map: asks its source for the tiles a view needs, keeps decoded tiles in
/// an LRU cache and paints what it has, scaling in a cached parent while a tile is still loading.
class TileLayer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCacheTiles = 256;
    static constexpr qint64 kRetryFailedMs = 30000;

    explicit TileLayer(QObject* parent = nullptr);
    ~TileLayer() override;

    void setSource(std::unique_ptr<TileSource> source);
    TileSource* source() const { return m_source.get(); }

    struct PaintResult
    {
        int visible = 0; ///< tiles the view needs
        int drawn = 0;   ///< painted from the exact tile
        int standIn = 0; ///< painted from a cached parent or children
        int missing = 0; ///< failed and nothing to stand in: the plain basemap shows there
        QRegion missingArea; ///< where those are, in view pixels
    };
    /// Paints the tiles under the viewport and requests those not cached. `devicePixelRatio`
    /// picks sharper tiles on HiDPI screens.
    PaintResult paint(QPainter& painter, const MapViewport& viewport, qreal devicePixelRatio);
    /// The zoom of the grid of tiles the view is painted in for a map zoom (not below the source's
    /// least zoom; past its deepest one the deepest tiles are cut and scaled up); -1 with no source or
    /// when the source only has tiles far finer than the view.
    int tileZoomFor(double zoom, qreal devicePixelRatio) const;

    /// Forgets requests the view no longer needs (called when the view settles).
    void dropPendingRequests();
    int cachedTiles() const { return static_cast<int>(m_cache.size()); }
    bool isCached(int z, int x, int y) const { return m_cache.contains(key(z, x, y)); }

signals:
    /// A tile arrived or failed: the view should repaint.
    void changed();

private:
    static quint64 key(int z, int x, int y)
    {
        return (static_cast<quint64>(z) << 48) | (static_cast<quint64>(x) << 24) | static_cast<quint64>(y);
    }
    void onTileReady(int z, int x, int y, const QImage& image);
    void onTileFailed(int z, int x, int y);
    bool paintStandIn(QPainter& painter, int z, int x, int y, const QRectF& target);
    /// Paints the share of `image` (a tile `depth` levels above) that cell (x, y) covers.
    static void paintShare(QPainter& painter, const QImage& image, int depth, int x, int y,
                           const QRectF& target);

    std::unique_ptr<TileSource> m_source;
    QCache<quint64, QImage> m_cache;
    QSet<quint64> m_pending;
    QHash<quint64, qint64> m_failedAt; ///< ms on m_clock
    QElapsedTimer m_clock;
};

} // namespace balgul::ui
