#pragma once

// Did a pilot work? Per goal with a sensor quantity, the zone's stations before the pilot and
// during it, against the stations outside the zone over the same spans: a difference in
// differences on daily means, in percent of the zone's before-mean, with its coverage and a 95 %
// interval from a circular block bootstrap over days (docs/architecture.md "Pilots"). No Qt.

#include "core/pilots/pilot_rules.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace balgul::core::pilots {

/// One station's daily means over the two spans (the same number of days in each, day 0 first),
/// with the hours that had data each day. A day without data has no mean and 0 hours.
struct StationDays
{
    std::string stationId;
    bool inZone = false;
    std::vector<std::optional<double>> before;
    std::vector<std::optional<double>> during;
    std::vector<int> hoursBefore; ///< 0–24 per day, as many as `before`
    std::vector<int> hoursDuring; ///< 0–24 per day, as many as `during`
};

struct EvaluationOptions
{
    int bootstrapRounds = 2000;
    int blockDays = 0;         ///< consecutive days resampled together; 0: the cube root of the span's days
    std::uint64_t seed = 1;    ///< the same data and seed give the same interval
    double minCoverage = 0.75; ///< hours with data / hours asked, per group and span
    int minStations = 2;       ///< stations with data, per group
};

/// What one group of stations (the zone's or the outside ones) shows.
struct GroupFigures
{
    int stations = 0;         ///< stations with at least one day of data
    std::int64_t hours = 0;   ///< hours with data over both spans
    double coverage = 0;      ///< the lower of the two spans' coverage, 0–1
    double beforeMean = 0;    ///< mean of the daily group means before
    double duringMean = 0;    ///< and during
    double changePercent = 0; ///< (during − before) / before, in percent
};

/// Why there is no number.
enum class NotEnoughData
{
    None,
    ZoneStations,    ///< fewer than minStations inside
    OutsideStations, ///< fewer than minStations outside
    ZoneCoverage,    ///< inside, coverage below minCoverage
    OutsideCoverage, ///< outside, coverage below minCoverage
    NoBeforeMean,    ///< the zone's before-mean is 0 or missing: no percentage
};

struct Evaluation
{
    NotEnoughData notEnough = NotEnoughData::None;
    GroupFigures zone;
    GroupFigures outside;
    double didPercent = 0;  ///< ((zone during − before) − (outside during − before)) / zone before
    double lowPercent = 0;  ///< 95 % interval, 2.5th percentile of the bootstrap
    double highPercent = 0; ///< 97.5th
    int days = 0;           ///< days per span
    /// Met when the difference reaches the goal's target in its direction (the point estimate;
    /// `confident` says whether the whole interval lies on the goal's side of zero).
    bool goalMet = false;
    bool confident = false;

    bool enoughData() const { return notEnough == NotEnoughData::None; }
};

/// Evaluates `goal` (a sensor quantity) on the stations' daily means. Stations whose spans differ
/// in length from the first one's are refused (`invalid_field`, field "stations").
Result<Evaluation> evaluate(const std::vector<StationDays>& stations, const Goal& goal,
                            const EvaluationOptions& options = {});

} // namespace balgul::core::pilots
