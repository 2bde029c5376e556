// MainWindow: voting on pilots — the Voting dock with the rounds and their results, the ballot
// dialog, and the dialog a coordinator opens a round with (docs/voting.md).

#include "ui/main_window.h"

#include "core/store/store.h"
#include "core/sync/account.h"
#include "ui/error_text.h"
#include "ui/pilots/pilots_panel.h"
#include "ui/qt_convert.h"
#include "ui/sync/hub_error_text.h"
#include "ui/voting/ballot_dialog.h"
#include "ui/voting/round_dialog.h"
#include "ui/voting/voting_panel.h"
#include "ui/voting/voting_strings.h"

#include <QAction>
#include <QDockWidget>
#include <QMessageBox>

namespace balgul::ui {

void MainWindow::createVotingParts()
{
    m_votingPanel = new VotingPanel(m_store, this);
    m_votingDock = new QDockWidget(tr("Voting"), this);
    m_votingDock->setObjectName(QStringLiteral("votingDock"));
    m_votingDock->setWidget(m_votingPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_votingDock);
    if (m_pilotsDock)
        tabifyDockWidget(m_pilotsDock, m_votingDock);
    m_votingDock->hide();
    connect(m_votingDock->toggleViewAction(), &QAction::triggered, this, [this](bool on) {
        if (on)
            raiseVotingDock();
    });

    m_newRoundAction = new QAction(tr("Open a &Voting Round…"), this);
    m_newRoundAction->setObjectName(QStringLiteral("actionNewRound"));
    m_newRoundAction->setStatusTip(tr("Let residents choose between the pilots in the voting phase"));
    connect(m_newRoundAction, &QAction::triggered, this, &MainWindow::openRoundDialog);

    connect(m_votingPanel, &VotingPanel::newRoundRequested, this, &MainWindow::openRoundDialog);
    connect(m_votingPanel, &VotingPanel::voteRequested, this, &MainWindow::voteInRound);
    connect(m_votingPanel, &VotingPanel::closeRoundRequested, this, &MainWindow::closeRoundNow);
    connect(m_votingPanel, &VotingPanel::showPilotOnMapRequested, this, &MainWindow::showPilotOnMap);
    if (m_pilotsPanel) {
        connect(m_pilotsPanel, &PilotsPanel::newRoundRequested, this, &MainWindow::openRoundDialog);
        connect(m_pilotsPanel, &PilotsPanel::closeRoundRequested, this, &MainWindow::closeRoundNow);
    }
    updateVotingRights();
}

BallotDialog* MainWindow::ballotDialog() const
{
    return m_ballotDialog.data();
}

RoundDialog* MainWindow::roundDialog() const
{
    return m_roundDialog.data();
}

void MainWindow::updateVotingRights()
{
    if (!m_votingPanel)
        return;
    const auto account = core::sync::hubAccount(m_store);
    const bool manage = !account.known() || account.isStaff();
    m_votingPanel->setCanManage(manage);
    m_newRoundAction->setVisible(manage);
    if (m_pilotsPanel)
        m_pilotsPanel->setCanOpenRound(manage);
}

void MainWindow::raiseVotingDock()
{
    m_votingDock->show();
    m_votingDock->raise();
    // A round and its results need more room than the low bottom docks have at first.
    const int tall = height() * 9 / 20;
    if (dockWidgetArea(m_votingDock) == Qt::BottomDockWidgetArea && !m_votingDock->isFloating() &&
        m_votingDock->height() < tall)
        resizeDocks({m_votingDock}, {tall}, Qt::Vertical);
}

void MainWindow::showRound(const QString& roundId)
{
    raiseVotingDock();
    m_votingPanel->refresh();
    m_votingPanel->setSelectedRound(roundId);
}

void MainWindow::openRoundDialog()
{
    if (!m_roundDialog) {
        m_roundDialog = new RoundDialog(m_store, this);
        m_roundDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_roundDialog->setWindowModality(Qt::WindowModal);
        connect(m_roundDialog, &RoundDialog::created, this, [this](const QString& id) {
            showMessage(tr("The round is made; it goes to the hub with the next sync."), false);
            showRound(id);
        });
    }
    m_roundDialog->open();
    m_roundDialog->raise();
}

void MainWindow::voteInRound(const QString& roundId)
{
    const auto round = m_store.round(toStd(roundId));
    if (!round)
        return;
    if (round->stateAt(core::now()) != core::voting::RoundState::Open) {
        showMessage(round->stateAt(core::now()) == core::voting::RoundState::Closed
                        ? hubErrorText("round_closed")
                        : hubErrorText("round_not_open"),
                    true);
        return;
    }
    delete m_ballotDialog.data();
    m_ballotDialog = new BallotDialog(round->info, this);
    m_ballotDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_ballotDialog->setWindowModality(Qt::WindowModal);
    if (const auto mine = m_store.myBallot(round->info.id))
        m_ballotDialog->setBallot(mine->ballot);
    BallotDialog* dialog = m_ballotDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { castFromDialog(dialog); });
    dialog->open();
}

void MainWindow::castFromDialog(BallotDialog* dialog)
{
    const QString roundId = dialog->roundId();
    auto cast = m_store.castBallot(toStd(roundId), dialog->ballot());
    if (!cast) {
        const auto& error = cast.error();
        const bool voting = error.code == "invalid_ballot" || error.code == "round_closed" ||
                            error.code == "round_not_open" || error.code == "not_eligible";
        showMessage(voting ? hubErrorText(error.code) : describeError(error), true);
        return;
    }
    showMessage(tr("Your ballot is cast; it goes to the hub with the next sync. Receipt: %1")
                    .arg(shortReceipt(cast->receipt)),
                false);
    showRound(roundId);
}

void MainWindow::closeRoundNow(const QString& requested)
{
    // A copy: closing tells the store's listeners, and the panel that asked may drop the string it
    // passed (the pilots board rebuilds its list of open rounds).
    const QString roundId = requested;
    const auto round = m_store.round(toStd(roundId));
    if (!round)
        return;
    const QString question =
        tr("Close “%1” now? No more ballots are taken, and the results are published once the hub has "
           "the change.")
            .arg(toQ(round->info.title));
    const QString title = tr("Close Round");
    const bool yes = m_confirm
                         ? m_confirm(title, question)
                         : QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                                 QMessageBox::No) == QMessageBox::Yes;
    if (!yes)
        return;
    if (const auto closed = m_store.closeRound(toStd(roundId)); !closed) {
        showMessage(closed.error().code == "round_closed" ? hubErrorText("round_closed")
                                                          : describeError(closed.error()),
                    true);
        return;
    }
    showMessage(tr("The round is closed here; the hub closes it with the next sync."), false);
    showRound(roundId);
}

} // namespace balgul::ui
