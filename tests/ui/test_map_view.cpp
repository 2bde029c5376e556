// MapView: projection, navigation, marker clicks, add mode, the plain basemap and tiles.

#include "core/domain/category.h"
#include "ui/map/map_view.h"
#include "ui/map/tile_layer.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWheelEvent>

#include <random>
#include <set>

using namespace balgul;
using balgul::ui::MapView;

namespace {

constexpr double kDaejeonLat = 36.3504;
constexpr double kDaejeonLon = 127.3845;

bool near(const QGeoCoordinate& a, const QGeoCoordinate& b, double degrees)
{
    return std::abs(a.latitude() - b.latitude()) <= degrees &&
           std::abs(a.longitude() - b.longitude()) <= degrees;
}

QString describe(const QGeoCoordinate& c)
{
    return QStringLiteral("(%1, %2)").arg(c.latitude(), 0, 'f', 9).arg(c.longitude(), 0, 'f', 9);
}

core::ProblemPoint point(std::int64_t rowid, double lat, double lon, std::uint8_t category = 0)
{
    core::ProblemPoint p;
    p.rowid = rowid;
    p.lat = lat;
    p.lon = lon;
    p.category = category;
    return p;
}

QColor categoryColor(std::size_t index)
{
    return QColor::fromRgb(static_cast<QRgb>(0xFF000000u | core::defaultCategories()[index].colorRgb));
}

/// Serves every tile as one flat colour per zoom level, after the event loop turns once; or never.
class FlatTileSource : public ui::TileSource
{
public:
    bool answer = true;
    int requests = 0;
    QColor colorFor(int z) const { return z % 2 ? QColor(200, 120, 40) : QColor(40, 120, 200); }

    void requestTile(int z, int x, int y) override
    {
        ++requests;
        if (!answer)
            return;
        QMetaObject::invokeMethod(
            this,
            [this, z, x, y] {
                QImage image(256, 256, QImage::Format_RGB32);
                image.fill(colorFor(z));
                emit tileReady(z, x, y, image);
            },
            Qt::QueuedConnection);
    }
    QString attribution() const override { return QStringLiteral("Flat tiles"); }
    int maxZoom() const override { return 18; }
};

/// Fails every tile.
class BrokenTileSource : public ui::TileSource
{
public:
    void requestTile(int z, int x, int y) override
    {
        QMetaObject::invokeMethod(
            this, [this, z, x, y] { emit tileFailed(z, x, y); }, Qt::QueuedConnection);
    }
    QString attribution() const override { return QStringLiteral("Broken"); }
};

} // namespace

class TestMapView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultView();
    void projectionRoundTrip_data();
    void projectionRoundTrip();
    void zoomIsClamped_data();
    void zoomIsClamped();
    void wheelZoomKeepsCoordinateUnderCursor_data();
    void wheelZoomKeepsCoordinateUnderCursor();
    void keyboardPanMovesCenter_data();
    void keyboardPanMovesCenter();
    void keyboardZoomAndHome();
    void dragPansTheMap();
    void fitToShowsTheBox_data();
    void fitToShowsTheBox();
    void viewportChangedIsDebounced();

    void clickOnProblemEmitsProblemClicked_data();
    void clickOnProblemEmitsProblemClicked();
    void clickOnClusterZoomsIn();
    void clickOnEmptyMapDoesNothing();
    void addModeClickEmitsAddProblemRequested_data();
    void addModeClickEmitsAddProblemRequested();
    void escapeLeavesAddMode();
    void longPressRequestsAProblem();
    void largePointSetsAreIndexedOffThread();

    void plainBasemapIsNotUniform();
    void markerIsDrawnInItsCategoryColour();
    void selectedProblemIsHighlighted();
    void tilesArePainted();
    void parentTileStandsInWhileChildrenLoad();
    void failedTilesFallBackToPlainBasemap();

private:
    static void prepare(MapView& view, bool show = true)
    {
        view.resize(800, 600);
        if (show) {
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
        }
    }
};

void TestMapView::defaultView()
{
    MapView view;
    QCOMPARE(view.zoom(), 12.0);
    QVERIFY(near(view.center(), QGeoCoordinate(kDaejeonLat, kDaejeonLon), 1e-9));
    QVERIFY(!view.addMode());
    QCOMPARE(view.selectedProblem(), std::int64_t(0));
    QVERIFY(view.clusterIndex().empty());
}

void TestMapView::projectionRoundTrip_data()
{
    QTest::addColumn<double>("zoom");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::addRow("world z2") << 2.0 << 10.0 << 20.0;
    QTest::addRow("korea z6.5") << 6.5 << 35.1796 << 129.0756;
    QTest::addRow("daejeon z12") << 12.0 << 36.3600 << 127.3700;
    QTest::addRow("street z17.3") << 17.3 << 36.35105 << 127.38512;
    QTest::addRow("door z20") << 20.0 << 36.350412 << 127.384533;
    QTest::addRow("south z9") << 9.0 << -33.8688 << 151.2093;
}

void TestMapView::projectionRoundTrip()
{
    QFETCH(double, zoom);
    QFETCH(double, lat);
    QFETCH(double, lon);
    MapView view;
    prepare(view, false);
    const QGeoCoordinate target(lat, lon);
    view.setZoom(zoom);
    view.setCenter(target);
    QCOMPARE(view.zoom(), zoom);

    // The centre is in the middle of the widget, and pixels convert back to the same place.
    const QPointF middle = view.pixelFor(target);
    QVERIFY(std::abs(middle.x() - 400) < 1e-6 && std::abs(middle.y() - 300) < 1e-6);
    for (const QPointF& p : {QPointF(0, 0), QPointF(123.5, 456.25), QPointF(799, 599), QPointF(400, 10)}) {
        const QGeoCoordinate c = view.coordinateAt(p);
        const QPointF back = view.pixelFor(c);
        QVERIFY2(QLineF(p, back).length() < 1e-6, qPrintable(describe(c)));
    }
    // A coordinate a little off the centre lands where the Mercator scale says it should.
    const double pixelsPerDegree = 256.0 * std::exp2(zoom) / 360.0;
    const QPointF east = view.pixelFor(QGeoCoordinate(lat, lon + 100 / pixelsPerDegree));
    QVERIFY2(std::abs(east.x() - 500) < 1e-6, qPrintable(QString::number(east.x())));
    QVERIFY(view.pixelFor(QGeoCoordinate(lat + 0.1 / std::exp2(zoom - 10), lon)).y() < 300);
}

void TestMapView::zoomIsClamped_data()
{
    QTest::addColumn<double>("requested");
    QTest::addColumn<double>("expected");
    QTest::addRow("too far out") << 0.0 << 2.0;
    QTest::addRow("too close") << 25.0 << 20.0;
    QTest::addRow("fractional") << 13.37 << 13.37;
}

void TestMapView::zoomIsClamped()
{
    QFETCH(double, requested);
    QFETCH(double, expected);
    MapView view;
    view.setZoom(requested);
    QCOMPARE(view.zoom(), expected);
}

void TestMapView::wheelZoomKeepsCoordinateUnderCursor_data()
{
    QTest::addColumn<QPointF>("cursor");
    QTest::addColumn<int>("delta");
    QTest::addColumn<double>("zoom");
    QTest::addRow("in, top left") << QPointF(100, 80) << 120 << 12.0;
    QTest::addRow("in twice, right") << QPointF(700, 300) << 240 << 12.0;
    QTest::addRow("out, bottom") << QPointF(400, 550) << -120 << 12.0;
    QTest::addRow("in, fractional start") << QPointF(250, 410) << 120 << 9.3;
    QTest::addRow("out, far out") << QPointF(600, 100) << -360 << 5.0;
}

void TestMapView::wheelZoomKeepsCoordinateUnderCursor()
{
    QFETCH(QPointF, cursor);
    QFETCH(int, delta);
    QFETCH(double, zoom);
    MapView view;
    prepare(view);
    view.setZoom(zoom);
    const QGeoCoordinate before = view.coordinateAt(cursor);
    QWheelEvent wheel(cursor, view.mapToGlobal(cursor), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &wheel);
    QVERIFY(delta > 0 ? view.zoom() > zoom : view.zoom() < zoom);
    QVERIFY(view.zoom() != std::round(view.zoom()) || delta % 240 == 0); // smooth: half levels per notch
    const QGeoCoordinate after = view.coordinateAt(cursor);
    QVERIFY2(near(before, after, 1e-9),
             qPrintable(describe(before) + QStringLiteral(" → ") + describe(after)));
}

void TestMapView::keyboardPanMovesCenter_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("latSign");
    QTest::addColumn<int>("lonSign");
    QTest::addRow("left") << int(Qt::Key_Left) << 0 << -1;
    QTest::addRow("right") << int(Qt::Key_Right) << 0 << 1;
    QTest::addRow("up") << int(Qt::Key_Up) << 1 << 0;
    QTest::addRow("down") << int(Qt::Key_Down) << -1 << 0;
}

void TestMapView::keyboardPanMovesCenter()
{
    QFETCH(int, key);
    QFETCH(int, latSign);
    QFETCH(int, lonSign);
    MapView view;
    prepare(view);
    const QGeoCoordinate before = view.center();
    QTest::keyClick(&view, static_cast<Qt::Key>(key));
    const QGeoCoordinate after = view.center();
    const double dLat = after.latitude() - before.latitude();
    const double dLon = after.longitude() - before.longitude();
    auto sign = [](double v) { return std::abs(v) < 1e-9 ? 0 : (v > 0 ? 1 : -1); };
    QCOMPARE(sign(dLat), latSign);
    QCOMPARE(sign(dLon), lonSign);
    // A quarter of the view: 200 px sideways or 150 px up and down.
    const QPointF moved = view.pixelFor(before) - QPointF(400, 300);
    QCOMPARE(std::lround(std::abs(moved.x()) + std::abs(moved.y())), lonSign ? 200L : 150L);
}

void TestMapView::keyboardZoomAndHome()
{
    MapView view;
    prepare(view);
    QTest::keyClick(&view, Qt::Key_Plus);
    QCOMPARE(view.zoom(), 13.0);
    QTest::keyClick(&view, Qt::Key_Minus);
    QTest::keyClick(&view, Qt::Key_Minus);
    QCOMPARE(view.zoom(), 11.0);

    // Home shows every problem.
    view.setPoints({point(1, 37.5665, 126.9780), point(2, 35.1796, 129.0756), point(3, 36.3504, 127.3845)});
    QTest::keyClick(&view, Qt::Key_Home);
    const QGeoRectangle visible = view.visibleRegion();
    QVERIFY(visible.contains(QGeoCoordinate(37.5665, 126.9780)));
    QVERIFY(visible.contains(QGeoCoordinate(35.1796, 129.0756)));
    QVERIFY2(view.zoom() > 6 && view.zoom() < 9, qPrintable(QString::number(view.zoom())));
}

void TestMapView::dragPansTheMap()
{
    MapView view;
    prepare(view);
    const QGeoCoordinate grabbed = view.coordinateAt(QPointF(300, 300));
    QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, QPoint(300, 300));
    for (int step = 1; step <= 10; ++step) {
        QMouseEvent move(QEvent::MouseMove, QPointF(300 + 10 * step, 300 + 5 * step),
                         view.mapToGlobal(QPointF(300 + 10 * step, 300 + 5 * step)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &move);
    }
    QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, QPoint(400, 350), 200);
    // The ground point follows the hand exactly; no inertia, the hand rested before letting go.
    const QPointF now = view.pixelFor(grabbed);
    QVERIFY2(QLineF(now, QPointF(400, 350)).length() < 1e-6,
             qPrintable(QStringLiteral("%1,%2").arg(now.x()).arg(now.y())));
}

void TestMapView::fitToShowsTheBox_data()
{
    QTest::addColumn<QGeoRectangle>("box");
    QTest::addRow("city") << QGeoRectangle(QGeoCoordinate(36.45, 127.25), QGeoCoordinate(36.25, 127.50));
    QTest::addRow("country") << QGeoRectangle(QGeoCoordinate(38.6, 124.6), QGeoCoordinate(33.1, 131.9));
    QTest::addRow("street") << QGeoRectangle(QGeoCoordinate(36.3510, 127.3840),
                                             QGeoCoordinate(36.3500, 127.3850));
}

void TestMapView::fitToShowsTheBox()
{
    QFETCH(QGeoRectangle, box);
    MapView view;
    prepare(view, false);
    view.fitTo(box);
    const QGeoRectangle visible = view.visibleRegion();
    QVERIFY(visible.contains(box.topLeft()));
    QVERIFY(visible.contains(box.bottomRight()));
    QVERIFY(near(view.center(), box.center(), 0.01 * box.width() + 1e-6));
    // Not absurdly far out: zooming in one more level would lose part of the box (or hit the cap).
    const double width = std::abs(view.pixelFor(box.bottomRight()).x() - view.pixelFor(box.topLeft()).x());
    const double height = std::abs(view.pixelFor(box.bottomRight()).y() - view.pixelFor(box.topLeft()).y());
    QVERIFY2(width * 2 > 800 - 64 || height * 2 > 600 - 64 || view.zoom() >= 17,
             qPrintable(QStringLiteral("%1x%2 at zoom %3").arg(width).arg(height).arg(view.zoom())));
}

void TestMapView::viewportChangedIsDebounced()
{
    MapView view;
    prepare(view);
    QSignalSpy spy(&view, &MapView::viewportChanged);
    QVERIFY(spy.wait(1000)); // the first layout settles
    spy.clear();
    for (int i = 0; i < 5; ++i)
        view.setCenter(QGeoCoordinate(36.30 + 0.01 * i, 127.40));
    QCOMPARE(spy.count(), 0);
    QVERIFY(spy.wait(1000));
    QTest::qWait(2 * MapView::kSettleMs);
    QCOMPARE(spy.count(), 1);
    const QGeoRectangle visible = spy.at(0).at(0).value<QGeoRectangle>();
    QVERIFY(visible.contains(QGeoCoordinate(36.34, 127.40)));
}

void TestMapView::clickOnProblemEmitsProblemClicked_data()
{
    QTest::addColumn<int>("index");
    QTest::addRow("first") << 0;
    QTest::addRow("middle") << 1;
    QTest::addRow("last") << 2;
}

void TestMapView::clickOnProblemEmitsProblemClicked()
{
    QFETCH(int, index);
    MapView view;
    prepare(view);
    view.setZoom(15);
    const std::vector<core::ProblemPoint> points{
        point(101, 36.3504, 127.3845, 1), point(202, 36.3530, 127.3800, 3), point(303, 36.3480, 127.3890, 4)};
    view.setPoints(points);
    const core::ProblemPoint& target = points[static_cast<std::size_t>(index)];
    const QPointF at = view.pixelFor(QGeoCoordinate(target.lat, target.lon));
    QVERIFY(QRectF(view.rect()).contains(at));
    int singles = 0;
    for (const auto& item : view.visibleItems())
        singles += item.count == 1 ? 1 : 0;
    QCOMPARE(singles, 3); // precondition: far enough apart to be shown alone

    QSignalSpy clicked(&view, &MapView::problemClicked);
    QSignalSpy added(&view, &MapView::addProblemRequested);
    const double zoomBefore = view.zoom();
    QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, at.toPoint() + QPoint(2, -1));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).value<std::int64_t>(), target.rowid);
    QCOMPARE(added.count(), 0);
    QCOMPARE(view.zoom(), zoomBefore);
}

void TestMapView::clickOnClusterZoomsIn()
{
    MapView view;
    prepare(view);
    view.setZoom(11);
    std::vector<core::ProblemPoint> points;
    std::mt19937 random(7);
    std::uniform_real_distribution<double> jitter(-0.002, 0.002);
    for (int i = 0; i < 40; ++i)
        points.push_back(point(i + 1, 36.3504 + jitter(random), 127.3845 + jitter(random),
                               static_cast<std::uint8_t>(i % 3)));
    view.setPoints(points);
    // The grid may cut the group in two; take the biggest cluster.
    const auto& items = view.visibleItems();
    QVERIFY(!items.empty() && items.size() <= 4);
    const auto cluster = *std::max_element(items.begin(), items.end(),
                                           [](const auto& a, const auto& b) { return a.count < b.count; });
    QVERIFY(cluster.count >= 10);
    const int expansion = view.clusterIndex().expansionZoom(cluster);

    QSignalSpy clicked(&view, &MapView::problemClicked);
    QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier,
                      view.pixelFor(QGeoCoordinate(cluster.lat, cluster.lon)).toPoint());
    QCOMPARE(clicked.count(), 0);
    QVERIFY2(view.zoom() >= std::max(12, expansion), qPrintable(QString::number(view.zoom())));
    QVERIFY(near(view.center(), QGeoCoordinate(cluster.lat, cluster.lon), 1e-9));
    std::uint32_t shown = 0;
    for (const auto& item : view.visibleItems())
        shown += item.count;
    QCOMPARE(shown, 40u);                    // every problem still in view
    QVERIFY(view.visibleItems().size() > 1); // the cluster split
}

void TestMapView::clickOnEmptyMapDoesNothing()
{
    MapView view;
    prepare(view);
    view.setPoints({point(5, kDaejeonLat, kDaejeonLon)});
    QSignalSpy clicked(&view, &MapView::problemClicked);
    QSignalSpy added(&view, &MapView::addProblemRequested);
    const QGeoCoordinate before = view.center();
    QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, QPoint(600, 120));
    QCOMPARE(clicked.count(), 0);
    QCOMPARE(added.count(), 0);
    QVERIFY(near(view.center(), before, 1e-12));
}

void TestMapView::addModeClickEmitsAddProblemRequested_data()
{
    QTest::addColumn<QPoint>("pos");
    QTest::addRow("centre") << QPoint(400, 300);
    QTest::addRow("corner") << QPoint(15, 580);
    QTest::addRow("east") << QPoint(760, 240);
}

void TestMapView::addModeClickEmitsAddProblemRequested()
{
    QFETCH(QPoint, pos);
    MapView view;
    prepare(view);
    QSignalSpy modeChanged(&view, &MapView::addModeChanged);
    QSignalSpy added(&view, &MapView::addProblemRequested);
    view.setAddMode(true);
    QVERIFY(view.addMode());
    QCOMPARE(modeChanged.count(), 1);
    QCOMPARE(view.cursor().shape(), Qt::CrossCursor);
    const QGeoCoordinate expected = view.coordinateAt(pos);

    QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, pos);
    QCOMPARE(added.count(), 1);
    const QGeoCoordinate got = added.at(0).at(0).value<QGeoCoordinate>();
    QVERIFY2(near(got, expected, 1e-9), qPrintable(describe(got)));
    QVERIFY(!view.addMode()); // one click, one problem
    QCOMPARE(modeChanged.count(), 2);
    QCOMPARE(modeChanged.at(1).at(0).toBool(), false);
}

void TestMapView::escapeLeavesAddMode()
{
    MapView view;
    prepare(view);
    view.setAddMode(true);
    QSignalSpy modeChanged(&view, &MapView::addModeChanged);
    QTest::keyClick(&view, Qt::Key_Escape);
    QVERIFY(!view.addMode());
    QCOMPARE(modeChanged.count(), 1);
    QSignalSpy added(&view, &MapView::addProblemRequested);
    QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, QPoint(200, 200));
    QCOMPARE(added.count(), 0);
}

void TestMapView::longPressRequestsAProblem()
{
    MapView view;
    prepare(view);
    QSignalSpy added(&view, &MapView::addProblemRequested);
    const QPoint pos(321, 222);
    const QGeoCoordinate expected = view.coordinateAt(pos);
    QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, pos);
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 3000);
    QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, pos);
    QCOMPARE(added.count(), 1); // the release is not a second click
    QVERIFY(near(added.at(0).at(0).value<QGeoCoordinate>(), expected, 1e-9));
}

void TestMapView::largePointSetsAreIndexedOffThread()
{
    MapView view;
    prepare(view, false);
    std::vector<core::ProblemPoint> points;
    std::mt19937 random(42);
    std::normal_distribution<double> lat(kDaejeonLat, 0.05);
    std::normal_distribution<double> lon(kDaejeonLon, 0.06);
    for (int i = 0; i < 100000; ++i)
        points.push_back(point(i + 1, lat(random), lon(random), static_cast<std::uint8_t>(i % 9)));
    QSignalSpy indexed(&view, &MapView::pointsIndexed);
    view.setPoints(points);
    QVERIFY(view.isIndexing());
    QVERIFY(indexed.wait(10000));
    QVERIFY(!view.isIndexing());
    QCOMPARE(view.clusterIndex().size(), std::size_t(100000));
    // What a frame draws is bounded by the screen, not by the data.
    std::uint64_t total = 0;
    for (const auto& item : view.visibleItems())
        total += item.count;
    QVERIFY(view.visibleItems().size() < 500);
    QVERIFY2(total > 90000, qPrintable(QString::number(total)));
}

void TestMapView::plainBasemapIsNotUniform()
{
    MapView view;
    prepare(view);
    const QImage image = view.grab().toImage();
    QVERIFY(!image.isNull());
    std::set<QRgb> colors;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colors.insert(image.pixel(x, y));
    QVERIFY2(colors.size() > 8, qPrintable(QString::number(colors.size())));
    // Graticule lines cross the calm background: some full-height columns differ from the rest.
    int lineColumns = 0;
    const QRgb background = image.pixel(image.width() / 2 + 3, image.height() / 2 + 3);
    for (int x = 0; x < image.width(); ++x)
        if (image.pixel(x, image.height() / 2) != background &&
            image.pixel(x, image.height() / 3) != background)
            ++lineColumns;
    QVERIFY2(lineColumns >= 2, qPrintable(QString::number(lineColumns)));
    // The scale bar's ink at the bottom left.
    bool ink = false;
    for (int y = image.height() - 40; y < image.height() && !ink; ++y)
        for (int x = 0; x < 140 && !ink; ++x)
            ink = qGray(image.pixel(x, y)) < 80;
    QVERIFY(ink);
}

void TestMapView::markerIsDrawnInItsCategoryColour()
{
    MapView view;
    prepare(view);
    view.setZoom(15);
    view.setPoints({point(9, kDaejeonLat, kDaejeonLon, 3)});
    const QImage image = view.grab().toImage();
    const QPoint at =
        view.pixelFor(QGeoCoordinate(kDaejeonLat, kDaejeonLon)).toPoint() * image.devicePixelRatio();
    QCOMPARE(image.pixelColor(at + QPoint(2, 2)), categoryColor(3));
}

void TestMapView::selectedProblemIsHighlighted()
{
    MapView view;
    prepare(view);
    view.setZoom(15);
    view.setPoints({point(9, kDaejeonLat, kDaejeonLon, 2)});
    const QPoint at = view.pixelFor(QGeoCoordinate(kDaejeonLat, kDaejeonLon)).toPoint();
    const QImage plain = view.grab().toImage();
    view.setSelectedProblem(9);
    QCOMPARE(view.selectedProblem(), std::int64_t(9));
    const QImage selected = view.grab().toImage();
    QCOMPARE(plain.pixelColor(at), categoryColor(2));
    QCOMPARE(selected.pixelColor(at), QColor(Qt::white)); // the highlight has a white heart
    QVERIFY(selected.pixelColor(at + QPoint(11, 0)) !=
            plain.pixelColor(at + QPoint(11, 0))); // and a wider ring
}

void TestMapView::tilesArePainted()
{
    MapView view;
    prepare(view);
    auto owned = std::make_unique<FlatTileSource>();
    FlatTileSource* source = owned.get();
    view.setTileSource(std::move(owned));
    QCOMPARE(view.tileSource(), source);
    view.grab(); // the first paint asks for the tiles
    QVERIFY(source->requests > 0);
    QTRY_VERIFY_WITH_TIMEOUT(view.grab().toImage().pixelColor(200, 200) == source->colorFor(12), 3000);
    // The attribution sits at the bottom right.
    const QImage image = view.grab().toImage();
    bool text = false;
    for (int y = image.height() - 14; y < image.height() && !text; ++y)
        for (int x = image.width() - 60; x < image.width() && !text; ++x)
            text = qGray(image.pixel(x, y)) < 100;
    QVERIFY(text);
}

void TestMapView::parentTileStandsInWhileChildrenLoad()
{
    MapView view;
    prepare(view);
    auto owned = std::make_unique<FlatTileSource>();
    FlatTileSource* source = owned.get();
    view.setTileSource(std::move(owned));
    view.grab();
    QTRY_VERIFY_WITH_TIMEOUT(view.grab().toImage().pixelColor(200, 200) == source->colorFor(12), 3000);
    source->answer = false; // the finer tiles never come
    view.setZoom(13);
    const QImage image = view.grab().toImage();
    QCOMPARE(image.pixelColor(200, 200), source->colorFor(12)); // the parent, scaled in
}

void TestMapView::failedTilesFallBackToPlainBasemap()
{
    MapView plainView;
    prepare(plainView);
    const QImage plain = plainView.grab().toImage();

    MapView view;
    prepare(view);
    view.setTileSource(std::make_unique<BrokenTileSource>());
    view.grab();
    QTest::qWait(50); // the failures arrive
    const QImage broken = view.grab().toImage();
    // Same graticule and background as without tiles; only the attribution corner differs.
    const QRect compared(0, 0, plain.width(), plain.height() - 30);
    QCOMPARE(broken.copy(compared), plain.copy(compared));
}

QTEST_MAIN(TestMapView)
#include "test_map_view.moc"
