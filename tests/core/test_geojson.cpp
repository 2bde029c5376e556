#include "core/demo/demo_generator.h"
#include "core/io/geojson.h"
#include "core/io/json_reader.h"
#include "core/store/store.h"
#include "core/util/text.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

using namespace balgul::core;

class TestGeoJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void jsonReader_data();
    void jsonReader();
    void jsonValues();

    void roundTrip();
    void importTwiceGetsNewIds();
    void exportIsRfc7946();
    void qgisFile();
    void badInput_data();
    void badInput();
    void missingFile();
    void oversizedFileRefusedUnread();

private:
    std::string writeFile(const QString& name, const QByteArray& bytes);
    std::unique_ptr<Store> openStore(const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    /// One store for every bad-input row: each failed import must leave it exactly as it was.
    QTemporaryDir m_sharedDir;
    std::unique_ptr<Store> m_shared;
};

namespace {

/// A one-feature collection laid out so the lines are known: the geometry is on line 4,
/// the properties object starts on line 5 and its members follow one per line from line 6.
QByteArray collection(const QByteArray& geometry, const QByteArray& properties)
{
    return "{\"type\": \"FeatureCollection\",\n"
           "\"features\": [\n"
           "{\"type\": \"Feature\",\n"
           "\"geometry\": " +
           geometry +
           ",\n"
           "\"properties\": {\n" +
           properties + "\n}}\n]}\n";
}

const QByteArray kPoint = R"({"type": "Point", "coordinates": [127.3845, 36.3504]})";
const QByteArray kTitle = R"("title": "둔산동 미세먼지가 심해요")";

} // namespace

void TestGeoJson::initTestCase()
{
    QVERIFY(m_sharedDir.isValid());
    auto store = Store::open(m_sharedDir.filePath(QStringLiteral("shared.sqlite")).toStdString());
    QVERIFY(store.ok());
    m_shared = std::move(store.value());
    auto existing = generateDemoProblems(20, 4);
    QVERIFY(m_shared->insertProblems(existing, false).ok());
    Problem mine;
    mine.title = "queued before the import";
    QVERIFY(m_shared->createProblem(mine).ok());
}

void TestGeoJson::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestGeoJson::cleanup()
{
    m_dir.reset();
}

std::string TestGeoJson::writeFile(const QString& name, const QByteArray& bytes)
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the test file");
    return file.fileName().toStdString();
}

std::unique_ptr<Store> TestGeoJson::openStore(const QString& name)
{
    auto store = Store::open(m_dir->filePath(name).toStdString());
    if (!store)
        qFatal("%s", store.error().toString().c_str());
    return std::move(store.value());
}

// JSON reader -------------------------------------------------------------------------------------------

void TestGeoJson::jsonReader_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code"); // empty: parses
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::addRow("object") << QByteArray(R"({"a": [1, -2.5e3, true, null, "x\"\u00e9\ud83d\ude00"]})")
                            << QString() << 0 << QString() << QString();
    QTest::addRow("bom skipped") << QByteArray("\xEF\xBB\xBF{}") << QString() << 0 << QString() << QString();
    QTest::addRow("missing comma") << QByteArray("{\n\"a\": 1,\n\"b\": 2\n\"c\": 3\n}") << u"invalid_json"_qs
                                   << 4 << QString() << u"expected ',' or '}'"_qs;
    QTest::addRow("trailing comma") << QByteArray("[1,\n2,\n]") << u"invalid_json"_qs << 3 << u"[2]"_qs
                                    << u"expected a value"_qs;
    QTest::addRow("comment") << QByteArray("{\"a\": 1 // no\n}") << u"invalid_json"_qs << 1 << QString()
                             << u"found '/'"_qs;
    QTest::addRow("single quotes") << QByteArray("{'a': 1}") << u"invalid_json"_qs << 1 << QString()
                                   << u"member name in double quotes"_qs;
    QTest::addRow("leading zero") << QByteArray("[01]") << u"invalid_json"_qs << 1 << QString()
                                  << u"expected ',' or ']'"_qs;
    QTest::addRow("nan") << QByteArray("[NaN]") << u"invalid_json"_qs << 1 << u"[0]"_qs << u"found 'N'"_qs;
    QTest::addRow("huge number") << QByteArray("[1e999]") << u"invalid_json"_qs << 1 << u"[0]"_qs
                                 << u"out of range"_qs;
    QTest::addRow("unterminated string")
        << QByteArray("{\"a\":\n\"abc") << u"invalid_json"_qs << 2 << u"a"_qs << u"unterminated string"_qs;
    QTest::addRow("raw newline in string")
        << QByteArray("{\"a\": \"ab\ncd\"}") << u"invalid_json"_qs << 1 << u"a"_qs << u"line break"_qs;
    QTest::addRow("invalid utf8") << QByteArray("{\n\"a\": {\"b\": \"ok \xC3\x28\"}}") << u"invalid_utf8"_qs
                                  << 2 << u"a.b"_qs << u"UTF-8"_qs;
    QTest::addRow("overlong utf8") << QByteArray("[\"\xC0\xAF\"]") << u"invalid_utf8"_qs << 1 << u"[0]"_qs
                                   << QString();
    QTest::addRow("encoded surrogate")
        << QByteArray("[\"\xED\xA0\x80\"]") << u"invalid_utf8"_qs << 1 << u"[0]"_qs << QString();
    QTest::addRow("lone surrogate escape")
        << QByteArray(R"(["\ud800x"])") << u"invalid_utf8"_qs << 1 << u"[0]"_qs << u"surrogate"_qs;
    QTest::addRow("duplicate key") << QByteArray("{\"a\": 1,\n\"a\": 2}") << u"duplicate_key"_qs << 2
                                   << u"a"_qs << QString();
    QTest::addRow("too deep") << QByteArray(65, '[') + QByteArray(65, ']') << u"too_deep"_qs << 1
                              << u"[0]"_qs.repeated(64) << u"64"_qs;
    QTest::addRow("64 levels fine") << QByteArray(64, '[') + QByteArray(64, ']') << QString() << 0
                                    << QString() << QString();
    QTest::addRow("text after value")
        << QByteArray("{}\n{}") << u"invalid_json"_qs << 2 << QString() << u"after the end"_qs;
    QTest::addRow("empty") << QByteArray("  \n") << u"invalid_json"_qs << 2 << QString() << u"empty"_qs;
}

void TestGeoJson::jsonReader()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const auto doc = JsonDocument::parse(std::string_view(text.constData(), std::size_t(text.size())));
    if (code.isEmpty()) {
        QVERIFY2(doc.ok(), doc.ok() ? "" : doc.error().toString().c_str());
        return;
    }
    QVERIFY(!doc.ok());
    const Error& e = doc.error();
    QCOMPARE(QString::fromStdString(e.code), code);
    QCOMPARE(e.line, long(line));
    QCOMPARE(QString::fromStdString(e.field), field);
    QVERIFY2(QString::fromStdString(e.message).contains(message), e.message.c_str());
}

void TestGeoJson::jsonValues()
{
    const std::string text =
        "{\"s\": \"a\\\"b\\\\c\\n\\u00e9\\ud83d\\ude00\",\n \"n\": -12.5e1, \"t\": true,\n"
        " \"list\": [1, {\"k\": null}, []], \"empty\": {}}";
    const auto doc = JsonDocument::parse(text);
    QVERIFY(doc.ok());
    const JsonValue root = doc->root();
    QVERIFY(root.isObject());
    QCOMPARE(root.size(), std::size_t(5));
    QCOMPARE(root.keyAt(0), std::string_view("s"));
    QCOMPARE(root.find("s").asString(), std::string_view("a\"b\\c\n\xC3\xA9\xF0\x9F\x98\x80"));
    QCOMPARE(root.find("n").asNumber(), -125.0);
    QCOMPARE(root.find("n").line(), 2L);
    QVERIFY(root.find("t").asBool());
    const JsonValue list = root.find("list");
    QCOMPARE(list.line(), 3L);
    QCOMPARE(list.size(), std::size_t(3));
    QCOMPARE(list.at(0).asNumber(), 1.0);
    QVERIFY(list.at(1).find("k").isNull());
    QVERIFY(list.at(2).isArray());
    QCOMPARE(list.at(2).size(), std::size_t(0));
    QVERIFY(!list.at(3).exists());
    QVERIFY(!root.find("missing").exists());
    QVERIFY(root.find("empty").isObject());

    std::string out;
    appendJsonString(out, "q\"b\\n\n\x01한");
    QCOMPARE(out, std::string("\"q\\\"b\\\\n\\n\\u0001한\""));
    const auto back = JsonDocument::parse("[" + out + "]");
    QVERIFY(back.ok());
    QCOMPARE(back->root().at(0).asString(), std::string_view("q\"b\\n\n\x01한"));
}

// GeoJSON -----------------------------------------------------------------------------------------------

void TestGeoJson::roundTrip()
{
    auto source = openStore(QStringLiteral("source.sqlite"));
    QVERIFY(seedDemoStore(*source, 150, 21).ok());
    Problem odd;
    odd.title = "Quotes \"here\", a back\\slash, a tab\tand 😀 한글";
    odd.description = "line one\nline two\r\n=SUM(A1:A2)";
    odd.category = "noise";
    odd.lat = -33.8688197;
    odd.lon = -151.2092955 + 300; // 148.79…, east and south of the equator
    odd.address = "";
    odd.author = "tester";
    QVERIFY(source->createProblem(odd).ok());

    std::ostringstream out;
    QVERIFY(exportGeoJson(*source, out).ok());
    const std::string path =
        writeFile(QStringLiteral("export.geojson"), QByteArray::fromStdString(out.str()));

    auto target = openStore(QStringLiteral("target.sqlite"));
    const auto report = importGeoJson(*target, path);
    QVERIFY2(report.ok(), report.ok() ? "" : report.error().toString().c_str());
    QCOMPARE(report->features, std::size_t(151));
    QCOMPARE(report->imported, std::size_t(151));
    QCOMPARE(target->outboxSize(), std::int64_t(151)); // an import is a user action: every problem queued

    auto all = source->problems({});
    QVERIFY(all.ok());
    QCOMPARE(all->size(), std::size_t(151));
    for (const Problem& a : *all) {
        const auto b = target->problem(a.id);
        QVERIFY2(b.has_value(), a.id.c_str());
        QCOMPARE(b->title, a.title);
        QCOMPARE(b->description, a.description);
        QCOMPARE(b->category, a.category);
        QCOMPARE(int(b->status), int(a.status));
        QVERIFY2(std::abs(b->lat - a.lat) <= 5e-8, a.id.c_str());
        QVERIFY2(std::abs(b->lon - a.lon) <= 5e-8, a.id.c_str());
        QCOMPARE(b->address, a.address);
        QCOMPARE(b->author, a.author);
        QCOMPARE(toIso8601(b->created), toIso8601(a.created));
        QCOMPARE(toIso8601(b->updated), toIso8601(a.updated));
    }
}

void TestGeoJson::importTwiceGetsNewIds()
{
    const QByteArray text = collection(kPoint, R"("id": "0b6f1c52-3f7a-4d2e-9a41-5c8e2d7f9b10",
"title": "첫 번째")");
    const std::string path = writeFile(QStringLiteral("one.geojson"), text);
    auto store = openStore(QStringLiteral("store.sqlite"));
    QVERIFY(importGeoJson(*store, path).ok());
    QVERIFY(store->problem("0b6f1c52-3f7a-4d2e-9a41-5c8e2d7f9b10").has_value());
    const auto again = importGeoJson(*store, path);
    QVERIFY2(again.ok(), again.ok() ? "" : again.error().toString().c_str());
    QCOMPARE(again->imported, std::size_t(1));
    QCOMPARE(store->stats().problems, std::int64_t(2));

    // Removed problems keep their id too: importing it again must not collide with the tombstone.
    QVERIFY(store->removeProblem("0b6f1c52-3f7a-4d2e-9a41-5c8e2d7f9b10").ok());
    QVERIFY(importGeoJson(*store, path).ok());
    QCOMPARE(store->stats().problems, std::int64_t(2));
}

void TestGeoJson::exportIsRfc7946()
{
    auto store = openStore(QStringLiteral("store.sqlite"));
    Problem p;
    p.title = "대화동 공단 주변 미세먼지가 심해요";
    p.category = "air";
    p.lat = 36.365;
    p.lon = 127.416;
    const auto created = store->createProblem(p);
    QVERIFY(created.ok());
    QVERIFY(store->setSupported(created->id, true).ok());
    QVERIFY(store->addComment(created->id, "저도요").ok());

    std::ostringstream out;
    QVERIFY(exportGeoJson(*store, out).ok());
    const std::string text = out.str();
    QVERIFY(text.find("\"crs\"") == std::string::npos);
    QVERIFY2(text.find("[127.4160000,36.3650000]") != std::string::npos, text.c_str());
    const auto doc = JsonDocument::parse(text);
    QVERIFY(doc.ok());
    QCOMPARE(doc->root().find("type").asString(), std::string_view("FeatureCollection"));
    const JsonValue feature = doc->root().find("features").at(0);
    QCOMPARE(feature.find("type").asString(), std::string_view("Feature"));
    QCOMPARE(feature.find("id").asString(), std::string_view(created->id));
    const JsonValue props = feature.find("properties");
    QCOMPARE(props.find("title").asString(), std::string_view(p.title));
    QCOMPARE(props.find("category").asString(), std::string_view("air"));
    QCOMPARE(props.find("category_name").asString(), std::string_view("Fine dust / air quality"));
    QCOMPARE(props.find("status").asString(), std::string_view("new"));
    QCOMPARE(props.find("supports").asNumber(), 1.0);
    QCOMPARE(props.find("comments").asNumber(), 1.0);

    // An empty store is still a valid, empty collection.
    auto empty = openStore(QStringLiteral("empty.sqlite"));
    std::ostringstream none;
    QVERIFY(exportGeoJson(*empty, none).ok());
    const auto emptyDoc = JsonDocument::parse(none.str());
    QVERIFY(emptyDoc.ok());
    QCOMPARE(emptyDoc->root().find("features").size(), std::size_t(0));
}

void TestGeoJson::qgisFile()
{
    // What QGIS writes for a point layer: a name, a crs, an integer fid, null attributes,
    // attributes we do not know, and a MultiPoint when the layer is multi-part.
    const QByteArray text = R"({
"type": "FeatureCollection",
"name": "problems_2025",
"crs": { "type": "name", "properties": { "name": "urn:ogc:def:crs:OGC:1.3:CRS84" } },
"features": [
{ "type": "Feature", "properties": { "fid": 1, "id": "6c1e0a4e-8f0b-4f7e-9d55-2b3f4a5c6d7e", "name": "대전역 동광장 불법 주정차", "description": null, "category": "교통", "status": "In progress", "created": "2025/05/01 09:30:00", "ward": "동구", "area_m2": 12.5 }, "geometry": { "type": "Point", "coordinates": [ 127.4342, 36.3323 ] } },
{ "type": "Feature", "properties": { "fid": 2, "id": 7, "title": "Heavy fine dust near Daehwa-dong", "category": "Fine dust / air quality", "author": "qgis_user", "address": "대전 대덕구 대화동", "created": "2025-05-02T10:00:00+09:00", "updated": "2025-05-03T00:00:00Z" }, "geometry": { "type": "MultiPoint", "coordinates": [ [ 127.416, 36.365, 48.2 ] ] } },
{ "type": "Feature", "properties": { "title": "Plain", "category": "GREEN" }, "geometry": { "type": "Point", "coordinates": [ 127.3, 36.3 ] } }
]
}
)";
    const std::string path = writeFile(QStringLiteral("qgis.geojson"), text);
    auto store = openStore(QStringLiteral("store.sqlite"));
    store->setUserName("importer").ok();
    const auto report = importGeoJson(*store, path);
    QVERIFY2(report.ok(), report.ok() ? "" : report.error().toString().c_str());
    QCOMPARE(report->imported, std::size_t(3));
    QCOMPARE(store->outboxSize(), std::int64_t(3));

    const auto first = store->problem("6c1e0a4e-8f0b-4f7e-9d55-2b3f4a5c6d7e");
    QVERIFY(first.has_value());
    QCOMPARE(first->title, std::string("대전역 동광장 불법 주정차"));
    QCOMPARE(first->description, std::string());
    QCOMPARE(first->category, std::string("traffic"));
    QCOMPARE(int(first->status), int(ProblemStatus::InProgress));
    QCOMPARE(first->lat, 36.3323);
    QCOMPARE(first->lon, 127.4342);
    QCOMPARE(toIso8601(first->created), std::string("2025-05-01T09:30:00Z"));
    QCOMPARE(first->updated, first->created);
    QCOMPARE(first->author, std::string("importer"));

    ProblemQuery byTitle;
    byTitle.order = ProblemOrder::Title;
    const auto all = store->problems(byTitle);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), std::size_t(3));
    const Problem& dust = all->at(0);
    QCOMPARE(dust.title, std::string("Heavy fine dust near Daehwa-dong"));
    QCOMPARE(dust.category, std::string("air"));
    QCOMPARE(int(dust.status), int(ProblemStatus::New));
    QCOMPARE(dust.author, std::string("qgis_user"));
    QCOMPARE(dust.address, std::string("대전 대덕구 대화동"));
    QCOMPARE(dust.lat, 36.365);
    QCOMPARE(toIso8601(dust.created), std::string("2025-05-02T01:00:00Z"));
    QCOMPARE(toIso8601(dust.updated), std::string("2025-05-03T00:00:00Z"));
    QVERIFY(dust.id != "7");
    QCOMPARE(all->at(1).category, std::string("green"));
}

void TestGeoJson::badInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("line");

    const auto row = [](const char* name, const QByteArray& text, const char* code, const char* field,
                        int line) {
        QTest::addRow("%s", name) << text << QString::fromUtf8(code) << QString::fromUtf8(field) << line;
    };
    row("not json", "Problem list\nfrom the survey\n", "invalid_json", "", 1);
    row("empty file", "", "invalid_json", "", 1);
    row("truncated", "{\"type\": \"FeatureCollection\",\n\"features\": [\n", "invalid_json", "features[0]",
        3);
    row("missing comma", collection(kPoint, "\"title\": \"a\"\n\"category\": \"air\""), "invalid_json",
        "features[0].properties", 7);
    row("json array", "[1, 2]", "not_geojson", "", 1);
    row("no type", "{\n\"features\": []}", "not_geojson", "type", 1);
    row("single feature", "{\"type\": \"Feature\",\n\"geometry\": null}", "not_feature_collection", "type",
        1);
    row("features missing", "{\"type\": \"FeatureCollection\"}", "missing_field", "features", 1);
    row("features not array", "{\"type\": \"FeatureCollection\",\n\"features\": {}}", "invalid_type",
        "features", 2);
    row("korean crs", R"({"type": "FeatureCollection",
"crs": {"type": "name", "properties": {
"name": "urn:ogc:def:crs:EPSG::5179"}},
"features": []})",
        "unsupported_crs", "crs.properties.name", 3);
    row("feature not object", "{\"type\": \"FeatureCollection\", \"features\": [\n42]}", "invalid_type",
        "features[0]", 2);
    row("missing geometry", collection("null", kTitle), "missing_geometry", "features[0].geometry", 4);
    row("no geometry member",
        "{\"type\": \"FeatureCollection\", \"features\": [\n{\"type\": \"Feature\", \"properties\": {}}]}",
        "missing_geometry", "features[0].geometry", 2);
    row("line string",
        collection(R"({"type": "LineString", "coordinates": [[127, 36], [127.1, 36.1]]})", kTitle),
        "unsupported_geometry", "features[0].geometry.type", 4);
    row("multipoint of two",
        collection(R"({"type": "MultiPoint", "coordinates": [[127, 36], [127.1, 36.1]]})", kTitle),
        "unsupported_geometry", "features[0].geometry.type", 4);
    row("coordinates missing", collection(R"({"type": "Point"})", kTitle), "invalid_geometry",
        "features[0].geometry.coordinates", 4);
    row("coordinates text", collection(R"({"type": "Point", "coordinates": ["127", "36"]})", kTitle),
        "invalid_geometry", "features[0].geometry.coordinates", 4);
    row("lat 95", collection("{\"type\": \"Point\", \"coordinates\": [127.38,\n95]}", kTitle), "out_of_range",
        "features[0].geometry.coordinates[1]", 5);
    row("lon -200", collection(R"({"type": "Point", "coordinates": [-200, 36]})", kTitle), "out_of_range",
        "features[0].geometry.coordinates[0]", 4);
    row("10 MB title",
        collection(kPoint, "\"category\": \"air\",\n\"title\": \"" + QByteArray(10 << 20, 'x') + "\""),
        "too_long", "features[0].properties.title", 7);
    row("201 character title", collection(kPoint, "\"title\": \"" + QByteArray(201, 'x') + "\""), "too_long",
        "features[0].properties.title", 6);
    row("empty title", collection(kPoint, "\"category\": \"air\",\n\"title\": \"  \""), "required",
        "features[0].properties.title", 7);
    row("missing title", collection(kPoint, "\"category\": \"air\""), "required",
        "features[0].properties.title", 5);
    row("title is a number", collection(kPoint, "\"title\": 12"), "invalid_type",
        "features[0].properties.title", 6);
    row("invalid utf8", collection(kPoint, kTitle + ",\n\"description\": \"bad \xC3\x28 byte\""),
        "invalid_utf8", "features[0].properties.description", 7);
    row("latin1 file", collection(kPoint, "\"title\": \"caf\xE9\""), "invalid_utf8",
        "features[0].properties.title", 6);
    row("unknown category", collection(kPoint, kTitle + ",\n\"category\": \"potholes\""), "unknown_category",
        "features[0].properties.category", 7);
    row("long korean category",
        collection(kPoint, kTitle + ",\n\"category\": \"" + QByteArray("미세먼지").repeated(10) + "\""),
        "unknown_category", "features[0].properties.category", 7);
    row("unknown status", collection(kPoint, kTitle + ",\n\"status\": \"done\""), "invalid_value",
        "features[0].properties.status", 7);
    row("bad created", collection(kPoint, kTitle + ",\n\"created\": \"yesterday\""), "invalid_time",
        "features[0].properties.created", 7);
    row("duplicate title", collection(kPoint, kTitle + ",\n" + kTitle), "duplicate_key",
        "features[0].properties.title", 7);
    // root, features, feature, properties and x are levels 1 to 5: the 60th nested array is level 65.
    const QByteArray tooDeepField = "features[0].properties.x" + QByteArray("[0]").repeated(60);
    row("too deep", collection(kPoint, kTitle + ",\n\"x\": " + QByteArray(80, '[') + QByteArray(80, ']')),
        "too_deep", tooDeepField.constData(), 7);
    row("third feature bad",
        "{\"type\": \"FeatureCollection\", \"features\": [\n"
        "{\"type\": \"Feature\", \"geometry\": " +
            kPoint +
            ", \"properties\": {\"title\": \"one\"}},\n"
            "{\"type\": \"Feature\", \"geometry\": " +
            kPoint +
            ", \"properties\": {\"title\": \"two\"}},\n"
            "{\"type\": \"Feature\", \"geometry\": " +
            kPoint + ", \"properties\": {\"title\": \"\"}}\n]}",
        "required", "features[2].properties.title", 4);
}

void TestGeoJson::badInput()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(int, line);

    Store* store = m_shared.get();
    QVERIFY(store);
    const StoreStats before = store->stats();
    const std::int64_t outboxBefore = store->outboxSize();
    QVERIFY(outboxBefore > 0);

    const std::string path = writeFile(QStringLiteral("bad.geojson"), text);
    const auto report = importGeoJson(*store, path);
    QVERIFY(!report.ok());
    const Error& e = report.error();
    QCOMPARE(QString::fromStdString(e.code), code);
    QCOMPARE(QString::fromStdString(e.field), field);
    QCOMPARE(e.line, long(line));
    QCOMPARE(e.file, path);
    QVERIFY(!e.message.empty());
    QVERIFY(e.message.size() < 400); // no 10 MB title echoed back
    QVERIFY(isValidUtf8(e.message)); // quoted input is cut on a character boundary

    const StoreStats after = store->stats();
    QCOMPARE(after.problems, before.problems);
    QCOMPARE(store->outboxSize(), outboxBefore);
}

void TestGeoJson::missingFile()
{
    auto store = openStore(QStringLiteral("store.sqlite"));
    const std::string path = m_dir->filePath(QStringLiteral("nope.geojson")).toStdString();
    const auto report = importGeoJson(*store, path);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, std::string("file_not_found"));
    QCOMPARE(report.error().file, path);

    // A folder or a device is not "missing": the message says what it is.
    const auto folder = importGeoJson(*store, m_dir->path().toStdString());
    QVERIFY(!folder.ok());
    QCOMPARE(folder.error().code, std::string("is_folder"));
    QVERIFY(folder.error().message.find("folder") != std::string::npos);
    const auto device = importGeoJson(*store, "/dev/null");
    QVERIFY(!device.ok());
    QCOMPARE(device.error().code, std::string("not_regular_file"));
}

void TestGeoJson::oversizedFileRefusedUnread()
{
    QFile file(m_dir->filePath(QStringLiteral("huge.geojson")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(kGeoJsonMaxFileBytes) + 1)); // sparse: nothing is written
    file.close();
    auto store = openStore(QStringLiteral("store.sqlite"));
    const auto report = importGeoJson(*store, file.fileName().toStdString());
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, std::string("too_large"));
    QCOMPARE(store->stats().problems, std::int64_t(0));
}

QTEST_GUILESS_MAIN(TestGeoJson)
#include "test_geojson.moc"
