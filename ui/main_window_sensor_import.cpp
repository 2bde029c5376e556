// Sensor files into the store: File ▸ Import Sensor File… and files dropped onto the window.
#include "ui/main_window.h"

#include "core/store/store.h"
#include "ui/dialog_folders.h"
#include "ui/qt_convert.h"
#include "ui/sensor/sensor_import_dialog.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLocale>
#include <QMimeData>
#include <QStandardPaths>
#include <QUrl>

namespace balgul::ui {

namespace {

bool isSensorFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("json") ||
           suffix == QLatin1String("txt");
}

bool isTrackFile(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("gpx"), Qt::CaseInsensitive) == 0;
}

/// The local files of a drag: sensor files first, then GPX tracks.
struct DroppedFiles
{
    QStringList sensorFiles;
    QStringList tracks;
};

DroppedFiles droppedFiles(const QMimeData* mime)
{
    DroppedFiles files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (isSensorFile(path))
            files.sensorFiles.append(path);
        else if (isTrackFile(path))
            files.tracks.append(path);
    }
    return files;
}

} // namespace

void MainWindow::createSensorImportAction()
{
    m_importSensorAction = new QAction(tr("Import &Sensor File…"), this);
    m_importSensorAction->setObjectName(QStringLiteral("actionImportSensorFile"));
    m_importSensorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importSensorAction->setStatusTip(
        tr("Bring readings of your own sensor (fine dust, noise, temperature) into Balgul as evidence"));
    const QString icon = QStringLiteral(":/balgul/icons/actions/import.svg");
    m_importSensorAction->setIcon(QFile::exists(icon) ? QIcon(icon)
                                                      : QIcon::fromTheme(QStringLiteral("document-import")));
    connect(m_importSensorAction, &QAction::triggered, this, &MainWindow::chooseSensorFile);
}

SensorImportDialog* MainWindow::sensorImportDialog() const
{
    return m_sensorImport.data();
}

void MainWindow::chooseSensorFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Sensor File"),
                                                      dialog_folders::start(QStringLiteral("sensor")),
                                                      tr("Sensor files (*.csv *.json *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    dialog_folders::remember(QStringLiteral("sensor"), path);
    importSensorFile(path);
}

void MainWindow::importSensorFile(const QString& path, const QString& gpxPath)
{
    if (m_sensorImport) {
        if (m_sensorImport->page() == SensorImportDialog::Page::Importing) {
            showMessage(tr("Please wait until the current sensor import has finished."), true);
            m_sensorImport->raise();
            return;
        }
        m_sensorImport->close(); // a finished or unused dialog makes room for the new file
    }
    auto* dialog = new SensorImportDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_sensorImport = dialog;
    if (!gpxPath.isEmpty())
        dialog->setGpxFile(gpxPath);
    dialog->setFile(path);
    connect(dialog, &SensorImportDialog::importFinished, this, [this, dialog](bool ok) {
        if (!ok || !dialog->report())
            return;
        const auto& report = *dialog->report();
        showMessage(tr("Imported %1 readings from “%2”.")
                        .arg(QLocale().toString(static_cast<qlonglong>(report.readings)),
                             QFileInfo(toQ(report.file)).fileName()),
                    false);
        emit sensorDataChanged();
    });
    // Window-modal without a nested event loop: the window keeps drawing while the user decides.
    dialog->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedFiles(event->mimeData()).sensorFiles.isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    QMainWindow::dragEnterEvent(event);
}

void MainWindow::dragMoveEvent(QDragMoveEvent* event)
{
    if (!droppedFiles(event->mimeData()).sensorFiles.isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    QMainWindow::dragMoveEvent(event);
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const DroppedFiles files = droppedFiles(event->mimeData());
    if (files.sensorFiles.isEmpty()) {
        QMainWindow::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    // A GPX track dropped together with a sensor file is that file's track (mobile sensing).
    importSensorFile(files.sensorFiles.front(), files.tracks.value(0));
    if (files.sensorFiles.size() > 1)
        showMessage(tr("One file at a time: “%1” is shown first; drop the others after it.")
                        .arg(QFileInfo(files.sensorFiles.front()).fileName()),
                    false);
}

} // namespace balgul::ui
