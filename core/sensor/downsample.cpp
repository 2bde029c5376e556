#include "core/sensor/downsample.h"

#include <algorithm>

namespace balgul::core::sensor {

ChartReadings splitForChart(const std::vector<Reading>& readings)
{
    ChartReadings out;
    out.usable.reserve(readings.size());
    for (const Reading& r : readings) {
        if (r.usable())
            out.usable.push_back(r);
        if (r.flags != FlagNone)
            out.flagged.push_back(r);
    }
    return out;
}

std::span<const Reading> visibleSpan(std::span<const Reading> sorted, std::int64_t from, std::int64_t to)
{
    const auto byTime = [](const Reading& r, std::int64_t t) { return r.time < t; };
    auto first = std::lower_bound(sorted.begin(), sorted.end(), from, byTime);
    auto last = std::lower_bound(first, sorted.end(), to, byTime);
    if (first != sorted.begin())
        --first;
    if (last != sorted.end())
        ++last;
    return sorted.subspan(static_cast<std::size_t>(first - sorted.begin()),
                          static_cast<std::size_t>(last - first));
}

std::vector<Reading> decimateMinMax(std::span<const Reading> sorted, int width)
{
    width = std::max(width, 2);
    const std::size_t n = sorted.size();
    if (n <= 2 * static_cast<std::size_t>(width))
        return {sorted.begin(), sorted.end()};

    const std::int64_t buckets = width - 1;
    const std::int64_t t0 = sorted.front().time;
    const std::int64_t duration = sorted.back().time - t0 + 1;
    std::vector<Reading> out;
    out.reserve(2 * static_cast<std::size_t>(width));
    out.push_back(sorted[0]);
    std::size_t lastKept = 0;
    const auto keep = [&](std::size_t i) {
        if (i > lastKept) {
            out.push_back(sorted[i]);
            lastKept = i;
        }
    };

    std::size_t i = 0;
    while (i < n) {
        // Readings of one bucket: [i, end).
        const std::int64_t bucket = (sorted[i].time - t0) * buckets / duration;
        const std::int64_t bucketEnd = t0 + ((bucket + 1) * duration + buckets - 1) / buckets;
        std::size_t low = i, high = i;
        std::size_t j = i + 1;
        for (; j < n && sorted[j].time < bucketEnd; ++j) {
            if (sorted[j].value < sorted[low].value)
                low = j;
            if (sorted[j].value > sorted[high].value)
                high = j;
        }
        keep(std::min(low, high));
        keep(std::max(low, high));
        i = j;
    }
    keep(n - 1);
    return out;
}

} // namespace balgul::core::sensor
