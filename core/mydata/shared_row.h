#pragma once

// What leaves this computer of a resident's personal records: minimized rows under a consent
// (docs/mydata.md). The minimization (core/mydata/minimize.h) makes them; the hub takes them only
// when they fit the consent's scope (hub/mydata).

#include "core/geo/grid_cell.h"
#include "core/mydata/record.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace balgul::core::mydata {

/// How finely a share may be cut in time. Raw is each reading as it is.
enum class Aggregate
{
    Raw,
    Hourly,
    Daily,
    Monthly,
};
/// "raw", "hourly", "daily", "monthly".
std::string_view toString(Aggregate aggregate);
std::optional<Aggregate> aggregateFromString(std::string_view text);
/// True when `a` is at least as coarse as `b` (Raw is the finest).
bool atLeastAsCoarse(Aggregate a, Aggregate b);

/// One row of a share. Energy, steps and distance are sums over the period; heart rate is the
/// mean; a Mobility row counts the track points in `cell` during the period (no value otherwise).
struct SharedRow
{
    Category category = Category::Electricity;
    std::string unit; ///< the block's unit ("" for Mobility)
    Aggregate aggregate = Aggregate::Daily;
    std::int64_t periodStart = 0; ///< UTC seconds: the hour's, day's or month's start (Raw: the reading's)
    double value = 0;
    std::int64_t count = 0; ///< readings or points behind the row
    std::string cell;       ///< a core/geo grid cell id: Mobility rows only, "" otherwise
};

} // namespace balgul::core::mydata
