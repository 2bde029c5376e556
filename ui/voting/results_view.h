#pragma once

#include "core/voting/local_round.h"
#include "core/voting/tally.h"

#include <QWidget>

#include <optional>
#include <string>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace balgul::ui {

/// A closed round's published results: per pilot its score, cost, whether it was selected and why
/// in words; what the other rules would have selected from the same ballots; and the two checks
/// anyone can run — "Verify my ballot" (this profile's counted receipt is in the list with the
/// choices it cast, and its Merkle proof holds) and "Verify the tally" (the root and the tally
/// follow from the published ballots) — with what checking proves and what it does not.
/// Widgets for tests: resultsSummary, resultsTable, resultsComparison, resultsVerifyBallot,
/// resultsVerifyTally, resultsCheck, resultsLimits.
class ResultsView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsView(QWidget* parent = nullptr);

    /// Shows a published answer (the hub's JSON); false, with a sentence shown, when it cannot be read.
    bool setResults(const std::string& json);
    /// This profile's ballot in the round, for "Verify my ballot" (none: the button is disabled).
    void setMyBallot(const std::optional<core::voting::MyBallot>& ballot);
    /// What the buttons do; the sentence is also shown.
    QString verifyMyBallot();
    QString verifyTally();
    /// Whether the last check said it held.
    bool lastCheckHeld() const { return m_lastHeld; }

    /// As shown, in the rule's order (for tests).
    QStringList reasonTexts() const;
    QStringList selectedNames() const;
    QStringList comparisonTexts() const { return m_comparison; }
    const std::optional<core::voting::PublishedResults>& published() const { return m_published; }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void fill();
    void fitTable();
    void showCheck(const QString& text, bool held);

    std::optional<core::voting::PublishedResults> m_published;
    std::optional<core::voting::MyBallot> m_myBallot;
    std::vector<core::voting::Ballot> m_ballots; ///< the published ones, read
    core::voting::Tally m_tally;                 ///< recomputed from them, for the reasons
    std::vector<core::voting::RuleDifference> m_differences;
    QString m_readError;
    QStringList m_comparison;
    bool m_lastHeld = false;
    bool m_checked = false;
    bool m_fitQueued = false;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_comparisonHeading = nullptr;
    QLabel* m_comparisonLabel = nullptr;
    QPushButton* m_verifyBallot = nullptr;
    QPushButton* m_verifyTally = nullptr;
    QLabel* m_check = nullptr;
    QLabel* m_limits = nullptr;
};

} // namespace balgul::ui
