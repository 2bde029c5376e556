#pragma once

#include "core/sensor/sensor_import.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTabWidget;
class QTimer;

namespace balgul::core {
class Store;
}

namespace balgul::ui {

class WorkerProgress;

/// Imports one sensor file into the store in three steps on one dialog:
///
/// 1. **Preview**: the detected format, encoding and separator, the column mapping as a table and
///    the first rows as the import would read them (or the reason it cannot). Options: a format
///    override, the time zone of local times, a fixed location, a GPX track with a maximum gap for
///    mobile sensing, the device's name, and the column mapping of any other CSV.
/// 2. **Importing**: importSensorFile runs on the thread pool with a Store of its own on the same
///    file; a progress bar follows it and Cancel really stops it (the import is one transaction,
///    so the store stays exactly as it was).
/// 3. **Report**: rows read, imported, flagged and skipped, a table of issues (kind, reason in
///    words, field, count, first lines, detail) and "Copy report".
///
/// Widgets for tests by object name: `sensorFile`, `formatCombo`, `detectedLabel`, `mappingTable`,
/// `previewTable`, `previewError`, `timeZoneCombo`, `fixedLocationBox`, `latitudeSpin`,
/// `longitudeSpin`, `gpxBox`, `gpxFile`, `maxGapSpin`, `deviceName`, `columnMappingButton`,
/// `importButton`, `importProgress`, `cancelImportButton`, `reportSummary`, `issueTable`,
/// `copyReportButton`.
class SensorImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page
    {
        Preview,
        Importing,
        Report,
    };

    /// The store is only read on this thread (presets); the import opens its own on the same file.
    explicit SensorImportDialog(core::Store& store, QWidget* parent = nullptr);
    ~SensorImportDialog() override;

    /// Shows the preview of this file (an error in words when it cannot be read).
    void setFile(const QString& path);
    QString file() const;
    /// Mobile sensing: takes the readings' positions from this GPX track (empty: none).
    void setGpxFile(const QString& path);
    /// Reads this file with a column mapping (the format becomes "other CSV").
    void setGenericMapping(const core::sensor::GenericMapping& mapping);

    /// The options the widgets say.
    core::sensor::ImportOptions options() const;
    Page page() const;
    /// The preview on show; nothing when the file could not be previewed.
    const std::optional<core::sensor::ImportPreview>& preview() const { return m_preview; }
    /// Why there is no preview or why the last import failed; empty when none.
    QString errorText() const;
    /// The report of the finished import.
    const std::optional<core::sensor::ImportReport>& report() const { return m_report; }
    /// The report in words, as "Copy report" puts it on the clipboard.
    QString reportText() const;

    /// Test seam: runs on the worker thread right before the import starts.
    void setBeforeImportHook(std::function<void()> hook) { m_beforeImport = std::move(hook); }

public slots:
    /// Starts the import on the thread pool (when the preview allows it).
    void startImport();
    /// Asks a running import to stop; nothing is stored.
    void cancelImport();
    void copyReport();
    /// Opens the column mapping dialog (window-modal, no nested event loop).
    void editColumnMapping();
    void reject() override;

signals:
    /// An import finished: ok when it committed (the store gained its readings).
    void importFinished(bool ok);

private:
    // sensor_import_dialog.cpp
    QWidget* buildPreviewPage();
    QWidget* buildOptions(QWidget* parent);
    void refreshPreview();
    void showPreview();
    void showPreviewError(const QString& text);
    void fillMappingTable(const core::sensor::FileMapping& mapping);
    void fillPreviewTables(const core::sensor::ImportPreview& preview);
    void updateOptionStates();
    void chooseFile();
    void chooseGpxFile();
    // sensor_import_dialog_run.cpp
    QWidget* buildImportingPage();
    QWidget* buildReportPage();
    void setPage(Page page);
    void onImportDone();
    void showReport();

    core::Store& m_store;
    std::optional<core::sensor::ImportPreview> m_preview;
    std::optional<core::sensor::ImportReport> m_report;
    std::optional<core::sensor::GenericMapping> m_generic;
    QString m_previewError;
    QString m_importError;
    std::function<void()> m_beforeImport;
    std::shared_ptr<WorkerProgress> m_progressSink;
    QFutureWatcher<core::Result<core::sensor::ImportReport>>* m_watcher = nullptr;
    QTimer* m_pollTimer = nullptr;
    bool m_closeWhenDone = false;
    bool m_needsColumns = false; ///< the file's columns are not a format Balgul knows
    bool m_updating = false;

    QStackedWidget* m_pages = nullptr;
    // preview page
    QLineEdit* m_file = nullptr;
    QComboBox* m_format = nullptr;
    QLabel* m_detected = nullptr;
    QLabel* m_timeLabel = nullptr;
    QTableWidget* m_mappingTable = nullptr;
    QTableWidget* m_previewTable = nullptr;
    QTableWidget* m_rawTable = nullptr;
    QLabel* m_previewErrorLabel = nullptr;
    QPushButton* m_mappingButton = nullptr;
    QComboBox* m_timeZone = nullptr;
    QGroupBox* m_fixedLocation = nullptr;
    QDoubleSpinBox* m_lat = nullptr;
    QDoubleSpinBox* m_lon = nullptr;
    QGroupBox* m_gpxBox = nullptr;
    QLineEdit* m_gpxFile = nullptr;
    QSpinBox* m_maxGap = nullptr;
    QLineEdit* m_deviceName = nullptr;
    QLabel* m_importErrorLabel = nullptr;
    // importing page
    QLabel* m_importingLabel = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QPushButton* m_cancelButton = nullptr;
    // report page
    QLabel* m_summary = nullptr;
    QTableWidget* m_issueTable = nullptr;
    // buttons
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace balgul::ui
