#pragma once

#include "core/sensor/evidence.h"
#include "core/sensor/observation.h"
#include "ui/sensor/sensor_chart_view.h"

#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace balgul::core {
class Store;
}

namespace balgul::ui {

class ElidedLabel;
class FlaggedReadingsView;
class SensorSeriesModel;

/// The "Sensors" dock: pick a series, look at its readings on a chart with the Korean grade
/// bands, select a time window, read its exact statistics, review flagged readings, and attach
/// the window to a problem as evidence.
///
/// The chart draws decimated points; every number in the summary comes from the stored readings
/// of the window (core::sensor::summarizeEvidence). The shown series' readings are read once and
/// kept while it is shown. The store is not owned and must outlive the panel.
class SensorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SensorPanel(core::Store& store, QWidget* parent = nullptr);

    /// Reads the list of series again (after an import), keeping the shown series when it is still there.
    void reload();
    /// Shows a series (0: none). False when the store has no such series.
    bool showSeries(std::int64_t seriesId);
    std::int64_t currentSeries() const { return m_seriesId; }
    /// The selected window of the shown series, if any.
    std::optional<TimeWindow> selectedWindow() const { return m_chart->selectedWindow(); }
    /// The statistics of the selected window, exactly from the stored readings.
    const std::optional<core::sensor::EvidenceSummary>& windowSummary() const { return m_summary; }
    QString summaryText() const;
    bool isEmptyStateShown() const;

    SensorSeriesModel* seriesModel() const { return m_model; }
    SensorChartView* chartView() const { return m_chart; }
    FlaggedReadingsView* flaggedView() const { return m_flagged; }
    QPushButton* attachButton() const { return m_attachButton; }

signals:
    /// The user wants to attach [from, to) of a series to a problem.
    void attachEvidenceRequested(std::int64_t seriesId, std::int64_t from, std::int64_t to);
    /// The user asked to import a sensor file (the button of the empty state).
    void importRequested();
    /// Reading the store failed; the text is for the user.
    void errorOccurred(const QString& message);

private:
    QWidget* buildEmptyPage();
    QWidget* buildChartPage();
    void onCurrentChanged(const QModelIndex& current);
    void onSelectionChanged(const std::optional<TimeWindow>& window);
    void updateFlagged();
    void updateSummary();
    void updateControls();
    /// "the readings cover only 23:40 to 23:58" when the usable readings in [first, last) leave
    /// much of the window without any; empty otherwise.
    QString readingSpan(std::vector<core::sensor::Reading>::const_iterator first,
                        std::vector<core::sensor::Reading>::const_iterator last,
                        const TimeWindow& window) const;

    core::Store& m_store;
    SensorSeriesModel* m_model = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QTreeView* m_tree = nullptr;
    FlaggedReadingsView* m_flagged = nullptr;
    ElidedLabel* m_titleLabel = nullptr;
    QComboBox* m_modeBox = nullptr;
    QCheckBox* m_whoBox = nullptr;
    QToolButton* m_selectTool = nullptr;
    QToolButton* m_resetZoomButton = nullptr;
    SensorChartView* m_chart = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QPushButton* m_clearButton = nullptr;
    QPushButton* m_attachButton = nullptr;

    std::int64_t m_seriesId = 0;
    std::int64_t m_loadedCount = -1;    ///< readings of the shown series when they were read
    std::int64_t m_loadedLastTime = -1; ///< and the time of its last reading
    std::optional<core::sensor::EvidenceSummary> m_summary;
};

} // namespace balgul::ui
