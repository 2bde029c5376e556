#pragma once

// The rules of an agile pilot (docs/architecture.md "Pilots"): its phases and the moves between
// them, its zone (polygons on the map), its dates (at most six months apart) and its measurable
// goals. One place, read by the client store, the CLI, the app and the hub alike; no Qt.

#include "core/geo/mercator.h"
#include "core/util/result.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core::pilots {

using geo::LatLon;

/// Where a pilot stands. Voting on pilots (rounds, ballots) moves them out of `Voting`.
enum class PilotPhase
{
    Proposed,  ///< made by a coordinator from one or more problems
    Voting,    ///< a candidate of a voting round
    Selected,  ///< chosen to go ahead
    Running,   ///< being tried in its zone
    Evaluated, ///< its evidence was weighed
    Rejected,  ///< will not go ahead
};
inline constexpr int kPilotPhaseCount = 6;

/// "proposed", "voting", "selected", "running", "evaluated", "rejected".
std::string_view toString(PilotPhase phase);
std::optional<PilotPhase> pilotPhaseFromString(std::string_view text);

/// proposed → voting | selected | rejected; voting → selected | rejected | proposed (a round that
/// did not decide); selected → running | rejected; running → evaluated. Nothing leaves evaluated or
/// rejected, and nothing moves to its own phase.
bool isAllowedPhaseTransition(PilotPhase from, PilotPhase to);

/// What a goal measures.
enum class GoalQuantity
{
    Pm25,         ///< µg/m³, from the zone's air stations
    Pm10,         ///< µg/m³
    Noise,        ///< dB(A), from noise stations
    Temperature,  ///< °C
    ProblemCount, ///< problems of one category filed in the zone
};
/// How the quantity is summed up over a span.
enum class GoalStatistic
{
    Mean24h,      ///< the mean of 24-hour means
    DailyMean,    ///< the mean of calendar-day means (local time)
    CountPerWeek, ///< events per week (problem counts only)
};
enum class GoalDirection
{
    Decrease,
    Increase,
};

std::string_view toString(GoalQuantity quantity);
std::optional<GoalQuantity> goalQuantityFromString(std::string_view text);
std::string_view toString(GoalStatistic statistic);
std::optional<GoalStatistic> goalStatisticFromString(std::string_view text);
std::string_view toString(GoalDirection direction);
std::optional<GoalDirection> goalDirectionFromString(std::string_view text);

/// A measurable goal: "PM2.5 24 h mean down 10 %".
struct Goal
{
    GoalQuantity quantity = GoalQuantity::Pm25;
    std::string category; ///< for ProblemCount: the problems' category code; empty otherwise
    GoalStatistic statistic = GoalStatistic::Mean24h;
    GoalDirection direction = GoalDirection::Decrease;
    double targetPercent = 10; ///< the change aimed at, in percent of the before value, > 0
};

/// A quantity a sensor measures (the evaluation compares stations), as opposed to a count.
bool isSensorQuantity(GoalQuantity quantity);

/// Errors name the goal's field (`goals[i].statistic`…): a count goes by week, a sensor quantity by
/// 24 h or daily means; a target is a finite percentage above 0 (at most 100 for a decrease, at
/// most 1000 for an increase); a count names a category, a sensor goal none.
Status checkGoal(const Goal& goal, std::size_t index);

/// One polygon of a zone: its outer ring, vertices in order, not closed (the last vertex is not the
/// first again).
using Ring = std::vector<LatLon>;

/// Vertices a ring may have.
inline constexpr std::size_t kRingMinVertices = 3;
inline constexpr std::size_t kRingMaxVertices = 2000;
/// Polygons a zone may have.
inline constexpr std::size_t kZoneMaxPolygons = 50;

/// Whether two edges of the ring other than neighbours touch or cross; the pair found, 0-based
/// edge indexes (edge i runs from vertex i to vertex i+1, the last one back to vertex 0).
std::optional<std::pair<std::size_t, std::size_t>> firstSelfIntersection(const Ring& ring);

/// A ring that can be a zone's polygon: 3 to 2000 vertices, coordinates on the Earth, no two
/// consecutive vertices equal, an area, and no edge touching or crossing another ("the outline
/// crosses itself between vertices 3–4 and 7–8"). Errors: `invalid_field` naming `zone[i]`.
Status checkRing(const Ring& ring, std::size_t index);

/// Whether the point is inside the ring (even-odd rule; a point on an edge counts as inside).
bool ringContains(const Ring& ring, LatLon point);
/// The box around a zone: its south-west and north-east corners; nullopt for a zone without vertices.
std::optional<std::pair<LatLon, LatLon>> zoneBounds(const std::vector<Ring>& zone);
/// Whether the point is inside any polygon of the zone.
bool zoneContains(const std::vector<Ring>& zone, LatLon point);

/// A civil date (the pilot runs from its start to its end day, both included, in the city's time).
using Date = std::chrono::year_month_day;

/// The latest end a pilot starting on `start` may have: six calendar months later, the day before
/// the same day of the month (1 March → 31 August; 31 August → 28 or 29 February).
Date latestEnd(Date start);

/// "YYYY-MM-DD".
std::string toString(Date date);
std::optional<Date> parseDate(std::string_view text);

/// A pilot's own fields (links to problems, testers, feedback and its history live beside it).
struct PilotFields
{
    std::string title;
    std::string description;
    std::string hypothesis;
    std::vector<std::string> problemIds; ///< the problems it was made from, at least one
    std::vector<Ring> zone;
    Date start{};
    Date end{};
    std::int64_t costKrw = 0;
    std::vector<Goal> goals;
};

/// Title 1–200 code points, description and hypothesis at most 10,000; at least one problem and
/// one goal; a zone of 1–50 valid polygons; a real start and end, end on or after start and at most
/// latestEnd(start); a cost from 0 to 10^15 won. The first fault found, `invalid_field` with its field.
Status checkPilot(const PilotFields& pilot);

} // namespace balgul::core::pilots
