#include "core/io/geojson.h"

#include "core/domain/category.h"
#include "core/io/io_support.h"
#include "core/io/json_reader.h"
#include "core/store/store.h"
#include "core/util/ids.h"
#include "core/util/text.h"

#include <array>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <unordered_set>

namespace balgul::core {

namespace {

/// Problems read from a file, with what is needed to point back at their features.
struct Features
{
    std::vector<Problem> problems;
    std::vector<long> lines; ///< line of each feature
};

struct Failure
{
    Error error;
};

constexpr std::array<std::string_view, 6> kAcceptedCrs{"urn:ogc:def:crs:OGC:1.3:CRS84",
                                                       "urn:ogc:def:crs:OGC::CRS84",
                                                       "urn:ogc:def:crs:EPSG::4326",
                                                       "EPSG:4326",
                                                       "OGC:CRS84",
                                                       "http://www.opengis.net/def/crs/OGC/1.3/CRS84"};

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = static_cast<char>(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

/// `text` in quotes for a message, cut to 60 characters (never inside one).
std::string quoted(std::string_view text)
{
    return "'" + shortened(text, 60) + "'";
}

class FeatureReader
{
public:
    FeatureReader(std::string fileName, std::string defaultAuthor)
        : m_file(std::move(fileName)), m_defaultAuthor(std::move(defaultAuthor))
    {}

    [[noreturn]] void fail(const char* code, std::string message, std::string field, long line) const
    {
        Error e = Error::make(code, std::move(message), std::move(field));
        e.at(m_file, line);
        throw Failure{std::move(e)};
    }

    Features read(const JsonDocument& doc)
    {
        const JsonValue root = doc.root();
        if (!root.isObject())
            fail("not_geojson",
                 "the file is JSON but not GeoJSON: expected an object, found " +
                     std::string(toString(root.type())),
                 {}, root.line());
        const JsonValue type = root.find("type");
        if (!type.isString())
            fail("not_geojson", "the file is JSON but not GeoJSON: it has no \"type\"", "type", root.line());
        if (type.asString() != "FeatureCollection")
            fail("not_feature_collection", "expected a FeatureCollection, found " + quoted(type.asString()),
                 "type", type.line());
        checkCrs(root.find("crs"));
        const JsonValue features = root.find("features");
        if (!features.exists())
            fail("missing_field", "the FeatureCollection has no \"features\"", "features", root.line());
        if (!features.isArray())
            fail("invalid_type", "\"features\" must be an array", "features", features.line());
        if (features.size() > kGeoJsonMaxFeatures)
            fail("too_many_features",
                 "the file has " + std::to_string(features.size()) + " features; at most " +
                     std::to_string(kGeoJsonMaxFeatures) + " can be imported at once",
                 "features", features.line());
        Features out;
        out.problems.reserve(features.size());
        out.lines.reserve(features.size());
        m_seenIds.reserve(features.size());
        for (std::size_t i = 0; i < features.size(); ++i) {
            out.problems.push_back(readFeature(features.at(i), i));
            out.lines.push_back(features.at(i).line());
        }
        return out;
    }

private:
    void checkCrs(const JsonValue& crs) const
    {
        if (!crs.exists() || crs.isNull())
            return;
        const JsonValue name = crs.find("properties").find("name");
        if (!name.isString())
            fail("unsupported_crs", "the \"crs\" has no name; only WGS 84 (EPSG:4326) can be imported",
                 "crs.properties.name", crs.line());
        for (const auto accepted : kAcceptedCrs)
            if (name.asString() == accepted)
                return;
        fail("unsupported_crs",
             "coordinates in " + quoted(name.asString()) +
                 " cannot be imported; save the layer in WGS 84 (EPSG:4326)",
             "crs.properties.name", name.line());
    }

    /// A text property, or nullopt when absent or null.
    std::optional<std::string_view> text(const JsonValue& props, std::string_view key,
                                         const std::string& prefix, std::string_view fieldName = {}) const
    {
        const JsonValue v = props.find(key);
        if (!v.exists() || v.isNull())
            return std::nullopt;
        if (!v.isString())
            fail("invalid_type",
                 std::string(fieldName.empty() ? key : fieldName) + " must be text, found " +
                     std::string(toString(v.type())),
                 prefix + std::string(key), v.line());
        if (const std::size_t at = findControlCharacter(v.asString()); at != std::string_view::npos)
            fail("invalid_text",
                 std::string(fieldName.empty() ? key : fieldName) + " contains the control character " +
                     codePointName(v.asString(), at) + ", which is not text",
                 prefix + std::string(key), v.line());
        return v.asString();
    }

    Problem readFeature(const JsonValue& f, std::size_t index)
    {
        const std::string prefix = "features[" + std::to_string(index) + "]";
        const std::string number = "feature " + std::to_string(index + 1);
        if (!f.isObject())
            fail("invalid_type", number + " is not an object", prefix, f.line());
        const JsonValue type = f.find("type");
        if (!type.isString() || type.asString() != "Feature")
            fail("invalid_feature", number + " does not have \"type\": \"Feature\"", prefix + ".type",
                 type.exists() ? type.line() : f.line());

        Problem p;
        readGeometry(f.find("geometry"), prefix, number, f.line(), p);

        const JsonValue props = f.find("properties");
        if (props.exists() && !props.isNull() && !props.isObject())
            fail("invalid_type", "properties must be an object", prefix + ".properties", props.line());
        const std::string pp = prefix + ".properties.";
        m_propertiesLine = props.isObject() ? props.line() : f.line();

        // QGIS layers often carry an integer id: only a UUID is kept, anything else gets a new id.
        if (const JsonValue id = props.find("id"); id.isString() && isUuid(id.asString()))
            p.id = std::string(id.asString());
        else if (const JsonValue fid = f.find("id"); fid.isString() && isUuid(fid.asString()))
            p.id = std::string(fid.asString());
        if (!p.id.empty() && !m_seenIds.insert(p.id).second)
            p.id.clear(); // the file repeats an id: the second gets a new one

        m_titleKey = props.find("title").exists() || !props.find("name").exists() ? "title" : "name";
        if (const auto v = text(props, m_titleKey, pp, "title"))
            p.title = std::string(*v);
        if (const auto v = text(props, "description", pp))
            p.description = std::string(*v);
        if (const auto v = text(props, "address", pp))
            p.address = std::string(*v);
        if (const auto v = text(props, "author", pp))
            p.author = std::string(*v);
        else
            p.author = m_defaultAuthor;
        if (const auto v = text(props, "category", pp))
            p.category = categoryCode(*v, pp + "category", props.find("category").line());
        if (const auto v = text(props, "status", pp))
            p.status = status(*v, pp + "status", props.find("status").line());
        if (const auto v = text(props, "created", pp))
            p.created = time(*v, pp + "created", props.find("created").line());
        if (const auto v = text(props, "updated", pp))
            p.updated = time(*v, pp + "updated", props.find("updated").line());
        if (p.updated < p.created)
            p.updated = p.created;

        if (const Status s = validateProblem(p); !s) {
            const Error& e = s.error();
            std::string field = pp + (e.field == "title" ? m_titleKey : e.field);
            long line = m_propertiesLine;
            if (e.field == "lat" || e.field == "lon") {
                field = m_coordinatesField + (e.field == "lat" ? "[1]" : "[0]");
                line = m_coordinatesLine;
            } else if (const JsonValue v = props.find(e.field == "title" ? m_titleKey : e.field);
                       v.exists()) {
                line = v.line();
            }
            fail(e.code.c_str(), number + ": " + e.message, field, line);
        }
        return p;
    }

    void readGeometry(const JsonValue& g, const std::string& prefix, const std::string& number,
                      long featureLine, Problem& p)
    {
        const std::string field = prefix + ".geometry";
        if (!g.exists() || g.isNull())
            fail("missing_geometry", number + " has no geometry; every problem needs a point on the map",
                 field, g.exists() ? g.line() : featureLine);
        if (!g.isObject())
            fail("invalid_type", "the geometry must be an object", field, g.line());
        const JsonValue type = g.find("type");
        JsonValue coords = g.find("coordinates");
        m_coordinatesField = field + ".coordinates";
        if (type.isString() && type.asString() == "MultiPoint") {
            if (!coords.isArray() || coords.size() != 1)
                fail("unsupported_geometry",
                     number + " is a MultiPoint of " + std::to_string(coords.size()) +
                         " points; only single points can be imported",
                     field + ".type", type.line());
            coords = coords.at(0);
            m_coordinatesField += "[0]";
        } else if (!type.isString() || type.asString() != "Point") {
            fail("unsupported_geometry",
                 number + " has " +
                     (type.isString() ? "the geometry type " + shortened(type.asString(), 40)
                                      : std::string("no geometry type")) +
                     "; only Point features can be imported",
                 field + ".type", type.exists() ? type.line() : g.line());
        }
        if (!coords.isArray() || coords.size() < 2 || coords.size() > 3 || !coords.at(0).isNumber() ||
            !coords.at(1).isNumber() || (coords.size() == 3 && !coords.at(2).isNumber()))
            fail("invalid_geometry", number + ": a point needs coordinates [longitude, latitude]",
                 m_coordinatesField, coords.exists() ? coords.line() : g.line());
        m_coordinatesLine = coords.line();
        p.lon = coords.at(0).asNumber();
        p.lat = coords.at(1).asNumber();
        if (std::abs(p.lon) > 180.0)
            fail("out_of_range", number + ": longitude " + formatNumber(p.lon) + " is outside -180…180",
                 m_coordinatesField + "[0]", coords.at(0).line());
        if (std::abs(p.lat) > 90.0)
            fail("out_of_range",
                 number + ": latitude " + formatNumber(p.lat) +
                     " is outside -90…90 (are longitude and latitude swapped?)",
                 m_coordinatesField + "[1]", coords.at(1).line());
    }

    std::string categoryCode(std::string_view value, const std::string& field, long line) const
    {
        for (const Category& c : defaultCategories())
            if (value == c.code || equalsIgnoringAsciiCase(value, c.nameEn) || value == c.nameKo ||
                equalsIgnoringAsciiCase(value, c.code))
                return std::string(c.code);
        fail("unknown_category",
             "unknown category " + quoted(value) + "; use a code such as air, energy or traffic", field,
             line);
    }

    ProblemStatus status(std::string_view value, const std::string& field, long line) const
    {
        std::string normal(value);
        for (char& c : normal) {
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
            if (c == ' ' || c == '-')
                c = '_';
        }
        if (const auto s = problemStatusFromString(normal))
            return *s;
        fail("invalid_value",
             "unknown status " + quoted(value) + "; use new, confirmed, in_progress, resolved or closed",
             field, line);
    }

    Timestamp time(std::string_view value, const std::string& field, long line) const
    {
        std::string normal(value.substr(0, 64));
        if (normal.size() >= 10 && normal[4] == '/' && normal[7] == '/') // GDAL's "2025/05/01 09:30:00"
            normal[4] = normal[7] = '-';
        if (const auto t = parseIso8601(normal))
            return *t;
        fail("invalid_time", "not a time like 2025-05-01T09:30:00Z: " + quoted(value), field, line);
    }

    std::string m_file;
    std::string m_defaultAuthor;
    long m_propertiesLine = 0;
    std::string m_titleKey = "title";
    std::string m_coordinatesField;
    long m_coordinatesLine = 0;
    std::unordered_set<std::string> m_seenIds;
};

Result<Features> readFeatures(std::string_view text, const std::string& fileName, const std::string& author)
{
    JsonLimits limits;
    auto doc = JsonDocument::parse(text, limits);
    if (!doc) {
        Error e = doc.error();
        if (const auto looks = describeNonText(text.substr(0, 4096))) {
            Error what = Error::make(looks->code, "the file looks like " + looks->looksLike);
            return what.at(fileName);
        }
        const auto first = text.find_first_not_of(" \t\r\n");
        if (e.code == "invalid_json" && first != std::string_view::npos && text[first] != '{' &&
            text[first] != '[' && text.substr(0, 3) != "\xEF\xBB\xBF")
            e.message = "the file is not JSON (" + e.message + ")";
        return e.at(fileName, e.line);
    }
    try {
        FeatureReader reader(fileName, author);
        return reader.read(*doc);
    } catch (Failure& failure) {
        return std::move(failure.error);
    }
}

Result<std::string> readFileLimited(const std::string& path, std::uintmax_t maxBytes)
{
    if (Status s = checkInputFile(path); !s)
        return s.error();
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return Error::make("read_failed", ec.message()).at(path);
    if (size > maxBytes)
        return Error::make("too_large", "the file is " + std::to_string(size >> 20) + " MiB; at most " +
                                            std::to_string(maxBytes >> 20) + " MiB can be imported")
            .at(path);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error::make("read_failed", "the file cannot be opened").at(path);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (static_cast<std::uintmax_t>(in.gcount()) != size)
        return Error::make("read_failed", "the file could not be read completely").at(path);
    return bytes;
}

} // namespace

Result<std::vector<Problem>> readGeoJsonProblems(std::string_view text, const std::string& fileName)
{
    auto features = readFeatures(text, fileName, {});
    if (!features)
        return features.error();
    return std::move(features->problems);
}

Result<ImportReport> importGeoJson(Store& store, const std::string& path)
{
    auto bytes = readFileLimited(path, kGeoJsonMaxFileBytes);
    if (!bytes)
        return bytes.error();
    auto features = readFeatures(*bytes, path, store.userName());
    if (!features)
        return features.error();
    bytes = std::string(); // free the text before the store work

    // Keep an id only when no row has it yet (deleted ones included: ids are never reused).
    try {
        auto exists = store.database().prepare("SELECT 1 FROM problems WHERE id = ?");
        for (Problem& p : features->problems) {
            if (p.id.empty())
                continue;
            exists.reset();
            exists.bind(1, p.id);
            if (exists.step())
                p.id.clear();
        }
    } catch (const SqlError& e) {
        return storeError(e, store.path(), "query_failed");
    }

    ImportReport report;
    report.features = features->problems.size();
    if (auto s = store.insertProblems(features->problems, /*queueOps=*/true); !s) {
        Error e = s.error();
        if (e.line >= 1 && static_cast<std::size_t>(e.line) <= features->lines.size()) {
            const auto index = static_cast<std::size_t>(e.line - 1);
            e.field =
                "features[" + std::to_string(index) + "]" + (e.field.empty() ? "" : ".properties." + e.field);
            return e.at(path, features->lines[index]);
        }
        return e.file.empty() ? e.at(path) : e; // a store failure names the store file
    }
    report.imported = features->problems.size();
    report.ids.reserve(features->problems.size());
    for (const Problem& p : features->problems)
        report.ids.push_back(p.id);
    return report;
}

} // namespace balgul::core
