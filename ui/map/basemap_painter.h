#pragma once

#include <QColor>
#include <QString>

class QPainter;

namespace balgul::ui {

class MapViewport;

/// The parts of the map drawn without any tiles: the calm background, the graticule, the scale
/// bar, the attribution and the zoom indicator. Stateless; every call paints in logical pixels.
namespace basemap {

inline const QColor kLand{0xF1, 0xEF, 0xE9};
inline const QColor kOutsideWorld{0xD9, 0xDE, 0xE3};

void paintBackground(QPainter& painter, const MapViewport& viewport);
enum class GraticulePart
{
    Lines,  ///< under the markers
    Labels, ///< over them, so the degrees stay readable
};
/// Parallels and meridians at a round step chosen for the zoom, with degree labels at the edges.
void paintGraticule(QPainter& painter, const MapViewport& viewport, GraticulePart part);
/// A bar of a round length (1, 2 or 5 times a power of ten metres) at the bottom left.
void paintScaleBar(QPainter& painter, const MapViewport& viewport);
void paintAttribution(QPainter& painter, const MapViewport& viewport, const QString& text);
void paintZoomIndicator(QPainter& painter, const MapViewport& viewport);
/// A one-line hint across the top (add mode).
void paintBanner(QPainter& painter, const MapViewport& viewport, const QString& text);

/// The graticule step in degrees for a zoom: lines at least `minPixels` apart.
double graticuleStep(double zoom, double minPixels = 90);
/// The round scale bar length in metres not longer than `maxMeters`.
double roundScaleLength(double maxMeters);
/// "500 m", "2 km", "1.5 km"...
QString formatDistance(double meters);

} // namespace basemap

} // namespace balgul::ui
