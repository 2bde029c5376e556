// The map without a network (a banner offering the plain map or a map pack) and "My Position".
#include "ui/main_window.h"

#include "ui/dialog_folders.h"
#include "ui/map/map_view.h"
#include "ui/map/offline_map_banner.h"
#include "ui/settings.h"

#include <QAction>
#include <QFileDialog>
#include <QProgressBar>
#include <QStatusBar>
#include <QVBoxLayout>

namespace balgul::ui {

void MainWindow::createBasemapParts()
{
    m_offlineBanner = new OfflineMapBanner(centralWidget());
    if (auto* column = qobject_cast<QVBoxLayout*>(centralWidget()->layout()))
        column->insertWidget(column->indexOf(m_map), m_offlineBanner);
    connect(m_offlineBanner, &OfflineMapBanner::plainMapRequested, this, &MainWindow::usePlainMap);
    connect(m_offlineBanner, &OfflineMapBanner::mapPackRequested, this, &MainWindow::chooseMapPack);

    // "My Position" can take a while: say that it is looking, and when it gives up.
    connect(m_map, &MapView::positionSearchStarted, this, [this] {
        m_myPositionAction->setEnabled(false);
        m_progress->show();
        statusBar()->showMessage(tr("Looking for your position…"));
    });
    auto finished = [this] {
        m_myPositionAction->setEnabled(true);
        m_progress->setVisible(m_busy);
        statusBar()->clearMessage();
    };
    connect(m_map, &MapView::positionFound, this, finished);
    connect(m_map, &MapView::positionUnavailable, this, finished);
}

void MainWindow::onTilesUnreachable(const QString& host)
{
    if (std::exchange(m_offlineNoticeShown, true))
        return; // said once a session is enough
    m_offlineBanner->showFor(host);
}

void MainWindow::usePlainMap()
{
    m_settings.setTileKind(QStringLiteral("none"));
    m_settings.sync();
    m_tileKindOverride.clear();
    m_tileSourceOverride.clear();
    applyTileSettings();
    showMessage(tr("The map is drawn without tiles now. Settings ▸ Preferences brings the online map back."),
                false);
}

void MainWindow::chooseMapPack()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose an offline map"),
                                                      dialog_folders::start(QStringLiteral("mbtiles")),
                                                      tr("MBTiles map files (*.mbtiles);;All files (*)"));
    if (path.isEmpty())
        return;
    dialog_folders::remember(QStringLiteral("mbtiles"), path);
    m_settings.setTileKind(QStringLiteral("mbtiles"));
    m_settings.setMbtilesPath(path);
    m_settings.sync();
    m_tileKindOverride.clear();
    m_tileSourceOverride.clear();
    applyTileSettings();
}

} // namespace balgul::ui
