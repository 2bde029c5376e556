// The "Sensors" dock: the sensor panel below the map.

#include "ui/main_window.h"
#include "ui/sensor/sensor_panel.h"
#include "ui/sensor/sensor_series_model.h"

#include <QDockWidget>

#include <algorithm>

namespace balgul::ui {

void MainWindow::createSensorDock()
{
    m_sensorPanel = new SensorPanel(m_store, this);
    m_sensorDock = new QDockWidget(tr("Sensors"), this);
    m_sensorDock->setObjectName(QStringLiteral("sensorDock"));
    m_sensorDock->setWidget(m_sensorPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_sensorDock);

    connect(m_sensorPanel, &SensorPanel::attachEvidenceRequested, this, &MainWindow::attachEvidence);
    connect(m_sensorPanel, &SensorPanel::importRequested, this, &MainWindow::chooseSensorFile);
    connect(m_sensorPanel, &SensorPanel::errorOccurred, this,
            [this](const QString& message) { showMessage(message, true); });
    connect(this, &MainWindow::sensorDataChanged, m_sensorPanel, &SensorPanel::reload);
}

int MainWindow::sensorDockHeight() const
{
    // Room for a chart when there are readings; just the hint to import a file when there are none.
    if (m_sensorPanel->seriesModel()->seriesCount() == 0)
        return std::min(std::max(m_sensorPanel->sizeHint().height(), 120), std::max(height() / 4, 80));
    // A chart needs some 260 pixels to be read; on a low window it still leaves the map more.
    return std::max(height() * 32 / 100, std::min(260, height() * 40 / 100));
}

} // namespace balgul::ui
