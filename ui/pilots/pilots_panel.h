#pragma once

#include "core/pilots/pilot.h"

#include <QWidget>

#include <array>
#include <utility>
#include <vector>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace balgul::core {
class Store;
struct StoreChange;
} // namespace balgul::core

namespace balgul::ui {

/// The pilots as a board: a column per phase (proposed, voting, selected, running, evaluated,
/// rejected), a card per pilot with its zone's thumbnail, dates and goals. A click selects a pilot
/// (and its zone on the map), a double click or Enter opens it; "New pilot…" for a coordinator.
/// Follows the store, reading once per burst of changes.
/// "Open a voting round…" and, while rounds are open, "Close the voting round…" for a coordinator
/// (a menu of the open rounds when there are several). Widgets for tests: pilotsNew,
/// pilotsNewRound, pilotsCloseRound, pilotsColumn<phase> (e.g. pilotsColumnrunning).
class PilotsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PilotsPanel(core::Store& store, QWidget* parent = nullptr);
    ~PilotsPanel() override;

    void refresh();
    /// Whether "New pilot…" is offered (a coordinator's account, or no hub account).
    void setCanCreate(bool canCreate);
    /// Whether "Open a voting round…" and "Close the voting round…" are offered (a coordinator's
    /// account, or no hub account).
    void setCanOpenRound(bool canOpen);
    /// The rounds "Close the voting round…" offers: open by this computer's clock, sent to the hub.
    const std::vector<std::pair<QString, QString>>& openRounds() const { return m_openRounds; }
    const std::vector<core::pilots::Pilot>& pilots() const { return m_pilots; }
    /// The card shown for a pilot, for tests.
    QListWidgetItem* cardOf(const QString& pilotId) const;
    void setSelectedPilot(const QString& pilotId);
    /// A pilot's zone drawn small, coloured by its phase.
    static QPixmap zoneThumbnail(const core::pilots::Pilot& pilot, int size, qreal devicePixelRatio);

signals:
    void pilotSelected(const QString& pilotId);
    void pilotOpened(const QString& pilotId);
    void newPilotRequested();
    void newRoundRequested();
    void closeRoundRequested(const QString& roundId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onStoreChange(const core::StoreChange& change);
    void retranslate();
    void fill();
    void updateCloseRound();

    core::Store& m_store;
    int m_listener = 0;
    std::vector<core::pilots::Pilot> m_pilots;
    std::array<QLabel*, core::pilots::kPilotPhaseCount> m_headers{};
    std::array<QListWidget*, core::pilots::kPilotPhaseCount> m_columns{};
    QPushButton* m_new = nullptr;
    QPushButton* m_newRound = nullptr;
    QPushButton* m_closeRound = nullptr;
    bool m_canOpenRound = true;
    std::vector<std::pair<QString, QString>> m_openRounds; ///< (id, title)
    QLabel* m_empty = nullptr;
    bool m_refreshQueued = false;
    bool m_pilotsStale = false; ///< a pilot changed since the last refresh
};

} // namespace balgul::ui
