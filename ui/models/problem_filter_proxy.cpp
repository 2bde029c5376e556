#include "ui/models/problem_filter_proxy.h"

#include "core/store/store.h"
#include "ui/models/problem_list_model.h"
#include "ui/qt_convert.h"

namespace balgul::ui {

ProblemFilterProxy::ProblemFilterProxy(core::Store& store, QObject* parent)
    : QSortFilterProxyModel(parent), m_store(store)
{
    setSortRole(ProblemListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ProblemFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_listModel = qobject_cast<const ProblemListModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    // The search result is a set of row ids from the store: when problems are added or edited
    // while a search is active, the set must be asked again.
    m_sourceConnections << connect(model, &QAbstractItemModel::rowsInserted, this,
                                   &ProblemFilterProxy::onSourceRowsChanged);
    m_sourceConnections << connect(model, &QAbstractItemModel::dataChanged, this,
                                   &ProblemFilterProxy::onSourceRowsChanged);
    m_sourceConnections << connect(model, &QAbstractItemModel::modelReset, this,
                                   &ProblemFilterProxy::onSourceRowsChanged);
    if (!m_searchText.isEmpty())
        onSourceRowsChanged();
}

void ProblemFilterProxy::setCategories(const QStringList& codes)
{
    QSet<QString> set(codes.begin(), codes.end());
    if (set == m_categorySet)
        return;
    m_categories = codes;
    m_categorySet = std::move(set);
    applyFilter();
}

void ProblemFilterProxy::setStatuses(const QList<core::ProblemStatus>& statuses)
{
    unsigned mask = 0;
    for (const core::ProblemStatus status : statuses)
        mask |= 1u << static_cast<unsigned>(status);
    if (mask == m_statusMask)
        return;
    m_statuses = statuses;
    m_statusMask = mask;
    applyFilter();
}

void ProblemFilterProxy::setSearchText(const QString& text)
{
    const QString trimmedText = text.trimmed();
    if (trimmedText == m_searchText)
        return;
    m_searchText = trimmedText;
    refreshSearch();
    applyFilter();
}

void ProblemFilterProxy::setVisibleRegion(const QGeoRectangle& region)
{
    if (region == m_region)
        return;
    m_region = region;
    if (m_onlyVisible)
        applyFilter();
}

void ProblemFilterProxy::setOnlyVisible(bool on)
{
    if (on == m_onlyVisible)
        return;
    m_onlyVisible = on;
    applyFilter();
}

void ProblemFilterProxy::setShowMerged(bool on)
{
    if (on == m_showMerged)
        return;
    m_showMerged = on;
    applyFilter();
}

bool ProblemFilterProxy::hidesMerged() const
{
    if (m_showMerged)
        return false;
    return !m_listModel || m_listModel->mergedCount() > 0;
}

bool ProblemFilterProxy::isFiltering() const
{
    return !m_categorySet.isEmpty() || m_statusMask != 0 || !m_searchText.isEmpty() || m_onlyVisible;
}

bool ProblemFilterProxy::isFilteringContent() const
{
    return !m_categorySet.isEmpty() || m_statusMask != 0 || !m_searchText.isEmpty();
}

void ProblemFilterProxy::applyFilter()
{
    invalidateFilter();
    emit filterChanged();
}

bool ProblemFilterProxy::refreshSearch()
{
    std::unordered_set<std::int64_t> matches;
    if (!m_searchText.isEmpty()) {
        auto found = m_store.searchRowids(toStd(m_searchText));
        if (found)
            matches.insert(found->begin(), found->end());
    }
    if (matches == m_matches)
        return false;
    m_matches = std::move(matches);
    return true;
}

void ProblemFilterProxy::onSourceRowsChanged()
{
    if (m_searchText.isEmpty())
        return;
    if (refreshSearch())
        invalidateFilter();
}

bool ProblemFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (m_listModel && sortRole() == ProblemListModel::SortRole && left.column() == right.column())
        return m_listModel->rowLessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}

bool ProblemFilterProxy::acceptsContent(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    if (!model)
        return false;
    const QModelIndex index = model->index(sourceRow, 0, sourceParent);
    if (!m_showMerged && index.data(ProblemListModel::MergedRole).toBool())
        return false;
    if (!m_categorySet.isEmpty() &&
        !m_categorySet.contains(index.data(ProblemListModel::CategoryCodeRole).toString()))
        return false;
    if (m_statusMask != 0) {
        const int status = index.data(ProblemListModel::StatusRole).toInt();
        if ((m_statusMask & (1u << static_cast<unsigned>(status))) == 0)
            return false;
    }
    if (!m_searchText.isEmpty() && !m_matches.contains(index.data(ProblemListModel::RowidRole).toLongLong()))
        return false;
    return true;
}

bool ProblemFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!acceptsContent(sourceRow, sourceParent))
        return false;
    if (m_onlyVisible) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (!m_region.isValid())
            return false;
        const QGeoCoordinate coordinate(index.data(ProblemListModel::LatRole).toDouble(),
                                        index.data(ProblemListModel::LonRole).toDouble());
        if (!m_region.contains(coordinate))
            return false;
    }
    return true;
}

} // namespace balgul::ui
