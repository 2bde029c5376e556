#pragma once

// The share dialog's map overlay: a station's true place next to what the public will see at the
// chosen precision (docs/privacy.md): the grid cell, shaded, with the published place at its centre.

#include "core/geo/grid_cell.h"
#include "ui/map/map_overlay.h"

#include <QString>

namespace balgul::ui {

class PrecisionOverlay final : public MapOverlay
{
public:
    /// The true place (drawn as "only on this computer") and the cell published at `precision`.
    void setPlace(double lat, double lon, core::geo::Precision precision);
    const core::geo::GridCell& cell() const { return m_cell; }

    void paintOverlay(QPainter& painter, const MapViewport& viewport) override;
    bool clickOverlay(const MapViewport&, const QPointF&) override { return false; }
    QString overlayToolTip(const MapViewport& viewport, const QPointF& pixel) const override;

private:
    double m_lat = 0;
    double m_lon = 0;
    core::geo::GridCell m_cell;
    bool m_set = false;
};

} // namespace balgul::ui
