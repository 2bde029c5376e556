#include "ui/sensor/sensor_series_model.h"

#include "core/store/store.h"
#include "ui/date_text.h"
#include "ui/error_text.h"
#include "ui/qt_convert.h"
#include "ui/sensor/import_reason_text.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace balgul::ui {

using core::sensor::SeriesSummary;

namespace {

QString spanText(std::int64_t first, std::int64_t last, bool withTime)
{
    const QDateTime from = QDateTime::fromSecsSinceEpoch(first).toLocalTime();
    const QDateTime to = QDateTime::fromSecsSinceEpoch(last).toLocalTime();
    if (withTime)
        return QStringLiteral("%1 – %2").arg(dayTimeText(from), dayTimeText(to));
    if (from.date() == to.date())
        return dayText(from.date());
    return QStringLiteral("%1 – %2").arg(dayText(from.date()), dayText(to.date()));
}

} // namespace

SensorSeriesModel::SensorSeriesModel(core::Store& store, QObject* parent)
    : QAbstractItemModel(parent), m_store(store)
{
    reload();
}

void SensorSeriesModel::reload()
{
    beginResetModel();
    m_devices.clear();
    m_error.clear();
    auto catalog = core::sensor::seriesCatalog(m_store.database());
    if (!catalog) {
        m_error = describeError(catalog.error());
    } else {
        for (SeriesSummary& s : *catalog) {
            auto device = std::find_if(m_devices.begin(), m_devices.end(),
                                       [&](const DeviceNode& d) { return d.deviceId == s.deviceId; });
            if (device == m_devices.end())
                device = m_devices.insert(m_devices.end(), DeviceNode{s.deviceId, {}});
            device->series.push_back(std::move(s));
        }
    }
    endResetModel();
}

int SensorSeriesModel::seriesCount() const
{
    int count = 0;
    for (const DeviceNode& d : m_devices)
        count += static_cast<int>(d.series.size());
    return count;
}

const SeriesSummary* SensorSeriesModel::series(std::int64_t seriesId) const
{
    for (const DeviceNode& d : m_devices)
        for (const SeriesSummary& s : d.series)
            if (s.seriesId == seriesId)
                return &s;
    return nullptr;
}

std::int64_t SensorSeriesModel::preferredSeries() const
{
    for (const core::sensor::Quantity wanted : {core::sensor::Quantity::Pm2_5, core::sensor::Quantity::Pm10})
        for (const DeviceNode& d : m_devices)
            for (const SeriesSummary& s : d.series)
                if (s.quantity == wanted && s.readings > 0)
                    return s.seriesId;
    return m_devices.empty() ? 0 : m_devices.front().series.front().seriesId;
}

QModelIndex SensorSeriesModel::indexOfSeries(std::int64_t seriesId) const
{
    for (std::size_t d = 0; d < m_devices.size(); ++d)
        for (std::size_t s = 0; s < m_devices[d].series.size(); ++s)
            if (m_devices[d].series[s].seriesId == seriesId)
                return createIndex(static_cast<int>(s), 0, static_cast<quintptr>(d + 1));
    return {};
}

QString SensorSeriesModel::deviceLabel(const SeriesSummary& series)
{
    if (!series.deviceName.empty())
        return toQ(series.deviceName);
    return QStringLiteral("%1 %2").arg(toQ(series.source), toQ(series.externalId));
}

QString SensorSeriesModel::seriesLabel(const SeriesSummary& series)
{
    return QStringLiteral("%1 · %2 (%3)")
        .arg(deviceLabel(series), quantityText(series.quantity), toQ(core::sensor::unitOf(series.quantity)));
}

QModelIndex SensorSeriesModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < static_cast<int>(m_devices.size()) ? createIndex(row, column, kDeviceLevel)
                                                        : QModelIndex();
    if (parent.internalId() != kDeviceLevel || parent.row() >= static_cast<int>(m_devices.size()))
        return {};
    const auto& series = m_devices[static_cast<std::size_t>(parent.row())].series;
    if (row >= static_cast<int>(series.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex SensorSeriesModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kDeviceLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kDeviceLevel);
}

int SensorSeriesModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_devices.size());
    if (parent.column() != 0 || parent.internalId() != kDeviceLevel)
        return 0;
    return static_cast<int>(m_devices[static_cast<std::size_t>(parent.row())].series.size());
}

int SensorSeriesModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags SensorSeriesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant SensorSeriesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kDeviceLevel)
        return deviceData(m_devices[static_cast<std::size_t>(index.row())], index.column(), role);
    const DeviceNode& device = m_devices[static_cast<std::size_t>(index.internalId() - 1)];
    return seriesData(device.series[static_cast<std::size_t>(index.row())], index.column(), role);
}

QVariant SensorSeriesModel::deviceData(const DeviceNode& device, int column, int role) const
{
    const SeriesSummary& first = device.series.front();
    std::int64_t readings = 0, from = 0, to = 0;
    for (const SeriesSummary& s : device.series) {
        if (s.readings == 0)
            continue;
        from = readings == 0 ? s.firstTime : std::min(from, s.firstTime);
        to = readings == 0 ? s.lastTime : std::max(to, s.lastTime);
        readings += s.readings;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return deviceLabel(first);
        if (column == ReadingsColumn)
            return QLocale().toString(static_cast<qlonglong>(readings));
        if (column == SpanColumn && readings > 0)
            return spanText(from, to, false);
        return {};
    case Qt::ToolTipRole:
        return tr("%1 %2, sensor %3").arg(toQ(first.source), toQ(first.externalId), toQ(first.sensorType));
    case Qt::TextAlignmentRole:
        return column == ReadingsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SeriesIdRole:
        return qint64{0};
    case DeviceIdRole:
        return static_cast<qint64>(device.deviceId);
    default:
        return {};
    }
}

QVariant SensorSeriesModel::seriesData(const SeriesSummary& series, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return QStringLiteral("%1 (%2)").arg(quantityText(series.quantity),
                                                 toQ(core::sensor::unitOf(series.quantity)));
        if (column == ReadingsColumn)
            return QLocale().toString(static_cast<qlonglong>(series.readings));
        if (column == SpanColumn && series.readings > 0)
            return spanText(series.firstTime, series.lastTime, false);
        return {};
    case Qt::ToolTipRole:
        if (series.readings == 0)
            return tr("No readings");
        return tr("%n reading(s) from %1", nullptr,
                  static_cast<int>(std::min<std::int64_t>(series.readings, INT32_MAX)))
            .arg(spanText(series.firstTime, series.lastTime, true));
    case Qt::TextAlignmentRole:
        return column == ReadingsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SeriesIdRole:
        return static_cast<qint64>(series.seriesId);
    case DeviceIdRole:
        return static_cast<qint64>(series.deviceId);
    default:
        return {};
    }
}

QVariant SensorSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Sensor");
    case ReadingsColumn:
        return tr("Readings");
    case SpanColumn:
        return tr("Time span");
    default:
        return {};
    }
}

} // namespace balgul::ui
