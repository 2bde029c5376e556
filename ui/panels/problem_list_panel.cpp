#include "ui/panels/problem_list_panel.h"

#include "ui/category_names.h"
#include "ui/date_text.h"
#include "ui/models/problem_filter_proxy.h"
#include "ui/models/problem_list_model.h"
#include "ui/qt_convert.h"
#include "ui/sync/sync_text.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace balgul::ui {

namespace {

/// The narrowest the address column gets, in average characters.
constexpr int kAddressMinChars = 8;

/// A table that, unlike QTableView in single selection mode, does not move the selection to a
/// neighbour when the selected row disappears (filtered out or removed): showing another problem
/// the user did not pick would be a surprise.
class ProblemTableView : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    void rowsAboutToBeRemoved(const QModelIndex& parent, int start, int end) override
    {
        const QModelIndex current = currentIndex();
        if (current.isValid() && current.parent() == parent && current.row() >= start &&
            current.row() <= end) {
            selectionModel()->clearSelection();
            selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
        }
        QTableView::rowsAboutToBeRemoved(parent, start, end);
    }
};

} // namespace

ProblemListPanel::ProblemListPanel(ProblemListModel* model, ProblemFilterProxy* proxy, QWidget* parent)
    : QWidget(parent), m_model(model), m_proxy(proxy)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("problemSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);

    m_categoryButton = new QToolButton(this);
    m_categoryButton->setObjectName(QStringLiteral("categoryFilter"));
    m_statusButton = new QToolButton(this);
    m_statusButton->setObjectName(QStringLiteral("statusFilter"));
    for (QToolButton* button : {m_categoryButton, m_statusButton}) {
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_onlyVisible = new QCheckBox(this);
    m_onlyVisible->setObjectName(QStringLiteral("onlyVisible"));
    m_showMerged = new QCheckBox(this);
    m_showMerged->setObjectName(QStringLiteral("showMerged"));
    buildFilterMenus();

    m_table = new ProblemTableView(this);
    m_table->setObjectName(QStringLiteral("problemTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the list (the arrows move within it)
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    // The indicator first: enabling sorting sorts once, by it (not by the title and then again).
    m_table->horizontalHeader()->setSortIndicator(ProblemListModel::UpdatedColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    // The address (the last column) takes the rest of the width; it keeps its default size as a
    // minimum, so that default is small enough to leave room for the other columns.
    m_table->horizontalHeader()->setDefaultSectionSize(fontMetrics().averageCharWidth() * kAddressMinChars);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->installEventFilter(this);
    m_table->setColumnHidden(ProblemListModel::SyncColumn, true);
    updateColumnWidths();

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("problemCount"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    // Two short rows rather than one long one: the list stays narrow enough for small screens.
    auto* filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(m_categoryButton);
    filters->addWidget(m_statusButton);
    filters->addWidget(m_showMerged);
    filters->addStretch(1);
    auto* shown = new QHBoxLayout;
    shown->setSpacing(6);
    shown->addWidget(m_onlyVisible);
    shown->addStretch(1);
    shown->addWidget(m_count);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addLayout(shown);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().isEmpty()) {
            m_searchTimer->stop();
            m_proxy->setSearchText(QString());
        } else {
            m_searchTimer->start();
        }
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        m_proxy->setSearchText(m_search->text());
    });
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_proxy->setSearchText(m_search->text()); });
    connect(m_onlyVisible, &QCheckBox::toggled, m_proxy, &ProblemFilterProxy::setOnlyVisible);
    connect(m_showMerged, &QCheckBox::toggled, m_proxy, &ProblemFilterProxy::setShowMerged);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { syncCurrent(true); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const std::int64_t rowid = rowidAtProxyRow(index.row()))
            emit problemActivated(rowid);
    });

    // Rows leaving the view (filters, removal) may take the selection with them.
    const auto afterRowsChange = [this] {
        syncCurrent(true);
        updateCount();
    };
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, afterRowsChange);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, afterRowsChange);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, afterRowsChange);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, afterRowsChange);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProblemListPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProblemListPanel::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProblemListPanel::updateCount);
    connect(m_proxy, &ProblemFilterProxy::filterChanged, this, &ProblemListPanel::updateCount);

    m_search->setPlaceholderText(tr("Search problems…"));
    m_onlyVisible->setText(tr("Only what the map shows"));
    m_onlyVisible->setToolTip(tr("List only the problems inside the part of the map you see"));
    m_showMerged->setText(tr("Merged duplicates"));
    m_showMerged->setToolTip(
        tr("Also list and map the problems a coordinator merged into another as duplicates"));
    updateFilterButtons();
    updateCount();
    setFocusProxy(m_search);
}

void ProblemListPanel::buildFilterMenus()
{
    m_categoryMenu = new QMenu(this);
    auto* allCategories = m_categoryMenu->addAction(tr("All categories"));
    allCategories->setObjectName(QStringLiteral("allCategories"));
    m_categoryMenu->addSeparator();
    for (const QString& code : categoryCodes()) {
        QAction* action = m_categoryMenu->addAction(categoryIcon(toStd(code)), categoryName(toStd(code)));
        action->setCheckable(true);
        action->setData(code);
        connect(action, &QAction::toggled, this, &ProblemListPanel::applyCategoryFilter);
    }
    connect(allCategories, &QAction::triggered, this, [this] {
        for (QAction* action : m_categoryMenu->actions()) {
            const QSignalBlocker blocker(action);
            action->setChecked(false);
        }
        applyCategoryFilter();
    });
    m_categoryButton->setMenu(m_categoryMenu);

    m_statusMenu = new QMenu(this);
    auto* allStatusesAction = m_statusMenu->addAction(tr("All statuses"));
    allStatusesAction->setObjectName(QStringLiteral("allStatuses"));
    m_statusMenu->addSeparator();
    for (const core::ProblemStatus status : allStatuses()) {
        QAction* action = m_statusMenu->addAction(statusName(status));
        action->setCheckable(true);
        action->setData(static_cast<int>(status));
        connect(action, &QAction::toggled, this, &ProblemListPanel::applyStatusFilter);
    }
    connect(allStatusesAction, &QAction::triggered, this, [this] {
        for (QAction* action : m_statusMenu->actions()) {
            const QSignalBlocker blocker(action);
            action->setChecked(false);
        }
        applyStatusFilter();
    });
    m_statusButton->setMenu(m_statusMenu);

    // Ticking several categories should not need reopening the menu each time.
    m_categoryMenu->installEventFilter(this);
    m_statusMenu->installEventFilter(this);
}

void ProblemListPanel::applyCategoryFilter()
{
    QStringList codes;
    for (const QAction* action : m_categoryMenu->actions())
        if (action->isCheckable() && action->isChecked())
            codes.append(action->data().toString());
    m_proxy->setCategories(codes);
    updateFilterButtons();
}

void ProblemListPanel::applyStatusFilter()
{
    QList<core::ProblemStatus> statuses;
    for (const QAction* action : m_statusMenu->actions())
        if (action->isCheckable() && action->isChecked())
            statuses.append(static_cast<core::ProblemStatus>(action->data().toInt()));
    m_proxy->setStatuses(statuses);
    updateFilterButtons();
}

void ProblemListPanel::updateFilterButtons()
{
    // A long category name is cut short on the button (the tooltip says it whole), so choosing
    // one never widens the list.
    const auto setButtonText = [](QToolButton* button, const QString& text, const QString& toolTip) {
        const int room = button->fontMetrics().averageCharWidth() * 18;
        const QString shown = button->fontMetrics().elidedText(text, Qt::ElideRight, room);
        button->setText(shown);
        button->setToolTip(shown == text ? toolTip : text + QStringLiteral("\n") + toolTip);
    };
    const QStringList codes = m_proxy->categories();
    const QString showSomeCategories = tr("Show only some categories");
    if (codes.isEmpty())
        setButtonText(m_categoryButton, tr("All categories"), showSomeCategories);
    else if (codes.size() == 1)
        setButtonText(m_categoryButton, categoryName(toStd(codes.first())), showSomeCategories);
    else
        setButtonText(m_categoryButton, tr("%n categories", nullptr, static_cast<int>(codes.size())),
                      showSomeCategories);

    const QList<core::ProblemStatus> statuses = m_proxy->statuses();
    const QString showSomeStatuses = tr("Show only some statuses");
    if (statuses.isEmpty())
        setButtonText(m_statusButton, tr("All statuses"), showSomeStatuses);
    else if (statuses.size() == 1)
        setButtonText(m_statusButton, statusName(statuses.first()), showSomeStatuses);
    else
        setButtonText(m_statusButton, tr("%n statuses", nullptr, static_cast<int>(statuses.size())),
                      showSomeStatuses);
}

void ProblemListPanel::updateCount()
{
    const int total = m_model->rowCount() - (m_proxy->showMerged() ? 0 : m_model->mergedCount());
    const int shown = m_proxy->rowCount();
    if (shown == total)
        m_count->setText(tr("%n problem(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %n problem(s)", nullptr, total).arg(QLocale().toString(shown)));
}

void ProblemListPanel::updateColumnWidths()
{
    const QFontMetrics metrics(m_table->font());
    const int padding = 24;
    int categoryWidth = 0;
    for (const QString& code : categoryCodes())
        categoryWidth = std::max(categoryWidth, metrics.horizontalAdvance(categoryName(toStd(code))));
    int statusWidth = 0;
    for (const core::ProblemStatus status : allStatuses())
        statusWidth = std::max(statusWidth, metrics.horizontalAdvance(statusName(status)));
    const QString sampleDate = dayText(QDate(2026, 12, 28));
    QHeaderView* header = m_table->horizontalHeader();
    header->resizeSection(ProblemListModel::TitleColumn, metrics.averageCharWidth() * 26);
    header->resizeSection(
        ProblemListModel::CategoryColumn,
        std::min(categoryWidth + m_table->iconSize().width() + padding + 8, metrics.averageCharWidth() * 18));
    header->resizeSection(ProblemListModel::StatusColumn, statusWidth + padding);
    header->resizeSection(
        ProblemListModel::SupportsColumn,
        std::max(metrics.horizontalAdvance(
                     m_model->headerData(ProblemListModel::SupportsColumn, Qt::Horizontal).toString()),
                 metrics.horizontalAdvance(QStringLiteral("0000"))) +
            padding + 8);
    header->resizeSection(ProblemListModel::UpdatedColumn, metrics.horizontalAdvance(sampleDate) + padding);
    int syncWidth = metrics.horizontalAdvance(
        m_model->headerData(ProblemListModel::SyncColumn, Qt::Horizontal).toString());
    for (const core::SyncState state :
         {core::SyncState::Synced, core::SyncState::Pending, core::SyncState::Sent, core::SyncState::Conflict,
          core::SyncState::Rejected})
        syncWidth = std::max(syncWidth, metrics.horizontalAdvance(syncStateName(state)));
    header->resizeSection(ProblemListModel::SyncColumn, syncWidth + padding);
}

int ProblemListPanel::preferredWidth() const
{
    const QHeaderView* header = m_table->horizontalHeader();
    int columns = 0;
    for (int column = 0; column < header->count(); ++column)
        if (!header->isSectionHidden(column) && column != ProblemListModel::AddressColumn)
            columns += header->sectionSize(column);
    // The address takes what is left; it should still show a few words.
    columns +=
        std::max(m_table->fontMetrics().averageCharWidth() * kAddressMinChars, header->defaultSectionSize());
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_table);
    const int frame = 2 * m_table->frameWidth();
    const QMargins margins = contentsMargins() + layout()->contentsMargins();
    return columns + scrollBar + frame + margins.left() + margins.right();
}

QSize ProblemListPanel::sizeHint() const
{
    return {preferredWidth(), QWidget::sizeHint().height()};
}

bool ProblemListPanel::isSyncColumnVisible() const
{
    return !m_table->isColumnHidden(ProblemListModel::SyncColumn);
}

void ProblemListPanel::setSyncColumnVisible(bool visible)
{
    if (visible == isSyncColumnVisible())
        return;
    m_table->setColumnHidden(ProblemListModel::SyncColumn, !visible);
    updateGeometry();
}

std::int64_t ProblemListPanel::rowidAtProxyRow(int row) const
{
    const QModelIndex index = m_proxy->index(row, 0);
    return index.isValid() ? index.data(ProblemListModel::RowidRole).toLongLong() : 0;
}

void ProblemListPanel::syncCurrent(bool notify)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const std::int64_t rowid = rows.isEmpty() ? 0 : rowidAtProxyRow(rows.first().row());
    if (rowid == m_current)
        return;
    m_current = rowid;
    if (notify && !m_selecting)
        emit currentProblemChanged(rowid);
}

void ProblemListPanel::selectProblem(std::int64_t rowid)
{
    if (rowid == m_current)
        return;
    m_selecting = true;
    QItemSelectionModel* selection = m_table->selectionModel();
    const int sourceRow = rowid == 0 ? -1 : m_model->rowForRowid(rowid);
    const QModelIndex proxyIndex =
        sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (proxyIndex.isValid()) {
        selection->setCurrentIndex(proxyIndex,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(proxyIndex, QAbstractItemView::EnsureVisible);
    } else {
        selection->clearSelection();
        selection->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    }
    syncCurrent(false);
    m_selecting = false;
}

void ProblemListPanel::clearFilters()
{
    m_searchTimer->stop();
    m_search->clear();
    m_proxy->setSearchText(QString());
    for (QMenu* menu : {m_categoryMenu, m_statusMenu})
        for (QAction* action : menu->actions()) {
            const QSignalBlocker blocker(action);
            action->setChecked(false);
        }
    applyCategoryFilter();
    applyStatusFilter();
    m_onlyVisible->setChecked(false);
}

void ProblemListPanel::setVisibleRegion(const QGeoRectangle& region)
{
    m_proxy->setVisibleRegion(region);
}

bool ProblemListPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const QModelIndex current = m_table->currentIndex();
            if (current.isValid()) {
                emit problemActivated(rowidAtProxyRow(current.row()));
                return true;
            }
        }
    }
    if ((watched == m_categoryMenu || watched == m_statusMenu) &&
        event->type() == QEvent::MouseButtonRelease) {
        auto* menu = static_cast<QMenu*>(watched);
        QAction* action = menu->actionAt(static_cast<QMouseEvent*>(event)->position().toPoint());
        if (action && action->isCheckable() && action->isEnabled()) {
            action->trigger(); // toggles without closing the menu
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProblemListPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_search->setPlaceholderText(tr("Search problems…"));
        m_onlyVisible->setText(tr("Only what the map shows"));
        m_onlyVisible->setToolTip(tr("List only the problems inside the part of the map you see"));
        m_showMerged->setText(tr("Merged duplicates"));
        m_showMerged->setToolTip(
            tr("Also list and map the problems a coordinator merged into another as duplicates"));
        if (auto* all = m_categoryMenu->findChild<QAction*>(QStringLiteral("allCategories")))
            all->setText(tr("All categories"));
        if (auto* all = m_statusMenu->findChild<QAction*>(QStringLiteral("allStatuses")))
            all->setText(tr("All statuses"));
        for (QAction* action : m_categoryMenu->actions())
            if (action->isCheckable())
                action->setText(categoryName(toStd(action->data().toString())));
        for (QAction* action : m_statusMenu->actions())
            if (action->isCheckable())
                action->setText(statusName(static_cast<core::ProblemStatus>(action->data().toInt())));
        updateFilterButtons();
        updateCount();
    }
    QWidget::changeEvent(event);
}

} // namespace balgul::ui
