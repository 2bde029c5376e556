// Apple Health import: the real export.xml, an export whose internal DTD is broken, document type
// declarations across chunk boundaries, Apple's dates, units, records skipped by line and type,
// readings divided at a UTC midnight, and files that are not exports.

#include "core/mydata/apple_health.h"
#include "core/sensor/gpx_track.h"
#include "core/util/progress.h"
#include "tests/support/test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>

using namespace balgul::core;
using namespace balgul::core::mydata;

namespace {

const std::string kHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

// A DTD no XML parser accepts: an attribute without a default and a content model left open.
const std::string kBrokenDtd = "<!DOCTYPE HealthData [\n"
                               "<!-- HealthKit Export Version: 11 -->\n"
                               "<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout)*)>\n"
                               "<!ATTLIST Record\n"
                               "  type          CDATA #REQUIRED\n"
                               "  value         CDATA\n"
                               ">\n"
                               "<!ELEMENT WorkoutActivity ((WorkoutEvent|WorkoutStatistics|MetadataEntry)*>\n"
                               "<!-- a comment holding ]> is part of the subset -->\n"
                               "]>\n";

std::string record(const std::string& type, const std::string& unit, const std::string& value,
                   const std::string& start, const std::string& end)
{
    return " <Record type=\"" + type + "\" sourceName=\"Phone\" unit=\"" + unit + "\" startDate=\"" + start +
           "\" endDate=\"" + end + "\" value=\"" + value + "\"/>\n";
}

const std::string kSteps = "HKQuantityTypeIdentifierStepCount";
const std::string kHeart = "HKQuantityTypeIdentifierHeartRate";
const std::string kDistance = "HKQuantityTypeIdentifierDistanceWalkingRunning";

double total(const std::vector<RecordBlock>& blocks, Category category)
{
    double sum = 0;
    for (const RecordBlock& b : blocks)
        if (b.category == category)
            for (const Interval& i : b.intervals)
                sum += i.value;
    return sum;
}

void checkDayBlocks(const std::vector<RecordBlock>& blocks)
{
    for (const RecordBlock& b : blocks) {
        QVERIFY(!b.intervals.empty());
        QCOMPARE(b.start, b.intervals.front().start);
        QVERIFY2(b.start / 86400 == (b.end - (b.end > b.start ? 1 : 0)) / 86400,
                 "a block spans two UTC days");
        for (std::size_t i = 1; i < b.intervals.size(); ++i)
            QVERIFY(b.intervals[i - 1].start <= b.intervals[i].start);
    }
}

const CategoryFound* category(const ImportReport& report, Category c)
{
    for (const CategoryFound& f : report.categories)
        if (f.category == c)
            return &f;
    return nullptr;
}

class CancelAtOnce : public Progress
{
public:
    void report(std::string_view, std::int64_t, std::int64_t) override {}
    bool cancelled() const override { return true; }
};

} // namespace

class TestMyDataHealth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::string write(const std::string& content)
    {
        const std::string path = m_dir.filePath(QStringLiteral("export%1.xml").arg(++m_n)).toStdString();
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }

private slots:
    // export.xml: 11,101 Record elements, 10,939 of them children of HealthData and 162 copies inside
    // the 34 Food Correlations. Of the top-level ones, 3,980 StepCount ("count", 349,765 steps over
    // 189 UTC days), 2,177 HeartRate ("count/min", values adding up to 169,977, 16 days) and 3,556
    // DistanceWalkingRunning (all "km": 1,020,294.68… m, 195 days; two run past a UTC midnight);
    // 1,226 records of 39 other types, 35 of them BloodGlucose (first on lines 83 and 86); the first
    // Record inside a Correlation is on line 13,201. Counted with Python's ElementTree and datetime
    // (strptime "%Y-%m-%d %H:%M:%S %z") and grep -n.
    void realExport()
    {
        BALGUL_REQUIRE_SHARED_DATA(data);
        auto health = readAppleHealth((data + QStringLiteral("/health/export.xml")).toStdString());
        QVERIFY2(health, health ? "" : health.error().toString().c_str());
        const ImportReport& r = health->report;
        QCOMPARE(r.read, 11101);
        QCOMPARE(r.kept, 3980 + 2177 + 3556);
        QCOMPARE(r.skipped, 1226 + 162);
        QCOMPARE(r.skippedFor("other_type"), 1226);
        const ImportIssue* glucose = r.issue("other_type", "HKQuantityTypeIdentifierBloodGlucose");
        QVERIFY(glucose);
        QCOMPARE(glucose->count, 35);
        QCOMPARE(glucose->lines.front(), 83);
        QCOMPARE(glucose->lines[1], 86);
        const ImportIssue* copies = r.issue("correlation_copy");
        QVERIFY(copies);
        QCOMPARE(copies->count, 162);
        QCOMPARE(copies->lines.front(), 13201);
        QCOMPARE(r.dividedAtMidnight, 2);
        QCOMPARE(r.periodStart, 1483793940);
        QCOMPARE(r.periodEnd, 1509968402);
        QCOMPARE(r.categories.size(), std::size_t(3));
        QCOMPARE(category(r, Category::Steps)->readings, 3980);
        QCOMPARE(category(r, Category::Steps)->blocks, 189);
        QCOMPARE(category(r, Category::HeartRate)->readings, 2177);
        QCOMPARE(category(r, Category::HeartRate)->blocks, 16);
        QCOMPARE(category(r, Category::HeartRate)->unit, std::string("count/min"));
        QCOMPARE(category(r, Category::WalkingDistance)->blocks, 195);
        QCOMPARE(category(r, Category::WalkingDistance)->unit, std::string("m"));
        checkDayBlocks(health->blocks);
        QCOMPARE(total(health->blocks, Category::Steps), 349765.0);
        QCOMPARE(total(health->blocks, Category::HeartRate), 169977.0);
        QVERIFY(std::abs(total(health->blocks, Category::WalkingDistance) - 1020294.6815759991) < 1e-6);
        // The report names types and lines, never a value or a source.
        QVERIFY(r.toJson().find("iPhone") == std::string::npos);
    }

    void brokenDtdIsSkipped()
    {
        const std::string text =
            kHead + kBrokenDtd + "<HealthData locale=\"en_US\">\n" +
            record(kSteps, "count", "120", "2024-05-01 09:00:00 +0900", "2024-05-01 09:10:00 +0900") +
            record(kSteps, "count", "x", "2024-05-01 10:00:00 +0900", "2024-05-01 10:10:00 +0900") +
            "</HealthData>\n";
        // The DTD is truly broken: the plain SAX parser stops in it (a sound DTD would reach the root
        // element and be refused as not GPX).
        auto plain = sensor::readGpxTrackBytes(text, "export.xml");
        QVERIFY(!plain);
        QCOMPARE(plain.error().code, std::string("invalid_xml"));
        auto health = readAppleHealth(write(text));
        QVERIFY2(health, health ? "" : health.error().toString().c_str());
        QCOMPARE(health->report.read, 2);
        QCOMPARE(health->report.kept, 1);
        QCOMPARE(health->blocks.size(), std::size_t(1));
        QCOMPARE(health->blocks[0].intervals[0].start, 1714521600); // 09:00 +0900 is 00:00 UTC
        QCOMPARE(health->blocks[0].intervals[0].duration, 600);
        QCOMPARE(health->blocks[0].intervals[0].value, 120.0);
        // Lines after the dropped DTD are the file's: the bad value is on line 14.
        const ImportIssue* bad = health->report.issue("bad_number");
        QVERIFY(bad);
        QCOMPARE(bad->lines, std::vector<long>{14});
        QCOMPARE(bad->message, std::string("line 14: the value is not a number"));
    }

    // Declarations as long as several 64 KiB chunks, a BOM, comments and instructions before them,
    // and a DOCTYPE without an internal subset whose system literal holds '[' and '>'.
    void doctypeForms_data()
    {
        QTest::addColumn<QByteArray>("prolog");
        QTest::addColumn<int>("prologLines");
        std::string longDtd = "<!DOCTYPE HealthData [\n<!-- ]> ";
        for (int i = 0; i < 3000; ++i)
            longDtd += "a long comment line ] > ]] of some sixty characters, over and over\n";
        longDtd += "-->\n<!ELEMENT Me EMPTY>\n]  \n>\n";
        QTest::addRow("DTD over three chunks") << QByteArray::fromStdString(kHead + longDtd) << 3006;
        QTest::addRow("BOM, comment, instruction")
            << QByteArray::fromStdString("\xEF\xBB\xBF" + kHead + "<!-- export -->\n<?style x?>\n" +
                                         kBrokenDtd)
            << 13;
        QTest::addRow("system literal")
            << QByteArray::fromStdString(kHead + "<!DOCTYPE HealthData SYSTEM \"a[>.dtd\">\n") << 2;
        QTest::addRow("no DOCTYPE") << QByteArray::fromStdString(kHead) << 1;
    }
    void doctypeForms()
    {
        QFETCH(QByteArray, prolog);
        QFETCH(int, prologLines);
        const std::string text =
            prolog.toStdString() + "<HealthData locale=\"ko_KR\">\n" +
            record("HKQuantityTypeIdentifierBodyMass", "kg", "70", "2024-05-01 09:00:00 +0900",
                   "2024-05-01 09:00:00 +0900") +
            record(kHeart, "count/min", "72", "2024-05-01 09:00:00 +0900", "2024-05-01 09:00:00 +0900") +
            "</HealthData>\n";
        auto health = readAppleHealthBytes(text, "export.xml");
        QVERIFY2(health, health ? "" : health.error().toString().c_str());
        QCOMPARE(health->report.kept, 1);
        const ImportIssue* other = health->report.issue("other_type", "HKQuantityTypeIdentifierBodyMass");
        QVERIFY(other);
        QCOMPARE(other->lines, std::vector<long>{prologLines + 2});
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("utc");
        QTest::addRow("Apple's form") << "2017-05-23 09:49:00 +0200" << true << qint64(1495525740);
        QTest::addRow("ISO form") << "2017-05-23T09:49:00+02:00" << true << qint64(1495525740);
        QTest::addRow("west of UTC") << "2017-05-23 02:19:00 -0530" << true << qint64(1495525740);
        QTest::addRow("UTC") << "2017-05-23 07:49:00 +0000" << true << qint64(1495525740);
        QTest::addRow("no offset") << "2017-05-23 09:49:00" << false << qint64(0);
        QTest::addRow("date alone") << "2017-05-23 +0200" << false << qint64(0);
        QTest::addRow("day out of range") << "2017-02-30 09:49:00 +0200" << false << qint64(0);
        QTest::addRow("garbage") << "yesterday +0200" << false << qint64(0);
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, utc);
        const auto t = parseHealthDate(text.toStdString());
        QCOMPARE(t.has_value(), valid);
        if (valid)
            QCOMPARE(qint64(*t), utc);
    }

    void records_data()
    {
        QTest::addColumn<QByteArray>("recordXml");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("value");
        const std::string s = "2024-05-01 12:00:00 +0000", e = "2024-05-01 12:30:00 +0000";
        const auto row = [](const std::string& xml) { return QByteArray::fromStdString(xml); };
        QTest::addRow("miles") << row(record(kDistance, "mi", "2", s, e)) << ""
                               << "" << 3218.688;
        QTest::addRow("km") << row(record(kDistance, "km", "1.5", s, e)) << ""
                            << "" << 1500.0;
        QTest::addRow("beats per second") << row(record(kHeart, "count/s", "1.25", s, s)) << ""
                                          << "" << 75.0;
        QTest::addRow("unknown unit") << row(record(kDistance, "furlong", "2", s, e)) << "unsupported_unit"
                                      << "unit" << 0.0;
        QTest::addRow("steps in km") << row(record(kSteps, "km", "2", s, e)) << "unsupported_unit"
                                     << "unit" << 0.0;
        QTest::addRow("not a number") << row(record(kSteps, "count", "12a", s, e)) << "bad_number"
                                      << "value" << 0.0;
        QTest::addRow("negative") << row(record(kSteps, "count", "-3", s, e)) << "negative_value"
                                  << "value" << 0.0;
        QTest::addRow("no value") << row(" <Record type=\"" + kSteps + "\" unit=\"count\" startDate=\"" + s +
                                         "\" endDate=\"" + e + "\"/>\n")
                                  << "no_value"
                                  << "value" << 0.0;
        QTest::addRow("start not a date") << row(record(kSteps, "count", "3", "today", e)) << "bad_time"
                                          << "startDate" << 0.0;
        QTest::addRow("end before start") << row(record(kSteps, "count", "3", e, s)) << "bad_time"
                                          << "endDate" << 0.0;
        QTest::addRow("other type") << row(record("HKQuantityTypeIdentifierFlightsClimbed", "count", "3", s,
                                                  e))
                                    << "other_type"
                                    << "HKQuantityTypeIdentifierFlightsClimbed" << 0.0;
    }
    void records()
    {
        QFETCH(QByteArray, recordXml);
        QFETCH(QString, reason);
        QFETCH(QString, field);
        QFETCH(double, value);
        const std::string text = kHead + "<HealthData>\n" + recordXml.toStdString() + "</HealthData>\n";
        auto health = readAppleHealthBytes(text, "export.xml");
        QVERIFY2(health, health ? "" : health.error().toString().c_str());
        QCOMPARE(health->report.read, 1);
        if (reason.isEmpty()) {
            QCOMPARE(health->report.kept, 1);
            QVERIFY(std::abs(health->blocks.at(0).intervals.at(0).value - value) < 1e-9);
            return;
        }
        QCOMPARE(health->report.skipped, 1);
        const ImportIssue* issue = health->report.issue(reason.toStdString());
        QVERIFY2(issue, health->report.toText().c_str());
        QCOMPARE(QString::fromStdString(issue->field), field);
        QCOMPARE(issue->lines, std::vector<long>{3});
    }

    // 100 steps from 23:30 to 00:30 UTC go 50 and 50 to two days; a heart rate keeps its value on both.
    void dividedAtMidnight()
    {
        const std::string s = "2024-05-01 23:30:00 +0000", e = "2024-05-02 00:30:00 +0000";
        const std::string text = kHead + "<HealthData>\n" + record(kSteps, "count", "100", s, e) +
                                 record(kHeart, "count/min", "80", s, e) + "</HealthData>\n";
        auto health = readAppleHealthBytes(text, "export.xml");
        QVERIFY2(health, health ? "" : health.error().toString().c_str());
        QCOMPARE(health->report.kept, 2);
        QCOMPARE(health->report.dividedAtMidnight, 2);
        QCOMPARE(health->blocks.size(), std::size_t(4));
        checkDayBlocks(health->blocks);
        for (const RecordBlock& b : health->blocks) {
            QCOMPARE(b.intervals.size(), std::size_t(1));
            QCOMPARE(b.intervals[0].duration, 1800);
            QCOMPARE(b.intervals[0].value, b.category == Category::Steps ? 50.0 : 80.0);
        }
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");
        QTest::addRow("GPX, not an export")
            << QByteArray::fromStdString(kHead + "<gpx xmlns=\"http://www.topografix.com/GPX/1/1\"/>")
            << "not_apple_health" << 2;
        QTest::addRow("broken XML after the DTD")
            << QByteArray::fromStdString(kHead + kBrokenDtd + "<HealthData>\n<Record>\n</HealthData>\n")
            << "invalid_xml" << 14;
        QTest::addRow("DOCTYPE never ends")
            << QByteArray::fromStdString(kHead +
                                         "<!DOCTYPE HealthData [\n<!ELEMENT Me EMPTY>\n<HealthData/>\n")
            << "not_apple_health" << 0;
        QTest::addRow("empty file") << QByteArray() << "invalid_xml" << 1;
    }
    void errors()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, code);
        QFETCH(int, line);
        const std::string path = write(xml.toStdString());
        auto health = readAppleHealth(path);
        QVERIFY(!health);
        QCOMPARE(QString::fromStdString(health.error().code), code);
        QCOMPARE(health.error().file, path);
        QCOMPARE(health.error().line, long(line));
    }

    void previewMissingAndCancel()
    {
        const std::string path =
            write(kHead + "<HealthData>\n" +
                  record(kSteps, "count", "1", "2024-05-01 00:00:00 +0000", "2024-05-01 00:01:00 +0000") +
                  record(kSteps, "count", "2", "2024-05-01 00:01:00 +0000", "2024-05-01 00:02:00 +0000") +
                  "</HealthData>\n");
        auto preview = previewAppleHealth(path, 1);
        QVERIFY2(preview, preview ? "" : preview.error().toString().c_str());
        QCOMPARE(preview->report.kept, 2);
        QCOMPARE(preview->sample.size(), std::size_t(1));
        QCOMPARE(preview->sample[0].intervals.size(), std::size_t(1));
        CancelAtOnce cancel;
        auto cancelled = readAppleHealth(path, &cancel);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, std::string("cancelled"));
        auto absent = readAppleHealth(m_dir.filePath(QStringLiteral("absent.xml")).toStdString());
        QVERIFY(!absent);
        QCOMPARE(absent.error().code, std::string("cannot_open"));
    }
};

QTEST_GUILESS_MAIN(TestMyDataHealth)
#include "test_mydata_health.moc"
