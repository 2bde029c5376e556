#pragma once

#include "core/triage/status_rules.h"

#include <QDialog>

#include <string>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QDialogButtonBox;

namespace balgul::core {
class Store;
}

namespace balgul::ui {

/// Sets a problem's status with a note: the statuses the account may move it to (a coordinator any
/// allowed one, the author only "Reopened"), the note (for the author, why), and the reason when
/// closing. OK writes the change through the store; a refusal is shown in the dialog, which stays
/// open. Widgets for tests: statusCombo, noteEdit, reasonCombo, statusError.
class StatusChangeDialog : public QDialog
{
    Q_OBJECT

public:
    StatusChangeDialog(core::Store& store, const std::string& problemId, core::triage::StatusActor actor,
                       QWidget* parent = nullptr);

    /// The statuses offered, in order (none: the account may not change it).
    QList<core::ProblemStatus> offered() const;
    /// Writes the change; false (and the reason shown) when the store refused it.
    bool apply();

    void accept() override;

private:
    void updateReason();

    core::Store& m_store;
    std::string m_problemId;
    core::triage::StatusActor m_actor;
    QComboBox* m_status = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QComboBox* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

/// The statuses `actor` may move a problem in `from` to.
QList<core::ProblemStatus> statusesOffered(core::triage::StatusActor actor, core::ProblemStatus from);

} // namespace balgul::ui
