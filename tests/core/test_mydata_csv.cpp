// Personal records from a mapped CSV: the presets, a mapping's checks, local times and their
// daylight-saving gap, units, multipliers and durations, rows skipped by line and column, and the
// preview the mapping dialog shows.

#include "core/mydata/mydata_csv.h"
#include "core/util/time_zone.h"
#include "tests/support/test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>

using namespace balgul::core;
using namespace balgul::core::mydata;

namespace {

CsvMapping mapping(std::string time, std::string value, Category category, std::string unit)
{
    CsvMapping m;
    m.timeColumn = std::move(time);
    m.valueColumn = std::move(value);
    m.category = category;
    m.unit = std::move(unit);
    return m;
}

std::vector<Interval> allIntervals(const std::vector<RecordBlock>& blocks)
{
    std::vector<Interval> all;
    for (const RecordBlock& b : blocks)
        all.insert(all.end(), b.intervals.begin(), b.intervals.end());
    return all;
}

} // namespace

class TestMyDataCsv : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::string write(const std::string& content)
    {
        const std::string path = m_dir.filePath(QStringLiteral("r%1.csv").arg(++m_n)).toStdString();
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }

private slots:
    // Times without an offset are +09:00 in this preset; one row carries its own offset.
    void electricityMeterPreset()
    {
        const std::string path = write("timestamp,kWh\n"
                                       "2024-05-01 09:00,0.5\n"
                                       "2024-05-01 10:00,0.25\n"
                                       "2024-05-01T08:00:00+09:00,1\n"
                                       "2024-05-01 11:00,abc\n"
                                       "not a time,1\n"
                                       "2024-05-01 12:00,\n"
                                       "2024-05-01 13:00\n");
        auto read = readMyDataCsv(path, *findCsvPreset("electricity_meter_hourly"));
        QVERIFY2(read, read ? "" : read.error().toString().c_str());
        const ImportReport& r = read->report;
        QCOMPARE(r.format, std::string("csv"));
        QCOMPARE(r.read, 7);
        QCOMPARE(r.kept, 3);
        QCOMPARE(r.skipped, 4);
        QCOMPARE(r.issue("bad_number")->field, std::string("kWh"));
        QCOMPARE(r.issue("bad_number")->message,
                 std::string("line 5: column 'kWh': the value is not a number"));
        QCOMPARE(r.issue("bad_time")->lines, std::vector<long>{6});
        QCOMPARE(r.issue("bad_time")->field, std::string("timestamp"));
        QCOMPARE(r.issue("no_value")->lines, std::vector<long>{7});
        QCOMPARE(r.issue("field_count")->lines, std::vector<long>{8});
        QVERIFY(r.issue("field_count")->message.find("'kWh'") != std::string::npos);
        // 08:00 +09:00 falls on 2024-04-30 UTC; 09:00 and 10:00 local are 00:00 and 01:00 UTC.
        QCOMPARE(read->blocks.size(), std::size_t(2));
        QCOMPARE(read->blocks[0].start, 1714518000);
        QCOMPARE(read->blocks[0].intervals[0].value, 1000.0);
        const RecordBlock& may1 = read->blocks[1];
        QVERIFY(may1.category == Category::Electricity);
        QCOMPARE(may1.unit, std::string("Wh"));
        QCOMPARE(may1.intervals.size(), std::size_t(2));
        QCOMPARE(may1.intervals[0].start, 1714521600);
        QCOMPARE(may1.intervals[0].duration, 3600);
        QCOMPARE(may1.intervals[0].value, 500.0);
        QCOMPARE(may1.intervals[1].value, 250.0);
        QCOMPARE(may1.end, 1714521600 + 2 * 3600);
    }

    // A date alone is its UTC day: each day's count stays whole in its own block.
    void stepCounterPreset()
    {
        auto read = readMyDataCsvBytes("\xEF\xBB\xBF"
                                       "date,steps\r\n2024-05-01,8000\r\n2024-05-02,12000\r\n"
                                       "2024-05-03,-1\r\n",
                                       "steps.csv", *findCsvPreset("step_counter_daily"));
        QVERIFY2(read, read ? "" : read.error().toString().c_str());
        QCOMPARE(read->report.kept, 2);
        QCOMPARE(read->report.issue("negative_value")->lines, std::vector<long>{4});
        QCOMPARE(read->report.dividedAtMidnight, 0);
        QCOMPARE(read->blocks.size(), std::size_t(2));
        QVERIFY(read->blocks[0].category == Category::Steps);
        QCOMPARE(read->blocks[0].unit, std::string("count"));
        QCOMPARE(read->blocks[0].start, 1714521600);
        QCOMPARE(read->blocks[0].end, 1714521600 + 86400);
        QCOMPARE(read->blocks[1].intervals[0].value, 12000.0);
    }

    // Semicolons, a decimal comma, a day-month-year pattern in Europe/Berlin (the 02:00–03:00 gap
    // of 2024-03-31), MJ of gas in Wh times a multiplier, and a duration column.
    void localPatternAndDuration()
    {
        if (!TimeZone::load("Europe/Berlin"))
            QSKIP("tzdata (/usr/share/zoneinfo) is not installed");
        CsvMapping m = mapping("Zeit", "Verbrauch", Category::Gas, "MJ");
        m.timeFormat = "%d.%m.%Y %H:%M";
        m.timeZone = "Europe/Berlin";
        m.decimal = ',';
        m.multiplier = 2;
        m.durationColumn = "Sekunden";
        const std::string path = write("Zeit;Verbrauch;Sekunden\n"
                                       "31.03.2024 01:00;1,8;900\n"
                                       "31.03.2024 02:30;2,0;900\n"
                                       "31.03.2024 03:00;2,5;-5\n"
                                       "31.03.2024 03:15;3.5;900\n"
                                       "31.03.2024 03:30;0,36;1800\n");
        auto read = readMyDataCsv(path, m);
        QVERIFY2(read, read ? "" : read.error().toString().c_str());
        const ImportReport& r = read->report;
        QCOMPARE(r.kept, 2);
        QCOMPARE(r.issue("dst_gap")->lines, std::vector<long>{3});
        QCOMPARE(r.issue("dst_gap")->field, std::string("Zeit"));
        QCOMPARE(r.issue("bad_duration")->field, std::string("Sekunden"));
        QCOMPARE(r.issue("bad_number")->lines, std::vector<long>{5});
        const auto all = allIntervals(read->blocks);
        QCOMPARE(all.size(), std::size_t(2));
        // 01:00 CET is 00:00 UTC; 1.8 MJ = 500 Wh, times 2.
        QCOMPARE(all[0].start, 1711843200);
        QCOMPARE(all[0].duration, 900);
        QVERIFY(std::abs(all[0].value - 1000.0) < 1e-9);
        // 03:30 CEST is 01:30 UTC; 0.36 MJ = 100 Wh, times 2.
        QCOMPARE(all[1].start, 1711848600);
        QCOMPARE(all[1].duration, 1800);
        QVERIFY(std::abs(all[1].value - 200.0) < 1e-9);
        QCOMPARE(read->blocks[0].unit, std::string("Wh"));
    }

    void unixTimesAndUnits_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("time");
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("value");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<double>("stored");
        QTest::addRow("unix seconds, km") << "unix seconds"
                                          << "1714521600" << int(Category::WalkingDistance) << "km"
                                          << "1.5" << qint64(1714521600) << 1500.0;
        QTest::addRow("unix milliseconds, mi") << "unix milliseconds"
                                               << "1714521600999" << int(Category::WalkingDistance) << "mi"
                                               << "1" << qint64(1714521600) << 1609.344;
        QTest::addRow("bpm") << "iso8601"
                             << "2024-05-01T00:00:00Z" << int(Category::HeartRate) << "bpm"
                             << "61" << qint64(1714521600) << 61.0;
        QTest::addRow("ft3 of gas") << "iso8601"
                                    << "2024-05-01" << int(Category::Gas) << "ft3"
                                    << "100" << qint64(1714521600) << 2.8316846592;
        QTest::addRow("negative electricity (a meter that exports)")
            << "iso8601"
            << "2024-05-01" << int(Category::Electricity) << "MWh"
            << "-0.001" << qint64(1714521600) << -1000.0;
    }
    void unixTimesAndUnits()
    {
        QFETCH(QString, format);
        QFETCH(QString, time);
        QFETCH(int, category);
        QFETCH(QString, unit);
        QFETCH(QString, value);
        QFETCH(qint64, start);
        QFETCH(double, stored);
        CsvMapping m = mapping("t", "v", static_cast<Category>(category), unit.toStdString());
        m.timeFormat = format.toStdString();
        auto read =
            readMyDataCsvBytes("t,v\n" + time.toStdString() + "," + value.toStdString() + "\n", "one.csv", m);
        QVERIFY2(read, read ? "" : read.error().toString().c_str());
        QCOMPARE(read->report.kept, 1);
        QCOMPARE(read->blocks.at(0).intervals.at(0).start, start);
        QVERIFY(std::abs(read->blocks[0].intervals[0].value - stored) < 1e-9);
    }

    void invalidMappings_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::addRow("missing column") << "value column"
                                        << "missing_column"
                                        << "power";
        QTest::addRow("tracks from a CSV") << "mobility"
                                           << "invalid_mapping"
                                           << "category";
        QTest::addRow("unit of another category") << "unit"
                                                  << "bad_unit"
                                                  << "unit";
        QTest::addRow("time format") << "format"
                                     << "bad_time_format"
                                     << "timeFormat";
        QTest::addRow("time zone") << "zone"
                                   << "unknown_time_zone"
                                   << "timeZone";
        QTest::addRow("multiplier") << "multiplier"
                                    << "invalid_mapping"
                                    << "multiplier";
        QTest::addRow("no time column") << "no time"
                                        << "invalid_mapping"
                                        << "timeColumn";
    }
    void invalidMappings()
    {
        QFETCH(QString, change);
        QFETCH(QString, code);
        QFETCH(QString, field);
        CsvMapping m = mapping("time", "kWh", Category::Electricity, "kWh");
        if (change == QStringLiteral("value column"))
            m.valueColumn = "power";
        else if (change == QStringLiteral("mobility"))
            m.category = Category::Mobility;
        else if (change == QStringLiteral("unit"))
            m.unit = "km";
        else if (change == QStringLiteral("format"))
            m.timeFormat = "%Y only";
        else if (change == QStringLiteral("zone"))
            m.timeZone = "Mars/Olympus";
        else if (change == QStringLiteral("multiplier"))
            m.multiplier = 0;
        else
            m.timeColumn.clear();
        const std::string path = write("time,kWh\n2024-05-01,1\n");
        auto read = readMyDataCsv(path, m);
        QVERIFY(!read);
        QCOMPARE(QString::fromStdString(read.error().code), code);
        QCOMPARE(QString::fromStdString(read.error().field), field);
        QCOMPARE(read.error().file, path);
    }

    void fileErrors()
    {
        auto gzip = readMyDataCsvBytes(std::string("\x1f\x8b\x08\x00\x00\x00", 6), "meter.csv.gz",
                                       *findCsvPreset("gas_meter_daily"));
        QVERIFY(!gzip);
        QCOMPARE(gzip.error().code, std::string("compressed_file"));
        auto empty = readMyDataCsvBytes("", "empty.csv", *findCsvPreset("gas_meter_daily"));
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, std::string("no_header"));
        auto absent = readMyDataCsv(m_dir.filePath(QStringLiteral("absent.csv")).toStdString(),
                                    *findCsvPreset("gas_meter_daily"));
        QVERIFY(!absent);
        QCOMPARE(absent.error().code, std::string("file_not_found"));
    }

    void presets()
    {
        QCOMPARE(presetForHeader({"Timestamp", " kWh "}),
                 std::optional<std::string>("electricity_meter_hourly"));
        QCOMPARE(presetForHeader({"date", "steps", "note"}),
                 std::optional<std::string>("step_counter_daily"));
        QCOMPARE(presetForHeader({"date", "m3"}), std::optional<std::string>("gas_meter_daily"));
        QCOMPARE(presetForHeader({"when", "what"}), std::optional<std::string>());
        QVERIFY(!findCsvPreset("nothing"));
        for (const CsvPreset& p : csvPresets()) {
            QVERIFY(!p.label.empty());
            // Every preset is valid against the header it names.
            QVERIFY2(p.mapping.validate({p.mapping.timeColumn, p.mapping.valueColumn}).ok(), p.name.c_str());
        }
        QCOMPARE(csvUnitsFor(Category::Mobility).size(), std::size_t(0));
        QCOMPARE(csvUnitConversion(Category::Gas, "MJ")->first, std::string("Wh"));
        QVERIFY(!csvUnitConversion(Category::Steps, "kWh"));
    }

    void preview()
    {
        const std::string path = write("date;steps\n2024-05-01;100\n2024-05-02;many\n2024-05-03;300\n");
        auto raw = previewMyDataCsv(path, std::nullopt, 2);
        QVERIFY2(raw, raw ? "" : raw.error().toString().c_str());
        QCOMPARE(raw->header, (std::vector<std::string>{"date", "steps"}));
        QCOMPARE(raw->separator, ';');
        QCOMPARE(raw->rows.size(), std::size_t(2));
        QCOMPARE(raw->lines, (std::vector<long>{2, 3}));
        QVERIFY(!raw->parsed[0]);
        QVERIFY(!raw->mappingError);

        auto mapped = previewMyDataCsv(path, *findCsvPreset("step_counter_daily"));
        QVERIFY2(mapped, mapped ? "" : mapped.error().toString().c_str());
        QCOMPARE(mapped->rows.size(), std::size_t(3));
        QCOMPARE(mapped->unit, std::string("count"));
        QVERIFY(mapped->parsed[0]);
        QCOMPARE(mapped->parsed[0]->value, 100.0);
        QCOMPARE(mapped->parsed[0]->duration, 86400);
        QVERIFY(!mapped->parsed[1]);
        QCOMPARE(mapped->problems[1], std::string("line 3: column 'steps': the value is not a number"));
        QVERIFY(mapped->problems[2].empty());

        auto wrong = previewMyDataCsv(path, *findCsvPreset("electricity_meter_hourly"));
        QVERIFY2(wrong, wrong ? "" : wrong.error().toString().c_str());
        QVERIFY(wrong->mappingError);
        QCOMPARE(wrong->mappingError->code, std::string("missing_column"));
        QCOMPARE(wrong->rows.size(), std::size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestMyDataCsv)
#include "test_mydata_csv.moc"
