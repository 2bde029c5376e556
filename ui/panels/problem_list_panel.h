#pragma once

#include <QGeoRectangle>
#include <QWidget>

#include <cstdint>

class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;
class QToolButton;

namespace balgul::ui {

class ProblemFilterProxy;
class ProblemListModel;

/// The searchable, filterable table of problems: a search field, category and status filters,
/// "only what the map shows", "show merged duplicates" (off at first), the table and a count ("N of
/// M problems", merged duplicates not counted while they are left out).
class ProblemListPanel : public QWidget
{
    Q_OBJECT

public:
    /// `proxy` must already have `model` as its source. Neither is owned.
    ProblemListPanel(ProblemListModel* model, ProblemFilterProxy* proxy, QWidget* parent = nullptr);

    /// The row id of the selected problem, or 0.
    std::int64_t currentProblem() const { return m_current; }
    QLineEdit* searchField() const { return m_search; }
    QTableView* tableView() const { return m_table; }

    /// The width at which every visible column fits without a horizontal scroll bar.
    int preferredWidth() const;
    QSize sizeHint() const override;
    bool isSyncColumnVisible() const;

    /// How long typing waits before the list filters.
    static constexpr int kSearchDelayMs = 200;

public slots:
    /// Selects the problem and scrolls to it without emitting currentProblemChanged; 0 clears.
    /// A problem the filters hide is not selected.
    void selectProblem(std::int64_t rowid);
    void setVisibleRegion(const QGeoRectangle& region);
    /// Shows the Sync column (where each problem stands with the hub); only useful when the
    /// profile is signed in to a hub. Hidden at first.
    void setSyncColumnVisible(bool visible);
    /// Shows every problem again: no text, category or status filter, not only what the map shows.
    void clearFilters();

signals:
    /// The user selected another problem (0 when none).
    void currentProblemChanged(std::int64_t rowid);
    /// Double-click or Enter on a problem: open the editor.
    void problemActivated(std::int64_t rowid);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildFilterMenus();
    void applyCategoryFilter();
    void applyStatusFilter();
    void updateFilterButtons();
    void updateCount();
    void updateColumnWidths();
    void syncCurrent(bool notify);
    std::int64_t rowidAtProxyRow(int row) const;

    ProblemListModel* m_model;
    ProblemFilterProxy* m_proxy;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QToolButton* m_categoryButton = nullptr;
    QMenu* m_categoryMenu = nullptr;
    QToolButton* m_statusButton = nullptr;
    QMenu* m_statusMenu = nullptr;
    QCheckBox* m_onlyVisible = nullptr;
    QCheckBox* m_showMerged = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    std::int64_t m_current = 0;
    bool m_selecting = false;
};

} // namespace balgul::ui
