#include "ui/pilots/zone_layer.h"

#include "ui/map/map_view.h"
#include "ui/map/map_viewport.h"
#include "ui/pilots/pilot_colors.h"
#include "ui/pilots/pilot_strings.h"
#include "ui/qt_convert.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace balgul::ui {

namespace {

using core::pilots::Pilot;
using core::pilots::PilotPhase;

QPolygonF toPixels(const MapViewport& viewport, const std::vector<core::geo::WorldPoint>& ring)
{
    QPolygonF polygon;
    polygon.reserve(static_cast<qsizetype>(ring.size()));
    for (const core::geo::WorldPoint& p : ring)
        polygon << viewport.worldToPixel(p);
    return polygon;
}

/// Signed area and centroid of a closed polygon (shoelace); the mean of the vertices when flat.
QPointF centroid(const QPolygonF& polygon)
{
    double area = 0, cx = 0, cy = 0;
    const qsizetype n = polygon.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF a = polygon[i];
        const QPointF b = polygon[(i + 1) % n];
        const double f = a.x() * b.y() - b.x() * a.y();
        area += f;
        cx += (a.x() + b.x()) * f;
        cy += (a.y() + b.y()) * f;
    }
    if (std::abs(area) < 1e-9) {
        QPointF sum;
        for (const QPointF& p : polygon)
            sum += p;
        return n > 0 ? sum / static_cast<double>(n) : QPointF();
    }
    return {cx / (3 * area), cy / (3 * area)};
}

double worldArea(const std::vector<core::geo::WorldPoint>& ring)
{
    double area = 0;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const core::geo::WorldPoint a = ring[i];
        const core::geo::WorldPoint b = ring[(i + 1) % ring.size()];
        area += a.x * b.y - b.x * a.y;
    }
    return std::abs(area) / 2;
}

/// Text with a light halo, readable on tiles, the plain basemap and the zone's fill alike.
void drawHaloText(QPainter& painter, const QPointF& center, const QString& text)
{
    const QFontMetricsF metrics(painter.font());
    const QPointF origin(center.x() - metrics.horizontalAdvance(text) / 2,
                         center.y() + (metrics.ascent() - metrics.descent()) / 2);
    QPainterPath path;
    path.addText(origin, painter.font(), text);
    painter.setPen(QPen(QColor(255, 255, 255, 230), 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x21, 0x21, 0x21));
    painter.drawPath(path);
}

} // namespace

ZoneLayer::ZoneLayer(MapView* map, QObject* parent) : QObject(parent), m_map(map)
{
    if (m_map)
        m_map->addOverlay(this);
}

ZoneLayer::~ZoneLayer()
{
    if (m_map)
        m_map->removeOverlay(this);
}

void ZoneLayer::setPilots(std::vector<Pilot> pilots)
{
    m_pilots = std::move(pilots);
    m_shapes.clear();
    m_shapes.reserve(m_pilots.size());
    for (const Pilot& pilot : m_pilots) {
        Shape shape;
        double largestArea = -1;
        for (const core::pilots::Ring& ring : pilot.fields.zone) {
            std::vector<core::geo::WorldPoint> world;
            world.reserve(ring.size());
            for (const core::geo::LatLon& p : ring) {
                const core::geo::WorldPoint w = core::geo::project(p.lat, p.lon);
                shape.min = {std::min(shape.min.x, w.x), std::min(shape.min.y, w.y)};
                shape.max = {std::max(shape.max.x, w.x), std::max(shape.max.y, w.y)};
                world.push_back(w);
            }
            const double area = worldArea(world);
            if (area > largestArea) {
                largestArea = area;
                shape.largest = shape.rings.size();
            }
            shape.areas.push_back(area);
            shape.rings.push_back(std::move(world));
        }
        m_shapes.push_back(std::move(shape));
    }
    if (!m_selected.isEmpty() && !pilot(m_selected))
        m_selected.clear();
    repaint();
}

const Pilot* ZoneLayer::pilot(const QString& id) const
{
    const std::string key = toStd(id);
    for (const Pilot& p : m_pilots)
        if (p.id == key)
            return &p;
    return nullptr;
}

void ZoneLayer::setVisible(bool visible)
{
    if (m_visible == visible)
        return;
    m_visible = visible;
    repaint();
}

void ZoneLayer::setSelectedPilot(const QString& id)
{
    if (m_selected == id)
        return;
    m_selected = id;
    repaint();
}

void ZoneLayer::repaint()
{
    if (m_map)
        m_map->update();
}

std::optional<QString> ZoneLayer::pilotAt(const MapViewport& viewport, const QPointF& pixel) const
{
    if (!m_visible)
        return std::nullopt;
    const core::geo::WorldPoint at = viewport.pixelToWorld(pixel);
    std::optional<std::size_t> best;
    double bestArea = 0;
    for (std::size_t i = 0; i < m_pilots.size(); ++i) {
        const Shape& shape = m_shapes[i];
        if (at.x < shape.min.x || at.x > shape.max.x || at.y < shape.min.y || at.y > shape.max.y)
            continue;
        const bool selected = !m_selected.isEmpty() && toQ(m_pilots[i].id) == m_selected;
        for (std::size_t r = 0; r < shape.rings.size(); ++r) {
            if (shape.rings[r].size() < core::pilots::kRingMinVertices)
                continue;
            if (!toPixels(viewport, shape.rings[r]).containsPoint(pixel, Qt::OddEvenFill))
                continue;
            if (selected)
                return toQ(m_pilots[i].id);
            if (!best || shape.areas[r] < bestArea) {
                best = i;
                bestArea = shape.areas[r];
            }
        }
    }
    if (!best)
        return std::nullopt;
    return toQ(m_pilots[*best].id);
}

QString ZoneLayer::toolTipText(const Pilot& pilot)
{
    return QStringLiteral("<b>%1</b><br>%2")
        .arg(toQ(pilot.fields.title).toHtmlEscaped(),
             tr("Phase: %1").arg(phaseName(pilot.phase)).toHtmlEscaped());
}

void ZoneLayer::paintOverlay(QPainter& painter, const MapViewport& viewport)
{
    if (!m_visible || m_pilots.empty())
        return;
    const core::geo::WorldPoint viewMin = viewport.pixelToWorld(QPointF(0, 0));
    const core::geo::WorldPoint viewMax =
        viewport.pixelToWorld(QPointF(viewport.size().width(), viewport.size().height()));
    // Faded pilots at the bottom, the selected one on top.
    std::vector<std::size_t> order(m_pilots.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    auto rank = [&](std::size_t i) {
        if (!m_selected.isEmpty() && toQ(m_pilots[i].id) == m_selected)
            return 2;
        return m_pilots[i].phase == PilotPhase::Rejected ? 0 : 1;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return rank(a) < rank(b); });

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const std::size_t i : order) {
        const Shape& shape = m_shapes[i];
        if (shape.max.x < viewMin.x || shape.min.x > viewMax.x || shape.max.y < viewMin.y ||
            shape.min.y > viewMax.y)
            continue;
        paintPilot(painter, viewport, i);
    }
    painter.restore();
}

void ZoneLayer::paintPilot(QPainter& painter, const MapViewport& viewport, std::size_t index)
{
    const Pilot& pilot = m_pilots[index];
    const Shape& shape = m_shapes[index];
    const bool selected = !m_selected.isEmpty() && toQ(pilot.id) == m_selected;
    const bool rejected = pilot.phase == PilotPhase::Rejected;
    const QColor color = phaseColor(pilot.phase);

    QPainterPath path;
    path.setFillRule(Qt::WindingFill); // overlapping polygons of one zone are not holes
    for (const auto& ring : shape.rings) {
        if (ring.size() < 2)
            continue;
        path.addPolygon(toPixels(viewport, ring));
        path.closeSubpath();
    }
    if (path.isEmpty())
        return;

    painter.setOpacity(rejected ? kRejectedOpacity : 1.0);
    QColor fill = color;
    fill.setAlphaF(static_cast<float>(kFillOpacity));
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawPath(path);

    painter.setBrush(Qt::NoBrush);
    const double width = selected ? kSelectedOutlineWidth : kOutlineWidth;
    // A light halo under the outline keeps it apart from dark tiles and from its neighbours.
    painter.setPen(QPen(QColor(255, 255, 255, 200), width + 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    QPen outline(color.darker(selected ? 140 : 115), width, rejected ? Qt::DashLine : Qt::SolidLine,
                 Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(outline);
    painter.drawPath(path);

    // The title in the middle of the largest polygon, when there is room for it.
    if (shape.largest < shape.rings.size() && shape.rings[shape.largest].size() >= 3 &&
        !pilot.fields.title.empty()) {
        const QPolygonF largest = toPixels(viewport, shape.rings[shape.largest]);
        const QRectF box = largest.boundingRect();
        if (box.width() >= kLabelMinWidth && box.height() >= kLabelMinHeight) {
            QFont font = painter.font();
            font.setBold(true);
            painter.setFont(font);
            const QFontMetricsF metrics(font);
            const QString title =
                metrics.elidedText(toQ(pilot.fields.title).simplified(), Qt::ElideRight, box.width() - 8);
            if (!title.isEmpty())
                drawHaloText(painter, centroid(largest), title);
        }
    }
    painter.setOpacity(1.0);
}

bool ZoneLayer::clickOverlay(const MapViewport& viewport, const QPointF& pixel)
{
    const auto hit = pilotAt(viewport, pixel);
    if (!hit)
        return false;
    setSelectedPilot(*hit);
    emit pilotActivated(*hit);
    return true;
}

QString ZoneLayer::overlayToolTip(const MapViewport& viewport, const QPointF& pixel) const
{
    const auto hit = pilotAt(viewport, pixel);
    if (!hit)
        return {};
    return toolTipText(*pilot(*hit));
}

} // namespace balgul::ui
