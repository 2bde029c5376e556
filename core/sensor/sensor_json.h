#pragma once

#include "core/sensor/sensor_format.h"
#include "core/util/result.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace balgul::core::sensor {

/// Receives one record: a ParsedRow, or an Error (code, field, message, line) for a record to skip.
/// Returns false to stop (cancel).
using JsonRowSink = std::function<bool(Result<ParsedRow> row, long line)>;
/// Told how far the read has come: bytes read of the file's size.
using JsonProgress = std::function<void(std::int64_t bytesRead, std::int64_t fileSize)>;

/// SensorCommunityJson or AirKorea (Auto: detect from the first element). Errors name the file:
/// `cannot_open`, `invalid_json`, `unknown_format`, `airkorea_error` (an error answer, JSON or the
/// gateway's XML; the message names resultCode and resultMsg), `empty_file`, `too_long`.
/// A Sensor.Community dump is a top-level array or an object holding one; its mapping's columns are
/// the value types of the first record.
Result<FileMapping> detectJsonFormat(const std::string& path, SensorFormat format);
Result<FileMapping> detectJsonFormat(const SensorSource& source, SensorFormat format);

/// Streams the records; one ParsedRow per record, or an Error (code, field, message, file, line) for a
/// record to skip: `invalid_json` (a record that is not valid JSON, cut out whole), `bad_record`,
/// `bad_time`, `missing_field`. Broken structure between records (a missing comma, an unbalanced
/// bracket) fails the whole read with `invalid_json` naming the line; a last record cut short is handed
/// to the sink as an error `truncated_last_line` so the records before it stay. When the sink returns
/// false the read stops and succeeds. `progress`, when set, hears about every megabyte read.
///
/// Sensor.Community: one row per measurement; device = sensor.id, type = sensor.sensor_type.name,
/// location.latitude/longitude; every known value_type is read whatever the mapping's columns say
/// (a dump may mix sensor types), unknown ones are ignored. AirKorea: one row per item, the mapping's
/// columns (pmXXValue, with pmXXFlag); device = stationName, or mapping.deviceId, or the file's name
/// without extension (the per-station endpoint leaves stationName out).
Status readJsonRows(const std::string& path, const FileMapping& mapping, const JsonRowSink& sink,
                    const JsonProgress& progress = {});
Status readJsonRows(const SensorSource& source, const FileMapping& mapping, const JsonRowSink& sink,
                    const JsonProgress& progress = {});

/// The Sensor.Community `value_type` as a quantity ("P1" = PM10, "P2" = PM2.5, "P0" = PM1,
/// "P4" = PM4, "temperature", "humidity", "pressure", "noise_LAeq", ...); nullopt when unknown.
std::optional<Quantity> sensorCommunityValueType(std::string_view valueType);

/// AirKorea `dataTime` ("YYYY-MM-DD HH:MM", Korea time, "24:00" = next day 00:00) to UTC seconds.
std::optional<std::int64_t> parseAirKoreaTime(std::string_view text);

} // namespace balgul::core::sensor
