#pragma once

// Apple Health exports (export.xml of "Export All Health Data"): a streaming reader of the step
// counts, heart rate and walking and running distance, into blocks in UTC.

#include "core/mydata/import_report.h"
#include "core/util/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace balgul::core {
class Progress;
}

namespace balgul::core::mydata {

/// Streams an export.xml in 64 KiB chunks, whatever its size. The document type declaration is left
/// out unread (the iOS 16 export's internal DTD is broken; nothing in it is needed). Top-level
/// Record elements of HKQuantityTypeIdentifierStepCount (unit "count"), HeartRate ("count/min";
/// "count/s" is converted) and DistanceWalkingRunning ("km", "mi", "m", "cm", "ft", "yd", converted
/// to m) are read, from startDate to endDate; other types are skipped as `other_type` naming the
/// type, and the copies of records inside a Correlation as `correlation_copy`. A record with a
/// missing or unreadable date, value or unit, or a negative value, is skipped with its line.
/// Errors name the file and line: `cannot_open`, `invalid_xml`, `not_apple_health` (another root
/// element, or a document type declaration that never ends), `cancelled`.
Result<ImportedRecords> readAppleHealth(const std::string& path, Progress* progress = nullptr);
/// The same for an export in memory; `name` stands for the path in errors and the report.
Result<ImportedRecords> readAppleHealthBytes(std::string_view bytes, const std::string& name,
                                             Progress* progress = nullptr);
/// The report of the whole export and the first `rows` readings of each category; keeps nothing else.
Result<RecordPreview> previewAppleHealth(const std::string& path, std::size_t rows = 10,
                                         Progress* progress = nullptr);

/// "2017-05-23 09:49:00 +0200" (Apple Health's dates; "T" and "+02:00" are taken too) to UTC seconds;
/// nullopt without a time of day and an offset.
std::optional<std::int64_t> parseHealthDate(std::string_view text);

} // namespace balgul::core::mydata
