// Zoom, pan and the window brush of the sensor chart, and what it draws over the plot.

#include "ui/sensor/sensor_chart_view.h"

#include "core/sensor/air_quality.h"
#include "ui/qt_convert.h"
#include "ui/sensor/grade_colors.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace balgul::ui {

using core::sensor::Pollutant;
using core::sensor::Reading;

namespace {

constexpr double kWheelStep = 1.25; // span factor per wheel notch
constexpr double kKeyPanShare = 0.2;
constexpr std::int64_t kHour = 3600;
constexpr double kSnapPixels = 2;

/// The clock hour a time falls in (its start), and the first hour boundary at or after it.
std::int64_t hourStart(double ms)
{
    return static_cast<std::int64_t>(std::floor(ms / 1000 / kHour)) * kHour;
}

std::int64_t hourEnd(double ms)
{
    return static_cast<std::int64_t>(std::ceil(ms / 1000 / kHour)) * kHour;
}

} // namespace

double SensorChartView::timeAtX(double x) const
{
    const QPointF chartPoint = m_chart->mapFromScene(mapToScene(QPoint(static_cast<int>(x), 0)));
    return m_chart->mapToValue(chartPoint, m_readingsLine).x();
}

double SensorChartView::xOfTime(double ms) const
{
    return m_chart->mapToPosition(QPointF(ms, 0), m_readingsLine).x();
}

void SensorChartView::zoomBy(double factor, double anchorMs)
{
    const double from = static_cast<double>(m_xAxis->min().toMSecsSinceEpoch());
    const double to = static_cast<double>(m_xAxis->max().toMSecsSinceEpoch());
    anchorMs = std::clamp(anchorMs, from, to);
    applyRange(anchorMs - (anchorMs - from) * factor, anchorMs + (to - anchorMs) * factor);
}

void SensorChartView::panByPixels(double dx)
{
    const double from = static_cast<double>(m_xAxis->min().toMSecsSinceEpoch());
    const double to = static_cast<double>(m_xAxis->max().toMSecsSinceEpoch());
    const double width = std::max(1.0, m_chart->plotArea().width());
    const double shift = -dx * (to - from) / width;
    applyRange(from + shift, to + shift);
}

void SensorChartView::showMeanToolTip(const QPointF& point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const bool daily = m_mode == Mode::DailyMeans;
    const std::vector<Reading>& means = daily ? m_daily : m_hourly;
    if (means.empty())
        return;
    const auto t = static_cast<std::int64_t>(point.x() / 1000);
    auto it = std::lower_bound(means.begin(), means.end(), t,
                               [](const Reading& r, std::int64_t v) { return r.time < v; });
    if (it == means.end() || (it != means.begin() && t - (it - 1)->time < it->time - t))
        --it;
    const QLocale locale;
    QString text;
    if (daily) {
        const auto index = static_cast<std::size_t>(it - means.begin());
        const QDateTime day = QDateTime::fromSecsSinceEpoch(it->time - 12 * 3600, Qt::UTC);
        text = tr("%1 (UTC day): %2 %3, %4 of 24 hours with data")
                   .arg(locale.toString(day.date(), QLocale::ShortFormat), locale.toString(it->value, 'f', 1),
                        toQ(core::sensor::unitOf(m_quantity)))
                   .arg(m_dailyHours[index]);
    } else {
        const QDateTime hour = QDateTime::fromSecsSinceEpoch(it->time - 1800).toLocalTime();
        text = tr("%1: hourly mean %2 %3")
                   .arg(locale.toString(hour, QLocale::ShortFormat), locale.toString(it->value, 'f', 1),
                        toQ(core::sensor::unitOf(m_quantity)));
    }
    QToolTip::showText(QCursor::pos(), text, this);
}

void SensorChartView::setSelectedWindow(std::int64_t from, std::int64_t to)
{
    if (to <= from)
        return;
    m_selection = TimeWindow{from, to};
    updateOverlays();
    emit selectionChanged(m_selection);
}

void SensorChartView::clearSelection()
{
    if (!m_selection)
        return;
    m_selection.reset();
    updateOverlays();
    emit selectionChanged(std::nullopt);
}

void SensorChartView::finishSelection(double x0, double x1)
{
    m_dragRect->hide();
    if (std::abs(x1 - x0) < 3) {
        clearSelection(); // a click without a drag
        return;
    }
    const double a = timeAtX(std::min(x0, x1));
    const double b = timeAtX(std::max(x0, x1));
    // Whole clock hours that take in everything the drag went across: a drag over a few minutes
    // of readings selects the hour they are in, never the hour after them. An end that lands a
    // pixel or two short of (or past) an hour line snaps to the line, as the hand meant.
    const double slack = std::abs(timeAtX(std::min(x0, x1) + kSnapPixels) - a);
    std::int64_t from = hourStart(a + slack);
    if (static_cast<double>(from) * 1000 >= b)
        from = hourStart(a);
    std::int64_t to = hourEnd(b - slack);
    if (static_cast<double>(to) * 1000 <= a)
        to = hourEnd(b);
    if (to <= from)
        to = from + kHour;
    setSelectedWindow(from, to);
}

void SensorChartView::wheelEvent(QWheelEvent* event)
{
    if (!hasData() || event->angleDelta().y() == 0) {
        event->ignore();
        return;
    }
    const double notches = event->angleDelta().y() / 120.0;
    zoomBy(std::pow(kWheelStep, -notches), timeAtX(event->position().x()));
    event->accept();
}

void SensorChartView::mousePressEvent(QMouseEvent* event)
{
    const bool left = event->button() == Qt::LeftButton;
    if (hasData() && left && (m_selectionTool || event->modifiers().testFlag(Qt::ShiftModifier))) {
        m_drag = Drag::Select;
    } else if (hasData() && (event->button() == Qt::MiddleButton ||
                             (left && event->modifiers().testFlag(Qt::ControlModifier)))) {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
    } else {
        QChartView::mousePressEvent(event);
        return;
    }
    m_dragStart = m_dragLast = event->position();
    event->accept();
}

void SensorChartView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_drag == Drag::Select) {
        const QRectF plot = m_chart->plotArea();
        const double x0 = std::clamp(m_dragStart.x(), plot.left(), plot.right());
        const double x1 = std::clamp(event->position().x(), plot.left(), plot.right());
        m_dragRect->setRect(QRectF(std::min(x0, x1), plot.top(), std::abs(x1 - x0), plot.height()));
        m_dragRect->show();
    } else if (m_drag == Drag::Pan) {
        panByPixels(event->position().x() - m_dragLast.x());
    } else {
        QChartView::mouseMoveEvent(event);
        return;
    }
    m_dragLast = event->position();
    event->accept();
}

void SensorChartView::mouseReleaseEvent(QMouseEvent* event)
{
    const Drag drag = std::exchange(m_drag, Drag::None);
    if (drag == Drag::Select) {
        const QRectF plot = m_chart->plotArea();
        finishSelection(std::clamp(m_dragStart.x(), plot.left(), plot.right()),
                        std::clamp(event->position().x(), plot.left(), plot.right()));
    } else if (drag == Drag::Pan) {
        unsetCursor();
        refreshPoints();
    } else {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    event->accept();
}

void SensorChartView::keyPressEvent(QKeyEvent* event)
{
    const double from = static_cast<double>(m_xAxis->min().toMSecsSinceEpoch());
    const double to = static_cast<double>(m_xAxis->max().toMSecsSinceEpoch());
    const double span = to - from;
    switch (event->key()) {
    case Qt::Key_Left:
        applyRange(from - span * kKeyPanShare, to - span * kKeyPanShare);
        break;
    case Qt::Key_Right:
        applyRange(from + span * kKeyPanShare, to + span * kKeyPanShare);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1 / kWheelStep, (from + to) / 2);
        break;
    case Qt::Key_Minus:
        zoomBy(kWheelStep, (from + to) / 2);
        break;
    case Qt::Key_Home:
        resetZoom();
        break;
    case Qt::Key_Escape:
        clearSelection();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SensorChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    m_refreshTimer->start();
}

void SensorChartView::updateOverlays()
{
    const QRectF plot = m_chart->plotArea();
    if (plot.width() <= 0)
        return;
    const auto yAt = [this](double value) {
        return m_chart->mapToPosition(QPointF(m_dataFromMs, value), m_readingsLine).y();
    };
    const std::vector<GradeBand> bands = gradeBands(pollutantOf(m_quantity).value_or(Pollutant::Pm2_5));
    for (std::size_t i = 0; i < m_bandLabels.size(); ++i) {
        QGraphicsSimpleTextItem* label = m_bandLabels[i];
        if (!m_bands[i]->isVisible()) {
            label->hide();
            continue;
        }
        const double top = std::max(plot.top(), yAt(std::isinf(bands[i].to) ? kBandTop : bands[i].to));
        const double bottom = std::min(plot.bottom(), yAt(bands[i].from));
        const QRectF box = label->boundingRect();
        label->setVisible(bottom - top >= box.height());
        label->setPos(plot.left() + 6, top + 2);
    }
    const double* limits = pollutantOf(m_quantity) == Pollutant::Pm10 ? kWhoPm10 : kWhoPm25;
    for (std::size_t i = 0; i < m_whoLabels.size(); ++i) {
        QGraphicsSimpleTextItem* label = m_whoLabels[i];
        const double y = yAt(limits[i]);
        label->setVisible(m_whoLines[i]->isVisible() && y > plot.top() && y < plot.bottom());
        label->setPos(plot.right() - label->boundingRect().width() - 6, y - label->boundingRect().height());
    }
    if (m_selection) {
        const double x0 = std::max(plot.left(), xOfTime(static_cast<double>(m_selection->first) * 1000));
        const double x1 = std::min(plot.right(), xOfTime(static_cast<double>(m_selection->second) * 1000));
        m_selectionRect->setVisible(x1 > x0);
        m_selectionRect->setRect(QRectF(x0, plot.top(), x1 - x0, plot.height()));
    } else {
        m_selectionRect->hide();
    }
}

} // namespace balgul::ui
