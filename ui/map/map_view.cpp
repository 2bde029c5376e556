#include "ui/map/map_view.h"

#include "ui/map/basemap_painter.h"
#include "ui/map/marker_painter.h"
#include "ui/map/tile_layer.h"

#include <QGeoPositionInfoSource>
#include <QPaintEvent>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace balgul::ui {

namespace {

constexpr double kMarkerPadPixels = 40; ///< markers just outside the view still reach into it

} // namespace

MapView::MapView(QWidget* parent) : QWidget(parent), m_tiles(new TileLayer(this))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::OpenHandCursor);
    setMinimumSize(64, 64);
    setAccessibleName(tr("Map"));

    m_viewport.setSize(size());
    m_viewport.setZoom(kDefaultZoom);
    m_viewport.setCenter(MapViewport::toWorld(QGeoCoordinate(kDefaultLatitude, kDefaultLongitude)));
    m_clock.start();

    connect(m_tiles, &TileLayer::changed, this, qOverload<>(&QWidget::update));

    m_longPressTimer.setSingleShot(true);
    m_longPressTimer.setInterval(kLongPressMs);
    connect(&m_longPressTimer, &QTimer::timeout, this, &MapView::onLongPress);

    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(kSettleMs);
    connect(&m_settleTimer, &QTimer::timeout, this, &MapView::settle);

    m_inertiaTimer.setInterval(16);
    connect(&m_inertiaTimer, &QTimer::timeout, this, &MapView::stepInertia);
}

MapView::~MapView()
{
    ++m_indexGeneration; // a clustering job still running finds nobody to hand its result to
    if (MapTool* tool = std::exchange(m_tool, nullptr))
        tool->toolDetached(this);
}

void MapView::setTileSource(std::unique_ptr<TileSource> source)
{
    m_tiles->setSource(std::move(source));
    update();
}

TileSource* MapView::tileSource() const
{
    return m_tiles->source();
}

QGeoCoordinate MapView::center() const
{
    return MapViewport::toCoordinate(viewport().center());
}

void MapView::setCenter(const QGeoCoordinate& c)
{
    if (!c.isValid())
        return;
    stopInertia();
    viewport().setCenter(MapViewport::toWorld(c));
    viewChanged();
}

double MapView::zoom() const
{
    return viewport().zoom();
}

void MapView::setZoom(double z)
{
    viewport().setZoom(z);
    viewChanged();
}

void MapView::fitTo(const QGeoRectangle& box)
{
    stopInertia();
    viewport().fitTo(box);
    viewChanged();
}

QGeoRectangle MapView::visibleRegion() const
{
    return viewport().visibleRegion();
}

QPointF MapView::pixelFor(const QGeoCoordinate& c) const
{
    return viewport().pixelFor(c);
}

QGeoCoordinate MapView::coordinateAt(const QPointF& p) const
{
    return viewport().coordinateAt(p);
}

void MapView::setPoints(std::vector<core::ProblemPoint> points)
{
    const std::uint64_t generation = ++m_indexGeneration;
    if (points.empty()) {
        m_pointsBounds.reset();
    } else {
        double south = 90, north = -90, west = 180, east = -180;
        for (const core::ProblemPoint& p : points) {
            south = std::min(south, p.lat);
            north = std::max(north, p.lat);
            west = std::min(west, p.lon);
            east = std::max(east, p.lon);
        }
        m_pointsBounds = QGeoRectangle(QGeoCoordinate(north, west), QGeoCoordinate(south, east));
    }

    if (points.size() <= kAsyncIndexThreshold) {
        core::geo::ClusterIndex index;
        index.build(points);
        m_indexing = false;
        installIndex(std::move(index));
        return;
    }
    m_indexing = true;
    QtConcurrent::run([points = std::move(points)] {
        core::geo::ClusterIndex index;
        index.build(points);
        return index;
    }).then(this, [this, generation](const core::geo::ClusterIndex& index) {
        if (generation != m_indexGeneration)
            return; // newer points arrived meanwhile
        m_indexing = false;
        installIndex(index);
        emit pointsIndexed();
    });
}

void MapView::installIndex(core::geo::ClusterIndex index)
{
    m_index = std::move(index);
    m_itemsDirty = true;
    update();
}

const std::vector<core::geo::ClusterIndex::Item>& MapView::visibleItems() const
{
    if (m_itemsDirty) {
        m_itemsDirty = false;
        m_items.clear();
        if (!m_index.empty() && width() > 0 && height() > 0) {
            const QPointF pad(kMarkerPadPixels, kMarkerPadPixels);
            const core::geo::WorldPoint a = viewport().pixelToWorld(-pad);
            const core::geo::WorldPoint b =
                viewport().pixelToWorld(QPointF(viewport().size().width(), viewport().size().height()) + pad);
            m_items =
                m_index.query({std::clamp(a.x, 0.0, 1.0), std::clamp(a.y, 0.0, 1.0)},
                              {std::clamp(b.x, 0.0, 1.0), std::clamp(b.y, 0.0, 1.0)}, viewport().zoom());
        }
    }
    return m_items;
}

void MapView::setSelectedProblem(std::int64_t rowid)
{
    if (m_selected == rowid)
        return;
    m_selected = rowid;
    update();
}

void MapView::addOverlay(MapOverlay* overlay)
{
    if (overlay && std::find(m_overlays.begin(), m_overlays.end(), overlay) == m_overlays.end())
        m_overlays.push_back(overlay);
    update();
}

void MapView::removeOverlay(MapOverlay* overlay)
{
    std::erase(m_overlays, overlay);
    update();
}

std::vector<MapOverlay*> MapView::overlays() const
{
    std::vector<MapOverlay*> ordered;
    ordered.reserve(m_overlays.size());
    for (const bool under : {true, false})
        for (MapOverlay* overlay : m_overlays)
            if (overlay->drawsUnderMarkers() == under)
                ordered.push_back(overlay);
    return ordered;
}

void MapView::setTool(MapTool* tool)
{
    if (m_tool == tool)
        return;
    MapTool* old = std::exchange(m_tool, tool);
    m_toolGrab = Qt::NoButton;
    m_pressed = false;
    m_dragging = false;
    m_longPressTimer.stop();
    if (old)
        old->toolDetached(this);
    if (m_tool)
        m_tool->toolAttached(this);
    updateCursor(mapFromGlobal(QCursor::pos()));
    update();
}

void MapView::setPendingLocation(const std::optional<QGeoCoordinate>& c)
{
    m_pendingLocation = c && c->isValid() ? c : std::nullopt;
    update();
}

void MapView::setAddMode(bool on)
{
    if (m_addMode == on)
        return;
    m_addMode = on;
    updateCursor(mapFromGlobal(QCursor::pos()));
    update();
    emit addModeChanged(on);
}

bool MapView::showAllProblems()
{
    if (!m_pointsBounds)
        return false;
    fitTo(*m_pointsBounds);
    return true;
}

void MapView::zoomIn()
{
    zoomAt(viewCenterPixel(), std::floor(zoom() + 1e-6) + 1);
}

void MapView::zoomOut()
{
    zoomAt(viewCenterPixel(), std::ceil(zoom() - 1e-6) - 1);
}

void MapView::zoomAt(const QPointF& pos, double z)
{
    stopInertia();
    viewport().zoomAround(pos, z);
    viewChanged();
}

QPointF MapView::viewCenterPixel() const
{
    return {viewport().size().width() / 2, viewport().size().height() / 2};
}

void MapView::viewChanged()
{
    m_itemsDirty = true;
    m_settleTimer.start();
    update();
}

void MapView::settle()
{
    m_tiles->dropPendingRequests(); // the next paint asks again for what is still in view
    update();
    emit viewportChanged(visibleRegion());
}

void MapView::setPositionSource(QGeoPositionInfoSource* source)
{
    if (m_positionSource == source)
        return;
    delete m_positionSource;
    m_positionSource = source;
    m_lookingForPosition = false;
    if (!m_positionSource)
        return;
    m_positionSource->setParent(this);
    connect(m_positionSource, &QGeoPositionInfoSource::positionUpdated, this, &MapView::onPositionUpdated);
    connect(
        m_positionSource, &QGeoPositionInfoSource::errorOccurred, this,
        [this](QGeoPositionInfoSource::Error error) {
            if (!std::exchange(m_lookingForPosition, false) && error != QGeoPositionInfoSource::AccessError)
                return;
            QString reason;
            switch (error) {
            case QGeoPositionInfoSource::AccessError:
                reason = tr("Balgul may not use the location service. Allow it in the system "
                            "settings, or find the place on the map.");
                break;
            case QGeoPositionInfoSource::UpdateTimeoutError:
                reason = tr("No position was found within %n second(s). Check that the location service is "
                            "on, or find the place on the map.",
                            nullptr, kPositionTimeoutMs / 1000);
                break;
            case QGeoPositionInfoSource::ClosedError:
                reason = tr("The location service was closed.");
                break;
            case QGeoPositionInfoSource::UnknownSourceError:
            case QGeoPositionInfoSource::NoError:
                reason = tr("The location service failed.");
                break;
            }
            emit positionUnavailable(reason);
        });
}

void MapView::showMyPosition()
{
    if (!m_positionSource) {
        if (QGeoPositionInfoSource* source = QGeoPositionInfoSource::createDefaultSource(this))
            setPositionSource(source);
    }
    if (!m_positionSource) {
        emit positionUnavailable(tr("This computer has no location service. Find the place on the map "
                                    "instead."));
        return;
    }
    if (m_lookingForPosition)
        return; // already asked; the answer comes
    m_lookingForPosition = true;
    emit positionSearchStarted();
    m_positionSource->requestUpdate(kPositionTimeoutMs);
}

void MapView::onPositionUpdated(const QGeoPositionInfo& info)
{
    if (!info.isValid() || !info.coordinate().isValid())
        return;
    m_lookingForPosition = false;
    m_myPosition = info.coordinate();
    m_myAccuracyMeters = info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)
                             ? info.attribute(QGeoPositionInfo::HorizontalAccuracy)
                             : 0;
    setCenter(*m_myPosition);
    if (zoom() < 15)
        setZoom(15);
    emit positionFound(*m_myPosition);
}

void MapView::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    painter.setClipRegion(event->region());
    basemap::paintBackground(painter, viewport());

    const TileLayer::PaintResult tiles = m_tiles->paint(painter, viewport(), devicePixelRatioF());
    // The plain basemap wherever the tiles have nothing: everywhere without a source, else only
    // where tiles failed (a pack that does not cover the place, a server that cannot be reached).
    const bool allPlain = !m_tiles->source() || tiles.visible == 0;
    const bool plain = allPlain || tiles.missing > 0;
    if (plain) {
        painter.save();
        if (!allPlain)
            painter.setClipRegion(tiles.missingArea, Qt::IntersectClip);
        basemap::paintGraticule(painter, viewport(), basemap::GraticulePart::Lines);
        painter.restore();
    }

    for (MapOverlay* overlay : m_overlays)
        if (overlay->drawsUnderMarkers())
            overlay->paintOverlay(painter, viewport());
    m_markerPainter.paint(painter, viewport(), visibleItems(), m_selected, /*counts=*/false);
    for (MapOverlay* overlay : m_overlays)
        if (!overlay->drawsUnderMarkers())
            overlay->paintOverlay(painter, viewport());
    // Over the overlays: a station on a cluster must not hide how many problems are there.
    m_markerPainter.paintCounts(painter, viewport(), visibleItems());
    if (m_myPosition) {
        const double metersPerPixel = core::geo::metersPerPixel(m_myPosition->latitude(), zoom());
        markers::paintMyPosition(painter, pixelFor(*m_myPosition), m_myAccuracyMeters / metersPerPixel);
    }
    if (m_pendingLocation)
        markers::paintPin(painter, pixelFor(*m_pendingLocation), QColor(0xE8, 0x5D, 0x04));
    if (m_tool) {
        painter.save();
        m_tool->paintTool(painter, viewport());
        painter.restore();
    }

    if (plain)
        basemap::paintGraticule(painter, viewport(), basemap::GraticulePart::Labels);
    basemap::paintScaleBar(painter, viewport());
    basemap::paintZoomIndicator(painter, viewport());
    basemap::paintAttribution(painter, viewport(),
                              m_tiles->source() ? m_tiles->source()->attribution() : QString());
    if (m_addMode && m_addModeBanner)
        basemap::paintBanner(painter, viewport(),
                             tr("Click where the problem is (Enter: the middle of the map). Esc cancels."));
    if (m_indexing)
        basemap::paintBanner(painter, viewport(), tr("Placing problems on the map…"));
    if (m_keyboardFocus && hasFocus()) {
        // Reached with Tab: say where the arrow keys and + / − go.
        painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5));
    }
}

void MapView::setAddModeBannerVisible(bool visible)
{
    m_addModeBanner = visible;
    update();
}

void MapView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    viewChanged();
}

const MapViewport& MapView::viewport() const
{
    if (m_viewport.size() != QSizeF(size())) {
        m_viewport.setSize(size());
        m_itemsDirty = true;
    }
    return m_viewport;
}

MapViewport& MapView::viewport()
{
    std::as_const(*this).viewport();
    return m_viewport;
}

} // namespace balgul::ui
