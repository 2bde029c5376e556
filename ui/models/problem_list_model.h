#pragma once

#include "core/store/store.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QString>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace balgul::ui {

/// The problems of a Store as a table: one light row per problem (no descriptions), following the
/// store's change notifications so views and the map stay current without a full reload.
///
/// The Store must outlive the model.
class ProblemListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        CategoryColumn,
        StatusColumn,
        SyncColumn, ///< where the problem stands with the hub: empty when synced
        SupportsColumn,
        UpdatedColumn,
        AddressColumn,
        ColumnCount
    };
    enum Role
    {
        RowidRole = Qt::UserRole + 1, ///< qint64
        IdRole,                       ///< QString (UUID)
        CategoryCodeRole,             ///< QString
        StatusRole,                   ///< int (core::ProblemStatus)
        LatRole,                      ///< double
        LonRole,                      ///< double
        SortRole,                     ///< a value that sorts naturally (numbers for counts and times)
        SyncStateRole,                ///< int (core::SyncState)
        MergedRole,                   ///< bool: merged into another problem (a duplicate)
    };

    explicit ProblemListModel(core::Store& store, QObject* parent = nullptr);
    ~ProblemListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Reads every problem again (after an import, or when the store says Reset).
    void reload();
    /// The row of a problem, or -1 if absent.
    int rowForRowid(std::int64_t rowid) const;
    /// The problem row id of a row, or 0 when out of range.
    std::int64_t rowidAt(int row) const;
    /// Every problem as a map point, in row order.
    std::vector<core::ProblemPoint> points() const;
    /// How many rows are merged duplicates (the list and the map leave them out unless asked).
    int mergedCount() const { return m_mergedCount; }
    /// The SortRole order of two rows in a column, without building QVariants (fast sorting of
    /// 100,000 rows). Text compares case-insensitively.
    bool rowLessThan(int leftRow, int rightRow, int column) const;

signals:
    /// After any change that moves, adds or removes markers (or changes their colour).
    void pointsChanged();

private:
    struct Row
    {
        std::int64_t rowid = 0;
        std::string id;
        QString title;
        QString address;
        QString titleKey;   ///< case-folded title for sorting (shares the title's data when equal)
        QString addressKey; ///< case-folded address
        QString category;
        QString categoryName;           ///< translated, shared between rows of a category
        std::uint8_t categoryIndex = 0; ///< into core::defaultCategories(), for map points
        std::int64_t updatedMs = 0;
        double lat = 0;
        double lon = 0;
        int supports = 0;
        int comments = 0;
        int attachments = 0;
        core::ProblemStatus status = core::ProblemStatus::New;
        bool merged = false; ///< a duplicate merged into another problem
        core::SyncState sync = core::SyncState::Synced;
        QString syncNote; ///< the sync state in a sentence (with a refusal, the hub's reason)
    };

    Row toRow(const core::Problem& problem) const;
    void onStoreChange(const core::StoreChange& change);
    std::int64_t resolveRowid(const core::StoreChange& change);
    void addOrUpdate(std::int64_t rowid);
    void removeRowid(std::int64_t rowid);
    void setSyncStatus(Row& row, const core::SyncStatus& status) const;
    /// Reads every row's sync state again (after a change to many of them).
    void refreshSyncStates();
    void rebuildIndex(int fromRow = 0);
    QVariant displayData(const Row& row, int column) const;
    QVariant sortData(const Row& row, int column) const;
    QVariant toolTipData(const Row& row, int column) const;
    struct CategoryText
    {
        QString code;
        QString name;
        std::uint8_t index = 0;
    };
    const CategoryText& categoryText(const std::string& code) const;

    core::Store& m_store;
    int m_listener = 0;
    std::vector<Row> m_rows;
    std::unordered_map<std::int64_t, int> m_rowOf;
    QLocale m_locale;
    int m_mergedCount = 0;
    /// Sorting 100,000 rows by category would otherwise translate millions of times, and
    /// loading would convert the same few codes 100,000 times.
    mutable std::unordered_map<std::string, CategoryText> m_categoryTexts;
};

} // namespace balgul::ui
