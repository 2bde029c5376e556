#pragma once

// Personal records in any other CSV (a meter's export, a step counter's): the mapping a person
// makes in the mapping dialog (which column holds the time, which the value, what it is and in
// which unit), a few named presets to start from, and the streaming reader into blocks in UTC.

#include "core/mydata/import_report.h"
#include "core/sensor/csv_reader.h"
#include "core/util/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace balgul::core {
class Progress;
}

namespace balgul::core::mydata {

/// How to read a CSV of personal records: one value a row, with its time (and how long it covers).
struct CsvMapping
{
    std::string timeColumn;
    /// "iso8601" (a date alone is its midnight) | "unix seconds" | "unix milliseconds" | a pattern
    /// with %Y %m %d %H %M %S, as for sensor files (core/sensor/generic_mapping.h).
    std::string timeFormat = "iso8601";
    /// The zone of times written without an offset: "UTC", "+09:00", or an IANA name.
    std::string timeZone = "UTC";
    std::string valueColumn;
    Category category = Category::Electricity; ///< any but Mobility
    std::string unit = "kWh";                  ///< as the file writes it (csvUnitsFor)
    double multiplier = 1;                     ///< applied after the unit's conversion
    std::string durationColumn;                ///< optional: the seconds each row covers
    std::int64_t duration = 0;                 ///< the seconds each row covers without such a column
    char separator = 0;                        ///< 0: detect
    char decimal = '.';                        ///< '.' or ','

    /// Errors name the field: `invalid_mapping` (no time or value column, Mobility, a multiplier or
    /// duration out of range, a separator or decimal mark not understood), `missing_column` (field =
    /// the column), `bad_time_format`, `unknown_time_zone`, `bad_unit`.
    Status validate(const std::vector<std::string>& header) const;

    friend bool operator==(const CsvMapping&, const CsvMapping&) = default;
};

/// The units a mapping may name for a category (the block's unit first): electricity Wh, kWh, MWh;
/// gas also MJ (in Wh), m3, ft3 (in m3) and therm; steps count; heart rate count/min, bpm;
/// walking distance m, km, mi, ft.
std::vector<std::string> csvUnitsFor(Category category);
/// The block's unit and the factor to it from `unit`; nullopt when the unit does not fit.
std::optional<std::pair<std::string, double>> csvUnitConversion(Category category, std::string_view unit);

/// A named starting point for the mapping dialog.
struct CsvPreset
{
    std::string name;  ///< a stable word ("electricity_meter_hourly")
    std::string label; ///< English, for the dialog
    CsvMapping mapping;
};
/// Household electricity meter export "timestamp,kWh" (hourly, +09:00), step counter "date,steps"
/// (daily; a date is its UTC day), heart rate "timestamp,bpm" (+09:00) and gas meter "date,m3" (daily).
const std::vector<CsvPreset>& csvPresets();
std::optional<CsvMapping> findCsvPreset(std::string_view name);
/// The first preset whose time and value columns the header has (names compared without case).
std::optional<std::string> presetForHeader(const std::vector<std::string>& header);

/// Streams the CSV (core/sensor/csv_reader.h: UTF-8 with or without BOM or CP949, detected separator,
/// quotes) into blocks of the mapping's category. A row that cannot be read is skipped naming its
/// line and column: `empty_row`, `field_count`, `bad_time`, `dst_gap` (a local time the zone skips),
/// `no_value`, `bad_number`, `negative_value` (steps, heart rate and distance), `bad_duration`.
/// Errors: the mapping's (validate), the reader's (file, encoding), `no_header`, `cancelled`.
Result<ImportedRecords> readMyDataCsv(const std::string& path, const CsvMapping& mapping,
                                      Progress* progress = nullptr);
/// The same for a file in memory; `name` stands for the path in errors and the report.
Result<ImportedRecords> readMyDataCsvBytes(std::string_view bytes, const std::string& name,
                                           const CsvMapping& mapping, Progress* progress = nullptr);

/// The first rows of a CSV as the mapping dialog shows them; writes and keeps nothing else.
struct CsvPreview
{
    std::vector<std::string> header;
    sensor::TextEncoding encoding = sensor::TextEncoding::Utf8;
    char separator = ',';
    std::vector<std::vector<std::string>> rows;
    std::vector<long> lines; ///< parallel to rows: the line each starts on
    /// Parallel to rows: the reading as it would be stored (before any division at a UTC midnight),
    /// or nothing when the row would be skipped.
    std::vector<std::optional<Interval>> parsed;
    /// Parallel to rows: "" or why it would be skipped ("line 3: column 'kWh': the value is not a number").
    std::vector<std::string> problems;
    std::optional<Error> mappingError; ///< the mapping does not fit the header (nothing is parsed)
    std::string unit;                  ///< the block's unit of `parsed`
};
/// `mapping` nullopt shows the header and raw rows only (before the person has chosen).
Result<CsvPreview> previewMyDataCsv(const std::string& path, const std::optional<CsvMapping>& mapping,
                                    std::size_t rows = 10);

} // namespace balgul::core::mydata
