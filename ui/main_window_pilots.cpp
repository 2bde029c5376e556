// MainWindow: pilots — the board (a dock), their zones on the map, the editor with the zone tool on
// the map, and the detail with the evaluation (docs/architecture.md "Pilots").

#include "ui/main_window.h"

#include "core/store/store.h"
#include "core/sync/account.h"
#include "ui/map/map_view.h"
#include "ui/pilots/pilot_detail.h"
#include "ui/pilots/pilot_editor.h"
#include "ui/pilots/pilots_panel.h"
#include "ui/pilots/zone_edit_tool.h"
#include "ui/pilots/zone_layer.h"
#include "ui/qt_convert.h"

#include <QAction>
#include <QDockWidget>
#include <QGeoRectangle>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace balgul::ui {

void MainWindow::createPilotParts()
{
    m_pilotsPanel = new PilotsPanel(m_store, this);
    m_pilotsDock = new QDockWidget(tr("Pilots"), this);
    m_pilotsDock->setObjectName(QStringLiteral("pilotsDock"));
    m_pilotsDock->setWidget(m_pilotsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_pilotsDock);
    if (m_sensorDock)
        tabifyDockWidget(m_sensorDock, m_pilotsDock);
    m_pilotsDock->hide();
    // Shown from the menu, the board comes to the front of the tabs it shares.
    connect(m_pilotsDock->toggleViewAction(), &QAction::triggered, this, [this](bool on) {
        if (on)
            m_pilotsDock->raise();
    });

    m_zoneLayer = new ZoneLayer(m_map, this);
    m_zoneTool = new ZoneEditTool(this);
    m_undoGroup->addStack(m_zoneTool->undoStack());
    m_zonesAction = new QAction(tr("Pilot &Zones"), this);
    m_zonesAction->setObjectName(QStringLiteral("actionPilotZones"));
    m_zonesAction->setCheckable(true);
    m_zonesAction->setChecked(true);
    m_zonesAction->setStatusTip(tr("Show the pilots' zones on the map, coloured by phase"));
    connect(m_zonesAction, &QAction::toggled, m_zoneLayer, &ZoneLayer::setVisible);
    m_newPilotAction = new QAction(tr("&New Pilot…"), this);
    m_newPilotAction->setObjectName(QStringLiteral("actionNewPilot"));
    m_newPilotAction->setStatusTip(tr("Make a pilot from the selected problem: a zone, dates and goals"));
    connect(m_newPilotAction, &QAction::triggered, this, &MainWindow::newPilot);

    connect(m_pilotsPanel, &PilotsPanel::newPilotRequested, this, &MainWindow::newPilot);
    connect(m_pilotsPanel, &PilotsPanel::pilotSelected, this, [this](const QString& id) {
        m_zoneLayer->setSelectedPilot(id);
        showPilotOnMap(id);
    });
    connect(m_pilotsPanel, &PilotsPanel::pilotOpened, this, &MainWindow::openPilot);
    connect(m_zoneLayer, &ZoneLayer::pilotActivated, this, [this](const QString& id) {
        m_pilotsPanel->setSelectedPilot(id);
        m_zoneLayer->setSelectedPilot(id);
        openPilot(id);
    });
    m_pilotListener = m_store.addListener([this](const core::StoreChange& change) {
        if (change.kind == core::StoreChange::Kind::PilotsChanged ||
            change.kind == core::StoreChange::Kind::Reset)
            reloadZones();
    });
    reloadZones();
    updatePilotRights();
}

PilotEditor* MainWindow::pilotEditor() const
{
    return m_pilotEditor.data();
}

PilotDetail* MainWindow::pilotDetail() const
{
    return m_pilotDetail.data();
}

void MainWindow::closePilotWindows()
{
    if (m_pilotEditor) {
        disconnect(m_pilotEditor, nullptr, this, nullptr);
        delete m_pilotEditor.data();
    }
    delete m_pilotDetail.data();
    if (m_map)
        m_map->setTool(nullptr);
}

void MainWindow::reloadZones()
{
    m_zoneLayer->setPilots(m_store.pilots());
}

void MainWindow::updatePilotRights()
{
    const auto account = core::sync::hubAccount(m_store);
    const bool manage = !account.known() || account.isStaff();
    m_pilotsPanel->setCanCreate(manage);
    m_newPilotAction->setVisible(manage);
    if (m_pilotDetail)
        m_pilotDetail->setCanManage(manage);
}

void MainWindow::newPilot()
{
    std::vector<std::string> problems;
    if (m_selected != 0)
        if (const auto p = m_store.problemByRowid(m_selected))
            problems.push_back(p->id);
    if (!m_pilotEditor) {
        m_pilotEditor = new PilotEditor(m_store, this);
        m_pilotEditor->setAttribute(Qt::WA_DeleteOnClose);
        m_pilotEditor->addAction(m_undoAction);
        m_pilotEditor->addAction(m_redoAction);
        connect(m_pilotEditor, &PilotEditor::drawZoneToggled, this, &MainWindow::drawZone);
        connect(m_pilotEditor, &PilotEditor::addSelectedProblemRequested, this, [this] {
            if (m_selected != 0)
                if (const auto p = m_store.problemByRowid(m_selected))
                    m_pilotEditor->addProblem(p->id);
        });
        connect(m_pilotEditor, &PilotEditor::saved, this, [this](const QString& id) {
            showMessage(tr("Pilot saved; it goes to the hub with the next sync."), false);
            m_pilotsDock->show();
            m_pilotsDock->raise();
            m_pilotsPanel->refresh();
            m_pilotsPanel->setSelectedPilot(id);
            m_zoneLayer->setSelectedPilot(id);
        });
        connect(m_pilotEditor, &QObject::destroyed, this, [this] { drawZone(false); });
    }
    m_pilotEditor->startNew(problems);
    if (!m_pilotEditor->isVisible()) {
        // Beside the map, over the details: the map stays free for drawing the zone.
        const QRect frame = geometry();
        const QSize size = m_pilotEditor->size().boundedTo(frame.size());
        m_pilotEditor->resize(size);
        m_pilotEditor->move(frame.right() - size.width(), frame.top() + (frame.height() - size.height()) / 2);
    }
    m_pilotEditor->show();
    m_pilotEditor->raise();
}

void MainWindow::editPilot(const QString& pilotId)
{
    const auto pilot = m_store.pilot(toStd(pilotId));
    if (!pilot)
        return;
    newPilot();
    m_pilotEditor->startEdit(*pilot);
}

void MainWindow::drawZone(bool on)
{
    if (!m_zoneTool)
        return;
    if (on && m_pilotEditor) {
        m_zoneTool->setZone(m_pilotEditor->zone());
        m_zoneTool->undoStack()->clear();
        disconnect(m_zoneTool, nullptr, m_pilotEditor, nullptr);
        connect(m_zoneTool, &ZoneEditTool::zoneChanged, m_pilotEditor,
                [this] { m_pilotEditor->setZone(m_zoneTool->zone()); });
        connect(m_zoneTool, &ZoneEditTool::validityChanged, m_pilotEditor, &PilotEditor::setZoneValidity);
        m_map->setTool(m_zoneTool);
        m_undoGroup->setActiveStack(m_zoneTool->undoStack());
        m_zoneLayer->setSelectedPilot(m_pilotEditor->pilotId());
        statusBar()->showMessage(tr("Drawing the zone: click to add vertices; Ctrl+Z undoes."), 8000);
        m_map->setFocus();
        return;
    }
    if (m_map->tool() == m_zoneTool)
        m_map->setTool(nullptr);
    m_undoGroup->setActiveStack(m_undoStack);
}

void MainWindow::openPilot(const QString& pilotId)
{
    if (!m_pilotDetail) {
        m_pilotDetail = new PilotDetail(m_store, this);
        m_pilotDetail->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_pilotDetail, &PilotDetail::editRequested, this, &MainWindow::editPilot);
        connect(m_pilotDetail, &PilotDetail::showOnMapRequested, this, &MainWindow::showPilotOnMap);
        connect(m_pilotDetail, &PilotDetail::problemActivated, this, &MainWindow::selectProblem);
    }
    updatePilotRights();
    m_pilotDetail->showPilot(pilotId);
    m_pilotDetail->show();
    m_pilotDetail->raise();
}

void MainWindow::showPilotOnMap(const QString& pilotId)
{
    const auto pilot = m_store.pilot(toStd(pilotId));
    const auto box = pilot ? core::pilots::zoneBounds(pilot->fields.zone) : std::nullopt;
    if (!box)
        return;
    m_zoneLayer->setSelectedPilot(pilotId);
    m_map->fitTo(QGeoRectangle(QGeoCoordinate(box->second.lat, box->first.lon),
                               QGeoCoordinate(box->first.lat, box->second.lon)));
}

} // namespace balgul::ui
