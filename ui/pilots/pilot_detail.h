#pragma once

#include "core/pilots/evaluation.h"
#include "core/pilots/pilot.h"

#include <QDialog>

#include <cstdint>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace balgul::core {
class Store;
}

namespace balgul::ui {

/// A pilot in full: phase, dates, cost and who made it; description and hypothesis; the problems it
/// was made from (a double click shows one); each goal with its evaluation from the sensor evidence
/// — a chart of the zone and outside, before and during, and the sentence — for a running or
/// evaluated pilot; the history of its phases. A coordinator edits it and moves its phase.
/// Residents join and leave as testers and a tester adds dated feedback with an optional rating.
/// Widgets for tests: pilotDetailTitle, pilotDetailProblems, pilotDetailGoals, pilotDetailHistory,
/// pilotDetailEdit, pilotDetailPhase, pilotDetailJoin, pilotDetailFeedback.
class PilotDetail : public QDialog
{
    Q_OBJECT

public:
    explicit PilotDetail(core::Store& store, QWidget* parent = nullptr);

    void showPilot(const QString& pilotId);
    QString pilotId() const { return m_pilotId; }
    void setCanManage(bool canManage);
    /// Moves the pilot's phase with a note (what "Move to…" does once asked); false with the
    /// reason shown when it cannot.
    bool movePhase(core::pilots::PilotPhase to, const QString& note);
    /// Joins or leaves the pilot as a tester; false with the reason shown.
    bool setTester(bool tester);
    /// Adds the user's feedback (what "Add feedback" does); false with the reason shown.
    bool addFeedback(const QString& text, std::optional<int> rating);
    /// The sentence shown for each goal, in order (for tests).
    QStringList evaluationTexts() const;
    /// An evaluation in the user's language; never a figure without enough data.
    static QString evaluationText(const core::pilots::Goal& goal, const core::pilots::Evaluation& evaluation);

signals:
    void editRequested(const QString& pilotId);
    void showOnMapRequested(const QString& pilotId);
    void problemActivated(std::int64_t rowid);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslate();
    void askPhase(core::pilots::PilotPhase to);

    core::Store& m_store;
    QString m_pilotId;
    bool m_canManage = true;
    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_text = nullptr;
    QListWidget* m_problems = nullptr;
    QWidget* m_goals = nullptr;
    QVBoxLayout* m_goalsLayout = nullptr;
    QListWidget* m_history = nullptr;
    QLabel* m_testersLabel = nullptr;
    QLabel* m_testers = nullptr;
    QPushButton* m_join = nullptr;
    QListWidget* m_feedback = nullptr;
    QLineEdit* m_feedbackText = nullptr;
    QComboBox* m_rating = nullptr;
    QPushButton* m_addFeedback = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_problemsLabel = nullptr;
    QLabel* m_goalsLabel = nullptr;
    QLabel* m_historyLabel = nullptr;
    QPushButton* m_edit = nullptr;
    QToolButton* m_phase = nullptr;
    QPushButton* m_showOnMap = nullptr;
    QPushButton* m_close = nullptr;
    QStringList m_evaluationTexts;
};

} // namespace balgul::ui
