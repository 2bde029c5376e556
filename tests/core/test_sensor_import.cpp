// Sensor file import: real Sensor.Community and PurpleAir files, one synthetic file per
// malformation, encodings, and all-or-nothing on failure and cancellation.

#include "core/sensor/observation_store.h"
#include "core/sensor/sensor_import.h"
#include "core/store/store.h"
#include "core/util/progress.h"
#include "tests/support/test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <fstream>
#include <sqlite3.h>

using namespace balgul::core;
using namespace balgul::core::sensor;

// The int column `name` of the current data row, widened to the report's counter type.
#define FETCH_COUNT(name) std::int64_t(*static_cast<int*>(QTest::qData(#name, ::qMetaTypeId<int>())))

namespace {

const char* kScHeader =
    "sensor_id;sensor_type;location;lat;lon;timestamp;P1;durP1;ratioP1;P2;durP2;ratioP2\n";
const char* kScRow = "1;SDS011;9;37.5;127.0;2024-05-01T00:00:00;10.5;;;4.25;;\n";
const char* kPaHeader = "time_stamp,pm2.5_atm_a,pm2.5_atm_b,temperature,humidity,pressure\n";

class CancelAtOnce : public Progress
{
public:
    void report(std::string_view, std::int64_t, std::int64_t) override {}
    bool cancelled() const override { return true; }
};

/// Cancels at the second progress report, after rows of several days were read and written.
class CancelLater : public Progress
{
public:
    void report(std::string_view, std::int64_t, std::int64_t) override { ++m_reports; }
    bool cancelled() const override { return m_reports >= 2; }

private:
    int m_reports = 0;
};

/// Every row of the sensor tables, column by column (blobs byte for byte).
std::string dump(Store& store)
{
    std::string out;
    for (const char* table : {"sensor_devices", "sensor_series", "sensor_blocks", "sensor_imports",
                              "sensor_positions", "sensor_presets"}) {
        out += std::string(table) + ":\n";
        auto st = store.database().prepare(std::string("SELECT * FROM ") + table + " ORDER BY 1, 2");
        while (st.step()) {
            for (int c = 0; c < sqlite3_column_count(st.handle()); ++c) {
                const void* bytes = sqlite3_column_blob(st.handle(), c);
                const int size = sqlite3_column_bytes(st.handle(), c);
                out += bytes ? std::string(static_cast<const char*>(bytes), static_cast<std::size_t>(size))
                             : std::string("NULL");
                out += '\x1f';
            }
            out += '\n';
        }
    }
    return out;
}

std::int64_t count(Store& store, const char* table)
{
    auto st = store.database().prepare(std::string("SELECT count(*) FROM ") + table);
    st.step();
    return st.int64(0);
}

} // namespace

class TestSensorImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::string write(const std::string& content, const QString& name = {})
    {
        const QString file = m_dir.filePath(name.isEmpty() ? QStringLiteral("f%1.csv").arg(++m_n) : name);
        std::ofstream(file.toStdString(), std::ios::binary) << content;
        return file.toStdString();
    }
    std::unique_ptr<Store> openStore()
    {
        auto s = Store::open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n)).toStdString());
        return s ? std::move(*s) : nullptr;
    }
    std::vector<Reading> readingsOf(Store& store, const std::string& source, const std::string& id,
                                    Quantity q)
    {
        ObservationStore obs(store.database());
        auto series = obs.findSeries(source, id, q);
        if (!series || !*series)
            return {};
        auto r = obs.readings((*series)->id, 0, 4'000'000'000);
        return r ? *r : std::vector<Reading>{};
    }

private slots:
    void realFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("read");
        QTest::addColumn<int>("imported");
        QTest::addColumn<int>("flagged");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<int>("readings");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("line");
        QTest::addRow("sds011 5331: duplicate time, empty row")
            << "sensor_community/2017-08-30_sds011_sensor_5331.csv" << 306 << 305 << 0 << 1 << 610
            << "empty_row" << 3;
        QTest::addRow("sds011 22885: empty row a second later")
            << "sensor_community/2019-03-09_sds011_sensor_22885.csv" << 9 << 8 << 0 << 1 << 16 << "empty_row"
            << 3;
        QTest::addRow("dht22 5332: clean")
            << "sensor_community/2017-08-30_dht22_sensor_5332.csv" << 304 << 304 << 0 << 0 << 608 << "" << 0;
        QTest::addRow("dht22 22619: humidity empty") << "sensor_community/2019-03-27_dht22_sensor_22619.csv"
                                                     << 577 << 576 << 1 << 0 << 1153 << "empty_value" << 351;
        QTest::addRow("purpleair 149970: unsorted, °F")
            << "purpleair/sensor-149970-1663711800-1663730400.csv" << 153 << 153 << 0 << 0 << 612 << "" << 0;
    }
    void realFiles()
    {
        BALGUL_REQUIRE_SHARED_DATA(data);
        QFETCH(QString, file);
        auto store = openStore();
        QVERIFY(store);
        auto report = importSensorFile(*store, (data + QLatin1Char('/') + file).toStdString());
        QVERIFY2(report, report ? "" : report.error().toString().c_str());
        QCOMPARE(report->rowsRead, FETCH_COUNT(read));
        QCOMPARE(report->imported, FETCH_COUNT(imported));
        QCOMPARE(report->flagged, FETCH_COUNT(flagged));
        QCOMPARE(report->skipped, FETCH_COUNT(skipped));
        QCOMPARE(report->readings, FETCH_COUNT(readings));
        QFETCH(QString, reason);
        QFETCH(int, line);
        if (reason.isEmpty()) {
            QVERIFY(report->issues.empty());
        } else {
            const ImportIssue* issue = report->issue(reason.toStdString());
            QVERIFY(issue);
            QCOMPARE(issue->count, std::int64_t{1});
            QCOMPARE(issue->lines.front(), long(line));
        }
        QCOMPARE(count(*store, "sensor_imports"), std::int64_t{1});
    }

    void realValues()
    {
        BALGUL_REQUIRE_SHARED_DATA(data);
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(importSensorFile(
            *store, (data + "/sensor_community/2017-08-30_sds011_sensor_5331.csv").toStdString()));
        // P1 is PM10 and P2 is PM2.5: first row 9.53 / 2.83 at 2017-08-30T11:27:23Z.
        const auto pm10 = readingsOf(*store, "sensor.community", "5331", Quantity::Pm10);
        const auto pm25 = readingsOf(*store, "sensor.community", "5331", Quantity::Pm2_5);
        QCOMPARE(pm10.size(), std::size_t{305});
        QCOMPARE(pm10.front().time, std::int64_t{1504092443});
        QCOMPARE(pm10.front().value, 9.53);
        QCOMPARE(pm25.front().value, 2.83);

        QVERIFY(importSensorFile(
            *store, (data + "/purpleair/sensor-149970-1663711800-1663730400.csv").toStdString()));
        const auto temp = readingsOf(*store, "purpleair", "149970", Quantity::Temperature);
        const auto pa25 = readingsOf(*store, "purpleair", "149970", Quantity::Pm2_5);
        QCOMPARE(temp.size(), std::size_t{153});
        QVERIFY(std::is_sorted(temp.begin(), temp.end(), [](auto& a, auto& b) { return a.time < b.time; }));
        QCOMPARE(temp.front().time, std::int64_t{1663711200}); // line 52: the file is not in time order
        // Line 2, 1663711800: 81 °F; PM2.5 the mean of atm a 0.96 and b 0.81.
        const auto at = [](const std::vector<Reading>& rs, std::int64_t t) {
            return std::find_if(rs.begin(), rs.end(), [t](const Reading& r) { return r.time == t; })->value;
        };
        QCOMPARE(at(temp, 1663711800), 27.222);
        QCOMPARE(at(pa25, 1663711800), 0.885);
    }

    void reimportAddsNothing()
    {
        auto store = openStore();
        const std::string file = write(std::string(kScHeader) + kScRow);
        QVERIFY(importSensorFile(*store, file));
        auto again = importSensorFile(*store, file);
        QVERIFY(again);
        QCOMPARE(again->readings, std::int64_t{0});
        QCOMPARE(readingsOf(*store, "sensor.community", "1", Quantity::Pm10).size(), std::size_t{1});
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("imported");
        QTest::addColumn<int>("flagged");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        const QByteArray sc = QByteArray(kScHeader) + kScRow;
        const QByteArray pa = QByteArray(kPaHeader) + "1700000000,5.0,5.2,68,40,1010\n";
        QTest::addRow("all-empty row") << sc + "1;SDS011;9;37.5;127.0;2024-05-01T00:01:00;;;;;;\n"
                                       << 1 << 0 << 1 << "empty_row"
                                       << "line 3: every value is empty" << 3;
        QTest::addRow("identical duplicate") << sc + kScRow << 1 << 0 << 1 << "duplicate_row"
                                             << "line 3: same time and values as line 2" << 3;
        QTest::addRow("conflicting duplicate")
            << sc + "1;SDS011;9;37.5;127.0;2024-05-01T00:00:00;11;;;4.25;;\n"
            << 1 << 1 << 0 << "conflicting_duplicate"
            << "line 3: same time as line 2" << 3;
        QTest::addRow("last line cut")
            << sc + "1;SDS011;9;37.5;127.0;2024-05-01T00:02:00;12" << 1 << 0 << 1 << "truncated_last_line"
            << "line 3: the last line ends mid-row" << 3;
        QTest::addRow("more fields than header")
            << sc + "1;SDS011;9;37.5;127.0;2024-05-01T00:02:00;1;;;1;;;7\n"
            << 1 << 0 << 1 << "field_count"
            << "line 3: the row has 13 fields" << 3;
        QTest::addRow("bad time") << sc + "1;SDS011;9;37.5;127.0;2024-13-01T00:00:00;1;;;1;;\n"
                                  << 1 << 0 << 1 << "bad_time"
                                  << "line 3, timestamp: '2024-13-01T00:00:00' is not a time" << 3;
        QTest::addRow("bad number") << sc + "1;SDS011;9;37.5;127.0;2024-05-01T00:03:00;abc;;;1;;\n"
                                    << 1 << 1 << 0 << "bad_number"
                                    << "line 3, P1: 'abc' is not a number" << 3;
        QTest::addRow("impossible value") << sc + "1;SDS011;9;37.5;127.0;2024-05-01T00:03:00;-5;;;1;;\n"
                                          << 1 << 1 << 0 << "impossible_value"
                                          << "line 3, P1: -5 is not a possible pm10 value" << 3;
        QTest::addRow("old +00:00 with microseconds")
            << sc + "1;SDS011;9;37.5;127.0;2017-08-30T11:27:23.123456+00:00;1;;;1;;\n"
            << 2 << 0 << 0 << ""
            << "" << 3;
        QTest::addRow("purpleair sentinel") << pa + "1700000120,5.0,5.1,-235,40,1010\n"
                                            << 1 << 1 << 0 << "sentinel"
                                            << "line 3, temperature: -235 is PurpleAir's no-data code" << 3;
        QTest::addRow("purpleair channels disagree") << pa + "1700000120,2,30,68,40,1010\n"
                                                     << 1 << 1 << 0 << "channel_disagreement"
                                                     << "line 3, pm2.5_atm_a+pm2.5_atm_b" << 3;
        QTest::addRow("blank line") << sc + "\n"
                                    << 1 << 0 << 1 << "empty_row"
                                    << "line 3: the line is blank" << 3;

        QTest::addRow("unsorted rows") << sc + "1;SDS011;9;37.5;127.0;2024-05-01T00:05:00;2;;;1;;\n" +
                                              "1;SDS011;9;37.5;127.0;2024-04-30T23:55:00;3;;;1;;\n"
                                       << 3 << 0 << 0 << ""
                                       << "" << 0;
        QTest::addRow("identical duplicate back in time")
            << sc + "1;SDS011;9;37.5;127.0;2024-05-01T00:05:00;2;;;1;;\n" + kScRow << 2 << 0 << 1
            << "duplicate_row"
            << "line 4: same time and values as line 2" << 4;
        QTest::addRow("conflicting duplicate back in time")
            << sc + "1;SDS011;9;37.5;127.0;2024-05-01T00:05:00;2;;;1;;\n" +
                   "1;SDS011;9;37.5;127.0;2024-05-01T00:00:00;10.5;;;9;;\n"
            << 2 << 1 << 0 << "conflicting_duplicate"
            << "line 4: same time as line 2" << 4;
        QTest::addRow("literal unavailable")
            << sc + "1;SDS011;9;37.5;127.0;2024-05-01T00:03:00;unavailable;;;1;;\n"
            << 1 << 1 << 0 << "empty_value"
            << "line 3, P1: 'unavailable' means no value" << 3;
        QTest::addRow("empty value") << sc + "1;SDS011;9;37.5;127.0;2024-05-01T00:03:00;;;;1;;\n"
                                     << 1 << 1 << 0 << "empty_value"
                                     << "line 3, P1: the value is empty" << 3;
        QTest::addRow("decimal commas") << sc + "1;SDS011;9;37.5;127.0;2024-05-01T00:03:00;10,5;;;4,25;;\n"
                                        << 2 << 0 << 0 << ""
                                        << "" << 0;
        QTest::addRow("unquoted comma shifts columns")
            << pa + "1700000060,5,5,5.2,68,40,1010\n"
            << 1 << 0 << 1 << "field_count"
            << "line 3: the row has 7 fields, the header has 6" << 3;
        QTest::addRow("quoted decimal comma") << pa + "1700000060,\"5,5\",5.2,68,40,1010\n"
                                              << 2 << 0 << 0 << ""
                                              << "" << 0;
        QTest::addRow("impossible humidity") << pa + "1700000060,5,5.2,68,140,1010\n"
                                             << 1 << 1 << 0 << "impossible_value"
                                             << "line 3, humidity: 140 is not a possible humidity value" << 3;
    }

    void malformed()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QFETCH(QString, message);
        QFETCH(int, line);
        auto store = openStore();
        auto report = importSensorFile(*store, write(content.toStdString()));
        QVERIFY2(report, report ? "" : report.error().toString().c_str());
        QCOMPARE(report->rowsRead, FETCH_COUNT(imported) + FETCH_COUNT(flagged) + FETCH_COUNT(skipped));
        QCOMPARE(report->imported, FETCH_COUNT(imported));
        QCOMPARE(report->flagged, FETCH_COUNT(flagged));
        QCOMPARE(report->skipped, FETCH_COUNT(skipped));
        if (reason.isEmpty()) {
            QVERIFY(report->issues.empty());
            return;
        }
        const ImportIssue* issue = report->issue(reason.toStdString());
        QVERIFY2(issue, report->toText().c_str());
        QCOMPARE(issue->lines, std::vector<long>{line});
        QVERIFY2(issue->message.rfind(message.toStdString(), 0) == 0, issue->message.c_str());
    }

    void flaggedReadingsKeptButMarked()
    {
        auto store = openStore();
        const std::string file = write(std::string(kPaHeader) + "1700000000,5.0,5.2,-235,40,1010\n" +
                                       "1700000000,6.0,6.2,70,40,1010\n");
        QVERIFY(importSensorFile(*store, file));
        const auto temp = readingsOf(*store, "purpleair", "f" + std::to_string(m_n), Quantity::Temperature);
        QCOMPARE(temp.size(), std::size_t{2});
        QVERIFY(temp[0].flags & FlagSentinel);
        QVERIFY(temp[0].flags & FlagConflictingDuplicate);
        QVERIFY(!temp[1].usable());
    }

    void encodings()
    {
        const std::string row =
            "7;\xBD\xC7\xB3\xBB;9;37.5;127.0;2024-05-01T00:00:00;20.5;55\n"; // 실내 in CP949
        const std::string header = "sensor_id;sensor_type;location;lat;lon;timestamp;temperature;humidity\n";
        auto store = openStore();
        auto cp949 = importSensorFile(*store, write(header + row));
        QVERIFY2(cp949, cp949 ? "" : cp949.error().toString().c_str());
        QVERIFY(cp949->encoding == TextEncoding::Cp949);
        auto st = store->database().prepare("SELECT sensor_type FROM sensor_devices WHERE external_id = '7'");
        QVERIFY(st.step());
        QCOMPARE(QString::fromStdString(st.text(0)), QString::fromUtf8("실내"));

        auto bom = importSensorFile(
            *store, write("\xEF\xBB\xBF" + header + "8;DHT22;9;37.5;127.0;2024-05-01T00:00:00;1;2\n"));
        QVERIFY(bom);
        QVERIFY(bom->encoding == TextEncoding::Utf8Bom);
        QCOMPARE(bom->imported, std::int64_t{1});
        QCOMPARE(splitCsvLine("a,\"b,c\",\"d\"\"e\"", ','), (std::vector<std::string>{"a", "b,c", "d\"e"}));
    }

    void previewWritesNothing()
    {
        const std::string file = write(std::string(kScHeader) + kScRow + kScRow);
        auto preview = previewSensorFile(file, SensorFormat::Auto, 1);
        QVERIFY(preview);
        QVERIFY(preview->mapping.format == SensorFormat::SensorCommunity);
        QCOMPARE(preview->separator, ';');
        QCOMPARE(preview->rows.size(), std::size_t{1});
        QVERIFY(preview->mapping.columns.front().quantity == Quantity::Pm10);
        QCOMPARE(preview->mapping.columns.front().columns.front(), std::string("P1"));
    }

    void failureLeavesStoreUnchanged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("cancel"); // 0 no, 1 at once, 2 midway
        QTest::addColumn<QString>("code");
        QByteArray big = kScHeader;
        // 20000 rows a minute apart: two weeks, so day blocks are written before the cancel.
        for (int i = 0; i < 20000; ++i) {
            const int day = 2 + i / 1440, minute = i % 1440;
            big += "2;SDS011;9;37.5;127.0;2024-05-" + QByteArray::number(day).rightJustified(2, '0') + "T" +
                   QByteArray::number(minute / 60).rightJustified(2, '0') + ":" +
                   QByteArray::number(minute % 60).rightJustified(2, '0') + ":00;1;;;1;;\n";
        }
        QTest::addRow("cancelled at once") << big << 1 << "cancelled";
        QTest::addRow("cancelled midway") << big << 2 << "cancelled";
        QTest::addRow("invalid utf-8 late in the file")
            << QByteArray(kScHeader) + kScRow + QByteArray(70000, 'x') + "\n\xC3\x28\n"
            << 0 << "invalid_encoding";
        QTest::addRow("unterminated quote")
            << QByteArray(kScHeader) + kScRow + "\"open;" << 0 << "unterminated_quote";
        QTest::addRow("unknown header") << QByteArray("a,b\n1,2\n") << 0 << "unknown_format";
        QTest::addRow("empty file") << QByteArray() << 0 << "empty_file";
    }
    void failureLeavesStoreUnchanged()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, cancel);
        auto store = openStore();
        QVERIFY(importSensorFile(*store, write(std::string(kScHeader) + kScRow)));
        const std::string before = dump(*store);
        CancelAtOnce atOnce;
        CancelLater later;
        Progress* progress = cancel == 1 ? static_cast<Progress*>(&atOnce) : (cancel == 2 ? &later : nullptr);
        auto report = importSensorFile(*store, write(content.toStdString()), SensorFormat::Auto, progress);
        QVERIFY(!report);
        QFETCH(QString, code);
        QCOMPARE(QString::fromStdString(report.error().code), code);
        QVERIFY(!report.error().file.empty());
        QVERIFY(dump(*store) == before);
        QCOMPARE(count(*store, "sensor_devices"), std::int64_t{1});
        // The same file without cancelling does store something: the dump is sensitive to it.
        if (cancel != 0) {
            QVERIFY(importSensorFile(*store, write(content.toStdString())));
            QVERIFY(dump(*store) != before);
        }
    }

    void errorsNameLineAndFile()
    {
        const std::string file = write(std::string(kScHeader) + kScRow + "\"open;");
        auto store = openStore();
        auto report = importSensorFile(*store, file);
        QVERIFY(!report);
        QCOMPARE(report.error().file, file);
        QCOMPARE(report.error().line, 3L);
    }
};

QTEST_GUILESS_MAIN(TestSensorImport)
#include "test_sensor_import.moc"
