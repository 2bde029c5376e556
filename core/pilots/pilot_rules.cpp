#include "core/pilots/pilot_rules.h"

#include "core/util/text.h"

#include <algorithm>

#include <array>
#include <cmath>
#include <cstdio>

namespace balgul::core::pilots {

namespace {

constexpr std::array<std::string_view, kPilotPhaseCount> kPhaseNames = {"proposed", "voting",    "selected",
                                                                        "running",  "evaluated", "rejected"};
constexpr std::array<std::string_view, 5> kQuantityNames = {"pm25", "pm10", "noise", "temperature",
                                                            "problem_count"};
constexpr std::array<std::string_view, 3> kStatisticNames = {"mean_24h", "daily_mean", "count_per_week"};
constexpr std::array<std::string_view, 2> kDirectionNames = {"decrease", "increase"};

template <typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::array<std::string_view, N>& names, std::string_view text)
{
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == text)
            return static_cast<Enum>(i);
    return std::nullopt;
}

Status invalid(std::string field, std::string message)
{
    return Error::make("invalid_field", field + ": " + message, field);
}

/// Twice the signed area of the triangle a, b, c in a plane where x is the longitude.
double cross(LatLon a, LatLon b, LatLon c)
{
    return (b.lon - a.lon) * (c.lat - a.lat) - (b.lat - a.lat) * (c.lon - a.lon);
}

bool onSegment(LatLon a, LatLon b, LatLon p)
{
    return std::min(a.lon, b.lon) <= p.lon && p.lon <= std::max(a.lon, b.lon) &&
           std::min(a.lat, b.lat) <= p.lat && p.lat <= std::max(a.lat, b.lat);
}

int sign(double v)
{
    return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/// Whether segments ab and cd touch or cross (collinear overlaps included).
bool segmentsMeet(LatLon a, LatLon b, LatLon c, LatLon d)
{
    const int d1 = sign(cross(c, d, a));
    const int d2 = sign(cross(c, d, b));
    const int d3 = sign(cross(a, b, c));
    const int d4 = sign(cross(a, b, d));
    if (d1 * d2 < 0 && d3 * d4 < 0)
        return true;
    return (d1 == 0 && onSegment(c, d, a)) || (d2 == 0 && onSegment(c, d, b)) ||
           (d3 == 0 && onSegment(a, b, c)) || (d4 == 0 && onSegment(a, b, d));
}

} // namespace

std::string_view toString(PilotPhase phase)
{
    return kPhaseNames[static_cast<std::size_t>(phase)];
}

std::optional<PilotPhase> pilotPhaseFromString(std::string_view text)
{
    return fromName<PilotPhase>(kPhaseNames, text);
}

bool isAllowedPhaseTransition(PilotPhase from, PilotPhase to)
{
    using P = PilotPhase;
    switch (from) {
    case P::Proposed:
        return to == P::Voting || to == P::Selected || to == P::Rejected;
    case P::Voting:
        return to == P::Selected || to == P::Rejected || to == P::Proposed;
    case P::Selected:
        return to == P::Running || to == P::Rejected;
    case P::Running:
        return to == P::Evaluated;
    case P::Evaluated:
    case P::Rejected:
        return false;
    }
    return false;
}

std::string_view toString(GoalQuantity quantity)
{
    return kQuantityNames[static_cast<std::size_t>(quantity)];
}

std::optional<GoalQuantity> goalQuantityFromString(std::string_view text)
{
    return fromName<GoalQuantity>(kQuantityNames, text);
}

std::string_view toString(GoalStatistic statistic)
{
    return kStatisticNames[static_cast<std::size_t>(statistic)];
}

std::optional<GoalStatistic> goalStatisticFromString(std::string_view text)
{
    return fromName<GoalStatistic>(kStatisticNames, text);
}

std::string_view toString(GoalDirection direction)
{
    return kDirectionNames[static_cast<std::size_t>(direction)];
}

std::optional<GoalDirection> goalDirectionFromString(std::string_view text)
{
    return fromName<GoalDirection>(kDirectionNames, text);
}

bool isSensorQuantity(GoalQuantity quantity)
{
    return quantity != GoalQuantity::ProblemCount;
}

Status checkGoal(const Goal& goal, std::size_t index)
{
    const std::string at = "goals[" + std::to_string(index) + "].";
    if (isSensorQuantity(goal.quantity)) {
        if (goal.statistic == GoalStatistic::CountPerWeek)
            return invalid(at + "statistic", "a sensor quantity is summed up as a 24 h or daily mean");
        if (!goal.category.empty())
            return invalid(at + "category", "only a problem count names a category");
    } else {
        if (goal.statistic != GoalStatistic::CountPerWeek)
            return invalid(at + "statistic", "a problem count is counted per week");
        if (goal.category.empty())
            return invalid(at + "category", "say which category of problems is counted");
    }
    const double t = goal.targetPercent;
    if (!std::isfinite(t) || t <= 0)
        return invalid(at + "target_percent", "must be a number above 0");
    if (goal.direction == GoalDirection::Decrease && t > 100)
        return invalid(at + "target_percent", "a decrease is at most 100 %");
    if (t > 1000)
        return invalid(at + "target_percent", "at most 1000 %");
    return {};
}

std::optional<std::pair<std::size_t, std::size_t>> firstSelfIntersection(const Ring& ring)
{
    const std::size_t n = ring.size();
    if (n < 3)
        return std::nullopt;
    for (std::size_t i = 0; i < n; ++i) {
        const LatLon a = ring[i];
        const LatLon b = ring[(i + 1) % n];
        for (std::size_t j = i + 1; j < n; ++j) {
            // Neighbouring edges share a vertex; the first and the last are neighbours too.
            if (j == i + 1 || (i == 0 && j == n - 1))
                continue;
            if (segmentsMeet(a, b, ring[j], ring[(j + 1) % n]))
                return std::make_pair(i, j);
        }
    }
    return std::nullopt;
}

Status checkRing(const Ring& ring, std::size_t index)
{
    const std::string field = "zone[" + std::to_string(index) + "]";
    if (ring.size() < kRingMinVertices)
        return invalid(field, "a polygon needs at least 3 vertices");
    if (ring.size() > kRingMaxVertices)
        return invalid(field, "a polygon has at most " + std::to_string(kRingMaxVertices) + " vertices");
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const LatLon p = ring[i];
        if (!std::isfinite(p.lat) || !std::isfinite(p.lon) || p.lat < -90 || p.lat > 90 || p.lon < -180 ||
            p.lon > 180)
            return invalid(field, "vertex " + std::to_string(i + 1) + " is not a place on the Earth");
        const LatLon q = ring[(i + 1) % ring.size()];
        if (p.lat == q.lat && p.lon == q.lon)
            return invalid(field, "vertices " + std::to_string(i + 1) + " and " +
                                      std::to_string((i + 1) % ring.size() + 1) + " are the same place");
    }
    if (const auto crossing = firstSelfIntersection(ring)) {
        const auto edge = [&](std::size_t e) {
            return std::to_string(e + 1) + "–" + std::to_string((e + 1) % ring.size() + 1);
        };
        return invalid(field, "the outline crosses itself between vertices " + edge(crossing->first) +
                                  " and " + edge(crossing->second));
    }
    double area = 0;
    for (std::size_t i = 0; i < ring.size(); ++i)
        area += cross(ring[0], ring[i], ring[(i + 1) % ring.size()]);
    if (std::abs(area) < 1e-14)
        return invalid(field, "the polygon has no area (its vertices lie on one line)");
    return {};
}

bool ringContains(const Ring& ring, LatLon point)
{
    const std::size_t n = ring.size();
    bool inside = false;
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const LatLon a = ring[i];
        const LatLon b = ring[j];
        if (sign(cross(a, b, point)) == 0 && onSegment(a, b, point))
            return true;
        if ((a.lat > point.lat) != (b.lat > point.lat) &&
            point.lon < (b.lon - a.lon) * (point.lat - a.lat) / (b.lat - a.lat) + a.lon)
            inside = !inside;
    }
    return inside;
}

std::optional<std::pair<LatLon, LatLon>> zoneBounds(const std::vector<Ring>& zone)
{
    std::optional<std::pair<LatLon, LatLon>> box;
    for (const Ring& ring : zone)
        for (const LatLon& v : ring) {
            if (!box) {
                box.emplace(v, v);
                continue;
            }
            box->first.lat = std::min(box->first.lat, v.lat);
            box->first.lon = std::min(box->first.lon, v.lon);
            box->second.lat = std::max(box->second.lat, v.lat);
            box->second.lon = std::max(box->second.lon, v.lon);
        }
    return box;
}

bool zoneContains(const std::vector<Ring>& zone, LatLon point)
{
    for (const Ring& ring : zone)
        if (ring.size() >= kRingMinVertices && ringContains(ring, point))
            return true;
    return false;
}

Date latestEnd(Date start)
{
    using namespace std::chrono;
    const year_month_day later = start + months{6};
    if (!later.ok()) // 31 August + 6 months: the end of February
        return year_month_day{later.year() / later.month() / last};
    return year_month_day{sys_days{later} - days{1}};
}

std::string toString(Date date)
{
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

std::optional<Date> parseDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int parts[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8};
    const std::size_t lengths[3] = {4, 2, 2};
    for (int k = 0; k < 3; ++k)
        for (std::size_t i = starts[k]; i < starts[k] + lengths[k]; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return std::nullopt;
            parts[k] = parts[k] * 10 + (text[i] - '0');
        }
    const Date date{std::chrono::year{parts[0]}, std::chrono::month{static_cast<unsigned>(parts[1])},
                    std::chrono::day{static_cast<unsigned>(parts[2])}};
    if (!date.ok())
        return std::nullopt;
    return date;
}

Status checkPilot(const PilotFields& pilot)
{
    const std::size_t title = utf8Length(trimmed(pilot.title));
    if (title == 0)
        return invalid("title", "a pilot needs a title");
    if (title > 200)
        return invalid("title", "at most 200 characters");
    if (utf8Length(pilot.description) > 10000)
        return invalid("description", "at most 10,000 characters");
    if (utf8Length(pilot.hypothesis) > 10000)
        return invalid("hypothesis", "at most 10,000 characters");
    if (pilot.problemIds.empty())
        return invalid("problem_ids", "a pilot is made from at least one problem");
    if (pilot.zone.empty())
        return invalid("zone", "draw or import at least one polygon");
    if (pilot.zone.size() > kZoneMaxPolygons)
        return invalid("zone", "at most " + std::to_string(kZoneMaxPolygons) + " polygons");
    for (std::size_t i = 0; i < pilot.zone.size(); ++i)
        if (auto s = checkRing(pilot.zone[i], i); !s)
            return s;
    if (!pilot.start.ok())
        return invalid("start", "not a date");
    if (!pilot.end.ok())
        return invalid("end", "not a date");
    if (std::chrono::sys_days{pilot.end} < std::chrono::sys_days{pilot.start})
        return invalid("end", "the pilot ends before it starts");
    if (std::chrono::sys_days{pilot.end} > std::chrono::sys_days{latestEnd(pilot.start)})
        return invalid("end", "a pilot runs at most six months: from " + toString(pilot.start) +
                                  " it ends by " + toString(latestEnd(pilot.start)));
    if (pilot.costKrw < 0 || pilot.costKrw > 1'000'000'000'000'000)
        return invalid("cost_krw", "a cost from 0 to 10^15 won");
    if (pilot.goals.empty())
        return invalid("goals", "a pilot needs at least one measurable goal");
    for (std::size_t i = 0; i < pilot.goals.size(); ++i)
        if (auto s = checkGoal(pilot.goals[i], i); !s)
            return s;
    return {};
}

} // namespace balgul::core::pilots
