// Sensor stations on the map (View ▸ Sensor Stations, with the grade legend) and sensor evidence
// attached to problems through the undo stack.
#include "ui/main_window.h"

#include "core/sensor/station_status.h"
#include "core/store/store.h"
#include "ui/map/grade_legend.h"
#include "ui/map/map_view.h"
#include "ui/map/station_layer.h"
#include "ui/panels/evidence_card.h"
#include "ui/panels/problem_detail_panel.h"
#include "ui/qt_convert.h"
#include "ui/sensor/attach_evidence_dialog.h"
#include "ui/sensor/grade_colors.h"
#include "ui/sensor/sensor_panel.h"
#include "ui/sensor/station_actions.h"
#include "ui/undo/evidence_commands.h"

#include <QAction>
#include <QDockWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace balgul::ui {

void MainWindow::createStationParts()
{
    m_stationLayer = new StationLayer(m_map, this);
    m_gradeLegend = new GradeLegend(m_map);
    m_gradeLegend->hide();
    m_stationsAction = new QAction(tr("Sensor &Stations"), this);
    m_stationsAction->setObjectName(QStringLiteral("actionSensorStations"));
    m_stationsAction->setCheckable(true);
    m_stationsAction->setChecked(true);
    m_stationsAction->setStatusTip(tr("Show air-quality stations on the map, coloured by their 24 h grade"));
    connect(m_stationsAction, &QAction::toggled, this, &MainWindow::updateStationsShown);
    connect(m_stationLayer, &StationLayer::stationActivated, this, [this](std::int64_t deviceId) {
        if (const auto* station = m_stationLayer->station(deviceId)) {
            const QString name = station->name.empty()
                                     ? toQ(station->source) + u' ' + toQ(station->externalId)
                                     : toQ(station->name);
            statusBar()->showMessage(tr("%1: %2").arg(name, gradeName(station->grade)), 6000);
            // Its readings in the sensor panel, when the window has one.
            if (m_sensorPanel && m_sensorDock && m_sensorPanel->showSeries(station->gradedSeries())) {
                m_sensorDock->show();
                m_sensorDock->raise();
            }
        }
    });
    connect(this, &MainWindow::sensorDataChanged, this, &MainWindow::reloadStations);
    // Sharing and subscribing through the hub: what changed is read again like after an import.
    m_stationActions = new StationActions(m_store, *m_sync, this);
    m_stationActions->setTileSourceMaker([this] {
        QString ignored;
        return makeTileSource(&ignored);
    });
    connect(m_stationActions, &StationActions::stationsChanged, this, &MainWindow::sensorDataChanged);
    connect(m_stationActions, &StationActions::message, this, &MainWindow::showMessage);
    m_detailPanel->evidenceList()->setUndoStack(m_undoStack,
                                                [this](const core::Error& e) { reportCommandError(e); });
    reloadStations();
}

void MainWindow::reloadStations()
{
    const std::int64_t nowSeconds = core::toUnixMs(core::now()) / 1000;
    m_stationLayer->setStations(core::sensor::stationStatuses(m_store.database(), nowSeconds));
    updateStationsShown();
}

void MainWindow::updateStationsShown()
{
    const bool shown = m_stationsAction->isChecked();
    m_stationLayer->setVisible(shown);
    m_gradeLegend->setVisible(shown && !m_stationLayer->stations().empty());
}

AttachEvidenceDialog* MainWindow::attachEvidenceDialog() const
{
    return m_attachEvidence.data();
}

void MainWindow::attachEvidence(std::int64_t seriesId, std::int64_t from, std::int64_t to)
{
    if (m_attachEvidence) {
        m_attachEvidence->raise();
        m_attachEvidence->activateWindow();
        return;
    }
    auto* dialog = new AttachEvidenceDialog(m_store, seriesId, from, to, m_selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this,
            [this, dialog](int result) { finishAttachEvidence(dialog, result); });
    m_attachEvidence = dialog;
    dialog->open();
}

void MainWindow::finishAttachEvidence(AttachEvidenceDialog* dialog, int result)
{
    m_attachEvidence = nullptr;
    if (result != QDialog::Accepted || !dialog->canAttach())
        return;
    auto* command = new AttachEvidenceCommand(m_store, dialog->problemId(), dialog->seriesId(),
                                              dialog->from(), dialog->to(), toStd(dialog->label()),
                                              [this](const core::Error& e) { reportCommandError(e); });
    m_undoStack->push(command);
    // A failed first redo made the command obsolete and the stack deleted it.
    const bool attached =
        m_undoStack->index() > 0 && m_undoStack->command(m_undoStack->index() - 1) == command;
    const auto problem = m_store.problem(dialog->problemId());
    if (attached && problem) {
        selectProblem(problem->rowid);
        showMessage(tr("The sensor evidence is attached to “%1”.").arg(toQ(problem->title)), false);
    }
}

} // namespace balgul::ui
