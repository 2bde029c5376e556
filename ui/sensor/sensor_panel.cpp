#include "ui/sensor/sensor_panel.h"

#include "core/sensor/observation_store.h"
#include "core/store/store.h"
#include "ui/elided_label.h"
#include "ui/error_text.h"
#include "ui/qt_convert.h"
#include "ui/sensor/flagged_readings_view.h"
#include "ui/sensor/grade_colors.h"
#include "ui/sensor/sensor_series_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace balgul::ui {

using core::sensor::Reading;

SensorPanel::SensorPanel(core::Store& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_model(new SensorSeriesModel(store, this)),
      m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("sensorPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(buildEmptyPage());
    m_stack->addWidget(buildChartPage());
    reload();
}

QWidget* SensorPanel::buildEmptyPage()
{
    // The hint scrolls rather than make the dock taller than a small screen (683×384 at 200 %).
    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto* page = new QWidget(scroll);
    scroll->setWidget(page);
    auto* layout = new QVBoxLayout(page);
    m_emptyLabel = new QLabel(page);
    m_emptyLabel->setObjectName(QStringLiteral("sensorEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    auto* import = new QPushButton(tr("Import sensor file…"), page);
    import->setObjectName(QStringLiteral("sensorImportButton"));
    connect(import, &QPushButton::clicked, this, &SensorPanel::importRequested);
    layout->addStretch(1);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(import, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    return scroll;
}

QWidget* SensorPanel::buildChartPage()
{
    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* left = new QSplitter(Qt::Vertical, split);
    m_tree = new QTreeView(left);
    m_tree->setObjectName(QStringLiteral("sensorSeriesTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(SensorSeriesModel::NameColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(SensorSeriesModel::ReadingsColumn, QHeaderView::ResizeToContents);
    m_flagged = new FlaggedReadingsView(left);
    left->addWidget(m_tree);
    left->addWidget(m_flagged);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);

    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 0, 0, 0);
    auto* tools = new QHBoxLayout;
    // A long device name elides (its tooltip has all of it): it never makes the window wider.
    m_titleLabel = new ElidedLabel(right);
    m_titleLabel->setObjectName(QStringLiteral("sensorTitle"));
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_modeBox = new QComboBox(right);
    m_modeBox->setObjectName(QStringLiteral("sensorModeBox"));
    m_modeBox->addItem(tr("Readings and hourly means"), static_cast<int>(SensorChartView::Mode::Readings));
    m_modeBox->addItem(tr("Daily means"), static_cast<int>(SensorChartView::Mode::DailyMeans));
    // On a narrow screen the choice may shorten to a few words; the tools stay on screen.
    m_modeBox->setMinimumWidth(m_modeBox->fontMetrics().averageCharWidth() * 12);
    m_whoBox = new QCheckBox(tr("WHO 2021 lines"), right);
    m_whoBox->setObjectName(QStringLiteral("sensorWhoBox"));
    m_whoBox->setToolTip(tr("Show the WHO 2021 24-hour guideline and interim targets"));
    m_selectTool = new QToolButton(right);
    m_selectTool->setObjectName(QStringLiteral("sensorSelectTool"));
    m_selectTool->setText(tr("Select window"));
    m_selectTool->setCheckable(true);
    m_selectTool->setToolTip(tr("Drag across the chart to select a time window (or Shift+drag at any time)"));
    m_resetZoomButton = new QToolButton(right);
    m_resetZoomButton->setObjectName(QStringLiteral("sensorResetZoom"));
    m_resetZoomButton->setText(tr("Reset zoom"));
    m_resetZoomButton->setToolTip(tr("Show all readings (Home). Wheel or drag to zoom, middle or Ctrl+drag "
                                     "to pan."));
    tools->addWidget(m_titleLabel, 1);
    tools->addWidget(m_modeBox);
    tools->addWidget(m_whoBox);
    tools->addWidget(m_selectTool);
    tools->addWidget(m_resetZoomButton);

    m_chart = new SensorChartView(right);
    m_chart->setMinimumHeight(100);
    m_summaryLabel = new QLabel(right);
    m_summaryLabel->setObjectName(QStringLiteral("sensorSummary"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::RichText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* actions = new QHBoxLayout;
    m_clearButton = new QPushButton(tr("Clear selection"), right);
    m_clearButton->setObjectName(QStringLiteral("sensorClearSelection"));
    m_attachButton = new QPushButton(tr("Attach to problem…"), right);
    m_attachButton->setObjectName(QStringLiteral("sensorAttachButton"));
    m_attachButton->setToolTip(tr("Attach the selected window of these readings to a problem as evidence"));
    actions->addWidget(m_summaryLabel, 1);
    actions->addWidget(m_clearButton, 0, Qt::AlignTop);
    actions->addWidget(m_attachButton, 0, Qt::AlignTop);
    rightLayout->addLayout(tools);
    rightLayout->addWidget(m_chart, 1);
    rightLayout->addLayout(actions);

    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({330, 990});

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(m_modeBox, &QComboBox::currentIndexChanged, this, [this] {
        m_chart->setMode(static_cast<SensorChartView::Mode>(m_modeBox->currentData().toInt()));
    });
    connect(m_whoBox, &QCheckBox::toggled, m_chart, &SensorChartView::setWhoLinesVisible);
    connect(m_selectTool, &QToolButton::toggled, m_chart, &SensorChartView::setSelectionTool);
    connect(m_resetZoomButton, &QToolButton::clicked, m_chart, &SensorChartView::resetZoom);
    connect(m_clearButton, &QPushButton::clicked, m_chart, &SensorChartView::clearSelection);
    connect(m_attachButton, &QPushButton::clicked, this, [this] {
        if (const auto window = selectedWindow(); window && m_seriesId != 0)
            emit attachEvidenceRequested(m_seriesId, window->first, window->second);
    });
    connect(m_chart, &SensorChartView::selectionChanged, this, &SensorPanel::onSelectionChanged);
    connect(m_chart, &SensorChartView::visibleRangeChanged, this, [this] {
        if (!selectedWindow())
            updateFlagged();
    });
    connect(m_flagged, &FlaggedReadingsView::readingActivated, this,
            [this](std::int64_t time) { m_chart->zoomToRange(time - 3600, time + 3600); });
    return split;
}

void SensorPanel::reload()
{
    const std::int64_t keep = m_seriesId;
    m_model->reload();
    if (!m_model->errorText().isEmpty())
        emit errorOccurred(m_model->errorText());
    const bool empty = m_model->seriesCount() == 0;
    m_emptyLabel->setText(
        tr("No sensor readings yet.\nImport a file from your own sensor (File ▸ Import Sensor "
           "File…, or drop it onto the window) to see its readings here."));
    m_stack->setCurrentIndex(empty ? 0 : 1);
    // Only the page shown asks for room: the chart's page would otherwise make the dock of a
    // profile without readings as tall as one with a chart.
    for (int i = 0; i < m_stack->count(); ++i) {
        const auto policy = i == m_stack->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_stack->widget(i)->setSizePolicy(policy, policy);
    }
    m_stack->updateGeometry();
    m_tree->expandAll();
    std::int64_t show = 0;
    if (keep != 0 && m_model->series(keep))
        show = keep;
    else if (!empty)
        show = m_model->preferredSeries();
    const core::sensor::SeriesSummary* shown = m_model->series(show);
    if (show == keep && shown && shown->readings == m_loadedCount && shown->lastTime == m_loadedLastTime) {
        m_tree->setCurrentIndex(m_model->indexOfSeries(show)); // same readings: keep zoom and selection
        return;
    }
    m_seriesId = 0;
    showSeries(show);
}

bool SensorPanel::showSeries(std::int64_t seriesId)
{
    const core::sensor::SeriesSummary* series = m_model->series(seriesId);
    if (!series) {
        m_seriesId = 0;
        m_loadedCount = m_loadedLastTime = -1;
        m_chart->clear();
        m_flagged->clear();
        m_titleLabel->setFullText(QString());
        updateControls();
        return seriesId == 0;
    }
    if (seriesId != m_seriesId) {
        m_seriesId = seriesId;
        core::sensor::ObservationStore observations(m_store.database());
        auto readings = observations.readings(seriesId, series->firstTime, series->lastTime + 1);
        if (!readings) {
            emit errorOccurred(describeError(readings.error()));
            readings = std::vector<Reading>{};
        }
        m_loadedCount = series->readings;
        m_loadedLastTime = series->lastTime;
        m_titleLabel->setFullText(SensorSeriesModel::seriesLabel(*series));
        m_chart->setReadings(std::move(*readings), series->quantity);
        updateFlagged();
    }
    const QModelIndex index = m_model->indexOfSeries(seriesId);
    if (m_tree->currentIndex() != index)
        m_tree->setCurrentIndex(index);
    updateControls();
    return true;
}

void SensorPanel::onCurrentChanged(const QModelIndex& current)
{
    const std::int64_t id = current.siblingAtColumn(0).data(SensorSeriesModel::SeriesIdRole).toLongLong();
    if (id != 0)
        showSeries(id);
}

void SensorPanel::onSelectionChanged(const std::optional<TimeWindow>&)
{
    updateSummary();
    updateFlagged();
    updateControls();
}

void SensorPanel::updateFlagged()
{
    const core::sensor::SeriesSummary* series = m_model->series(m_seriesId);
    if (!series) {
        m_flagged->clear();
        return;
    }
    const TimeWindow window = selectedWindow().value_or(m_chart->visibleRange());
    m_flagged->showReadings(m_chart->readings(), series->quantity, window.first, window.second);
}

void SensorPanel::updateSummary()
{
    m_summary.reset();
    const core::sensor::SeriesSummary* s = m_model->series(m_seriesId);
    const auto window = selectedWindow();
    if (!s || !window) {
        m_summaryLabel->setText(s ? tr("Shift+drag across the chart (or use “Select window”) to see the "
                                       "statistics of a time window.")
                                  : QString());
        return;
    }
    const std::vector<Reading>& all = m_chart->readings();
    const auto byTime = [](const Reading& r, std::int64_t t) { return r.time < t; };
    const auto first = std::lower_bound(all.begin(), all.end(), window->first, byTime);
    const auto last = std::lower_bound(first, all.end(), window->second, byTime);
    core::sensor::Series series;
    series.id = s->seriesId;
    series.deviceId = s->deviceId;
    series.quantity = s->quantity;
    series.source = s->source;
    series.externalId = s->externalId;
    series.sensorType = s->sensorType;
    m_summary = core::sensor::summarizeEvidence(series, window->first, window->second,
                                                std::vector<Reading>(first, last));
    m_summary->deviceName = s->deviceName;

    const core::sensor::EvidenceSummary& sum = *m_summary;
    const QLocale locale;
    const QString unit = toQ(sum.unit);
    const auto number = [&](double v) { return locale.toString(v, 'f', 1); };
    const auto local = [&](std::int64_t t) {
        return locale.toString(QDateTime::fromSecsSinceEpoch(t).toLocalTime(),
                               QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    const QString when = tr("%1 to %2").arg(local(window->first), local(window->second));
    if (sum.readings == 0) {
        m_summaryLabel->setText(tr("%1: no usable readings in this window.").arg(when));
        return;
    }
    QStringList parts;
    parts << tr("%1: mean %2 %3").arg(when, number(sum.mean), unit)
          << tr("highest hourly mean %1 %2 (peak reading %3)").arg(number(sum.max), unit, number(sum.peak))
          << tr("%1 of %2 hours with data").arg(sum.hoursWithData).arg(sum.hoursInWindow);
    if (const auto pollutant = pollutantOf(sum.quantity)) {
        parts << tr("%n hour(s) at “bad” or worse", nullptr, sum.hoursOverBad);
        if (sum.grade && *sum.grade != core::sensor::KoreanGrade::NotEnoughData) {
            const int cai = core::sensor::caiIndex(*pollutant, sum.gradeMean);
            const int aqi = core::sensor::epaAqi(*pollutant, sum.gradeMean);
            const QString grade = QStringLiteral("<b style=\"color:%1\">%2</b>")
                                      .arg(gradeColor(*sum.grade).darker(115).name(), gradeName(*sum.grade));
            const QString of = sum.hoursInWindow >= 24 ? tr("worst 24-hour mean %1 %2 (%3 hours with data)")
                                                       : tr("mean of the window %1 %2 (%3 hours with data)");
            parts << tr("%1: grade %2, CAI %3, US AQI %4")
                         .arg(of.arg(number(sum.gradeMean), unit).arg(sum.gradeHours), grade)
                         .arg(cai)
                         .arg(aqi);
        } else {
            parts << tr("grade: %1 (a 24-hour grade needs %2 hours with data)")
                         .arg(gradeName(core::sensor::KoreanGrade::NotEnoughData))
                         .arg(core::sensor::kMinHoursPerDay);
        }
    }
    if (const QString span = readingSpan(first, last, *window); !span.isEmpty())
        parts << span;
    if (sum.flagged > 0)
        parts << tr("%n flagged reading(s) not counted", nullptr, static_cast<int>(sum.flagged));
    m_summaryLabel->setText(parts.join(QStringLiteral(" · ")));
}

QString SensorPanel::readingSpan(std::vector<Reading>::const_iterator first,
                                 std::vector<Reading>::const_iterator last, const TimeWindow& window) const
{
    // Only when the usable readings leave a tenth of the window or more without any: a window of
    // whole hours around a few minutes of readings says how little it rests on.
    const auto usable = [](const Reading& r) { return r.usable(); };
    const auto begin = std::find_if(first, last, usable);
    if (begin == last)
        return {};
    const auto end =
        std::find_if(std::make_reverse_iterator(last), std::make_reverse_iterator(begin), usable);
    const std::int64_t from = begin->time;
    const std::int64_t to = end == std::make_reverse_iterator(begin) ? from : end->time;
    const std::int64_t length = window.second - window.first;
    if ((to - from) * 10 >= length * 9)
        return {};
    const QLocale locale;
    const QDateTime start = QDateTime::fromSecsSinceEpoch(from).toLocalTime();
    const QDateTime stop = QDateTime::fromSecsSinceEpoch(to).toLocalTime();
    const QDateTime windowStart = QDateTime::fromSecsSinceEpoch(window.first).toLocalTime();
    const auto format = [&](const QDateTime& t) {
        return locale.toString(t, t.date() == windowStart.date() ? QStringLiteral("HH:mm")
                                                                 : QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    const qint64 minutes = std::max<qint64>(1, (to - from + 59) / 60);
    return minutes < 120
               ? tr("the readings cover only %1 to %2 (%n minute(s))", nullptr, static_cast<int>(minutes))
                     .arg(format(start), format(stop))
               : tr("the readings cover only %1 to %2").arg(format(start), format(stop));
}

QString SensorPanel::summaryText() const
{
    return m_summaryLabel->text();
}

bool SensorPanel::isEmptyStateShown() const
{
    return m_stack->currentIndex() == 0;
}

void SensorPanel::updateControls()
{
    const core::sensor::SeriesSummary* series = m_model->series(m_seriesId);
    const bool pm = series && pollutantOf(series->quantity).has_value();
    m_whoBox->setEnabled(pm);
    m_modeBox->setEnabled(series != nullptr);
    m_selectTool->setEnabled(series != nullptr);
    m_resetZoomButton->setEnabled(series != nullptr);
    const bool selected = series && selectedWindow().has_value();
    m_attachButton->setEnabled(selected && m_summary && m_summary->readings > 0);
    m_clearButton->setEnabled(selected);
    if (!selected)
        updateSummary();
}

} // namespace balgul::ui
