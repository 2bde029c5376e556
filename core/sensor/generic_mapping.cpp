#include "core/sensor/generic_mapping.h"

#include "core/store/database.h"
#include "core/util/json_writer.h"
#include "core/util/text.h"
#include "core/util/time.h"
#include "core/util/time_zone.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>

namespace balgul::core::sensor {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

bool isPm(Quantity q)
{
    return q == Quantity::Pm1 || q == Quantity::Pm2_5 || q == Quantity::Pm4 || q == Quantity::Pm10;
}

Error invalid(const std::string& field, const std::string& message)
{
    return Error::make("invalid_mapping", message, field);
}

Result<std::string> stringMember(const Object::Ptr& o, const std::string& key, const std::string& field,
                                 bool required)
{
    if (!o->has(key) || o->isNull(key)) {
        if (required)
            return invalid(field, field + " is missing");
        return std::string();
    }
    const Poco::Dynamic::Var v = o->get(key);
    if (!v.isString())
        return invalid(field, field + " must be a string");
    return v.extract<std::string>();
}

Result<char> charMember(const Object::Ptr& o, const std::string& key, char fallback)
{
    auto s = stringMember(o, key, key, false);
    if (!s)
        return s.error();
    if (!o->has(key))
        return fallback;
    if (s->empty())
        return '\0';
    if (*s == "\\t" || *s == "tab")
        return '\t';
    if (s->size() != 1)
        return invalid(key, key + " must be one character");
    return (*s)[0];
}

bool digitsAt(std::string_view s, std::size_t& pos, int minDigits, int maxDigits, int& out)
{
    int n = 0;
    out = 0;
    while (n < maxDigits && pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
        out = out * 10 + (s[pos] - '0');
        ++pos;
        ++n;
    }
    return n >= minDigits;
}

} // namespace

std::optional<std::string> unitConversion(Quantity quantity, std::string_view unit)
{
    if (isPm(quantity)) {
        for (std::string_view u : {"µg/m³", "μg/m³", "ug/m³", "ug/m3", "µg/m3", "μg/m3"})
            if (unit == u)
                return std::string();
        return std::nullopt;
    }
    switch (quantity) {
    case Quantity::Temperature:
        if (unit == "°C" || unit == "C" || unit == "degC")
            return std::string();
        if (unit == "°F" || unit == "F" || unit == "degF")
            return std::string("°F→°C");
        return std::nullopt;
    case Quantity::Humidity:
        return unit == "%" ? std::optional<std::string>("") : std::nullopt;
    case Quantity::Pressure:
    case Quantity::PressureSeaLevel:
        if (unit == "hPa" || unit == "mbar")
            return std::string();
        if (unit == "Pa")
            return std::string("Pa→hPa");
        return std::nullopt;
    case Quantity::NoiseLAeq:
    case Quantity::NoiseLAmin:
    case Quantity::NoiseLAmax:
        return unit == "dB(A)" || unit == "dBA" ? std::optional<std::string>("") : std::nullopt;
    case Quantity::Co2:
        return unit == "ppm" ? std::optional<std::string>("") : std::nullopt;
    default:
        return std::nullopt;
    }
}

std::vector<std::string> unitsFor(Quantity quantity)
{
    if (isPm(quantity))
        return {"µg/m³"};
    switch (quantity) {
    case Quantity::Temperature:
        return {"°C", "°F"};
    case Quantity::Humidity:
        return {"%"};
    case Quantity::Pressure:
    case Quantity::PressureSeaLevel:
        return {"hPa", "mbar", "Pa"};
    case Quantity::Co2:
        return {"ppm"};
    default:
        return {"dB(A)"};
    }
}

bool isValidTimeFormat(std::string_view format)
{
    if (format == "iso8601" || format == "unix seconds" || format == "unix milliseconds")
        return true;
    bool y = false, m = false, d = false, h = false;
    for (std::size_t i = 0; i < format.size(); ++i) {
        if (format[i] != '%')
            continue;
        if (++i == format.size())
            return false;
        switch (format[i]) {
        case 'Y':
            y = true;
            break;
        case 'm':
            m = true;
            break;
        case 'd':
            d = true;
            break;
        case 'H':
            h = true;
            break;
        case 'M':
        case 'S':
        case '%':
            break;
        default:
            return false;
        }
    }
    return y && m && d && h;
}

std::optional<std::int64_t> parsePatternTime(std::string_view text, std::string_view pattern)
{
    int year = -1, month = -1, day = -1, hour = 0, minute = 0, second = 0;
    std::size_t pos = 0;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c != '%' || i + 1 == pattern.size()) {
            if (pos >= text.size() || text[pos] != c)
                return std::nullopt;
            ++pos;
            continue;
        }
        const char directive = pattern[++i];
        bool ok = true;
        switch (directive) {
        case 'Y':
            ok = digitsAt(text, pos, 4, 4, year);
            break;
        case 'm':
            ok = digitsAt(text, pos, 1, 2, month);
            break;
        case 'd':
            ok = digitsAt(text, pos, 1, 2, day);
            break;
        case 'H':
            ok = digitsAt(text, pos, 1, 2, hour);
            break;
        case 'M':
            ok = digitsAt(text, pos, 2, 2, minute);
            break;
        case 'S':
            ok = digitsAt(text, pos, 2, 2, second);
            if (ok && pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
                ++pos;
                int ignored = 0;
                ok = digitsAt(text, pos, 1, 9, ignored);
            }
            break;
        case '%':
            ok = pos < text.size() && text[pos++] == '%';
            break;
        default:
            return std::nullopt;
        }
        if (!ok)
            return std::nullopt;
    }
    if (pos != text.size() || year < 0 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 ||
        second > 60)
        return std::nullopt;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > (month == 2 && leap ? 29 : kDays[month - 1]))
        return std::nullopt;
    return daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400 +
           hour * 3600 + minute * 60 + second;
}

std::string GenericMapping::toJson() const
{
    std::string list = "[";
    for (const GenericColumn& c : values) {
        JsonObjectWriter w;
        w.add("column", c.column).add("quantity", toString(c.quantity)).add("unit", c.unit);
        list += (list.size() > 1 ? "," : "") + w.str();
    }
    list += "]";
    JsonObjectWriter w;
    w.add("timeColumn", timeColumn)
        .add("timeFormat", timeFormat)
        .add("timeZone", timeZone)
        .add("separator", separator ? std::string(1, separator) : std::string())
        .add("decimal", std::string(1, decimal))
        .addRaw("values", list)
        .add("latColumn", latColumn)
        .add("lonColumn", lonColumn)
        .add("deviceId", deviceId);
    return w.str();
}

Result<GenericMapping> GenericMapping::fromJson(std::string_view json)
{
    if (!isValidUtf8(json))
        return invalid({}, "the mapping is not valid UTF-8");
    Object::Ptr root;
    try {
        Poco::JSON::Parser parser;
        const Poco::Dynamic::Var v = parser.parse(std::string(json));
        if (v.type() != typeid(Object::Ptr))
            return invalid({}, "the mapping must be a JSON object");
        root = v.extract<Object::Ptr>();
    } catch (const Poco::Exception& e) {
        return invalid({}, "the mapping is not valid JSON: " + e.message());
    } catch (const std::exception& e) {
        return invalid({}, std::string("the mapping is not valid JSON: ") + e.what());
    }
    GenericMapping m;
    const std::pair<const char*, std::string*> strings[] = {
        {"timeColumn", &m.timeColumn}, {"latColumn", &m.latColumn},   {"lonColumn", &m.lonColumn},
        {"deviceId", &m.deviceId},     {"timeFormat", &m.timeFormat}, {"timeZone", &m.timeZone},
    };
    for (const auto& [key, target] : strings) {
        const bool required = std::string_view(key) == "timeColumn";
        auto s = stringMember(root, key, key, required);
        if (!s)
            return s.error();
        if (root->has(key) || required)
            *target = *s;
    }
    auto separator = charMember(root, "separator", 0);
    if (!separator)
        return separator.error();
    m.separator = *separator;
    auto decimal = charMember(root, "decimal", '.');
    if (!decimal)
        return decimal.error();
    if (*decimal != '.' && *decimal != ',')
        return invalid("decimal", "decimal must be '.' or ','");
    m.decimal = *decimal;
    if (!root->has("values") || root->get("values").type() != typeid(Array::Ptr))
        return invalid("values", "values must be an array");
    const Array::Ptr values = root->getArray("values");
    for (std::size_t i = 0; i < values->size(); ++i) {
        const std::string path = "values[" + std::to_string(i) + "]";
        if (values->get(static_cast<unsigned>(i)).type() != typeid(Object::Ptr))
            return invalid(path, path + " must be an object");
        const Object::Ptr o = values->getObject(static_cast<unsigned>(i));
        auto column = stringMember(o, "column", path + ".column", true);
        auto quantity = stringMember(o, "quantity", path + ".quantity", true);
        auto unit = stringMember(o, "unit", path + ".unit", false);
        for (const auto* r : {&column, &quantity, &unit})
            if (!*r)
                return r->error();
        const auto q = quantityFromString(*quantity);
        if (!q)
            return invalid(path + ".quantity", "'" + *quantity + "' is not a quantity");
        m.values.push_back({*column, *q, unit->empty() ? std::string(unitOf(*q)) : *unit});
    }
    return m;
}

Status GenericMapping::validate(const std::vector<std::string>& header) const
{
    auto has = [&](const std::string& c) {
        return std::find(header.begin(), header.end(), c) != header.end();
    };
    if (timeColumn.empty())
        return invalid("timeColumn", "choose the column that holds the time");
    if (!has(timeColumn))
        return Error::make("missing_column", "the file has no column '" + timeColumn + "'", timeColumn);
    if (!isValidTimeFormat(timeFormat))
        return Error::make("bad_time_format",
                           "'" + timeFormat +
                               "' is not a time format: use iso8601, unix seconds, unix milliseconds or a "
                               "pattern with %Y %m %d %H %M %S",
                           "timeFormat");
    if (!timeZone.empty()) {
        auto zone = TimeZone::load(timeZone);
        if (!zone)
            return Error::make("unknown_time_zone", "'" + timeZone + "' is not a time zone", "timeZone");
    }
    if (separator != 0 && separator != ',' && separator != ';' && separator != '\t' && separator != '|')
        return invalid("separator", "the separator must be ',', ';', tab or '|'");
    if (decimal != '.' && decimal != ',')
        return invalid("decimal", "the decimal mark must be '.' or ','");
    if (values.empty())
        return invalid("values", "choose at least one value column");
    for (const GenericColumn& c : values) {
        if (!has(c.column))
            return Error::make("missing_column", "the file has no column '" + c.column + "'", c.column);
        if (!unitConversion(c.quantity, c.unit))
            return Error::make("bad_unit",
                               "'" + c.unit + "' is not a unit of " + std::string(toString(c.quantity)),
                               c.column);
    }
    if (latColumn.empty() != lonColumn.empty())
        return invalid(latColumn.empty() ? "latColumn" : "lonColumn",
                       "choose both a latitude and a longitude column");
    for (const std::string* c : {&latColumn, &lonColumn})
        if (!c->empty() && !has(*c))
            return Error::make("missing_column", "the file has no column '" + *c + "'", *c);
    return {};
}

FileMapping toFileMapping(const GenericMapping& mapping, const std::string& fallbackDeviceId)
{
    FileMapping m;
    m.format = SensorFormat::Generic;
    m.source = "generic";
    m.timeColumn = mapping.timeColumn;
    m.timeFormat = mapping.timeFormat;
    m.timeZone = mapping.timeZone;
    m.deviceId = mapping.deviceId.empty() ? fallbackDeviceId : mapping.deviceId;
    m.latColumn = mapping.latColumn;
    m.lonColumn = mapping.lonColumn;
    m.positionsPerRow = !mapping.latColumn.empty();
    for (const GenericColumn& c : mapping.values)
        m.columns.push_back({c.quantity, {c.column}, unitConversion(c.quantity, c.unit).value_or(""), {}});
    return m;
}

PresetStore::PresetStore(Database& db) : m_db(db) {}

Status PresetStore::save(const std::string& name, const GenericMapping& mapping)
{
    if (name.empty())
        return invalid("name", "a preset needs a name");
    try {
        m_db.prepare("INSERT OR REPLACE INTO sensor_presets (name, mapping, updated) VALUES (?, ?, ?)")
            .bind(1, name)
            .bind(2, mapping.toJson())
            .bind(3, toUnixMs(now()))
            .run();
        return {};
    } catch (const SqlError& e) {
        return storeError(e, {});
    }
}

Result<std::vector<std::pair<std::string, GenericMapping>>> PresetStore::list()
{
    try {
        std::vector<std::pair<std::string, GenericMapping>> out;
        auto st = m_db.prepare("SELECT name, mapping FROM sensor_presets ORDER BY name");
        while (st.step()) {
            auto mapping = GenericMapping::fromJson(st.textView(1));
            if (!mapping) {
                Error e = mapping.error();
                e.message = "preset '" + st.text(0) + "': " + e.message;
                return e;
            }
            out.emplace_back(st.text(0), std::move(*mapping));
        }
        return out;
    } catch (const SqlError& e) {
        return storeError(e, {});
    }
}

Result<std::optional<GenericMapping>> PresetStore::find(const std::string& name)
{
    try {
        auto st = m_db.prepare("SELECT mapping FROM sensor_presets WHERE name = ?");
        st.bind(1, name);
        if (!st.step())
            return std::optional<GenericMapping>();
        auto mapping = GenericMapping::fromJson(st.textView(0));
        if (!mapping)
            return mapping.error();
        return std::optional<GenericMapping>(std::move(*mapping));
    } catch (const SqlError& e) {
        return storeError(e, {});
    }
}

Status PresetStore::remove(const std::string& name)
{
    try {
        m_db.prepare("DELETE FROM sensor_presets WHERE name = ?").bind(1, name).run();
        return {};
    } catch (const SqlError& e) {
        return storeError(e, {});
    }
}

} // namespace balgul::core::sensor
