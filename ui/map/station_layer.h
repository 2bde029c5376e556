#pragma once

#include "core/sensor/station_status.h"
#include "ui/map/map_overlay.h"

#include <QObject>
#include <QPointer>

#include <cstdint>
#include <optional>
#include <vector>

namespace balgul::ui {

class MapView;

/// Air-quality stations on the map: a circle per station in the colour of its current Korean grade
/// with the 24 h mean inside, a violet ring around stations shared by others (subscribed through
/// the hub), faded when the latest reading is more than a day old. Hovering shows name, means,
/// grade, hours and age; a click selects the station and emits stationActivated.
class StationLayer : public QObject, public MapOverlay
{
    Q_OBJECT

public:
    /// Circle radius in logical pixels.
    static constexpr double kRadius = 13.0;
    /// Older latest readings draw the station faded.
    static constexpr std::int64_t kStaleSeconds = 24 * 3600;

    /// Draws on `map` (registered as its overlay until the layer is destroyed).
    explicit StationLayer(MapView* map, QObject* parent = nullptr);
    ~StationLayer() override;

    void setStations(std::vector<core::sensor::StationStatus> stations);
    const std::vector<core::sensor::StationStatus>& stations() const { return m_stations; }
    const core::sensor::StationStatus* station(std::int64_t deviceId) const;

    void setVisible(bool visible);
    bool isVisible() const { return m_visible; }
    /// 0: none. Emits nothing.
    void setSelectedStation(std::int64_t deviceId);
    std::int64_t selectedStation() const { return m_selected; }

    /// The station drawn at a point (the nearest when circles overlap), when visible.
    std::optional<std::int64_t> stationAt(const MapViewport& viewport, const QPointF& pixel) const;
    /// "42" for the mean that decided the grade, "–" without enough hours.
    static QString valueText(const core::sensor::StationStatus& station);
    static QString toolTipText(const core::sensor::StationStatus& station);

    void paintOverlay(QPainter& painter, const MapViewport& viewport) override;
    bool clickOverlay(const MapViewport& viewport, const QPointF& pixel) override;
    QString overlayToolTip(const MapViewport& viewport, const QPointF& pixel) const override;

signals:
    void stationActivated(std::int64_t deviceId);

private:
    void repaint();

    QPointer<MapView> m_map;
    std::vector<core::sensor::StationStatus> m_stations;
    bool m_visible = true;
    std::int64_t m_selected = 0;
};

} // namespace balgul::ui
