// The fuzz checks of the parsers in core: JSON, GeoJSON, sensor files, GPX, the MyData importers, the sync
// and station protocols. Each feeds one input to a parser and checks what came out (fuzz_checks.h).

#include "tests/fuzz/fuzz_checks.h"

#include "core/domain/category.h"
#include "core/domain/problem.h"
#include "core/io/geojson.h"
#include "core/io/io_support.h"
#include "core/io/json_reader.h"
#include "core/mydata/apple_health.h"
#include "core/mydata/greenbutton.h"
#include "core/pilots/pilot_json.h"
#include "core/sensor/csv_reader.h"
#include "core/sensor/generic_mapping.h"
#include "core/sensor/gpx_track.h"
#include "core/sensor/observation.h"
#include "core/sensor/sensor_import.h"
#include "core/sync/protocol.h"
#include "core/sync/pull_page_reader.h"
#include "core/sync/station_protocol.h"
#include "core/util/ids.h"
#include "core/util/json_writer.h"
#include "core/util/text.h"
#include "core/voting/ballot_rules.h"
#include "core/voting/pabulib.h"
#include "core/voting/receipt.h"
#include "core/voting/round_json.h"
#include "core/voting/tally.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iconv.h>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

namespace balgul::fuzz {

namespace detail {

void failed(const char* condition, const std::string& what, const char* file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n  %s\n", file, line, condition, what.c_str());
    std::fflush(stderr);
    std::abort();
}

} // namespace detail

namespace {

using namespace balgul::core;

// JSON ---------------------------------------------------------------------------------------------

/// Compact JSON text of a value, with the project's own writer.
void writeJson(std::string& out, const JsonValue& v)
{
    switch (v.type()) {
    case JsonType::Null:
        out += "null";
        return;
    case JsonType::Bool:
        out += v.asBool() ? "true" : "false";
        return;
    case JsonType::Number:
        out += jsonNumber(v.asNumber());
        return;
    case JsonType::String:
        appendJsonString(out, v.asString());
        return;
    case JsonType::Array:
        out += '[';
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i)
                out += ',';
            writeJson(out, v.at(i));
        }
        out += ']';
        return;
    case JsonType::Object:
        out += '{';
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i)
                out += ',';
            appendJsonString(out, v.keyAt(i));
            out += ':';
            writeJson(out, v.valueAt(i));
        }
        out += '}';
        return;
    }
}

std::string jsonText(const JsonDocument& doc)
{
    std::string out;
    writeJson(out, doc.root());
    return out;
}

/// Lines never go back from a value to its children; members are found by their keys.
void checkJsonTree(const JsonValue& v)
{
    BALGUL_FUZZ_CHECK(v.exists() && v.line() >= 1, "a value without a line");
    const bool object = v.isObject();
    for (std::size_t i = 0; i < v.size(); ++i) {
        const JsonValue child = object ? v.valueAt(i) : v.at(i);
        BALGUL_FUZZ_CHECK(child.line() >= v.line(), "a child starts before its parent");
        if (object && v.size() <= 16)
            BALGUL_FUZZ_CHECK(v.find(v.keyAt(i)).line() == child.line() &&
                                  v.find(v.keyAt(i)).type() == child.type(),
                              "find() misses the member " + std::string(v.keyAt(i)));
        checkJsonTree(child);
    }
    if (v.isString())
        BALGUL_FUZZ_CHECK(isValidUtf8(v.asString()), "a string that is not UTF-8");
    if (v.isNumber())
        BALGUL_FUZZ_CHECK(std::isfinite(v.asNumber()), "a number that is not finite");
}

const std::set<std::string, std::less<>> kJsonCodes{"invalid_json",  "invalid_utf8", "invalid_text",
                                                    "too_long",      "too_deep",     "too_many_values",
                                                    "duplicate_key", "too_large"};
// What a file looks like when it is not text at all: said of the whole file, without a line.
const std::set<std::string, std::less<>> kWholeFileCodes{"utf16_text", "compressed_file", "not_text"};

// Problems and GeoJSON -----------------------------------------------------------------------------

bool sameProblem(const Problem& a, const Problem& b)
{
    return a.id == b.id && a.title == b.title && a.description == b.description && a.category == b.category &&
           a.status == b.status && a.address == b.address && a.author == b.author && a.created == b.created &&
           a.updated == b.updated && std::abs(a.lat - b.lat) <= 6e-8 && std::abs(a.lon - b.lon) <= 6e-8;
}

std::string describe(const Problem& p)
{
    return "id '" + p.id + "' title '" + p.title + "' created " + toIso8601(p.created) + " updated " +
           toIso8601(p.updated) + " at " + formatNumber(p.lat) + ", " + formatNumber(p.lon);
}

// Sensor files -------------------------------------------------------------------------------------

constexpr int kAllRows = INT_MAX;

void checkPreview(const sensor::ImportPreview& preview, long firstLine)
{
    const std::size_t n = preview.rows.size();
    BALGUL_FUZZ_CHECK(preview.parsed.size() == n && preview.problems.size() == n && preview.lines.size() == n,
                      "the preview's parallel lists differ in length");
    long previous = firstLine - 1;
    for (std::size_t i = 0; i < n; ++i) {
        const long line = preview.lines[i];
        BALGUL_FUZZ_CHECK(line >= firstLine && line >= previous,
                          "row " + std::to_string(i) + " starts on line " + std::to_string(line) +
                              " after line " + std::to_string(previous));
        previous = line;
        const auto& parsed = preview.parsed[i];
        if (!parsed) {
            BALGUL_FUZZ_CHECK(!preview.problems[i].empty(), "a skipped row without a reason");
            continue;
        }
        if (parsed->lat)
            BALGUL_FUZZ_CHECK(std::isfinite(*parsed->lat) && std::abs(*parsed->lat) <= 90,
                              "latitude out of range");
        if (parsed->lon)
            BALGUL_FUZZ_CHECK(std::isfinite(*parsed->lon) && std::abs(*parsed->lon) <= 180,
                              "longitude out of range");
        for (const sensor::RowValue& v : parsed->values) {
            if (!v.problem.empty())
                BALGUL_FUZZ_CHECK(!v.detail.empty(), "the problem " + v.problem + " has no detail");
            if (!v.value)
                continue;
            BALGUL_FUZZ_CHECK(std::isfinite(*v.value), "a value that is not finite in " + v.field);
            if (v.flags != sensor::FlagNone || !v.problem.empty())
                continue;
            // A clean value is plausible and survives the block encoding unchanged.
            BALGUL_FUZZ_CHECK(sensor::isPlausible(v.quantity, *v.value),
                              "an implausible value without a flag in " + v.field);
            const std::vector<sensor::Reading> block{{parsed->time, *v.value, sensor::FlagNone}};
            std::vector<sensor::Reading> decoded;
            const auto encoded = sensor::encodeBlock(block);
            BALGUL_FUZZ_CHECK(encoded && sensor::decodeBlock(*encoded, decoded) && decoded == block,
                              "the value " + formatNumber(*v.value) + " of " + v.field +
                                  " does not survive the block encoding");
        }
    }
}

void checkSensorError(const Error& e, const std::string& name)
{
    BALGUL_FUZZ_CHECK(!e.code.empty() && !e.message.empty(), "an error without a code or message");
    BALGUL_FUZZ_CHECK(e.file == name, "the error names '" + e.file + "', not the file: " + e.toString());
}

/// The first record of a CSV, trimmed, as the importer reads a header.
std::vector<std::string> csvHeader(std::string_view data)
{
    auto reader = sensor::CsvReader::fromBytes(data, "header.csv");
    if (!reader)
        return {};
    auto first = (*reader)->next();
    if (!first || !*first)
        return {};
    std::vector<std::string> header;
    for (std::string_view f : (*reader)->fields())
        header.push_back(trimmed(f));
    return header;
}

/// A generic mapping over the header's own columns; the input's size picks the time format and zone,
/// so the corpus reaches each of them.
sensor::GenericMapping genericMapping(const std::vector<std::string>& header, std::size_t salt)
{
    static const char* const kFormats[] = {"iso8601", "unix seconds", "unix milliseconds",
                                           "%d.%m.%Y %H:%M:%S"};
    static const char* const kZones[] = {"UTC", "+09:00", "Europe/Berlin", "America/New_York"};
    struct Value
    {
        sensor::Quantity quantity;
        const char* unit;
    };
    static const Value kValues[] = {{sensor::Quantity::Pm2_5, "µg/m³"},
                                    {sensor::Quantity::Temperature, "°F"},
                                    {sensor::Quantity::Pressure, "Pa"},
                                    {sensor::Quantity::Humidity, "%"}};
    sensor::GenericMapping m;
    m.timeColumn = header[0];
    m.timeFormat = kFormats[salt % 4];
    m.timeZone = kZones[(salt / 4) % 4];
    m.decimal = (salt / 16) % 2 ? ',' : '.';
    for (std::size_t i = 1; i < header.size() && i <= 4; ++i)
        m.values.push_back({header[i], kValues[i - 1].quantity, kValues[i - 1].unit});
    if (header.size() >= 7) {
        m.latColumn = header[5];
        m.lonColumn = header[6];
    }
    return m;
}

// Protocols ----------------------------------------------------------------------------------------

/// decode(text) ok → encode → decode again ok → encode gives the same text.
template <typename T, typename Decode, typename Encode>
void roundTrip(std::string_view data, Decode decode, Encode encode, const char* what,
               const std::set<std::string, std::less<>>& codes)
{
    auto first = decode(data);
    if (!first) {
        BALGUL_FUZZ_CHECK(codes.contains(first.error().code),
                          std::string(what) + ": unexpected error code " + first.error().toString());
        BALGUL_FUZZ_CHECK(!first.error().message.empty(), std::string(what) + ": an error without a message");
        return;
    }
    const std::string text = encode(*first);
    auto second = decode(text);
    BALGUL_FUZZ_CHECK(second.ok(), std::string(what) + ": the re-encoded text does not decode: " +
                                       (second ? std::string() : second.error().toString()) + "\n  " + text);
    BALGUL_FUZZ_CHECK(encode(*second) == text, std::string(what) + ": encode(decode(text)) differs:\n  " +
                                                   text + "\n  " + encode(*second));
}

const std::set<std::string, std::less<>> kSyncCodes{"malformed_json", "invalid_field", "too_large",
                                                    "unknown_entity"};
const std::set<std::string, std::less<>> kStationCodes{"malformed_json", "invalid_field", "invalid_value",
                                                       "too_large"};

} // namespace

void checkJson(std::string_view data)
{
    auto doc = JsonDocument::parse(data);
    JsonLimits tight;
    tight.maxDepth = 3;
    tight.maxStringBytes = 8;
    tight.maxValues = 16;
    auto small = JsonDocument::parse(data, tight);

    // The same text read three bytes at a time, the elements of a top-level "features" array handed
    // over one by one: the same verdict, line and field, and every element handed over.
    std::size_t at = 0;
    const JsonReadFunction read = [&](char* buffer, std::size_t capacity) {
        const std::size_t n = std::min({capacity, std::size_t{3}, data.size() - at});
        std::copy_n(data.data() + at, n, buffer);
        at += n;
        return static_cast<std::ptrdiff_t>(n);
    };
    std::size_t elements = 0;
    const JsonStreamedArray streamed{{"features"}, [&](const JsonValue& element, std::size_t index) {
                                         BALGUL_FUZZ_CHECK(index == elements && element.exists(),
                                                           "streamed elements out of order");
                                         ++elements;
                                         return true;
                                     }};
    auto streamedDoc = JsonDocument::stream(read, streamed);
    BALGUL_FUZZ_CHECK(streamedDoc.ok() == doc.ok(),
                      "read in pieces, the text is " + std::string(streamedDoc ? "accepted" : "refused") +
                          (streamedDoc ? std::string() : ": " + streamedDoc.error().toString()));
    if (!doc)
        BALGUL_FUZZ_CHECK(streamedDoc.error().toString() == doc.error().toString() &&
                              streamedDoc.error().code == doc.error().code,
                          "read in pieces, another error: " + streamedDoc.error().toString() +
                              " instead of " + doc.error().toString());
    else if (doc->root().isObject() && doc->root().find("features").isArray())
        BALGUL_FUZZ_CHECK(elements == doc->root().find("features").size(),
                          "read in pieces, " + std::to_string(elements) + " of " +
                              std::to_string(doc->root().find("features").size()) + " features handed over");

    if (!doc) {
        BALGUL_FUZZ_CHECK(kJsonCodes.contains(doc.error().code),
                          "unexpected error code " + doc.error().toString());
        BALGUL_FUZZ_CHECK(doc.error().line >= 1, "an error without a line: " + doc.error().toString());
        BALGUL_FUZZ_CHECK(!small, "tight limits accept what the default limits refuse");
        return;
    }
    checkJsonTree(doc->root());
    const std::string text = jsonText(*doc);
    auto again = JsonDocument::parse(text);
    BALGUL_FUZZ_CHECK(again.ok(), "the re-encoded document does not parse: " +
                                      (again ? std::string() : again.error().toString()) + "\n  " + text);
    BALGUL_FUZZ_CHECK(jsonText(*again) == text, "the re-encoded document reads differently:\n  " + text);
    if (small)
        BALGUL_FUZZ_CHECK(jsonText(*small) == text, "tight limits read the document differently");
    else
        BALGUL_FUZZ_CHECK(small.error().code == "too_deep" || small.error().code == "too_long" ||
                              small.error().code == "too_many_values",
                          "tight limits refuse with " + small.error().toString());
}

void checkGeoJson(std::string_view data)
{
    const std::string name = "fuzz.geojson";
    auto problems = readGeoJsonProblems(data, name);
    if (!problems) {
        const Error& e = problems.error();
        BALGUL_FUZZ_CHECK(!e.code.empty() && !e.message.empty(), "an error without a code or message");
        BALGUL_FUZZ_CHECK(e.file == name && (e.line >= 1 || kWholeFileCodes.contains(e.code)),
                          "the error does not name the file and line: " + e.toString());
        return;
    }
    std::set<std::string> ids;
    std::string text = "{\"type\":\"FeatureCollection\",\"features\":[";
    for (std::size_t i = 0; i < problems->size(); ++i) {
        const Problem& p = (*problems)[i];
        const Status valid = validateProblem(p);
        BALGUL_FUZZ_CHECK(valid.ok(), "an invalid problem was read: " + valid.error().toString());
        BALGUL_FUZZ_CHECK(p.updated >= p.created, "updated before created: " + describe(p));
        BALGUL_FUZZ_CHECK(p.id.empty() || (isUuid(p.id) && ids.insert(p.id).second),
                          "an id that is not a UUID or repeats: " + p.id);
        if (i)
            text += ',';
        appendGeoJsonFeature(text, p);
    }
    text += "]}";
    auto again = readGeoJsonProblems(text, "written.geojson");
    BALGUL_FUZZ_CHECK(again.ok(), "the written problems do not read back: " +
                                      (again ? std::string() : again.error().toString()) + "\n  " + text);
    BALGUL_FUZZ_CHECK(again->size() == problems->size(), "the written problems read back as another number");
    for (std::size_t i = 0; i < problems->size(); ++i)
        BALGUL_FUZZ_CHECK(sameProblem((*problems)[i], (*again)[i]),
                          "problem " + std::to_string(i) + " reads back differently:\n  " +
                              describe((*problems)[i]) + "\n  " + describe((*again)[i]));
}

void checkSensorCsv(std::string_view data)
{
    // glibc unloads the CP949 converter whenever its last user closes it: one left open keeps it loaded,
    // so the inputs that are not UTF-8 do not each load it anew.
    static const iconv_t kKeepCp949Loaded = iconv_open("UTF-8", "CP949");
    static_cast<void>(kKeepCp949Loaded);
    const std::string name = "fuzz.csv";
    sensor::ImportOptions options;
    options.timeZone = "Europe/Berlin"; // Atmotube's local times
    auto preview = sensor::previewSensorBytes(data, name, options, kAllRows);
    if (preview)
        checkPreview(*preview, 2);
    else
        checkSensorError(preview.error(), name);

    const std::vector<std::string> header = csvHeader(data);
    if (header.size() < 2)
        return;
    options.format = sensor::SensorFormat::Generic;
    options.generic = genericMapping(header, data.size());
    auto generic = sensor::previewSensorBytes(data, name, options, kAllRows);
    if (generic)
        checkPreview(*generic, 2);
    else
        checkSensorError(generic.error(), name);
}

void checkSensorJson(std::string_view data)
{
    const std::string name = "fuzz.json";
    auto preview = sensor::previewSensorBytes(data, name, sensor::ImportOptions{}, kAllRows);
    if (preview)
        checkPreview(*preview, 1);
    else
        checkSensorError(preview.error(), name);
}

void checkGpx(std::string_view data)
{
    const std::string name = "fuzz.gpx";
    auto track = sensor::readGpxTrackBytes(data, name);
    if (!track) {
        BALGUL_FUZZ_CHECK(!track.error().code.empty() && !track.error().message.empty(),
                          "an error without a code or message");
        BALGUL_FUZZ_CHECK(track.error().file == name,
                          "the error does not name the file: " + track.error().toString());
        return;
    }
    BALGUL_FUZZ_CHECK(track->pointsWithoutTime >= 0 && track->segments >= 0, "negative counts");
    const auto& points = track->points;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const sensor::TrackPoint& p = points[i];
        BALGUL_FUZZ_CHECK(std::isfinite(p.lat) && std::abs(p.lat) <= 90 && std::isfinite(p.lon) &&
                              std::abs(p.lon) <= 180,
                          "a point out of range");
        const auto at = sensor::positionAt(*track, p.time, 0);
        BALGUL_FUZZ_CHECK(at.has_value(), "no position at a point's own time");
        if (i == 0)
            continue;
        const sensor::TrackPoint& a = points[i - 1];
        BALGUL_FUZZ_CHECK(a.time <= p.time, "points out of time order");
        if (p.time - a.time < 2 || p.time - a.time > INT_MAX)
            continue;
        const auto mid = sensor::positionAt(*track, a.time + (p.time - a.time) / 2, INT_MAX);
        BALGUL_FUZZ_CHECK(mid.has_value(), "no position between two points");
        BALGUL_FUZZ_CHECK(mid->lat >= std::min(a.lat, p.lat) - 1e-9 &&
                              mid->lat <= std::max(a.lat, p.lat) + 1e-9 && std::abs(mid->lon) <= 180,
                          "a position between two points lies outside them");
    }
}

// MyData importers -----------------------------------------------------------------------------------

namespace {

/// The units a block of each category may have (core/mydata/record.h).
bool unitFits(mydata::Category category, const std::string& unit)
{
    using C = mydata::Category;
    static const std::map<C, std::set<std::string>> kUnits{{C::Electricity, {"Wh"}},
                                                           {C::Gas, {"Wh", "m3", "therm"}},
                                                           {C::Steps, {"count"}},
                                                           {C::HeartRate, {"count/min"}},
                                                           {C::WalkingDistance, {"m"}}};
    const auto it = kUnits.find(category);
    return it != kUnits.end() && it->second.count(unit) > 0;
}

/// An importer's answer: an error names the file; the report's counts add up; every block holds
/// readings of one category in its unit, sorted, finite, within one UTC day; blocks are in order.
template <typename Imported> void checkRecords(const Result<Imported>& read, const std::string& name)
{
    if (!read) {
        BALGUL_FUZZ_CHECK(!read.error().code.empty() && !read.error().message.empty(),
                          "an error without a code or message");
        BALGUL_FUZZ_CHECK(read.error().file == name,
                          "the error does not name the file: " + read.error().toString());
        return;
    }
    const mydata::ImportReport& report = read->report;
    BALGUL_FUZZ_CHECK(report.read == report.kept + report.skipped,
                      "read != kept + skipped: " + report.toText());
    for (std::size_t i = 0; i < read->blocks.size(); ++i) {
        const mydata::RecordBlock& b = read->blocks[i];
        BALGUL_FUZZ_CHECK(unitFits(b.category, b.unit) && b.points.empty() && !b.intervals.empty(),
                          "a block of another unit, or without readings: " + b.unit);
        BALGUL_FUZZ_CHECK(b.start >= 0 && b.end >= b.start &&
                              b.start / 86400 == (b.end - (b.end > b.start)) / 86400,
                          "a block spans more than one UTC day: " + std::to_string(b.start) + " to " +
                              std::to_string(b.end));
        if (i > 0) {
            const mydata::RecordBlock& a = read->blocks[i - 1];
            BALGUL_FUZZ_CHECK(std::tie(a.category, a.unit, a.start) < std::tie(b.category, b.unit, b.start),
                              "blocks out of order, or two of one day");
        }
        for (std::size_t j = 0; j < b.intervals.size(); ++j) {
            const mydata::Interval& r = b.intervals[j];
            BALGUL_FUZZ_CHECK(std::isfinite(r.value) && r.duration >= 0 && r.start >= b.start &&
                                  r.start + r.duration <= b.end &&
                                  (j == 0 || b.intervals[j - 1].start <= r.start),
                              "a reading not finite, out of order or outside its block");
        }
    }
}

} // namespace

void checkGreenButton(std::string_view data)
{
    const std::string name = "fuzz.xml";
    const auto feed = mydata::readGreenButtonBytes(data, name);
    checkRecords(feed, name);
    if (feed && feed->localTime) {
        const mydata::LocalTimeParameters& t = *feed->localTime;
        const int offset = t.offsetAt(feed->report.periodStart);
        BALGUL_FUZZ_CHECK(offset == t.tzOffset || offset == t.tzOffset + t.dstOffset,
                          "a local offset neither standard nor daylight time");
    }
}

void checkAppleHealth(std::string_view data)
{
    const std::string name = "export.xml";
    checkRecords(mydata::readAppleHealthBytes(data, name), name);
}

void checkSyncProtocol(std::string_view data)
{
    using namespace balgul::core::sync;
    roundTrip<PushRequest>(
        data, [](std::string_view s) { return decodePushRequest(s); },
        [](const PushRequest& r) { return encode(r); }, "push request", kSyncCodes);
    roundTrip<PushResponse>(
        data, [](std::string_view s) { return decodePushResponse(s); },
        [](const PushResponse& r) { return encode(r); }, "push response", kSyncCodes);
    roundTrip<PullPage>(
        data, [](std::string_view s) { return decodePullPage(s); },
        [](const PullPage& p) { return encode(p); }, "pull page", kSyncCodes);
    // The pull page's fast reader takes nothing the strict decoder refuses and reads what it takes
    // as the strict decoder does.
    // It also keeps each change's fields as the text came, which reads back as the same fields.
    if (auto fast = balgul::core::sync::detail::readPullPage(data)) {
        auto strict = decodePullPageStrictly(data);
        BALGUL_FUZZ_CHECK(strict.ok(), "the fast pull page reader took what the strict decoder refuses: " +
                                           (strict ? std::string() : strict.error().toString()));
        for (Change& change : fast->changes) {
            if (change.fieldsJson.empty())
                continue;
            const auto again = parseObject(change.fieldsJson);
            BALGUL_FUZZ_CHECK(again && stringify(*again) == stringify(change.fields),
                              "the fast pull page reader kept fields text that reads otherwise: " +
                                  change.fieldsJson);
            change.fieldsJson.clear();
        }
        BALGUL_FUZZ_CHECK(encode(*fast) == encode(*strict),
                          "the fast pull page reader read another page:\n  " + encode(*fast) + "\n  " +
                              encode(*strict));
    }
    roundTrip<ApiError>(
        data, [](std::string_view s) { return decodeApiError(s); },
        [](const ApiError& e) { return encode(e); }, "error body", kSyncCodes);
    if (auto request = decodePushRequest(data)) {
        BALGUL_FUZZ_CHECK(request->ops.size() <= balgul::core::sync::limits::kMaxOpsPerPush,
                          "more ops than a push may hold");
        for (const Op& op : request->ops)
            BALGUL_FUZZ_CHECK(!op.opId.empty() && !op.id.empty() && op.baseVersion >= 0 &&
                                  isKnownEntity(op.entity) && (op.kind == OpKind::Delete || op.fields),
                              "an op that should have been refused: " + encode(op));
    }
}

void checkStationProtocol(std::string_view data)
{
    using namespace balgul::core::sync;
    roundTrip<StationInfo>(
        data, [](std::string_view s) { return decodeStationInfo(s); },
        [](const StationInfo& s) { return encode(s, true); }, "station", kStationCodes);
    roundTrip<std::vector<StationObservation>>(
        data, [](std::string_view s) { return decodeObservations(s); },
        [](const std::vector<StationObservation>& o) { return encodeObservations(o); }, "observations",
        kStationCodes);
    roundTrip<ObservationPage>(
        data, [](std::string_view s) { return decodeObservationPage(s); },
        [](const ObservationPage& p) { return encode(p); }, "observation page", kStationCodes);
    roundTrip<StationList>(
        data, [](std::string_view s) { return decodeStationList(s); },
        [](const StationList& l) { return encode(l); }, "station list", kStationCodes);
    if (auto observations = decodeObservations(data))
        for (const StationObservation& o : *observations) {
            const auto q = sensor::quantityFromString(o.quantity);
            BALGUL_FUZZ_CHECK(q && sensor::isPlausible(*q, o.value) && o.count >= 1 && o.flags >= 0 &&
                                  o.flags <= 255,
                              "an observation that should have been refused: " + encodeObservations({o}));
        }
}

void checkPilotZone(std::string_view data)
{
    namespace pilots = core::pilots;
    const std::string name = "fuzz.geojson";
    auto zone = pilots::parseZone(data, name);
    if (!zone) {
        const Error& e = zone.error();
        BALGUL_FUZZ_CHECK(!e.code.empty() && !e.message.empty(), "an error without a code or message");
        BALGUL_FUZZ_CHECK(e.file == name && e.line >= 1,
                          "the error does not name the file and line: " + e.toString());
    } else {
        BALGUL_FUZZ_CHECK(!zone->empty() && zone->size() <= pilots::kZoneMaxPolygons,
                          "a zone of no or too many polygons");
        for (std::size_t i = 0; i < zone->size(); ++i) {
            const Status ring = pilots::checkRing((*zone)[i], i);
            BALGUL_FUZZ_CHECK(ring.ok(), "a ring that breaks the rules was read: " + ring.error().toString());
        }
        // Written back (to 7 decimals) it reads again as as many polygons of as many vertices; rounding
        // may make a ring invalid only when its vertices were closer than a centimetre.
        const std::string text = pilots::zoneToGeoJson(*zone);
        auto again = pilots::parseZone(text, "written.geojson");
        if (again) {
            BALGUL_FUZZ_CHECK(again->size() == zone->size(), "the written zone reads back as another number");
            for (std::size_t i = 0; i < zone->size(); ++i)
                BALGUL_FUZZ_CHECK((*again)[i].size() == (*zone)[i].size(),
                                  "polygon " + std::to_string(i) +
                                      " reads back with another number of vertices");
        }
    }
    auto goals = pilots::parseGoals(data);
    if (!goals) {
        BALGUL_FUZZ_CHECK(goals.error().code == "invalid_field" && !goals.error().field.empty(),
                          "a goals error without its field: " + goals.error().toString());
        return;
    }
    for (std::size_t i = 0; i < goals->size(); ++i)
        BALGUL_FUZZ_CHECK(pilots::checkGoal((*goals)[i], i).ok(), "a goal that breaks the rules was read");
    auto again = pilots::parseGoals(pilots::goalsToJson(*goals));
    BALGUL_FUZZ_CHECK(again && again->size() == goals->size(), "written goals do not read back");
}

void checkPabulib(std::string_view data)
{
    namespace voting = core::voting;
    const std::string name = "fuzz.pb";
    voting::PabulibFile file;
    try {
        std::istringstream in{std::string(data)};
        file = voting::readPabulib(in, name);
    } catch (const voting::PabulibError& e) {
        BALGUL_FUZZ_CHECK(e.file() == name && e.line() >= 1 && !e.detail().empty(),
                          std::string("the error does not name the file and a line: ") + e.what());
        BALGUL_FUZZ_CHECK(std::string_view(e.what()).rfind(name + ":", 0) == 0,
                          std::string("the message does not start with the file: ") + e.what());
        return;
    }
    for (const voting::Rule rule : {voting::Rule::Greedy, voting::Rule::GreedyNoSkip,
                                    voting::Rule::GreedyThreshold, voting::Rule::EqualShares}) {
        voting::Round round = file.round;
        round.rule = rule;
        const voting::Tally t = voting::tally(round, file.ballots);
        const std::string label(voting::ruleName(rule));
        BALGUL_FUZZ_CHECK(t.cost <= round.budget,
                          label + ": the selected projects cost more than the budget");
        BALGUL_FUZZ_CHECK(t.projects.size() == round.projects.size(), label + ": a project without a result");
        std::int64_t cost = 0;
        std::size_t selected = 0;
        for (const voting::ProjectResult& r : t.projects) {
            if (!r.selected)
                continue;
            ++selected;
            cost += r.cost;
            BALGUL_FUZZ_CHECK(r.score > 0, label + ": " + r.projectId + " was selected without votes");
            BALGUL_FUZZ_CHECK(r.cost <= round.budget,
                              label + ": " + r.projectId + " costs more than the budget");
            BALGUL_FUZZ_CHECK(rule != voting::Rule::GreedyThreshold || r.score >= round.minScore,
                              label + ": " + r.projectId + " is below the threshold");
        }
        BALGUL_FUZZ_CHECK(selected == t.selected.size() && cost == t.cost,
                          label + ": the selected list and the projects disagree");
    }
    std::ostringstream out;
    voting::writePabulib(out, file);
    voting::PabulibFile again;
    try {
        std::istringstream in(out.str());
        again = voting::readPabulib(in, "written.pb");
    } catch (const voting::PabulibError& e) {
        BALGUL_FUZZ_CHECK(false,
                          std::string("the written file does not read: ") + e.what() + "\n" + out.str());
    }
    BALGUL_FUZZ_CHECK(again == file, "the written file reads back otherwise:\n" + out.str());
}

void checkVotingJson(std::string_view data)
{
    namespace voting = core::voting;
    if (data.empty())
        return;
    const bool choices = (static_cast<unsigned char>(data.front()) & 1u) == 0;
    data.remove_prefix(1);
    if (choices) {
        const auto ballot = voting::parseChoices(data);
        if (!ballot) {
            BALGUL_FUZZ_CHECK(ballot.error().field == "choices", "a choices error names another field");
            return;
        }
        BALGUL_FUZZ_CHECK(voting::canonicalChoices(*ballot) == data,
                          "choices read from a text not canonical");
        return;
    }
    const auto published = voting::parsePublishedResults(data);
    if (!published) {
        BALGUL_FUZZ_CHECK(!published.error().field.empty(), "a results error names no field");
        return;
    }
    const auto checked = voting::verifyPublished(*published);
    BALGUL_FUZZ_CHECK(checked.recomputed.cost <= published->info.round.budget,
                      "the recomputed tally costs more than the budget");
    const auto again =
        voting::parsePublishedResults(voting::publishedResultsJson(published->info, published->ballots));
    BALGUL_FUZZ_CHECK(again.ok(), "published again, the answer does not read back");
    BALGUL_FUZZ_CHECK(again->ballots.size() == published->ballots.size(),
                      "published again, ballots were lost");
    BALGUL_FUZZ_CHECK(voting::verifyPublished(*again).recomputedRoot == again->merkleRoot,
                      "published again, the root does not follow from the list");
}

} // namespace balgul::fuzz
