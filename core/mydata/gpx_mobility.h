#pragma once

// GPX tracks as personal mobility records: every track point, with or without a time, into
// Mobility blocks (the points of one UTC day in the track's order; the untimed ones in a block of
// their own).

#include "core/mydata/import_report.h"
#include "core/util/result.h"

#include <string>
#include <string_view>

namespace balgul::core {
class Progress;
}

namespace balgul::core::mydata {

/// Streams a GPX 1.0 or 1.1 file (a BOM, times with offsets and fractions, empty segments and the
/// extensions of other vocabularies, such as Garmin's, are all fine). Track and route points are
/// read in the file's order; a file with waypoints only gives its waypoints instead, otherwise
/// waypoints are skipped (`waypoint`: places marked, not passed). Points with a time go to the
/// block of their UTC day, points without one to one block with start = end = 0. A point whose
/// lat/lon is missing or out of range (`bad_coordinate`) or whose time cannot be read (`bad_time`)
/// is skipped with its line. Errors name the file and line: `cannot_open`, `invalid_xml`,
/// `not_gpx`, `cancelled`.
Result<ImportedRecords> readGpxMobility(const std::string& path, Progress* progress = nullptr);
/// The same for a file in memory; `name` stands for the path in errors and the report.
Result<ImportedRecords> readGpxMobilityBytes(std::string_view bytes, const std::string& name,
                                             Progress* progress = nullptr);
/// The report of the whole file and its first `rows` points; keeps nothing else.
Result<RecordPreview> previewGpxMobility(const std::string& path, std::size_t rows = 10,
                                         Progress* progress = nullptr);

} // namespace balgul::core::mydata
