#include "core/geo/grid_cell.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <numbers>

namespace balgul::core::geo {

namespace {

constexpr double kMetresPerDegree = 111320.0; ///< along a meridian, and along the equator
constexpr double kTolerance = 1e-7;           ///< degrees: about a centimetre

struct Named
{
    Precision precision;
    std::string_view name;
    double metres;
};
constexpr std::array<Named, 5> kNames{{
    {Precision::Exact, "exact", 0},
    {Precision::M100, "100m", 100},
    {Precision::M250, "250m", 250},
    {Precision::M500, "500m", 500},
    {Precision::Km1, "1km", 1000},
}};

/// The grid's rows: an exact number of bands between the poles.
std::int64_t rowCount(double metres)
{
    return std::max<std::int64_t>(1, std::llround(180.0 * kMetresPerDegree / metres));
}

/// The columns of a band: an exact number around the world, each about `metres` wide at the band's
/// middle latitude.
std::int64_t columnCount(double metres, double middleLat)
{
    const double width = kMetresPerDegree * std::cos(middleLat * std::numbers::pi / 180.0);
    return std::max<std::int64_t>(1, std::llround(360.0 * width / metres));
}

GridCell cellAt(Precision precision, std::int64_t row, std::int64_t column)
{
    const double metres = cellMetres(precision);
    const std::int64_t rows = rowCount(metres);
    const double rowHeight = 180.0 / static_cast<double>(rows);
    GridCell cell;
    cell.precision = precision;
    cell.row = row;
    cell.column = column;
    cell.lat = -90.0 + (static_cast<double>(row) + 0.5) * rowHeight;
    const double columnWidth = 360.0 / static_cast<double>(columnCount(metres, cell.lat));
    cell.lon = -180.0 + (static_cast<double>(column) + 0.5) * columnWidth;
    cell.halfLat = rowHeight / 2;
    cell.halfLon = columnWidth / 2;
    return cell;
}

double wrapLongitude(double lon)
{
    if (lon >= -180.0 && lon < 180.0)
        return lon; // as it is: an exact place stays exact
    double wrapped = std::fmod(lon + 180.0, 360.0);
    if (wrapped < 0)
        wrapped += 360.0;
    return wrapped - 180.0;
}

} // namespace

std::string_view toString(Precision precision)
{
    for (const auto& named : kNames)
        if (named.precision == precision)
            return named.name;
    return "exact";
}

std::optional<Precision> precisionFromString(std::string_view text)
{
    for (const auto& named : kNames)
        if (named.name == text)
            return named.precision;
    return std::nullopt;
}

double cellMetres(Precision precision)
{
    for (const auto& named : kNames)
        if (named.precision == precision)
            return named.metres;
    return 0;
}

bool atLeastAsCoarse(Precision a, Precision b)
{
    return cellMetres(a) >= cellMetres(b);
}

std::string GridCell::id() const
{
    if (precision == Precision::Exact)
        return {};
    return std::string(toString(precision)) + ':' + std::to_string(row) + ':' + std::to_string(column);
}

bool GridCell::contains(double placeLat, double placeLon) const
{
    if (precision == Precision::Exact)
        return std::abs(placeLat - lat) <= kTolerance && std::abs(placeLon - lon) <= kTolerance;
    const GridCell other = cellOf(placeLat, placeLon, precision);
    return other.row == row && other.column == column;
}

GridCell cellOf(double lat, double lon, Precision precision)
{
    lat = std::clamp(std::isfinite(lat) ? lat : 0.0, -90.0, 90.0);
    lon = wrapLongitude(std::isfinite(lon) ? lon : 0.0);
    if (precision == Precision::Exact) {
        GridCell cell;
        cell.lat = lat;
        cell.lon = lon;
        return cell;
    }
    const double metres = cellMetres(precision);
    const std::int64_t rows = rowCount(metres);
    const double rowHeight = 180.0 / static_cast<double>(rows);
    const auto row = std::clamp<std::int64_t>(static_cast<std::int64_t>(std::floor((lat + 90.0) / rowHeight)),
                                              0, rows - 1);
    const double middle = -90.0 + (static_cast<double>(row) + 0.5) * rowHeight;
    const std::int64_t columns = columnCount(metres, middle);
    const double columnWidth = 360.0 / static_cast<double>(columns);
    const auto column = std::clamp<std::int64_t>(
        static_cast<std::int64_t>(std::floor((lon + 180.0) / columnWidth)), 0, columns - 1);
    return cellAt(precision, row, column);
}

std::optional<GridCell> cellFromId(std::string_view id)
{
    const auto first = id.find(':');
    const auto second = first == std::string_view::npos ? first : id.find(':', first + 1);
    if (second == std::string_view::npos)
        return std::nullopt;
    const auto precision = precisionFromString(id.substr(0, first));
    if (!precision || *precision == Precision::Exact)
        return std::nullopt;
    auto number = [](std::string_view text) -> std::optional<std::int64_t> {
        std::int64_t value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc{} || end != text.data() + text.size() || value < 0)
            return std::nullopt;
        return value;
    };
    const auto row = number(id.substr(first + 1, second - first - 1));
    const auto column = number(id.substr(second + 1));
    if (!row || !column)
        return std::nullopt;
    const double metres = cellMetres(*precision);
    if (*row >= rowCount(metres))
        return std::nullopt;
    const GridCell cell = cellAt(*precision, *row, 0);
    if (*column >= columnCount(metres, cell.lat))
        return std::nullopt;
    return cellAt(*precision, *row, *column);
}

bool isCellCentre(double lat, double lon, Precision precision)
{
    if (precision == Precision::Exact)
        return true;
    if (!std::isfinite(lat) || !std::isfinite(lon))
        return false;
    const GridCell cell = cellOf(lat, lon, precision);
    return std::abs(cell.lat - lat) <= kTolerance && std::abs(cell.lon - lon) <= kTolerance;
}

} // namespace balgul::core::geo
