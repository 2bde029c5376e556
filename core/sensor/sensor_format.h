#pragma once

#include "core/sensor/observation.h"
#include "core/util/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core::sensor {

enum class SensorFormat
{
    Auto,
    SensorCommunity, ///< Sensor.Community archive CSV
    PurpleAir,       ///< PurpleAir API history CSV (Unix seconds) or map download (ISO times)
};
std::string_view toString(SensorFormat format);
/// "auto", "sensor-community", "purpleair".
std::optional<SensorFormat> sensorFormatFromString(std::string_view word);

/// How one quantity is read from a file: one column, or two laser channels averaged.
struct ColumnMapping
{
    Quantity quantity = Quantity::Pm2_5;
    std::vector<std::string> columns; ///< header names; two for PurpleAir a/b channels
    std::string conversion;           ///< "" or "°F→°C", "Pa→hPa"
};

/// What the importer found in a header.
struct FileMapping
{
    SensorFormat format = SensorFormat::Auto;
    std::string source; ///< "sensor.community" | "purpleair"
    std::string timeColumn;
    std::string timeFormat; ///< "iso8601 utc" | "unix seconds"
    std::vector<ColumnMapping> columns;
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
};

/// Detects the format (unless given) and maps the columns. `fileName` helps find a PurpleAir
/// sensor id ("sensor-149970-…"). Errors: `unknown_format`, `missing_column`.
Result<FileMapping> mapHeader(const std::vector<std::string>& header, SensorFormat format);

/// Parses one row of `header.size()` fields. Errors (the row is skipped): `bad_time`.
Result<ParsedRow> parseRow(const FileMapping& mapping, const std::vector<std::string>& header,
                           const std::vector<std::string>& fields, const std::string& fallbackDeviceId);

/// "2017-08-30T11:29:51" (UTC without a zone), "…+00:00" with fractions, "…Z", the space form,
/// or Unix seconds; seconds since the epoch.
std::optional<std::int64_t> parseSensorTime(std::string_view text);
/// A decimal number with '.' or a decimal comma; nullopt for anything else.
std::optional<double> parseNumber(std::string_view text);

} // namespace balgul::core::sensor
