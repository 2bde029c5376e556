#pragma once

#include "core/sensor/observation.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <cstdint>
#include <vector>

class QLabel;
class QTableView;

namespace balgul::ui {

/// The words for a reading's quality flags ("the device's no-data code; impossible value"),
/// empty for an unflagged reading.
QString readingFlagsText(std::uint8_t flags);

/// Flagged readings as a table: local time, value with its unit, flags in words, and whether the
/// reading counts in the statistics.
class FlaggedReadingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        ValueColumn,
        FlagsColumn,
        ColumnCount,
    };
    static constexpr int TimeRole = Qt::UserRole + 1; ///< qint64 UTC seconds

    using QAbstractTableModel::QAbstractTableModel;

    void setReadings(std::vector<core::sensor::Reading> flagged, core::sensor::Quantity quantity);
    const core::sensor::Reading& readingAt(int row) const
    {
        return m_readings[static_cast<std::size_t>(row)];
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::sensor::Reading> m_readings;
    core::sensor::Quantity m_quantity = core::sensor::Quantity::Pm2_5;
};

/// The flagged readings of the shown series in a time window, for review: a heading with their
/// count and a table; activating a row asks to show that reading on the chart.
class FlaggedReadingsView : public QWidget
{
    Q_OBJECT

public:
    explicit FlaggedReadingsView(QWidget* parent = nullptr);

    /// Lists the readings with any flag among `readings` (time-sorted) with from <= time < to.
    void showReadings(const std::vector<core::sensor::Reading>& readings, core::sensor::Quantity quantity,
                      std::int64_t from, std::int64_t to);
    void clear();
    int count() const { return m_model->rowCount(); }
    FlaggedReadingsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString headingText() const;

signals:
    /// The user activated the row of a reading (UTC seconds).
    void readingActivated(std::int64_t time);

private:
    FlaggedReadingsModel* m_model = nullptr;
    QLabel* m_heading = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace balgul::ui
