// Pilot zones on the map: the zone drawing tool (clicks, drags, undo, validity) through real mouse
// and key events on a MapView, and the zone layer (clicks, tooltips, drawn under the markers).

#include "ui/map/map_view.h"
#include "ui/map/map_viewport.h"
#include "ui/pilots/zone_edit_tool.h"
#include "ui/pilots/zone_layer.h"

#include <QAction>
#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace balgul;
using core::pilots::Ring;
using ui::MapView;
using ui::ZoneEditTool;
using ui::ZoneLayer;

namespace {

bool near(const core::geo::LatLon& a, const QGeoCoordinate& b)
{
    return std::abs(a.lat - b.latitude()) < 1e-9 && std::abs(a.lon - b.longitude()) < 1e-9;
}

bool near(const QGeoCoordinate& a, const QGeoCoordinate& b)
{
    return std::abs(a.latitude() - b.latitude()) < 1e-9 && std::abs(a.longitude() - b.longitude()) < 1e-9;
}

bool close(const QColor& a, const QColor& b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

QString describe(const QColor& c)
{
    return c.name();
}

void click(MapView& view, QPoint at, Qt::MouseButton button = Qt::LeftButton)
{
    QTest::mouseClick(&view, button, Qt::NoModifier, at);
}

void move(MapView& view, QPointF to, Qt::MouseButtons buttons)
{
    QMouseEvent event(QEvent::MouseMove, to, view.mapToGlobal(to), Qt::NoButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(&view, &event);
}

/// A press at `from`, moves in steps to `to`, a release there.
void drag(MapView& view, QPoint from, QPoint to, int steps = 8)
{
    QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, from);
    for (int step = 1; step <= steps; ++step)
        move(view, QPointF(from) + QPointF(to - from) * step / steps, Qt::LeftButton);
    QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, to, 200);
}

core::ProblemPoint point(std::int64_t rowid, const QGeoCoordinate& at, std::uint8_t category)
{
    core::ProblemPoint p;
    p.rowid = rowid;
    p.lat = at.latitude();
    p.lon = at.longitude();
    p.category = category;
    return p;
}

/// A pilot whose zone is the box between two pixels of the view.
core::pilots::Pilot pilotOver(const MapView& view, const std::string& id, QPointF topLeft,
                              QPointF bottomRight,
                              core::pilots::PilotPhase phase = core::pilots::PilotPhase::Running)
{
    core::pilots::Pilot pilot;
    pilot.id = id;
    pilot.fields.title = "Quiet school street " + id;
    pilot.phase = phase;
    Ring ring;
    for (const QPointF& p : {topLeft, QPointF(bottomRight.x(), topLeft.y()), bottomRight,
                             QPointF(topLeft.x(), bottomRight.y())}) {
        const QGeoCoordinate c = view.coordinateAt(p);
        ring.push_back({c.latitude(), c.longitude()});
    }
    pilot.fields.zone = {ring};
    return pilot;
}

/// Draws nothing, above the markers (as sensor stations are).
class AboveOverlay : public ui::MapOverlay
{
public:
    void paintOverlay(QPainter&, const ui::MapViewport&) override {}
    bool clickOverlay(const ui::MapViewport&, const QPointF&) override { return false; }
    QString overlayToolTip(const ui::MapViewport&, const QPointF&) const override { return {}; }
};

const QList<QPoint> kSquare{{300, 200}, {500, 200}, {500, 400}, {300, 400}};

} // namespace

class TestZoneTool : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void clicksDrawASquare();
    void toolSetsTheCursor();
    void clickNearAnEdgeInsertsThere();
    void dragMovesAVertexInOneUndoStep();
    void dragElsewherePansTheMap();
    void bowTieIsReportedWithItsEdges();
    void keysUndoRedoAndRemove();
    void rightClickRemovesAVertex();
    void doubleClickStartsTheNextPolygon();
    void removePolygonAndSetZone();
    void messagesNameTheRule_data();
    void messagesNameTheRule();

    void clickInsideAZoneActivatesThePilot();
    void markerInsideAZoneTakesTheClick();
    void zoneToolTip();
    void zonesAreDrawnUnderTheMarkers();

private:
    static void prepare(MapView& view)
    {
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }
    static void drawSquare(MapView& view)
    {
        for (const QPoint& p : kSquare)
            click(view, p);
    }
};

void TestZoneTool::clicksDrawASquare()
{
    MapView view;
    prepare(view);
    ZoneEditTool tool;
    QSignalSpy validity(&tool, &ZoneEditTool::validityChanged);
    QSignalSpy changed(&tool, &ZoneEditTool::zoneChanged);
    QSignalSpy problems(&view, &MapView::problemClicked);
    view.setTool(&tool);
    QCOMPARE(view.tool(), &tool);
    QVERIFY(!tool.isValid()); // nothing drawn yet
    const QGeoCoordinate center = view.center();

    drawSquare(view);
    QCOMPARE(tool.zone().size(), std::size_t(1));
    const Ring& ring = tool.zone()[0];
    QCOMPARE(ring.size(), std::size_t(4));
    for (int i = 0; i < 4; ++i)
        QVERIFY2(near(ring[static_cast<std::size_t>(i)], view.coordinateAt(kSquare[i])),
                 qPrintable(QString::number(i)));
    QCOMPARE(tool.undoStack()->count(), 4);
    QCOMPARE(changed.count(), 4);
    QVERIFY(near(view.center(), center)); // clicks do not pan
    QVERIFY(tool.isValid());
    QVERIFY(tool.validityMessage().isEmpty());
    QVERIFY(!validity.isEmpty());
    QCOMPARE(validity.last().at(0).toBool(), true);
    QCOMPARE(tool.selectedVertex(), std::optional(ZoneEditTool::Vertex{0, 3}));
    QCOMPARE(problems.count(), 0);

    view.setTool(nullptr);
    click(view, QPoint(600, 500));
    QCOMPARE(tool.zone()[0].size(), std::size_t(4)); // without the tool clicks do not draw
}

void TestZoneTool::toolSetsTheCursor()
{
    MapView view;
    prepare(view);
    ZoneEditTool tool;
    view.setTool(&tool);
    QCOMPARE(view.cursor().shape(), Qt::CrossCursor);
    drawSquare(view);
    move(view, kSquare[1] + QPointF(3, 2), Qt::NoButton);
    QCOMPARE(view.cursor().shape(), Qt::OpenHandCursor); // over a handle: it can be dragged
    move(view, QPointF(400, 300), Qt::NoButton);
    QCOMPARE(view.cursor().shape(), Qt::CrossCursor);
    view.setTool(nullptr);
    QCOMPARE(view.cursor().shape(), Qt::OpenHandCursor);
}

void TestZoneTool::clickNearAnEdgeInsertsThere()
{
    MapView view;
    prepare(view);
    ZoneEditTool tool;
    view.setTool(&tool);
    drawSquare(view);
    // Near the top edge (vertex 1 to 2): the new vertex goes between them, not after vertex 4.
    click(view, QPoint(400, 205));
    const Ring& ring = tool.zone()[0];
    QCOMPARE(ring.size(), std::size_t(5));
    QVERIFY(near(ring[1], view.coordinateAt(QPointF(400, 205))));
    QVERIFY(near(ring[2], view.coordinateAt(kSquare[1])));
    QVERIFY(tool.isValid());
    // Far from every edge: after the last vertex.
    click(view, QPoint(250, 300));
    QCOMPARE(tool.zone()[0].size(), std::size_t(6));
    QVERIFY(near(tool.zone()[0][5], view.coordinateAt(QPointF(250, 300))));
    QVERIFY(tool.isValid());
}

void TestZoneTool::dragMovesAVertexInOneUndoStep()
{
    MapView view;
    prepare(view);
    ZoneEditTool tool;
    view.setTool(&tool);
    drawSquare(view);
    const QGeoCoordinate center = view.center();
    const core::geo::LatLon before = tool.zone()[0][1];

    // Grabbed a little off the handle's middle: the vertex keeps that offset, it does not jump.
    drag(view, kSquare[1] + QPoint(4, -3), QPoint(564, 157), 12);
    QVERIFY(near(view.center(), center)); // the map did not pan
    QVERIFY(near(tool.zone()[0][1], view.coordinateAt(QPointF(560, 160))));
    QCOMPARE(tool.zone()[0].size(), std::size_t(4));
    QCOMPARE(tool.undoStack()->count(), 5); // twelve moves, one step
    QCOMPARE(tool.undoStack()->undoText(), ZoneEditTool::tr("Move vertex"));

    tool.undoStack()->undo(); // the drag: the vertex is back
    QVERIFY(near(tool.zone()[0][1], QGeoCoordinate(before.lat, before.lon)));
    QCOMPARE(tool.zone()[0].size(), std::size_t(4));
    tool.undoStack()->undo(); // the last vertex: one fewer
    QCOMPARE(tool.zone()[0].size(), std::size_t(3));
    QVERIFY(tool.isValid()); // a triangle
    tool.undoStack()->redo();
    tool.undoStack()->redo();
    QCOMPARE(tool.zone()[0].size(), std::size_t(4));
    QVERIFY(near(tool.zone()[0][1], view.coordinateAt(QPointF(560, 160))));
}

void TestZoneTool::dragElsewherePansTheMap()
{
    MapView view;
    prepare(view);
    ZoneEditTool tool;
    view.setTool(&tool);
    drawSquare(view);
    const QGeoCoordinate grabbed = view.coordinateAt(QPointF(400, 300));
    drag(view, QPoint(400, 300), QPoint(450, 340), 4); // each step past the drag distance
    QVERIFY(QLineF(view.pixelFor(grabbed), QPointF(450, 340)).length() < 1e-6);
    QCOMPARE(tool.zone()[0].size(), std::size_t(4)); // no vertex from the pan
    QCOMPARE(tool.undoStack()->count(), 4);
    // The vertices stay on the ground: vertex 1 moved on screen with the map.
    QVERIFY(
        QLineF(view.pixelFor(QGeoCoordinate(tool.zone()[0][0].lat, tool.zone()[0][0].lon)), QPointF(350, 240))
            .length() < 1e-6);
}

void TestZoneTool::bowTieIsReportedWithItsEdges()
{
    MapView view;
    prepare(view);
    ZoneEditTool tool;
    view.setTool(&tool);
    QSignalSpy validity(&tool, &ZoneEditTool::validityChanged);
    // 1 top left, 2 bottom right, 3 top right, 4 bottom left: edges 1–2 and 3–4 cross.
    for (const QPoint& p : {QPoint(300, 200), QPoint(500, 400), QPoint(500, 200)})
        click(view, p);
    QVERIFY(tool.isValid());
    validity.clear();
    click(view, QPoint(300, 400));
    QCOMPARE(tool.zone()[0].size(), std::size_t(4));
    QCOMPARE(validity.count(), 1);
    QCOMPARE(validity.at(0).at(0).toBool(), false);
    const QString expected =
        ZoneEditTool::tr("Polygon %1 crosses itself: the edge from vertex %2 to %3 meets "
                         "the edge from vertex %4 to %5.")
            .arg(1)
            .arg(1)
            .arg(2)
            .arg(3)
            .arg(4);
    QCOMPARE(validity.at(0).at(1).toString(), expected);
    QCOMPARE(expected,
             QStringLiteral("Polygon 1 crosses itself: the edge from vertex 1 to 2 meets the edge from "
                            "vertex 3 to 4."));
    QCOMPARE(tool.validityMessage(), expected);
    QCOMPARE(tool.crossingEdges(0), std::optional(std::make_pair(std::size_t(0), std::size_t(2))));

    // Drawn in the warning colour: the middle of edge 1–2 is vermillion.
    const QImage image = view.grab().toImage();
    const QPoint mid = QPoint(350, 250) * image.devicePixelRatio();
    const QColor seen = image.pixelColor(mid);
    QVERIFY2(close(seen, QColor(0xD5, 0x5E, 0x00), 12), qPrintable(describe(seen)));

    tool.undoStack()->undo();
    QCOMPARE(validity.count(), 2);
    QCOMPARE(validity.at(1).at(0).toBool(), true);
    QVERIFY(validity.at(1).at(1).toString().isEmpty());
    QVERIFY(!tool.crossingEdges(0));
}

void TestZoneTool::keysUndoRedoAndRemove()
{
    // A window with its own Ctrl+Z (the main window's undo): the map's tool still gets the key.
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* view = new MapView(&window);
    layout->addWidget(view);
    window.resize(800, 600);
    auto* windowUndo = new QAction(&window);
    windowUndo->setShortcut(QKeySequence::Undo);
    window.addAction(windowUndo);
    QSignalSpy windowUndone(windowUndo, &QAction::triggered);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    view->setFocus();

    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(windowUndone.count(), 1); // without a tool the window's shortcut has it

    ZoneEditTool tool;
    view->setTool(&tool);
    for (const QPoint& p : kSquare)
        QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, view->mapFrom(&window, p));
    const std::size_t drawn = tool.zone()[0].size();
    QCOMPARE(drawn, std::size_t(4));

    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(tool.zone()[0].size(), std::size_t(3));
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(tool.zone()[0].size(), std::size_t(2));
    QCOMPARE(windowUndone.count(), 1);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tool.zone()[0].size(), std::size_t(3));
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tool.zone()[0].size(), std::size_t(4));

    // A click on a handle selects its vertex; Delete removes it, Backspace the one before.
    const core::geo::LatLon third = tool.zone()[0][2];
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, view->mapFrom(&window, kSquare[1]));
    QCOMPARE(tool.selectedVertex(), std::optional(ZoneEditTool::Vertex{0, 1}));
    QCOMPARE(tool.undoStack()->count(), 4); // selecting is no edit
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(tool.zone()[0].size(), std::size_t(3));
    QVERIFY(near(tool.zone()[0][1], QGeoCoordinate(third.lat, third.lon)));
    QCOMPARE(tool.selectedVertex(), std::optional(ZoneEditTool::Vertex{0, 0}));
    QTest::keyClick(view, Qt::Key_Backspace);
    QCOMPARE(tool.zone()[0].size(), std::size_t(2));
    QVERIFY(!tool.isValid());
    QCOMPARE(tool.validityMessage(), QStringLiteral("Polygon 1 needs at least 3 vertices."));
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(tool.zone()[0].size(), std::size_t(4));
    QVERIFY(tool.isValid());
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!tool.selectedVertex());
    QCOMPARE(windowUndone.count(), 1);
    view->setTool(nullptr);
}

void TestZoneTool::rightClickRemovesAVertex()
{
    MapView view;
    prepare(view);
    ZoneEditTool tool;
    view.setTool(&tool);
    drawSquare(view);
    click(view, kSquare[2] + QPoint(-5, 6), Qt::RightButton); // a fingertip off: still that vertex
    QCOMPARE(tool.zone()[0].size(), std::size_t(3));
    QVERIFY(near(tool.zone()[0][2], view.coordinateAt(kSquare[3])));
    click(view, QPoint(420, 310), Qt::RightButton); // not on a vertex: nothing
    QCOMPARE(tool.zone()[0].size(), std::size_t(3));
    QCOMPARE(tool.undoStack()->undoText(), ZoneEditTool::tr("Remove vertex"));
}

void TestZoneTool::doubleClickStartsTheNextPolygon()
{
    MapView view;
    prepare(view);
    ZoneEditTool tool;
    view.setTool(&tool);
    drawSquare(view);
    const double zoom = view.zoom();
    QMouseEvent dbl(QEvent::MouseButtonDblClick, QPointF(kSquare[3]), view.mapToGlobal(QPointF(kSquare[3])),
                    Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&view, &dbl);
    QCOMPARE(view.zoom(), zoom); // drawing: no zoom
    QVERIFY(!tool.currentPolygon());

    for (const QPoint& p : {QPoint(600, 100), QPoint(700, 100), QPoint(700, 200)})
        click(view, p);
    QCOMPARE(tool.zone().size(), std::size_t(2));
    QCOMPARE(tool.zone()[1].size(), std::size_t(3));
    QCOMPARE(tool.currentPolygon(), std::optional<std::size_t>(1));
    QVERIFY(tool.isValid());
    // Undo the new polygon's vertices one by one: its first one takes the polygon with it.
    for (int i = 0; i < 3; ++i)
        tool.undoStack()->undo();
    QCOMPARE(tool.zone().size(), std::size_t(1));
    QVERIFY(!tool.currentPolygon()); // the next click starts a polygon again
    click(view, QPoint(650, 500));
    QCOMPARE(tool.zone().size(), std::size_t(2));
    QVERIFY(!tool.isValid());
    QCOMPARE(tool.validityMessage(), QStringLiteral("Polygon 2 needs at least 3 vertices."));
}

void TestZoneTool::removePolygonAndSetZone()
{
    MapView view;
    prepare(view);
    ZoneEditTool tool;
    view.setTool(&tool);
    drawSquare(view);
    QVERIFY(tool.startNewPolygon());
    for (const QPoint& p : {QPoint(600, 100), QPoint(700, 100), QPoint(700, 200)})
        click(view, p);
    QCOMPARE(tool.zone().size(), std::size_t(2));
    QVERIFY(tool.removePolygon(0));
    QCOMPARE(tool.zone().size(), std::size_t(1));
    QCOMPARE(tool.zone()[0].size(), std::size_t(3));
    QVERIFY(!tool.removePolygon(5));
    tool.undoStack()->undo();
    QCOMPARE(tool.zone().size(), std::size_t(2));
    QCOMPARE(tool.zone()[0].size(), std::size_t(4));

    QSignalSpy changed(&tool, &ZoneEditTool::zoneChanged);
    const std::vector<Ring> loaded{tool.zone()[1]};
    tool.setZone(loaded);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(tool.zone().size(), std::size_t(1));
    QCOMPARE(tool.undoStack()->count(), 0); // a loaded zone starts a new history
    QCOMPARE(tool.currentPolygon(), std::optional<std::size_t>(0));
    tool.setZone({});
    QVERIFY(!tool.isValid());
    QVERIFY(!tool.validityMessage().isEmpty());
}

void TestZoneTool::messagesNameTheRule_data()
{
    QTest::addColumn<QList<QPointF>>("ring");
    QTest::addColumn<QString>("message");
    QTest::addRow("ok") << QList<QPointF>{{0, 0}, {0, 1}, {1, 1}} << QString();
    QTest::addRow("two") << QList<QPointF>{{0, 0}, {0, 1}}
                         << QStringLiteral("Polygon 3 needs at least 3 vertices.");
    QTest::addRow("same place") << QList<QPointF>{{0, 0}, {0, 1}, {0, 1}, {1, 1}}
                                << QStringLiteral("Vertices 2 and 3 of polygon 3 are at the same place.");
    QTest::addRow("off the Earth") << QList<QPointF>{{0, 0}, {0, 1}, {95, 1}}
                                   << QStringLiteral("Vertex 3 of polygon 3 is not a place on the Earth.");
    QTest::addRow("flat") << QList<QPointF>{{0, 0}, {0, 1}, {0, 2}}
                          << QStringLiteral("Polygon 3 has no area: its vertices lie on one line.");
    QTest::addRow("crossing") << QList<QPointF>{{0, 0}, {1, 1}, {1, 0}, {0, 1}}
                              << QStringLiteral(
                                     "Polygon 3 crosses itself: the edge from vertex 1 to 2 meets the "
                                     "edge from vertex 3 to 4.");
}

void TestZoneTool::messagesNameTheRule()
{
    QFETCH(QList<QPointF>, ring);
    QFETCH(QString, message);
    Ring r;
    for (const QPointF& p : ring)
        r.push_back({p.x(), p.y()});
    QCOMPARE(ZoneEditTool::ringProblem(r, 2), message);
    QCOMPARE(message.isEmpty(), core::pilots::checkRing(r, 2).ok());
}

void TestZoneTool::clickInsideAZoneActivatesThePilot()
{
    MapView view;
    prepare(view);
    ZoneLayer zones(&view);
    QVERIFY(zones.drawsUnderMarkers());
    zones.setPilots(
        {pilotOver(view, "a", {200, 150}, {400, 350}), pilotOver(view, "b", {450, 150}, {650, 350})});
    QSignalSpy activated(&zones, &ZoneLayer::pilotActivated);

    click(view, view.pixelFor(view.coordinateAt(QPointF(300, 250))).toPoint());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("a"));
    QCOMPARE(zones.selectedPilot(), QStringLiteral("a"));
    click(view, QPoint(600, 200));
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.at(1).at(0).toString(), QStringLiteral("b"));
    click(view, QPoint(425, 250)); // between the two
    click(view, QPoint(100, 500));
    QCOMPARE(activated.count(), 2);

    zones.setVisible(false);
    click(view, QPoint(300, 250));
    QCOMPARE(activated.count(), 2);
    zones.setVisible(true);

    // While the zone tool draws, a click inside a zone places a vertex instead.
    ZoneEditTool tool;
    view.setTool(&tool);
    click(view, QPoint(300, 250));
    QCOMPARE(activated.count(), 2);
    QCOMPARE(tool.zone().size(), std::size_t(1));
}

void TestZoneTool::markerInsideAZoneTakesTheClick()
{
    MapView view;
    prepare(view);
    view.setZoom(15);
    ZoneLayer zones(&view);
    zones.setPilots({pilotOver(view, "a", {200, 150}, {600, 450})});
    const QGeoCoordinate problem = view.coordinateAt(QPointF(400, 300));
    view.setPoints({point(7, problem, 2)});
    QSignalSpy activated(&zones, &ZoneLayer::pilotActivated);
    QSignalSpy clicked(&view, &MapView::problemClicked);
    click(view, view.pixelFor(problem).toPoint() + QPoint(1, 1));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(activated.count(), 0);
    click(view, QPoint(250, 200));
    QCOMPARE(activated.count(), 1);
}

void TestZoneTool::zoneToolTip()
{
    MapView view;
    prepare(view);
    ZoneLayer zones(&view);
    zones.setPilots({pilotOver(view, "a", {200, 150}, {400, 350}, core::pilots::PilotPhase::Voting)});
    core::pilots::Pilot pilot = zones.pilots().front();
    pilot.fields.title = "Less <dust>";
    const QString text = ZoneLayer::toolTipText(pilot);
    QVERIFY2(text.contains(QStringLiteral("Less &lt;dust&gt;")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Voting")), qPrintable(text));

    // The same view the map has.
    ui::MapViewport viewport;
    viewport.setSize(view.size());
    viewport.setZoom(view.zoom());
    viewport.setCenter(ui::MapViewport::toWorld(view.center()));
    const QString inside = zones.overlayToolTip(viewport, QPointF(300, 250));
    QVERIFY2(inside.contains(QStringLiteral("Quiet school street a")), qPrintable(inside));
    QVERIFY2(inside.contains(QStringLiteral("Phase: Voting")), qPrintable(inside));
    QVERIFY(zones.overlayToolTip(viewport, QPointF(100, 500)).isEmpty());
}

void TestZoneTool::zonesAreDrawnUnderTheMarkers()
{
    MapView view;
    prepare(view);
    view.setZoom(15);
    const QGeoCoordinate where = view.center();
    view.setPoints({point(9, where, 3)});
    const QPoint marker = view.pixelFor(where).toPoint();
    const QPoint inside = marker + QPoint(60, 40);
    QImage image = view.grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    const QColor markerBefore = image.pixelColor(marker * dpr + QPoint(2, 2));
    const QColor groundBefore = image.pixelColor(inside * dpr);

    // An overlay added first (above the markers), then the zones: the zones still come first.
    AboveOverlay above;
    view.addOverlay(&above);
    ZoneLayer zones(&view);
    zones.setPilots({pilotOver(view, "a", marker - QPoint(150, 120), marker + QPoint(150, 120))});
    const std::vector<ui::MapOverlay*> order = view.overlays();
    QCOMPARE(order.size(), std::size_t(2));
    QCOMPARE(order.front(), static_cast<ui::MapOverlay*>(&zones));
    QCOMPARE(order.back(), static_cast<ui::MapOverlay*>(&above));

    image = view.grab().toImage();
    QCOMPARE(image.pixelColor(marker * dpr + QPoint(2, 2)), markerBefore); // the marker is untouched
    const QColor groundAfter = image.pixelColor(inside * dpr);
    QVERIFY2(groundAfter != groundBefore, qPrintable(describe(groundBefore) + QStringLiteral(" → ") +
                                                     describe(groundAfter))); // the zone is tinted
    view.removeOverlay(&above);
}

QTEST_MAIN(TestZoneTool)
#include "test_zone_tool.moc"
