// Generic CSV through a mapping: JSON round trip and errors naming the field, validation against a
// header, units, time patterns and zones, named presets in the store, and an import through one.

#include "core/sensor/generic_mapping.h"
#include "core/sensor/observation_store.h"
#include "core/sensor/sensor_import.h"
#include "core/store/store.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace balgul::core;
using namespace balgul::core::sensor;

namespace {

GenericMapping sample()
{
    GenericMapping m;
    m.timeColumn = "Zeit";
    m.timeFormat = "%d.%m.%Y %H:%M";
    m.timeZone = "Europe/Berlin";
    m.separator = ';';
    m.decimal = ',';
    m.values = {{"Feinstaub", Quantity::Pm2_5, "µg/m³"},
                {"Temp", Quantity::Temperature, "°F"},
                {"Druck", Quantity::Pressure, "Pa"}};
    m.deviceId = "balkon";
    return m;
}

const std::vector<std::string> kHeader{"Zeit", "Feinstaub", "Temp", "Druck"};

} // namespace

class TestGenericMapping : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::string write(const std::string& content)
    {
        const QString file = m_dir.filePath(QStringLiteral("g%1.csv").arg(++m_n));
        std::ofstream(file.toStdString(), std::ios::binary) << content;
        return file.toStdString();
    }
    std::unique_ptr<Store> openStore()
    {
        auto s = Store::open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n)).toStdString());
        return s ? std::move(*s) : nullptr;
    }

private slots:
    void jsonRoundTrip()
    {
        const GenericMapping m = sample();
        auto back = GenericMapping::fromJson(m.toJson());
        QVERIFY2(back, back ? "" : back.error().toString().c_str());
        QVERIFY(*back == m);
        GenericMapping detected = m;
        detected.separator = 0;
        auto detect = GenericMapping::fromJson(detected.toJson());
        QVERIFY(detect);
        QCOMPARE(detect->separator, '\0');
    }

    void fromJsonErrors_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        QTest::addRow("not json") << "{"
                                  << "";
        QTest::addRow("not an object") << "[]"
                                       << "";
        QTest::addRow("no time column") << "{\"values\": []}"
                                        << "timeColumn";
        QTest::addRow("time column a number") << "{\"timeColumn\": 3, \"values\": []}"
                                              << "timeColumn";
        QTest::addRow("no values") << "{\"timeColumn\": \"t\"}"
                                   << "values";
        QTest::addRow("value without column")
            << "{\"timeColumn\": \"t\", \"values\": [{\"quantity\": \"pm10\"}]}"
            << "values[0].column";
        QTest::addRow("unknown quantity")
            << "{\"timeColumn\": \"t\", \"values\": [{\"column\": \"a\", \"quantity\": \"ozone\"}]}"
            << "values[0].quantity";
        QTest::addRow("bad decimal") << "{\"timeColumn\": \"t\", \"decimal\": \";\", \"values\": []}"
                                     << "decimal";
        QTest::addRow("long separator") << "{\"timeColumn\": \"t\", \"separator\": \";;\", \"values\": []}"
                                        << "separator";
    }
    void fromJsonErrors()
    {
        QFETCH(QString, json);
        QFETCH(QString, field);
        auto m = GenericMapping::fromJson(json.toStdString());
        QVERIFY(!m);
        QCOMPARE(QString::fromStdString(m.error().code), QStringLiteral("invalid_mapping"));
        QCOMPARE(QString::fromStdString(m.error().field), field);
    }

    void validate_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::addRow("fine") << ""
                              << ""
                              << "";
        QTest::addRow("missing time column") << "timeColumn=Uhrzeit"
                                             << "missing_column"
                                             << "Uhrzeit";
        QTest::addRow("missing value column") << "value0=PM25"
                                              << "missing_column"
                                              << "PM25";
        QTest::addRow("bad time format") << "timeFormat=%d.%m.%Y %q"
                                         << "bad_time_format"
                                         << "timeFormat";
        QTest::addRow("pattern without hour") << "timeFormat=%d.%m.%Y"
                                              << "bad_time_format"
                                              << "timeFormat";
        QTest::addRow("bad unit") << "unit0=ppm"
                                  << "bad_unit"
                                  << "Feinstaub";
        QTest::addRow("unknown zone") << "timeZone=Mars/Olympus"
                                      << "unknown_time_zone"
                                      << "timeZone";
        QTest::addRow("lat without lon") << "latColumn=Zeit"
                                         << "invalid_mapping"
                                         << "lonColumn";
    }
    void validate()
    {
        QFETCH(QString, change);
        QFETCH(QString, code);
        QFETCH(QString, field);
        GenericMapping m = sample();
        const std::string key = change.section(QLatin1Char('='), 0, 0).toStdString();
        const std::string value = change.section(QLatin1Char('='), 1).toStdString();
        if (key == "timeColumn")
            m.timeColumn = value;
        else if (key == "value0")
            m.values[0].column = value;
        else if (key == "timeFormat")
            m.timeFormat = value;
        else if (key == "unit0")
            m.values[0].unit = value;
        else if (key == "timeZone")
            m.timeZone = value;
        else if (key == "latColumn")
            m.latColumn = value;
        const Status s = m.validate(kHeader);
        if (code.isEmpty()) {
            QVERIFY2(s, s ? "" : s.error().toString().c_str());
            return;
        }
        QVERIFY(!s);
        QCOMPARE(QString::fromStdString(s.error().code), code);
        QCOMPARE(QString::fromStdString(s.error().field), field);
    }

    void units_data()
    {
        QTest::addColumn<QString>("quantity");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("conversion"); // "-" = not a unit of the quantity
        QTest::addRow("pm µg/m³") << "pm2_5"
                                  << "µg/m³"
                                  << "";
        QTest::addRow("pm ug/m3") << "pm10"
                                  << "ug/m3"
                                  << "";
        QTest::addRow("pm ppm") << "pm10"
                                << "ppm"
                                << "-";
        QTest::addRow("°C") << "temperature"
                            << "°C"
                            << "";
        QTest::addRow("°F") << "temperature"
                            << "°F"
                            << "°F→°C";
        QTest::addRow("Pa") << "pressure"
                            << "Pa"
                            << "Pa→hPa";
        QTest::addRow("mbar is hPa") << "pressure"
                                     << "mbar"
                                     << "";
        QTest::addRow("humidity percent") << "humidity"
                                          << "%"
                                          << "";
        QTest::addRow("noise") << "noise_laeq"
                               << "dB(A)"
                               << "";
        QTest::addRow("co2") << "co2"
                             << "ppm"
                             << "";
    }
    void units()
    {
        QFETCH(QString, quantity);
        QFETCH(QString, unit);
        QFETCH(QString, conversion);
        const auto q = quantityFromString(quantity.toStdString());
        QVERIFY(q);
        const auto c = unitConversion(*q, unit.toStdString());
        if (conversion == QLatin1String("-")) {
            QVERIFY(!c);
            return;
        }
        QVERIFY(c);
        QCOMPARE(QString::fromStdString(*c), conversion);
        QVERIFY(!unitsFor(*q).empty());
    }

    void patternTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<qint64>("expected"); // -1: no match
        QTest::addRow("german") << "01.05.2024 09:30"
                                << "%d.%m.%Y %H:%M" << qint64(1714555800);
        QTest::addRow("single digits") << "1.5.2024 9:30"
                                       << "%d.%m.%Y %H:%M" << qint64(1714555800);
        QTest::addRow("seconds with fraction") << "2024/05/01 09:30:15.250"
                                               << "%Y/%m/%d %H:%M:%S" << qint64(1714555815);
        QTest::addRow("us order") << "05/01/2024 09:30:00"
                                  << "%m/%d/%Y %H:%M:%S" << qint64(1714555800);
        QTest::addRow("31 April") << "31.04.2024 09:30"
                                  << "%d.%m.%Y %H:%M" << qint64(-1);
        QTest::addRow("trailing text") << "01.05.2024 09:30 Uhr"
                                       << "%d.%m.%Y %H:%M" << qint64(-1);
        QTest::addRow("hour 24") << "01.05.2024 24:00"
                                 << "%d.%m.%Y %H:%M" << qint64(-1);
    }
    void patternTimes()
    {
        QFETCH(QString, text);
        QFETCH(QString, pattern);
        QFETCH(qint64, expected);
        const auto t = parsePatternTime(text.toStdString(), pattern.toStdString());
        if (expected < 0) {
            QVERIFY(!t);
            return;
        }
        QVERIFY(t);
        QCOMPARE(qint64(*t), expected);
    }

    void presets()
    {
        auto store = openStore();
        PresetStore presets(store->database());
        QVERIFY(presets.save("balkon", sample()));
        GenericMapping other = sample();
        other.deviceId = "garten";
        QVERIFY(presets.save("a-garten", other));
        auto list = presets.list();
        QVERIFY(list);
        QCOMPARE(list->size(), std::size_t{2});
        QCOMPARE(list->front().first, std::string("a-garten"));
        QCOMPARE(list->front().second.deviceId, std::string("garten"));
        other.timeZone = "Asia/Seoul";
        QVERIFY(presets.save("a-garten", other)); // replaces
        auto found = presets.find("a-garten");
        QVERIFY(found && *found);
        QCOMPARE((*found)->timeZone, std::string("Asia/Seoul"));
        QVERIFY(presets.remove("a-garten"));
        found = presets.find("a-garten");
        QVERIFY(found && !*found);
        QCOMPARE(presets.list()->size(), std::size_t{1});
        QVERIFY(!presets.save("", other));
    }

    void importThroughMapping()
    {
        auto store = openStore();
        const std::string file = write("Zeit;Feinstaub;Temp;Druck\n"
                                       "01.05.2024 09:30;12,5;68;101325\n"
                                       "31.03.2024 02:30;1;1;1\n"
                                       "27.10.2024 02:30;3,25;50;100000\n"
                                       "01.05.2024 09:31;-2;;100000\n");
        ImportOptions options;
        options.format = SensorFormat::Generic;
        options.generic = sample();
        auto report = importSensorFile(*store, file, options);
        QVERIFY2(report, report ? "" : report.error().toString().c_str());
        QCOMPARE(report->rowsRead, std::int64_t{4});
        QCOMPARE(report->imported, std::int64_t{1});
        QCOMPARE(report->skipped, std::int64_t{1});
        QCOMPARE(report->flagged, std::int64_t{2});
        QVERIFY(report->issue("bad_time")->message.find("daylight-saving gap") != std::string::npos);
        QCOMPARE(report->issue("ambiguous_time")->lines, std::vector<long>{4});
        QCOMPARE(report->issue("impossible_value")->message,
                 std::string("line 5, Feinstaub: -2 is not a possible pm2_5 value"));
        QCOMPARE(report->issue("empty_value")->field, std::string("Temp"));
        ObservationStore obs(store->database());
        auto series = obs.findSeries("generic", "balkon", Quantity::Temperature);
        QVERIFY(series && *series);
        auto temps = obs.readings((*series)->id, 0, 4'000'000'000);
        QVERIFY(temps);
        QCOMPARE(temps->size(), std::size_t{2});
        QCOMPARE(temps->front().time, std::int64_t{1714548600}); // 09:30 CEST = 07:30Z
        QCOMPARE(temps->front().value, 20.0);                    // 68 °F
        QCOMPARE(temps->back().value, 10.0);                     // 50 °F
        series = obs.findSeries("generic", "balkon", Quantity::Pressure);
        QCOMPARE(obs.readings((*series)->id, 0, 4'000'000'000)->front().value, 1013.25);
        series = obs.findSeries("generic", "balkon", Quantity::Pm2_5);
        QCOMPARE(obs.readings((*series)->id, 0, 4'000'000'000)->front().value, 12.5);

        ImportOptions missing;
        missing.format = SensorFormat::Generic;
        auto noMapping = importSensorFile(*store, file, missing);
        QVERIFY(!noMapping);
        QCOMPARE(QString::fromStdString(noMapping.error().code), QStringLiteral("invalid_mapping"));
        options.generic->values[0].column = "PM";
        auto badColumn = previewSensorFile(file, options);
        QVERIFY(!badColumn);
        QCOMPARE(badColumn.error().field, std::string("PM"));
        QCOMPARE(badColumn.error().line, 1L);
    }
};

QTEST_GUILESS_MAIN(TestGenericMapping)
#include "test_generic_mapping.moc"
