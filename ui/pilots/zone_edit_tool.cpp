#include "ui/pilots/zone_edit_tool.h"

#include "ui/map/map_view.h"
#include "ui/map/map_viewport.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace balgul::ui {

namespace {

using core::geo::LatLon;

const QColor kLineColor(0x26, 0x32, 0x38);    ///< dark slate: apart from every phase colour
const QColor kWarningColor(0xD5, 0x5E, 0x00); ///< Okabe–Ito vermillion
const QColor kHalo(255, 255, 255, 220);

QPointF pixelOf(const MapViewport& viewport, LatLon p)
{
    return viewport.worldToPixel(core::geo::project(p.lat, p.lon));
}

LatLon latLonAt(const MapViewport& viewport, const QPointF& pixel)
{
    const QGeoCoordinate c = viewport.coordinateAt(pixel);
    return {std::clamp(c.latitude(), -core::geo::kMaxLatitude, core::geo::kMaxLatitude),
            std::clamp(c.longitude(), -180.0, 180.0)};
}

QPolygonF toPixels(const MapViewport& viewport, const core::pilots::Ring& ring)
{
    QPolygonF polygon;
    polygon.reserve(static_cast<qsizetype>(ring.size()));
    for (const LatLon& p : ring)
        polygon << pixelOf(viewport, p);
    return polygon;
}

double distanceToSegment(const QPointF& p, const QPointF& a, const QPointF& b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    return QLineF(p, a + ab * t).length();
}

bool isRedo(const QKeyEvent& event)
{
    const Qt::KeyboardModifiers mods = event.modifiers() & ~Qt::KeypadModifier;
    return event.matches(QKeySequence::Redo) ||
           (event.key() == Qt::Key_Z && mods == (Qt::ControlModifier | Qt::ShiftModifier)) ||
           (event.key() == Qt::Key_Y && mods == Qt::ControlModifier);
}

bool isUndo(const QKeyEvent& event)
{
    return !isRedo(event) && event.matches(QKeySequence::Undo);
}

void drawLabel(QPainter& painter, const QPointF& at, const QString& text, const QColor& color)
{
    QPainterPath path;
    path.addText(at, painter.font(), text);
    painter.setPen(QPen(kHalo, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPath(path);
}

} // namespace

/// One edit of one polygon: the polygon before and after (none: it does not exist), so an undo
/// step costs the size of a polygon, never of the whole zone.
class ZoneEditTool::RingCommand : public QUndoCommand
{
public:
    RingCommand(ZoneEditTool* tool, const QString& text, std::size_t index, std::optional<Ring> before,
                std::optional<Ring> after, std::optional<std::size_t> selectBefore,
                std::optional<std::size_t> selectAfter)
        : QUndoCommand(text), m_tool(tool), m_index(index), m_before(std::move(before)),
          m_after(std::move(after)), m_selectBefore(selectBefore), m_selectAfter(selectAfter)
    {}

    void redo() override { m_tool->applyRing(m_index, m_before.has_value(), m_after, m_selectAfter); }
    void undo() override { m_tool->applyRing(m_index, m_after.has_value(), m_before, m_selectBefore); }

private:
    ZoneEditTool* m_tool;
    std::size_t m_index;
    std::optional<Ring> m_before;
    std::optional<Ring> m_after;
    std::optional<std::size_t> m_selectBefore;
    std::optional<std::size_t> m_selectAfter;
};

ZoneEditTool::ZoneEditTool(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    m_message = tr("Draw the zone: click on the map to place the corners of a polygon.");
}

ZoneEditTool::~ZoneEditTool()
{
    if (m_map && m_map->tool() == this)
        m_map->setTool(nullptr);
}

void ZoneEditTool::setZone(std::vector<Ring> zone)
{
    m_drag.reset();
    m_undo->clear();
    m_zone = std::move(zone);
    m_checks.clear();
    revalidate();
    setSelection(m_zone.empty() ? std::nullopt : std::optional<std::size_t>(m_zone.size() - 1), std::nullopt);
    emit zoneChanged();
    repaint();
}

bool ZoneEditTool::selectVertex(Vertex vertex)
{
    if (vertex.polygon >= m_zone.size() || vertex.vertex >= m_zone[vertex.polygon].size())
        return false;
    setSelection(vertex.polygon, vertex);
    return true;
}

void ZoneEditTool::clearSelection()
{
    setSelection(m_current, std::nullopt);
}

void ZoneEditTool::setSelection(std::optional<std::size_t> current, std::optional<Vertex> selection)
{
    if (m_current == current && m_selection == selection)
        return;
    m_current = current;
    m_selection = selection;
    repaint();
    emit selectionChanged();
}

bool ZoneEditTool::startNewPolygon()
{
    if (m_zone.size() >= core::pilots::kZoneMaxPolygons)
        return false;
    setSelection(std::nullopt, std::nullopt);
    return true;
}

bool ZoneEditTool::removePolygon(std::size_t index)
{
    if (index >= m_zone.size())
        return false;
    pushRing(tr("Remove polygon"), index, m_zone[index], std::nullopt, std::nullopt, std::nullopt);
    return true;
}

bool ZoneEditTool::addVertexAt(const MapViewport& viewport, const QPointF& pixel)
{
    const LatLon at = latLonAt(viewport, pixel);
    if (!m_current || *m_current >= m_zone.size()) {
        if (m_zone.size() >= core::pilots::kZoneMaxPolygons)
            return false;
        pushRing(tr("Add vertex"), m_zone.size(), std::nullopt, Ring{at}, std::nullopt, 0);
        return true;
    }
    const std::size_t polygon = *m_current;
    if (m_zone[polygon].size() >= core::pilots::kRingMaxVertices)
        return false;
    Ring after = m_zone[polygon];
    const std::size_t index = insertionIndex(viewport, pixel);
    after.insert(after.begin() + static_cast<std::ptrdiff_t>(index), at);
    const std::optional<std::size_t> selectedBefore =
        m_selection && m_selection->polygon == polygon ? std::optional(m_selection->vertex) : std::nullopt;
    pushRing(tr("Add vertex"), polygon, m_zone[polygon], std::move(after), selectedBefore, index);
    return true;
}

bool ZoneEditTool::removeVertex(Vertex vertex)
{
    if (vertex.polygon >= m_zone.size() || vertex.vertex >= m_zone[vertex.polygon].size())
        return false;
    const Ring& before = m_zone[vertex.polygon];
    if (before.size() <= 1) {
        pushRing(tr("Remove vertex"), vertex.polygon, before, std::nullopt, vertex.vertex, std::nullopt);
        return true;
    }
    Ring after = before;
    after.erase(after.begin() + static_cast<std::ptrdiff_t>(vertex.vertex));
    // The vertex before it is selected next, so Backspace walks back along the outline.
    const std::size_t next = vertex.vertex > 0 ? vertex.vertex - 1 : after.size() - 1;
    pushRing(tr("Remove vertex"), vertex.polygon, before, std::move(after), vertex.vertex, next);
    return true;
}

void ZoneEditTool::pushRing(const QString& text, std::size_t index, std::optional<Ring> before,
                            std::optional<Ring> after, std::optional<std::size_t> selectBefore,
                            std::optional<std::size_t> selectAfter)
{
    m_undo->push(
        new RingCommand(this, text, index, std::move(before), std::move(after), selectBefore, selectAfter));
}

void ZoneEditTool::applyRing(std::size_t index, bool exists, const std::optional<Ring>& to,
                             std::optional<std::size_t> select)
{
    m_drag.reset();
    const auto at = m_zone.begin() + static_cast<std::ptrdiff_t>(index);
    if (exists && to)
        *at = *to;
    else if (exists)
        m_zone.erase(at);
    else if (to)
        m_zone.insert(at, *to);
    const bool structural = exists != to.has_value();
    revalidate(structural ? std::nullopt : std::optional(index));
    if (to)
        setSelection(index,
                     select && *select < to->size() ? std::optional(Vertex{index, *select}) : std::nullopt);
    else
        setSelection(std::nullopt, std::nullopt);
    emit zoneChanged();
    repaint();
}

QString ZoneEditTool::ringProblem(const Ring& ring, std::size_t index)
{
    if (core::pilots::checkRing(ring, index))
        return {};
    const std::size_t number = index + 1;
    if (ring.size() < core::pilots::kRingMinVertices)
        return tr("Polygon %1 needs at least 3 vertices.").arg(number);
    if (ring.size() > core::pilots::kRingMaxVertices)
        return tr("Polygon %1 has more than %2 vertices.").arg(number).arg(core::pilots::kRingMaxVertices);
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const LatLon p = ring[i];
        if (!std::isfinite(p.lat) || !std::isfinite(p.lon) || p.lat < -90 || p.lat > 90 || p.lon < -180 ||
            p.lon > 180)
            return tr("Vertex %1 of polygon %2 is not a place on the Earth.").arg(i + 1).arg(number);
        const std::size_t j = (i + 1) % ring.size();
        if (p.lat == ring[j].lat && p.lon == ring[j].lon)
            return tr("Vertices %1 and %2 of polygon %3 are at the same place.")
                .arg(i + 1)
                .arg(j + 1)
                .arg(number);
    }
    if (const auto crossing = core::pilots::firstSelfIntersection(ring)) {
        const std::size_t n = ring.size();
        return tr("Polygon %1 crosses itself: the edge from vertex %2 to %3 meets the edge from vertex %4 to "
                  "%5.")
            .arg(number)
            .arg(crossing->first + 1)
            .arg((crossing->first + 1) % n + 1)
            .arg(crossing->second + 1)
            .arg((crossing->second + 1) % n + 1);
    }
    return tr("Polygon %1 has no area: its vertices lie on one line.").arg(number);
}

std::optional<std::pair<std::size_t, std::size_t>> ZoneEditTool::crossingEdges(std::size_t polygon) const
{
    if (polygon >= m_checks.size())
        return std::nullopt;
    return m_checks[polygon].crossing;
}

void ZoneEditTool::revalidate(std::optional<std::size_t> only)
{
    if (m_checks.size() != m_zone.size()) {
        m_checks.assign(m_zone.size(), {});
        only.reset();
    }
    for (std::size_t i = 0; i < m_zone.size(); ++i) {
        if (only && *only != i)
            continue;
        RingCheck& check = m_checks[i];
        check.message = ringProblem(m_zone[i], i);
        check.crossing.reset();
        if (!check.message.isEmpty())
            check.crossing = core::pilots::firstSelfIntersection(m_zone[i]);
    }

    QString message;
    if (m_zone.empty())
        message = tr("Draw the zone: click on the map to place the corners of a polygon.");
    else if (m_zone.size() > core::pilots::kZoneMaxPolygons)
        message = tr("A zone has at most %1 polygons.").arg(core::pilots::kZoneMaxPolygons);
    else
        for (const RingCheck& check : m_checks)
            if (!check.message.isEmpty()) {
                message = check.message;
                break;
            }
    const bool valid = message.isEmpty();
    if (valid == m_valid && message == m_message)
        return;
    m_valid = valid;
    m_message = message;
    emit validityChanged(m_valid, m_message);
}

std::size_t ZoneEditTool::insertionIndex(const MapViewport& viewport, const QPointF& pixel,
                                         std::optional<std::size_t>* edge) const
{
    if (edge)
        edge->reset();
    if (!m_current || *m_current >= m_zone.size())
        return 0;
    const Ring& ring = m_zone[*m_current];
    if (ring.size() < core::pilots::kRingMinVertices)
        return ring.size();
    const QPolygonF pixels = toPixels(viewport, ring);
    std::optional<std::size_t> nearest;
    double nearestDistance = kEdgeHitDistance;
    for (qsizetype i = 0; i < pixels.size(); ++i) {
        const double d = distanceToSegment(pixel, pixels[i], pixels[(i + 1) % pixels.size()]);
        if (d <= nearestDistance) {
            nearestDistance = d;
            nearest = static_cast<std::size_t>(i);
        }
    }
    if (!nearest)
        return ring.size();
    if (edge)
        *edge = nearest;
    return *nearest + 1;
}

std::optional<ZoneEditTool::Vertex> ZoneEditTool::vertexAt(const MapViewport& viewport,
                                                           const QPointF& pixel) const
{
    std::optional<Vertex> best;
    double bestDistance = kHandleHitRadius;
    int bestRank = -1;
    for (std::size_t p = 0; p < m_zone.size(); ++p)
        for (std::size_t v = 0; v < m_zone[p].size(); ++v) {
            const double d = QLineF(pixelOf(viewport, m_zone[p][v]), pixel).length();
            if (d > kHandleHitRadius)
                continue;
            // Overlapping handles: the selected vertex, then the current polygon's, then the nearest.
            const Vertex here{p, v};
            const int rank = m_selection == here ? 2 : (m_current == p ? 1 : 0);
            if (rank > bestRank || (rank == bestRank && d < bestDistance)) {
                best = here;
                bestDistance = d;
                bestRank = rank;
            }
        }
    return best;
}

void ZoneEditTool::cancelDrag()
{
    if (!m_drag)
        return;
    const Drag drag = std::move(*m_drag);
    m_drag.reset();
    if (drag.moved && drag.vertex.polygon < m_zone.size()) {
        m_zone[drag.vertex.polygon] = drag.before;
        revalidate(drag.vertex.polygon);
    }
    repaint();
}

void ZoneEditTool::repaint()
{
    if (m_map)
        m_map->update();
}

void ZoneEditTool::toolAttached(MapView* map)
{
    m_map = map;
    repaint();
}

void ZoneEditTool::toolDetached(MapView* map)
{
    cancelDrag();
    m_hover.reset();
    if (m_map == map)
        m_map = nullptr;
    if (map)
        map->update();
}

bool ZoneEditTool::toolMousePress(const MapViewport& viewport, QMouseEvent* event)
{
    const QPointF pos = event->position();
    const auto hit = vertexAt(viewport, pos);
    if (!hit)
        return false; // the map pans, or a click comes to toolClick
    if (event->button() == Qt::RightButton) {
        removeVertex(*hit);
        return true;
    }
    if (event->button() != Qt::LeftButton)
        return false;
    selectVertex(*hit);
    const Ring& ring = m_zone[hit->polygon];
    m_drag = Drag{*hit, pos, pixelOf(viewport, ring[hit->vertex]) - pos, ring, false};
    repaint();
    return true;
}

bool ZoneEditTool::toolMouseMove(const MapViewport& viewport, QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (m_drag) {
        if (!(event->buttons() & Qt::LeftButton))
            return true;
        if (!m_drag->moved && QLineF(pos, m_drag->pressPixel).length() < QApplication::startDragDistance())
            return true;
        m_drag->moved = true;
        const Vertex v = m_drag->vertex;
        m_zone[v.polygon][v.vertex] = latLonAt(viewport, pos + m_drag->grabOffset);
        revalidate(v.polygon);
        repaint();
        return true;
    }
    // Hovering: the preview of where the next click goes follows the pointer, and the handle under
    // it grows; nothing else needs the map repainted.
    const std::optional<Vertex> before = m_hover ? vertexAt(viewport, *m_hover) : std::nullopt;
    m_hover = pos;
    const bool preview = m_current && *m_current < m_zone.size() && !m_zone[*m_current].empty();
    if (preview || before != vertexAt(viewport, pos))
        repaint();
    return false;
}

bool ZoneEditTool::toolMouseRelease(const MapViewport& /*viewport*/, QMouseEvent* /*event*/)
{
    if (!m_drag)
        return false;
    const Drag drag = std::move(*m_drag);
    m_drag.reset();
    if (drag.moved) {
        const std::size_t polygon = drag.vertex.polygon;
        pushRing(tr("Move vertex"), polygon, drag.before, m_zone[polygon], drag.vertex.vertex,
                 drag.vertex.vertex);
    }
    repaint();
    return true;
}

bool ZoneEditTool::toolMouseDoubleClick(const MapViewport& /*viewport*/, QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    // The first click of the two placed a vertex; the double click closes the polygon, and the
    // map does not zoom under the hand that draws.
    if (m_current && *m_current < m_zone.size() &&
        m_zone[*m_current].size() >= core::pilots::kRingMinVertices)
        startNewPolygon();
    return true;
}

bool ZoneEditTool::toolClick(const MapViewport& viewport, const QPointF& pixel)
{
    addVertexAt(viewport, pixel);
    return true; // while drawing, a click on a marker or a zone places a vertex all the same
}

void ZoneEditTool::toolMouseLeave()
{
    if (m_hover) {
        m_hover.reset();
        repaint();
    }
}

bool ZoneEditTool::toolKeyPress(QKeyEvent* event)
{
    if (isUndo(*event)) {
        cancelDrag();
        m_undo->undo();
        return true;
    }
    if (isRedo(*event)) {
        cancelDrag();
        m_undo->redo();
        return true;
    }
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (!m_selection || m_drag)
            return false;
        removeVertex(*m_selection);
        return true;
    case Qt::Key_Escape:
        if (m_drag) {
            cancelDrag();
            return true;
        }
        if (m_selection) {
            clearSelection();
            return true;
        }
        return false;
    default:
        return false;
    }
}

bool ZoneEditTool::toolWantsShortcut(const QKeyEvent& event) const
{
    if (isUndo(event) || isRedo(event))
        return true;
    switch (event.key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        return m_selection.has_value() && event.modifiers() == Qt::NoModifier;
    case Qt::Key_Escape:
        return m_drag.has_value() || m_selection.has_value();
    default:
        return false;
    }
}

Qt::CursorShape ZoneEditTool::toolCursor(const MapViewport& viewport, const QPointF& pixel) const
{
    if (m_drag && m_drag->moved)
        return Qt::ClosedHandCursor;
    if (vertexAt(viewport, pixel))
        return Qt::OpenHandCursor;
    return Qt::CrossCursor;
}

void ZoneEditTool::paintTool(QPainter& painter, const MapViewport& viewport)
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    QFont font = painter.font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);

    std::vector<QPolygonF> pixels;
    pixels.reserve(m_zone.size());
    for (const Ring& ring : m_zone)
        pixels.push_back(toPixels(viewport, ring));

    // Areas and outlines.
    for (std::size_t p = 0; p < m_zone.size(); ++p) {
        const QPolygonF& polygon = pixels[p];
        const bool closed = polygon.size() >= static_cast<qsizetype>(core::pilots::kRingMinVertices);
        const bool faulty = closed && p < m_checks.size() && !m_checks[p].message.isEmpty();
        const bool current = m_current == p;
        const QColor color = faulty ? kWarningColor : kLineColor;
        if (closed) {
            QColor fill = color;
            fill.setAlphaF(0.18f);
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawPolygon(polygon, Qt::OddEvenFill);
        }
        const double width = current ? 3.0 : 2.5;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(kHalo, width + 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        closed ? painter.drawPolygon(polygon) : painter.drawPolyline(polygon);
        // Not by colour alone: a faulty outline is dashed too.
        painter.setPen(
            QPen(color, width, faulty ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        closed ? painter.drawPolygon(polygon) : painter.drawPolyline(polygon);

        if (faulty && m_checks[p].crossing) {
            const auto [a, b] = *m_checks[p].crossing;
            const qsizetype n = polygon.size();
            const QLineF first(polygon[static_cast<qsizetype>(a)],
                               polygon[static_cast<qsizetype>(a + 1) % n]);
            const QLineF second(polygon[static_cast<qsizetype>(b)],
                                polygon[static_cast<qsizetype>(b + 1) % n]);
            for (const QLineF& edge : {first, second}) {
                painter.setPen(QPen(kHalo, 9, Qt::SolidLine, Qt::RoundCap));
                painter.drawLine(edge);
                painter.setPen(QPen(kWarningColor, 5.5, Qt::SolidLine, Qt::RoundCap));
                painter.drawLine(edge);
            }
            QPointF meet;
            if (first.intersects(second, &meet) == QLineF::BoundedIntersection) {
                painter.setPen(QPen(kWarningColor, 3));
                painter.setBrush(kHalo);
                painter.drawEllipse(meet, 10.0, 10.0);
                painter.setPen(QPen(kWarningColor, 2.5, Qt::SolidLine, Qt::RoundCap));
                painter.drawLine(meet + QPointF(-4.5, -4.5), meet + QPointF(4.5, 4.5));
                painter.drawLine(meet + QPointF(-4.5, 4.5), meet + QPointF(4.5, -4.5));
            }
        }
    }

    // Where the next click goes.
    if (m_hover && !m_drag && !vertexAt(viewport, *m_hover) && m_current && *m_current < m_zone.size() &&
        !m_zone[*m_current].empty()) {
        const QPolygonF& polygon = pixels[*m_current];
        std::optional<std::size_t> edge;
        insertionIndex(viewport, *m_hover, &edge);
        painter.setBrush(Qt::NoBrush);
        if (!edge) {
            painter.setPen(QPen(kLineColor, 1.5, Qt::DashLine, Qt::RoundCap));
            painter.drawLine(polygon.last(), *m_hover);
            if (polygon.size() >= 2)
                painter.drawLine(*m_hover, polygon.first());
        }
        painter.setPen(QPen(kLineColor, 2, Qt::DotLine));
        painter.setBrush(QColor(255, 255, 255, 160));
        painter.drawEllipse(*m_hover, kHandleRadius, kHandleRadius);
    }

    // Handles, the current polygon's on top.
    std::vector<std::size_t> order;
    for (std::size_t p = 0; p < m_zone.size(); ++p)
        if (m_current != p)
            order.push_back(p);
    if (m_current && *m_current < m_zone.size())
        order.push_back(*m_current);
    const std::optional<Vertex> hovered =
        m_hover && !m_drag ? vertexAt(viewport, *m_hover) : std::optional<Vertex>();
    for (const std::size_t p : order) {
        const QPolygonF& polygon = pixels[p];
        const bool current = m_current == p;
        const bool faulty = polygon.size() >= 3 && p < m_checks.size() && !m_checks[p].message.isEmpty();
        const QColor color = faulty ? kWarningColor : kLineColor;
        std::vector<bool> numbered(static_cast<std::size_t>(polygon.size()),
                                   current && m_zone[p].size() <= kMaxNumberedVertices);
        if (faulty && m_checks[p].crossing) {
            const auto [a, b] = *m_checks[p].crossing;
            const std::size_t n = numbered.size();
            for (const std::size_t v : {a, (a + 1) % n, b, (b + 1) % n})
                numbered[v] = true;
        }
        for (qsizetype v = 0; v < polygon.size(); ++v) {
            const Vertex here{p, static_cast<std::size_t>(v)};
            const QPointF at = polygon[v];
            double radius = current ? kHandleRadius : kHandleRadius - 2;
            if (hovered == here)
                radius += 1.5;
            if (m_selection == here) {
                painter.setPen(QPen(Qt::white, 2.5));
                painter.setBrush(color);
                painter.drawEllipse(at, radius + 2, radius + 2);
            } else {
                painter.setPen(QPen(color, 2.5));
                painter.setBrush(Qt::white);
                painter.drawEllipse(at, radius, radius);
            }
            if (numbered[static_cast<std::size_t>(v)])
                drawLabel(painter, at + QPointF(radius + 3, -radius - 2), QString::number(v + 1),
                          faulty ? kWarningColor.darker(130) : QColor(0x21, 0x21, 0x21));
        }
    }
}

} // namespace balgul::ui
