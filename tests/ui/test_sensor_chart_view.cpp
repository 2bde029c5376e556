// The sensor chart: decimation to the pixel width and again after a zoom, spikes kept, the
// Korean grade bands and WHO lines, flagged markers, daily means, and the window brush.

#include "core/sensor/observation.h"
#include "ui/sensor/sensor_chart_view.h"

#include <QApplication>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace balgul;
using core::sensor::Quantity;
using core::sensor::Reading;

Q_DECLARE_METATYPE(core::sensor::Quantity)

namespace {

constexpr std::int64_t kStart = 1704067200; // 2024-01-01T00:00:00Z
constexpr int kYearMinutes = 525600;

std::vector<Reading> minutes(int count, std::int64_t step = 60)
{
    std::vector<Reading> out;
    out.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        out.push_back({kStart + i * step, 20 + 8 * std::sin(i / 300.0), core::sensor::FlagNone});
    return out;
}

double maxY(const QList<QPointF>& points)
{
    double best = -1e9;
    for (const QPointF& p : points)
        best = std::max(best, p.y());
    return best;
}

// Viewport position of a time (UTC seconds) at the middle of the plot's height.
QPoint pointAt(ui::SensorChartView& view, std::int64_t time)
{
    const QPointF inChart =
        view.chart()->mapToPosition(QPointF(double(time) * 1000, 0), view.readingsSeries());
    const QPointF scenePoint = view.chart()->mapToScene(inChart);
    const QPoint p = view.mapFromScene(scenePoint);
    return QPoint(p.x(), int(view.chart()->plotArea().center().y()));
}

void send(QWidget* target, QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons,
          Qt::KeyboardModifiers modifiers)
{
    QMouseEvent event(type, QPointF(pos), target->mapToGlobal(QPointF(pos)), button, buttons, modifiers);
    QApplication::sendEvent(target, &event);
}

} // namespace

class TestSensorChartView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::SensorChartView> makeView()
    {
        auto view = std::make_unique<ui::SensorChartView>();
        view->resize(1000, 500);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            qWarning("the chart was not exposed");
        return view;
    }

private slots:
    void yearIsDecimatedToThePixelWidth()
    {
        auto view = makeView();
        std::vector<Reading> year = minutes(kYearMinutes);
        year[400000].value = 812; // one spike in a year of readings
        view->setReadings(year, Quantity::Pm2_5);
        view->refreshPoints();
        const int width = int(view->chart()->plotArea().width());
        QVERIFY(width > 100);
        QVERIFY2(view->drawnReadingCount() <= 2 * width + 4,
                 qPrintable(QString::number(view->drawnReadingCount())));
        QVERIFY(view->drawnReadingCount() > width / 2);
        QCOMPARE(maxY(view->readingsSeries()->points()), 812.0);
        // The hourly means are exact means of all readings (8,760 of them), drawn decimated too.
        QVERIFY(view->drawnMeanCount() <= 2 * width + 4);
        QCOMPARE(int(view->readings().size()), kYearMinutes);
        const auto [from, to] = view->visibleRange();
        QCOMPARE(from, kStart);
        QVERIFY(to >= year.back().time);
    }

    void zoomDecimatesAgain()
    {
        auto view = makeView();
        view->setReadings(minutes(kYearMinutes), Quantity::Pm2_5);
        const std::int64_t day = kStart + 200 * 86400;
        QSignalSpy range(view.get(), &ui::SensorChartView::visibleRangeChanged);
        view->zoomToRange(day, day + 3600 * 6); // 360 readings: few enough to draw them all
        QVERIFY(range.count() >= 1);
        const auto [from, to] = view->visibleRange();
        QCOMPARE(from, day);
        QCOMPARE(to, day + 3600 * 6 + 1);
        // Every reading of [day, day + 6 h] (the axis includes its end), plus one neighbour each side.
        QCOMPARE(view->drawnReadingCount(), 361 + 2);
        // Beyond the data: kept within it.
        view->zoomToRange(kStart - 86400 * 10, kStart + 3600);
        QCOMPARE(view->visibleRange().first, kStart);
        // Never narrower than ten minutes.
        view->zoomToRange(day, day + 60);
        QVERIFY(view->visibleRange().second - view->visibleRange().first >= 600);
        view->resetZoom();
        QCOMPARE(view->visibleRange().first, kStart);
    }

    void wheelZoomsAroundThePointer()
    {
        auto view = makeView();
        view->setReadings(minutes(14 * 1440), Quantity::Pm10);
        const auto [from0, to0] = view->visibleRange();
        const std::int64_t anchor = kStart + 10 * 86400;
        const QPoint pos = pointAt(*view, anchor);
        QWheelEvent wheel(QPointF(pos), view->viewport()->mapToGlobal(QPointF(pos)), QPoint(), QPoint(0, 240),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
        const auto [from1, to1] = view->visibleRange();
        QVERIFY(to1 - from1 < (to0 - from0) * 0.7);
        QVERIFY(from1 < anchor && anchor < to1);
        // The time under the pointer stays under it (within a pixel's worth of time).
        const double share0 = double(anchor - from0) / double(to0 - from0);
        const double share1 = double(anchor - from1) / double(to1 - from1);
        QVERIFY(std::abs(share0 - share1) < 0.01);
        QTest::keyClick(view.get(), Qt::Key_Home);
        QCOMPARE(view->visibleRange(), std::make_pair(from0, to0));
    }

    void bands_data()
    {
        QTest::addColumn<Quantity>("quantity");
        QTest::addColumn<int>("bands");
        QTest::addColumn<QString>("firstBand");
        QTest::addColumn<QString>("firstWho");
        QTest::addRow("PM2.5") << Quantity::Pm2_5 << 4 << QStringLiteral("Good  0–15")
                               << QStringLiteral("WHO guideline 15");
        QTest::addRow("PM10") << Quantity::Pm10 << 4 << QStringLiteral("Good  0–30")
                              << QStringLiteral("WHO guideline 45");
        QTest::addRow("temperature: no grades") << Quantity::Temperature << 0 << QString() << QString();
    }
    void bands()
    {
        QFETCH(Quantity, quantity);
        QFETCH(int, bands);
        QFETCH(QString, firstBand);
        QFETCH(QString, firstWho);
        auto view = makeView();
        view->setReadings(minutes(3 * 1440), quantity);
        const QStringList labels = view->bandLabels();
        QCOMPARE(labels.size(), bands);
        if (bands > 0) {
            QCOMPARE(labels.first(), firstBand);
            QVERIFY(labels.last().startsWith(QStringLiteral("Very bad  ≥ ")));
        }
        QVERIFY(view->whoLineLabels().isEmpty());
        view->setWhoLinesVisible(true);
        QCOMPARE(view->whoLineLabels().size(), bands > 0 ? 5 : 0);
        if (bands > 0)
            QCOMPARE(view->whoLineLabels().first(), firstWho);
    }

    void flaggedReadingsAreMarked()
    {
        auto view = makeView();
        std::vector<Reading> readings = minutes(2 * 1440);
        readings[100] = {readings[100].time, -235, core::sensor::FlagSentinel};
        readings[900] = {readings[900].time, 31.5, core::sensor::FlagChannelDisagreement};
        readings[2000] = {readings[2000].time, 9999, core::sensor::FlagImpossible};
        view->setReadings(readings, Quantity::Pm2_5);
        QCOMPARE(view->drawnFlaggedCount(), 3);
        const QList<QPointF> marks = view->flaggedSeries()->points();
        // Unusable values are not on the line; markers off the axis sit on its edge.
        QVERIFY(maxY(view->readingsSeries()->points()) < 100);
        QCOMPARE(marks[0].y(), view->chart()->axes(Qt::Vertical).first()->property("min").toDouble());
        QCOMPARE(marks[1].y(), 31.5);
        QCOMPARE(marks[2].y(), view->chart()->axes(Qt::Vertical).first()->property("max").toDouble());
    }

    void dailyMeansMarkThinDays()
    {
        auto view = makeView();
        // Every five minutes: day one complete, day two only 6 hours.
        std::vector<Reading> readings = minutes(288 + 72, 300);
        view->setReadings(readings, Quantity::Pm2_5);
        view->setMode(ui::SensorChartView::Mode::DailyMeans);
        QCOMPARE(view->drawnReadingCount(), 0);
        QCOMPARE(view->meansSeries()->count(), 2);
        QCOMPARE(view->thinDaysSeries()->count(), 1);
        QCOMPARE(view->drawnFlaggedCount(), 0);
        view->setMode(ui::SensorChartView::Mode::Readings);
        QCOMPARE(view->drawnReadingCount(), 360);
        QCOMPARE(view->meansSeries()->count(), 30);
    }

    void shiftDragSelectsWholeHours()
    {
        auto view = makeView();
        view->setReadings(minutes(3 * 1440), Quantity::Pm2_5);
        QSignalSpy selected(view.get(), &ui::SensorChartView::selectionChanged);
        const QPoint a = pointAt(*view, kStart + 10 * 3600 + 600); // 10:10
        const QPoint b = pointAt(*view, kStart + 30 * 3600 - 300); // 29:55
        QWidget* vp = view->viewport();
        send(vp, QEvent::MouseButtonPress, a, Qt::LeftButton, Qt::LeftButton, Qt::ShiftModifier);
        send(vp, QEvent::MouseMove, (a + b) / 2, Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
        send(vp, QEvent::MouseMove, b, Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
        send(vp, QEvent::MouseButtonRelease, b, Qt::LeftButton, Qt::NoButton, Qt::ShiftModifier);
        QCOMPARE(selected.count(), 1);
        const auto window = view->selectedWindow();
        QVERIFY(window);
        QCOMPARE(window->first, kStart + 10 * 3600);
        QCOMPARE(window->second, kStart + 30 * 3600);
        // Selecting did not zoom.
        QCOMPARE(view->visibleRange().first, kStart);
        QTest::keyClick(view.get(), Qt::Key_Escape);
        QVERIFY(!view->selectedWindow());
        QCOMPARE(selected.count(), 2);

        // With the selection tool a plain drag selects too.
        view->setSelectionTool(true);
        send(vp, QEvent::MouseButtonPress, b, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        send(vp, QEvent::MouseMove, a, Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        send(vp, QEvent::MouseButtonRelease, a, Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
        QCOMPARE(view->selectedWindow()->first, kStart + 10 * 3600);
        // New readings reset the selection.
        view->setReadings(minutes(100), Quantity::Pm2_5);
        QVERIFY(!view->selectedWindow());
    }

    void dragPans()
    {
        auto view = makeView();
        view->setReadings(minutes(10 * 1440), Quantity::Pm2_5);
        view->zoomToRange(kStart + 4 * 86400, kStart + 5 * 86400);
        const auto [from0, to0] = view->visibleRange();
        QWidget* vp = view->viewport();
        const QPoint start = pointAt(*view, kStart + 4 * 86400 + 12 * 3600);
        const QPoint end = start + QPoint(200, 0);
        send(vp, QEvent::MouseButtonPress, start, Qt::MiddleButton, Qt::MiddleButton, Qt::NoModifier);
        send(vp, QEvent::MouseMove, end, Qt::NoButton, Qt::MiddleButton, Qt::NoModifier);
        send(vp, QEvent::MouseButtonRelease, end, Qt::MiddleButton, Qt::NoButton, Qt::NoModifier);
        const auto [from1, to1] = view->visibleRange();
        QVERIFY(from1 < from0); // dragged to the right: earlier readings come into view
        QCOMPARE(to1 - from1, to0 - from0);
        QTest::keyClick(view.get(), Qt::Key_Right);
        QVERIFY(view->visibleRange().first > from1);
        QVERIFY(!view->selectedWindow());
    }

    void emptyChart()
    {
        auto view = makeView();
        view->setReadings({}, Quantity::Pm2_5);
        QCOMPARE(view->drawnReadingCount(), 0);
        QVERIFY(view->bandLabels().isEmpty());
        QWidget* vp = view->viewport();
        send(vp, QEvent::MouseButtonPress, QPoint(300, 200), Qt::LeftButton, Qt::LeftButton,
             Qt::ShiftModifier);
        send(vp, QEvent::MouseButtonRelease, QPoint(500, 200), Qt::LeftButton, Qt::NoButton,
             Qt::ShiftModifier);
        QVERIFY(!view->selectedWindow());
    }
};

QTEST_MAIN(TestSensorChartView)
#include "test_sensor_chart_view.moc"
