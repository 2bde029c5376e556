#pragma once

#include "core/sensor/series_catalog.h"

#include <QAbstractItemModel>

#include <cstdint>
#include <vector>

namespace balgul::core {
class Store;
}

namespace balgul::ui {

/// The store's sensor series as a tree: devices at the top, the quantities each measures below,
/// with reading counts and the span of their readings. Read from the block headers only, so it
/// loads fast however many readings there are; reload() after an import.
class SensorSeriesModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ReadingsColumn,
        SpanColumn,
        ColumnCount,
    };
    enum Role
    {
        SeriesIdRole = Qt::UserRole + 1, ///< qint64 series id; 0 on device rows
        DeviceIdRole,                    ///< qint64 device id
    };

    explicit SensorSeriesModel(core::Store& store, QObject* parent = nullptr);

    /// Reads the series again. On failure the model keeps nothing and errorText() says why.
    void reload();
    QString errorText() const { return m_error; }
    int seriesCount() const;
    /// The series of a row id, or nullptr.
    const core::sensor::SeriesSummary* series(std::int64_t seriesId) const;
    /// The series to show first: the first PM2.5 series, else the first PM10, else the first (0: none).
    std::int64_t preferredSeries() const;
    /// The index (column 0) of a series, invalid when it is not in the model.
    QModelIndex indexOfSeries(std::int64_t seriesId) const;
    /// The device's name as the list shows it: its name, or the source and its id.
    static QString deviceLabel(const core::sensor::SeriesSummary& series);
    /// The series as one line: "Balcony · PM2.5 (µg/m³)".
    static QString seriesLabel(const core::sensor::SeriesSummary& series);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct DeviceNode
    {
        std::int64_t deviceId = 0;
        std::vector<core::sensor::SeriesSummary> series;
    };
    static constexpr quintptr kDeviceLevel = 0; ///< internalId of device rows; series rows: device row + 1

    QVariant deviceData(const DeviceNode& device, int column, int role) const;
    QVariant seriesData(const core::sensor::SeriesSummary& series, int column, int role) const;

    core::Store& m_store;
    std::vector<DeviceNode> m_devices;
    QString m_error;
};

} // namespace balgul::ui
