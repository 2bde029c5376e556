#pragma once

// A fixed grid of roughly square cells of 100 m, 250 m, 500 m or 1 km (docs/privacy.md):
// what leaves this computer about a place is the centre of its cell, never the place. The grid does
// not depend on the place being snapped (no origin at the first point, no random offset), so the same
// place always gives the same cell and repeated shares cannot be averaged back to the true place.
//
// Rows are bands of about `size` metres of latitude (a whole number of them from pole to pole),
// counted from the south pole; within a band, columns are about `size` metres wide at the band's
// middle latitude (a whole number of them around the world), counted from the antimeridian. A cell
// is named "<size>m:<row>:<column>" (for example "500m:28290:86290").

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace balgul::core::geo {

/// How precisely a place is published. Exact is not a grid: the place itself.
enum class Precision
{
    Exact,
    M100,
    M250,
    M500,
    Km1,
};

/// "exact", "100m", "250m", "500m", "1km".
std::string_view toString(Precision precision);
std::optional<Precision> precisionFromString(std::string_view text);
/// The cell's side in metres (0 for Exact).
double cellMetres(Precision precision);
/// True when `a` is at least as coarse as `b` (Exact is the finest).
bool atLeastAsCoarse(Precision a, Precision b);

struct GridCell
{
    Precision precision = Precision::Exact;
    std::int64_t row = 0;
    std::int64_t column = 0;
    double lat = 0; ///< the cell's centre (for Exact: the place)
    double lon = 0;
    /// Half the cell's extent in degrees (0 for Exact): the cell is centre ± these.
    double halfLat = 0;
    double halfLon = 0;

    std::string id() const; ///< "500m:28290:86290"; "" for Exact
    bool contains(double lat, double lon) const;
};

/// The cell holding (lat, lon); its centre is what is published at that precision. Latitudes are
/// clamped to [-90, 90], longitudes wrapped into [-180, 180). For Exact the "cell" is the place.
GridCell cellOf(double lat, double lon, Precision precision);
/// The cell named by id() (nullopt when the text is not a cell id).
std::optional<GridCell> cellFromId(std::string_view id);
/// True when (lat, lon) is the centre of its own cell at `precision` (within 1e-9 degrees): what a
/// hub checks before it takes a place declared at that precision. Always true for Exact.
bool isCellCentre(double lat, double lon, Precision precision);

} // namespace balgul::core::geo
