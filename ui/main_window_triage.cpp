// MainWindow: the coordinator's triage queue, as a dock with its counts in the status bar.

#include "ui/main_window.h"
#include "ui/triage/triage_panel.h"

#include "core/store/store.h"
#include "core/sync/account.h"

#include <QDockWidget>
#include <QLabel>
#include <QStatusBar>

namespace balgul::ui {

void MainWindow::createTriageDock()
{
    // Read only for a coordinator (updateTriageVisibility): at a million problems a read costs.
    m_triagePanel = new TriagePanel(m_store, this, false);
    m_triageDock = new QDockWidget(tr("Triage"), this);
    m_triageDock->setObjectName(QStringLiteral("triageDock"));
    m_triageDock->setWidget(m_triagePanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_triageDock);
    tabifyDockWidget(m_listDock, m_triageDock);
    m_listDock->raise();
    m_triageLabel = new QLabel(this);
    m_triageLabel->setObjectName(QStringLiteral("triageCountLabel"));
    statusBar()->addPermanentWidget(m_triageLabel);
    const auto counts = [this] { m_triageLabel->setText(m_triagePanel->countsText()); };
    connect(m_triagePanel, &TriagePanel::countsChanged, this, counts);
    connect(m_triagePanel, &TriagePanel::problemSelected, this, &MainWindow::selectProblem);
    connect(m_triagePanel, &TriagePanel::errorOccurred, this,
            [this](const QString& text) { showMessage(text, true); });
    counts();
    m_triageDock->hide();
    m_triageLabel->hide();
    updateTriageVisibility();
}

void MainWindow::updateTriageVisibility()
{
    if (!m_triageDock)
        return;
    const bool staff = core::sync::hubAccount(m_store).isStaff();
    m_triagePanel->setActive(staff);
    m_triageDock->toggleViewAction()->setVisible(staff);
    m_triageLabel->setVisible(staff);
    if (staff && !m_triageWasStaff) {
        m_triageDock->show();
    } else if (!staff) {
        m_triageDock->hide();
    }
    m_triageWasStaff = staff;
}

} // namespace balgul::ui
