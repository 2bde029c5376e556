// The formats beyond the first slice: every Sensor.Community sensor type, AirGradient, Atmotube
// (local times across DST changes), the JSON sources through the same cleaning, detection, GPX
// tracks for mobile sensing and fixed locations for stationary devices.

#include "core/sensor/observation_store.h"
#include "core/sensor/position_store.h"
#include "core/sensor/sensor_import.h"
#include "core/store/store.h"
#include "tests/support/test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <fstream>

using namespace balgul::core;
using namespace balgul::core::sensor;

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

constexpr std::int64_t kMay1 = 1714521600; // 2024-05-01T00:00:00Z

std::int64_t scalar(Store& store, const std::string& sql)
{
    auto st = store.database().prepare(sql);
    return st.step() ? st.int64(0) : -1;
}

} // namespace

class TestSensorFormats : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::string write(const std::string& content, const std::string& name = {})
    {
        const QString file = m_dir.filePath(name.empty() ? QStringLiteral("f%1.csv").arg(++m_n)
                                                         : QString::fromStdString(name));
        std::ofstream(file.toStdString(), std::ios::binary) << content;
        return file.toStdString();
    }
    std::unique_ptr<Store> openStore()
    {
        auto s = Store::open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n)).toStdString());
        return s ? std::move(*s) : nullptr;
    }
    static std::vector<Reading> readingsOf(Store& store, const std::string& source, const std::string& id,
                                           Quantity q)
    {
        ObservationStore obs(store.database());
        auto series = obs.findSeries(source, id, q);
        if (!series || !*series)
            return {};
        auto r = obs.readings((*series)->id, 0, 4'000'000'000);
        return r ? *r : std::vector<Reading>{};
    }
    static std::vector<double> values(const std::vector<Reading>& rs)
    {
        std::vector<double> out;
        for (const Reading& r : rs)
            out.push_back(r.value);
        return out;
    }

private slots:
    void sensorCommunityTypes_data()
    {
        QTest::addColumn<QString>("columns");
        QTest::addColumn<QString>("row");
        QTest::addColumn<QStringList>("quantities");
        QTest::addColumn<std::vector<double>>("expected");
        QTest::addRow("SDS011: P1 = PM10, P2 = PM2.5")
            << "P1;durP1;ratioP1;P2;durP2;ratioP2"
            << "12.5;;;7.25;;" << QStringList{"pm10", "pm2_5"} << std::vector<double>{12.5, 7.25};
        QTest::addRow("SPS30: P4 is PM4, counts ignored")
            << "P1;P4;P2;P0;N10;N4;N25;N1;N05;TS"
            << "9.1;8.8;8.2;6.5;60.1;60;59.8;58.3;50.2;0.6" << QStringList{"pm10", "pm2_5", "pm1", "pm4"}
            << std::vector<double>{9.1, 8.2, 6.5, 8.8};
        QTest::addRow("PMS: P0 = PM1")
            << "P1;P2;P0"
            << "20;15;9" << QStringList{"pm10", "pm2_5", "pm1"} << std::vector<double>{20, 15, 9};
        QTest::addRow("BME280: pressure in Pa")
            << "pressure;altitude;pressure_sealevel;temperature;humidity"
            << "100523.5;;101322.12;21.3;45.02"
            << QStringList{"temperature", "humidity", "pressure", "pressure_sealevel"}
            << std::vector<double>{21.3, 45.02, 1005.235, 1013.221};
        QTest::addRow("DHT22") << "temperature;humidity"
                               << "-3.4;88.1" << QStringList{"temperature", "humidity"}
                               << std::vector<double>{-3.4, 88.1};
        QTest::addRow("SHT31") << "temperature;humidity"
                               << "24;51.5" << QStringList{"temperature", "humidity"}
                               << std::vector<double>{24, 51.5};
        QTest::addRow("DNMS noise") << "noise_LAeq;noise_LA_min;noise_LA_max"
                                    << "55.3;41.2;78.9"
                                    << QStringList{"noise_laeq", "noise_lamin", "noise_lamax"}
                                    << std::vector<double>{55.3, 41.2, 78.9};
    }
    void sensorCommunityTypes()
    {
        QFETCH(QString, columns);
        QFETCH(QString, row);
        QFETCH(QStringList, quantities);
        QFETCH(std::vector<double>, expected);
        auto store = openStore();
        const std::string file =
            write("sensor_id;sensor_type;location;lat;lon;timestamp;" + columns.toStdString() +
                  "\n77;T;9;37.5;127.0;2024-05-01T00:00:00;" + row.toStdString() + "\n");
        auto report = importSensorFile(*store, file);
        QVERIFY2(report, report ? "" : report.error().toString().c_str());
        QCOMPARE(report->imported, std::int64_t{1});
        QCOMPARE(report->readings, std::int64_t(quantities.size()));
        for (int i = 0; i < quantities.size(); ++i) {
            const auto q = quantityFromString(quantities[i].toStdString());
            QVERIFY(q);
            const auto rs = readingsOf(*store, "sensor.community", "77", *q);
            QCOMPARE(rs.size(), std::size_t{1});
            QCOMPARE(rs[0].value, expected[static_cast<std::size_t>(i)]);
            QCOMPARE(rs[0].time, kMay1);
        }
    }

    void locationMovesKeepsLatest()
    {
        auto store = openStore();
        const std::string file = write("sensor_id;sensor_type;location;lat;lon;timestamp;P1;P2\n"
                                       "5;SDS011;1;37.50;127.00;2024-05-01T00:00:00;1;1\n"
                                       "5;SDS011;2;36.35;127.38;2024-05-02T00:00:00;1;1\n"
                                       "5;SDS011;1;37.50;127.00;2024-05-01T12:00:00;1;1\n");
        QVERIFY(importSensorFile(*store, file));
        QCOMPARE(scalar(*store, "SELECT round(lat * 100) FROM sensor_devices WHERE external_id = '5'"),
                 std::int64_t{3635});
        QCOMPARE(readingsOf(*store, "sensor.community", "5", Quantity::Pm10).size(), std::size_t{3});
    }

    void airGradient()
    {
        auto store = openStore();
        const std::string file =
            write("\xEF\xBB\xBF"
                  "Location ID,Location Name,Sensor ID,Local Date/Time,UTC Date/Time,PM2.5 (μg/m³) raw,"
                  "PM2.5 (μg/m³) corrected,CO2 (ppm) raw,CO2 (ppm) corrected,Temperature (°C) corrected,"
                  "Humidity (%)\n"
                  "1,Home,ag-7,2026-07-02 08:00,2026-07-01T23:00:00.000Z,12,10.5,650,640,-1,55\n"
                  "1,Home,ag-7,2026-07-02 07:00,2026-07-01T22:00:00.000Z,11,-1000.99,640,-1,21.5,54\n"
                  "1,Home,ag-7,2026-07-02 06:00,2026-07-01T21:00:00.000Z,10,9.25,630,620,21.25,53\n",
                  "airgradient-export.csv");
        auto report = importSensorFile(*store, file);
        QVERIFY2(report, report ? "" : report.error().toString().c_str());
        QVERIFY(report->mapping.format == SensorFormat::AirGradient);
        QVERIFY(report->encoding == TextEncoding::Utf8Bom);
        QCOMPARE(report->imported, std::int64_t{2});
        QCOMPARE(report->flagged, std::int64_t{1});
        const ImportIssue* sentinel = report->issue("sentinel");
        QVERIFY2(sentinel, report->toText().c_str());
        QCOMPARE(sentinel->count, std::int64_t{1});
        QCOMPARE(sentinel->lines, std::vector<long>{3});
        QCOMPARE(std::count_if(report->issues.begin(), report->issues.end(),
                               [](const ImportIssue& i) { return i.reason == "sentinel"; }),
                 std::ptrdiff_t{2}); // PM2.5 and CO2, each named
        QCOMPARE(
            QString::fromStdString(sentinel->message),
            QString::fromUtf8("line 3, PM2.5 (μg/m³) corrected: -1000.99 is AirGradient's no-data code"));
        // Corrected columns win; newest-first rows are stored in time order; -1 °C is a real temperature.
        const auto pm = readingsOf(*store, "airgradient", "ag-7", Quantity::Pm2_5);
        QCOMPARE(pm.size(), std::size_t{3});
        QVERIFY(pm[1].flags & FlagSentinel);
        QCOMPARE(pm[0].value, 9.25);
        QCOMPARE(pm[2].value, 10.5);
        QCOMPARE(pm[2].time, std::int64_t{1782946800});
        const auto co2 = readingsOf(*store, "airgradient", "ag-7", Quantity::Co2);
        QCOMPARE(values(co2), (std::vector<double>{620, -1, 640}));
        QVERIFY(!co2[1].usable());
        const auto temp = readingsOf(*store, "airgradient", "ag-7", Quantity::Temperature);
        QCOMPARE(values(temp), (std::vector<double>{21.25, 21.5, -1}));
        QVERIFY(temp[2].usable());
    }

    void atmotubeLocalTimesAcrossDst()
    {
        // Atmotube's export as published with a sample file in the trek-view/basecamp blog
        // ("Converting CSV files to KML"): quoted headers with units after a comma, local times.
        auto store = openStore();
        const std::string file = write(
            "Date,\"VOC, ppm\",AQS,\"Temperature, °C\",\"Humidity, %\",\"Pressure, mbar\",\"PM1, ug/m³\","
            "\"PM2.5, ug/m³\",\"PM10, ug/m³\",Latitude,Longitude\n"
            "2024-03-31 01:30:00,0,98,9.5,48,1007.2,1,2,3,52.5200,13.4050\n"
            "2024-03-31 02:30:00,0,98,9.5,48,1007.2,1,2,3,52.5201,13.4051\n"
            "2024-03-31 03:30:00,0,98,9.5,48,1007.2,1,4,5,52.5202,13.4052\n"
            "2024-10-27 02:30:00,0,98,7.7,55,1007,1,2,3,,\n",
            "atmotube-walk.csv");
        ImportOptions options;
        options.timeZone = "Europe/Berlin";
        auto report = importSensorFile(*store, file, options);
        QVERIFY2(report, report ? "" : report.error().toString().c_str());
        QVERIFY(report->mapping.format == SensorFormat::Atmotube);
        QCOMPARE(report->rowsRead, std::int64_t{4});
        QCOMPARE(report->skipped, std::int64_t{1});
        QCOMPARE(report->flagged, std::int64_t{1});
        const ImportIssue* gap = report->issue("bad_time");
        QVERIFY(gap);
        QCOMPARE(gap->lines, std::vector<long>{3});
        QVERIFY2(gap->message.find("daylight-saving gap of Europe/Berlin") != std::string::npos,
                 gap->message.c_str());
        const ImportIssue* ambiguous = report->issue("ambiguous_time");
        QVERIFY(ambiguous);
        QCOMPARE(ambiguous->lines, std::vector<long>{5});
        const auto pm = readingsOf(*store, "atmotube", "atmotube-walk", Quantity::Pm2_5);
        QCOMPARE(pm.size(), std::size_t{3});
        QCOMPARE(pm[0].time, std::int64_t{1711845000}); // 01:30 CET = 00:30Z
        QCOMPARE(pm[1].time, std::int64_t{1711848600}); // 03:30 CEST = 01:30Z
        QCOMPARE(pm[2].time, std::int64_t{1729989000}); // the earlier 02:30 (CEST) = 00:30Z
        QCOMPARE(readingsOf(*store, "atmotube", "atmotube-walk", Quantity::Pressure).front().value, 1007.2);
        // Positions in the file make it a mobile device with a track.
        QCOMPARE(report->positions, std::int64_t{2});
        QCOMPARE(scalar(*store, "SELECT mobile FROM sensor_devices WHERE source = 'atmotube'"),
                 std::int64_t{1});
    }

    void detection_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("format");
        QTest::addRow("sensor.community") << "sensor_id;sensor_type;location;lat;lon;timestamp;P1;P2"
                                          << "sensor-community";
        QTest::addRow("purpleair") << "time_stamp,pm2.5_atm_a,pm2.5_atm_b"
                                   << "purpleair";
        QTest::addRow("airgradient") << "UTC Date/Time,PM2.5 (μg/m³) corrected"
                                     << "airgradient";
        QTest::addRow("atmotube") << "Date,\"PM2.5, ug/m³\",\"PM10, ug/m³\""
                                  << "atmotube";
        QTest::addRow("unknown") << "when,what\n1,2"
                                 << "";
    }
    void detection()
    {
        QFETCH(QString, header);
        QFETCH(QString, format);
        const std::string file = write(header.toStdString() + "\n");
        auto preview = previewSensorFile(file, SensorFormat::Auto);
        if (format.isEmpty()) {
            QVERIFY(!preview);
            QCOMPARE(QString::fromStdString(preview.error().code), QStringLiteral("unknown_format"));
            QCOMPARE(preview.error().file, file);
            const std::string text = preview.error().toString();
            for (const char* name :
                 {"Sensor.Community", "PurpleAir", "AirGradient", "Atmotube", "AirKorea", "generic"})
                QVERIFY2(text.find(name) != std::string::npos, text.c_str());
            return;
        }
        QVERIFY2(preview, preview ? "" : preview.error().toString().c_str());
        QCOMPARE(QString::fromUtf8(toString(preview->mapping.format)), format);
    }

    void sensorCommunityJsonGoesThroughCleaning()
    {
        auto store = openStore();
        const std::string record =
            "{\"id\":1,\"sampling_rate\":null,\"timestamp\":\"2024-05-01 00:00:00\",\"location\":{\"id\":9,"
            "\"latitude\":\"37.5\",\"longitude\":\"127.0\",\"altitude\":\"50\",\"country\":\"KR\",\"indoor\":"
            "0},"
            "\"sensor\":{\"id\":321,\"pin\":\"1\",\"sensor_type\":{\"id\":14,\"name\":\"SDS011\","
            "\"manufacturer\":\"Nova\"}},"
            "\"sensordatavalues\":[{\"value\":\"12.5\",\"value_type\":\"P1\"},{\"value\":\"7.25\",\"value_"
            "type\":\"P2\"}]}";
        const std::string file = write("[" + record + ",\n" + record + "]\n", "dump.json");
        auto report = importSensorFile(*store, file);
        QVERIFY2(report, report ? "" : report.error().toString().c_str());
        QVERIFY(report->mapping.format == SensorFormat::SensorCommunityJson);
        QCOMPARE(report->rowsRead, std::int64_t{2});
        QCOMPARE(report->imported, std::int64_t{1});
        const ImportIssue* dup = report->issue("duplicate_row");
        QVERIFY2(dup, report->toText().c_str());
        QCOMPARE(dup->lines, std::vector<long>{2});
        QCOMPARE(values(readingsOf(*store, "sensor.community", "321", Quantity::Pm10)),
                 std::vector<double>{12.5});
        QCOMPARE(scalar(*store, "SELECT count(*) FROM sensor_imports WHERE format = 'sensor-community-json'"),
                 std::int64_t{1});
    }

    void gpxTrackGivesPositions()
    {
        auto store = openStore();
        const std::string gpx =
            write("<?xml version=\"1.0\"?>\n"
                  "<gpx version=\"1.1\" creator=\"test\" "
                  "xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg>\n"
                  "<trkpt lat=\"37.0\" lon=\"127.0\"><time>2024-05-01T00:00:00Z</time></trkpt>\n"
                  "<trkpt lat=\"37.1\" lon=\"127.2\"><time>2024-05-01T00:01:00Z</time></trkpt>\n"
                  "<trkpt lat=\"37.2\" lon=\"127.4\"><time>2024-05-01T00:02:00Z</time></trkpt>\n"
                  "</trkseg></trk></gpx>\n",
                  "walk.gpx");
        const std::string file = write("sensor_id;sensor_type;location;lat;lon;timestamp;P1;P2\n"
                                       "8;SDS011;1;;;2024-05-01T00:00:30;10;5\n"
                                       "8;SDS011;1;;;2024-05-01T00:02:00;11;6\n"
                                       "8;SDS011;1;;;2024-05-01T00:10:00;12;7\n");
        ImportOptions options;
        options.gpxPath = gpx;
        options.maxGapSeconds = 120;
        auto report = importSensorFile(*store, file, options);
        QVERIFY2(report, report ? "" : report.error().toString().c_str());
        QCOMPARE(report->imported, std::int64_t{2});
        QCOMPARE(report->flagged, std::int64_t{1});
        const ImportIssue* none = report->issue("no_position");
        QVERIFY(none);
        QCOMPARE(none->lines, std::vector<long>{4});
        QCOMPARE(report->positions, std::int64_t{2});
        const std::int64_t device = scalar(*store, "SELECT id FROM sensor_devices WHERE external_id = '8'");
        QCOMPARE(scalar(*store, "SELECT mobile FROM sensor_devices WHERE external_id = '8'"),
                 std::int64_t{1});
        auto fixes = PositionStore(store->database()).positions(device, 0, 4'000'000'000);
        QVERIFY(fixes);
        QCOMPARE(fixes->size(), std::size_t{2});
        QCOMPARE((*fixes)[0].time, kMay1 + 30);
        QVERIFY(std::abs((*fixes)[0].lat - 37.05) < 1e-6);
        QVERIFY(std::abs((*fixes)[0].lon - 127.1) < 1e-6);
        QVERIFY(std::abs((*fixes)[1].lat - 37.2) < 1e-6);
        // Readings outside the track keep their values; only the position is missing.
        QCOMPARE(readingsOf(*store, "sensor.community", "8", Quantity::Pm10).size(), std::size_t{3});

        ImportOptions broken;
        broken.gpxPath = write("<gpx><trk><trkseg><trkpt lat=\"1\"", "broken.gpx");
        auto failed = importSensorFile(*store, file, broken);
        QVERIFY(!failed);
        QCOMPARE(failed.error().file, broken.gpxPath);
    }

    void fixedLocationAndName()
    {
        auto store = openStore();
        const std::string file = write("Date,\"PM2.5, ug/m³\"\n2024-05-01 09:00:00,12\n", "balcony.csv");
        ImportOptions options;
        options.lat = 36.35;
        options.lon = 127.38;
        options.deviceName = QString::fromUtf8("우리집 베란다").toStdString();
        options.timeZone = "Asia/Seoul";
        auto report = importSensorFile(*store, file, options);
        QVERIFY2(report, report ? "" : report.error().toString().c_str());
        QCOMPARE(readingsOf(*store, "atmotube", "balcony", Quantity::Pm2_5).front().time, kMay1);
        auto st = store->database().prepare("SELECT lat, lon, name, mobile FROM sensor_devices");
        QVERIFY(st.step());
        QCOMPARE(st.real(0), 36.35);
        QCOMPARE(st.real(1), 127.38);
        QCOMPARE(QString::fromStdString(st.text(2)), QString::fromUtf8("우리집 베란다"));
        QCOMPARE(st.int64(3), std::int64_t{0});
    }

    void previewShowsParsedRowsAndProblems()
    {
        const std::string file = write("sensor_id;sensor_type;location;lat;lon;timestamp;P1;P2\n"
                                       "1;SDS011;9;37.5;127.0;2024-05-01T00:00:00;abc;4\n"
                                       "1;SDS011;9;37.5;127.0;yesterday;1;4\n");
        auto preview = previewSensorFile(file, ImportOptions{}, 5);
        QVERIFY(preview);
        QCOMPARE(preview->rows.size(), std::size_t{2});
        QCOMPARE(preview->lines, (std::vector<long>{2, 3}));
        QVERIFY(preview->parsed[0]);
        QCOMPARE(preview->parsed[0]->values[1].value.value_or(-1), 4.0);
        QCOMPARE(preview->problems[0], std::string("line 2, P1: 'abc' is not a number"));
        QVERIFY(!preview->parsed[1]);
        QCOMPARE(preview->problems[1], std::string("line 3, timestamp: 'yesterday' is not a time"));
    }
};

QTEST_GUILESS_MAIN(TestSensorFormats)
#include "test_sensor_formats.moc"
