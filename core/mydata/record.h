#pragma once

// MyData: a resident's personal records (docs/mydata.md). They are read by the importers
// (Green Button, GPX, Apple Health, mapped CSV), kept only in the encrypted vault, and leave this
// computer only as minimized rows under a consent (core/mydata/minimize.h).
//
// A vault record holds one block: one category's data from one import, over a stretch of time
// (an importer cuts its data into blocks of at most one UTC day, so a share reads only the days
// it needs).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core::mydata {

enum class Category
{
    Electricity,     ///< household electricity use; unit "Wh"
    Gas,             ///< household gas use; unit "Wh", "m3" or "therm" as the source gives it
    Mobility,        ///< GPX tracks: points, no values
    Steps,           ///< step count; unit "count"
    HeartRate,       ///< heart rate; unit "count/min"
    WalkingDistance, ///< walking and running distance; unit "m"
};

/// "electricity", "gas", "mobility", "steps", "heart_rate", "walking_distance".
std::string_view toString(Category category);
std::optional<Category> categoryFromString(std::string_view text);
/// Every category, in the order above.
const std::vector<Category>& allCategories();

/// A value over a stretch of time: `value` in the block's unit, already scaled (a Green Button
/// reading times 10^powerOfTenMultiplier, converted to Wh where the source gives Wh multiples).
struct Interval
{
    std::int64_t start = 0;    ///< UTC seconds
    std::int64_t duration = 0; ///< seconds (0 for an instant, as a heart-rate sample)
    double value = 0;
};

/// A place a track passed. `time` is UTC seconds, or unset for tracks without times.
struct TrackPoint
{
    std::optional<std::int64_t> time;
    double lat = 0;
    double lon = 0;
};

/// What one vault record decrypts to.
struct RecordBlock
{
    Category category = Category::Electricity;
    std::string unit;                ///< see Category; "" for Mobility
    std::vector<Interval> intervals; ///< every category but Mobility, sorted by start
    std::vector<TrackPoint> points;  ///< Mobility only, in the track's order
    std::int64_t start = 0;          ///< UTC seconds: the first interval's start or point's time
    std::int64_t end = 0;            ///< UTC seconds: the last interval's end or point's time
};

} // namespace balgul::core::mydata
