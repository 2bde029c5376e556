#pragma once

#include "core/domain/problem.h"

#include <QGeoRectangle>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <cstdint>
#include <unordered_set>

namespace balgul::core {
class Store;
}

namespace balgul::ui {

class ProblemListModel;

/// Filters and sorts a ProblemListModel: by category, status, text (through the store's
/// full-text search, so Korean substrings work) and the region the map shows. Problems merged into
/// another are left out unless asked for (setShowMerged).
///
/// Sorting uses ProblemListModel::SortRole. The Store must outlive the proxy.
class ProblemFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProblemFilterProxy(core::Store& store, QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    /// Category codes to show; empty shows all.
    void setCategories(const QStringList& codes);
    QStringList categories() const { return m_categories; }
    /// Statuses to show; empty shows all.
    void setStatuses(const QList<core::ProblemStatus>& statuses);
    QList<core::ProblemStatus> statuses() const { return m_statuses; }
    /// Substring search over title, description and address; empty shows all.
    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    /// The region the map shows; applies while onlyVisible() is on.
    void setVisibleRegion(const QGeoRectangle& region);
    QGeoRectangle visibleRegion() const { return m_region; }
    void setOnlyVisible(bool on);
    bool onlyVisible() const { return m_onlyVisible; }
    /// Shows problems merged into another (duplicates); off at first.
    void setShowMerged(bool on);
    bool showMerged() const { return m_showMerged; }
    /// True when merged duplicates are left out and the source has some.
    bool hidesMerged() const;
    /// True when any filter hides rows.
    bool isFiltering() const;
    /// True when the category, status or text filter hides rows (the map region aside).
    bool isFilteringContent() const;
    /// Whether a source row passes the category, status and text filters, wherever it is (the
    /// map shows what this accepts, so the region the map shows cannot feed back into it).
    bool acceptsContent(int sourceRow, const QModelIndex& sourceParent = {}) const;

signals:
    /// After any of the filters changed (not after source changes).
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    /// Runs the search again; true when the set of matching rows changed.
    bool refreshSearch();
    void onSourceRowsChanged();
    void applyFilter();

    core::Store& m_store;
    const ProblemListModel* m_listModel = nullptr; ///< the source, when it is one (fast paths)
    QStringList m_categories;
    QSet<QString> m_categorySet;
    QList<core::ProblemStatus> m_statuses;
    unsigned m_statusMask = 0;
    QString m_searchText;
    std::unordered_set<std::int64_t> m_matches;
    QGeoRectangle m_region;
    bool m_onlyVisible = false;
    bool m_showMerged = false;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace balgul::ui
