#include "ui/map/tile_layer.h"

#include "ui/map/map_viewport.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace balgul::ui {

namespace {

constexpr int kMaxParentLevels = 6;
constexpr int kMaxDisplayZoom = 24; ///< the deepest grid the view is cut into (tile keys hold 24 bits)
constexpr int kMaxTilesPerFrame = 600;
constexpr qsizetype kMaxRememberedFailures = 4096;

} // namespace

TileLayer::TileLayer(QObject* parent) : QObject(parent), m_cache(kCacheTiles)
{
    m_clock.start();
}

TileLayer::~TileLayer() = default;

void TileLayer::setSource(std::unique_ptr<TileSource> source)
{
    m_cache.clear();
    m_pending.clear();
    m_failedAt.clear();
    m_source = std::move(source);
    if (m_source) {
        connect(m_source.get(), &TileSource::tileReady, this, &TileLayer::onTileReady);
        connect(m_source.get(), &TileSource::tileFailed, this, &TileLayer::onTileFailed);
    }
    emit changed();
}

int TileLayer::tileZoomFor(double zoom, qreal devicePixelRatio) const
{
    if (!m_source)
        return -1;
    const double sharpened = zoom + (devicePixelRatio > 1.25 ? std::log2(devicePixelRatio) : 0.0);
    const int wanted = static_cast<int>(std::lround(sharpened));
    if (wanted < m_source->minZoom() - 2)
        return -1; // the pack only has detail: thousands of tiles would be needed to cover the view
    // Past the source's deepest zoom the view keeps its own grid, each cell cut from the deepest tile
    // (Leaflet's maxNativeZoom): one huge scaled tile would overflow the painter's coordinates.
    return std::clamp(wanted, m_source->minZoom(), std::max(m_source->maxZoom(), kMaxDisplayZoom));
}

void TileLayer::dropPendingRequests()
{
    if (m_source)
        m_source->cancelPending();
    m_pending.clear();
}

TileLayer::PaintResult TileLayer::paint(QPainter& painter, const MapViewport& viewport,
                                        qreal devicePixelRatio)
{
    PaintResult result;
    const int z = tileZoomFor(viewport.zoom(), devicePixelRatio);
    if (z < 0)
        return result;
    const int n = 1 << z;
    const core::geo::WorldPoint topLeft = viewport.topLeft();
    const core::geo::WorldPoint bottomRight = viewport.bottomRight();
    const int x0 = std::clamp(static_cast<int>(std::floor(topLeft.x * n)), 0, n - 1);
    const int y0 = std::clamp(static_cast<int>(std::floor(topLeft.y * n)), 0, n - 1);
    const int x1 = std::clamp(static_cast<int>(std::ceil(bottomRight.x * n)) - 1, 0, n - 1);
    const int y1 = std::clamp(static_cast<int>(std::ceil(bottomRight.y * n)) - 1, 0, n - 1);
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > kMaxTilesPerFrame)
        return result;

    const double tilePixels = viewport.scale() / n;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::SmoothPixmapTransform,
                          std::abs(tilePixels * devicePixelRatio - 256) > 0.5);
    const qint64 now = m_clock.elapsed();

    // Requested farthest first: sources serve the newest request first, so the middle of the view
    // fills first.
    const QPointF middle(viewport.size().width() / 2, viewport.size().height() / 2);
    std::vector<std::pair<double, std::pair<int, std::pair<int, int>>>> toRequest;
    QSet<quint64> requested;

    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            ++result.visible;
            const QPointF a = viewport.worldToPixel({static_cast<double>(x) / n, static_cast<double>(y) / n});
            const QPointF b =
                viewport.worldToPixel({static_cast<double>(x + 1) / n, static_cast<double>(y + 1) / n});
            // Whole-pixel edges shared by neighbours: no hairline seams between tiles.
            const QRectF target(QPointF(std::round(a.x()), std::round(a.y())),
                                QPointF(std::round(b.x()), std::round(b.y())));
            // The tile the source has for this cell: itself, or past the source's deepest zoom the
            // deepest tile over it, of which the cell is a share.
            const int native = std::min(z, m_source->maxZoom());
            const int depth = z - native;
            const int nx = x >> depth;
            const int ny = y >> depth;
            const quint64 k = key(native, nx, ny);
            if (const QImage* image = m_cache.object(k)) {
                paintShare(painter, *image, depth, x, y, target);
                ++result.drawn;
                continue;
            }
            const auto failed = m_failedAt.constFind(k);
            const bool hasFailed = failed != m_failedAt.constEnd() && now - failed.value() < kRetryFailedMs;
            if (!hasFailed && !m_pending.contains(k) && !requested.contains(k)) {
                requested.insert(k);
                toRequest.push_back({QLineF(middle, target.center()).length(), {native, {nx, ny}}});
            }
            if (paintStandIn(painter, z, x, y, target))
                ++result.standIn;
            else if (hasFailed) {
                ++result.missing;
                result.missingArea += target.toAlignedRect();
            }
        }
    }
    painter.restore();

    std::sort(toRequest.begin(), toRequest.end(),
              [](const auto& l, const auto& r) { return l.first > r.first; });
    for (const auto& [distance, tile] : toRequest) {
        const auto& [tz, xy] = tile;
        m_pending.insert(key(tz, xy.first, xy.second));
        m_failedAt.remove(key(tz, xy.first, xy.second));
        m_source->requestTile(tz, xy.first, xy.second);
    }
    return result;
}

void TileLayer::paintShare(QPainter& painter, const QImage& image, int depth, int x, int y,
                           const QRectF& target)
{
    if (depth == 0) {
        painter.drawImage(target, image);
        return;
    }
    const double share = static_cast<double>(image.width()) / std::exp2(depth);
    const int mask = (1 << depth) - 1;
    const QRectF source((x & mask) * share, (y & mask) * share, share, share);
    if (share < 1) {
        // Less than a pixel of the tile: that pixel's colour.
        const QPoint at(std::clamp(static_cast<int>(source.x()), 0, image.width() - 1),
                        std::clamp(static_cast<int>(source.y()), 0, image.height() - 1));
        painter.fillRect(target, image.pixelColor(at));
        return;
    }
    painter.drawImage(target, image, source);
}

bool TileLayer::paintStandIn(QPainter& painter, int z, int x, int y, const QRectF& target)
{
    // A cached ancestor, cut down to this tile's share and scaled up (past the source's deepest
    // zoom the ancestors start at that zoom).
    const int deepest = m_source ? m_source->maxZoom() : z;
    const int first = std::max(1, z - deepest + 1);
    for (int up = first; up <= first - 1 + kMaxParentLevels && z - up >= 0; ++up) {
        const QImage* parent = m_cache.object(key(z - up, x >> up, y >> up));
        if (!parent)
            continue;
        paintShare(painter, *parent, up, x, y, target);
        return true;
    }
    // Or the four children, when zooming out over tiles seen a moment ago.
    if (z + 1 <= (m_source ? m_source->maxZoom() : z)) {
        const QImage* children[4];
        for (int i = 0; i < 4; ++i) {
            children[i] = m_cache.object(key(z + 1, 2 * x + (i & 1), 2 * y + (i >> 1)));
            if (!children[i])
                return false;
        }
        const QSizeF half = target.size() / 2;
        for (int i = 0; i < 4; ++i)
            painter.drawImage(
                QRectF(target.topLeft() + QPointF((i & 1) * half.width(), (i >> 1) * half.height()), half),
                *children[i]);
        return true;
    }
    return false;
}

void TileLayer::onTileReady(int z, int x, int y, const QImage& image)
{
    const quint64 k = key(z, x, y);
    m_pending.remove(k);
    m_failedAt.remove(k);
    m_cache.insert(k, new QImage(image));
    emit changed();
}

void TileLayer::onTileFailed(int z, int x, int y)
{
    const quint64 k = key(z, x, y);
    m_pending.remove(k);
    if (m_failedAt.size() > kMaxRememberedFailures)
        m_failedAt.clear(); // a long session offline: forget old failures rather than grow
    m_failedAt.insert(k, m_clock.elapsed());
    emit changed();
}

} // namespace balgul::ui
