// The sensor panel on a real store: the series list, the exact statistics of a selected window,
// the grade bands, the flagged readings table, the attach signal, reload and the empty state.

#include "core/sensor/observation_store.h"
#include "core/store/database.h"
#include "core/store/store.h"
#include "ui/qt_convert.h"
#include "ui/sensor/flagged_readings_view.h"
#include "ui/sensor/sensor_chart_view.h"
#include "ui/sensor/sensor_panel.h"
#include "ui/sensor/sensor_series_model.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace balgul;
using core::sensor::KoreanGrade;
using core::sensor::Quantity;
using core::sensor::Reading;

Q_DECLARE_METATYPE(core::sensor::KoreanGrade)

namespace {

constexpr std::int64_t kStart = 1714521600; // 2024-05-01T00:00:00Z
constexpr std::int64_t kHour = 3600;

// PM2.5 every ten minutes for 48 hours: hours 0–23 at 10 µg/m³, 24–29 at 80, then 20, with no
// readings in hours 36–42; one sentinel and one impossible reading in hour 30.
std::vector<Reading> pmReadings()
{
    std::vector<Reading> out;
    for (int h = 0; h < 48; ++h) {
        if (h >= 36 && h <= 42)
            continue;
        const double value = h < 24 ? 10 : h < 30 ? 80 : 20;
        for (int m = 0; m < 60; m += 10)
            out.push_back({kStart + h * kHour + m * 60, value, core::sensor::FlagNone});
    }
    out.push_back({kStart + 30 * kHour + 5 * 60, -235, core::sensor::FlagSentinel});
    out.push_back({kStart + 30 * kHour + 15 * 60, 4000, core::sensor::FlagImpossible});
    return out;
}

} // namespace

class TestSensorPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Store> m_store;
    std::int64_t m_pmSeries = 0;
    std::int64_t m_pm10Series = 0;
    std::int64_t m_tempSeries = 0;

    std::int64_t addSeries(const core::sensor::Device& device, Quantity quantity,
                           std::vector<Reading> readings)
    {
        core::sensor::ObservationStore observations(m_store->database());
        core::Transaction tx(m_store->database());
        const std::int64_t deviceId = observations.ensureDevice(device);
        const std::int64_t seriesId = observations.ensureSeries(deviceId, quantity);
        observations.addReadings(seriesId, std::move(readings));
        tx.commit();
        return seriesId;
    }

    void fill()
    {
        core::sensor::Device balcony;
        balcony.source = "sensor.community";
        balcony.externalId = "22885";
        balcony.sensorType = "SDS011";
        balcony.name = "Balcony";
        m_pmSeries = addSeries(balcony, Quantity::Pm2_5, pmReadings());
        m_pm10Series = addSeries(balcony, Quantity::Pm10, {{kStart, 40, 0}, {kStart + 600, 42, 0}});
        core::sensor::Device dht;
        dht.source = "sensor.community";
        dht.externalId = "5332";
        dht.sensorType = "DHT22";
        std::vector<Reading> temps;
        for (int i = 0; i < 12; ++i)
            temps.push_back({kStart + i * 300, 18.5 + i * 0.1, 0});
        m_tempSeries = addSeries(dht, Quantity::Temperature, temps);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto store =
            core::Store::open(ui::toStd(m_dir->filePath(QStringLiteral("store.db"))), {true, "김민지"});
        QVERIFY2(store.ok(), store.ok() ? "" : store.error().toString().c_str());
        m_store = std::move(store.value());
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void emptyState()
    {
        ui::SensorPanel panel(*m_store);
        QVERIFY(panel.isEmptyStateShown());
        QCOMPARE(panel.currentSeries(), 0);
        QSignalSpy import(&panel, &ui::SensorPanel::importRequested);
        auto* button = panel.findChild<QPushButton*>(QStringLiteral("sensorImportButton"));
        QVERIFY(button);
        button->click();
        QCOMPARE(import.count(), 1);
        // The hint asks for little room (it scrolls): the chart's page does not make the dock of
        // a profile without readings as tall as a chart (a 683×384 screen at 200 %).
        const auto* chart = panel.findChild<ui::SensorChartView*>();
        QVERIFY(chart);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const int emptyHeight = panel.minimumSizeHint().height();
        QVERIFY2(emptyHeight < chart->minimumHeight(), qPrintable(QString::number(emptyHeight)));
        // An import later: reload shows the readings, and the chart's page asks for its room.
        fill();
        panel.reload();
        QVERIFY(!panel.isEmptyStateShown());
        QCOMPARE(panel.currentSeries(), m_pmSeries);
        QVERIFY(panel.minimumSizeHint().height() >= chart->minimumHeight());
    }

    void listsSeries()
    {
        fill();
        ui::SensorPanel panel(*m_store);
        ui::SensorSeriesModel* model = panel.seriesModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->seriesCount(), 3);
        // Named devices by name, others by source and id; series with their counts.
        const QModelIndex balcony = model->index(0, 0);
        QCOMPARE(balcony.data().toString(), QStringLiteral("Balcony"));
        QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("sensor.community 5332"));
        QCOMPARE(model->rowCount(balcony), 2);
        const QModelIndex pm = model->indexOfSeries(m_pmSeries);
        QCOMPARE(pm.parent(), balcony);
        QCOMPARE(pm.data(ui::SensorSeriesModel::SeriesIdRole).toLongLong(), m_pmSeries);
        QVERIFY(pm.data().toString().startsWith(QStringLiteral("PM2.5")));
        const int pmCount = int(pmReadings().size());
        QCOMPARE(pm.siblingAtColumn(ui::SensorSeriesModel::ReadingsColumn).data().toString(),
                 QLocale().toString(pmCount));
        QCOMPARE(model->series(m_pmSeries)->firstTime, kStart);
        QCOMPARE(model->series(m_pmSeries)->lastTime, kStart + 47 * kHour + 50 * 60);
        QVERIFY(!pm.siblingAtColumn(ui::SensorSeriesModel::SpanColumn).data().toString().isEmpty());
        // The device row sums its series.
        QCOMPARE(balcony.siblingAtColumn(ui::SensorSeriesModel::ReadingsColumn).data().toString(),
                 QLocale().toString(pmCount + 2));
        // PM2.5 is shown first, with every stored reading (flagged ones included) and its bands.
        QCOMPARE(panel.currentSeries(), m_pmSeries);
        QCOMPARE(int(panel.chartView()->readings().size()), pmCount);
        QCOMPARE(panel.chartView()->bandLabels().size(), 4);
        QVERIFY(panel.showSeries(m_tempSeries));
        QVERIFY(panel.chartView()->bandLabels().isEmpty());
        QVERIFY(panel.showSeries(m_pm10Series));
        QCOMPARE(panel.chartView()->bandLabels().first(), QStringLiteral("Good  0–30"));
        QVERIFY(!panel.showSeries(987654));
    }

    void windowStatistics_data()
    {
        QTest::addColumn<int>("fromHour");
        QTest::addColumn<int>("toHour");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("max");
        QTest::addColumn<int>("hoursWithData");
        QTest::addColumn<int>("hoursInWindow");
        QTest::addColumn<int>("hoursOverBad");
        QTest::addColumn<int>("flagged");
        QTest::addColumn<KoreanGrade>("grade");
        QTest::addColumn<QString>("text");
        // CAI of 10 µg/m³: 50/15 · 10 = 33.3 → 33; US AQI: 51 + 49/26.3 · (10 − 9.1) = 52.7 → 53.
        QTest::addRow("a clean day") << 0 << 24 << 10.0 << 10.0 << 24 << 24 << 0 << 0 << KoreanGrade::Good
                                     << QStringLiteral("CAI 33, US AQI 53");
        // (4·10 + 6·80 + 2·20) / 12 = 46.67, graded on the window's mean (12 of 12 hours).
        QTest::addRow("into the bad hours")
            << 20 << 32 << 560.0 / 12 << 80.0 << 12 << 12 << 6 << 2 << KoreanGrade::Bad
            << QStringLiteral("6 hour(s) at “bad” or worse");
        // (6·80 + 11·20) / 17 = 41.18 with 17 of 24 hours: too few for a 24-hour grade.
        QTest::addRow("a day with a gap") << 24 << 48 << 700.0 / 17 << 80.0 << 17 << 24 << 6 << 2
                                          << KoreanGrade::NotEnoughData << QStringLiteral("Not enough data");
    }
    void windowStatistics()
    {
        QFETCH(int, fromHour);
        QFETCH(int, toHour);
        QFETCH(double, mean);
        QFETCH(double, max);
        QFETCH(int, hoursWithData);
        QFETCH(int, hoursInWindow);
        QFETCH(int, hoursOverBad);
        QFETCH(int, flagged);
        QFETCH(KoreanGrade, grade);
        QFETCH(QString, text);
        fill();
        ui::SensorPanel panel(*m_store);
        QVERIFY(!panel.attachButton()->isEnabled());
        QVERIFY(!panel.windowSummary());
        const std::int64_t from = kStart + fromHour * kHour, to = kStart + toHour * kHour;
        panel.chartView()->setSelectedWindow(from, to);
        QCOMPARE(panel.selectedWindow(), std::make_optional(std::make_pair(from, to)));
        const auto& summary = panel.windowSummary();
        QVERIFY(summary);
        QVERIFY(qFuzzyCompare(summary->mean, mean));
        QCOMPARE(summary->max, max);
        QCOMPARE(summary->hoursWithData, hoursWithData);
        QCOMPARE(summary->hoursInWindow, hoursInWindow);
        QCOMPARE(summary->hoursOverBad, hoursOverBad);
        QCOMPARE(summary->flagged, std::int64_t(flagged));
        QVERIFY(summary->grade);
        QCOMPARE(int(*summary->grade), int(grade));
        QVERIFY2(panel.summaryText().contains(text), qPrintable(panel.summaryText()));
        QVERIFY(panel.summaryText().contains(QLocale().toString(mean, 'f', 1)));
        QVERIFY(panel.summaryText().contains(
            QStringLiteral("%1 of %2 hours").arg(hoursWithData).arg(hoursInWindow)));

        // The flagged table lists the flagged readings of the window.
        QCOMPARE(panel.flaggedView()->count(), flagged);

        // The attach button carries the window.
        QVERIFY(panel.attachButton()->isEnabled());
        QSignalSpy attach(&panel, &ui::SensorPanel::attachEvidenceRequested);
        panel.attachButton()->click();
        QCOMPARE(attach.count(), 1);
        QCOMPARE(attach.at(0).at(0).value<std::int64_t>(), m_pmSeries);
        QCOMPARE(attach.at(0).at(1).value<std::int64_t>(), from);
        QCOMPARE(attach.at(0).at(2).value<std::int64_t>(), to);

        panel.chartView()->clearSelection();
        QVERIFY(!panel.attachButton()->isEnabled());
        QVERIFY(!panel.windowSummary());
    }

    void flaggedReadingsTable()
    {
        fill();
        ui::SensorPanel panel(*m_store);
        // Without a selection: the flagged readings of what the chart shows (all of it).
        ui::FlaggedReadingsView* view = panel.flaggedView();
        QCOMPARE(view->count(), 2);
        QCOMPARE(panel.chartView()->drawnFlaggedCount(), 2);
        const QAbstractItemModel* model = view->table()->model();
        QAbstractItemModelTester tester(const_cast<QAbstractItemModel*>(model),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        using Column = ui::FlaggedReadingsModel::Column;
        QCOMPARE(model->index(0, Column::ValueColumn).data().toString(), QStringLiteral("-235.0 µg/m³"));
        QCOMPARE(model->index(0, Column::FlagsColumn).data().toString(),
                 QStringLiteral("the device's no-data code (not counted)"));
        QCOMPARE(model->index(1, Column::FlagsColumn).data().toString(),
                 QStringLiteral("impossible value (not counted)"));
        QCOMPARE(model->index(1, Column::TimeColumn).data(ui::FlaggedReadingsModel::TimeRole).toLongLong(),
                 kStart + 30 * kHour + 15 * 60);
        // A window without them lists none.
        panel.chartView()->setSelectedWindow(kStart, kStart + 24 * kHour);
        QCOMPARE(view->count(), 0);
        QCOMPARE(view->headingText(), QStringLiteral("No flagged readings in this window"));
        panel.chartView()->clearSelection();
        QCOMPARE(view->count(), 2);
        // Activating one shows it on the chart.
        view->table()->activated(model->index(1, 0));
        const auto [from, to] = panel.chartView()->visibleRange();
        QVERIFY(from <= kStart + 30 * kHour + 15 * 60 && kStart + 30 * kHour + 15 * 60 < to);
        QVERIFY(to - from <= 2 * kHour + 1);
        // Words for every flag.
        QCOMPARE(ui::readingFlagsText(core::sensor::FlagConflictingDuplicate |
                                      core::sensor::FlagChannelDisagreement),
                 QStringLiteral("another reading at this time differs; the two laser channels disagree"));
        QVERIFY(ui::readingFlagsText(0).isEmpty());
    }

    void reloadKeepsTheShownSeries()
    {
        fill();
        ui::SensorPanel panel(*m_store);
        QVERIFY(panel.showSeries(m_tempSeries));
        panel.chartView()->setSelectedWindow(kStart, kStart + kHour);
        // Nothing changed: zoom and selection stay.
        panel.reload();
        QCOMPARE(panel.currentSeries(), m_tempSeries);
        QVERIFY(panel.selectedWindow());
        // New readings of the shown series are read again.
        {
            core::sensor::ObservationStore observations(m_store->database());
            core::Transaction tx(m_store->database());
            observations.addReadings(m_tempSeries, {{kStart + 86400, 25.0, 0}});
            tx.commit();
        }
        panel.reload();
        QCOMPARE(panel.currentSeries(), m_tempSeries);
        QCOMPARE(int(panel.chartView()->readings().size()), 13);
        QCOMPARE(panel.seriesModel()->series(m_tempSeries)->readings, 13);
    }
};

QTEST_MAIN(TestSensorPanel)
#include "test_sensor_panel.moc"
