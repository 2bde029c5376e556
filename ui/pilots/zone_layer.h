#pragma once

#include "core/geo/mercator.h"
#include "core/pilots/pilot.h"
#include "ui/map/map_overlay.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>
#include <vector>

namespace balgul::ui {

class MapView;

/// Every pilot's zone on the map, under the problem markers: translucent polygons in the colour of
/// the pilot's phase (phaseColor) with a stronger outline, rejected pilots faded with a dashed
/// outline, the selected pilot's outline thicker. The pilot's title sits in the middle of its
/// largest polygon when that polygon is big enough on screen. Hovering inside a zone shows the
/// title and phase; a click inside one that no marker or station took selects the pilot and emits
/// pilotActivated.
class ZoneLayer : public QObject, public MapOverlay
{
    Q_OBJECT

public:
    /// Opacity of a zone's fill.
    static constexpr double kFillOpacity = 0.22;
    /// Outline widths in logical pixels.
    static constexpr double kOutlineWidth = 2.0;
    static constexpr double kSelectedOutlineWidth = 4.5;
    /// Rejected pilots are drawn at this opacity.
    static constexpr double kRejectedOpacity = 0.45;
    /// The title is drawn when the largest polygon covers at least this on screen (logical pixels).
    static constexpr double kLabelMinWidth = 64;
    static constexpr double kLabelMinHeight = 28;

    /// Draws on `map` (registered as its overlay until the layer is destroyed).
    explicit ZoneLayer(MapView* map, QObject* parent = nullptr);
    ~ZoneLayer() override;

    void setPilots(std::vector<core::pilots::Pilot> pilots);
    const std::vector<core::pilots::Pilot>& pilots() const { return m_pilots; }
    const core::pilots::Pilot* pilot(const QString& id) const;

    void setVisible(bool visible);
    bool isVisible() const { return m_visible; }
    /// Empty: none. Emits nothing.
    void setSelectedPilot(const QString& id);
    QString selectedPilot() const { return m_selected; }

    /// The pilot whose zone is drawn at a point, when the layer is visible: the selected pilot when
    /// its zone holds the point, else the one with the smallest polygon there.
    std::optional<QString> pilotAt(const MapViewport& viewport, const QPointF& pixel) const;
    /// "<b>Title</b><br>Phase: Running".
    static QString toolTipText(const core::pilots::Pilot& pilot);

    void paintOverlay(QPainter& painter, const MapViewport& viewport) override;
    bool clickOverlay(const MapViewport& viewport, const QPointF& pixel) override;
    QString overlayToolTip(const MapViewport& viewport, const QPointF& pixel) const override;
    bool drawsUnderMarkers() const override { return true; }

signals:
    void pilotActivated(const QString& id);

private:
    /// A pilot's zone in Web Mercator world units, kept so painting projects no coordinates.
    struct Shape
    {
        std::vector<std::vector<core::geo::WorldPoint>> rings;
        std::vector<double> areas; ///< per ring, world units squared
        std::size_t largest = 0;
        core::geo::WorldPoint min{1, 1};
        core::geo::WorldPoint max{0, 0};
    };

    void repaint();
    void paintPilot(QPainter& painter, const MapViewport& viewport, std::size_t index);

    QPointer<MapView> m_map;
    std::vector<core::pilots::Pilot> m_pilots;
    std::vector<Shape> m_shapes; ///< one per pilot
    bool m_visible = true;
    QString m_selected;
};

} // namespace balgul::ui
