#pragma once

// "For you" (docs/mydata.md "In the app", Recommendations): problems and pilots a resident may
// care about, worked out on this computer from their own vault records and the store's problems and
// pilots.
// Nothing about the resident leaves: the input is the decrypted blocks in memory, the output is a
// list for the My Data dock.
//
// - A problem is on the resident's route on a day when a timed track point of that day (local
//   day, Korea's clock by default) lies within `nearMeters` of it; a pilot when such a point lies
//   inside its zone. It is recommended when that happened on at least `minDays` days.
// - An energy pilot (one made from a problem of the "energy" category) is recommended wherever
//   it is when the household's electricity use is above the reference for its size
//   (referenceMonthlyKwh).

#include "core/mydata/record.h"
#include "core/pilots/pilot_rules.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace balgul::core {
class Store;
}

namespace balgul::core::mydata {

/// A problem the recommendations may name (an open one: new, confirmed, in progress, reopened).
/// `id` and `title` may be left empty: describeProblems() fills them for the few recommended.
struct ProblemSite
{
    std::int64_t rowid = 0;
    std::string id;
    std::string title;
    std::string category; ///< the problem category's code
    double lat = 0;
    double lon = 0;
};

/// A live pilot (not evaluated or rejected) with its zone.
struct PilotSite
{
    std::string id;
    std::string title;
    std::vector<pilots::Ring> zone;
    bool energy = false; ///< made from at least one problem of the "energy" category
};

struct RecommendOptions
{
    /// A problem this close to a track point is on the route.
    double nearMeters = 100;
    /// Days on which the route came near before it counts as the resident's usual route.
    int minDays = 2;
    /// Seconds east of UTC of the resident's clock: which day a point belongs to.
    int localOffsetSeconds = 9 * 3600;
    /// People in the household; 0 when not given (no energy recommendations then).
    int householdSize = 0;
    /// At most this many recommendations.
    std::size_t maxItems = 20;
};

enum class SubjectKind
{
    Problem,
    Pilot,
};

struct Recommendation
{
    SubjectKind kind = SubjectKind::Problem;
    std::int64_t rowid = 0; ///< problems: the local row id
    std::string id;
    std::string title;
    std::string category; ///< problems: the category code
    /// Days on which the tracks came near (0: not on the route).
    int routeDays = 0;
    /// Local days from the first timed track point to the last, both included.
    int spanDays = 0;
    /// routeDays per 7 days of `spanDays`, rounded, 1 to 7 (0 when not on the route).
    int daysPerWeek = 0;
    /// Problems: the closest any track point came, in metres (-1 when not on the route).
    double nearestMeters = -1;
    /// Energy pilots while the household's use is high.
    bool energy = false;
    double monthlyKwh = 0;
    double referenceKwh = 0;
    int householdSize = 0;
};

/// What the household's Electricity blocks (unit Wh) say about a month's use.
struct ElectricityUse
{
    double monthlyKwh = 0; ///< kWh per 30 days: the sum of the readings over the days they cover, times 30
    double days = 0;       ///< the days the readings cover (their lengths added up)
};

/// Days of readings needed before the use is judged at all.
inline constexpr double kMinElectricityDays = 7;

/// The household's use over the last 365 days of its Electricity readings: their Wh added up and
/// divided by the time they cover (so a gap in the data does not count as a day without use, and a
/// reading imported twice counts as often in both); nullopt when they cover less than
/// kMinElectricityDays.
std::optional<ElectricityUse> monthlyElectricity(const std::vector<RecordBlock>& blocks);

/// The reference a household's monthly use is compared with, in kWh per 30 days: 200 for one
/// person, 250 for two, 300 for three, 350 for four, 400 for five or more (docs/mydata.md
/// "In the app" says where these figures come from). 0 for a size below 1.
double referenceMonthlyKwh(int householdSize);

/// The recommendations, pilots first, then problems; within each, more route days first, then an
/// energy reason, then the nearer, then by id. Blocks other than Mobility and Electricity are not
/// read. Problems and pilots are taken as given (the caller leaves out closed ones).
std::vector<Recommendation> recommend(const std::vector<RecordBlock>& blocks,
                                      const std::vector<ProblemSite>& problems,
                                      const std::vector<PilotSite>& pilots, const RecommendOptions& options);

/// The store's open problems (not merged, not resolved or closed) as sites, from the map's index
/// (without ids and titles).
std::vector<ProblemSite> openProblemSites(Store& store);
/// Fills the id and title of every problem recommendation from the store; drops those whose
/// problem is gone.
void describeProblems(Store& store, std::vector<Recommendation>& recommendations);
/// The store's live pilots (not evaluated or rejected) as sites, each marked when one of its
/// problems is of the "energy" category.
std::vector<PilotSite> livePilotSites(Store& store);

} // namespace balgul::core::mydata
