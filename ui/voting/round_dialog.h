#pragma once

#include "core/voting/local_round.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace balgul::core {
class Store;
}

namespace balgul::ui {

/// A coordinator opens a voting round: the pilots in the voting phase it decides between, the
/// ballot type and its limits, the rule, the budget, the minimum score (greedy with a minimum), and
/// when it opens and closes. Says what is missing or contradictory as it is filled in; "Open round"
/// makes it with Store::createRound (it goes to the hub with the next sync).
/// Widgets for tests: roundTitle, roundDescription, roundPilots (checkable items), roundBallotType,
/// roundMinChoices, roundMaxChoices, roundMaxPoints, roundMaxPerPilot, roundRule, roundBudget,
/// roundMinScore, roundOpens, roundCloses, roundMessage, roundCreate.
class RoundDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RoundDialog(core::Store& store, QWidget* parent = nullptr);

    /// Ticks these pilots (those in the voting phase).
    void setPilots(const QStringList& pilotIds);
    /// The round as filled in.
    core::voting::RoundDraft draft() const;
    /// What is wrong with it, in words (empty: it may be opened).
    QString problem() const;
    /// What "Open round" does; false with the reason shown.
    bool create();

signals:
    void created(const QString& roundId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void update();
    std::int64_t chosenCost() const;

    core::Store& m_store;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QListWidget* m_pilots = nullptr;
    QComboBox* m_type = nullptr;
    QSpinBox* m_minChoices = nullptr;
    QSpinBox* m_maxChoices = nullptr;
    QSpinBox* m_maxPoints = nullptr;
    QSpinBox* m_maxPerPilot = nullptr;
    QComboBox* m_rule = nullptr;
    QDoubleSpinBox* m_budget = nullptr;
    QLabel* m_budgetHint = nullptr;
    QSpinBox* m_minScore = nullptr;
    QComboBox* m_voters = nullptr; ///< every resident, or one invite's accounts
    QLineEdit* m_invite = nullptr; ///< the invite's id
    QDateTimeEdit* m_opens = nullptr;
    QDateTimeEdit* m_closes = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_labels[14] = {};
};

} // namespace balgul::ui
