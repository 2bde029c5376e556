// Green Button (NAESB ESPI) import: the real sample feeds, the espi: prefix against the default
// namespace, links between entries, readings divided at UTC midnights, skipped readings named by
// line, broken and foreign files, and the daylight-saving rules of LocalTimeParameters at the
// transition hours.

#include "core/mydata/greenbutton.h"
#include "core/util/progress.h"
#include "tests/support/test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>

using namespace balgul::core;
using namespace balgul::core::mydata;

namespace {

// Every block holds one category, sorted readings, finite values, and at most one UTC day.
void checkDayBlocks(const std::vector<RecordBlock>& blocks)
{
    for (const RecordBlock& b : blocks) {
        QVERIFY(!b.intervals.empty());
        QVERIFY(b.points.empty());
        QCOMPARE(b.start, b.intervals.front().start);
        QVERIFY(b.end >= b.start);
        QVERIFY2(b.start / 86400 == (b.end - (b.end > b.start ? 1 : 0)) / 86400,
                 "a block spans two UTC days");
        for (std::size_t i = 0; i < b.intervals.size(); ++i) {
            QVERIFY(std::isfinite(b.intervals[i].value));
            QVERIFY(b.intervals[i].start + b.intervals[i].duration <= b.end);
            if (i > 0)
                QVERIFY(b.intervals[i - 1].start <= b.intervals[i].start);
        }
    }
}

double total(const std::vector<RecordBlock>& blocks, Category category)
{
    double sum = 0;
    for (const RecordBlock& b : blocks)
        if (b.category == category)
            for (const Interval& i : b.intervals)
                sum += i.value;
    return sum;
}

// One gas feed, written with ESPI as the default namespace of each resource ({NS}) or with a prefix
// ({P}, declared on the feed as {ROOT}). Two daily readings of 1250 and 750 x 10^-3 therm.
std::string gasFeed(const std::string& prefix)
{
    std::string text =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"{ROOT}>\n"
        "<entry><link rel=\"self\" href=\"UsagePoint/1\"/>"
        "<link rel=\"related\" href=\"UsagePoint/1/MeterReading\"/>\n"
        "<content><{P}UsagePoint{NS}><{P}ServiceCategory><{P}kind>1</{P}kind></{P}ServiceCategory>"
        "</{P}UsagePoint></content></entry>\n"
        "<entry><link rel=\"self\" href=\"UsagePoint/1/MeterReading/1\"/>"
        "<link rel=\"up\" href=\"UsagePoint/1/MeterReading\"/>\n"
        "<link rel=\"related\" href=\"UsagePoint/1/MeterReading/1/IntervalBlock\"/>"
        "<link rel=\"related\" href=\"ReadingType/9\"/>\n"
        "<content><{P}MeterReading{NS}/></content></entry>\n"
        "<entry><link rel=\"self\" href=\"UsagePoint/1/MeterReading/1/IntervalBlock/1\"/>"
        "<link rel=\"up\" href=\"UsagePoint/1/MeterReading/1/IntervalBlock\"/>\n"
        "<content><{P}IntervalBlock{NS}>\n"
        "<{P}IntervalReading><{P}timePeriod><{P}duration>86400</{P}duration><{P}start>1714521600"
        "</{P}start></{P}timePeriod><{P}value>1250</{P}value></{P}IntervalReading>\n"
        "<{P}IntervalReading><{P}timePeriod><{P}duration>86400</{P}duration><{P}start>1714608000"
        "</{P}start></{P}timePeriod><{P}value>750</{P}value></{P}IntervalReading>\n"
        "</{P}IntervalBlock></content></entry>\n"
        "<entry><link rel=\"self\" href=\"ReadingType/9\"/>\n"
        "<content><{P}ReadingType{NS}><{P}uom>169</{P}uom><{P}powerOfTenMultiplier>-3"
        "</{P}powerOfTenMultiplier></{P}ReadingType></content></entry>\n"
        "</feed>\n";
    const auto replaceAll = [&](const std::string& from, const std::string& to) {
        for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
            text.replace(at, from.size(), to);
    };
    replaceAll("{ROOT}", prefix.empty() ? "" : " xmlns:" + prefix + "=\"http://naesb.org/espi\"");
    replaceAll("{NS}", prefix.empty() ? " xmlns=\"http://naesb.org/espi\"" : "");
    replaceAll("{P}", prefix.empty() ? "" : prefix + ":");
    return text;
}

// Two usage points (electricity and gas) whose ReadingTypes come after their readings, linked only
// through "related" and "up". Line numbers are those of the <IntervalReading> lines.
const char* kTwoServices =
    "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
    "<entry><link rel=\"self\" href=\"U/E\"/><link rel=\"related\" href=\"U/E/MR\"/><content>\n"
    "<UsagePoint "
    "xmlns=\"http://naesb.org/espi\"><ServiceCategory><kind>0</kind></ServiceCategory></UsagePoint></"
    "content></entry>\n"
    "<entry><link rel=\"self\" href=\"U/G\"/><link rel=\"related\" href=\"U/G/MR\"/><content>\n"
    "<UsagePoint "
    "xmlns=\"http://naesb.org/espi\"><ServiceCategory><kind>1</kind></ServiceCategory></UsagePoint></"
    "content></entry>\n"
    "<entry><link rel=\"self\" href=\"U/E/MR/1\"/><link rel=\"up\" href=\"U/E/MR\"/><link rel=\"related\" "
    "href=\"U/E/MR/1/IB\"/>\n"
    "<link rel=\"related\" href=\"RT/kWh\"/><content><MeterReading "
    "xmlns=\"http://naesb.org/espi\"/></content></entry>\n"
    "<entry><link rel=\"self\" href=\"U/G/MR/1\"/><link rel=\"up\" href=\"U/G/MR\"/><link rel=\"related\" "
    "href=\"U/G/MR/1/IB\"/>\n"
    "<link rel=\"related\" href=\"RT/ft3\"/><content><MeterReading "
    "xmlns=\"http://naesb.org/espi\"/></content></entry>\n"
    "<entry><link rel=\"up\" href=\"U/E/MR/1/IB\"/><content><IntervalBlock xmlns=\"http://naesb.org/espi\">\n"
    "<IntervalReading><timePeriod><duration>7200</duration><start>1714604400</start></timePeriod><value>3</"
    "value></IntervalReading>\n"
    "<IntervalReading><timePeriod><duration>3600</duration></timePeriod><value>1</value></IntervalReading>\n"
    "<IntervalReading><timePeriod><duration>3600</duration><start>1714611600</start></timePeriod><value>two</"
    "value></IntervalReading>\n"
    "<IntervalReading><timePeriod><duration>3600</duration><start>1714611600</start></timePeriod><value>2</"
    "value></IntervalReading>\n"
    "</IntervalBlock></content></entry>\n"
    "<entry><link rel=\"up\" href=\"U/G/MR/1/IB\"/><content><IntervalBlock xmlns=\"http://naesb.org/espi\">\n"
    "<IntervalReading><timePeriod><duration>86400</duration><start>1714521600</start></"
    "timePeriod><value>100</value></IntervalReading>\n"
    "</IntervalBlock></content></entry>\n"
    "<entry><link rel=\"self\" href=\"RT/ft3\"/><content><ReadingType "
    "xmlns=\"http://naesb.org/espi\"><uom>119</uom>\n"
    "<powerOfTenMultiplier>0</powerOfTenMultiplier></ReadingType></content></entry>\n"
    "<entry><link rel=\"self\" href=\"RT/kWh\"/><content><ReadingType "
    "xmlns=\"http://naesb.org/espi\"><uom>72</uom>\n"
    "<powerOfTenMultiplier>3</powerOfTenMultiplier><flowDirection>1</flowDirection></ReadingType></content></"
    "entry>\n"
    "</feed>\n";

class CancelAtOnce : public Progress
{
public:
    void report(std::string_view, std::int64_t, std::int64_t) override {}
    bool cancelled() const override { return true; }
};

} // namespace

class TestMyDataGreenButton : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::string write(const std::string& content)
    {
        const std::string path = m_dir.filePath(QStringLiteral("f%1.xml").arg(++m_n)).toStdString();
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }

private slots:
    // 1hrLP_32Days.xml: 768 IntervalReadings of 3600 s from 1333252800 (2012-04-01 04:00 UTC, local
    // midnight EDT) to 1336017600, 2,354,843 Wh in all, over 33 UTC days; 2012-04-01 (hours 04–23)
    // holds 67,738 Wh. Counted with Python's ElementTree over every espi:IntervalReading (start,
    // duration, value). One ReadingType (uom 72, multiplier 0) that comes after the readings.
    void hourlyLoadProfile()
    {
        BALGUL_REQUIRE_SHARED_DATA(data);
        auto feed = readGreenButton((data + QStringLiteral("/greenbutton/1hrLP_32Days.xml")).toStdString());
        QVERIFY2(feed, feed ? "" : feed.error().toString().c_str());
        const ImportReport& r = feed->report;
        QCOMPARE(r.read, 768);
        QCOMPARE(r.kept, 768);
        QCOMPARE(r.skipped, 0);
        QCOMPARE(r.dividedAtMidnight, 0);
        QCOMPARE(r.categories.size(), std::size_t(1));
        QVERIFY(r.categories[0].category == Category::Electricity);
        QCOMPARE(r.categories[0].unit, std::string("Wh"));
        QCOMPARE(r.categories[0].blocks, 33);
        QCOMPARE(feed->blocks.size(), std::size_t(33));
        checkDayBlocks(feed->blocks);
        QCOMPARE(total(feed->blocks, Category::Electricity), 2354843.0);
        QCOMPARE(feed->blocks.front().intervals.size(), std::size_t(20));
        QCOMPARE(total({feed->blocks.front()}, Category::Electricity), 67738.0);
        QCOMPARE(r.periodStart, 1333252800);
        QCOMPARE(r.periodEnd, 1336017600);
        // LocalTimeParameters: tzOffset -18000, dstOffset 3600, 360E2000 / B40E2000 (US Eastern).
        QVERIFY(feed->localTime);
        QCOMPARE(feed->localTime->tzOffset, -18000);
        QVERIFY(r.local);
        QCOMPARE(r.local->start, 1333252800 - 4 * 3600);
        QCOMPARE(r.local->startOffset, -4 * 3600);
        QCOMPARE(r.local->end, 1336017600 - 4 * 3600);
        QVERIFY(r.toText().find("local 2012-04-01T00:00:00-04:00") != std::string::npos);
    }

    // Electric.xml: two monthly readings, 4,702,205 Wh over 2,592,000 s from 1333252800 and
    // 1,262,848 Wh over 950,400 s from 1335844800 (the first's end). Both run past midnights: 43
    // pieces over 42 UTC days (2012-05-01 holds the end of one and the start of the other). The first
    // day (20 of the reading's 720 hours) holds 4,702,205 x 20/720 = 130,616.80… Wh.
    void monthlyReadingsDivided()
    {
        BALGUL_REQUIRE_SHARED_DATA(data);
        auto feed = readGreenButton((data + QStringLiteral("/greenbutton/Electric.xml")).toStdString());
        QVERIFY2(feed, feed ? "" : feed.error().toString().c_str());
        QCOMPARE(feed->report.read, 2);
        QCOMPARE(feed->report.kept, 2);
        QCOMPARE(feed->report.dividedAtMidnight, 2);
        QCOMPARE(feed->blocks.size(), std::size_t(42));
        checkDayBlocks(feed->blocks);
        QVERIFY(std::abs(total(feed->blocks, Category::Electricity) - 5965053.0) < 1e-6);
        QVERIFY(std::abs(total({feed->blocks.front()}, Category::Electricity) - 4702205.0 * 20 / 720) < 1e-6);
        QCOMPARE(feed->blocks.front().intervals.front().duration, 20 * 3600);
        QCOMPARE(feed->report.periodEnd, 1336795200);
    }

    void previewKeepsAFew()
    {
        BALGUL_REQUIRE_SHARED_DATA(data);
        auto preview =
            previewGreenButton((data + QStringLiteral("/greenbutton/1hrLP_32Days.xml")).toStdString(), 5);
        QVERIFY2(preview, preview ? "" : preview.error().toString().c_str());
        QCOMPARE(preview->report.kept, 768);
        std::size_t sampled = 0;
        for (const RecordBlock& b : preview->sample)
            sampled += b.intervals.size();
        QCOMPARE(sampled, std::size_t(5));
        QCOMPARE(preview->sample.front().intervals.front().start, 1333252800);
    }

    void namespaces_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addRow("default namespace") << QString();
        QTest::addRow("espi: prefix") << QStringLiteral("espi");
        QTest::addRow("ns0: prefix (as some utilities write)") << QStringLiteral("ns0");
    }
    void namespaces()
    {
        QFETCH(QString, prefix);
        auto feed = readGreenButtonBytes(gasFeed(prefix.toStdString()), "gas.xml");
        QVERIFY2(feed, feed ? "" : feed.error().toString().c_str());
        QCOMPARE(feed->report.kept, 2);
        QCOMPARE(feed->blocks.size(), std::size_t(2));
        checkDayBlocks(feed->blocks);
        QVERIFY(feed->blocks[0].category == Category::Gas);
        QCOMPARE(feed->blocks[0].unit, std::string("therm"));
        QCOMPARE(feed->blocks[0].intervals[0].value, 1.25);
        QCOMPARE(feed->blocks[1].intervals[0].value, 0.75);
        QCOMPARE(feed->blocks[1].start, 1714608000);
        QCOMPARE(feed->blocks[1].end, 1714694400);
        QVERIFY(!feed->localTime);
        QVERIFY(!feed->report.local);
    }

    // Links decide the unit and service; skipped readings name their lines (see kTwoServices).
    void linksAndSkips()
    {
        auto feed = readGreenButtonBytes(kTwoServices, "two.xml");
        QVERIFY2(feed, feed ? "" : feed.error().toString().c_str());
        const ImportReport& r = feed->report;
        QCOMPARE(r.read, 5);
        QCOMPARE(r.kept, 3);
        QCOMPARE(r.skipped, 2);
        const ImportIssue* noStart = r.issue("no_start");
        QVERIFY(noStart);
        QCOMPARE(noStart->field, std::string("start"));
        QCOMPARE(noStart->lines, std::vector<long>{12});
        QCOMPARE(noStart->message, std::string("line 12: the reading has no timePeriod start"));
        const ImportIssue* notNumber = r.issue("bad_number");
        QVERIFY(notNumber);
        QCOMPARE(notNumber->lines, std::vector<long>{13});
        QVERIFY(notNumber->message.find("two") == std::string::npos); // no value in a message
        checkDayBlocks(feed->blocks);
        // Electricity in kWh (multiplier 3): 3 kWh from 23:00 to 01:00 UTC is divided 1500 + 1500 Wh.
        QCOMPARE(r.dividedAtMidnight, 1);
        std::vector<const RecordBlock*> electricity, gas;
        for (const RecordBlock& b : feed->blocks)
            (b.category == Category::Electricity ? electricity : gas).push_back(&b);
        QCOMPARE(electricity.size(), std::size_t(2));
        QCOMPARE(electricity[0]->unit, std::string("Wh"));
        QCOMPARE(electricity[0]->intervals.size(), std::size_t(1));
        QCOMPARE(electricity[0]->intervals[0].value, 1500.0);
        QCOMPARE(electricity[0]->intervals[0].duration, 3600);
        QCOMPARE(electricity[1]->start, 1714608000);
        QCOMPARE(electricity[1]->intervals.size(), std::size_t(2));
        QCOMPARE(electricity[1]->intervals[0].value, 1500.0);
        QCOMPARE(electricity[1]->intervals[1].value, 2000.0);
        // Gas in ft3 becomes m3.
        QCOMPARE(gas.size(), std::size_t(1));
        QCOMPARE(gas[0]->unit, std::string("m3"));
        QVERIFY(std::abs(gas[0]->intervals[0].value - 2.8316846592) < 1e-12);
    }

    void readingsLeftOut_data()
    {
        QTest::addColumn<QString>("readingType");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("field");
        QTest::addRow("reverse flow") << "<uom>72</uom><flowDirection>19</flowDirection>"
                                      << "0"
                                      << "not_delivered"
                                      << "flowDirection";
        QTest::addRow("power in W") << "<uom>38</uom>"
                                    << "0"
                                    << "unsupported_unit"
                                    << "uom";
        QTest::addRow("m3 for electricity") << "<uom>42</uom>"
                                            << "0"
                                            << "unsupported_unit"
                                            << "uom";
        QTest::addRow("water") << "<uom>42</uom>"
                               << "2"
                               << "unsupported_service"
                               << "kind";
        QTest::addRow("multiplier too large")
            << "<uom>72</uom><powerOfTenMultiplier>40</powerOfTenMultiplier>"
            << "0"
            << "bad_multiplier"
            << "powerOfTenMultiplier";
    }
    void readingsLeftOut()
    {
        QFETCH(QString, readingType);
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QFETCH(QString, field);
        const std::string text =
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:espi=\"http://naesb.org/espi\">\n"
            "<entry><content><espi:UsagePoint><espi:ServiceCategory><espi:kind>" +
            kind.toStdString() +
            "</espi:kind></espi:ServiceCategory></espi:UsagePoint></content></entry>\n"
            "<entry><content><espi:ReadingType xmlns=\"http://naesb.org/espi\">" +
            readingType.toStdString() +
            "</espi:ReadingType></content></entry>\n"
            "<entry><content><espi:IntervalBlock>\n"
            "<espi:IntervalReading><espi:timePeriod><espi:start>1714521600</espi:start></espi:timePeriod>"
            "<espi:value>5</espi:value></espi:IntervalReading>\n"
            "</espi:IntervalBlock></content></entry></feed>";
        auto feed = readGreenButtonBytes(text, "one.xml");
        QVERIFY2(feed, feed ? "" : feed.error().toString().c_str());
        QCOMPARE(feed->report.read, 1);
        QCOMPARE(feed->report.kept, 0);
        QVERIFY(feed->blocks.empty());
        const ImportIssue* issue = feed->report.issue(reason.toStdString());
        QVERIFY2(issue, feed->report.toText().c_str());
        QCOMPARE(QString::fromStdString(issue->field), field);
        QCOMPARE(issue->lines, std::vector<long>{5});
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");
        QTest::addRow("not XML") << QByteArray(
                                        "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry>\n</feed>")
                                 << "invalid_xml" << 3;
        QTest::addRow("empty file") << QByteArray() << "invalid_xml" << 1;
        QTest::addRow("another document")
            << QByteArray("<?xml version=\"1.0\"?>\n<html><body/></html>") << "not_greenbutton" << 2;
        QTest::addRow("Atom without ESPI")
            << QByteArray(
                   "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>x</title></entry></feed>")
            << "not_greenbutton" << 0;
        QTest::addRow("ESPI without Atom")
            << QByteArray("<IntervalBlock xmlns=\"http://naesb.org/espi\"/>") << "not_greenbutton" << 1;
    }
    void errors()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, code);
        QFETCH(int, line);
        const std::string path = write(xml.toStdString());
        auto feed = readGreenButton(path);
        QVERIFY(!feed);
        QCOMPARE(QString::fromStdString(feed.error().code), code);
        QCOMPARE(feed.error().file, path);
        QCOMPARE(feed.error().line, long(line));
    }

    void missingFileAndCancel()
    {
        auto absent = readGreenButton(m_dir.filePath(QStringLiteral("absent.xml")).toStdString());
        QVERIFY(!absent);
        QCOMPARE(absent.error().code, std::string("cannot_open"));
        CancelAtOnce cancel;
        auto cancelled = readGreenButton(write(gasFeed("")), &cancel);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, std::string("cancelled"));
    }

    void dstRuleBits()
    {
        // 360E2000: March, the second (operation 3) Sunday (7), 02:00. B40E2000: November, first, Sunday,
        // 02:00.
        const auto start = DstRule::decode(*parseDstRuleBits("360E2000"));
        QVERIFY(start);
        QCOMPARE(start->month, 3);
        QCOMPARE(start->operation, 3);
        QCOMPARE(start->dayOfWeek, 7);
        QCOMPARE(start->dayOfMonth, 0);
        QCOMPARE(start->hour, 2);
        QCOMPARE(start->seconds, 0);
        const auto end = DstRule::decode(*parseDstRuleBits("0xB40E2000"));
        QVERIFY(end);
        QCOMPARE(end->month, 11);
        QCOMPARE(end->operation, 2);
        QVERIFY(!DstRule::decode(0xFFFFFFFFu));  // disabled
        QVERIFY(!DstRule::decode(0x060E2000u));  // month 0
        QVERIFY(!DstRule::decode(0x36002000u));  // an occurrence of no day of the week
        QVERIFY(!DstRule::decode(0x30002000u));  // day of month 0 with operation 0
        QVERIFY(!parseDstRuleBits("360E20001")); // nine digits
        QVERIFY(!parseDstRuleBits("G60E2000"));
    }

    // Transitions from Python's zoneinfo (America/New_York, Australia/Sydney, Europe/Berlin): the
    // first UTC second of the new offset. The rules are the zones' own, encoded as ESPI bits.
    void dstTransitions_data()
    {
        QTest::addColumn<int>("tzOffset");
        QTest::addColumn<QString>("startRule");
        QTest::addColumn<QString>("endRule");
        QTest::addColumn<qint64>("dstBegins");
        QTest::addColumn<qint64>("dstEnds");
        // Second Sunday of March 02:00 EST, first Sunday of November 02:00 EDT.
        QTest::addRow("US 2012") << -18000 << "360E2000"
                                 << "B40E2000" << qint64(1331449200) << qint64(1352008800);
        QTest::addRow("US 2024") << -18000 << "360E2000"
                                 << "B40E2000" << qint64(1710054000) << qint64(1730613600);
        // The same start as "the Sunday on or after March 8" (operation 1) and, for 2012, "March 11" (0).
        QTest::addRow("US 2024, on or after") << -18000 << "328E2000"
                                              << "B40E2000" << qint64(1710054000) << qint64(1730613600);
        QTest::addRow("US 2012, day of month") << -18000 << "30B02000"
                                               << "B40E2000" << qint64(1331449200) << qint64(1352008800);
        // Last Sunday of March 02:00 CET, last Sunday of October 03:00 CEST (operation 7).
        QTest::addRow("EU 2024") << 3600 << "3E0E2000"
                                 << "AE0E3000" << qint64(1711846800) << qint64(1729990800);
        // Southern hemisphere: first Sunday of October 02:00 AEST, first Sunday of April 03:00 AEDT.
        QTest::addRow("Sydney 2024") << 36000 << "A40E2000"
                                     << "440E3000" << qint64(1728144000) << qint64(1712419200);
    }
    void dstTransitions()
    {
        QFETCH(int, tzOffset);
        QFETCH(QString, startRule);
        QFETCH(QString, endRule);
        QFETCH(qint64, dstBegins);
        QFETCH(qint64, dstEnds);
        LocalTimeParameters t;
        t.tzOffset = tzOffset;
        t.dstOffset = 3600;
        t.dstStart = DstRule::decode(*parseDstRuleBits(startRule.toStdString()));
        t.dstEnd = DstRule::decode(*parseDstRuleBits(endRule.toStdString()));
        QVERIFY(t.dstStart && t.dstEnd);
        QVERIFY(!t.isDstAt(dstBegins - 1));
        QVERIFY(t.isDstAt(dstBegins));
        QCOMPARE(t.toLocal(dstBegins - 1), dstBegins - 1 + tzOffset);
        QCOMPARE(t.toLocal(dstBegins), dstBegins + tzOffset + 3600);
        QVERIFY(t.isDstAt(dstEnds - 1));
        QVERIFY(!t.isDstAt(dstEnds));
        QCOMPARE(t.offsetAt(dstEnds - 1), tzOffset + 3600);
        QCOMPARE(t.offsetAt(dstEnds), tzOffset);
        // Without both rules (or with no offset) there is no daylight saving time.
        LocalTimeParameters standard = t;
        standard.dstEnd.reset();
        QCOMPARE(standard.offsetAt(dstBegins), tzOffset);
    }

    void brokenLocalTimeIsANote()
    {
        std::string text = gasFeed("");
        text.insert(text.find("</feed>"),
                    "<entry><content><LocalTimeParameters xmlns=\"http://naesb.org/espi\">\n"
                    "<dstEndRule>nonsense</dstEndRule><dstOffset>3600</dstOffset><dstStartRule>360E2000</"
                    "dstStartRule>"
                    "<tzOffset>32400</tzOffset></LocalTimeParameters></content></entry>\n");
        auto feed = readGreenButtonBytes(text, "gas.xml");
        QVERIFY2(feed, feed ? "" : feed.error().toString().c_str());
        QCOMPARE(feed->report.kept, 2);
        QVERIFY(feed->localTime);
        QVERIFY(!feed->localTime->dstEnd);
        QCOMPARE(feed->report.notes.size(), std::size_t(1));
        QVERIFY(feed->report.notes[0].find("dstEndRule") != std::string::npos);
        QVERIFY(feed->report.local);
        QCOMPARE(feed->report.local->startOffset, 32400);
    }
};

QTEST_GUILESS_MAIN(TestMyDataGreenButton)
#include "test_mydata_greenbutton.moc"
