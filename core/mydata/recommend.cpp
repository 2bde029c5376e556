// "For you": problems and pilots on the resident's usual route and energy pilots for a household
// whose electricity use is high, worked out from the vault's blocks on this computer.

#include "core/mydata/recommend.h"

#include "core/domain/category.h"
#include "core/domain/problem.h"
#include "core/geo/grid_cell.h"
#include "core/mydata/import_report.h"
#include "core/store/store.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>
#include <set>
#include <tuple>
#include <unordered_map>

namespace balgul::core::mydata {

namespace {

constexpr double kMetresPerDegree = 111320.0;
constexpr std::int64_t kDay = 86400;
/// Points of one day closer than this (in 1e-4 degrees, about 11 m) to one already kept count once.
constexpr double kDedupScale = 1e4;
/// The candidate cells around a problem are sampled at most this far apart, well under a 100 m
/// cell's width, so every cell the circle touches holds a sample.
constexpr double kSampleStepMetres = 50;

struct DayPoint
{
    std::int64_t day = 0;
    double lat = 0;
    double lon = 0;
};

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

std::uint64_t cellKey(const geo::GridCell& cell)
{
    return (static_cast<std::uint64_t>(cell.row) << 32) ^
           static_cast<std::uint64_t>(cell.column & 0xffffffff);
}

/// The timed, usable track points, one per day and ~11 m square, in day order.
std::vector<DayPoint> trackPoints(const std::vector<RecordBlock>& blocks, int localOffset)
{
    std::vector<DayPoint> points;
    for (const RecordBlock& block : blocks) {
        if (block.category != Category::Mobility)
            continue;
        for (const TrackPoint& p : block.points) {
            if (!p.time || *p.time < 0 || *p.time > kLatestTime || !std::isfinite(p.lat) ||
                !std::isfinite(p.lon) || std::abs(p.lat) > 90 || std::abs(p.lon) > 180)
                continue;
            points.push_back({floorDiv(*p.time + localOffset, kDay), p.lat, p.lon});
        }
    }
    const auto key = [](const DayPoint& p) {
        return std::make_tuple(p.day, std::llround(p.lat * kDedupScale), std::llround(p.lon * kDedupScale));
    };
    std::stable_sort(points.begin(), points.end(),
                     [&](const DayPoint& a, const DayPoint& b) { return key(a) < key(b); });
    points.erase(std::unique(points.begin(), points.end(),
                             [&](const DayPoint& a, const DayPoint& b) { return key(a) == key(b); }),
                 points.end());
    return points;
}

struct Box
{
    double south = 90, west = 180, north = -90, east = -180;
    void add(double lat, double lon)
    {
        south = std::min(south, lat);
        north = std::max(north, lat);
        west = std::min(west, lon);
        east = std::max(east, lon);
    }
    bool contains(double lat, double lon) const
    {
        return lat >= south && lat <= north && lon >= west && lon <= east;
    }
    bool overlaps(const Box& o) const
    {
        return !(o.south > north || o.north < south || o.west > east || o.east < west);
    }
};

double lonMetresPerDegree(double lat)
{
    return std::max(kMetresPerDegree * std::cos(lat * std::numbers::pi / 180.0), 1.0);
}

int perWeek(int days, int spanDays)
{
    if (days <= 0 || spanDays <= 0)
        return 0;
    const int rounded = static_cast<int>(std::lround(days * 7.0 / spanDays));
    return std::clamp(rounded, 1, 7);
}

} // namespace

std::optional<ElectricityUse> monthlyElectricity(const std::vector<RecordBlock>& blocks)
{
    std::vector<const Interval*> readings;
    std::int64_t latestEnd = 0;
    for (const RecordBlock& block : blocks) {
        if (block.category != Category::Electricity || block.unit != "Wh")
            continue;
        for (const Interval& reading : block.intervals)
            if (std::isfinite(reading.value) && reading.duration > 0 && reading.start >= 0 &&
                reading.start <= kLatestTime) {
                readings.push_back(&reading);
                latestEnd = std::max(latestEnd, reading.start + reading.duration);
            }
    }
    const std::int64_t from = latestEnd - 365 * kDay;
    double wh = 0;
    std::int64_t covered = 0;
    for (const Interval* reading : readings)
        if (reading->start >= from) {
            wh += reading->value;
            covered += reading->duration;
        }
    ElectricityUse use;
    use.days = static_cast<double>(covered) / kDay;
    if (readings.empty() || use.days < kMinElectricityDays)
        return std::nullopt;
    use.monthlyKwh = wh / 1000.0 / use.days * 30.0;
    return use;
}

double referenceMonthlyKwh(int householdSize)
{
    if (householdSize < 1)
        return 0;
    static constexpr double kReference[] = {200, 250, 300, 350, 400};
    return kReference[std::min(householdSize, 5) - 1];
}

std::vector<Recommendation> recommend(const std::vector<RecordBlock>& blocks,
                                      const std::vector<ProblemSite>& problems,
                                      const std::vector<PilotSite>& pilots, const RecommendOptions& options)
{
    std::vector<Recommendation> out;
    const std::vector<DayPoint> points = trackPoints(blocks, options.localOffsetSeconds);
    const int minDays = std::max(options.minDays, 1);
    const double near = std::max(options.nearMeters, 1.0);
    int spanDays = 0;
    Box reach; // every point, widened by `near`
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> byCell;
    if (!points.empty()) {
        std::int64_t first = points.front().day, last = points.front().day;
        for (std::size_t i = 0; i < points.size(); ++i) {
            const DayPoint& p = points[i];
            first = std::min(first, p.day);
            last = std::max(last, p.day);
            reach.add(p.lat, p.lon);
            byCell[cellKey(geo::cellOf(p.lat, p.lon, geo::Precision::M100))].push_back(i);
        }
        spanDays = static_cast<int>(last - first + 1);
        const double widest = std::max(std::abs(reach.south), std::abs(reach.north));
        const double dLat = near / kMetresPerDegree;
        const double dLon = near / lonMetresPerDegree(std::min(widest + dLat, 89.9));
        reach = {reach.south - dLat, reach.west - dLon, reach.north + dLat, reach.east + dLon};
    }

    // Problems within `near` of the route on at least minDays days.
    if (!points.empty()) {
        const int steps = static_cast<int>(std::ceil(near / kSampleStepMetres));
        const double stepLat = near / steps / kMetresPerDegree;
        std::vector<std::uint64_t> cells;
        for (const ProblemSite& problem : problems) {
            if (!reach.contains(problem.lat, problem.lon))
                continue;
            const double stepLon = near / steps / lonMetresPerDegree(problem.lat);
            cells.clear();
            for (int i = -steps; i <= steps; ++i)
                for (int j = -steps; j <= steps; ++j)
                    cells.push_back(cellKey(geo::cellOf(problem.lat + i * stepLat, problem.lon + j * stepLon,
                                                        geo::Precision::M100)));
            std::sort(cells.begin(), cells.end());
            cells.erase(std::unique(cells.begin(), cells.end()), cells.end());
            std::set<std::int64_t> days;
            double nearest = std::numeric_limits<double>::infinity();
            for (const std::uint64_t key : cells) {
                const auto found = byCell.find(key);
                if (found == byCell.end())
                    continue;
                for (const std::size_t index : found->second) {
                    const DayPoint& p = points[index];
                    const double d = haversineMeters(problem.lat, problem.lon, p.lat, p.lon);
                    if (d <= near) {
                        days.insert(p.day);
                        nearest = std::min(nearest, d);
                    }
                }
            }
            if (static_cast<int>(days.size()) < minDays)
                continue;
            Recommendation r;
            r.kind = SubjectKind::Problem;
            r.rowid = problem.rowid;
            r.id = problem.id;
            r.title = problem.title;
            r.category = problem.category;
            r.routeDays = static_cast<int>(days.size());
            r.spanDays = spanDays;
            r.daysPerWeek = perWeek(r.routeDays, spanDays);
            r.nearestMeters = nearest;
            out.push_back(std::move(r));
        }
    }

    // Pilots whose zone the route passes through, and energy pilots for a high use.
    const auto use = monthlyElectricity(blocks);
    const double reference = referenceMonthlyKwh(options.householdSize);
    const bool highUse = use && reference > 0 && use->monthlyKwh > reference;
    for (const PilotSite& pilot : pilots) {
        std::set<std::int64_t> days;
        if (!points.empty()) {
            if (const auto bounds = pilots::zoneBounds(pilot.zone)) {
                Box zoneBox{bounds->first.lat, bounds->first.lon, bounds->second.lat, bounds->second.lon};
                if (zoneBox.overlaps(reach))
                    for (const DayPoint& p : points)
                        if (!days.count(p.day) && zoneBox.contains(p.lat, p.lon) &&
                            pilots::zoneContains(pilot.zone, {p.lat, p.lon}))
                            days.insert(p.day);
            }
        }
        const bool onRoute = static_cast<int>(days.size()) >= minDays;
        const bool energy = pilot.energy && highUse;
        if (!onRoute && !energy)
            continue;
        Recommendation r;
        r.kind = SubjectKind::Pilot;
        r.id = pilot.id;
        r.title = pilot.title;
        if (onRoute) {
            r.routeDays = static_cast<int>(days.size());
            r.spanDays = spanDays;
            r.daysPerWeek = perWeek(r.routeDays, spanDays);
        }
        if (energy) {
            r.energy = true;
            r.monthlyKwh = use->monthlyKwh;
            r.referenceKwh = reference;
            r.householdSize = options.householdSize;
        }
        out.push_back(std::move(r));
    }

    std::sort(out.begin(), out.end(), [](const Recommendation& a, const Recommendation& b) {
        if (a.kind != b.kind)
            return a.kind == SubjectKind::Pilot;
        if (a.routeDays != b.routeDays)
            return a.routeDays > b.routeDays;
        if (a.energy != b.energy)
            return a.energy;
        if (a.nearestMeters != b.nearestMeters)
            return a.nearestMeters < b.nearestMeters;
        if (a.id != b.id)
            return a.id < b.id;
        return a.rowid < b.rowid;
    });
    if (out.size() > options.maxItems)
        out.resize(options.maxItems);
    return out;
}

std::vector<ProblemSite> openProblemSites(Store& store)
{
    std::vector<ProblemSite> sites;
    const auto categories = defaultCategories();
    for (const ProblemPoint& point : store.allPoints(false)) {
        const auto status = static_cast<ProblemStatus>(point.status);
        if (status == ProblemStatus::Resolved || status == ProblemStatus::Closed)
            continue;
        ProblemSite site;
        site.rowid = point.rowid;
        site.lat = point.lat;
        site.lon = point.lon;
        if (point.category < categories.size())
            site.category = std::string(categories[point.category].code);
        sites.push_back(std::move(site));
    }
    return sites;
}

void describeProblems(Store& store, std::vector<Recommendation>& recommendations)
{
    std::erase_if(recommendations, [&](Recommendation& r) {
        if (r.kind != SubjectKind::Problem)
            return false;
        const auto problem = store.problemByRowid(r.rowid);
        if (!problem)
            return true;
        r.id = problem->id;
        r.title = problem->title;
        r.category = problem->category;
        return false;
    });
}

std::vector<PilotSite> livePilotSites(Store& store)
{
    std::vector<PilotSite> sites;
    for (const pilots::Pilot& pilot : store.pilots()) {
        if (pilot.phase == pilots::PilotPhase::Evaluated || pilot.phase == pilots::PilotPhase::Rejected)
            continue;
        PilotSite site;
        site.id = pilot.id;
        site.title = pilot.fields.title;
        site.zone = pilot.fields.zone;
        for (const std::string& problemId : pilot.fields.problemIds)
            if (const auto problem = store.problem(problemId); problem && problem->category == "energy") {
                site.energy = true;
                break;
            }
        sites.push_back(std::move(site));
    }
    return sites;
}

} // namespace balgul::core::mydata
