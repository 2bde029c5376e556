#pragma once

#include "core/sensor/observation.h"
#include "core/util/result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core::sensor {

enum class SensorFormat
{
    Auto,
    SensorCommunity,     ///< Sensor.Community archive CSV
    PurpleAir,           ///< PurpleAir API history CSV (Unix seconds) or map download (ISO times)
    SensorCommunityJson, ///< Sensor.Community JSON API dump (an array of measurements)
    AirGradient,         ///< AirGradient dashboard export CSV
    Atmotube,            ///< Atmotube CSV (local times)
    AirKorea,            ///< AirKorea OpenAPI JSON (response.body.items)
    Generic,             ///< any CSV through a GenericMapping (a named preset)
};
std::string_view toString(SensorFormat format);
/// "auto", "sensor-community", "purpleair", "sensor-community-json", "airgradient", "atmotube",
/// "airkorea", "generic".
std::optional<SensorFormat> sensorFormatFromString(std::string_view word);

/// A sensor file to read: on disk at `path`, or already in memory in `bytes`; then `path` only names
/// it (in errors, by its extension and as the fallback device id) and nothing is read from disk.
struct SensorSource
{
    std::string path;
    std::optional<std::string_view> bytes;
};

/// How one quantity is read from a file: one column, or two laser channels averaged.
struct ColumnMapping
{
    Quantity quantity = Quantity::Pm2_5;
    std::vector<std::string> columns; ///< header names; two for PurpleAir a/b channels
    std::string conversion;           ///< "" or "°F→°C", "Pa→hPa"
    std::vector<double> sentinels;    ///< the device's "no data" codes, flagged `sentinel`
};

/// What the importer found in a header.
struct FileMapping
{
    SensorFormat format = SensorFormat::Auto;
    std::string source; ///< "sensor.community" | "purpleair" | "airgradient" | "atmotube" | "generic" | ...
    std::string timeColumn;
    /// "iso8601 utc" | "unix seconds or iso8601" | "iso8601" | "iso8601 local" | "unix seconds" |
    /// "unix milliseconds" | a pattern with %Y %m %d %H %M %S.
    std::string timeFormat;
    /// The zone of times written without an offset ("", "UTC", "+09:00", "Asia/Seoul"); "" is UTC.
    std::string timeZone;
    std::vector<ColumnMapping> columns;
    std::string deviceColumn;         ///< the column naming the device ("sensor_id"); "" for one per file
    std::string typeColumn;           ///< the column naming the sensor type, or ""
    std::string sensorType;           ///< the sensor type when no column names it
    std::string deviceId;             ///< the device when no column names it; "" = from the file name
    std::string latColumn, lonColumn; ///< the device's location per row (stationary), or ""
    /// True when lat/lon give a mobile device's position per row (stored as a track).
    bool positionsPerRow = false;
};

/// One reading of one row before cleaning; `field` names the column(s).
struct RowValue
{
    Quantity quantity = Quantity::Pm2_5;
    std::string field;
    std::optional<double> value; ///< empty: the field was empty
    std::uint8_t flags = FlagNone;
    std::string problem; ///< reason code when a value was dropped or flagged
    std::string detail;  ///< English detail of the problem
};

/// One data row, parsed.
struct ParsedRow
{
    std::string deviceId;
    std::string sensorType;
    std::optional<double> lat;
    std::optional<double> lon;
    std::int64_t time = 0;
    std::vector<RowValue> values;
    bool ambiguousTime = false; ///< a local time in the repeated hour of a DST change (earlier taken)
};

/// Detects the format from the header (unless given) and maps the columns. Errors:
/// `unknown_format` (listing the formats), `missing_column` (field = the column).
Result<FileMapping> mapHeader(const std::vector<std::string>& header, SensorFormat format);

/// One value of a row as the fast parser leaves it: views into the mapping and the row's text.
struct RowCell
{
    Quantity quantity = Quantity::Pm2_5;
    std::string_view field; ///< the column(s)
    bool hasValue = false;  ///< false: empty or dropped
    double value = 0;       ///< in the quantity's unit, three decimals
    std::uint8_t flags = FlagNone;
    std::string_view problem; ///< "" or a reason code (bad_number, sentinel, impossible_value, ...)
};

/// One row as the fast parser leaves it; views valid until the next row.
struct RowFields
{
    std::string_view deviceId;
    std::string_view sensorType;
    std::optional<double> lat, lon;
    std::int64_t time = 0;
    bool ambiguousTime = false;
    std::vector<RowCell> cells;
};

/// A FileMapping resolved against a header: column positions found once, rows parsed without
/// allocating (numbers with std::from_chars, times by hand, lat/lon reused while the text repeats).
class RowParser
{
public:
    /// Errors: `missing_column` (field = the column), `unknown_time_zone`, `bad_time_format`.
    static Result<std::unique_ptr<RowParser>>
    create(const FileMapping& mapping, const std::vector<std::string>& header, std::string fallbackDeviceId);
    ~RowParser();
    RowParser(const RowParser&) = delete;
    RowParser& operator=(const RowParser&) = delete;

    /// Parses a row of header.size() fields. An empty result: the row is fine; otherwise the reason
    /// code of a row to skip (`bad_time`) with timeDetail() explaining it.
    std::string_view parse(std::span<const std::string_view> fields, RowFields& row);
    /// English detail of a skipped row's time ("'x' is not a time", "… falls in the DST gap of …").
    std::string timeDetail(std::span<const std::string_view> fields) const;
    /// English detail of a cell's problem ("'abc' is not a number").
    std::string cellDetail(const RowFields& row, std::size_t cell,
                           std::span<const std::string_view> fields) const;
    /// The row with owned strings and every problem's detail (for previews and the old API).
    ParsedRow toParsedRow(const RowFields& row, std::span<const std::string_view> fields) const;
    const std::string& timeColumn() const;
    /// The position of the time column in a row.
    int timeIndex() const;

    struct Impl;

private:
    explicit RowParser(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

/// Parses one row of `header.size()` fields. Errors (the row is skipped): `bad_time`.
Result<ParsedRow> parseRow(const FileMapping& mapping, const std::vector<std::string>& header,
                           const std::vector<std::string>& fields, const std::string& fallbackDeviceId);

/// "2017-08-30T11:29:51" (UTC without a zone), "…+00:00" with fractions, "…Z", the space form,
/// or Unix seconds; seconds since the epoch.
std::optional<std::int64_t> parseSensorTime(std::string_view text);
/// Like parseSensorTime for ISO forms ('-' or '/' between date parts, seconds optional), telling
/// whether the text carried a zone; without one the result is wall-clock seconds counted as if UTC.
std::optional<std::int64_t> parseIsoTime(std::string_view text, bool* zoned = nullptr);
/// A decimal number with '.' or a decimal comma; nullopt for anything else.
std::optional<double> parseNumber(std::string_view text);
/// Days since 1970-01-01 of a civil date.
std::int64_t daysFromCivil(int year, unsigned month, unsigned day);
/// The detail of an `unstorable_value`: the value as written, and why it was left out.
std::string unstorableDetail(std::string_view valueText);
/// Texts that mean "no value": "", "unavailable", "nan", "NaN", "null", "-", "NA", "N/A".
bool isMissingText(std::string_view text);

} // namespace balgul::core::sensor
