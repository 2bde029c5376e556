#include "ui/models/problem_list_model.h"

#include "core/domain/category.h"
#include "ui/category_names.h"
#include "ui/date_text.h"
#include "ui/qt_convert.h"
#include "ui/sync/sync_text.h"

#include <QDateTime>

namespace balgul::ui {

ProblemListModel::ProblemListModel(core::Store& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store)
{
    m_listener = m_store.addListener([this](const core::StoreChange& change) { onStoreChange(change); });
    reload();
}

ProblemListModel::~ProblemListModel()
{
    m_store.removeListener(m_listener);
}

int ProblemListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProblemListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == CategoryColumn)
            return categoryIcon(core::defaultCategories()[row.categoryIndex].code);
        if (index.column() == SyncColumn)
            return syncStateIcon(row.sync);
        return {};
    case Qt::ToolTipRole:
        return toolTipData(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == SupportsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RowidRole:
        return QVariant::fromValue<qint64>(row.rowid);
    case IdRole:
        return toQ(row.id);
    case CategoryCodeRole:
        return row.category;
    case StatusRole:
        return static_cast<int>(row.status);
    case LatRole:
        return row.lat;
    case LonRole:
        return row.lon;
    case SortRole:
        return sortData(row, index.column());
    case SyncStateRole:
        return static_cast<int>(row.sync);
    case MergedRole:
        return row.merged;
    default:
        return {};
    }
}

QVariant ProblemListModel::displayData(const Row& row, int column) const
{
    switch (column) {
    case TitleColumn:
        return row.title;
    case CategoryColumn:
        return row.categoryName;
    case StatusColumn:
        return statusName(row.status);
    case SyncColumn:
        return syncStateName(row.sync);
    case SupportsColumn:
        return row.supports;
    case UpdatedColumn: // the day is enough in a list; the tooltip has the time
        return dayText(QDateTime::fromMSecsSinceEpoch(row.updatedMs).toLocalTime().date(), m_locale);
    case AddressColumn:
        return row.address;
    default:
        return {};
    }
}

QVariant ProblemListModel::sortData(const Row& row, int column) const
{
    switch (column) {
    case TitleColumn:
        return row.title;
    case CategoryColumn:
        return row.categoryName;
    case StatusColumn:
        return static_cast<int>(row.status);
    case SyncColumn:
        return static_cast<int>(row.sync);
    case SupportsColumn:
        return row.supports;
    case UpdatedColumn:
        return QVariant::fromValue<qint64>(row.updatedMs);
    case AddressColumn:
        return row.address;
    default:
        return {};
    }
}

QVariant ProblemListModel::toolTipData(const Row& row, int column) const
{
    switch (column) {
    case TitleColumn:
    case AddressColumn: {
        QString tip = row.title.toHtmlEscaped();
        if (!row.address.isEmpty())
            tip += QStringLiteral("<br>") + row.address.toHtmlEscaped();
        return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(tip);
    }
    case SupportsColumn:
        return tr("%n resident(s) said “me too”", nullptr, row.supports) + QLatin1Char('\n') +
               tr("%n comment(s)", nullptr, row.comments);
    case UpdatedColumn:
        return tr("Last changed %1")
            .arg(m_locale.toString(QDateTime::fromMSecsSinceEpoch(row.updatedMs).toLocalTime(),
                                   QLocale::LongFormat));
    case CategoryColumn:
        return row.categoryName;
    case StatusColumn:
        return statusName(row.status);
    case SyncColumn:
        return row.syncNote.isEmpty() ? QVariant() : QVariant(row.syncNote);
    default:
        return {};
    }
}

QVariant ProblemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TitleColumn:
            return tr("Title");
        case CategoryColumn:
            return tr("Category");
        case StatusColumn:
            return tr("Status");
        case SyncColumn:
            return tr("Sync");
        case SupportsColumn:
            return tr("Me too");
        case UpdatedColumn:
            return tr("Updated");
        case AddressColumn:
            return tr("Address");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section == SupportsColumn)
        return tr("How many residents said “me too”");
    if (role == Qt::ToolTipRole && section == SyncColumn)
        return tr("Where the problem stands with the city hub (empty: nothing waiting)");
    return {};
}

const ProblemListModel::CategoryText& ProblemListModel::categoryText(const std::string& code) const
{
    auto it = m_categoryTexts.find(code);
    if (it == m_categoryTexts.end()) {
        const auto index = core::categoryIndex(code);
        CategoryText text{toQ(code), categoryName(code),
                          static_cast<std::uint8_t>(index ? *index : core::defaultCategories().size() - 1)};
        it = m_categoryTexts.emplace(code, std::move(text)).first;
    }
    return it->second;
}

ProblemListModel::Row ProblemListModel::toRow(const core::Problem& problem) const
{
    Row row;
    row.rowid = problem.rowid;
    row.id = problem.id;
    row.title = toQ(problem.title);
    row.address = toQ(problem.address);
    row.titleKey = row.title.toCaseFolded();
    row.addressKey = row.address.toCaseFolded();
    const CategoryText& category = categoryText(problem.category);
    row.category = category.code;
    row.categoryName = category.name;
    row.categoryIndex = category.index;
    row.updatedMs = core::toUnixMs(problem.updated);
    row.lat = problem.lat;
    row.lon = problem.lon;
    row.supports = problem.supportCount;
    row.comments = problem.commentCount;
    row.attachments = problem.attachmentCount;
    row.status = problem.status;
    row.merged = !problem.duplicateOf.empty();
    return row;
}

void ProblemListModel::reload()
{
    beginResetModel();
    m_categoryTexts.clear();
    m_locale = QLocale();
    m_rows.clear();
    m_rowOf.clear();
    m_mergedCount = 0;
    // Merged duplicates too: the filter proxy shows them when asked.
    auto problems = m_store.listProblems(true);
    if (problems) {
        // One query for the few problems not in step with the hub, not one per row.
        const auto unsynced = m_store.unsyncedProblems();
        m_rows.reserve(problems->size());
        for (const core::Problem& problem : *problems) {
            m_rows.push_back(toRow(problem));
            m_mergedCount += m_rows.back().merged ? 1 : 0;
            if (const auto it = unsynced.find(problem.id); it != unsynced.end())
                setSyncStatus(m_rows.back(), it->second);
        }
    }
    rebuildIndex();
    endResetModel();
    emit pointsChanged();
}

int ProblemListModel::rowForRowid(std::int64_t rowid) const
{
    const auto it = m_rowOf.find(rowid);
    return it == m_rowOf.end() ? -1 : it->second;
}

std::int64_t ProblemListModel::rowidAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return m_rows[static_cast<std::size_t>(row)].rowid;
}

bool ProblemListModel::rowLessThan(int leftRow, int rightRow, int column) const
{
    const Row& a = m_rows[static_cast<std::size_t>(leftRow)];
    const Row& b = m_rows[static_cast<std::size_t>(rightRow)];
    switch (column) {
    case TitleColumn:
        return a.titleKey < b.titleKey;
    case CategoryColumn:
        return QString::compare(a.categoryName, b.categoryName, Qt::CaseInsensitive) < 0;
    case StatusColumn:
        return a.status < b.status;
    case SyncColumn:
        return a.sync < b.sync;
    case SupportsColumn:
        return a.supports < b.supports;
    case UpdatedColumn:
        return a.updatedMs < b.updatedMs;
    case AddressColumn:
        return a.addressKey < b.addressKey;
    default:
        return false;
    }
}

std::vector<core::ProblemPoint> ProblemListModel::points() const
{
    std::vector<core::ProblemPoint> points;
    points.reserve(m_rows.size());
    for (const Row& row : m_rows) {
        core::ProblemPoint point;
        point.rowid = row.rowid;
        point.lat = row.lat;
        point.lon = row.lon;
        point.category = row.categoryIndex;
        point.status = static_cast<std::uint8_t>(row.status);
        points.push_back(point);
    }
    return points;
}

void ProblemListModel::rebuildIndex(int fromRow)
{
    for (std::size_t i = static_cast<std::size_t>(fromRow); i < m_rows.size(); ++i)
        m_rowOf[m_rows[i].rowid] = static_cast<int>(i);
}

std::int64_t ProblemListModel::resolveRowid(const core::StoreChange& change)
{
    if (change.rowid != 0)
        return change.rowid;
    if (change.problemId.empty())
        return 0;
    for (const Row& row : m_rows)
        if (row.id == change.problemId)
            return row.rowid;
    if (const auto problem = m_store.problem(change.problemId))
        return problem->rowid;
    return 0;
}

void ProblemListModel::onStoreChange(const core::StoreChange& change)
{
    using Kind = core::StoreChange::Kind;
    if (change.kind == Kind::Reset) {
        reload();
        return;
    }
    if (change.kind == Kind::PilotsChanged)
        return;
    if (change.kind == Kind::SyncStateChanged && change.rowid == 0 && change.problemId.empty()) {
        refreshSyncStates();
        return;
    }
    const std::int64_t rowid = resolveRowid(change);
    if (rowid == 0)
        return;
    switch (change.kind) {
    case Kind::ProblemRemoved:
        removeRowid(rowid);
        break;
    case Kind::ProblemAdded:
    case Kind::ProblemUpdated:
    case Kind::CommentsChanged:
    case Kind::SupportsChanged:
    case Kind::AttachmentsChanged:
    case Kind::SyncStateChanged:
        addOrUpdate(rowid);
        break;
    case Kind::PilotsChanged:
    case Kind::VotingChanged:
    case Kind::Reset:
        break;
    }
}

void ProblemListModel::addOrUpdate(std::int64_t rowid)
{
    const auto problem = m_store.problemByRowid(rowid);
    if (!problem) {
        // Gone (removed or never visible): make sure no stale row stays behind.
        removeRowid(rowid);
        return;
    }
    Row fresh = toRow(*problem);
    setSyncStatus(fresh, m_store.syncStateOf(problem->id));
    const int existing = rowForRowid(rowid);
    if (existing < 0) {
        const int row = static_cast<int>(m_rows.size());
        beginInsertRows({}, row, row);
        m_mergedCount += fresh.merged ? 1 : 0;
        m_rows.push_back(std::move(fresh));
        m_rowOf[rowid] = row;
        endInsertRows();
        emit pointsChanged();
        return;
    }
    Row& row = m_rows[static_cast<std::size_t>(existing)];
    const bool markerChanged = row.lat != fresh.lat || row.lon != fresh.lon ||
                               row.category != fresh.category || row.status != fresh.status ||
                               row.merged != fresh.merged;
    m_mergedCount += (fresh.merged ? 1 : 0) - (row.merged ? 1 : 0);
    row = std::move(fresh);
    emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
    if (markerChanged)
        emit pointsChanged();
}

void ProblemListModel::removeRowid(std::int64_t rowid)
{
    const int row = rowForRowid(rowid);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_mergedCount -= m_rows[static_cast<std::size_t>(row)].merged ? 1 : 0;
    m_rows.erase(m_rows.begin() + row);
    m_rowOf.erase(rowid);
    rebuildIndex(row);
    endRemoveRows();
    emit pointsChanged();
}

} // namespace balgul::ui

namespace balgul::ui {

void ProblemListModel::setSyncStatus(Row& row, const core::SyncStatus& status) const
{
    row.sync = status.state;
    row.syncNote = status.state == core::SyncState::Synced ? QString() : syncStateDescription(status);
}

void ProblemListModel::refreshSyncStates()
{
    const auto unsynced = m_store.unsyncedProblems();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        const auto it = unsynced.find(row.id);
        const core::SyncStatus status = it == unsynced.end() ? core::SyncStatus{} : it->second;
        const QString before = row.syncNote;
        const core::SyncState was = row.sync;
        setSyncStatus(row, status);
        if (row.sync != was || row.syncNote != before) {
            const QModelIndex cell = index(static_cast<int>(i), SyncColumn);
            emit dataChanged(cell, cell);
        }
    }
}

} // namespace balgul::ui
