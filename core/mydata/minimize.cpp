// Minimization (minimize.h): from decrypted blocks to the rows a consent lets leave, with the home
// and night-time cells withheld on fine grids, and the preview's counts.

#include "core/mydata/minimize.h"

#include "core/mydata/share_codec.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <tuple>

namespace balgul::core::mydata {

namespace {

constexpr std::int64_t kDay = 86400;
/// Grids finer than this withhold the home and night-time cells.
constexpr double kWithholdBelowMetres = 1000;

bool usableTime(std::int64_t t)
{
    return t >= 0 && t <= consent_limits::kMaxTime;
}

bool usablePlace(double lat, double lon)
{
    return std::isfinite(lat) && std::isfinite(lon) && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
}

bool contains(const std::vector<Category>& categories, Category category)
{
    return std::find(categories.begin(), categories.end(), category) != categories.end();
}

/// The cells of `grid` that overlap `place` (a 100 m cell): those holding its centre or one of its
/// corners. A cell of a coarser grid that overlaps a smaller cell always holds one of these.
std::set<std::string> cellsOverlapping(const geo::GridCell& place, geo::Precision grid)
{
    constexpr double inset = 1e-9;
    const double dLat = std::max(0.0, place.halfLat - inset);
    const double dLon = std::max(0.0, place.halfLon - inset);
    std::set<std::string> ids;
    ids.insert(geo::cellOf(place.lat, place.lon, grid).id());
    for (double sLat : {-1.0, 1.0})
        for (double sLon : {-1.0, 1.0})
            ids.insert(geo::cellOf(place.lat + sLat * dLat, place.lon + sLon * dLon, grid).id());
    return ids;
}

struct Sum
{
    double value = 0;
    std::int64_t count = 0;
};

/// Category, unit, period start, cell: the order the rows come out in.
using RowKey = std::tuple<Category, std::string, std::int64_t, std::string>;

} // namespace

bool isNightTime(std::int64_t time, int localOffsetSeconds)
{
    std::int64_t secondOfDay = (time + localOffsetSeconds) % kDay;
    if (secondOfDay < 0)
        secondOfDay += kDay;
    const std::int64_t hour = secondOfDay / 3600;
    return hour >= 22 || hour < 6;
}

std::optional<geo::GridCell> nightPlace(const std::vector<RecordBlock>& blocks, int localOffsetSeconds)
{
    std::map<std::pair<std::int64_t, std::int64_t>, std::pair<std::int64_t, geo::GridCell>> counts;
    for (const RecordBlock& block : blocks) {
        if (block.category != Category::Mobility)
            continue;
        for (const TrackPoint& p : block.points) {
            if (!p.time || !usableTime(*p.time) || !usablePlace(p.lat, p.lon))
                continue;
            if (!isNightTime(*p.time, localOffsetSeconds))
                continue;
            const geo::GridCell cell = geo::cellOf(p.lat, p.lon, kNightPlacePrecision);
            auto& entry = counts.try_emplace({cell.row, cell.column}, 0, cell).first->second;
            ++entry.first;
        }
    }
    if (counts.empty())
        return std::nullopt;
    // The map is ordered by row, then column: the first of the most frequent wins a tie.
    auto best = counts.begin();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (it->second.first > best->second.first)
            best = it;
    return best->second.second;
}

Result<Minimized> minimize(const std::vector<RecordBlock>& blocks, const Consent& consent,
                           const MinimizeContext& context)
{
    if (consent.categories.empty())
        return Error::make("invalid_field", "categories must name at least one category", "categories");
    if (!isGridAllowed(consent.grid, consent.categories))
        return Error::make("invalid_field",
                           consent.grid == geo::Precision::Exact
                               ? "grid must be a grid when mobility is shared"
                               : "grid must be 250m, 500m or 1km",
                           "grid");

    Minimized out;
    MinimizeReport& report = out.report;
    std::map<RowKey, Sum> sums;
    for (const RecordBlock& block : blocks) {
        if (!contains(consent.categories, block.category)) {
            ++report.blocksOutsideConsent;
            continue;
        }
        if (block.category == Category::Mobility) {
            for (const TrackPoint& p : block.points) {
                if (!p.time) {
                    ++report.pointsUntimed;
                    continue;
                }
                if (!usableTime(*p.time) || !usablePlace(p.lat, p.lon)) {
                    ++report.pointsUnusable;
                    continue;
                }
                const std::string cell = geo::cellOf(p.lat, p.lon, consent.grid).id();
                Sum& s = sums[{Category::Mobility, std::string(), periodStartOf(*p.time, consent.aggregate),
                               cell}];
                ++s.count;
            }
            continue;
        }
        for (const Interval& reading : block.intervals) {
            if (!std::isfinite(reading.value) || !usableTime(reading.start)) {
                ++report.readingsUnusable;
                continue;
            }
            Sum& s = sums[{block.category, block.unit, periodStartOf(reading.start, consent.aggregate), {}}];
            s.value += reading.value;
            ++s.count;
        }
    }

    // The cells that hold the home or the night-time place, on grids fine enough to tell them.
    std::set<std::string> homeCells;
    std::set<std::string> nightCells;
    if (contains(consent.categories, Category::Mobility) &&
        geo::cellMetres(consent.grid) < kWithholdBelowMetres) {
        if (context.home && usablePlace(context.home->lat, context.home->lon))
            homeCells.insert(geo::cellOf(context.home->lat, context.home->lon, consent.grid).id());
        if (const auto night = nightPlace(blocks, context.localOffsetSeconds)) {
            report.nightPlaceFound = true;
            nightCells = cellsOverlapping(*night, consent.grid);
        }
    }

    out.rows.reserve(sums.size());
    for (const auto& [key, sum] : sums) {
        const auto& [category, unit, periodStart, cell] = key;
        if (category == Category::Mobility) {
            if (homeCells.count(cell)) {
                ++report.rowsWithheldHome;
                continue;
            }
            if (nightCells.count(cell)) {
                ++report.rowsWithheldNightPlace;
                continue;
            }
        }
        SharedRow row;
        row.category = category;
        row.unit = unit;
        row.aggregate = consent.aggregate;
        row.periodStart = periodStart;
        row.count = sum.count;
        row.cell = cell;
        if (category == Category::HeartRate)
            row.value = sum.value / static_cast<double>(sum.count);
        else if (category != Category::Mobility)
            row.value = sum.value;
        out.rows.push_back(std::move(row));
    }
    return out;
}

std::vector<CategoryPreview> previewSummary(const std::vector<SharedRow>& rows)
{
    std::vector<CategoryPreview> out;
    for (Category category : allCategories()) {
        CategoryPreview preview;
        preview.category = category;
        for (const SharedRow& row : rows) {
            if (row.category != category)
                continue;
            ++preview.rows;
            preview.readings += row.count;
        }
        if (preview.rows > 0)
            out.push_back(preview);
    }
    return out;
}

} // namespace balgul::core::mydata
