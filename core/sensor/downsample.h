#pragma once

#include "core/sensor/observation.h"

#include <cstdint>
#include <span>
#include <vector>

namespace balgul::core::sensor {

/// Readings split for drawing: the line and the markers of flagged readings.
struct ChartReadings
{
    std::vector<Reading> usable;  ///< readings that enter statistics (Reading::usable), in time order
    std::vector<Reading> flagged; ///< readings with any flag, in time order; a usable reading with a
                                  ///< warning flag (channel disagreement) is in both
};
ChartReadings splitForChart(const std::vector<Reading>& readings);

/// The readings of a time-sorted range with from <= time < to, widened by one reading on each side
/// (when there is one) so that a line drawn from them runs to the edges of the window.
std::span<const Reading> visibleSpan(std::span<const Reading> sorted, std::int64_t from, std::int64_t to);

/// Decimation for display on `width` pixels (at least 2). Time-sorted readings are cut into
/// width - 1 buckets of equal duration; each bucket keeps its lowest and its highest reading, in
/// time order, and the first and last readings are always kept. A spike therefore never vanishes,
/// the line reaches both ends, and at most 2 × width readings come back. Input of at most
/// 2 × width readings comes back unchanged. One pass, no allocation beyond the result.
std::vector<Reading> decimateMinMax(std::span<const Reading> sorted, int width);

} // namespace balgul::core::sensor
