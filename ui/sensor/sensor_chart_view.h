#pragma once

#include "core/sensor/observation.h"

#include <QChartView>
#include <QPointF>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

class QAreaSeries;
class QDateTimeAxis;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QTimer;
class QValueAxis;

namespace balgul::ui {

/// A time window [from, to) in UTC seconds.
using TimeWindow = std::pair<std::int64_t, std::int64_t>;

/// The time-series chart of one sensor series.
///
/// It keeps the series' decoded readings and draws them decimated to the plot's pixel width
/// (core::sensor::decimateMinMax, so spikes never vanish), again after every zoom or pan; hourly
/// and daily means are computed once, exactly, from all readings. PM2.5 and PM10 get the Korean
/// grade bands (translucent, labelled) and optional WHO 2021 guideline / interim target lines.
/// Flagged readings are drawn as distinct markers (readings off the axis sit on its edge).
///
/// Input: wheel zooms time around the pointer, a left drag zooms to the dragged span (right click
/// zooms back out), a middle drag or Ctrl+left drag pans, Shift+left drag (or any left drag while
/// the selection tool is on) selects a window, rounded to whole hours and shown shaded. Keys:
/// Left/Right pan, +/- zoom, Home resets the zoom, Escape clears the selection.
class SensorChartView : public QChartView
{
    Q_OBJECT

public:
    enum class Mode
    {
        Readings,   ///< the readings and their hourly means
        DailyMeans, ///< daily means, days with too few hours of data marked apart
    };

    explicit SensorChartView(QWidget* parent = nullptr);
    ~SensorChartView() override;

    /// Shows these readings (sorted by time, flags included) of a quantity; zoom and selection reset.
    void setReadings(std::vector<core::sensor::Reading> readings, core::sensor::Quantity quantity);
    void clear();
    const std::vector<core::sensor::Reading>& readings() const { return m_readings; }
    bool hasData() const { return !m_readings.empty(); }

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setWhoLinesVisible(bool visible);
    bool whoLinesVisible() const { return m_whoVisible; }
    /// While on, a plain left drag selects a window instead of zooming.
    void setSelectionTool(bool on) { m_selectionTool = on; }
    bool selectionTool() const { return m_selectionTool; }

    /// The selected window, if any.
    std::optional<TimeWindow> selectedWindow() const { return m_selection; }
    /// Selects [from, to) (no rounding) and emits selectionChanged.
    void setSelectedWindow(std::int64_t from, std::int64_t to);
    void clearSelection();

    /// The time range the chart shows, in UTC seconds.
    TimeWindow visibleRange() const;
    /// Shows [from, to) (kept within the data, at least ten minutes) and decimates for it at once.
    void zoomToRange(std::int64_t from, std::int64_t to);
    /// Shows all the data.
    void resetZoom();

    // What is drawn (for tests and the benchmark).
    int drawnReadingCount() const;  ///< points of the readings line
    int drawnMeanCount() const;     ///< points of the hourly or daily means line
    int drawnFlaggedCount() const;  ///< flagged markers
    QStringList bandLabels() const; ///< labels of the grade bands shown, best first
    QStringList whoLineLabels() const;
    QLineSeries* readingsSeries() const { return m_readingsLine; }
    QLineSeries* meansSeries() const { return m_meansLine; }
    QScatterSeries* flaggedSeries() const { return m_flagged; }
    QScatterSeries* thinDaysSeries() const { return m_thinDays; }
    /// Decimates again for the current range and width now (normally done after a zoom settles).
    void refreshPoints();

signals:
    /// A window was selected or the selection cleared (nullopt).
    void selectionChanged(std::optional<balgul::ui::TimeWindow> window);
    /// The visible time range changed (zoom, pan, reset).
    void visibleRangeChanged(std::int64_t from, std::int64_t to);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    static constexpr double kBandTop = 100000; ///< µg/m³: the open top band ends far above any axis
    /// WHO 2021 24-hour guideline and interim targets 4 to 1 (µg/m³), as core::sensor::whoLevel uses them.
    static constexpr double kWhoPm25[] = {15, 25, 37.5, 50, 75};
    static constexpr double kWhoPm10[] = {45, 50, 75, 100, 150};

    // sensor_chart_view.cpp
    void buildSeries();
    void rebuildBands();
    void rebuildWhoLines();
    void updateMeans();
    void onRangeChanged();
    void updateTicks();
    void updateOverlays();
    void applyRange(double fromMs, double toMs);
    void setSeriesVisibility();
    // sensor_chart_view_input.cpp
    double timeAtX(double x) const;
    double xOfTime(double ms) const;
    void zoomBy(double factor, double anchorMs);
    void panByPixels(double dx);
    void finishSelection(double x0, double x1);
    void showMeanToolTip(const QPointF& point, bool state);

    QChart* m_chart = nullptr;
    QDateTimeAxis* m_xAxis = nullptr;
    QValueAxis* m_yAxis = nullptr;
    QLineSeries* m_readingsLine = nullptr;
    QLineSeries* m_meansLine = nullptr;
    QScatterSeries* m_thinDays = nullptr;
    QScatterSeries* m_flagged = nullptr;
    std::vector<QAreaSeries*> m_bands;
    std::vector<QGraphicsSimpleTextItem*> m_bandLabels;
    std::vector<QLineSeries*> m_whoLines;
    std::vector<QGraphicsSimpleTextItem*> m_whoLabels;
    QGraphicsRectItem* m_selectionRect = nullptr;
    QGraphicsRectItem* m_dragRect = nullptr;
    QTimer* m_refreshTimer = nullptr;

    core::sensor::Quantity m_quantity = core::sensor::Quantity::Pm2_5;
    std::vector<core::sensor::Reading> m_readings;
    std::vector<core::sensor::Reading> m_usable;
    std::vector<core::sensor::Reading> m_flaggedReadings;
    std::vector<core::sensor::Reading> m_hourly; ///< hourly means as readings (time = hour start)
    std::vector<core::sensor::Reading> m_daily;  ///< daily means (time = noon UTC), flags: 1 = too few hours
    std::vector<int> m_dailyHours;
    Mode m_mode = Mode::Readings;
    bool m_whoVisible = false;
    bool m_selectionTool = false;
    bool m_settingRange = false;
    std::optional<TimeWindow> m_selection;
    double m_dataFromMs = 0;
    double m_dataToMs = 0;
    std::pair<double, double> m_decimatedFor{0, 0}; ///< range (ms) the drawn points were made for
    int m_decimatedWidth = 0;

    enum class Drag
    {
        None,
        Select,
        Pan,
    };
    Drag m_drag = Drag::None;
    QPointF m_dragStart;
    QPointF m_dragLast;
};

} // namespace balgul::ui
