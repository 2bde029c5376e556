#include "ui/triage/status_history_view.h"

#include "ui/date_text.h"
#include "ui/qt_convert.h"
#include "ui/triage/status_text.h"

#include "core/store/store.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace balgul::ui {

StatusHistoryView::StatusHistoryView(core::Store& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);
    m_none = new QLabel(this);
    m_none->setObjectName(QStringLiteral("statusHistoryNone"));
    layout->addWidget(m_none);
    m_entries = new QVBoxLayout;
    layout->addLayout(m_entries);
    refresh();
}

void StatusHistoryView::showProblem(const std::string& problemId)
{
    m_problemId = problemId;
    refresh();
}

void StatusHistoryView::refresh()
{
    m_heading->setText(tr("Status history"));
    m_none->setText(tr("The status has not changed since the problem was filed."));
    while (QLayoutItem* item = m_entries->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto history =
        m_problemId.empty() ? std::vector<core::triage::StatusChange>{} : m_store.statusHistory(m_problemId);
    m_count = static_cast<int>(history.size());
    m_none->setVisible(history.empty());
    for (const auto& c : history) {
        const QString who = c.author.empty() ? tr("someone") : toQ(c.author);
        QString text = tr("%1 · %2: %3").arg(dayTimeText(toQDateTime(c.at)), who, statusChangeText(c));
        if (!c.note.empty())
            text += QLatin1Char('\n') + toQ(c.note);
        auto* entry = new QLabel(text, this);
        entry->setObjectName(QStringLiteral("statusHistoryEntry"));
        entry->setWordWrap(true);
        entry->setTextInteractionFlags(Qt::TextSelectableByMouse);
        entry->setTextFormat(Qt::PlainText);
        m_entries->addWidget(entry);
    }
}

void StatusHistoryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace balgul::ui
