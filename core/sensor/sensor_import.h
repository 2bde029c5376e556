#pragma once

#include "core/sensor/csv_reader.h"
#include "core/sensor/generic_mapping.h"
#include "core/sensor/sensor_format.h"
#include "core/util/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core {
class Progress;
class Store;
} // namespace balgul::core

namespace balgul::core::sensor {

/// One kind of thing the importer did to rows: why, how often, and where first.
struct ImportIssue
{
    enum class Kind
    {
        Skipped, ///< the row stored nothing
        Flagged, ///< the row was stored with a flagged or dropped value
    };
    Kind kind = Kind::Skipped;
    std::string reason;  ///< empty_row, duplicate_row, conflicting_duplicate, truncated_last_line,
                         ///< field_count, bad_time, bad_number, empty_value, sentinel, impossible_value,
                         ///< channel_disagreement
    std::string field;   ///< the column, when one is to blame
    std::string message; ///< English detail of the first occurrence ("line 3: …")
    std::int64_t count = 0;
    std::vector<long> lines; ///< the first few line numbers
};

/// What an import did. rowsRead == imported + flagged + skipped.
struct ImportReport
{
    std::string file;
    FileMapping mapping;
    TextEncoding encoding = TextEncoding::Utf8;
    char separator = ',';
    std::int64_t rowsRead = 0;  ///< data rows (the header not counted)
    std::int64_t imported = 0;  ///< rows stored with every value clean
    std::int64_t flagged = 0;   ///< rows stored with at least one flagged or dropped value
    std::int64_t skipped = 0;   ///< rows that stored nothing
    std::int64_t readings = 0;  ///< readings the store gained
    std::int64_t positions = 0; ///< mobile sensing: position fixes stored from the GPX track
    std::vector<ImportIssue> issues;

    const ImportIssue* issue(const std::string& reason) const;
    /// A few lines for a person: counts, then one line per issue.
    std::string toText() const;
    std::string toJson() const;
};

/// The first rows of a file and the mapping an import would use; writes nothing.
struct ImportPreview
{
    std::string file;
    FileMapping mapping;
    TextEncoding encoding = TextEncoding::Utf8;
    char separator = ',';
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows; ///< raw fields (JSON sources: time and values as text)
    /// Parallel to `rows`: the row as the import would read it, or nothing when it would be skipped.
    std::vector<std::optional<ParsedRow>> parsed;
    /// Parallel to `rows`: "" or the first problem ("line 3, P2: 'x' is not a number").
    std::vector<std::string> problems;
    std::vector<long> lines; ///< parallel to `rows`: the line each starts on
    std::string toText() const;
};

/// How many line numbers an issue keeps.
inline constexpr std::size_t kIssueLines = 5;

/// What to import and how.
struct ImportOptions
{
    SensorFormat format = SensorFormat::Auto;
    std::optional<GenericMapping> generic; ///< required when format == Generic
    std::string timeZone;                  ///< zone of local times (Atmotube; generic uses its own); "" = UTC
    std::string gpxPath;                   ///< mobile sensing: readings take positions from this track
    /// A reading farther than this from any track point has no position (flagged `no_position`).
    int maxGapSeconds = 120;
    std::optional<double> lat, lon; ///< a fixed location for a stationary device when the file gives none
    std::string deviceName;         ///< stored in sensor_devices.name when not empty
};

/// The first rows of a file and the mapping an import would use; writes nothing.
Result<ImportPreview> previewSensorFile(const std::string& path, const ImportOptions& options, int rows = 10);
Result<ImportPreview> previewSensorFile(const std::string& path, SensorFormat format = SensorFormat::Auto,
                                        int rows = 10);
/// The same for a file already in memory: `name` stands for the path (errors, the extension that tells
/// JSON from CSV, the fallback device id); nothing is read from disk or written anywhere.
Result<ImportPreview> previewSensorBytes(std::string_view bytes, const std::string& name,
                                         const ImportOptions& options, int rows = 10);
/// Either of the above.
Result<ImportPreview> previewSensor(const SensorSource& source, const ImportOptions& options, int rows = 10);

/// Imports a sensor file into the store in ONE transaction, cleaning as it goes and saying so in
/// the report; an error (file, encoding, header, `cancelled`) leaves the store unchanged.
Result<ImportReport> importSensorFile(Store& store, const std::string& path, const ImportOptions& options,
                                      Progress* progress = nullptr);
Result<ImportReport> importSensorFile(Store& store, const std::string& path,
                                      SensorFormat format = SensorFormat::Auto, Progress* progress = nullptr);

} // namespace balgul::core::sensor
