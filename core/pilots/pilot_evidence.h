#pragma once

// A pilot's evidence from the stations a store knows (docs/architecture.md "Pilots"): every sensor
// device with a fixed place, in the zone or outside it, gives its daily means of the goal's quantity
// over a span before the pilot and the pilot's days so far, and evaluate() weighs them. Also the
// English sentence and the JSON of an evaluation (the CLI prints them; the app words its own), and
// demo stations around a zone with a known effect. No Qt.

#include "core/pilots/evaluation.h"
#include "core/pilots/pilot_rules.h"
#include "core/sensor/observation.h"
#include "core/util/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace balgul::core {
class Store;
}

namespace balgul::core::pilots {

/// The city's time: Asia/Seoul, +09:00 all year (no daylight saving time since 1988). Calendar days
/// and clock hours of the evidence are the city's.
inline constexpr int kCityUtcOffsetSeconds = 9 * 3600;

struct PilotEvidenceOptions
{
    /// A span before the pilot chosen by the coordinator, both days included: at most as many days
    /// as the pilot has (start to end), ending before it starts. Unset (both): as many days just
    /// before the start as the pilot has run so far (an equal span).
    std::optional<Date> beforeFrom;
    std::optional<Date> beforeTo;
    /// The city's today; unset: the date now in the city. The pilot's days end at min(end, today).
    std::optional<Date> today;
    int utcOffsetSeconds = kCityUtcOffsetSeconds;
    EvaluationOptions evaluation;
};

/// The days compared, both ends included.
struct EvidenceSpans
{
    Date beforeFrom{};
    Date beforeTo{};
    Date duringFrom{};
    Date duringTo{};

    int beforeDays() const;
    int duringDays() const;
};

/// The spans a pilot's evidence covers. Errors: `invalid_field` naming `start`/`end` (not dates, an
/// end before the start) or `before` (a chosen span missing an end, longer than the pilot, or not
/// ending before the start); `not_started` (today is before the start).
Result<EvidenceSpans> evidenceSpans(const PilotFields& pilot, const PilotEvidenceOptions& options = {});

/// The sensor quantity a goal measures as the store names its series: PM2.5 → pm2_5, PM10 → pm10,
/// noise → noise_laeq (dB(A)), temperature → temperature; nullopt for a problem count.
std::optional<sensor::Quantity> sensorQuantityOf(GoalQuantity quantity);

/// Every device of the store with a fixed place (not mobile, with a location) and a series of the
/// goal's quantity, as StationDays over the spans, in the zone when zoneContains() its place; the id
/// is "source:external_id". A day's value rests on the device's usable readings of that calendar day
/// in the city's time: for a 24 h mean the mean of its clock hours' means, for a daily mean the mean
/// of its readings; noise (dB) is averaged as energy (10·log10 of the mean of 10^(L/10)), as LAeq
/// levels combine. An hour counts when it has at least one usable reading. Errors as evidenceSpans(),
/// `invalid_field` "goal" (not a sensor quantity), `store_failed`.
Result<std::vector<StationDays>> pilotStationDays(Store& store, const PilotFields& pilot, const Goal& goal,
                                                  const PilotEvidenceOptions& options = {});

/// pilotStationDays() weighed by evaluate().
Result<Evaluation> evaluatePilotGoal(Store& store, const PilotFields& pilot, const Goal& goal,
                                     const PilotEvidenceOptions& options = {});

/// One English sentence: "PM2.5 24 h mean in the zone fell 15 % while it fell 3 % outside: a change
/// of −12 % against outside (95 % interval −18 % to −6 %); 4 stations inside, 9 outside, 2,100 hours
/// of data. Goal −10 %: met." Without enough data, the reason and no figure of the change: "PM2.5
/// 24 h mean: not enough data — only 1 station with data inside the zone (2 needed)." `options` are
/// those the evaluation ran with (the numbers needed).
std::string describeEvaluation(const Goal& goal, const Evaluation& evaluation,
                               const EvaluationOptions& options = {});

/// The figures as one JSON object: quantity, statistic, direction, target_percent, enough_data,
/// reason (null, "zone_stations", "outside_stations", "zone_coverage", "outside_coverage",
/// "no_before_mean"), did_percent, low_percent, high_percent (null without enough data), zone and
/// outside {stations, hours, coverage, before_mean, during_mean, change_percent} (the means null for
/// a group without stations, the change null without a positive before-mean), days, goal_met,
/// confident.
std::string evaluationJson(const Goal& goal, const Evaluation& evaluation);

/// "zone_stations", … as evaluationJson() writes them; "" for None.
std::string_view toString(NotEnoughData reason);

/// Demo stations for a pilot: four SDS011 stations inside the zone and eight around it (source
/// "demo", ids "pilot-in-1"… and "pilot-out-1"…) with ten-minute PM2.5 and PM10 readings over the
/// `days` calendar days before `start` and the `days` days from it: a daily rhythm, weather the whole
/// city shares, each station's own drift and noise, and inside the zone from `start` on every reading
/// changed by `effectPercent` (−20: a fifth lower). Deterministic for a seed; readings already stored
/// are kept once. One transaction. Errors: `invalid_field` "zone" (no place inside found),
/// `store_failed`.
Status writeDemoPilotReadings(Store& store, const std::vector<Ring>& zone, Date start, int days,
                              double effectPercent, std::uint64_t seed);

} // namespace balgul::core::pilots
