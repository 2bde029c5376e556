#pragma once

#include "core/pilots/pilot_rules.h"
#include "ui/map/map_overlay.h"

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

class QUndoStack;

namespace balgul::ui {

class MapView;

/// Drawing a pilot's zone on the map (set it with MapView::setTool). The zone is up to
/// kZoneMaxPolygons polygons; clicks go to the current polygon, the one being drawn.
///
/// - A click on the map adds a vertex to the current polygon: on the edge it falls near when the
///   polygon has 3 or more vertices, else after its last vertex. After startNewPolygon() the next
///   click begins a new polygon; a double click does the same once the current polygon has 3.
/// - Dragging a vertex handle moves the vertex; a drag elsewhere pans the map.
/// - A click on a handle selects its vertex (and makes its polygon the current one); Delete or
///   Backspace removes the selected vertex, a right click removes the vertex under it. A polygon
///   whose last vertex goes away is removed.
/// - Every edit is one QUndoCommand on undoStack() (a whole drag is one step); Ctrl+Z and
///   Ctrl+Shift+Z (or Ctrl+Y) on the map undo and redo, vertex by vertex. Esc drops a drag under
///   way, then the selection.
///
/// After every change each polygon is checked with core::pilots::checkRing and validityChanged says
/// whether the zone may be saved, with a sentence naming the first faulty polygon and, for an
/// outline crossing itself, the edges that meet. A faulty polygon is drawn in a warning colour with
/// a dashed outline and its crossing edges marked. Sizes are in logical pixels (a handle is as
/// large with QT_SCALE_FACTOR=2 as a fingertip needs).
class ZoneEditTool : public QObject, public MapTool
{
    Q_OBJECT

public:
    using Ring = core::pilots::Ring;

    /// Radius of a drawn vertex handle, logical pixels.
    static constexpr double kHandleRadius = 7.0;
    /// A press this close to a vertex grabs it: a fingertip's reach.
    static constexpr double kHandleHitRadius = 16.0;
    /// A click this close to an edge of the current polygon puts the new vertex on that edge.
    static constexpr double kEdgeHitDistance = 10.0;
    /// Vertex numbers are drawn for a current polygon of at most this many vertices.
    static constexpr std::size_t kMaxNumberedVertices = 60;

    struct Vertex
    {
        std::size_t polygon = 0;
        std::size_t vertex = 0;
        friend bool operator==(const Vertex&, const Vertex&) = default;
    };

    explicit ZoneEditTool(QObject* parent = nullptr);
    ~ZoneEditTool() override;

    /// Starts over with `zone`: its last polygon is the current one, nothing is selected, the undo
    /// history is cleared. Emits zoneChanged and, when it changes, validityChanged.
    void setZone(std::vector<Ring> zone);
    /// The zone as drawn (during a drag, with the vertex where it is being dragged).
    const std::vector<Ring>& zone() const { return m_zone; }
    /// The polygon clicks add to; none when the next click starts a new polygon.
    std::optional<std::size_t> currentPolygon() const { return m_current; }
    std::optional<Vertex> selectedVertex() const { return m_selection; }
    /// Selects a vertex and makes its polygon the current one; false when there is no such vertex.
    bool selectVertex(Vertex vertex);
    void clearSelection();

    /// The next click begins a new polygon. False when the zone has kZoneMaxPolygons already.
    bool startNewPolygon();
    /// Removes a polygon (one undo step); false when there is none at `index`.
    bool removePolygon(std::size_t index);
    /// Adds a vertex to the current polygon as a click at `pixel` would (one undo step); false when
    /// the polygon or the zone is full.
    bool addVertexAt(const MapViewport& viewport, const QPointF& pixel);
    /// Removes a vertex (one undo step); false when there is none.
    bool removeVertex(Vertex vertex);

    QUndoStack* undoStack() const { return m_undo; }

    /// Whether every polygon is valid and there is at least one.
    bool isValid() const { return m_valid; }
    /// Empty when valid; else the translated sentence validityChanged sent.
    QString validityMessage() const { return m_message; }
    /// The edges (0-based; edge i runs from vertex i to the next) of a polygon that meet, if any.
    std::optional<std::pair<std::size_t, std::size_t>> crossingEdges(std::size_t polygon) const;
    /// The translated sentence for what is wrong with one polygon (0-based index), empty when it is
    /// fine; the words of core::pilots::checkRing's rules, not its English message.
    static QString ringProblem(const Ring& ring, std::size_t index);

    /// The vertex whose handle is at a point (the selected and the current polygon's first).
    std::optional<Vertex> vertexAt(const MapViewport& viewport, const QPointF& pixel) const;
    bool isDragging() const { return m_drag.has_value() && m_drag->moved; }

    // MapTool
    void toolAttached(MapView* map) override;
    void toolDetached(MapView* map) override;
    bool toolMousePress(const MapViewport& viewport, QMouseEvent* event) override;
    bool toolMouseMove(const MapViewport& viewport, QMouseEvent* event) override;
    bool toolMouseRelease(const MapViewport& viewport, QMouseEvent* event) override;
    bool toolMouseDoubleClick(const MapViewport& viewport, QMouseEvent* event) override;
    bool toolClick(const MapViewport& viewport, const QPointF& pixel) override;
    void toolMouseLeave() override;
    bool toolKeyPress(QKeyEvent* event) override;
    bool toolWantsShortcut(const QKeyEvent& event) const override;
    void paintTool(QPainter& painter, const MapViewport& viewport) override;
    Qt::CursorShape toolCursor(const MapViewport& viewport, const QPointF& pixel) const override;

signals:
    /// The zone changed: an edit, an undo or redo, a finished drag, setZone.
    void zoneChanged();
    /// `ok`: every polygon passes checkRing (and there is one); else `message` says what to fix.
    void validityChanged(bool ok, const QString& message);
    /// The selected vertex or the current polygon changed.
    void selectionChanged();

private:
    class RingCommand;

    struct Drag
    {
        Vertex vertex;
        QPointF pressPixel;
        QPointF grabOffset; ///< from the press to the vertex's handle
        Ring before;
        bool moved = false;
    };
    struct RingCheck
    {
        QString message; ///< empty: fine
        std::optional<std::pair<std::size_t, std::size_t>> crossing;
    };

    /// Replaces polygon `index` (`exists` false: inserts it; `to` none: removes it), then makes it
    /// the current polygon (none when removed) and selects vertex `select` in it.
    void applyRing(std::size_t index, bool exists, const std::optional<Ring>& to,
                   std::optional<std::size_t> select);
    void pushRing(const QString& text, std::size_t index, std::optional<Ring> before,
                  std::optional<Ring> after, std::optional<std::size_t> selectBefore,
                  std::optional<std::size_t> selectAfter);
    /// Checks every polygon (or just one whose vertices moved) and emits validityChanged on a change.
    void revalidate(std::optional<std::size_t> only = std::nullopt);
    void setSelection(std::optional<std::size_t> current, std::optional<Vertex> selection);
    /// Where a click on the current polygon would go: the index to insert at.
    std::size_t insertionIndex(const MapViewport& viewport, const QPointF& pixel,
                               std::optional<std::size_t>* edge = nullptr) const;
    void cancelDrag();
    void repaint();

    QPointer<MapView> m_map;
    QUndoStack* m_undo = nullptr;
    std::vector<Ring> m_zone;
    std::vector<RingCheck> m_checks; ///< one per polygon
    std::optional<std::size_t> m_current;
    std::optional<Vertex> m_selection;
    std::optional<Drag> m_drag;
    std::optional<QPointF> m_hover; ///< the pointer over the map, for the preview of the next edge
    bool m_valid = false;
    QString m_message;
};

} // namespace balgul::ui
