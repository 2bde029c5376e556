// GPX tracks: the real sample files, GPX 1.0/1.1 quirks, broken XML, the time join of readings to a
// track, and the per-day position blocks in the store.

#include "core/sensor/gpx_track.h"
#include "core/sensor/observation_store.h"
#include "core/sensor/position_store.h"
#include "core/store/store.h"
#include "tests/support/test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>

using namespace balgul::core;
using namespace balgul::core::sensor;

namespace {

const char* kGpx11 = R"(<gpx xmlns="http://www.topografix.com/GPX/1/1" version="1.1" creator="t")"
                     R"( xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">)";

Track syntheticTrack()
{
    Track t;
    t.points = {{1000, 37.0, 127.0}, {1060, 37.6, 127.6}, {2000, 38.0, 128.0}};
    return t;
}

} // namespace

class TestGpxTrack : public QObject
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
    void realFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("withoutTime");
        QTest::addColumn<int>("segments");
        QTest::addColumn<bool>("fromWaypoints");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        QTest::addColumn<double>("firstLat");
        QTest::addColumn<double>("firstLon");
        // GPX 1.0, 7 waypoints (not part of the track), 8 segments, one of them empty.
        QTest::addRow("cerknicko-jezero (GPX 1.0)")
            << "cerknicko-jezero.gpx" << 296 << 0 << 8 << false << qint64(1281018239) << qint64(1281025429)
            << 45.772175035 << 14.357659249;
        QTest::addRow("empty segment (GPX 1.1)")
            << "track-with-empty-segment.gpx" << 9 << 0 << 2 << false << qint64(1373131586)
            << qint64(1373131662) << 50.7772126 << 6.0819695;
        // One waypoint with a Garmin heart-rate extension and no track: the waypoint is the track.
        QTest::addRow("Garmin extension, waypoint only")
            << "gpx_with_garmin_extension.gpx" << 1 << 0 << 0 << true << qint64(1466206863)
            << qint64(1466206863) << 37.778259 << -122.391386;
    }
    void realFiles()
    {
        BALGUL_REQUIRE_SHARED_DATA(data);
        QFETCH(QString, file);
        QFETCH(int, points);
        QFETCH(int, withoutTime);
        QFETCH(int, segments);
        QFETCH(bool, fromWaypoints);
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        QFETCH(double, firstLat);
        QFETCH(double, firstLon);
        auto track = readGpxTrack((data + QStringLiteral("/gpx/") + file).toStdString());
        QVERIFY2(track, track ? "" : track.error().toString().c_str());
        QCOMPARE(int(track->points.size()), points);
        QCOMPARE(track->pointsWithoutTime, withoutTime);
        QCOMPARE(track->segments, segments);
        QCOMPARE(track->fromWaypoints, fromWaypoints);
        QCOMPARE(qint64(track->points.front().time), first);
        QCOMPARE(qint64(track->points.back().time), last);
        QCOMPARE(track->points.front().lat, firstLat);
        QCOMPARE(track->points.front().lon, firstLon);
        QVERIFY(std::is_sorted(track->points.begin(), track->points.end(),
                               [](const TrackPoint& a, const TrackPoint& b) { return a.time < b.time; }));
    }

    void synthetic_data()
    {
        QTest::addColumn<QByteArray>("gpx");
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("withoutTime");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        const QByteArray head = kGpx11;
        QTest::addRow("BOM, fractions, offset, unsorted")
            << "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + head +
                   "<trk><trkseg>"
                   "<trkpt lat=\"37.5\" lon=\"127\"><time>2024-05-01T09:00:10.750+09:00</time></trkpt>"
                   "<trkpt lat=\"37.6\" lon=\"127.1\"><time> 2024-05-01T00:00:00.5Z </time></trkpt>"
                   "</trkseg></trk></gpx>"
            << 2 << 0 << qint64(1714521600) << qint64(1714521610);
        QTest::addRow("points without time, empty segment")
            << head + "<trk><trkseg></trkseg><trkseg>"
                      "<trkpt lat=\"37.5\" lon=\"127\"/>"
                      "<trkpt lat=\"37.5\" lon=\"127\"><ele>5</ele></trkpt>"
                      "<trkpt lat=\"37.5\" lon=\"127\"><time>not a time</time></trkpt>"
                      "<trkpt lat=\"37.5\" lon=\"127\"><time>2024-05-01T00:00:00Z</time></trkpt>"
                      "</trkseg></trk></gpx>"
            << 1 << 3 << qint64(1714521600) << qint64(1714521600);
        QTest::addRow("Garmin extension time ignored")
            << head +
                   "<trk><trkseg><trkpt lat=\"1\" lon=\"2\"><time>2024-05-01T00:00:00Z</time>"
                   "<extensions><gpxtpx:TrackPointExtension><gpxtpx:time>1999-01-01T00:00:00Z</gpxtpx:time>"
                   "<gpxtpx:hr>120</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>"
                   "</trkseg></trk></gpx>"
            << 1 << 0 << qint64(1714521600) << qint64(1714521600);
        QTest::addRow("GPX 1.0 route points")
            << QByteArray("<gpx version=\"1.0\" xmlns=\"http://www.topografix.com/GPX/1/0\"><rte>"
                          "<rtept lat=\"1\" lon=\"2\"><time>2024-05-01T00:00:05Z</time></rtept>"
                          "<rtept lat=\"1\" lon=\"2\"><time>2024-05-01T00:00:00-00:00</time></rtept></rte>"
                          "<wpt lat=\"3\" lon=\"4\"><time>2000-01-01T00:00:00Z</time></wpt></gpx>")
            << 2 << 0 << qint64(1714521600) << qint64(1714521605);
        QTest::addRow("no namespace")
            << QByteArray(
                   "<gpx><trk><trkseg><trkpt lat=\"-33.9\" lon=\"151.2\"><time>2024-05-01T10:00:00+10:00"
                   "</time></trkpt></trkseg></trk></gpx>")
            << 1 << 0 << qint64(1714521600) << qint64(1714521600);
    }
    void synthetic()
    {
        QFETCH(QByteArray, gpx);
        QFETCH(int, points);
        QFETCH(int, withoutTime);
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        auto track = readGpxTrack(write(gpx.toStdString()));
        QVERIFY2(track, track ? "" : track.error().toString().c_str());
        QCOMPARE(int(track->points.size()), points);
        QCOMPARE(track->pointsWithoutTime, withoutTime);
        QCOMPARE(qint64(track->points.front().time), first);
        QCOMPARE(qint64(track->points.back().time), last);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("gpx");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addRow("mismatched tag") << QByteArray(kGpx11) + "\n<trk>\n<trkseg>\n</trk>\n</gpx>"
                                        << "invalid_xml" << 4 << "";
        QTest::addRow("cut short") << QByteArray(kGpx11) + "\n<trk><trkseg>\n<trkpt lat=\"1\" lon=\"2\"><ti"
                                   << "invalid_xml" << 3 << "";
        QTest::addRow("empty file") << QByteArray() << "invalid_xml" << 1 << "";
        QTest::addRow("not GPX") << QByteArray("<?xml version=\"1.0\"?>\n<kml><Document/></kml>") << "not_gpx"
                                 << 2 << "";
        QTest::addRow("latitude out of range")
            << QByteArray(kGpx11) + "\n<trk><trkseg>\n<trkpt lat=\"95\" lon=\"2\"/></trkseg></trk></gpx>"
            << "bad_coordinate" << 3 << "lat";
        QTest::addRow("longitude missing") << QByteArray(kGpx11) + "\n<wpt lat=\"5\"/></gpx>"
                                           << "bad_coordinate" << 2 << "lon";
    }
    void errors()
    {
        QFETCH(QByteArray, gpx);
        QFETCH(QString, code);
        QFETCH(int, line);
        QFETCH(QString, field);
        const std::string path = write(gpx.toStdString());
        auto track = readGpxTrack(path);
        QVERIFY(!track);
        QCOMPARE(QString::fromStdString(track.error().code), code);
        QCOMPARE(track.error().line, long(line));
        QCOMPARE(track.error().file, path);
        QCOMPARE(QString::fromStdString(track.error().field), field);
    }

    void missingFile()
    {
        auto track = readGpxTrack(m_dir.filePath(QStringLiteral("absent.gpx")).toStdString());
        QVERIFY(!track);
        QCOMPARE(track.error().code, std::string("cannot_open"));
    }

    void times_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("utc");
        QTest::addRow("Z") << "2024-05-01T00:00:00Z" << true << qint64(1714521600);
        QTest::addRow("fraction") << "2024-05-01T00:00:00.999Z" << true << qint64(1714521600);
        QTest::addRow("offset") << "2024-05-01T09:00:00+09:00" << true << qint64(1714521600);
        QTest::addRow("negative offset") << "2024-04-30T19:00:00-05:00" << true << qint64(1714521600);
        QTest::addRow("no zone: UTC") << "2024-05-01T00:00:00" << true << qint64(1714521600);
        QTest::addRow("space instead of T") << "2024-05-01 00:00:00Z" << false << qint64(0);
        QTest::addRow("Unix seconds") << "1714521600" << false << qint64(0);
        QTest::addRow("garbage") << "yesterday" << false << qint64(0);
    }
    void times()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, utc);
        const auto t = parseGpxTime(text.toStdString());
        QCOMPARE(t.has_value(), valid);
        if (valid)
            QCOMPARE(qint64(*t), utc);
    }

    void join_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<int>("maxGap");
        QTest::addColumn<bool>("found");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addRow("interpolated midpoint") << qint64(1030) << 60 << true << 37.3 << 127.3;
        QTest::addRow("a quarter of the way") << qint64(1015) << 60 << true << 37.15 << 127.15;
        QTest::addRow("exact point") << qint64(1060) << 60 << true << 37.6 << 127.6;
        QTest::addRow("exact point, no gap allowed") << qint64(1000) << 0 << true << 37.0 << 127.0;
        QTest::addRow("last point") << qint64(2000) << 10 << true << 38.0 << 128.0;
        QTest::addRow("beyond the max gap") << qint64(1500) << 300 << false << 0.0 << 0.0;
        QTest::addRow("one neighbour too far") << qint64(1100) << 60 << false << 0.0 << 0.0;
        QTest::addRow("wide gap allowed") << qint64(1530) << 1000 << true << 37.8 << 127.8;
        QTest::addRow("before the track") << qint64(999) << 3600 << false << 0.0 << 0.0;
        QTest::addRow("after the track") << qint64(2001) << 3600 << false << 0.0 << 0.0;
    }
    void join()
    {
        QFETCH(qint64, time);
        QFETCH(int, maxGap);
        QFETCH(bool, found);
        QFETCH(double, lat);
        QFETCH(double, lon);
        const auto p = positionAt(syntheticTrack(), time, maxGap);
        QCOMPARE(p.has_value(), found);
        if (found) {
            QVERIFY2(std::abs(p->lat - lat) < 1e-9, QByteArray::number(p->lat, 'f', 9).constData());
            QVERIFY2(std::abs(p->lon - lon) < 1e-9, QByteArray::number(p->lon, 'f', 9).constData());
        }
    }

    void joinEdgeCases()
    {
        QVERIFY(!positionAt(Track{}, 0, 3600));
        Track across;
        across.points = {{0, 0.0, 179.0}, {10, 0.0, -179.0}};
        const auto p = positionAt(across, 5, 60);
        QVERIFY(p);
        QCOMPARE(std::abs(p->lon), 180.0); // the short way over the antimeridian, not through 0
        const auto q = positionAt(across, 8, 60);
        QVERIFY(q);
        QVERIFY(std::abs(q->lon - -179.4) < 1e-9);
    }

    void positionStoreRoundTrip()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("positions.sqlite")).toStdString());
        QVERIFY2(store, store ? "" : store.error().toString().c_str());
        Database& db = (*store)->database();
        ObservationStore observations(db);
        PositionStore positions(db);
        const std::int64_t day = 86400LL * 19844; // 2024-05-01
        std::int64_t device = 0;
        {
            Transaction tx(db);
            Device bike;
            bike.source = "test";
            bike.externalId = "bike-1";
            bike.sensorType = "GPS";
            device = observations.ensureDevice(bike);
            // Unsorted, across three UTC days, with 1e-7 degree detail and a negative longitude.
            const std::int64_t gained =
                positions.addPositions(device, {{day + 86400 + 5, 37.5665001, 126.9780002},
                                                {day - 10, 37.1234567, -122.7654321},
                                                {day, 37.0, 127.0},
                                                {day + 2 * 86400, -33.8688197, 151.2092955},
                                                {day + 1, std::nan(""), 127.0},
                                                {day + 2, 91.0, 127.0}});
            QCOMPARE(gained, std::int64_t{4}); // the NaN and out-of-range fixes are dropped
            tx.commit();
        }
        auto all = positions.positions(device, 0, 4'000'000'000);
        QVERIFY(all);
        const std::vector<PositionFix> expected{{day - 10, 37.1234567, -122.7654321},
                                                {day, 37.0, 127.0},
                                                {day + 86400 + 5, 37.5665001, 126.9780002},
                                                {day + 2 * 86400, -33.8688197, 151.2092955}};
        QCOMPARE(all->size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE((*all)[i].time, expected[i].time);
            QVERIFY(std::abs((*all)[i].lat - expected[i].lat) < 1e-9);
            QVERIFY(std::abs((*all)[i].lon - expected[i].lon) < 1e-9);
        }
        auto count = [&](const char* sql) {
            auto st = db.prepare(sql);
            st.step();
            return st.int64(0);
        };
        QCOMPARE(count("SELECT count(*) FROM sensor_positions"), std::int64_t{4}); // one block per UTC day

        // A range: from inclusive, to exclusive.
        auto window = positions.positions(device, day, day + 86400 + 5);
        QVERIFY(window);
        QCOMPARE(window->size(), std::size_t{1});
        QCOMPARE(window->front().time, day);

        // Merging: a fix at a stored time replaces it; new times add.
        {
            Transaction tx(db);
            QCOMPARE(positions.addPositions(device, {{day, 37.5, 127.5}, {day + 60, 37.6, 127.6}}),
                     std::int64_t{1});
            tx.commit();
        }
        auto merged = positions.positions(device, day, day + 61);
        QVERIFY(merged);
        QCOMPARE(merged->size(), std::size_t{2});
        QCOMPARE(merged->front().lat, 37.5);
        QCOMPARE(*positions.positionCount(device), std::int64_t{5});

        // Inside the caller's transaction: a rollback leaves nothing behind.
        {
            Transaction tx(db);
            QCOMPARE(positions.addPositions(device, {{day + 3 * 86400, 1.0, 2.0}}), std::int64_t{1});
        }
        QCOMPARE(*positions.positionCount(device), std::int64_t{5});
        QCOMPARE(positions.addPositions(device, {}), std::int64_t{0});
    }

    void positionBlocks()
    {
        const std::vector<PositionFix> fixes{
            {100, -89.9999999, -179.9999999}, {100, 89.9999999, 179.9999999}, {160, 0.0, 0.0}};
        const std::string bytes = encodePositionBlock(fixes);
        std::vector<PositionFix> back;
        QVERIFY(decodePositionBlock(bytes, back));
        QCOMPARE(back.size(), fixes.size());
        QCOMPARE(back[1].lat, 89.9999999);
        QCOMPARE(back[0].lon, -179.9999999);
        std::vector<PositionFix> none;
        QVERIFY(!decodePositionBlock(bytes.substr(0, bytes.size() - 1), none));
        QVERIFY(!decodePositionBlock(bytes + "x", none));
        QVERIFY(!decodePositionBlock({}, none));
    }
};

QTEST_GUILESS_MAIN(TestGpxTrack)
#include "test_gpx_track.moc"
