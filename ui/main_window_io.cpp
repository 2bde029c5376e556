// Import and export of problems, run on the thread pool with a Store of their own.
#include "ui/main_window.h"

#include "core/io/csv_export.h"
#include "core/io/geojson.h"
#include "core/store/store.h"
#include "ui/dialog_folders.h"
#include "ui/error_text.h"
#include "ui/import_progress_dialog.h"
#include "ui/map/map_view.h"
#include "ui/models/problem_filter_proxy.h"
#include "ui/models/problem_list_model.h"
#include "ui/panels/problem_list_panel.h"
#include "ui/qt_convert.h"
#include "ui/undo/import_commands.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGeoRectangle>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>
#include <optional>
#include <sstream>

namespace balgul::ui {

namespace {

/// A big import shows its progress dialog; a small one ends before it would be seen.
constexpr int kImportDialogDelayMs = 400;

/// What a worker reports back to the GUI thread.
struct JobResult
{
    QString error; ///< a sentence for the user; empty on success
    bool cancelled = false;
    long features = 0;
    long imported = 0;
    std::vector<std::string> ids;       ///< of the imported problems
    std::vector<std::int64_t> rowids;   ///< of the imported problems
    std::optional<core::GeoBox> bounds; ///< around the imported problems
};

/// A store of the worker's own on the same file (a Store is not shared between threads).
core::Result<std::unique_ptr<core::Store>> openWorkerStore(const std::string& path)
{
    core::StoreOptions options;
    options.create = false;
    return core::Store::open(path, options);
}

JobResult runImport(const std::string& storePath, const std::string& filePath,
                    std::shared_ptr<GeoJsonImportProgress> progress,
                    const std::function<void()>& beforeImport)
{
    if (beforeImport)
        beforeImport();
    JobResult result;
    auto store = openWorkerStore(storePath);
    if (!store) {
        result.error = describeError(store.error());
        return result;
    }
    core::GeoJsonImportOptions options;
    options.progress = progress.get();
    auto report = core::importGeoJson(**store, filePath, options);
    if (!report) {
        result.cancelled = report.error().code == "cancelled";
        result.error = describeError(report.error());
        return result;
    }
    result.features = static_cast<long>(report->features);
    result.imported = static_cast<long>(report->imported);
    result.ids = std::move(report->ids);
    result.rowids = std::move(report->rowids);
    result.bounds = report->bounds;
    return result;
}

JobResult runExport(const std::string& storePath, const QString& filePath, bool csv,
                    const std::string& language)
{
    JobResult result;
    auto store = openWorkerStore(storePath);
    if (!store) {
        result.error = describeError(store.error());
        return result;
    }
    std::ostringstream out;
    const core::Status status =
        csv ? core::exportCsv(**store, out, language) : core::exportGeoJson(**store, out);
    if (!status) {
        result.error = describeError(status.error());
        return result;
    }
    // Written whole or not at all: an interrupted export never leaves half a file.
    QSaveFile file(filePath);
    const std::string bytes = out.str();
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size()) ||
        !file.commit()) {
        result.error = MainWindow::tr("“%1” could not be written: %2")
                           .arg(QFileInfo(filePath).fileName(), file.errorString());
    }
    return result;
}

} // namespace

void MainWindow::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import problems"),
                                                      dialog_folders::start(QStringLiteral("import")),
                                                      tr("GeoJSON files (*.geojson *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    dialog_folders::remember(QStringLiteral("import"), path);
    importGeoJsonFile(path);
}

void MainWindow::chooseExportFile(bool csv)
{
    const QString suggested =
        dialog_folders::startFile(QStringLiteral("export"), csv ? QStringLiteral("balgul-problems.csv")
                                                                : QStringLiteral("balgul-problems.geojson"));
    const QString filter = csv ? tr("CSV files (*.csv)") : tr("GeoJSON files (*.geojson)");
    const QString path = QFileDialog::getSaveFileName(
        this, csv ? tr("Export as CSV") : tr("Export as GeoJSON"), suggested, filter);
    if (path.isEmpty())
        return;
    dialog_folders::remember(QStringLiteral("export"), path);
    if (csv)
        exportCsvFile(path);
    else
        exportGeoJsonFile(path);
}

void MainWindow::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy)
        statusBar()->showMessage(text);
    else
        statusBar()->clearMessage();
    updateActions();
}

void MainWindow::importGeoJsonFile(const QString& path)
{
    if (m_busy)
        return;
    const QString name = QFileInfo(path).fileName();
    setBusy(true, tr("Importing %1…").arg(name));
    auto progress = std::make_shared<GeoJsonImportProgress>();
    m_importProgress = new ImportProgressDialog(name, progress, this);
    QTimer::singleShot(kImportDialogDelayMs, m_importProgress.data(), [dialog = m_importProgress] {
        if (dialog)
            dialog->open();
    });
    auto* watcher = new QFutureWatcher<JobResult>(this);
    connect(watcher, &QFutureWatcher<JobResult>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        if (m_importProgress) {
            m_importProgress->hide();
            m_importProgress->deleteLater();
        }
        const JobResult result = watcher->result();
        if (result.cancelled) {
            setBusy(false);
            showMessage(
                tr("The import of “%1” was cancelled: nothing was imported.").arg(QFileInfo(path).fileName()),
                false);
            emit jobFinished(false);
            return;
        }
        finishImport(path, result.error, result.imported, result.ids, result.rowids, result.bounds);
    });
    watcher->setFuture(QtConcurrent::run(runImport, m_store.path(), toStd(path), progress, m_beforeImport));
}

ImportProgressDialog* MainWindow::importProgressDialog() const
{
    return m_importProgress.data();
}

void MainWindow::finishImport(const QString& path, const QString& error, long imported,
                              const std::vector<std::string>& ids, const std::vector<std::int64_t>& rowids,
                              const std::optional<core::GeoBox>& bounds)
{
    setBusy(false);
    const QString name = QFileInfo(path).fileName();
    if (!error.isEmpty()) {
        showMessage(tr("Nothing was imported from “%1”: %2").arg(name, error), true);
        emit jobFinished(false);
        return;
    }
    // Another connection wrote the rows: read them again.
    m_model->reload();
    // One step of Edit ▸ Undo takes the whole import back.
    if (!ids.empty())
        m_undoStack->push(new ImportProblemsCommand(m_store, ids, name,
                                                    [this](const core::Error& e) { reportCommandError(e); }));
    showImported(rowids, bounds,
                 tr("Imported %n problem(s) from “%1”.", nullptr, static_cast<int>(imported)).arg(name));
    emit jobFinished(true);
}

void MainWindow::showImported(const std::vector<std::int64_t>& rowids,
                              const std::optional<core::GeoBox>& bounds, const QString& notice)
{
    std::vector<int> rows;
    rows.reserve(rowids.size());
    for (const std::int64_t rowid : rowids)
        if (const int row = m_model->rowForRowid(rowid); row >= 0)
            rows.push_back(row);
    if (rows.empty() || !bounds) {
        showMessage(notice, false);
        return;
    }
    const QGeoRectangle box(QGeoCoordinate(bounds->north, bounds->west),
                            QGeoCoordinate(bounds->south, bounds->east));
    // On the map: zoom out (or over) to them when some are outside what it shows.
    const QGeoRectangle shown = m_map->visibleRegion();
    if (!shown.contains(box.topLeft()) || !shown.contains(box.bottomRight()))
        m_map->fitTo(box);
    // In the list: say so when the filters hide some, with one click to show them.
    const auto hidden = std::count_if(rows.begin(), rows.end(), [this](int row) {
        return !m_proxy->mapFromSource(m_model->index(row, 0)).isValid();
    });
    if (hidden == 0) {
        showMessage(notice, false);
        return;
    }
    const QString text =
        notice + u' ' + tr("The list’s filters hide %n of them.", nullptr, static_cast<int>(hidden));
    showMessageWithAction(text, tr("Show them"), [this, box] {
        m_listPanel->clearFilters();
        m_map->fitTo(box);
    });
}

void MainWindow::exportGeoJsonFile(const QString& path)
{
    if (m_busy)
        return;
    setBusy(true, tr("Exporting to %1…").arg(QFileInfo(path).fileName()));
    auto* watcher = new QFutureWatcher<JobResult>(this);
    connect(watcher, &QFutureWatcher<JobResult>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        finishExport(path, watcher->result().error);
    });
    watcher->setFuture(QtConcurrent::run(runExport, m_store.path(), path, false, std::string("en")));
}

void MainWindow::exportCsvFile(const QString& path)
{
    if (m_busy)
        return;
    setBusy(true, tr("Exporting to %1…").arg(QFileInfo(path).fileName()));
    auto* watcher = new QFutureWatcher<JobResult>(this);
    connect(watcher, &QFutureWatcher<JobResult>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        finishExport(path, watcher->result().error);
    });
    // category_name in the language the user reads.
    const std::string language = QLocale().language() == QLocale::Korean ? "ko" : "en";
    watcher->setFuture(QtConcurrent::run(runExport, m_store.path(), path, true, language));
}

void MainWindow::finishExport(const QString& path, const QString& error)
{
    setBusy(false);
    if (!error.isEmpty()) {
        showMessage(tr("The export failed: %1").arg(error), true);
        emit jobFinished(false);
        return;
    }
    showMessage(tr("Exported all problems to “%1”.").arg(QFileInfo(path).fileName()), false);
    emit jobFinished(true);
}

} // namespace balgul::ui
