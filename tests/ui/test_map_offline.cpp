// The map without a network: a pack whose deepest zoom is 4 still shows at city zoom (the deepest
// tile cut and scaled up), the plain basemap wherever the pack has nothing, a tile server that
// cannot be reached is said once with the ways out, and a station on a cluster never hides its
// count.

#include "core/store/store.h"
#include "ui/main_window.h"
#include "ui/map/basemap_painter.h"
#include "ui/map/map_overlay.h"
#include "ui/map/map_view.h"
#include "ui/map/map_viewport.h"
#include "ui/map/mbtiles_tile_source.h"
#include "ui/map/offline_map_banner.h"
#include "ui/settings.h"

#include "tests/support/test_support.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cmath>
#include <memory>
#include <numbers>

using namespace balgul;

namespace {

const QColor kPackColor(200, 30, 40);

QByteArray pngOf(const QColor& color)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// A pack of zooms 0..4 that holds one tile: the zoom-4 tile over Daejeon.
bool writeCityPack(const QString& path)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    std::unique_ptr<sqlite3, decltype(&sqlite3_close)> guard(db, &sqlite3_close);
    const char* schema = "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
                         "tile_data BLOB);"
                         "CREATE TABLE metadata (name TEXT, value TEXT);"
                         "INSERT INTO metadata VALUES ('minzoom', '0'), ('maxzoom', '4'), ('format', 'png');";
    if (sqlite3_exec(db, schema, nullptr, nullptr, nullptr) != SQLITE_OK)
        return false;
    const int n = 16;
    const int column = static_cast<int>(std::floor((ui::kHomeLongitude + 180) / 360 * n));
    const double lat = ui::kHomeLatitude * std::numbers::pi / 180;
    const int row = static_cast<int>(std::floor((1 - std::asinh(std::tan(lat)) / std::numbers::pi) / 2 * n));
    sqlite3_stmt* insert = nullptr;
    if (sqlite3_prepare_v2(db, "INSERT INTO tiles VALUES (4, ?, ?, ?)", -1, &insert, nullptr) != SQLITE_OK)
        return false;
    const QByteArray png = pngOf(kPackColor);
    sqlite3_bind_int(insert, 1, column);
    sqlite3_bind_int(insert, 2, n - 1 - row); // TMS rows count from the south
    sqlite3_bind_blob(insert, 3, png.constData(), static_cast<int>(png.size()), SQLITE_TRANSIENT);
    const bool ok = sqlite3_step(insert) == SQLITE_DONE;
    sqlite3_finalize(insert);
    return ok;
}

bool near(const QColor& a, const QColor& b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

/// A big solid disc where a station would be drawn.
class DiscOverlay : public ui::MapOverlay
{
public:
    QGeoCoordinate at;
    void paintOverlay(QPainter& painter, const ui::MapViewport& viewport) override
    {
        painter.save();
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(140, 220, 140));
        painter.drawEllipse(viewport.pixelFor(at), 18.0, 18.0);
        painter.restore();
    }
    bool clickOverlay(const ui::MapViewport&, const QPointF&) override { return false; }
    QString overlayToolTip(const ui::MapViewport&, const QPointF&) const override { return {}; }
};

} // namespace

class TestMapOffline : public QObject
{
    Q_OBJECT

private slots:
    void deepestTileIsScaledUpAtCityZoom_data();
    void deepestTileIsScaledUpAtCityZoom();
    void plainBasemapWhereThePackHasNothing();
    void unreachableTilesAreSaidOnce();
    void clusterCountShowsOverAStation();
};

void TestMapOffline::deepestTileIsScaledUpAtCityZoom_data()
{
    QTest::addColumn<double>("zoom");
    QTest::addRow("its own zoom") << 4.0;
    QTest::addRow("two levels past it") << 6.0;
    QTest::addRow("city") << 12.0;
    QTest::addRow("street") << 17.0;
    QTest::addRow("deepest") << 20.0;
}

void TestMapOffline::deepestTileIsScaledUpAtCityZoom()
{
    QFETCH(double, zoom);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("world-z4.mbtiles"));
    QVERIFY(writeCityPack(path));
    QString error;
    auto source = ui::MbtilesTileSource::open(path, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->maxZoom(), 4);

    ui::MapView map;
    map.resize(640, 480);
    map.setTileSource(std::move(source));
    map.setZoom(zoom);
    map.setCenter(QGeoCoordinate(ui::kHomeLatitude, ui::kHomeLongitude));
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    // The tile arrives from the pack's thread; until then the middle is the plain basemap.
    QTRY_VERIFY_WITH_TIMEOUT(near(map.grab().toImage().pixelColor(320, 240), kPackColor), 5000);
}

void TestMapOffline::plainBasemapWhereThePackHasNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.mbtiles"));
    QVERIFY(writeCityPack(path));
    QString error;
    auto source = ui::MbtilesTileSource::open(path, &error);
    QVERIFY2(source, qPrintable(error));

    ui::MapView map;
    map.resize(640, 480);
    map.setTileSource(std::move(source));
    map.setZoom(12);
    map.setCenter(QGeoCoordinate(48.8566, 2.3522)); // Paris: not in the pack
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    // Once the pack said it has nothing there, the graticule is drawn: some pixels in the middle
    // of the view are not the bare land colour.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QImage image = map.grab().toImage();
            int lines = 0;
            for (int y = 140; y < 340; ++y)
                for (int x = 120; x < 520; ++x)
                    if (!near(image.pixelColor(x, y), ui::basemap::kLand, 3))
                        ++lines;
            return lines > 100;
        }(),
        5000);
}

void TestMapOffline::unreachableTilesAreSaidOnce()
{
    QTemporaryDir dir;
    auto store = core::Store::open(test::toStd(dir.filePath(QStringLiteral("profile/balgul.sqlite"))));
    QVERIFY(store);
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setAskedForName(true);
    // A tile server nobody answers on: what a computer without a network sees.
    const QString unreachable = QStringLiteral("http://127.0.0.1:1/{z}/{x}/{y}.png");
    settings.setTileKind(QStringLiteral("osm"));
    settings.setTileUrl(unreachable);
    ui::MainWindow window(**store, settings);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    ui::OfflineMapBanner* banner = window.offlineMapBanner();
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY2(banner->text().contains(QStringLiteral("127.0.0.1")), qPrintable(banner->text()));
    QVERIFY(banner->findChild<QPushButton*>(QStringLiteral("chooseMapPackButton"))->isVisible());

    // The plain map: no tiles asked for any more, and it stays so next time.
    banner->findChild<QPushButton*>(QStringLiteral("usePlainMapButton"))->click();
    QVERIFY(!banner->isVisible());
    QVERIFY(window.mapView()->tileSource() == nullptr);
    QCOMPARE(settings.tileKind(), QStringLiteral("none"));

    // Said once: the online map again, still unreachable, and no second banner.
    window.setTileOverride(QStringLiteral("osm"), unreachable);
    window.mapView()->update();
    QTest::qWait(1500);
    QVERIFY(!banner->isVisible());
}

void TestMapOffline::clusterCountShowsOverAStation()
{
    ui::MapView map;
    map.resize(400, 300);
    const QGeoCoordinate where(ui::kHomeLatitude, ui::kHomeLongitude);
    std::vector<core::ProblemPoint> points;
    for (int i = 0; i < 40; ++i)
        points.push_back(
            {i + 1, where.latitude() + (i % 5) * 1e-4, where.longitude() + (i / 5) * 1e-4, 0, 0});
    map.setPoints(points);
    map.setZoom(8); // one cluster of 40
    map.setCenter(where);
    DiscOverlay station;
    station.at = where;
    map.addOverlay(&station);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));

    const QPointF center = map.pixelFor(where);
    const QImage image = map.grab().toImage();
    // The count's dark digits are drawn over the station's disc.
    int ink = 0;
    for (int y = int(center.y()) - 6; y <= int(center.y()) + 6; ++y)
        for (int x = int(center.x()) - 10; x <= int(center.x()) + 10; ++x)
            if (image.pixelColor(x, y).lightness() < 90)
                ++ink;
    map.removeOverlay(&station);
    QVERIFY2(ink > 5, qPrintable(QString::number(ink)));
}

QTEST_MAIN(TestMapOffline)
#include "test_map_offline.moc"
