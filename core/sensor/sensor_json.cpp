#include "core/sensor/sensor_json.h"

#include "core/io/json_reader.h"
#include "core/sensor/json_stream.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

namespace balgul::core::sensor {

namespace {

constexpr std::string_view kSensorCommunity = "sensor.community";
constexpr std::string_view kAirKorea = "airkorea";
constexpr int kKoreaOffset = 9 * 3600;
const std::vector<std::string> kAirKoreaItems{"response", "body", "items"};

bool isMissing(std::string_view text)
{
    return text.empty() || text == "-" || text == "unavailable" || text == "nan" || text == "NaN" ||
           text == "null";
}

std::string numberText(double v)
{
    if (std::isfinite(v) && std::floor(v) == v && std::abs(v) < 9e15)
        return std::to_string(static_cast<std::int64_t>(v));
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    return ec == std::errc() ? std::string(buffer, end) : std::string();
}

// A JSON string or number as text ("" for null, absent and other types).
std::string scalarText(const JsonValue& v)
{
    if (v.isString())
        return std::string(v.asString());
    if (v.isNumber())
        return numberText(v.asNumber());
    return {};
}

std::optional<double> coordinate(const JsonValue& v, double limit)
{
    std::optional<double> d;
    if (v.isNumber())
        d = v.asNumber();
    else if (v.isString())
        d = parseNumber(v.asString());
    if (!d || !std::isfinite(*d) || std::abs(*d) > limit)
        return std::nullopt;
    return d;
}

// One value of a record: converted to the quantity's unit, flagged when it cannot be real.
RowValue makeValue(Quantity q, std::string field, const JsonValue& v, std::string_view conversion)
{
    RowValue out;
    out.quantity = q;
    out.field = std::move(field);
    std::optional<double> number;
    std::string text;
    if (v.isNumber()) {
        number = v.asNumber();
        text = numberText(*number);
    } else if (v.isString()) {
        text = std::string(v.asString());
        if (isMissing(text))
            return out;
        number = parseNumber(text);
    } else if (!v.exists() || v.isNull()) {
        return out;
    }
    if (!number) {
        out.problem = "bad_number";
        out.detail = v.isString() ? "'" + text + "' is not a number"
                                  : "a " + std::string(toString(v.type())) + " is not a number";
        return out;
    }
    double value = *number;
    if (conversion == "Pa→hPa")
        value /= 100.0;
    value = std::round(value * kValueScale) / kValueScale;
    if (!isStorableValue(value)) { // left out, as the CSV reader does: never stored wrapped or infinite
        out.problem = "unstorable_value";
        out.detail = unstorableDetail(text);
        return out;
    }
    out.value = value;
    if (!isPlausible(q, value)) {
        out.flags = FlagImpossible;
        out.problem = "impossible_value";
        out.detail = text + " is not a possible " + std::string(toString(q)) + " value";
    }
    return out;
}

std::string_view conversionOf(Quantity q)
{
    return q == Quantity::Pressure || q == Quantity::PressureSeaLevel ? "Pa→hPa" : "";
}

ColumnMapping column(Quantity q, std::string name, std::string_view conversion)
{
    ColumnMapping c;
    c.quantity = q;
    c.columns.push_back(std::move(name));
    c.conversion = std::string(conversion);
    return c;
}

Error recordError(std::string code, std::string message, std::string field = {})
{
    return Error::make(std::move(code), std::move(message), std::move(field));
}

Result<ParsedRow> sensorCommunityRow(const JsonValue& record)
{
    if (!record.isObject())
        return recordError("bad_record", "the record is not an object");
    ParsedRow row;
    const JsonValue stamp = record.find("timestamp");
    const auto time = stamp.isString() ? parseSensorTime(stamp.asString()) : std::nullopt;
    if (!time)
        return recordError("bad_time", "'" + scalarText(stamp) + "' is not a time", "timestamp");
    row.time = *time;
    const JsonValue sensor = record.find("sensor");
    row.deviceId = scalarText(sensor.find("id"));
    if (row.deviceId.empty())
        return recordError("missing_field", "the record names no sensor id", "sensor.id");
    row.sensorType = scalarText(sensor.find("sensor_type").find("name"));
    const JsonValue location = record.find("location");
    row.lat = coordinate(location.find("latitude"), 90);
    row.lon = coordinate(location.find("longitude"), 180);
    const JsonValue values = record.find("sensordatavalues");
    if (!values.isArray())
        return recordError("missing_field", "the record has no sensordatavalues array", "sensordatavalues");
    for (std::size_t i = 0; i < values.size(); ++i) {
        const JsonValue entry = values.at(i);
        const std::string type(entry.find("value_type").asString());
        const auto q = sensorCommunityValueType(type);
        if (!q)
            continue; // a measurement this importer does not know (e.g. durP1, ratioP1)
        row.values.push_back(makeValue(*q, type, entry.find("value"), conversionOf(*q)));
    }
    return row;
}

std::string_view flagMeaning(std::string_view flag)
{
    if (flag == "통신장애")
        return "communication failure";
    if (flag == "점검및교정")
        return "inspection and calibration";
    if (flag == "자료이상")
        return "abnormal data";
    return "";
}

Result<ParsedRow> airKoreaRow(const JsonValue& item, const FileMapping& mapping,
                              const std::string& fallbackId)
{
    if (!item.isObject())
        return recordError("bad_record", "the item is not an object");
    ParsedRow row;
    const JsonValue stamp = item.find("dataTime");
    const auto time = stamp.isString() ? parseAirKoreaTime(stamp.asString()) : std::nullopt;
    if (!time)
        return recordError("bad_time", "'" + scalarText(stamp) + "' is not an AirKorea time", "dataTime");
    row.time = *time;
    row.deviceId = scalarText(item.find("stationName"));
    if (row.deviceId.empty())
        row.deviceId = fallbackId;
    row.sensorType = scalarText(item.find("mangName"));
    if (row.sensorType.empty())
        row.sensorType = "AirKorea";
    for (const ColumnMapping& c : mapping.columns) {
        if (c.columns.empty())
            continue;
        const std::string& field = c.columns.front();
        RowValue v = makeValue(c.quantity, field, item.find(field), c.conversion);
        std::string flagField = field;
        if (const auto at = flagField.rfind("Value"); at != std::string::npos)
            flagField.replace(at, 5, "Flag");
        const std::string flag = scalarText(item.find(flagField));
        if (flagField != field && !flag.empty()) {
            v.value.reset();
            v.flags = FlagNone;
            v.problem = "station_flag";
            const std::string_view meaning = flagMeaning(flag);
            v.detail = flagField + " is '" + flag + "'" +
                       (meaning.empty() ? std::string() : " (" + std::string(meaning) + ")") +
                       ": the station marks the value unusable";
        }
        row.values.push_back(std::move(v));
    }
    return row;
}

FileMapping airKoreaMapping()
{
    FileMapping m;
    m.format = SensorFormat::AirKorea;
    m.source = kAirKorea;
    m.timeColumn = "dataTime";
    m.timeFormat = "korea time (+09:00)";
    m.timeZone = "+09:00";
    m.deviceColumn = "stationName";
    m.typeColumn = "mangName";
    m.columns.push_back(column(Quantity::Pm10, "pm10Value", ""));
    m.columns.push_back(column(Quantity::Pm2_5, "pm25Value", ""));
    // Gases only when the store knows them in AirKorea's unit.
    for (std::string_view gas : {"o3", "no2", "co", "so2"})
        if (const auto q = quantityFromString(gas); q && unitOf(*q) == "ppm")
            m.columns.push_back(column(*q, std::string(gas) + "Value", ""));
    return m;
}

FileMapping sensorCommunityMapping(const JsonValue& first)
{
    FileMapping m;
    m.format = SensorFormat::SensorCommunityJson;
    m.source = kSensorCommunity;
    m.timeColumn = "timestamp";
    m.timeFormat = "iso8601 utc";
    m.timeZone = "UTC";
    m.deviceColumn = "sensor.id";
    m.typeColumn = "sensor.sensor_type.name";
    m.latColumn = "location.latitude";
    m.lonColumn = "location.longitude";
    const JsonValue values = first.find("sensordatavalues");
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::string type(values.at(i).find("value_type").asString());
        const auto q = sensorCommunityValueType(type);
        if (!q)
            continue;
        bool seen = false;
        for (const ColumnMapping& c : m.columns)
            seen = seen || c.quantity == *q;
        if (!seen)
            m.columns.push_back(column(*q, type, conversionOf(*q)));
    }
    return m;
}

// An AirKorea answer whose header reports a failure, or nothing.
std::optional<Error> airKoreaFailure(const JsonArrayStream& stream, const std::string& path)
{
    for (const auto& [member, text] : stream.passedMembers()) {
        if (member != "response.header")
            continue;
        auto doc = JsonDocument::parse(text);
        if (!doc)
            return std::nullopt;
        const std::string code = scalarText(doc->root().find("resultCode"));
        if (code.empty() || code == "00")
            return std::nullopt;
        Error e = Error::make("airkorea_error",
                              "AirKorea answered resultCode " + code + ": " +
                                  scalarText(doc->root().find("resultMsg")),
                              "response.header.resultCode");
        e.at(path);
        return e;
    }
    return std::nullopt;
}

// The first bytes of a file, for a look at what it is.
std::string fileHead(const SensorSource& source)
{
    if (source.bytes)
        return std::string(source.bytes->substr(0, 4096));
    std::ifstream in(source.path, std::ios::binary);
    std::string head(4096, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return head;
}

Status openStream(JsonArrayStream& stream, const SensorSource& source,
                  const std::vector<std::string>& arrayPath)
{
    return source.bytes ? stream.openBytes(*source.bytes, source.path, arrayPath)
                        : stream.open(source.path, arrayPath);
}

// The XML error answer of the data.go.kr gateway (OpenAPI_ServiceResponse), or nothing.
std::optional<Error> xmlFailure(const SensorSource& source)
{
    const std::string& path = source.path;
    const std::string head = fileHead(source);
    std::size_t start = head.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    while (start < head.size() &&
           (head[start] == ' ' || head[start] == '\n' || head[start] == '\r' || head[start] == '\t'))
        ++start;
    if (start >= head.size() || head[start] != '<')
        return std::nullopt;
    auto element = [&](std::string_view name) {
        const std::string open = "<" + std::string(name) + ">";
        const std::size_t a = head.find(open);
        const std::size_t b = a == std::string::npos ? a : head.find('<', a + open.size());
        return b == std::string::npos ? std::string() : head.substr(a + open.size(), b - a - open.size());
    };
    Error e;
    if (head.find("OpenAPI_ServiceResponse") != std::string::npos) {
        std::string why = element("returnAuthMsg");
        if (why.empty())
            why = element("errMsg");
        e = Error::make("airkorea_error", "AirKorea answered with an XML error: " + why + " (code " +
                                              element("returnReasonCode") + ")");
    } else {
        e = Error::make("unknown_format", "the file is XML, not a JSON sensor file");
    }
    e.at(path);
    return e;
}

} // namespace

std::optional<Quantity> sensorCommunityValueType(std::string_view type)
{
    struct Known
    {
        std::string_view type;
        Quantity quantity;
    };
    static constexpr Known kKnown[] = {
        {"P1", Quantity::Pm10},
        {"P2", Quantity::Pm2_5},
        {"P0", Quantity::Pm1},
        {"P4", Quantity::Pm4},
        {"temperature", Quantity::Temperature},
        {"humidity", Quantity::Humidity},
        {"pressure", Quantity::Pressure},
        {"pressure_at_sealevel", Quantity::PressureSeaLevel},
        {"pressure_sealevel", Quantity::PressureSeaLevel},
        {"noise_LAeq", Quantity::NoiseLAeq},
        {"noise_LA_min", Quantity::NoiseLAmin},
        {"noise_LA_max", Quantity::NoiseLAmax},
    };
    for (const Known& k : kKnown)
        if (k.type == type)
            return k.quantity;
    return std::nullopt;
}

std::optional<std::int64_t> parseAirKoreaTime(std::string_view s)
{
    auto digits = [&](std::size_t pos, std::size_t n, int& out) {
        if (pos + n > s.size())
            return false;
        out = 0;
        for (std::size_t i = pos; i < pos + n; ++i) {
            if (s[i] < '0' || s[i] > '9')
                return false;
            out = out * 10 + (s[i] - '0');
        }
        return true;
    };
    int y, mo, d, h, mi, sec = 0;
    if ((s.size() != 16 && s.size() != 19) || !digits(0, 4, y) || s[4] != '-' || !digits(5, 2, mo) ||
        s[7] != '-' || !digits(8, 2, d) || s[10] != ' ' || !digits(11, 2, h) || s[13] != ':' ||
        !digits(14, 2, mi) || (s.size() == 19 && (s[16] != ':' || !digits(17, 2, sec))))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || sec > 59 || (h == 24 && (mi || sec)))
        return std::nullopt;
    char day[32]; // room for any int the format could print, not only four-digit years
    std::snprintf(day, sizeof day, "%04d-%02d-%02dT00:00:00", y, mo, d);
    const auto midnight = parseSensorTime(day);
    if (!midnight)
        return std::nullopt;
    return *midnight + h * 3600 + mi * 60 + sec - kKoreaOffset;
}

Result<FileMapping> detectJsonFormat(const std::string& path, SensorFormat format)
{
    return detectJsonFormat(SensorSource{path, std::nullopt}, format);
}

Result<FileMapping> detectJsonFormat(const SensorSource& source, SensorFormat format)
{
    const std::string& path = source.path;
    if (format != SensorFormat::Auto && format != SensorFormat::SensorCommunityJson &&
        format != SensorFormat::AirKorea)
        return Error::make("unknown_format", "not a JSON sensor format").at(path);
    if (auto xml = xmlFailure(source))
        return *xml;
    auto stream = std::make_unique<JsonArrayStream>();
    Status opened =
        openStream(*stream, source,
                   format == SensorFormat::SensorCommunityJson ? std::vector<std::string>{} : kAirKoreaItems);
    if (auto failure = airKoreaFailure(*stream, path))
        return *failure;
    bool airKorea = opened && stream->topLevelIsObject() && format != SensorFormat::SensorCommunityJson;
    if (!opened && opened.error().code == "missing_array" && format == SensorFormat::Auto) {
        // Not an AirKorea answer: a Sensor.Community dump wrapped in an object?
        stream = std::make_unique<JsonArrayStream>();
        opened = openStream(*stream, source, {});
        airKorea = false;
    }
    if (!opened && opened.error().code == "missing_array") {
        Error e = opened.error();
        e.code = "unknown_format";
        e.message =
            "neither a Sensor.Community array nor an AirKorea answer (response.body.items): " + e.message;
        return e;
    }
    if (!opened)
        return opened.error();
    if (format == SensorFormat::AirKorea && !airKorea)
        return Error::make("unknown_format", "an AirKorea answer is an object with response.body.items")
            .at(path, 1);
    JsonArrayStream::Element first;
    const auto next = stream->next(first);
    if (next == JsonArrayStream::Next::Failed)
        return stream->error();
    if (next == JsonArrayStream::Next::End ||
        (next == JsonArrayStream::Next::Truncated && first.text.empty()))
        return airKorea ? airKoreaMapping() : sensorCommunityMapping(JsonValue());
    auto doc = JsonDocument::parse(first.text);
    if (!doc) {
        Error e = doc.error();
        e.at(path, first.line + std::max(doc.error().line, 1L) - 1);
        return e;
    }
    const JsonValue record = doc->root();
    if (airKorea) {
        if (!record.find("dataTime").exists())
            return Error::make("unknown_format", "the first AirKorea item has no dataTime", "dataTime")
                .at(path, first.line);
        return airKoreaMapping();
    }
    if (!record.find("sensordatavalues").isArray())
        return Error::make("unknown_format",
                           "the first record is not a Sensor.Community measurement (no sensordatavalues)")
            .at(path, first.line);
    return sensorCommunityMapping(record);
}

Status readJsonRows(const std::string& path, const FileMapping& mapping, const JsonRowSink& sink,
                    const JsonProgress& progress)
{
    return readJsonRows(SensorSource{path, std::nullopt}, mapping, sink, progress);
}

Status readJsonRows(const SensorSource& source, const FileMapping& mapping, const JsonRowSink& sink,
                    const JsonProgress& progress)
{
    const std::string& path = source.path;
    const bool airKorea = mapping.format == SensorFormat::AirKorea;
    JsonArrayStream stream;
    const Status opened = openStream(stream, source, airKorea ? kAirKoreaItems : std::vector<std::string>{});
    if (auto failure = airKoreaFailure(stream, path))
        return *failure;
    if (!opened)
        return opened;
    const std::string fallbackId =
        mapping.deviceId.empty() ? std::filesystem::path(path).stem().string() : mapping.deviceId;
    JsonArrayStream::Element element;
    std::int64_t reported = 0;
    while (true) {
        if (progress && stream.bytesRead() - reported >= (1 << 20)) {
            reported = stream.bytesRead();
            progress(reported, stream.fileSize());
        }
        switch (stream.next(element)) {
        case JsonArrayStream::Next::End:
            if (progress)
                progress(stream.bytesRead(), stream.fileSize());
            return Status::success();
        case JsonArrayStream::Next::Failed:
            return stream.error();
        case JsonArrayStream::Next::Truncated: {
            Error e =
                Error::make("truncated_last_line",
                            element.text.empty() ? "the file ends before the array is closed"
                                                 : "the last record is cut short: the file ends inside it");
            e.at(path, element.line);
            sink(std::move(e), element.line);
            return Status::success();
        }
        case JsonArrayStream::Next::Element:
            break;
        }
        auto doc = JsonDocument::parse(element.text);
        if (!doc) {
            Error e = doc.error();
            const long line = element.line + std::max(doc.error().line, 1L) - 1;
            e.at(path, line);
            if (!sink(std::move(e), line))
                return Status::success();
            continue;
        }
        Result<ParsedRow> row =
            airKorea ? airKoreaRow(doc->root(), mapping, fallbackId) : sensorCommunityRow(doc->root());
        if (!row) {
            Error e = row.error();
            e.at(path, element.line);
            row = std::move(e);
        }
        if (!sink(std::move(row), element.line))
            return Status::success();
    }
}

} // namespace balgul::core::sensor
