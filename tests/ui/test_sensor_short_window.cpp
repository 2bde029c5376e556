// A time window on a short sensor file, as the README shows it: the real
// 2019-03-09_sds011_sensor_22885.csv holds readings from 23:40 to 23:58 UTC. Shift-dragging across
// them selects the hour they are in (23:00–00:00, never the empty 00:00–01:00 after them), the
// summary says how little of the window the readings cover, and the window can be attached.
#include "core/sensor/evidence.h"
#include "core/sensor/sensor_import.h"
#include "core/store/store.h"
#include "ui/panels/evidence_card.h"
#include "ui/sensor/sensor_chart_view.h"
#include "ui/sensor/sensor_panel.h"

#include "tests/support/test_support.h"

#include <QApplication>
#include <QChart>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace balgul;
using balgul::test::toStd;

namespace {

constexpr std::int64_t kHour23 = 1552172400; // 2019-03-09T23:00:00Z
constexpr std::int64_t kFirstReading = kHour23 + 40 * 60 + 57;

void send(QWidget* target, QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), target->mapToGlobal(QPointF(pos)), button, buttons,
                      Qt::ShiftModifier);
    QApplication::sendEvent(target, &event);
}

/// Shift+drag across the chart from x0 to x1 (viewport pixels), along the middle of the plot.
void shiftDrag(ui::SensorChartView& chart, int x0, int x1)
{
    QWidget* viewport = chart.viewport();
    const int y = int(chart.chart()->plotArea().center().y());
    send(viewport, QEvent::MouseButtonPress, QPoint(x0, y), Qt::LeftButton, Qt::LeftButton);
    send(viewport, QEvent::MouseMove, QPoint((x0 + x1) / 2, y), Qt::NoButton, Qt::LeftButton);
    send(viewport, QEvent::MouseMove, QPoint(x1, y), Qt::NoButton, Qt::LeftButton);
    send(viewport, QEvent::MouseButtonRelease, QPoint(x1, y), Qt::LeftButton, Qt::NoButton);
}

} // namespace

class TestSensorShortWindow : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto store = core::Store::open(toStd(m_dir->filePath(QStringLiteral("store.db"))));
        QVERIFY2(store.ok(), store.ok() ? "" : store.error().toString().c_str());
        m_store = std::move(store).value();
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void dragAcrossTheReadmeFileSelectsTheirHour()
    {
        BALGUL_REQUIRE_SHARED_DATA(data);
        const QString file = data + QStringLiteral("/sensor_community/2019-03-09_sds011_sensor_22885.csv");
        auto report = core::sensor::importSensorFile(*m_store, toStd(file));
        QVERIFY2(report.ok(), report.ok() ? "" : report.error().toString().c_str());

        ui::SensorPanel panel(*m_store);
        panel.resize(1200, 520);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.currentSeries() != 0);
        ui::SensorChartView* chart = panel.chartView();
        QVERIFY(chart->hasData());
        const QRectF plot = chart->chart()->plotArea();
        QVERIFY(plot.width() > 100);

        // Across every reading the chart shows.
        shiftDrag(*chart, int(plot.left()) + 1, int(plot.right()) - 1);
        auto window = panel.selectedWindow();
        QVERIFY(window);
        QCOMPARE(window->first, kHour23);
        QCOMPARE(window->second, kHour23 + 3600);
        QVERIFY(panel.windowSummary());
        QVERIFY2(panel.windowSummary()->readings >= 8, qPrintable(panel.summaryText()));
        QVERIFY(panel.attachButton()->isEnabled());
        // Its coverage is said: a few minutes of readings in a one-hour window.
        const QString summary = panel.summaryText();
        QVERIFY2(!summary.contains(QStringLiteral("no usable readings")), qPrintable(summary));
        const QString firstLocal = QLocale().toString(
            QDateTime::fromSecsSinceEpoch(kFirstReading).toLocalTime(), QStringLiteral("HH:mm"));
        QVERIFY2(summary.contains(QStringLiteral("the readings cover only %1").arg(firstLocal)),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("18 minute")), qPrintable(summary));

        // A short drag over a few of the minutes selects the same hour.
        chart->clearSelection();
        const int middle = int(plot.center().x());
        shiftDrag(*chart, middle - 30, middle + 30);
        window = panel.selectedWindow();
        QVERIFY(window);
        QCOMPARE(window->first, kHour23);
        QCOMPARE(window->second, kHour23 + 3600);
        QVERIFY(panel.attachButton()->isEnabled());

        QSignalSpy attach(&panel, &ui::SensorPanel::attachEvidenceRequested);
        panel.attachButton()->click();
        QCOMPARE(attach.count(), 1);
        QCOMPARE(attach.front().at(1).toLongLong(), kHour23);
        QCOMPARE(attach.front().at(2).toLongLong(), kHour23 + 3600);

        // The evidence card says it too, from what the evidence keeps.
        auto preview = core::sensor::EvidenceStore(m_store->database())
                           .preview(panel.currentSeries(), kHour23, kHour23 + 3600);
        QVERIFY(preview.ok());
        QCOMPARE(preview->firstReading, kFirstReading);
        QVERIFY(preview->lastReading > kFirstReading);
        auto kept = core::sensor::summaryFromJson(core::sensor::summaryToJson(*preview));
        QVERIFY(kept);
        QCOMPARE(kept->firstReading, preview->firstReading);
        QCOMPARE(kept->lastReading, preview->lastReading);
        core::sensor::Evidence evidence;
        evidence.from = kHour23;
        evidence.to = kHour23 + 3600;
        evidence.fingerprint = preview->fingerprint;
        evidence.summary = *kept;
        ui::EvidenceCard card(nullptr, evidence);
        auto* coverage = card.findChild<QLabel*>(QStringLiteral("evidenceCoverage"));
        QVERIFY(coverage);
        QVERIFY2(coverage->text().contains(QStringLiteral("readings only %1").arg(firstLocal)),
                 qPrintable(coverage->text()));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Store> m_store;
};

QTEST_MAIN(TestSensorShortWindow)
#include "test_sensor_short_window.moc"
