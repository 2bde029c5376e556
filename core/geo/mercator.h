#pragma once

#include <cmath>
#include <numbers>

namespace balgul::core::geo {

/// Web Mercator (EPSG:3857) in "world" units: x and y in [0, 1], origin at the
/// north-west corner, so pixel = world * 256 * 2^zoom.
struct WorldPoint
{
    double x = 0;
    double y = 0;
};

struct LatLon
{
    double lat = 0;
    double lon = 0;
};

inline constexpr double kMaxLatitude = 85.0511287798066;
inline constexpr double kTileSize = 256.0;

inline WorldPoint project(double lat, double lon)
{
    const double clamped = lat < -kMaxLatitude ? -kMaxLatitude : (lat > kMaxLatitude ? kMaxLatitude : lat);
    const double s = std::sin(clamped * std::numbers::pi / 180.0);
    return {(lon + 180.0) / 360.0, 0.5 - std::log((1 + s) / (1 - s)) / (4 * std::numbers::pi)};
}

inline LatLon unproject(WorldPoint p)
{
    const double n = std::numbers::pi - 2.0 * std::numbers::pi * p.y;
    return {180.0 / std::numbers::pi * std::atan(std::sinh(n)), p.x * 360.0 - 180.0};
}

/// Ground metres covered by one pixel at a latitude and (fractional) zoom.
inline double metersPerPixel(double lat, double zoom)
{
    constexpr double kEquator = 40075016.686;
    return kEquator * std::cos(lat * std::numbers::pi / 180.0) / (kTileSize * std::exp2(zoom));
}

} // namespace balgul::core::geo
