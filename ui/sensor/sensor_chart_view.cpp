#include "ui/sensor/sensor_chart_view.h"

#include "core/sensor/air_quality.h"
#include "core/sensor/downsample.h"
#include "ui/qt_convert.h"
#include "ui/sensor/grade_colors.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace balgul::ui {

using core::sensor::Pollutant;
using core::sensor::Reading;

namespace {

constexpr double kHourMs = 3600.0 * 1000;
constexpr double kMinSpanMs = 10 * 60 * 1000.0;
constexpr int kBandAlpha = 46;

QList<QPointF> toPoints(const std::vector<Reading>& readings)
{
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(readings.size()));
    for (const Reading& r : readings)
        points.append(QPointF(static_cast<double>(r.time) * 1000, r.value));
    return points;
}

std::int64_t toSeconds(double ms)
{
    return static_cast<std::int64_t>(std::floor(ms / 1000));
}

void hideFromLegend(QChart* chart, QAbstractSeries* series)
{
    for (QLegendMarker* marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

} // namespace

SensorChartView::SensorChartView(QWidget* parent)
    : QChartView(parent), m_chart(new QChart), m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("sensorChartView"));
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing, true);
    setRubberBand(QChartView::HorizontalRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &SensorChartView::refreshPoints);
    buildSeries();
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        updateOverlays();
        m_refreshTimer->start();
    });
    clear();
}

SensorChartView::~SensorChartView() = default;

void SensorChartView::buildSeries()
{
    m_xAxis = new QDateTimeAxis(m_chart);
    m_yAxis = new QValueAxis(m_chart);
    m_yAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);

    // Series are drawn in the order they are added: bands below, markers on top.
    const auto attach = [this](QAbstractSeries* series) {
        m_chart->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
    };
    for (int i = 0; i < 4; ++i) {
        auto* area = new QAreaSeries(new QLineSeries(m_chart), new QLineSeries(m_chart));
        area->setPen(Qt::NoPen);
        attach(area);
        hideFromLegend(m_chart, area);
        m_bands.push_back(area);
        auto* label = new QGraphicsSimpleTextItem(m_chart);
        label->setZValue(20);
        m_bandLabels.push_back(label);
    }
    for (int i = 0; i < 5; ++i) {
        auto* line = new QLineSeries(m_chart);
        QPen pen(i == 0 ? QColor(0x6a, 0x1b, 0x9a) : QColor(0x8e, 0x24, 0xaa, 150));
        pen.setStyle(i == 0 ? Qt::DashLine : Qt::DotLine);
        pen.setWidthF(i == 0 ? 1.6 : 1.2);
        line->setPen(pen);
        attach(line);
        hideFromLegend(m_chart, line);
        m_whoLines.push_back(line);
        auto* label = new QGraphicsSimpleTextItem(m_chart);
        label->setZValue(20);
        label->setBrush(pen.color());
        m_whoLabels.push_back(label);
    }

    m_readingsLine = new QLineSeries(m_chart);
    m_readingsLine->setName(tr("Readings"));
    m_readingsLine->setPen(QPen(QColor(0x78, 0x90, 0x9c), 1));
    attach(m_readingsLine);

    m_meansLine = new QLineSeries(m_chart);
    m_meansLine->setPen(QPen(QColor(0x26, 0x32, 0x38), 2));
    attach(m_meansLine);
    connect(m_meansLine, &QLineSeries::hovered, this, &SensorChartView::showMeanToolTip);

    m_thinDays = new QScatterSeries(m_chart);
    m_thinDays->setName(tr("Days with too few hours"));
    m_thinDays->setMarkerSize(9);
    m_thinDays->setColor(QColor(0xff, 0xff, 0xff));
    m_thinDays->setBorderColor(QColor(0x75, 0x75, 0x75));
    attach(m_thinDays);

    m_flagged = new QScatterSeries(m_chart);
    m_flagged->setName(tr("Flagged readings"));
    m_flagged->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_flagged->setMarkerSize(9);
    m_flagged->setColor(QColor(0xd8, 0x1b, 0x60));
    m_flagged->setBorderColor(QColor(0x88, 0x0e, 0x4f));
    attach(m_flagged);

    m_selectionRect = new QGraphicsRectItem(m_chart);
    m_selectionRect->setBrush(QColor(0x3f, 0x51, 0xb5, 60));
    m_selectionRect->setPen(QPen(QColor(0x3f, 0x51, 0xb5), 1));
    m_selectionRect->setZValue(30);
    m_selectionRect->setAcceptedMouseButtons(Qt::NoButton);
    m_selectionRect->hide();
    m_dragRect = new QGraphicsRectItem(m_chart);
    m_dragRect->setBrush(QColor(0x3f, 0x51, 0xb5, 35));
    m_dragRect->setPen(QPen(QColor(0x3f, 0x51, 0xb5), 1, Qt::DashLine));
    m_dragRect->setZValue(31);
    m_dragRect->setAcceptedMouseButtons(Qt::NoButton);
    m_dragRect->hide();

    connect(m_xAxis, &QDateTimeAxis::rangeChanged, this, &SensorChartView::onRangeChanged);
    connect(m_yAxis, &QValueAxis::rangeChanged, this, &SensorChartView::updateOverlays);
}

void SensorChartView::clear()
{
    setReadings({}, m_quantity);
}

void SensorChartView::setReadings(std::vector<Reading> readings, core::sensor::Quantity quantity)
{
    m_readings = std::move(readings);
    m_quantity = quantity;
    core::sensor::ChartReadings split = core::sensor::splitForChart(m_readings);
    m_usable = std::move(split.usable);
    m_flaggedReadings = std::move(split.flagged);
    updateMeans();
    m_yAxis->setTitleText(toQ(core::sensor::unitOf(quantity)));
    if (m_readings.empty()) {
        const double now = static_cast<double>(QDateTime::currentSecsSinceEpoch()) * 1000;
        m_dataFromMs = now - 24 * kHourMs;
        m_dataToMs = now;
    } else {
        m_dataFromMs = static_cast<double>(m_readings.front().time) * 1000;
        m_dataToMs = static_cast<double>(m_readings.back().time) * 1000;
        if (m_dataToMs - m_dataFromMs < kMinSpanMs) {
            const double middle = (m_dataFromMs + m_dataToMs) / 2;
            m_dataFromMs = middle - kMinSpanMs / 2;
            m_dataToMs = middle + kMinSpanMs / 2;
        }
    }
    rebuildBands();
    rebuildWhoLines();
    setSeriesVisibility();
    m_selection.reset();
    m_selectionRect->hide();
    m_decimatedWidth = 0;
    resetZoom();
    emit selectionChanged(std::nullopt);
}

void SensorChartView::updateMeans()
{
    m_hourly.clear();
    m_daily.clear();
    m_dailyHours.clear();
    for (const core::sensor::WindowMean& h : core::sensor::hourlyMeans(m_readings))
        m_hourly.push_back({h.start + 1800, h.mean, core::sensor::FlagNone});
    for (const core::sensor::WindowMean& d : core::sensor::dailyMeans(m_readings)) {
        m_daily.push_back({d.start + 12 * 3600, d.mean, d.enough ? std::uint8_t{0} : std::uint8_t{1}});
        m_dailyHours.push_back(d.hours);
    }
}

void SensorChartView::rebuildBands()
{
    const std::optional<Pollutant> pollutant = pollutantOf(m_quantity);
    const std::vector<GradeBand> bands = gradeBands(pollutant.value_or(Pollutant::Pm2_5));
    for (std::size_t i = 0; i < m_bands.size(); ++i) {
        const GradeBand& band = bands[i];
        const double top = std::isinf(band.to) ? kBandTop : band.to;
        m_bands[i]->upperSeries()->replace({QPointF(m_dataFromMs, top), QPointF(m_dataToMs, top)});
        m_bands[i]->lowerSeries()->replace(
            {QPointF(m_dataFromMs, band.from), QPointF(m_dataToMs, band.from)});
        QColor fill = gradeColor(band.grade);
        fill.setAlpha(kBandAlpha);
        m_bands[i]->setBrush(fill);
        m_bands[i]->setName(gradeName(band.grade));
        const QLocale locale;
        const QString range = std::isinf(band.to)
                                  ? tr("≥ %1").arg(locale.toString(band.from))
                                  : tr("%1–%2").arg(locale.toString(band.from), locale.toString(band.to - 1));
        m_bandLabels[i]->setText(QStringLiteral("%1  %2").arg(gradeName(band.grade), range));
        m_bandLabels[i]->setBrush(gradeColor(band.grade).darker(130));
    }
}

void SensorChartView::rebuildWhoLines()
{
    const std::optional<Pollutant> pollutant = pollutantOf(m_quantity);
    const double* limits = pollutant == Pollutant::Pm10 ? kWhoPm10 : kWhoPm25;
    const QLocale locale;
    for (std::size_t i = 0; i < m_whoLines.size(); ++i) {
        const double y = limits[i];
        m_whoLines[i]->replace({QPointF(m_dataFromMs, y), QPointF(m_dataToMs, y)});
        const QString value = locale.toString(y);
        m_whoLabels[i]->setText(i == 0 ? tr("WHO guideline %1").arg(value)
                                       : tr("WHO IT-%1 %2").arg(5 - static_cast<int>(i)).arg(value));
    }
}

void SensorChartView::setSeriesVisibility()
{
    const bool pm = pollutantOf(m_quantity).has_value() && hasData();
    for (std::size_t i = 0; i < m_bands.size(); ++i) {
        m_bands[i]->setVisible(pm);
        m_bandLabels[i]->setVisible(pm);
    }
    for (std::size_t i = 0; i < m_whoLines.size(); ++i) {
        m_whoLines[i]->setVisible(pm && m_whoVisible);
        m_whoLabels[i]->setVisible(pm && m_whoVisible);
    }
    const bool daily = m_mode == Mode::DailyMeans;
    m_readingsLine->setVisible(!daily);
    m_meansLine->setName(daily ? tr("Daily means") : tr("Hourly means"));
    m_meansLine->setPointsVisible(daily);
    m_thinDays->setVisible(daily);
    m_flagged->setVisible(!daily);
    m_chart->legend()->setVisible(hasData());
    hideFromLegend(m_chart, m_bands.front()); // setVisible brings markers back
    for (QAreaSeries* band : m_bands)
        hideFromLegend(m_chart, band);
    for (QLineSeries* line : m_whoLines)
        hideFromLegend(m_chart, line);
    if (!daily || m_thinDays->count() == 0)
        hideFromLegend(m_chart, m_thinDays);
}

void SensorChartView::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_decimatedWidth = 0;
    refreshPoints();
    setSeriesVisibility();
    updateOverlays();
}

void SensorChartView::setWhoLinesVisible(bool visible)
{
    m_whoVisible = visible;
    setSeriesVisibility();
    updateOverlays();
}

TimeWindow SensorChartView::visibleRange() const
{
    return {toSeconds(static_cast<double>(m_xAxis->min().toMSecsSinceEpoch())),
            toSeconds(static_cast<double>(m_xAxis->max().toMSecsSinceEpoch())) + 1};
}

void SensorChartView::applyRange(double fromMs, double toMs)
{
    const double full = m_dataToMs - m_dataFromMs;
    double span = std::clamp(toMs - fromMs, kMinSpanMs, std::max(full, kMinSpanMs));
    double from = std::clamp(fromMs, m_dataFromMs, std::max(m_dataFromMs, m_dataToMs - span));
    if (span >= full)
        from = m_dataFromMs;
    m_settingRange = true;
    m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(from)),
                      QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(from + span)));
    m_settingRange = false;
    onRangeChanged();
}

void SensorChartView::zoomToRange(std::int64_t from, std::int64_t to)
{
    applyRange(static_cast<double>(from) * 1000, static_cast<double>(to) * 1000);
    refreshPoints();
}

void SensorChartView::resetZoom()
{
    applyRange(m_dataFromMs, m_dataToMs);
    refreshPoints();
}

void SensorChartView::onRangeChanged()
{
    if (m_settingRange)
        return;
    const double from = static_cast<double>(m_xAxis->min().toMSecsSinceEpoch());
    const double to = static_cast<double>(m_xAxis->max().toMSecsSinceEpoch());
    if (to - from < kMinSpanMs - 1 || from < m_dataFromMs - 1 || to > m_dataToMs + 1) {
        applyRange(from, to); // a rubber band or a zoom out beyond the data: keep within it
        return;
    }
    const double span = to - from;
    const QString format = span > 3 * 24 * kHourMs ? QStringLiteral("yyyy-MM-dd")
                           : span > 18 * kHourMs   ? QStringLiteral("MM-dd HH:mm")
                                                   : QStringLiteral("HH:mm");
    if (m_xAxis->format() != format)
        m_xAxis->setFormat(format);
    const auto [fromS, toS] = visibleRange();
    emit visibleRangeChanged(fromS, toS);
    updateOverlays();
    m_refreshTimer->start();
}

void SensorChartView::refreshPoints()
{
    m_refreshTimer->stop();
    const double fromMs = static_cast<double>(m_xAxis->min().toMSecsSinceEpoch());
    const double toMs = static_cast<double>(m_xAxis->max().toMSecsSinceEpoch());
    const int width =
        std::max(2, static_cast<int>(m_chart->plotArea().width() > 10 ? m_chart->plotArea().width()
                                                                      : viewport()->width()));
    if (m_decimatedWidth == width && m_decimatedFor == std::make_pair(fromMs, toMs))
        return;
    m_decimatedWidth = width;
    m_decimatedFor = {fromMs, toMs};
    const std::int64_t from = toSeconds(fromMs);
    const std::int64_t to = toSeconds(toMs) + 1;
    using core::sensor::decimateMinMax;
    using core::sensor::visibleSpan;
    const bool daily = m_mode == Mode::DailyMeans;

    const std::vector<Reading> line =
        daily ? std::vector<Reading>{} : decimateMinMax(visibleSpan(m_usable, from, to), width);
    const std::vector<Reading> means =
        decimateMinMax(visibleSpan(daily ? m_daily : m_hourly, from, to), width);
    m_readingsLine->replace(toPoints(line));
    m_meansLine->replace(toPoints(means));
    QList<QPointF> thin;
    if (daily)
        for (const Reading& d : means)
            if (d.flags != 0)
                thin.append(QPointF(static_cast<double>(d.time) * 1000, d.value));
    m_thinDays->replace(thin);

    // The value axis follows what is visible; the decimated points keep every extreme.
    double low = 0, high = 0;
    bool any = false;
    for (const std::vector<Reading>* points : {&line, &means})
        for (const Reading& r : *points) {
            if (r.time < from - 3600 || r.time >= to + 3600)
                continue;
            low = any ? std::min(low, r.value) : r.value;
            high = any ? std::max(high, r.value) : r.value;
            any = true;
        }
    updateTicks();
    if (!any) {
        m_yAxis->setRange(0, 50);
    } else {
        double top = std::max(high * 1.12, low < 0 ? high + (high - low) * 0.1 : 1.0);
        if (const auto pollutant = pollutantOf(m_quantity))
            top = std::max(top, gradeBands(*pollutant)[1].from * 1.25);
        const double bottom = low < 0 ? low - (high - low) * 0.1 : 0;
        // Round outward to 1, 2 or 5 × 10^n steps; set only when it changes (every change lays out
        // every series again).
        const double raw = (top - bottom) / 5;
        const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
        const double step = raw <= magnitude       ? magnitude
                            : raw <= 2 * magnitude ? 2 * magnitude
                            : raw <= 5 * magnitude ? 5 * magnitude
                                                   : 10 * magnitude;
        const double niceBottom = std::floor(bottom / step) * step;
        const double niceTop = std::ceil(top / step) * step;
        const int ticks = static_cast<int>(std::lround((niceTop - niceBottom) / step)) + 1;
        if (m_yAxis->min() != niceBottom || m_yAxis->max() != niceTop)
            m_yAxis->setRange(niceBottom, niceTop);
        if (m_yAxis->tickCount() != ticks)
            m_yAxis->setTickCount(ticks);
    }

    // Flagged readings off the axis sit on its edge, so they are never out of sight.
    QList<QPointF> flagged;
    if (!daily)
        for (const Reading& r : decimateMinMax(visibleSpan(m_flaggedReadings, from, to), width))
            flagged.append(QPointF(static_cast<double>(r.time) * 1000,
                                   std::clamp(r.value, m_yAxis->min(), m_yAxis->max())));
    m_flagged->replace(flagged);
    updateOverlays();
}

void SensorChartView::updateTicks()
{
    const int ticks = std::clamp(static_cast<int>(m_chart->plotArea().width() / 120), 2, 10);
    if (m_xAxis->tickCount() != ticks)
        m_xAxis->setTickCount(ticks);
}

int SensorChartView::drawnReadingCount() const
{
    return m_readingsLine->isVisible() ? static_cast<int>(m_readingsLine->count()) : 0;
}

int SensorChartView::drawnMeanCount() const
{
    return static_cast<int>(m_meansLine->count());
}

int SensorChartView::drawnFlaggedCount() const
{
    return m_flagged->isVisible() ? static_cast<int>(m_flagged->count()) : 0;
}

QStringList SensorChartView::bandLabels() const
{
    QStringList out;
    for (std::size_t i = 0; i < m_bands.size(); ++i)
        if (m_bands[i]->isVisible())
            out.append(m_bandLabels[i]->text());
    return out;
}

QStringList SensorChartView::whoLineLabels() const
{
    QStringList out;
    for (std::size_t i = 0; i < m_whoLines.size(); ++i)
        if (m_whoLines[i]->isVisible())
            out.append(m_whoLabels[i]->text());
    return out;
}

} // namespace balgul::ui
