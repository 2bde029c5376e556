#pragma once

#include "core/sensor/observation.h"
#include "core/sensor/sensor_format.h"
#include "core/util/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace balgul::core {
class Database;
}

namespace balgul::core::sensor {

/// One value column of a generic CSV: which quantity it holds and in which unit the file writes it.
struct GenericColumn
{
    std::string column;
    Quantity quantity = Quantity::Pm2_5;
    std::string unit; ///< as in the file: "µg/m³", "°C", "°F", "Pa", "hPa", "mbar", "%", "dB(A)", "ppm"

    friend bool operator==(const GenericColumn&, const GenericColumn&) = default;
};

/// How to read any delimited file: the time column and its format, the value columns with their
/// quantity and unit, optional position columns. Saved as named presets.
struct GenericMapping
{
    std::string timeColumn;
    /// "iso8601" | "unix seconds" | "unix milliseconds" | a pattern with %Y %m %d %H %M %S
    /// (e.g. "%d.%m.%Y %H:%M").
    std::string timeFormat = "iso8601";
    /// "UTC", "+09:00", or an IANA name like "Asia/Seoul" (for times without an offset).
    std::string timeZone = "UTC";
    char separator = 0; ///< 0: detect
    char decimal = '.'; ///< '.' or ','
    std::vector<GenericColumn> values;
    std::string latColumn, lonColumn; ///< optional (mobile sensing with positions in the file)
    std::string deviceId;             ///< the device's name; default: the file name

    std::string toJson() const;
    /// Errors (`invalid_mapping`) name the field.
    static Result<GenericMapping> fromJson(std::string_view json);
    /// Errors: `missing_column` (field = the column), `bad_time_format`, `bad_unit`,
    /// `unknown_time_zone`, `invalid_mapping` (no time column or no values).
    Status validate(const std::vector<std::string>& header) const;

    friend bool operator==(const GenericMapping&, const GenericMapping&) = default;
};

/// The conversion from a file's unit to the quantity's stored unit: "" (none), "°F→°C", "Pa→hPa";
/// nullopt when the unit does not fit the quantity.
std::optional<std::string> unitConversion(Quantity quantity, std::string_view unit);
/// The units a generic column of this quantity may be written in (the first is the stored unit).
std::vector<std::string> unitsFor(Quantity quantity);
/// True when `format` is a time format GenericMapping understands.
bool isValidTimeFormat(std::string_view format);
/// Parses `text` with a pattern of %Y %m %d %H %M %S (other characters literal; %S may carry a
/// fraction) into local seconds counted as if UTC; nullopt when it does not match.
std::optional<std::int64_t> parsePatternTime(std::string_view text, std::string_view pattern);

/// The FileMapping an import uses for a generic CSV (format Generic, source "generic"); the device is
/// mapping.deviceId or, when empty, `fallbackDeviceId` (the file name).
FileMapping toFileMapping(const GenericMapping& mapping, const std::string& fallbackDeviceId = {});

/// Named presets in the store's `sensor_presets` table.
class PresetStore
{
public:
    explicit PresetStore(Database& db);
    Status save(const std::string& name, const GenericMapping& mapping); ///< replaces
    Result<std::vector<std::pair<std::string, GenericMapping>>> list();  ///< by name
    Result<std::optional<GenericMapping>> find(const std::string& name);
    Status remove(const std::string& name);

private:
    Database& m_db;
};

} // namespace balgul::core::sensor
