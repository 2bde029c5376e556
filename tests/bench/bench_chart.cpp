// balgul-bench-chart: how fast the sensor chart redraws a year of one-minute readings.
//
// Builds 525,600 one-minute PM2.5 readings and prints: the decimation time, the redraw time of the
// SensorChartView (1600×600, rendered to an image) with decimation, the same for a plain Qt Charts
// QLineSeries holding all 525,600 points as the in-run baseline, and the ratio. Medians of --runs
// (default 20). Target: a redraw of the decimated chart in at most 50 ms.

#include "core/sensor/downsample.h"
#include "ui/sensor/sensor_chart_view.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <random>
#include <vector>

using balgul::core::sensor::Reading;

namespace {

constexpr int kReadings = 525600;
constexpr std::int64_t kStart = 1704067200; // 2024-01-01T00:00:00Z
constexpr int kWidth = 1600;
constexpr int kHeight = 600;

std::vector<Reading> yearOfMinutes()
{
    std::mt19937 random(2024);
    std::normal_distribution<double> noise(0, 2.5);
    std::uniform_real_distribution<double> chance(0, 1);
    std::vector<Reading> out;
    out.reserve(kReadings);
    double episode = 0; // a slowly varying dust episode on top of the daily cycle
    for (int i = 0; i < kReadings; ++i) {
        if (i % 1440 == 0)
            episode = chance(random) < 0.15 ? 30 + 40 * chance(random) : episode * 0.5;
        const double daily = 8 * std::sin(2 * M_PI * (i % 1440) / 1440.0);
        double value = std::max(0.0, 18 + daily + episode + noise(random));
        if (chance(random) < 0.0002)
            value += 150; // short spikes
        out.push_back({kStart + i * 60LL, std::round(value * 1000) / 1000, balgul::core::sensor::FlagNone});
    }
    return out;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double medianMs(int runs, const std::function<void()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

void renderOnce(QWidget& widget, QImage& image)
{
    QCoreApplication::processEvents();
    image.fill(Qt::white);
    QPainter painter(&image);
    widget.render(&painter);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int runs = 20;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--runs") == 0)
            runs = std::max(1, std::atoi(argv[i + 1]));

    std::printf("balgul-bench-chart: %d one-minute readings, chart %d×%d, median of %d runs\n", kReadings,
                kWidth, kHeight, runs);
    const std::vector<Reading> readings = yearOfMinutes();

    // 1. Decimation alone: the whole year to the pixel width.
    std::size_t kept = 0;
    const double decimateMs =
        medianMs(runs, [&] { kept = balgul::core::sensor::decimateMinMax(readings, kWidth).size(); });
    std::printf("decimation (min/max per pixel)     %8.2f ms  (%zu of %d points kept)\n", decimateMs, kept,
                kReadings);

    QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);

    // 2. The sensor chart: load, then redraws with decimation (each run zooms, so it decimates again).
    balgul::ui::SensorChartView view;
    view.resize(kWidth, kHeight);
    view.show();
    QElapsedTimer load;
    load.start();
    view.setReadings(readings, balgul::core::sensor::Quantity::Pm2_5);
    renderOnce(view, image);
    std::printf("chart load (hourly/daily means, first draw) %6.1f ms\n",
                static_cast<double>(load.nsecsElapsed()) / 1e6);
    const double renderOnlyMs = medianMs(runs, [&] { renderOnce(view, image); });
    std::vector<double> total, update, layout, paint;
    for (int run = 0; run < runs; ++run) {
        // Alternate between the whole year and the year minus a day, so every run decimates again.
        const std::int64_t shift = (run % 2) * 86400;
        QElapsedTimer timer;
        timer.start();
        view.zoomToRange(kStart + shift, kStart + kReadings * 60LL);
        const qint64 t1 = timer.nsecsElapsed();
        QCoreApplication::processEvents();
        const qint64 t2 = timer.nsecsElapsed();
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            view.render(&painter);
        }
        const qint64 t3 = timer.nsecsElapsed();
        update.push_back(static_cast<double>(t1) / 1e6);
        layout.push_back(static_cast<double>(t2 - t1) / 1e6);
        paint.push_back(static_cast<double>(t3 - t2) / 1e6);
        total.push_back(static_cast<double>(t3) / 1e6);
    }
    const double redrawMs = median(total);
    std::printf(
        "SensorChartView redraw             %8.2f ms  (zoom, decimate and update series %.2f, layout %.2f, "
        "paint %.2f; %d points drawn)\n",
        redrawMs, median(update), median(layout), median(paint),
        view.drawnReadingCount() + view.drawnMeanCount());
    std::printf("SensorChartView repaint only       %8.2f ms\n", renderOnlyMs);

    // 3. Baseline: every reading in one QLineSeries.
    QChartView plain;
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    plain.setChart(chart);
    plain.setRenderHint(QPainter::Antialiasing, true);
    auto* series = new QLineSeries;
    QList<QPointF> points;
    points.reserve(kReadings);
    for (const Reading& r : readings)
        points.append(QPointF(static_cast<double>(r.time) * 1000, r.value));
    series->replace(points);
    chart->addSeries(series);
    auto* x = new QDateTimeAxis;
    auto* y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    plain.resize(kWidth, kHeight);
    plain.show();
    renderOnce(plain, image);
    const double rawMs = medianMs(runs, [&] { renderOnce(plain, image); });
    std::printf("raw QLineSeries redraw (baseline)  %8.2f ms  (%d points)\n", rawMs, kReadings);
    std::printf("ratio baseline / SensorChartView   %8.1f ×\n", rawMs / redrawMs);
    std::printf("target: redraw <= 50 ms: %s\n", redrawMs <= 50 ? "met" : "NOT met");
    return 0;
}
