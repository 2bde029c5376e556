#pragma once

#include "core/pilots/pilot.h"

#include <QWidget>

#include <array>
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
/// "Open a voting round…" for a coordinator. Widgets for tests: pilotsNew, pilotsNewRound,
/// pilotsColumn<phase> (e.g. pilotsColumnrunning).
class PilotsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PilotsPanel(core::Store& store, QWidget* parent = nullptr);
    ~PilotsPanel() override;

    void refresh();
    /// Whether "New pilot…" is offered (a coordinator's account, or no hub account).
    void setCanCreate(bool canCreate);
    /// Whether "Open a voting round…" is offered (a coordinator's account, or no hub account).
    void setCanOpenRound(bool canOpen);
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

protected:
    void changeEvent(QEvent* event) override;

private:
    void onStoreChange(const core::StoreChange& change);
    void retranslate();
    void fill();

    core::Store& m_store;
    int m_listener = 0;
    std::vector<core::pilots::Pilot> m_pilots;
    std::array<QLabel*, core::pilots::kPilotPhaseCount> m_headers{};
    std::array<QListWidget*, core::pilots::kPilotPhaseCount> m_columns{};
    QPushButton* m_new = nullptr;
    QPushButton* m_newRound = nullptr;
    QLabel* m_empty = nullptr;
    bool m_refreshQueued = false;
};

} // namespace balgul::ui
