#include "ui/sensor/flagged_readings_view.h"

#include "ui/qt_convert.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace balgul::ui {

using core::sensor::Reading;

QString readingFlagsText(std::uint8_t flags)
{
    QStringList words;
    if (flags & core::sensor::FlagSentinel)
        words << FlaggedReadingsView::tr("the device's no-data code");
    if (flags & core::sensor::FlagImpossible)
        words << FlaggedReadingsView::tr("impossible value");
    if (flags & core::sensor::FlagConflictingDuplicate)
        words << FlaggedReadingsView::tr("another reading at this time differs");
    if (flags & core::sensor::FlagChannelDisagreement)
        words << FlaggedReadingsView::tr("the two laser channels disagree");
    return words.join(QStringLiteral("; "));
}

void FlaggedReadingsModel::setReadings(std::vector<Reading> flagged, core::sensor::Quantity quantity)
{
    beginResetModel();
    m_readings = std::move(flagged);
    m_quantity = quantity;
    endResetModel();
}

int FlaggedReadingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_readings.size());
}

int FlaggedReadingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlaggedReadingsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Reading& r = readingAt(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return locale.toString(QDateTime::fromSecsSinceEpoch(r.time).toLocalTime(),
                                   QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ValueColumn:
            return QStringLiteral("%1 %2").arg(locale.toString(r.value, 'f', 1),
                                               toQ(core::sensor::unitOf(m_quantity)));
        case FlagsColumn:
            return r.usable() ? readingFlagsText(r.flags)
                              : tr("%1 (not counted)").arg(readingFlagsText(r.flags));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == FlagsColumn)
            return r.usable() ? tr("Counted in the statistics, with a warning")
                              : tr("Kept as a record, never counted in the statistics");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case TimeRole:
        return static_cast<qint64>(r.time);
    default:
        return {};
    }
}

QVariant FlaggedReadingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ValueColumn:
        return tr("Value");
    case FlagsColumn:
        return tr("Why flagged");
    default:
        return {};
    }
}

FlaggedReadingsView::FlaggedReadingsView(QWidget* parent)
    : QWidget(parent), m_model(new FlaggedReadingsModel(this)), m_heading(new QLabel(this)),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("flaggedReadingsView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_heading->setObjectName(QStringLiteral("flaggedHeading"));
    m_heading->setWordWrap(true); // narrow screens: two lines rather than a wider window
    m_table->setObjectName(QStringLiteral("flaggedTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(FlaggedReadingsModel::TimeColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FlaggedReadingsModel::ValueColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("Double-click a reading to show it on the chart"));
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit readingActivated(m_model->readingAt(index.row()).time);
    });
    clear();
}

void FlaggedReadingsView::showReadings(const std::vector<Reading>& readings, core::sensor::Quantity quantity,
                                       std::int64_t from, std::int64_t to)
{
    const auto byTime = [](const Reading& r, std::int64_t t) { return r.time < t; };
    const auto first = std::lower_bound(readings.begin(), readings.end(), from, byTime);
    const auto last = std::lower_bound(first, readings.end(), to, byTime);
    std::vector<Reading> flagged;
    std::copy_if(first, last, std::back_inserter(flagged), [](const Reading& r) { return r.flags != 0; });
    m_model->setReadings(std::move(flagged), quantity);
    m_heading->setText(count() == 0 ? tr("No flagged readings in this window")
                                    : tr("%n flagged reading(s) in this window", nullptr, count()));
}

void FlaggedReadingsView::clear()
{
    m_model->setReadings({}, core::sensor::Quantity::Pm2_5);
    m_heading->setText(tr("No flagged readings"));
}

QString FlaggedReadingsView::headingText() const
{
    return m_heading->text();
}

} // namespace balgul::ui
