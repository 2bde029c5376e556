#include "core/pilots/pilot_json.h"

#include "core/io/json_reader.h"
#include "core/util/ids.h"
#include "core/util/json_writer.h"
#include "core/util/text.h"

#include <Poco/JSON/Array.h>

#include <cmath>
#include <limits>

namespace balgul::core::pilots {

namespace {

Error invalid(const std::string& field, const std::string& message)
{
    return Error::make("invalid_field", field + ": " + message, field);
}

std::string coordinate(double value)
{
    return jsonNumber(std::round(value * 1e7) / 1e7);
}

/// Twice the ring's signed area in degrees² (positive: counter-clockwise).
double signedArea(const Ring& ring)
{
    double sum = 0;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const LatLon& a = ring[i];
        const LatLon& b = ring[(i + 1) % ring.size()];
        sum += a.lon * b.lat - b.lon * a.lat;
    }
    return sum;
}

/// Reads GeoJSON into rings, naming what is wrong with the path that leads to it.
class ZoneReader
{
public:
    explicit ZoneReader(long fallbackLine) : m_line(fallbackLine) {}

    Status object(const JsonValue& value, const std::string& at)
    {
        if (!value.isObject())
            return fail(value, at, "must be a GeoJSON object");
        const JsonValue type = value.find("type");
        if (!type.isString())
            return fail(value, join(at, "type"), "must say what the object is (Polygon, MultiPolygon, …)");
        const std::string_view t = type.asString();
        if (t == "FeatureCollection") {
            const JsonValue features = value.find("features");
            if (!features.isArray())
                return fail(value, join(at, "features"), "must be an array");
            for (std::size_t i = 0; i < features.size(); ++i)
                if (Status s = feature(features.at(i), join(at, "features") + "[" + std::to_string(i) + "]");
                    !s)
                    return s;
            return {};
        }
        if (t == "Feature")
            return feature(value, at);
        return geometry(value, at);
    }

    std::vector<Ring> rings;

private:
    static std::string join(const std::string& at, const char* key)
    {
        return at.empty() ? std::string(key) : at + "." + key;
    }

    Error fail(const JsonValue& value, const std::string& field, const std::string& message) const
    {
        Error e = invalid(field, message);
        e.line = value.exists() ? value.line() : m_line;
        return e;
    }

    Status feature(const JsonValue& value, const std::string& at)
    {
        if (!value.isObject() || !value.find("type").isString() || value.find("type").asString() != "Feature")
            return fail(value, at, "must be a GeoJSON Feature");
        const JsonValue g = value.find("geometry");
        if (!g.isObject())
            return fail(value, join(at, "geometry"), "a feature of a zone needs a Polygon or MultiPolygon");
        return geometry(g, join(at, "geometry"));
    }

    Status geometry(const JsonValue& value, const std::string& at)
    {
        const JsonValue type = value.find("type");
        const std::string_view t = type.isString() ? type.asString() : std::string_view();
        const JsonValue coordinates = value.find("coordinates");
        const std::string field = join(at, "coordinates");
        if (t == "Polygon") {
            if (!coordinates.isArray())
                return fail(value, field, "must be an array of rings");
            return polygon(coordinates, field);
        }
        if (t == "MultiPolygon") {
            if (!coordinates.isArray())
                return fail(value, field, "must be an array of polygons");
            for (std::size_t i = 0; i < coordinates.size(); ++i)
                if (Status s = polygon(coordinates.at(i), field + "[" + std::to_string(i) + "]"); !s)
                    return s;
            return {};
        }
        return fail(value, join(at, "type"),
                    "a zone is made of polygons (Polygon or MultiPolygon), not " +
                        (t.empty() ? std::string("this") : std::string(t)));
    }

    Status polygon(const JsonValue& value, const std::string& at)
    {
        if (!value.isArray() || value.size() == 0)
            return fail(value, at, "a polygon is an array holding its outline");
        if (value.size() > 1)
            return fail(value.at(1), at + "[1]", "a zone's polygon is its outline only; holes are not kept");
        if (rings.size() >= kZoneMaxPolygons)
            return fail(value, at, "a zone has at most " + std::to_string(kZoneMaxPolygons) + " polygons");
        const JsonValue outline = value.at(0);
        const std::string field = at + "[0]";
        if (!outline.isArray())
            return fail(value, field, "an outline is an array of [longitude, latitude] positions");
        if (outline.size() > kRingMaxVertices + 1)
            return fail(outline, field,
                        "a polygon has at most " + std::to_string(kRingMaxVertices) + " vertices");
        Ring ring;
        ring.reserve(outline.size());
        for (std::size_t i = 0; i < outline.size(); ++i) {
            const JsonValue p = outline.at(i);
            const std::string pf = field + "[" + std::to_string(i) + "]";
            if (!p.isArray() || p.size() < 2 || p.size() > 3 || !p.at(0).isNumber() || !p.at(1).isNumber())
                return fail(p, pf, "a position is [longitude, latitude]");
            const double lon = p.at(0).asNumber();
            const double lat = p.at(1).asNumber();
            if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90))
                return fail(p, pf, "not a place on the Earth (longitude first, then latitude)");
            ring.push_back({lat, lon});
        }
        if (ring.size() > 1 && ring.front().lat == ring.back().lat && ring.front().lon == ring.back().lon)
            ring.pop_back(); // GeoJSON closes its rings
        if (Status s = checkRing(ring, rings.size()); !s) {
            Error e = s.error();
            // Name the place in the file, keep the message about the polygon.
            e.message =
                field + ": " +
                e.message.substr(e.message.find(": ") == std::string::npos ? 0 : e.message.find(": ") + 2);
            e.field = field;
            e.line = outline.line();
            return e;
        }
        rings.push_back(std::move(ring));
        return {};
    }

    long m_line = 0;
};

double numberOr(const JsonValue& v, double fallback)
{
    return v.isNumber() ? v.asNumber() : fallback;
}

} // namespace

std::string zoneToGeoJson(const std::vector<Ring>& zone)
{
    std::string out = R"({"type":"MultiPolygon","coordinates":[)";
    for (std::size_t r = 0; r < zone.size(); ++r) {
        if (r > 0)
            out += ',';
        Ring ring = zone[r];
        if (signedArea(ring) < 0)
            std::reverse(ring.begin(), ring.end());
        out += "[[";
        for (std::size_t i = 0; i <= ring.size() && !ring.empty(); ++i) {
            const LatLon& p = ring[i % ring.size()];
            if (i > 0)
                out += ',';
            out += '[' + coordinate(p.lon) + ',' + coordinate(p.lat) + ']';
        }
        out += "]]";
    }
    out += "]}";
    return out;
}

Result<std::vector<Ring>> parseZone(std::string_view text, const std::string& fileName)
{
    JsonLimits limits;
    limits.maxDepth = 16;
    auto doc = JsonDocument::parse(text, limits);
    if (!doc) {
        Error e = doc.error();
        return fileName.empty() ? e : e.at(fileName, e.line);
    }
    ZoneReader reader(1);
    if (Status s = reader.object(doc->root(), {}); !s) {
        Error e = s.error();
        return fileName.empty() ? e : e.at(fileName, e.line);
    }
    if (reader.rings.empty()) {
        Error e = invalid("zone", "the file holds no polygon");
        return fileName.empty() ? e : e.at(fileName, 1);
    }
    return std::move(reader.rings);
}

std::string goalsToJson(const std::vector<Goal>& goals)
{
    std::string out = "[";
    for (std::size_t i = 0; i < goals.size(); ++i) {
        const Goal& g = goals[i];
        if (i > 0)
            out += ',';
        out += R"({"quantity":)" + jsonQuote(toString(g.quantity));
        if (!g.category.empty())
            out += R"(,"category":)" + jsonQuote(g.category);
        out += R"(,"statistic":)" + jsonQuote(toString(g.statistic));
        out += R"(,"direction":)" + jsonQuote(toString(g.direction));
        out += R"(,"target_percent":)" + jsonNumber(g.targetPercent) + '}';
    }
    out += ']';
    return out;
}

Result<std::vector<Goal>> parseGoals(std::string_view json)
{
    JsonLimits limits;
    limits.maxDepth = 4;
    auto doc = JsonDocument::parse(json, limits);
    if (!doc)
        return invalid("goals", "not a JSON array of goals (" + doc.error().message + ")");
    const JsonValue root = doc->root();
    if (!root.isArray())
        return invalid("goals", "must be an array of goals");
    if (root.size() > kPilotMaxGoals)
        return invalid("goals", "at most " + std::to_string(kPilotMaxGoals) + " goals");
    std::vector<Goal> goals;
    for (std::size_t i = 0; i < root.size(); ++i) {
        const JsonValue g = root.at(i);
        const std::string at = "goals[" + std::to_string(i) + "].";
        if (!g.isObject())
            return invalid("goals[" + std::to_string(i) + "]", "must be an object");
        for (std::size_t m = 0; m < g.size(); ++m) {
            const std::string_view key = g.keyAt(m);
            if (key != "quantity" && key != "category" && key != "statistic" && key != "direction" &&
                key != "target_percent")
                return invalid(at + std::string(key), "is not a field of a goal");
        }
        Goal goal;
        const auto text = [&](const char* key) {
            const JsonValue v = g.find(key);
            return v.isString() ? v.asString() : std::string_view();
        };
        const auto quantity = goalQuantityFromString(text("quantity"));
        if (!quantity)
            return invalid(at + "quantity", "one of pm25, pm10, noise, temperature, problem_count");
        const auto statistic = goalStatisticFromString(text("statistic"));
        if (!statistic)
            return invalid(at + "statistic", "one of mean_24h, daily_mean, count_per_week");
        const auto direction = goalDirectionFromString(text("direction"));
        if (!direction)
            return invalid(at + "direction", "decrease or increase");
        const JsonValue category = g.find("category");
        if (category.exists() && !category.isString())
            return invalid(at + "category", "must be a category code");
        goal.quantity = *quantity;
        goal.statistic = *statistic;
        goal.direction = *direction;
        goal.category = std::string(text("category"));
        goal.targetPercent = numberOr(g.find("target_percent"), std::numeric_limits<double>::quiet_NaN());
        if (Status s = checkGoal(goal, i); !s)
            return s.error();
        goals.push_back(std::move(goal));
    }
    return goals;
}

Poco::JSON::Object::Ptr pilotSyncFields(const PilotFields& pilot)
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("title", pilot.title);
    out->set("description", pilot.description);
    out->set("hypothesis", pilot.hypothesis);
    Poco::JSON::Array::Ptr problems = new Poco::JSON::Array;
    for (const std::string& id : pilot.problemIds)
        problems->add(id);
    out->set("problem_ids", problems);
    out->set("zone", zoneToGeoJson(pilot.zone));
    out->set("start", toString(pilot.start));
    out->set("end", toString(pilot.end));
    out->set("cost_krw", static_cast<Poco::Int64>(pilot.costKrw));
    out->set("goals", goalsToJson(pilot.goals));
    return out;
}

Result<PilotFields> pilotFromSyncFields(const Poco::JSON::Object& fields)
{
    PilotFields p;
    const auto text = [&](const char* name, std::string& target) -> Status {
        if (!fields.has(name))
            return {};
        const Poco::Dynamic::Var v = fields.get(name);
        if (!v.isString())
            return invalid(name, "must be a string");
        target = v.extract<std::string>();
        if (!isValidUtf8(target))
            return invalid(name, "is not valid UTF-8");
        return {};
    };
    for (auto [name, target] : {std::pair<const char*, std::string*>{"title", &p.title},
                                {"description", &p.description},
                                {"hypothesis", &p.hypothesis}})
        if (Status s = text(name, *target); !s)
            return s.error();
    if (hasControlCharacter(p.title, false))
        return invalid("title", "holds a control character");
    if (fields.has("problem_ids")) {
        const Poco::Dynamic::Var v = fields.get("problem_ids");
        Poco::JSON::Array::Ptr ids;
        try {
            ids = v.extract<Poco::JSON::Array::Ptr>();
        } catch (const Poco::Exception&) {
            return invalid("problem_ids", "must be an array of problem ids");
        }
        if (!ids || ids->size() > kPilotMaxProblems)
            return invalid("problem_ids", "at most " + std::to_string(kPilotMaxProblems) + " problems");
        for (std::size_t i = 0; i < ids->size(); ++i) {
            const Poco::Dynamic::Var id = ids->get(static_cast<unsigned>(i));
            if (!id.isString() || !isCanonicalUuid(id.extract<std::string>()))
                return invalid("problem_ids[" + std::to_string(i) + "]", "must be a UUID in lower case");
            const std::string s = id.extract<std::string>();
            for (const std::string& seen : p.problemIds)
                if (seen == s)
                    return invalid("problem_ids[" + std::to_string(i) + "]", "names a problem twice");
            p.problemIds.push_back(s);
        }
    }
    std::string zone;
    if (Status s = text("zone", zone); !s)
        return s.error();
    if (!zone.empty()) {
        if (zone.size() > kZoneTextMaxBytes)
            return invalid("zone", "at most " + std::to_string(kZoneTextMaxBytes) + " bytes of GeoJSON");
        auto rings = parseZone(zone);
        if (!rings) {
            Error e = rings.error();
            e.message = "zone: " + e.message;
            e.code = "invalid_field";
            e.field = "zone";
            e.line = 0;
            return e;
        }
        p.zone = std::move(*rings);
    }
    for (auto [name, target] : {std::pair<const char*, Date*>{"start", &p.start}, {"end", &p.end}}) {
        std::string day;
        if (Status s = text(name, day); !s)
            return s.error();
        if (day.empty())
            continue;
        const auto date = parseDate(day);
        if (!date)
            return invalid(name, "must be a date as YYYY-MM-DD");
        *target = *date;
    }
    if (fields.has("cost_krw")) {
        const Poco::Dynamic::Var v = fields.get("cost_krw");
        if (!v.isNumeric() || v.isBoolean() || !v.isInteger())
            return invalid("cost_krw", "must be a whole number of won");
        p.costKrw = v.convert<Poco::Int64>();
    }
    std::string goals;
    if (Status s = text("goals", goals); !s)
        return s.error();
    if (!goals.empty()) {
        auto parsed = parseGoals(goals);
        if (!parsed)
            return parsed.error();
        p.goals = std::move(*parsed);
    }
    if (Status s = checkPilot(p); !s)
        return s.error();
    return p;
}

} // namespace balgul::core::pilots
