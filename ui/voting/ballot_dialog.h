#pragma once

#include "core/voting/round_json.h"

#include <QDialog>

#include <vector>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace balgul::ui {

/// Filling in a ballot for a round, by its ballot type: one radio button per pilot (choose one),
/// check boxes (approval, with its least and most), spin boxes with the points left (cumulative),
/// or check boxes with a budget bar that fills with the chosen cost (budget approval), where a pilot
/// that would not fit the money left is disabled with the reason beside it. Every change is checked
/// with core::voting::checkBallot: "Cast ballot" is enabled only when the ballot keeps the rules,
/// and a line says what is wrong otherwise. Enter casts.
/// Widgets for tests: ballotChoice<index> (a QRadioButton, QCheckBox or QSpinBox, in the round's
/// project order), ballotNote<index>, ballotBudgetBar, ballotProblem, ballotLimits, ballotCast.
class BallotDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BallotDialog(const core::voting::RoundInfo& info, QWidget* parent = nullptr);

    /// Starts from an earlier ballot (changing one's ballot).
    void setBallot(const core::voting::Ballot& ballot);
    /// The ballot as filled in, in the round's project order.
    core::voting::Ballot ballot() const;
    QString roundId() const;
    /// What checkBallot says, as shown (empty: the ballot may be cast).
    QStringList problemTexts() const { return m_problems; }
    bool canCast() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void update();
    void retranslate();
    std::int64_t costLimit() const;

    core::voting::RoundInfo m_info;
    std::vector<QAbstractButton*> m_buttons; ///< radio or check buttons, by project
    std::vector<QSpinBox*> m_spins;          ///< cumulative ballots, by project
    std::vector<QLabel*> m_notes;            ///< beside each: cost, or why it does not fit
    QButtonGroup* m_group = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_limits = nullptr;
    QLabel* m_left = nullptr;
    QProgressBar* m_budgetBar = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_cast = nullptr;
    QPushButton* m_cancel = nullptr;
    QStringList m_problems;
};

} // namespace balgul::ui
