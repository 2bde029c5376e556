#include "core/sensor/sensor_format.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace balgul::core::sensor {

namespace {

constexpr std::string_view kSensorCommunity = "sensor.community";
constexpr std::string_view kPurpleAir = "purpleair";
constexpr double kPurpleAirSentinel = -235;

int columnIndex(const std::vector<std::string>& header, std::string_view name)
{
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name)
            return static_cast<int>(i);
    return -1;
}

bool has(const std::vector<std::string>& header, std::string_view name)
{
    return columnIndex(header, name) >= 0;
}

std::string_view field(const std::vector<std::string>& header, const std::vector<std::string>& fields,
                       std::string_view name)
{
    const int i = columnIndex(header, name);
    return i >= 0 && static_cast<std::size_t>(i) < fields.size() ? std::string_view(fields[i])
                                                                 : std::string_view();
}

bool isMissing(std::string_view text)
{
    return text.empty() || text == "unavailable" || text == "nan" || text == "NaN" || text == "null" ||
           text == "-";
}

std::int64_t daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out)
{
    if (pos + n > s.size())
        return false;
    out = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

// Converts one value to the normalised unit and flags what cannot be real.
RowValue makeValue(Quantity q, std::string fieldName, std::string_view text, const std::string& conversion,
                   bool purpleAir)
{
    RowValue v;
    v.quantity = q;
    v.field = std::move(fieldName);
    if (isMissing(text))
        return v;
    const auto number = parseNumber(text);
    if (!number) {
        v.problem = "bad_number";
        v.detail = "'" + std::string(text) + "' is not a number";
        return v;
    }
    double value = *number;
    if (purpleAir && value == kPurpleAirSentinel) {
        v.value = value;
        v.flags = FlagSentinel;
        v.problem = "sentinel";
        v.detail = "-235 is PurpleAir's no-data code";
        return v;
    }
    if (conversion == "°F→°C")
        value = (value - 32.0) * 5.0 / 9.0;
    else if (conversion == "Pa→hPa")
        value /= 100.0;
    value = std::round(value * kValueScale) / kValueScale;
    v.value = value;
    if (!isPlausible(q, value)) {
        v.flags = FlagImpossible;
        v.problem = "impossible_value";
        v.detail = std::string(text) + " is not a possible " + std::string(toString(q)) + " value";
    }
    return v;
}

Result<FileMapping> mapSensorCommunity(const std::vector<std::string>& header)
{
    FileMapping m;
    m.format = SensorFormat::SensorCommunity;
    m.source = kSensorCommunity;
    m.timeColumn = "timestamp";
    m.timeFormat = "iso8601 utc";
    for (std::string_view required : {"sensor_id", "timestamp"})
        if (!has(header, required))
            return Error::make("missing_column", "the header has no '" + std::string(required) + "' column",
                               std::string(required));
    struct Known
    {
        std::string_view column;
        Quantity quantity;
        std::string_view conversion;
    };
    static constexpr Known kKnown[] = {
        {"P1", Quantity::Pm10, ""},
        {"P2", Quantity::Pm2_5, ""},
        {"P0", Quantity::Pm1, ""},
        {"P4", Quantity::Pm4, ""},
        {"temperature", Quantity::Temperature, ""},
        {"humidity", Quantity::Humidity, ""},
        {"pressure", Quantity::Pressure, "Pa→hPa"},
        {"pressure_sealevel", Quantity::PressureSeaLevel, "Pa→hPa"},
        {"noise_LAeq", Quantity::NoiseLAeq, ""},
        {"noise_LA_min", Quantity::NoiseLAmin, ""},
        {"noise_LA_max", Quantity::NoiseLAmax, ""},
    };
    for (const Known& k : kKnown)
        if (has(header, k.column))
            m.columns.push_back({k.quantity, {std::string(k.column)}, std::string(k.conversion)});
    if (m.columns.empty())
        return Error::make("missing_column", "the header names no measurement this importer knows");
    return m;
}

Result<FileMapping> mapPurpleAir(const std::vector<std::string>& header)
{
    FileMapping m;
    m.format = SensorFormat::PurpleAir;
    m.source = kPurpleAir;
    m.timeColumn = "time_stamp";
    m.timeFormat = "unix seconds or iso8601";
    if (!has(header, "time_stamp"))
        return Error::make("missing_column", "the header has no 'time_stamp' column", "time_stamp");
    // Channel pairs in order of preference: ATM is PurpleAir's ambient ("outdoor") correction.
    auto addPair = [&](Quantity q, std::initializer_list<std::string_view> stems) {
        for (std::string_view stem : stems) {
            const std::string a = std::string(stem) + "_a", b = std::string(stem) + "_b";
            if (has(header, a) && has(header, b)) {
                m.columns.push_back({q, {a, b}, ""});
                return;
            }
            for (const std::string& single : {std::string(stem), a, b})
                if (has(header, single)) {
                    m.columns.push_back({q, {single}, ""});
                    return;
                }
        }
    };
    addPair(Quantity::Pm2_5, {"pm2.5_atm", "pm2.5_cf_1", "pm2.5_alt", "pm2.5"});
    addPair(Quantity::Pm10, {"pm10.0_atm", "pm10.0_cf_1", "pm10.0"});
    addPair(Quantity::Pm1, {"pm1.0_atm", "pm1.0_cf_1", "pm1.0"});
    if (has(header, "temperature"))
        m.columns.push_back({Quantity::Temperature, {"temperature"}, "°F→°C"});
    if (has(header, "humidity"))
        m.columns.push_back({Quantity::Humidity, {"humidity"}, ""});
    if (has(header, "pressure"))
        m.columns.push_back({Quantity::Pressure, {"pressure"}, ""});
    if (m.columns.empty())
        return Error::make("missing_column", "the header names no measurement this importer knows");
    return m;
}

} // namespace

std::string_view toString(SensorFormat format)
{
    switch (format) {
    case SensorFormat::Auto:
        return "auto";
    case SensorFormat::SensorCommunity:
        return "sensor-community";
    case SensorFormat::PurpleAir:
        return "purpleair";
    }
    return "auto";
}

std::optional<SensorFormat> sensorFormatFromString(std::string_view word)
{
    for (SensorFormat f : {SensorFormat::Auto, SensorFormat::SensorCommunity, SensorFormat::PurpleAir})
        if (toString(f) == word)
            return f;
    return std::nullopt;
}

std::optional<double> parseNumber(std::string_view text)
{
    std::string buffer(text);
    std::replace(buffer.begin(), buffer.end(), ',', '.');
    const char* begin = buffer.data();
    const char* end = begin + buffer.size();
    if (begin != end && *begin == '+')
        ++begin;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end || begin == end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<std::int64_t> parseSensorTime(std::string_view s)
{
    if (!s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        if (s.size() > 12)
            return std::nullopt;
        std::int64_t v = 0;
        std::from_chars(s.data(), s.data() + s.size(), v);
        return v;
    }
    int y, mo, d, h, mi, sec;
    if (s.size() < 19 || !digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-' ||
        !digits(s, 8, 2, d) || (s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2, h) || s[13] != ':' ||
        !digits(s, 14, 2, mi) || s[16] != ':' || !digits(s, 17, 2, sec))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
        return std::nullopt;
    std::size_t pos = 19;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        const std::size_t start = pos;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9')
            ++pos;
        if (pos == start)
            return std::nullopt;
    }
    std::int64_t offset = 0;
    if (pos < s.size()) {
        if (s[pos] == 'Z' && pos + 1 == s.size()) {
            pos = s.size();
        } else if ((s[pos] == '+' || s[pos] == '-') && s.size() == pos + 6 && s[pos + 3] == ':') {
            int oh, om;
            if (!digits(s, pos + 1, 2, oh) || !digits(s, pos + 4, 2, om))
                return std::nullopt;
            offset = (oh * 3600 + om * 60) * (s[pos] == '-' ? -1 : 1);
        } else {
            return std::nullopt;
        }
    }
    return daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 + h * 3600 +
           mi * 60 + sec - offset;
}

Result<FileMapping> mapHeader(const std::vector<std::string>& header, SensorFormat format)
{
    if (format == SensorFormat::Auto) {
        if (has(header, "sensor_id") && has(header, "timestamp"))
            format = SensorFormat::SensorCommunity;
        else if (has(header, "time_stamp"))
            format = SensorFormat::PurpleAir;
        else
            return Error::make("unknown_format",
                               "the header is neither Sensor.Community (sensor_id;…;timestamp) nor PurpleAir "
                               "(time_stamp,…)");
    }
    return format == SensorFormat::SensorCommunity ? mapSensorCommunity(header) : mapPurpleAir(header);
}

Result<ParsedRow> parseRow(const FileMapping& mapping, const std::vector<std::string>& header,
                           const std::vector<std::string>& fields, const std::string& fallbackDeviceId)
{
    ParsedRow row;
    const bool purpleAir = mapping.format == SensorFormat::PurpleAir;
    const std::string_view timeText = field(header, fields, mapping.timeColumn);
    const auto time = parseSensorTime(timeText);
    if (!time)
        return Error::make("bad_time", "'" + std::string(timeText) + "' is not a time", mapping.timeColumn);
    row.time = *time;
    if (purpleAir) {
        std::string_view id = field(header, fields, "sensor_index");
        if (id.empty())
            id = field(header, fields, "id");
        row.deviceId = id.empty() ? fallbackDeviceId : std::string(id);
        row.sensorType = "PurpleAir";
    } else {
        row.deviceId = std::string(field(header, fields, "sensor_id"));
        row.sensorType = std::string(field(header, fields, "sensor_type"));
        row.lat = parseNumber(field(header, fields, "lat"));
        row.lon = parseNumber(field(header, fields, "lon"));
    }
    for (const ColumnMapping& c : mapping.columns) {
        if (c.columns.size() == 1) {
            row.values.push_back(makeValue(c.quantity, c.columns[0], field(header, fields, c.columns[0]),
                                           c.conversion, purpleAir));
            continue;
        }
        RowValue a =
            makeValue(c.quantity, c.columns[0], field(header, fields, c.columns[0]), c.conversion, true);
        RowValue b =
            makeValue(c.quantity, c.columns[1], field(header, fields, c.columns[1]), c.conversion, true);
        const bool aGood = a.value && a.flags == FlagNone;
        const bool bGood = b.value && b.flags == FlagNone;
        if (aGood && bGood) {
            RowValue both = a;
            both.field = c.columns[0] + "+" + c.columns[1];
            both.value = std::round((*a.value + *b.value) / 2 * kValueScale) / kValueScale;
            const double diff = std::abs(*a.value - *b.value);
            const double mean = (*a.value + *b.value) / 2;
            // The EPA's PurpleAir QA rule: channels differ by more than 5 µg/m³ and 70 %.
            if (diff > 5 && mean > 0 && diff / mean > 0.7) {
                both.flags |= FlagChannelDisagreement;
                both.problem = "channel_disagreement";
                both.detail = "channel a " + std::string(field(header, fields, c.columns[0])) +
                              ", channel b " + std::string(field(header, fields, c.columns[1]));
            }
            row.values.push_back(both);
        } else if (aGood || bGood) {
            RowValue one = aGood ? a : b;
            const RowValue& other = aGood ? b : a;
            if (!other.problem.empty()) { // report the bad channel, use the good one
                one.problem = other.problem;
                one.detail = other.field + ": " + other.detail;
            }
            row.values.push_back(one);
        } else {
            row.values.push_back(a.value || !a.problem.empty() ? a : b);
        }
    }
    return row;
}

} // namespace balgul::core::sensor
