#pragma once

#include "core/voting/local_round.h"

#include <QWidget>

class QScrollArea;

#include <optional>
#include <vector>

class QGridLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace balgul::core {
class Store;
struct StoreChange;
} // namespace balgul::core

namespace balgul::ui {

class ResultsView;

/// The voting rounds (the "Voting" dock): the rounds newest first, each with its state by this
/// computer's clock, when it closes and where this profile's ballot stands; the selected one in
/// full — its rules in words, its candidates (with "Show on map" and how many problems each links),
/// this profile's ballot and receipt, "Vote…" / "Change my ballot…" while it is open, "Close round
/// now" for a coordinator — and, once closed and its results are here, the results with their checks.
/// Follows the store, reading once per burst of changes.
/// Widgets for tests: votingRounds, votingNewRound, roundViewTitle, roundViewRules,
/// roundViewCandidates, roundViewBallot, roundViewReceipt, roundViewCopyReceipt, roundViewVote,
/// roundViewClose, roundViewResultsNote; resultsView().
class VotingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit VotingPanel(core::Store& store, QWidget* parent = nullptr);
    ~VotingPanel() override;

    void refresh();
    /// Whether a coordinator's actions are offered (open a round, close one now).
    void setCanManage(bool canManage);
    void setSelectedRound(const QString& roundId);
    QString selectedRound() const { return m_roundId; }
    const std::vector<core::voting::LocalRound>& rounds() const { return m_rounds; }
    QListWidget* roundList() const { return m_list; }
    ResultsView* resultsView() const { return m_results; }
    /// The line shown for a round in the list (for tests).
    QString roundLine(const QString& roundId) const;

signals:
    void voteRequested(const QString& roundId);
    void closeRoundRequested(const QString& roundId);
    void newRoundRequested();
    void showPilotOnMapRequested(const QString& pilotId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onStoreChange(const core::StoreChange& change);
    void retranslate();
    void fillList();
    void showRound();
    void fillCandidates(const core::voting::LocalRound& round);
    QString listText(const core::voting::LocalRound& round) const;
    /// The rounds' states now, in m_rounds' order.
    std::vector<core::voting::RoundState> statesNow() const;

    core::Store& m_store;
    int m_listener = 0;
    bool m_canManage = true;
    bool m_refreshQueued = false;
    QString m_roundId;
    std::vector<core::voting::LocalRound> m_rounds;
    std::string m_shownResults;                          ///< the round whose results the view holds
    std::vector<core::voting::RoundState> m_shownStates; ///< m_rounds' states when last shown
    QTimer* m_clock = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_newRound = nullptr;
    QListWidget* m_list = nullptr;
    QWidget* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_description = nullptr;
    QWidget* m_columns = nullptr;
    QLabel* m_rulesHeading = nullptr;
    QLabel* m_rules = nullptr;
    QLabel* m_candidatesHeading = nullptr;
    QWidget* m_candidates = nullptr;
    QGridLayout* m_candidatesGrid = nullptr;
    QLabel* m_ballotHeading = nullptr;
    QLabel* m_ballot = nullptr;
    QLabel* m_receipt = nullptr;
    QToolButton* m_copyReceipt = nullptr;
    QPushButton* m_vote = nullptr;
    QPushButton* m_close = nullptr;
    QLabel* m_resultsHeading = nullptr;
    QLabel* m_resultsNote = nullptr;
    ResultsView* m_results = nullptr;
    std::string m_receiptText;
};

} // namespace balgul::ui
