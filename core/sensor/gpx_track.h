#pragma once

#include "core/util/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core::sensor {

struct TrackPoint
{
    std::int64_t time = 0; ///< UTC seconds
    double lat = 0;
    double lon = 0;
};

/// The timed points of a GPX file's tracks (trkpt) and routes (rtept), sorted by time. A file with
/// waypoints (wpt) only gives its waypoints instead.
struct Track
{
    std::vector<TrackPoint> points; ///< sorted by time
    int pointsWithoutTime = 0;      ///< points that had no (readable) time; not in `points`
    int segments = 0;               ///< track segments seen, empty ones included
    bool fromWaypoints = false;     ///< the file had no track or route points, only waypoints
};

/// Streams a GPX 1.0 or 1.1 file (BOM allowed; extensions ignored). Errors name the file and line:
/// `cannot_open`, `invalid_xml`, `not_gpx`, `bad_coordinate` (a point whose lat/lon is missing or out
/// of range).
Result<Track> readGpxTrack(const std::string& path);
/// The same for a file already in memory; `name` stands for the path in errors.
Result<Track> readGpxTrackBytes(std::string_view bytes, const std::string& name);

/// An XML Schema dateTime ("2024-05-01T09:30:00Z", fractions, "+09:00" offsets) to UTC seconds
/// (fractions truncated); nullopt when not such a time. A time without a zone is read as UTC.
std::optional<std::int64_t> parseGpxTime(std::string_view text);

struct LatLon
{
    double lat = 0;
    double lon = 0;
};

/// Linear interpolation between the two track points around `time` when both are within
/// maxGapSeconds of it (or an exact point); nullopt otherwise (before/after the track, or in a gap).
std::optional<LatLon> positionAt(const Track& track, std::int64_t time, int maxGapSeconds);

} // namespace balgul::core::sensor
