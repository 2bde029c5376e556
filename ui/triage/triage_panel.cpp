#include "ui/triage/triage_panel.h"

#include "ui/category_names.h"
#include "ui/date_text.h"
#include "ui/error_text.h"
#include "ui/qt_convert.h"
#include "ui/triage/status_change_dialog.h"

#include "core/store/store.h"
#include "core/triage/status_actor.h"
#include "core/triage/triage_queue.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace balgul::ui {

namespace {

constexpr int kRowidRole = Qt::UserRole + 1;

} // namespace

TriagePanel::TriagePanel(core::Store& store, QWidget* parent, bool active)
    : QWidget(parent), m_store(store), m_active(active)
{
    auto* layout = new QVBoxLayout(this);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("triageCounts"));
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("triageList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    m_setStatus = new QPushButton(this);
    m_setStatus->setObjectName(QStringLiteral("triageSetStatus"));
    m_setStatus->setEnabled(false);
    layout->addWidget(m_setStatus, 0, Qt::AlignRight);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_setStatus->setEnabled(item != nullptr);
        if (item)
            emit problemSelected(item->data(0, kRowidRole).toLongLong());
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { setStatusOfSelected(); });
    connect(m_setStatus, &QPushButton::clicked, this, &TriagePanel::setStatusOfSelected);
    m_listener = m_store.addListener([this](const core::StoreChange& change) { onStoreChange(change); });
    retranslate();
}

TriagePanel::~TriagePanel()
{
    m_store.removeListener(m_listener);
}

QString TriagePanel::countsText() const
{
    return tr("Triage: %1 new, %2 reopened, %3 widely supported").arg(m_new).arg(m_reopened).arg(m_supported);
}

std::int64_t TriagePanel::selectedRowid() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, kRowidRole).toLongLong() : 0;
}

void TriagePanel::refresh()
{
    m_stale = false;
    const std::int64_t selected = selectedRowid();
    auto queue = core::triage::triageQueue(m_store, 1000);
    m_list->clear();
    if (!queue) {
        emit errorOccurred(describeError(queue.error()));
        return;
    }
    m_new = static_cast<int>(queue->newCount);
    m_reopened = static_cast<int>(queue->reopenedCount);
    m_supported = static_cast<int>(queue->supportedCount);
    for (const auto& item : queue->items) {
        QString why;
        switch (item.reason) {
        case core::triage::TriageReason::New:
            why = tr("New");
            break;
        case core::triage::TriageReason::Reopened:
            why = tr("Reopened");
            break;
        case core::triage::TriageReason::Supported:
            why = tr("%n support(s)", nullptr, item.problem.supportCount);
            break;
        }
        auto* row = new QTreeWidgetItem(m_list, {why, dayText(toQDateTime(item.problem.created).date()),
                                                 statusName(item.problem.status), toQ(item.problem.title)});
        row->setData(0, kRowidRole, QVariant::fromValue<qlonglong>(item.problem.rowid));
        if (item.problem.rowid == selected)
            m_list->setCurrentItem(row);
    }
    m_counts->setText(countsText());
    emit countsChanged();
}

void TriagePanel::setStatusOfSelected()
{
    const auto problem = m_store.problemByRowid(selectedRowid());
    if (!problem)
        return;
    StatusChangeDialog dialog(m_store, problem->id, core::triage::statusActor(m_store, problem->id), this);
    dialog.exec();
}

void TriagePanel::setActive(bool active)
{
    m_active = active;
    if (m_active && m_stale)
        refresh();
}

void TriagePanel::onStoreChange(const core::StoreChange& change)
{
    (void)change;
    // One read for a burst of changes (an import, a sync's pages): when the event loop is back.
    m_stale = true;
    if (!m_active || m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        if (m_active && m_stale)
            refresh();
    });
}

void TriagePanel::retranslate()
{
    m_list->setHeaderLabels({tr("Why"), tr("Filed"), tr("Status"), tr("Title")});
    m_setStatus->setText(tr("Set status…"));
    if (m_active)
        refresh();
    else
        m_stale = true;
}

void TriagePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace balgul::ui
