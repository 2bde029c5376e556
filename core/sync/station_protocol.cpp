#include "core/sync/station_protocol.h"

#include "core/geo/grid_cell.h"

#include "core/sensor/observation.h"
#include "core/sync/json_bounds.h"
#include "core/sync/protocol.h"
#include "core/util/json_writer.h"
#include "core/util/text.h"
#include "core/util/time.h"

#include <Poco/Dynamic/Var.h>
#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>

#include <algorithm>
#include <cmath>

namespace balgul::core::sync {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

Error shape(const std::string& field, const std::string& message)
{
    return Error::make("invalid_field", field + " " + message, field);
}

Error value(const std::string& field, const std::string& message)
{
    return Error::make("invalid_value", field + " " + message, field);
}

std::string join(const std::string& path, const std::string& key)
{
    return path.empty() ? key : path + "." + key;
}

Result<std::string> text(const Object::Ptr& o, const std::string& key, const std::string& path, bool required,
                         std::size_t maxBytes)
{
    const std::string field = join(path, key);
    if (!o->has(key))
        return required ? Result<std::string>(shape(field, "is missing")) : std::string();
    const Poco::Dynamic::Var v = o->get(key);
    if (!v.isString())
        return shape(field, "must be a string");
    std::string s = v.extract<std::string>();
    if (s.size() > maxBytes)
        return value(field, "is longer than " + std::to_string(maxBytes) + " bytes");
    if (!isValidUtf8(s))
        return value(field, "is not valid UTF-8");
    return s;
}

Result<double> number(const Object::Ptr& o, const std::string& key, const std::string& path)
{
    const std::string field = join(path, key);
    if (!o->has(key))
        return shape(field, "is missing");
    const Poco::Dynamic::Var v = o->get(key);
    if (v.isBoolean() || !v.isNumeric())
        return shape(field, "must be a number");
    try {
        const double d = v.convert<double>();
        if (!std::isfinite(d))
            return value(field, "must be a finite number");
        return d;
    } catch (const Poco::Exception&) {
        return shape(field, "must be a number");
    }
}

Result<std::int64_t> integer(const Object::Ptr& o, const std::string& key, const std::string& path,
                             std::int64_t fallback, std::int64_t min, std::int64_t max)
{
    const std::string field = join(path, key);
    if (!o->has(key))
        return fallback;
    const Poco::Dynamic::Var v = o->get(key);
    if (v.isBoolean() || !v.isInteger())
        return shape(field, "must be a whole number");
    std::int64_t n = 0;
    try {
        n = v.convert<Poco::Int64>();
    } catch (const Poco::Exception&) {
        return value(field, "is out of range");
    }
    if (n < min || n > max)
        return value(field, "must be from " + std::to_string(min) + " to " + std::to_string(max));
    return n;
}

Result<std::int64_t> timeMember(const Object::Ptr& o, const std::string& key, const std::string& path)
{
    auto s = text(o, key, path, true, 64);
    if (!s)
        return s.error();
    const std::string field = join(path, key);
    const auto t = parseIso8601(*s);
    if (!t)
        return value(field, "is not an ISO 8601 time");
    const std::int64_t ms = toUnixMs(*t);
    if (ms % 1000 != 0)
        return value(field, "must be whole seconds");
    return ms / 1000;
}

Result<Array::Ptr> array(const Object::Ptr& o, const std::string& key, const std::string& path)
{
    const std::string field = join(path, key);
    if (!o->has(key))
        return shape(field, "is missing");
    Array::Ptr a = o->getArray(key);
    if (!a)
        return shape(field, "must be an array");
    return a;
}

std::string quoted(const std::string& s)
{
    return jsonQuote(s);
}

void appendStation(std::string& out, const StationInfo& s, bool withId)
{
    out += '{';
    if (withId)
        out += "\"id\":" + quoted(s.id) + ',';
    out += "\"name\":" + quoted(s.name);
    out += ",\"lat\":" + jsonNumber(s.lat);
    out += ",\"lon\":" + jsonNumber(s.lon);
    out += ",\"precision\":" + quoted(s.precision);
    out += ",\"sensor_type\":" + quoted(s.sensorType);
    out += ",\"mode\":" + quoted(s.mode);
    out += ",\"quantities\":[";
    for (std::size_t i = 0; i < s.quantities.size(); ++i)
        out += (i ? "," : "") + quoted(s.quantities[i]);
    out += ']';
    if (withId && !s.updated.empty())
        out += ",\"updated\":" + quoted(s.updated);
    if (withId && s.movedByHub)
        out += ",\"moved_by_hub\":true";
    out += '}';
}

void appendObservation(std::string& out, const StationObservation& o, bool answer)
{
    out += '{';
    if (answer)
        out += "\"seq\":" + std::to_string(o.seq) + ",\"kind\":" + quoted(o.kind) + ',';
    out += "\"quantity\":" + quoted(o.quantity);
    out += ",\"time\":" + quoted(isoSeconds(o.time));
    out += ",\"value\":" + jsonNumber(o.value);
    out += ",\"count\":" + std::to_string(o.count);
    out += ",\"flags\":" + std::to_string(o.flags);
    out += '}';
}

Result<StationObservation> decodeObservation(const Object::Ptr& item, const std::string& path, bool answer)
{
    StationObservation o;
    auto quantity = text(item, "quantity", path, true, 32);
    if (!quantity)
        return quantity.error();
    const auto q = sensor::quantityFromString(*quantity);
    if (!q)
        return value(join(path, "quantity"), "is not a known quantity: " + *quantity);
    o.quantity = *quantity;
    auto time = timeMember(item, "time", path);
    if (!time)
        return time.error();
    o.time = *time;
    auto v = number(item, "value", path);
    if (!v)
        return v.error();
    if (!sensor::isPlausible(*q, *v))
        return value(join(path, "value"),
                     "is not a plausible " + *quantity + " value in " + std::string(sensor::unitOf(*q)));
    o.value = *v;
    auto count = integer(item, "count", path, 1, 1, 100000000);
    if (!count)
        return count.error();
    o.count = *count;
    auto flags = integer(item, "flags", path, 0, 0, 255);
    if (!flags)
        return flags.error();
    o.flags = static_cast<int>(*flags);
    if (answer) {
        auto seq = integer(item, "seq", path, 0, 0, INT64_MAX);
        if (!seq)
            return seq.error();
        o.seq = *seq;
        auto kind = text(item, "kind", path, true, 16);
        if (!kind)
            return kind.error();
        o.kind = *kind;
    }
    return o;
}

} // namespace

bool isStationPrecision(std::string_view precision)
{
    return precision == "exact" || precision == "100m" || precision == "500m" || precision == "1km";
}

bool isStationMode(std::string_view mode)
{
    return mode == "hourly" || mode == "raw";
}

std::string isoSeconds(std::int64_t time)
{
    return toIso8601(fromUnixMs(time * 1000));
}

std::string encode(const StationInfo& station, bool withId)
{
    std::string out;
    appendStation(out, station, withId);
    return out;
}

std::string encodeObservations(const std::vector<StationObservation>& observations)
{
    std::string out = "{\"observations\":[";
    out.reserve(observations.size() * 96 + 32);
    for (std::size_t i = 0; i < observations.size(); ++i) {
        if (i)
            out += ',';
        appendObservation(out, observations[i], false);
    }
    out += "]}";
    return out;
}

std::string encode(const ObservationPage& page)
{
    std::string out = "{\"station\":" + quoted(page.station) + ",\"observations\":[";
    out.reserve(page.observations.size() * 128 + 64);
    for (std::size_t i = 0; i < page.observations.size(); ++i) {
        if (i)
            out += ',';
        appendObservation(out, page.observations[i], true);
    }
    out += "],\"next\":" + std::to_string(page.next) + ",\"more\":" + (page.more ? "true" : "false") + '}';
    return out;
}

std::string encode(const StationList& list)
{
    std::string out = "{\"stations\":[";
    for (std::size_t i = 0; i < list.stations.size(); ++i) {
        if (i)
            out += ',';
        appendStation(out, list.stations[i], true);
    }
    out += "],\"next\":" + quoted(list.next) + ",\"more\":" + (list.more ? "true" : "false") + '}';
    return out;
}

Result<StationInfo> decodeStationInfo(const Object::Ptr& o, const std::string& path)
{
    StationInfo s;
    if (o->has("id")) {
        auto id = text(o, "id", path, true, limits::kMaxIdLength);
        if (!id)
            return id.error();
        s.id = *id;
    }
    auto name = text(o, "name", path, false, station_limits::kMaxNameBytes);
    if (!name)
        return name.error();
    s.name = *name;
    auto lat = number(o, "lat", path);
    if (!lat)
        return lat.error();
    if (*lat < -90 || *lat > 90)
        return shape(join(path, "lat"), "must be within -90..90");
    auto lon = number(o, "lon", path);
    if (!lon)
        return lon.error();
    if (*lon < -180 || *lon > 180)
        return shape(join(path, "lon"), "must be within -180..180");
    s.lat = *lat;
    s.lon = *lon;
    auto precision = text(o, "precision", path, true, 16);
    if (!precision)
        return precision.error();
    if (!isStationPrecision(*precision))
        return value(join(path, "precision"), "must be exact, 100m, 500m or 1km");
    s.precision = *precision;
    // A place finer than the declared precision would publish more than its owner chose.
    if (!geo::isCellCentre(s.lat, s.lon, *geo::precisionFromString(s.precision)))
        return shape(join(path, "lat"), "is finer than the declared precision " + s.precision +
                                            ": a station is published at the centre of its grid cell");
    auto type = text(o, "sensor_type", path, false, station_limits::kMaxSensorTypeBytes);
    if (!type)
        return type.error();
    s.sensorType = *type;
    auto mode = text(o, "mode", path, true, 16);
    if (!mode)
        return mode.error();
    if (!isStationMode(*mode))
        return value(join(path, "mode"), "must be hourly or raw");
    s.mode = *mode;
    auto quantities = array(o, "quantities", path);
    if (!quantities)
        return quantities.error();
    const std::string qField = join(path, "quantities");
    if ((*quantities)->size() == 0)
        return value(qField, "must name at least one quantity");
    if ((*quantities)->size() > 32)
        return value(qField, "has more than 32 items");
    for (std::size_t i = 0; i < (*quantities)->size(); ++i) {
        const std::string field = qField + "[" + std::to_string(i) + "]";
        const Poco::Dynamic::Var v = (*quantities)->get(static_cast<unsigned>(i));
        if (!v.isString())
            return shape(field, "must be a string");
        const std::string word = v.extract<std::string>();
        if (!sensor::quantityFromString(word))
            return value(field, "is not a known quantity: " + word);
        if (std::find(s.quantities.begin(), s.quantities.end(), word) != s.quantities.end())
            return value(field, "repeats " + word);
        s.quantities.push_back(word);
    }
    if (o->has("updated")) {
        auto updated = text(o, "updated", path, false, 64);
        if (!updated)
            return updated.error();
        s.updated = *updated;
    }
    if (o->has("moved_by_hub")) {
        const Poco::Dynamic::Var moved = o->get("moved_by_hub");
        if (!moved.isBoolean())
            return shape(join(path, "moved_by_hub"), "must be true or false");
        s.movedByHub = moved.extract<bool>();
    }
    return s;
}

Result<StationInfo> decodeStationInfo(std::string_view json)
{
    auto o = parseBoundedObject(json, json_bounds::kSmallBody);
    if (!o)
        return o.error();
    return decodeStationInfo(*o);
}

Result<std::vector<StationObservation>> decodeObservations(std::string_view json)
{
    auto o = parseBoundedObject(json, json_bounds::kObservationBatch);
    if (!o)
        return o.error();
    auto items = array(*o, "observations", {});
    if (!items)
        return items.error();
    if ((*items)->size() > station_limits::kMaxObservationsPerBatch)
        return Error::make("too_large",
                           "at most " + std::to_string(station_limits::kMaxObservationsPerBatch) +
                               " observations per batch",
                           "observations");
    std::vector<StationObservation> out;
    out.reserve((*items)->size());
    for (std::size_t i = 0; i < (*items)->size(); ++i) {
        const std::string path = "observations[" + std::to_string(i) + "]";
        Object::Ptr item = (*items)->getObject(static_cast<unsigned>(i));
        if (!item)
            return shape(path, "must be an object");
        auto decoded = decodeObservation(item, path, false);
        if (!decoded)
            return decoded.error();
        out.push_back(std::move(*decoded));
    }
    return out;
}

Result<ObservationPage> decodeObservationPage(std::string_view json)
{
    auto o = parseObject(json);
    if (!o)
        return o.error();
    ObservationPage page;
    auto station = text(*o, "station", {}, true, limits::kMaxIdLength);
    if (!station)
        return station.error();
    page.station = *station;
    auto items = array(*o, "observations", {});
    if (!items)
        return items.error();
    for (std::size_t i = 0; i < (*items)->size(); ++i) {
        const std::string path = "observations[" + std::to_string(i) + "]";
        Object::Ptr item = (*items)->getObject(static_cast<unsigned>(i));
        if (!item)
            return shape(path, "must be an object");
        auto decoded = decodeObservation(item, path, true);
        if (!decoded)
            return decoded.error();
        page.observations.push_back(std::move(*decoded));
    }
    auto next = integer(*o, "next", {}, 0, 0, INT64_MAX);
    if (!next)
        return next.error();
    page.next = *next;
    page.more = (*o)->has("more") && (*o)->get("more").isBoolean() && (*o)->getValue<bool>("more");
    return page;
}

Result<StationList> decodeStationList(std::string_view json)
{
    auto o = parseObject(json);
    if (!o)
        return o.error();
    StationList list;
    auto items = array(*o, "stations", {});
    if (!items)
        return items.error();
    for (std::size_t i = 0; i < (*items)->size(); ++i) {
        const std::string path = "stations[" + std::to_string(i) + "]";
        Object::Ptr item = (*items)->getObject(static_cast<unsigned>(i));
        if (!item)
            return shape(path, "must be an object");
        auto decoded = decodeStationInfo(item, path);
        if (!decoded)
            return decoded.error();
        list.stations.push_back(std::move(*decoded));
    }
    auto next = text(*o, "next", {}, false, limits::kMaxIdLength);
    if (!next)
        return next.error();
    list.next = *next;
    list.more = (*o)->has("more") && (*o)->get("more").isBoolean() && (*o)->getValue<bool>("more");
    return list;
}

} // namespace balgul::core::sync
