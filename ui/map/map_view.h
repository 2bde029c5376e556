#pragma once

#include "core/geo/cluster_index.h"
#include "core/store/store.h"
#include "ui/home_city.h"
#include "ui/map/map_overlay.h"
#include "ui/map/map_viewport.h"
#include "ui/map/marker_painter.h"
#include "ui/map/tile_source.h"

#include <QElapsedTimer>
#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QPointF>
#include <QTimer>
#include <QWidget>

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

class QGeoPositionInfo;
class QGeoPositionInfoSource;

namespace balgul::ui {

class TileLayer;

/// The map: Web Mercator tiles (or a plain basemap without them), clustered problem markers, the
/// location being placed and the user's position.
///
/// Painting draws only what the view shows: markers come from a ClusterIndex query of the
/// visible box, tiles from an LRU cache filled by the TileSource off the GUI thread.
/// Mouse: drag pans (with a little inertia), the wheel zooms around the cursor, a double click
/// zooms in, a click on a cluster zooms into it, a click on a problem emits problemClicked, a
/// long press emits addProblemRequested. Keys: arrows pan, +/- zoom, Home shows every problem,
/// Esc leaves add mode.
///
/// Drawing order, bottom to top: tiles (or the plain basemap), overlays that draw under the markers
/// (MapOverlay::drawsUnderMarkers: pilot zones), the problem markers, the other overlays (sensor
/// stations), the cluster counts, the user's position, the pin being placed, the tool
/// (MapTool::paintTool), then the scale bar, attribution and banners. A click goes to the tool
/// (MapTool::toolClick), then the overlays above the markers, the markers, and last the overlays
/// under them; tooltips likewise (none from an overlay under a marker).
///
/// An interactive map tool (setTool) sees the pointer and the keys first; see MapTool for the
/// routing. A drag that starts where the tool does not take the press still pans the map.
class MapView : public QWidget
{
    Q_OBJECT

public:
    static constexpr double kDefaultLatitude = kHomeLatitude; ///< Daejeon
    static constexpr double kDefaultLongitude = kHomeLongitude;
    static constexpr double kDefaultZoom = 12.0;
    static constexpr int kLongPressMs = 600;
    static constexpr int kPositionTimeoutMs = 15000;
    static constexpr int kSettleMs = 100;
    /// Point sets larger than this are clustered on a worker thread.
    static constexpr std::size_t kAsyncIndexThreshold = 20000;

    explicit MapView(QWidget* parent = nullptr);
    ~MapView() override;

    /// nullptr: the plain basemap only. The view owns the source.
    void setTileSource(std::unique_ptr<TileSource> source);
    TileSource* tileSource() const;

    QGeoCoordinate center() const;
    void setCenter(const QGeoCoordinate& c);
    double zoom() const;
    /// Clamped to 2..20; fractional zooms are allowed.
    void setZoom(double z);
    /// Shows a box as large as fits (a single point at street level).
    void fitTo(const QGeoRectangle& box);
    QGeoRectangle visibleRegion() const;
    QPointF pixelFor(const QGeoCoordinate& c) const;
    QGeoCoordinate coordinateAt(const QPointF& p) const;

    /// Replaces the problems shown. Large sets are clustered on a worker thread and swapped in
    /// when done (the old markers stay until then); small sets at once.
    void setPoints(std::vector<core::ProblemPoint> points);
    /// 0: none. Emits nothing.
    void setSelectedProblem(std::int64_t rowid);
    std::int64_t selectedProblem() const { return m_selected; }
    /// The location being placed for a new problem, drawn as a pin; nullopt hides it.
    void setPendingLocation(const std::optional<QGeoCoordinate>& c);
    std::optional<QGeoCoordinate> pendingLocation() const { return m_pendingLocation; }
    /// In add mode the next click on the empty map emits addProblemRequested and ends add mode.
    void setAddMode(bool on);
    bool addMode() const { return m_addMode; }
    /// The banner that explains add mode; a location picker that is always in add mode hides it.
    void setAddModeBannerVisible(bool visible);
    /// Asks the system for the user's position and centres on it: positionSearchStarted, then
    /// positionFound or positionUnavailable (at the latest after kPositionTimeoutMs). Without a
    /// positioning source emits positionUnavailable at once.
    void showMyPosition();
    /// True while showMyPosition() waits for an answer.
    bool isLookingForPosition() const { return m_lookingForPosition; }
    /// Uses this source for showMyPosition() instead of the system's (tests; the view takes it).
    void setPositionSource(QGeoPositionInfoSource* source);
    /// Everything the map shows, with bounds; false when there are no problems.
    bool showAllProblems();
    /// Draws an overlay over the problem markers and offers it clicks (outside add mode) and tooltips
    /// before the markers; one that drawsUnderMarkers() under them, and offers it clicks and
    /// tooltips after them. Overlays of one kind draw in the order they were added. Not owned.
    void addOverlay(MapOverlay* overlay);
    void removeOverlay(MapOverlay* overlay);
    /// The overlays in drawing order, bottom to top (those under the markers first).
    std::vector<MapOverlay*> overlays() const;

    /// Hands the pointer and the keys to `tool` first (nullptr: none); the previous tool is told
    /// (MapTool::toolDetached), the new one gets toolAttached. A press the old tool held is
    /// dropped. Not owned: a tool takes itself off (setTool(nullptr)) before it goes away.
    void setTool(MapTool* tool);
    MapTool* tool() const { return m_tool; }

    const core::geo::ClusterIndex& clusterIndex() const { return m_index; }
    /// True while a large point set is being clustered.
    bool isIndexing() const { return m_indexing; }
    /// The markers of the current view (for tests and tooltips).
    const std::vector<core::geo::ClusterIndex::Item>& visibleItems() const;

public slots:
    void zoomIn();
    void zoomOut();

signals:
    void problemClicked(std::int64_t rowid);
    void addProblemRequested(const QGeoCoordinate& c);
    void viewportChanged(const QGeoRectangle& visible);
    void cursorCoordinateChanged(const QGeoCoordinate& c);
    void positionUnavailable(const QString& reason);
    void positionSearchStarted();
    void positionFound(const QGeoCoordinate& c);
    void addModeChanged(bool on);
    /// A large point set finished clustering and is shown now.
    void pointsIndexed();

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void viewChanged();
    void settle();
    void installIndex(core::geo::ClusterIndex index);
    void handleClick(const QPointF& pos);
    void zoomAt(const QPointF& pos, double zoom);
    void onLongPress();
    void stepInertia();
    void stopInertia();
    void updateCursor(const QPointF& pos);
    void onPositionUpdated(const QGeoPositionInfo& info);
    QPointF viewCenterPixel() const;
    /// The viewport, its size synced with the widget's (a hidden widget gets no resize events).
    const MapViewport& viewport() const;
    MapViewport& viewport();

    mutable MapViewport m_viewport;
    TileLayer* m_tiles = nullptr;
    markers::Painter m_markerPainter;
    core::geo::ClusterIndex m_index;
    std::uint64_t m_indexGeneration = 0;
    bool m_indexing = false;
    std::optional<QGeoRectangle> m_pointsBounds;
    mutable std::vector<core::geo::ClusterIndex::Item> m_items;
    mutable bool m_itemsDirty = true;

    std::vector<MapOverlay*> m_overlays;
    MapTool* m_tool = nullptr;
    /// The tool took the press of this button and gets the moves until its release.
    Qt::MouseButton m_toolGrab = Qt::NoButton;
    bool m_keyboardFocus = false; ///< focus came from the keyboard: a frame shows it
    std::int64_t m_selected = 0;
    std::optional<QGeoCoordinate> m_pendingLocation;
    bool m_addMode = false;
    bool m_addModeBanner = true;
    std::optional<QGeoCoordinate> m_myPosition;
    double m_myAccuracyMeters = 0;
    QGeoPositionInfoSource* m_positionSource = nullptr;
    bool m_lookingForPosition = false;

    // Pointer state.
    bool m_pressed = false;
    bool m_dragging = false;
    bool m_longPressFired = false;
    QPointF m_pressPos;
    QPointF m_lastPos;
    QTimer m_longPressTimer;
    QTimer m_settleTimer;
    QTimer m_inertiaTimer;
    QElapsedTimer m_clock;
    struct Sample
    {
        qint64 ms;
        QPointF pos;
    };
    std::deque<Sample> m_samples;
    QPointF m_velocity; ///< pixels per millisecond
    qint64 m_inertiaLastMs = 0;
};

} // namespace balgul::ui
