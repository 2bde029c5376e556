// GPX tracks as Mobility records: the real sample files, tracks without times (one block with
// start = end = 0), timed points cut per UTC day in the track's order, BOM, offsets and fractions,
// points skipped by line, and files that are not GPX.

#include "core/mydata/gpx_mobility.h"
#include "tests/support/test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace balgul::core;
using namespace balgul::core::mydata;

namespace {

const std::string kGpx11 = "<gpx xmlns=\"http://www.topografix.com/GPX/1/1\" version=\"1.1\" creator=\"t\""
                           " xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">\n";

std::string point(double lat, double lon, const std::string& time = {})
{
    return "<trkpt lat=\"" + std::to_string(lat) + "\" lon=\"" + std::to_string(lon) + "\">" +
           (time.empty() ? "" : "<time>" + time + "</time>") + "</trkpt>\n";
}

void checkMobilityBlocks(const std::vector<RecordBlock>& blocks)
{
    for (const RecordBlock& b : blocks) {
        QVERIFY(b.category == Category::Mobility);
        QVERIFY(b.unit.empty());
        QVERIFY(b.intervals.empty());
        QVERIFY(!b.points.empty());
        const bool timed = b.points.front().time.has_value();
        for (const TrackPoint& p : b.points) {
            QCOMPARE(p.time.has_value(), timed); // a block is all timed or all untimed
            if (p.time) {
                QVERIFY(*p.time >= b.start && *p.time <= b.end);
                QCOMPARE(*p.time / 86400, b.start / 86400);
            }
        }
        if (!timed) {
            QCOMPARE(b.start, 0);
            QCOMPARE(b.end, 0);
        }
    }
}

} // namespace

class TestMyDataGpx : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::string write(const std::string& content)
    {
        const std::string path = m_dir.filePath(QStringLiteral("t%1.gpx").arg(++m_n)).toStdString();
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }

private slots:
    // Counted with Python's ElementTree: cerknicko-jezero.gpx (GPX 1.0) has 296 trkpt, all timed, from
    // 1281018239 to 1281025429 on one UTC day (2010-08-05), and 7 wpt; track-with-empty-segment.gpx
    // (GPX 1.1) 9 timed trkpt from 1373131586 to 1373131662; gpx_with_garmin_extension.gpx one wpt
    // (2016-06-17T23:41:03Z) with a Garmin heart rate and no track.
    void realFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("read");
        QTest::addColumn<int>("kept");
        QTest::addColumn<int>("waypointsSkipped");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<double>("firstLat");
        QTest::addColumn<double>("firstLon");
        QTest::addRow("cerknicko-jezero (GPX 1.0)")
            << "cerknicko-jezero.gpx" << 303 << 296 << 7 << qint64(1281018239) << qint64(1281025429)
            << 45.772175035 << 14.357659249;
        QTest::addRow("empty segment (GPX 1.1)")
            << "track-with-empty-segment.gpx" << 9 << 9 << 0 << qint64(1373131586) << qint64(1373131662)
            << 50.7772126 << 6.0819695;
        QTest::addRow("Garmin extension, waypoint only")
            << "gpx_with_garmin_extension.gpx" << 1 << 1 << 0 << qint64(1466206863) << qint64(1466206863)
            << 37.778259 << -122.391386;
    }
    void realFiles()
    {
        BALGUL_REQUIRE_SHARED_DATA(data);
        QFETCH(QString, file);
        QFETCH(int, read);
        QFETCH(int, kept);
        QFETCH(int, waypointsSkipped);
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(double, firstLat);
        QFETCH(double, firstLon);
        auto gpx = readGpxMobility((data + QStringLiteral("/gpx/") + file).toStdString());
        QVERIFY2(gpx, gpx ? "" : gpx.error().toString().c_str());
        QCOMPARE(gpx->report.read, read);
        QCOMPARE(gpx->report.kept, kept);
        QCOMPARE(gpx->report.skippedFor("waypoint"), waypointsSkipped);
        QCOMPARE(gpx->report.untimedPoints, 0);
        QCOMPARE(gpx->blocks.size(), std::size_t(1));
        checkMobilityBlocks(gpx->blocks);
        const RecordBlock& b = gpx->blocks[0];
        QCOMPARE(qint64(b.points.size()), qint64(kept));
        QCOMPARE(b.start, start);
        QCOMPARE(b.end, end);
        QCOMPARE(b.points.front().lat, firstLat);
        QCOMPARE(b.points.front().lon, firstLon);
        QCOMPARE(gpx->report.periodStart, start);
        QCOMPARE(gpx->report.periodEnd, end);
    }

    void untimedTrack()
    {
        const std::string text = "<?xml version=\"1.0\"?>\n" + kGpx11 + "<trk><trkseg></trkseg><trkseg>\n" +
                                 point(37.5, 127.0) + point(37.6, 127.1) +
                                 "<trkpt lat=\"37.7\" lon=\"127.2\"><ele>5</ele>"
                                 "<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>99</gpxtpx:hr>"
                                 "</gpxtpx:TrackPointExtension></extensions></trkpt>\n</trkseg></trk></gpx>";
        auto gpx = readGpxMobility(write(text));
        QVERIFY2(gpx, gpx ? "" : gpx.error().toString().c_str());
        QCOMPARE(gpx->report.kept, 3);
        QCOMPARE(gpx->report.untimedPoints, 3);
        QCOMPARE(gpx->blocks.size(), std::size_t(1));
        checkMobilityBlocks(gpx->blocks);
        const RecordBlock& b = gpx->blocks[0];
        QCOMPARE(b.start, 0);
        QCOMPARE(b.end, 0);
        QCOMPARE(b.points.size(), std::size_t(3));
        QCOMPARE(b.points[0].lat, 37.5); // the track's order
        QCOMPARE(b.points[2].lat, 37.7);
        QCOMPARE(gpx->report.periodStart, 0);
        QCOMPARE(gpx->report.periodEnd, 0);
    }

    // A BOM, GPX 1.0, fractions and offsets; points over two UTC days and out of time order stay in
    // the track's order within their day; untimed points get their own block, first.
    void timedAndUntimedDays()
    {
        const std::string text =
            "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<gpx version=\"1.0\" xmlns=\"http://www.topografix.com/GPX/1/0\"><trk><trkseg>\n" +
            point(1, 1, "2024-05-01T23:59:59.750Z") + point(2, 2, "2024-05-02T09:00:00.5+09:00") +
            point(3, 3) + point(4, 4, "2024-05-02T00:00:30Z") + point(5, 5, "2024-05-01T19:59:00-04:00") +
            "</trkseg></trk></gpx>";
        auto gpx = readGpxMobilityBytes(text, "days.gpx");
        QVERIFY2(gpx, gpx ? "" : gpx.error().toString().c_str());
        QCOMPARE(gpx->report.kept, 5);
        QCOMPARE(gpx->report.untimedPoints, 1);
        QCOMPARE(gpx->blocks.size(), std::size_t(3));
        checkMobilityBlocks(gpx->blocks);
        QCOMPARE(gpx->blocks[0].points.size(), std::size_t(1));
        QCOMPARE(gpx->blocks[0].points[0].lat, 3.0);
        // 2024-05-01: 23:59:59 (fraction dropped) and 23:59 (19:59 -04:00), in the file's order.
        const RecordBlock& first = gpx->blocks[1];
        QCOMPARE(first.points.size(), std::size_t(2));
        QCOMPARE(first.points[0].lat, 1.0);
        QCOMPARE(*first.points[0].time, 1714607999);
        QCOMPARE(*first.points[1].time, 1714607940);
        QCOMPARE(first.start, 1714607940);
        QCOMPARE(first.end, 1714607999);
        // 2024-05-02: 00:00:00 (09:00 +09:00) and 00:00:30.
        const RecordBlock& second = gpx->blocks[2];
        QCOMPARE(second.points.size(), std::size_t(2));
        QCOMPARE(second.start, 1714608000);
        QCOMPARE(second.end, 1714608030);
        QCOMPARE(gpx->report.categories.at(0).blocks, 3);
    }

    void skippedPoints()
    {
        const std::string text = kGpx11 + "<wpt lat=\"1\" lon=\"1\"/>\n<trk><trkseg>\n" +
                                 point(1, 2, "2024-05-01T00:00:00Z") + "<trkpt lat=\"95\" lon=\"2\"/>\n" +
                                 "<trkpt lat=\"1\"><time>2024-05-01T00:00:01Z</time></trkpt>\n" +
                                 point(1, 2, "yesterday") + "</trkseg></trk></gpx>";
        auto gpx = readGpxMobilityBytes(text, "skips.gpx");
        QVERIFY2(gpx, gpx ? "" : gpx.error().toString().c_str());
        const ImportReport& r = gpx->report;
        QCOMPARE(r.read, 5);
        QCOMPARE(r.kept, 1);
        QCOMPARE(r.skipped, 4);
        QCOMPARE(r.issue("waypoint")->lines, std::vector<long>{2});
        QCOMPARE(r.issue("bad_coordinate", "lat")->lines, std::vector<long>{5});
        QCOMPARE(r.issue("bad_coordinate", "lon")->lines, std::vector<long>{6});
        QCOMPARE(r.issue("bad_time")->lines, std::vector<long>{7});
        QCOMPARE(r.issue("bad_time")->message,
                 std::string("line 7: the point's time is not an XML Schema date and time"));
        QCOMPARE(gpx->blocks.size(), std::size_t(1));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("gpx");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");
        QTest::addRow("mismatched tag")
            << QByteArray::fromStdString(kGpx11 + "<trk>\n<trkseg>\n</trk>\n</gpx>") << "invalid_xml" << 4;
        QTest::addRow("empty file") << QByteArray() << "invalid_xml" << 1;
        QTest::addRow("KML") << QByteArray("<?xml version=\"1.0\"?>\n<kml><Document/></kml>") << "not_gpx"
                             << 2;
        QTest::addRow("another GPX namespace")
            << QByteArray("<gpx xmlns=\"http://www.topografix.com/GPX/2/0\"/>") << "not_gpx" << 1;
    }
    void errors()
    {
        QFETCH(QByteArray, gpx);
        QFETCH(QString, code);
        QFETCH(int, line);
        const std::string path = write(gpx.toStdString());
        auto read = readGpxMobility(path);
        QVERIFY(!read);
        QCOMPARE(QString::fromStdString(read.error().code), code);
        QCOMPARE(read.error().file, path);
        QCOMPARE(read.error().line, long(line));
    }

    void previewAndMissing()
    {
        std::string text = kGpx11 + "<trk><trkseg>\n";
        for (int i = 0; i < 20; ++i)
            text += point(37, 127,
                          "2024-05-01T00:00:" + std::string(i < 10 ? "0" : "") + std::to_string(i) + "Z");
        text += "</trkseg></trk></gpx>";
        auto preview = previewGpxMobility(write(text), 4);
        QVERIFY2(preview, preview ? "" : preview.error().toString().c_str());
        QCOMPARE(preview->report.kept, 20);
        QCOMPARE(preview->sample.size(), std::size_t(1));
        QCOMPARE(preview->sample[0].points.size(), std::size_t(4));
        auto absent = readGpxMobility(m_dir.filePath(QStringLiteral("absent.gpx")).toStdString());
        QVERIFY(!absent);
        QCOMPARE(absent.error().code, std::string("cannot_open"));
    }
};

QTEST_GUILESS_MAIN(TestMyDataGpx)
#include "test_mydata_gpx.moc"
