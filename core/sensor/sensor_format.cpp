// Header detection and column mapping of the CSV formats people have (data-and-formats.md).

#include "core/sensor/sensor_format.h"

#include <algorithm>
#include <cctype>

namespace balgul::core::sensor {

namespace {

constexpr double kPurpleAirSentinel = -235;
constexpr double kAirGradientSentinel = -1000.99;
constexpr double kAirGradientMissing = -1;

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

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

bool contains(std::string_view text, std::string_view part)
{
    return text.find(part) != std::string_view::npos;
}

Error missing(std::string_view column)
{
    return Error::make("missing_column", "the header has no '" + std::string(column) + "' column",
                       std::string(column));
}

Result<FileMapping> mapSensorCommunity(const std::vector<std::string>& header)
{
    FileMapping m;
    m.format = SensorFormat::SensorCommunity;
    m.source = "sensor.community";
    m.timeColumn = "timestamp";
    m.timeFormat = "iso8601 utc";
    m.deviceColumn = "sensor_id";
    for (std::string_view required : {"sensor_id", "timestamp"})
        if (!has(header, required))
            return missing(required);
    if (has(header, "sensor_type"))
        m.typeColumn = "sensor_type";
    if (has(header, "lat") && has(header, "lon")) {
        m.latColumn = "lat";
        m.lonColumn = "lon";
    }
    struct Known
    {
        std::string_view column;
        Quantity quantity;
        std::string_view conversion;
    };
    // P1 = PM10, P2 = PM2.5, P0 = PM1, P4 = PM4 (SPS30); BME280 pressure in Pa.
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
            m.columns.push_back({k.quantity, {std::string(k.column)}, std::string(k.conversion), {}});
    if (m.columns.empty())
        return Error::make("missing_column", "the header names no measurement this importer knows");
    return m;
}

Result<FileMapping> mapPurpleAir(const std::vector<std::string>& header)
{
    FileMapping m;
    m.format = SensorFormat::PurpleAir;
    m.source = "purpleair";
    m.timeColumn = "time_stamp";
    m.timeFormat = "unix seconds or iso8601";
    m.sensorType = "PurpleAir";
    if (!has(header, "time_stamp"))
        return missing("time_stamp");
    if (has(header, "sensor_index"))
        m.deviceColumn = "sensor_index";
    else if (has(header, "id"))
        m.deviceColumn = "id";
    const std::vector<double> sentinel{kPurpleAirSentinel};
    // Channel pairs in order of preference: ATM is PurpleAir's ambient ("outdoor") correction.
    auto addPair = [&](Quantity q, std::initializer_list<std::string_view> stems) {
        for (std::string_view stem : stems) {
            const std::string a = std::string(stem) + "_a", b = std::string(stem) + "_b";
            if (has(header, a) && has(header, b)) {
                m.columns.push_back({q, {a, b}, "", sentinel});
                return;
            }
            for (const std::string& single : {std::string(stem), a, b})
                if (has(header, single)) {
                    m.columns.push_back({q, {single}, "", sentinel});
                    return;
                }
        }
    };
    addPair(Quantity::Pm2_5, {"pm2.5_atm", "pm2.5_cf_1", "pm2.5_alt", "pm2.5"});
    addPair(Quantity::Pm10, {"pm10.0_atm", "pm10.0_cf_1", "pm10.0"});
    addPair(Quantity::Pm1, {"pm1.0_atm", "pm1.0_cf_1", "pm1.0"});
    if (has(header, "temperature"))
        m.columns.push_back({Quantity::Temperature, {"temperature"}, "°F→°C", sentinel});
    if (has(header, "humidity"))
        m.columns.push_back({Quantity::Humidity, {"humidity"}, "", sentinel});
    if (has(header, "pressure"))
        m.columns.push_back({Quantity::Pressure, {"pressure"}, "", sentinel});
    if (m.columns.empty())
        return Error::make("missing_column", "the header names no measurement this importer knows");
    return m;
}

/// The quantity a vendor's column name starts with ("PM2.5 (μg/m³) corrected", "PM2.5, ug/m³").
std::optional<Quantity> quantityOfLabel(std::string_view lowerName)
{
    if (contains(lowerName, "aqi") || contains(lowerName, "count") || contains(lowerName, "index"))
        return std::nullopt;
    if (startsWith(lowerName, "pm2.5") || startsWith(lowerName, "pm 2.5") || startsWith(lowerName, "pm25"))
        return Quantity::Pm2_5;
    if (startsWith(lowerName, "pm10"))
        return Quantity::Pm10;
    if (startsWith(lowerName, "pm1"))
        return Quantity::Pm1;
    if (startsWith(lowerName, "co2"))
        return Quantity::Co2;
    if (startsWith(lowerName, "temperature"))
        return Quantity::Temperature;
    if (startsWith(lowerName, "humidity"))
        return Quantity::Humidity;
    if (startsWith(lowerName, "pressure"))
        return Quantity::Pressure;
    return std::nullopt;
}

/// "°F→°C" for Fahrenheit labels, "Pa→hPa" for a pressure in Pa, else "".
std::string conversionOfLabel(Quantity q, std::string_view name)
{
    if (q == Quantity::Temperature &&
        (contains(name, "°F") || contains(name, "(F)") || contains(name, ", F")))
        return "°F→°C";
    if (q == Quantity::Pressure && (contains(name, "(Pa)") || contains(name, ", Pa")))
        return "Pa→hPa";
    return "";
}

/// Columns of a vendor export by their labels; for each quantity the "corrected" column wins over a
/// plain one, which wins over "raw".
std::vector<ColumnMapping> mapLabels(const std::vector<std::string>& header, std::vector<double> sentinels,
                                     bool keepMinusOneForTemperature)
{
    std::vector<ColumnMapping> out;
    std::vector<int> rank;
    for (const std::string& name : header) {
        const std::string l = lower(name);
        const auto q = quantityOfLabel(l);
        if (!q)
            continue;
        const int r = contains(l, "corrected") ? 3 : (contains(l, "raw") ? 1 : 2);
        std::vector<double> s = sentinels;
        if (keepMinusOneForTemperature && *q == Quantity::Temperature)
            s.erase(std::remove(s.begin(), s.end(), kAirGradientMissing), s.end());
        ColumnMapping c{*q, {name}, conversionOfLabel(*q, name), std::move(s)};
        auto same =
            std::find_if(out.begin(), out.end(), [&](const ColumnMapping& m) { return m.quantity == *q; });
        if (same == out.end()) {
            out.push_back(std::move(c));
            rank.push_back(r);
        } else if (r > rank[static_cast<std::size_t>(same - out.begin())]) {
            rank[static_cast<std::size_t>(same - out.begin())] = r;
            *same = std::move(c);
        }
    }
    return out;
}

Result<FileMapping> mapAirGradient(const std::vector<std::string>& header)
{
    FileMapping m;
    m.format = SensorFormat::AirGradient;
    m.source = "airgradient";
    m.timeColumn = "UTC Date/Time";
    m.timeFormat = "iso8601 utc";
    m.sensorType = "AirGradient";
    if (!has(header, m.timeColumn))
        return missing(m.timeColumn);
    for (std::string_view id : {"Sensor ID", "Location ID"})
        if (has(header, id)) {
            m.deviceColumn = std::string(id);
            break;
        }
    // -1000.99 and -1 are AirGradient's no-data codes; -1 °C can be a real temperature.
    m.columns = mapLabels(header, {kAirGradientSentinel, kAirGradientMissing}, true);
    if (m.columns.empty())
        return Error::make("missing_column", "the header names no measurement this importer knows");
    return m;
}

// Atmotube's CSV export as published with a sample file in the trek-view/basecamp blog post
// "Converting CSV files to KML": Date,"VOC, ppm",AQS,"Temperature, °C","Humidity, %","Pressure, mbar",
// "PM1, ug/m³","PM2.5, ug/m³","PM10, ug/m³",Latitude,Longitude with local dates like
// 2021-03-14 10:38:00 (other exports write ug/m3 and 2023/05/01 14:30:00; both are read).
Result<FileMapping> mapAtmotube(const std::vector<std::string>& header)
{
    FileMapping m;
    m.format = SensorFormat::Atmotube;
    m.source = "atmotube";
    m.timeColumn = "Date";
    m.timeFormat = "iso8601 local";
    m.sensorType = "Atmotube";
    if (!has(header, "Date"))
        return missing("Date");
    m.columns = mapLabels(header, {}, false);
    if (has(header, "Latitude") && has(header, "Longitude")) {
        m.latColumn = "Latitude";
        m.lonColumn = "Longitude";
        m.positionsPerRow = true;
    }
    if (m.columns.empty())
        return Error::make("missing_column", "the header names no measurement this importer knows");
    return m;
}

bool looksLikeAtmotube(const std::vector<std::string>& header)
{
    if (!has(header, "Date"))
        return false;
    return std::any_of(header.begin(), header.end(), [](const std::string& h) {
        const std::string l = lower(h);
        return startsWith(l, "pm2.5,") || startsWith(l, "voc,") || l == "aqs";
    });
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
    case SensorFormat::SensorCommunityJson:
        return "sensor-community-json";
    case SensorFormat::AirGradient:
        return "airgradient";
    case SensorFormat::Atmotube:
        return "atmotube";
    case SensorFormat::AirKorea:
        return "airkorea";
    case SensorFormat::Generic:
        return "generic";
    }
    return "auto";
}

std::optional<SensorFormat> sensorFormatFromString(std::string_view word)
{
    for (SensorFormat f : {SensorFormat::Auto, SensorFormat::SensorCommunity, SensorFormat::PurpleAir,
                           SensorFormat::SensorCommunityJson, SensorFormat::AirGradient,
                           SensorFormat::Atmotube, SensorFormat::AirKorea, SensorFormat::Generic})
        if (toString(f) == word)
            return f;
    return std::nullopt;
}

Result<FileMapping> mapHeader(const std::vector<std::string>& header, SensorFormat format)
{
    if (format == SensorFormat::Auto) {
        if (has(header, "sensor_id") && has(header, "timestamp"))
            format = SensorFormat::SensorCommunity;
        else if (has(header, "time_stamp"))
            format = SensorFormat::PurpleAir;
        else if (has(header, "UTC Date/Time"))
            format = SensorFormat::AirGradient;
        else if (looksLikeAtmotube(header))
            format = SensorFormat::Atmotube;
        else
            return Error::make("unknown_format",
                               "the header matches none of the known formats: Sensor.Community CSV "
                               "(sensor_id;…;timestamp;…), PurpleAir (time_stamp,…), AirGradient (UTC "
                               "Date/Time,…), Atmotube (Date,\"PM2.5, ug/m³\",…), Sensor.Community JSON and "
                               "AirKorea JSON (.json); import it as generic CSV with a mapping");
    }
    switch (format) {
    case SensorFormat::SensorCommunity:
        return mapSensorCommunity(header);
    case SensorFormat::PurpleAir:
        return mapPurpleAir(header);
    case SensorFormat::AirGradient:
        return mapAirGradient(header);
    case SensorFormat::Atmotube:
        return mapAtmotube(header);
    default:
        return Error::make("unknown_format",
                           "the format " + std::string(toString(format)) + " is not a CSV header format");
    }
}

} // namespace balgul::core::sensor
