// Files that are not what they seem: the sensor importer and the GeoJSON reader say what a file looks
// like (a gzip file, UTF-16, binary data, a folder, a device), where its UTF-8 breaks, which field holds
// a NUL; they read CR-only line ends, apply --tz where times have no zone and refuse it where they do,
// never store a value wrapped, and the CSV export never writes a raw control character.

#include "core/demo/demo_generator.h"
#include "core/io/csv_export.h"
#include "core/io/geojson.h"
#include "core/sensor/csv_reader.h"
#include "core/sensor/generic_mapping.h"
#include "core/sensor/observation_store.h"
#include "core/sensor/sensor_import.h"
#include "core/store/store.h"
#include "core/util/text.h"
#include "tests/support/test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <sstream>

using namespace balgul::core;
using namespace balgul::core::sensor;

namespace {

const char* kScHeader =
    "sensor_id;sensor_type;location;lat;lon;timestamp;P1;durP1;ratioP1;P2;durP2;ratioP2\n";

std::vector<Reading> readingsOf(Store& store, const std::string& source, const std::string& device,
                                Quantity q)
{
    ObservationStore observations(store.database());
    auto series = observations.findSeries(source, device, q);
    if (!series || !*series)
        return {};
    auto readings = observations.readings((*series)->id, INT64_MIN / 2, INT64_MAX / 2);
    return readings ? *readings : std::vector<Reading>{};
}

} // namespace

class TestBadInputFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_stores = 0;

    std::string path(const std::string& name) const
    {
        return m_dir.filePath(QString::fromStdString(name)).toStdString();
    }

    std::string write(const std::string& name, const std::string& bytes) const
    {
        const std::string file = path(name);
        std::ofstream(file, std::ios::binary) << bytes;
        return file;
    }

    std::unique_ptr<Store> openStore()
    {
        auto store = Store::open(path("store" + std::to_string(++m_stores) + ".sqlite"), {true, "tester"});
        if (!store)
            qFatal("open failed: %s", store.error().toString().c_str());
        return std::move(store).value();
    }

    /// A real Sensor.Community file, or the test skips.
    std::string realSensorFile() const
    {
        const QString dir = balgul::test::sharedDataDir();
        return dir.isEmpty() ? std::string()
                             : (dir + QStringLiteral("/sensor_community/2019-03-09_sds011_sensor_22885.csv"))
                                   .toStdString();
    }

    static std::string readAll(const std::string& file)
    {
        std::ifstream in(file, std::ios::binary);
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    }

private slots:
    void sensorFilesThatAreNotText_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        QTest::addRow("gzip") << "gzip"
                              << "compressed_file"
                              << "looks like a gzip file — decompress it first";
        QTest::addRow("UTF-16") << "utf16"
                                << "utf16_text"
                                << "UTF-16 text — save it as UTF-8";
        QTest::addRow("binary") << "binary"
                                << "not_text"
                                << "binary data, not text";
        QTest::addRow("one bad byte") << "badbyte"
                                      << "invalid_encoding"
                                      << "invalid UTF-8 at line 3 byte 8";
        QTest::addRow("folder") << "folder"
                                << "is_folder"
                                << "folder, not a file";
        QTest::addRow("/dev/null") << "devnull"
                                   << "not_regular_file"
                                   << "not a regular file";
        QTest::addRow("missing") << "missing"
                                 << "file_not_found"
                                 << "no such file";
    }
    void sensorFilesThatAreNotText()
    {
        QFETCH(QString, kind);
        QFETCH(QString, code);
        QFETCH(QString, says);
        const std::string real = realSensorFile();
        if (real.empty())
            QSKIP("../shared/data is absent (set BALGUL_SHARED_DATA): real-file test skipped");
        const std::string text = readAll(real);
        std::string file;
        if (kind == QLatin1String("gzip")) {
            file = path("archive.csv.gz");
            QCOMPARE(std::system(("gzip -c '" + real + "' > '" + file + "'").c_str()), 0);
        } else if (kind == QLatin1String("utf16")) {
            std::string wide = "\xff\xfe";
            for (const char c : text) {
                wide += c;
                wide += '\0';
            }
            file = write("wide.csv", wide);
        } else if (kind == QLatin1String("binary")) {
            std::string noise;
            for (int i = 0; i < 4096; ++i)
                noise += static_cast<char>((i * 7919) % 251);
            file = write("noise.csv", noise);
        } else if (kind == QLatin1String("badbyte")) {
            // UTF-8 with Korean in it and one byte gone bad: line 3, byte 8.
            std::string damaged = std::string(kScHeader) +
                                  "1;SDS011;미세;37.5;127.0;2024-05-01T00:00:00;10.5;;;4.25;;\n" +
                                  "1;SDS01\xff;미세;37.5;127.0;2024-05-01T01:00:00;10.5;;;4.25;;\n";
            file = write("damaged.csv", damaged);
        } else if (kind == QLatin1String("folder")) {
            file = m_dir.path().toStdString();
        } else if (kind == QLatin1String("devnull")) {
            file = "/dev/null";
        } else {
            file = path("nothing-here.csv");
        }
        auto store = openStore();
        const auto preview = previewSensorFile(file, SensorFormat::Auto);
        QVERIFY(!preview);
        const auto report = importSensorFile(*store, file, SensorFormat::Auto);
        QVERIFY(!report);
        for (const Error& e : {preview.error(), report.error()}) {
            QCOMPARE(QString::fromStdString(e.code), code);
            QVERIFY2(QString::fromStdString(e.message).contains(says), e.toString().c_str());
            QVERIFY2(e.message.find("CP949") == std::string::npos || kind == QLatin1String("badbyte"),
                     e.toString().c_str());
            QCOMPARE(e.file, file);
        }
        QCOMPARE(store->statistics()->problems, std::int64_t{0});
    }

    void crOnlyLineEndsAreLines()
    {
        const std::string real = realSensorFile();
        if (real.empty())
            QSKIP("../shared/data is absent (set BALGUL_SHARED_DATA): real-file test skipped");
        std::string text = readAll(real);
        std::string oldMac;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                continue;
            oldMac += text[i] == '\n' ? '\r' : text[i];
        }
        QVERIFY(oldMac.find('\n') == std::string::npos);
        auto storeA = openStore();
        auto storeB = openStore();
        const auto unix = importSensorFile(*storeA, real, SensorFormat::Auto);
        const auto mac = importSensorFile(*storeB, write("oldmac.csv", oldMac), SensorFormat::Auto);
        QVERIFY2(unix && mac, mac ? "" : mac.error().toString().c_str());
        QVERIFY(unix->rowsRead > 0);
        QCOMPARE(mac->rowsRead, unix->rowsRead);
        QCOMPARE(mac->readings, unix->readings);
        QCOMPARE(mac->skipped, unix->skipped);
    }

    void nulInAFieldNamesLineAndColumn()
    {
        std::string text =
            std::string(kScHeader) + "1;SDS011;9;37.5;127.0;2024-05-01T00:00:00;10.5;;;4.25;;\n";
        for (int i = 1; i < 200; ++i)
            text += "1;SDS011;9;37.5;127.0;2024-05-01T" + std::string(i / 60 < 10 ? "0" : "") +
                    std::to_string(i / 60) + ":" + (i % 60 < 10 ? "0" : "") + std::to_string(i % 60) +
                    ":00;10.5;;;4.25;;\n";
        text += std::string("1;SDS\0"
                            "11;9;37.5;127.0;2024-05-01T05:00:00;10.5;;;4.25;;\n",
                            56);
        const std::string file = write("nul.csv", text);
        auto store = openStore();
        const auto report = importSensorFile(*store, file, SensorFormat::Auto);
        QVERIFY(!report);
        QCOMPARE(report.error().code, std::string("invalid_text"));
        QCOMPARE(report.error().line, 202L);
        QCOMPARE(report.error().field, std::string("sensor_type"));
        QVERIFY(report.error().message.find("NUL") != std::string::npos);
        QVERIFY(readingsOf(*store, "sensor.community", "1", Quantity::Pm2_5).empty()); // nothing stored
    }

    void valuesTooLargeAreNeverWrapped_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addRow("9.3e15") << "9300000000000000";
        QTest::addRow("1e300") << "1e300";
        QTest::addRow("-9.3e15") << "-9300000000000000";
    }
    void valuesTooLargeAreNeverWrapped()
    {
        QFETCH(QString, value);
        const std::string file =
            write("huge.csv", std::string(kScHeader) + "7;SDS011;9;37.5;127.0;2024-05-01T00:00:00;" +
                                  value.toStdString() + ";;;4.25;;\n" +
                                  "7;SDS011;9;37.5;127.0;2024-05-01T00:01:00;3000;;;4.5;;\n");
        auto store = openStore();
        const auto report = importSensorFile(*store, file, SensorFormat::Auto);
        QVERIFY2(report, report ? "" : report.error().toString().c_str());
        const ImportIssue* issue = report->issue("unstorable_value");
        QVERIFY(issue);
        QCOMPARE(issue->field, std::string("P1"));
        QCOMPARE(issue->lines, std::vector<long>{2});
        QVERIFY2(issue->message.find("too large to store") != std::string::npos, issue->message.c_str());
        // The impossible but storable 3000 is kept as written (flagged); the huge one is left out.
        const auto pm10 = readingsOf(*store, "sensor.community", "7", Quantity::Pm10);
        QCOMPARE(pm10.size(), std::size_t{1});
        QCOMPARE(pm10[0].value, 3000.0);
        QVERIFY(!pm10[0].usable());
        QCOMPARE(readingsOf(*store, "sensor.community", "7", Quantity::Pm2_5).size(), std::size_t{2});
    }

    void jsonValuesTooLargeAreNeverWrapped()
    {
        const std::string file = write(
            "huge.json",
            R"([{"sensor":{"id":8,"sensor_type":{"name":"SDS011"}},"location":{"latitude":"37.5","longitude":"127.0"},)"
            R"("timestamp":"2024-05-01 00:00:00","sensordatavalues":[{"value_type":"P1","value":"9300000000000000"},)"
            R"({"value_type":"P2","value":"4.25"}]}])");
        auto store = openStore();
        const auto report = importSensorFile(*store, file, SensorFormat::Auto);
        QVERIFY2(report, report ? "" : report.error().toString().c_str());
        QVERIFY(report->issue("unstorable_value"));
        QVERIFY(readingsOf(*store, "sensor.community", "8", Quantity::Pm10).empty());
        QCOMPARE(readingsOf(*store, "sensor.community", "8", Quantity::Pm2_5).size(), std::size_t{1});
    }

    void timeZoneOptionAppliesOnlyWhereTimesHaveNoZone()
    {
        // Sensor.Community times are UTC by the format: --tz is refused, not silently ignored.
        const std::string sc = write(
            "sc.csv", std::string(kScHeader) + "1;SDS011;9;37.5;127.0;2024-05-01T00:00:00;10.5;;;4.25;;\n");
        ImportOptions options;
        options.timeZone = "Asia/Seoul";
        auto store = openStore();
        auto refused = importSensorFile(*store, sc, options);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, std::string("time_zone_not_applicable"));
        QCOMPARE(refused.error().field, std::string("timeZone"));
        QVERIFY(!previewSensorFile(sc, options));
        QVERIFY(readingsOf(*store, "sensor.community", "1", Quantity::Pm2_5).empty());

        // PurpleAir's Unix times carry no zone to set.
        const std::string pa =
            write("pa.csv", "time_stamp,pm2.5_atm_a,pm2.5_atm_b,temperature,humidity,pressure\n"
                            "1714521600,4,4,70,40,1000\n");
        QCOMPARE(importSensorFile(*store, pa, options).error().code, std::string("time_zone_not_applicable"));

        // A column mapping without a zone: --tz says where its local times are.
        GenericMapping mapping;
        mapping.timeColumn = "when";
        mapping.timeFormat = "iso8601";
        mapping.values = {{"dust", Quantity::Pm2_5, "µg/m³"}};
        mapping.deviceId = "balcony";
        const std::string generic = write("generic.csv", "when,dust\n2024-05-01 09:00:00,12\n");
        options.format = SensorFormat::Generic;
        options.generic = mapping;
        auto applied = importSensorFile(*store, generic, options);
        QVERIFY2(applied, applied ? "" : applied.error().toString().c_str());
        const auto readings = readingsOf(*store, "generic", "balcony", Quantity::Pm2_5);
        QCOMPARE(readings.size(), std::size_t{1});
        QCOMPARE(readings[0].time, std::int64_t{1714521600}); // 09:00 in Seoul = 00:00Z

        options.timeZone = "Mars/Olympus";
        QCOMPARE(importSensorFile(*store, generic, options).error().code, std::string("unknown_time_zone"));
    }

    void jsonWithoutTheArrayHasAGrammaticalMessage()
    {
        const std::string file = write("object.json", R"({"response":{"header":{"resultCode":"00"}}})");
        ImportOptions options;
        options.format = SensorFormat::SensorCommunityJson;
        const auto preview = previewSensorFile(file, options);
        QVERIFY(!preview);
        QVERIFY2(preview.error().message.find("no an ") == std::string::npos,
                 preview.error().message.c_str());
        QVERIFY2(preview.error().message.find("has no member that is an array") != std::string::npos,
                 preview.error().message.c_str());
    }

    void geoJsonRefusesControlCharactersAndCutsOnCharacters()
    {
        auto store = openStore();
        const auto feature = [](const std::string& geometry, const std::string& properties) {
            return R"({"type":"FeatureCollection","features":[
{"type":"Feature","geometry":)" +
                   geometry + R"(,"properties":)" + properties + "}\n]}";
        };
        const std::string point = R"({"type":"Point","coordinates":[127.38,36.35]})";

        auto nul = importGeoJson(*store, write("nul.geojson", feature(point, R"({"title":"a\u0000b"})")));
        QVERIFY(!nul);
        QCOMPARE(nul.error().code, std::string("invalid_text"));
        QCOMPARE(nul.error().field, std::string("features[0].properties.title"));
        QCOMPARE(nul.error().line, 2L);

        auto bell = importGeoJson(
            *store, write("bell.geojson", feature(point, R"({"title":"ok","description":"ring\u0007"})")));
        QVERIFY(!bell);
        QCOMPARE(bell.error().code, std::string("invalid_text"));
        QCOMPARE(bell.error().field, std::string("features[0].properties.description"));
        QVERIFY(bell.error().message.find("U+0007") != std::string::npos);

        // Line breaks and tabs are text.
        auto fine = importGeoJson(
            *store, write("fine.geojson", feature(point, R"({"title":"ok","description":"a\nb\tc"})")));
        QVERIFY2(fine, fine ? "" : fine.error().toString().c_str());

        // The geometry type is quoted back cut on a character boundary, however long it is.
        std::string longType;
        for (int i = 0; i < 30; ++i)
            longType += "미세먼지";
        auto cut = importGeoJson(
            *store,
            write("type.geojson", feature(R"({"type":")" + longType + R"(","coordinates":[127.38,36.35]})",
                                          R"({"title":"x"})")));
        QVERIFY(!cut);
        QCOMPARE(cut.error().code, std::string("unsupported_geometry"));
        QVERIFY2(isValidUtf8(cut.error().message), cut.error().message.c_str());
        QVERIFY(cut.error().message.find("…") != std::string::npos);

        // A number too small for a double is zero, not "out of range".
        auto tiny = importGeoJson(
            *store, write("tiny.geojson", feature(R"({"type":"Point","coordinates":[127.38,1e-999]})",
                                                  R"({"title":"on the equator"})")));
        QVERIFY2(tiny, tiny ? "" : tiny.error().toString().c_str());
        auto huge = importGeoJson(
            *store, write("huge.geojson",
                          feature(R"({"type":"Point","coordinates":[127.38,1e999]})", R"({"title":"x"})")));
        QVERIFY(!huge);

        // Year 0000 is not a time.
        auto year0 =
            importGeoJson(*store, write("year0.geojson",
                                        feature(point, R"({"title":"x","created":"0000-01-01T00:00:00Z"})")));
        QVERIFY(!year0);
        QCOMPARE(year0.error().field, std::string("features[0].properties.created"));

        // A gzip file says so.
        const std::string gz = path("problems.geojson.gz");
        const std::string plain = write("plain.geojson", feature(point, R"({"title":"x"})"));
        QCOMPARE(std::system(("gzip -c '" + plain + "' > '" + gz + "'").c_str()), 0);
        auto packed = importGeoJson(*store, gz);
        QVERIFY(!packed);
        QCOMPARE(packed.error().code, std::string("compressed_file"));
        QCOMPARE(store->statistics()->problems, std::int64_t{2}); // fine + tiny
    }

    void csvExportNeverWritesARawControlCharacter()
    {
        auto store = openStore();
        Problem p;
        p.title = "placeholder";
        p.description = "two\nlines\tand a tab";
        p.category = "air";
        p.lat = 36.35;
        p.lon = 127.38;
        auto created = store->createProblem(p);
        QVERIFY(created);
        // As an older version or another tool may have left it: a NUL, a bell and an escape.
        store->database()
            .prepare("UPDATE problems SET title = ? WHERE id = ?")
            .bind(1, std::string_view("bell\a, NUL\0 and escape\x1b", 23))
            .bind(2, created->id)
            .run();
        std::ostringstream out;
        QVERIFY(exportCsv(*store, out));
        const std::string csv = out.str();
        for (std::size_t i = 0; i < csv.size(); ++i) {
            const auto c = static_cast<unsigned char>(csv[i]);
            QVERIFY2(c >= 0x20 || c == '\n' || c == '\r' || c == '\t',
                     ("control byte at " + std::to_string(i)).c_str());
            QVERIFY(c != 0x7f);
        }
        QVERIFY(csv.find("bell\xEF\xBF\xBD, NUL\xEF\xBF\xBD and escape\xEF\xBF\xBD") != std::string::npos);
        QVERIFY(csv.find("two\nlines\tand a tab") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestBadInputFiles)
#include "test_bad_input_files.moc"
