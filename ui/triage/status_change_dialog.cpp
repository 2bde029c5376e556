#include "ui/triage/status_change_dialog.h"

#include "ui/category_names.h"
#include "ui/error_text.h"
#include "ui/qt_convert.h"
#include "ui/triage/status_text.h"

#include "core/store/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace balgul::ui {

using core::ProblemStatus;
using core::triage::CloseReason;
using core::triage::StatusActor;

QList<ProblemStatus> statusesOffered(StatusActor actor, ProblemStatus from)
{
    QList<ProblemStatus> out;
    for (int i = 0; i < core::kProblemStatusCount; ++i) {
        const auto to = static_cast<ProblemStatus>(i);
        const bool allowed = actor == StatusActor::Coordinator ? core::triage::isAllowedTransition(from, to)
                             : actor == StatusActor::Author
                                 ? to == ProblemStatus::Reopened &&
                                       (from == ProblemStatus::Resolved || from == ProblemStatus::Closed)
                                 : false;
        if (allowed)
            out.append(to);
    }
    return out;
}

StatusChangeDialog::StatusChangeDialog(core::Store& store, const std::string& problemId, StatusActor actor,
                                       QWidget* parent)
    : QDialog(parent), m_store(store), m_problemId(problemId), m_actor(actor)
{
    const auto problem = m_store.problem(problemId);
    const ProblemStatus from = problem ? problem->status : ProblemStatus::New;
    setWindowTitle(actor == StatusActor::Author ? tr("Reopen the problem") : tr("Set the status"));
    auto* layout = new QVBoxLayout(this);
    auto* current = new QLabel(tr("Now: %1").arg(statusName(from)), this);
    layout->addWidget(current);
    auto* form = new QFormLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (const ProblemStatus s : statusesOffered(actor, from))
        m_status->addItem(statusName(s), static_cast<int>(s));
    form->addRow(tr("New status:"), m_status);
    m_reasonLabel = new QLabel(tr("Reason:"), this);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reasonCombo"));
    for (int i = 1; i < core::triage::kCloseReasonCount; ++i)
        m_reason->addItem(closeReasonName(static_cast<CloseReason>(i)), i);
    form->addRow(m_reasonLabel, m_reason);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(actor == StatusActor::Author
                                   ? tr("Why should the problem be looked at again?")
                                   : tr("What was done or decided (everyone reads it)"));
    m_note->setTabChangesFocus(true);
    form->addRow(actor == StatusActor::Author ? tr("Why:") : tr("Note:"), m_note);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("statusError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(actor == StatusActor::Author ? tr("Reopen") : tr("Set status"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_status->count() > 0);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StatusChangeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StatusChangeDialog::reject);
    connect(m_status, &QComboBox::currentIndexChanged, this, &StatusChangeDialog::updateReason);
    // Return writes a new line of the note; Ctrl+Return sets the status.
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter})
        connect(new QShortcut(QKeySequence(Qt::CTRL | key), this), &QShortcut::activated, this,
                &StatusChangeDialog::accept);
    updateReason();
    // The status offered first is the usual next step; the note is what the coordinator writes.
    m_note->setFocus();
}

QList<ProblemStatus> StatusChangeDialog::offered() const
{
    QList<ProblemStatus> out;
    for (int i = 0; i < m_status->count(); ++i)
        out.append(static_cast<ProblemStatus>(m_status->itemData(i).toInt()));
    return out;
}

void StatusChangeDialog::updateReason()
{
    const bool closing = m_status->currentData().toInt() == static_cast<int>(ProblemStatus::Closed);
    m_reasonLabel->setVisible(closing);
    m_reason->setVisible(closing);
}

bool StatusChangeDialog::apply()
{
    if (m_status->currentIndex() < 0)
        return false;
    const auto to = static_cast<ProblemStatus>(m_status->currentData().toInt());
    const CloseReason reason = to == ProblemStatus::Closed
                                   ? static_cast<CloseReason>(m_reason->currentData().toInt())
                                   : CloseReason::None;
    auto changed = m_store.changeStatus(m_problemId, to, toStd(m_note->toPlainText()), reason, m_actor);
    if (!changed) {
        const core::Error& e = changed.error();
        QString text;
        if (e.field == "note")
            text = m_actor == StatusActor::Author
                       ? tr("Please say why the problem should be looked at again.")
                       : tr("Please write a note: say what was done or decided.");
        else if (e.field == "reason")
            text = tr("Please choose why the problem is closed.");
        else if (e.code == "forbidden")
            text = tr("Your account may not change this problem's status.");
        else if (e.code == "invalid_transition")
            text = tr("The problem cannot move to that status.");
        else
            text = describeError(e);
        m_error->setText(text);
        m_error->show();
        return false;
    }
    return true;
}

void StatusChangeDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace balgul::ui
