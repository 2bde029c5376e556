#include "core/io/geojson.h"

#include "core/domain/category.h"
#include "core/io/io_support.h"
#include "core/io/json_reader.h"
#include "core/store/bulk_writer.h"
#include "core/store/store.h"
#include "core/util/batch_queue.h"
#include "core/util/ids.h"
#include "core/util/progress.h"
#include "core/util/text.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <unordered_set>

namespace balgul::core {

namespace {

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
    std::string out(1, '\'');
    out += shortened(text, 60);
    out += '\'';
    return out;
}

class FeatureReader
{
public:
    /// `dedupeIds`: a repeated id is left empty here (an import leaves that to the store, which
    /// also knows the ids taken before).
    FeatureReader(std::string fileName, std::string defaultAuthor, bool dedupeIds)
        : m_file(std::move(fileName)), m_defaultAuthor(std::move(defaultAuthor)), m_dedupeIds(dedupeIds)
    {}

    [[noreturn]] void fail(const char* code, std::string message, std::string field, long line) const
    {
        Error e = Error::make(code, std::move(message), std::move(field));
        e.at(m_file, line);
        throw Failure{std::move(e)};
    }

    /// The collection around the features: checked once the whole file is read (its members may come
    /// in any order), `features` of them read one by one meanwhile.
    void checkCollection(const JsonValue& root, std::size_t features) const
    {
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
        const JsonValue list = root.find("features");
        if (!list.exists())
            fail("missing_field", "the FeatureCollection has no \"features\"", "features", root.line());
        if (!list.isArray())
            fail("invalid_type", "\"features\" must be an array", "features", list.line());
        if (features > kGeoJsonMaxFeatures)
            fail("too_many_features",
                 "the file has " + std::to_string(features) + " features; at most " +
                     std::to_string(kGeoJsonMaxFeatures) + " can be imported at once",
                 "features", list.line());
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

public:
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
        if (m_dedupeIds && !p.id.empty() && !m_seenIds.insert(p.id).second)
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

private:
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
    bool m_dedupeIds = true;
    long m_propertiesLine = 0;
    std::string m_titleKey = "title";
    std::string m_coordinatesField;
    long m_coordinatesLine = 0;
    std::unordered_set<std::string> m_seenIds;
};

/// Hands a text over in pieces to the JSON reader, keeping its first bytes (what a file that is
/// not JSON looks like) and counting what it handed over.
class Reader
{
public:
    explicit Reader(JsonReadFunction read) : m_read(std::move(read)) {}

    std::ptrdiff_t operator()(char* buffer, std::size_t capacity)
    {
        const std::ptrdiff_t got = m_read(buffer, capacity);
        if (got > 0) {
            if (m_head.size() < kHeadBytes)
                m_head.append(buffer, std::min(static_cast<std::size_t>(got), kHeadBytes - m_head.size()));
            m_bytes.fetch_add(got, std::memory_order_relaxed);
        }
        return got;
    }
    const std::string& head() const { return m_head; }
    /// Read so far; may be asked from another thread than the one reading.
    std::int64_t bytes() const { return m_bytes.load(std::memory_order_relaxed); }

private:
    static constexpr std::size_t kHeadBytes = 4096;
    JsonReadFunction m_read;
    std::string m_head;
    std::atomic<std::int64_t> m_bytes = 0;
};

/// What is done with each feature read: the problem, its index and its line. A failure stops the
/// reading and is the collection's result.
using TakeFeature = std::function<Status(Problem& problem, std::size_t index, long line)>;

/// Reads a FeatureCollection feature by feature in bounded memory and hands each problem to `take`.
/// The errors are those of reading the whole file first, in the same order: broken JSON anywhere,
/// then the collection itself (type, crs, features), then the first bad feature; a failed `take`
/// or a cancel (`keepGoing` false, asked every few hundred features) stops at once.
Status readCollection(Reader& reader, const std::string& fileName, const std::string& author, bool dedupeIds,
                      const TakeFeature& take, const std::function<bool(std::size_t features)>& keepGoing)
{
    FeatureReader features(fileName, author, dedupeIds);
    std::optional<Error> badFeature; // the first bad feature; the rest is still read for broken JSON
    std::optional<Error> stopped;    // a failed take or a cancel
    std::size_t count = 0;
    JsonStreamedArray streamed{{"features"}, [&](const JsonValue& f, std::size_t index) {
                                   ++count;
                                   if (!badFeature && count <= kGeoJsonMaxFeatures) {
                                       try {
                                           Problem p = features.readFeature(f, index);
                                           if (Status s = take(p, index, f.line()); !s) {
                                               stopped = s.error();
                                               return false;
                                           }
                                       } catch (Failure& failure) {
                                           badFeature = std::move(failure.error);
                                       }
                                   }
                                   if (keepGoing && count % 256 == 0 && !keepGoing(count)) {
                                       stopped =
                                           Error::make("cancelled", "the import was cancelled").at(fileName);
                                       return false;
                                   }
                                   return true;
                               }};
    const JsonReadFunction read = [&reader](char* buffer, std::size_t capacity) {
        return reader(buffer, capacity);
    };
    auto doc = JsonDocument::stream(read, streamed);
    if (stopped)
        return *stopped;
    if (!doc) {
        Error e = doc.error();
        const std::string_view head = reader.head();
        if (e.code == "read_failed")
            return e.at(fileName);
        if (const auto looks = describeNonText(head)) {
            Error what = Error::make(looks->code, "the file looks like " + looks->looksLike);
            return what.at(fileName);
        }
        const auto first = head.find_first_not_of(" \t\r\n");
        if (e.code == "invalid_json" && first != std::string_view::npos && head[first] != '{' &&
            head[first] != '[' && head.substr(0, 3) != "\xEF\xBB\xBF")
            e.message = "the file is not JSON (" + e.message + ")";
        return e.at(fileName, e.line);
    }
    try {
        features.checkCollection(doc->root(), count);
    } catch (Failure& failure) {
        return std::move(failure.error);
    }
    if (badFeature)
        return *badFeature;
    return {};
}

/// Features handed from the thread that reads the file to the one that writes them, a batch at a
/// time; at most a few batches wait, so memory stays bounded whatever the file's size.
class FeatureQueue
{
public:
    struct Feature
    {
        PreparedProblem prepared;
        std::size_t index = 0;
        long line = 0;
    };

    /// From the reader: false once the writer stopped (the reading stops too).
    bool put(Feature feature)
    {
        m_filling.push_back(std::move(feature));
        if (m_filling.size() < kBatch)
            return true;
        m_written.free();
        return m_batches.put(std::exchange(m_filling, {}));
    }
    /// From the reader, at its end: what reading the file came to.
    void finish(Status result)
    {
        if (!m_filling.empty())
            m_batches.put(std::exchange(m_filling, {})); // dropped when the writer stopped
        m_result = std::move(result);
        m_batches.finish();
    }
    /// From the writer: the next batch; empty once the reader finished and everything was taken.
    std::vector<Feature> take() { return m_batches.take().value_or(std::vector<Feature>{}); }
    /// From the writer: a batch it wrote, freed by the reader.
    void written(std::vector<Feature> batch) { m_written.giveBack(std::move(batch)); }
    /// From the writer: it stops taking; a reader waiting for room goes on and stops at its next put.
    void stop() { m_batches.stop(); }
    /// After the reader finished.
    const Status& result() const { return m_result; }

private:
    static constexpr std::size_t kBatch = 256;
    static constexpr std::size_t kMaxBatches = 16;

    std::vector<Feature> m_filling; ///< the reader's own
    SpentBatches<std::vector<Feature>> m_written;
    BatchQueue<std::vector<Feature>> m_batches{kMaxBatches};
    Status m_result; ///< the reader's, read once it finished
};

/// A file's bytes a chunk at a time (-1 when reading fails).
JsonReadFunction fileReader(std::FILE* file)
{
    return [file](char* buffer, std::size_t capacity) -> std::ptrdiff_t {
        const std::size_t got = std::fread(buffer, 1, capacity, file);
        if (got == 0 && std::ferror(file))
            return -1;
        return static_cast<std::ptrdiff_t>(got);
    };
}

} // namespace

Result<std::vector<Problem>> readGeoJsonProblems(std::string_view text, const std::string& fileName)
{
    std::size_t at = 0;
    Reader reader([&](char* buffer, std::size_t capacity) {
        const std::size_t n = std::min(capacity, text.size() - at);
        std::copy_n(text.data() + at, n, buffer);
        at += n;
        return static_cast<std::ptrdiff_t>(n);
    });
    std::vector<Problem> problems;
    const Status s = readCollection(reader, fileName, {}, /*dedupeIds=*/true,
                                    [&](Problem& p, std::size_t, long) {
                                        problems.push_back(std::move(p));
                                        return Status::success();
                                    },
                                    {});
    if (!s)
        return s.error();
    return problems;
}

Result<ImportReport> importGeoJson(Store& store, const std::string& path, const GeoJsonImportOptions& options)
{
    if (Status s = checkInputFile(path); !s)
        return s.error();
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return Error::make("read_failed", ec.message()).at(path);
    if (size > kGeoJsonMaxFileBytes)
        return Error::make("too_large", "the file is " + std::to_string(size >> 20) + " MiB; at most " +
                                            std::to_string(kGeoJsonMaxFileBytes >> 20) +
                                            " MiB can be imported")
            .at(path);
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file)
        return Error::make("read_failed", "the file cannot be opened").at(path);

    // One transaction for the whole file: any bad feature, a cancel or a failure and nothing changes.
    auto begun = BulkWriter::begin(store, {.queueOps = true, .progress = options.progress});
    if (!begun)
        return begun.error();
    BulkWriter& writer = **begun;
    ImportReport report;
    Reader reader(fileReader(file.get()));
    const auto take = [&](PreparedProblem& prepared, std::size_t index, long line) -> Status {
        // Keep an id only when no row has it yet (removed ones included: ids are never reused), nor an
        // earlier feature of the file.
        if (Status s = writer.addPrepared(prepared, /*keepIdIfFree=*/true); !s) {
            Error e = s.error();
            if (!e.file.empty())
                return e; // a store failure names the store file
            e.field =
                "features[" + std::to_string(index) + "]" + (e.field.empty() ? "" : ".properties." + e.field);
            return e.at(path, line);
        }
        const Problem& p = prepared.problem;
        ++report.imported;
        if (options.keepIds) {
            report.ids.push_back(p.id);
            report.rowids.push_back(p.rowid);
        }
        if (!report.bounds)
            report.bounds = GeoBox{p.lat, p.lon, p.lat, p.lon};
        GeoBox& box = *report.bounds;
        box.south = std::min(box.south, p.lat);
        box.north = std::max(box.north, p.lat);
        box.west = std::min(box.west, p.lon);
        box.east = std::max(box.east, p.lon);
        return Status::success();
    };
    const auto keepGoing = [&](std::size_t features) {
        if (!options.progress)
            return true;
        options.progress->report("features", static_cast<std::int64_t>(features), -1);
        options.progress->report("read", reader.bytes(), static_cast<std::int64_t>(size));
        return !options.progress->cancelled();
    };
    // The file is read and its features checked on a thread of their own while this one writes them
    // (each half takes about as long as the other); the errors are those of reading it in one go.
    FeatureQueue queue;
    const std::string author = store.userName();
    std::thread reading([&] {
        Status result;
        try {
            result = readCollection(
                reader, path, author, /*dedupeIds=*/false,
                [&](Problem& p, std::size_t index, long line) -> Status {
                    // readCollection checked the feature, naming its line and field.
                    if (queue.put({BulkWriter::prepareValidated(std::move(p), /*withOp=*/true), index, line}))
                        return Status::success();
                    return Error::make("cancelled", "the import stopped").at(path); // the writer's error wins
                },
                {});
        } catch (const std::exception& e) {
            result = Error::make("read_failed", e.what()).at(path);
        }
        queue.finish(std::move(result));
    });
    std::optional<Error> failure;
    std::size_t written = 0;
    while (!failure) {
        std::vector<FeatureQueue::Feature> batch = queue.take();
        if (batch.empty())
            break;
        for (FeatureQueue::Feature& feature : batch) {
            if (Status s = take(feature.prepared, feature.index, feature.line); !s) {
                failure = s.error();
                break;
            }
            if (++written % 256 == 0 && !keepGoing(written)) {
                failure = Error::make("cancelled", "the import was cancelled").at(path);
                break;
            }
        }
        queue.written(std::move(batch));
    }
    if (failure)
        queue.stop();
    reading.join();
    if (failure)
        return *failure;
    if (!queue.result())
        return queue.result().error();
    report.features = report.imported;
    if (options.progress) {
        options.progress->report("features", static_cast<std::int64_t>(report.features), -1);
        options.progress->report("read", static_cast<std::int64_t>(size), static_cast<std::int64_t>(size));
    }
    if (Status s = writer.commit(); !s) {
        Error e = s.error();
        return e.code == "cancelled" ? e.at(path) : e;
    }
    return report;
}

} // namespace balgul::core
