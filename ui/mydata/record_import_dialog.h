#pragma once

// "Import My Data…": one file of personal records into the vault, in three steps on one dialog,
// as the sensor import dialog does:
//
// 1. **Preview**: what the file is (Green Button, Apple Health, GPX, CSV — told by its content),
//    what will be stored (per category: unit, readings, days, period), the first readings as they
//    would be stored, and every reason readings are skipped with its count and first line numbers.
//    For a CSV the columns are chosen (a known layout is recognised).
// 2. **Importing**: the file is read and its records sealed into the vault in one transaction on
//    the vault's worker; Cancel stops it and nothing is stored.
// 3. **Report**: what was stored and what was skipped, "Copy report".
//
// The preview reads the file off the GUI thread and keeps nothing. Widgets for tests by object
// name: myDataFile, myDataFormat, csvMappingBox, csvTimeColumn, csvValueColumn, csvCategory,
// csvUnit, csvTimeZone, storedTable, sampleTable, skippedTable, previewSummary, previewError,
// myDataImportButton, myDataImportProgress, myDataCancelImport, importReportSummary,
// importReportIssues, myDataCopyReport.

#include "core/mydata/import_report.h"
#include "core/mydata/mydata_csv.h"
#include "core/util/result.h"

#include <QDialog>
#include <QString>

#include <memory>
#include <optional>
#include <string>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace balgul::ui {

class WorkerProgress;
class VaultSession;

/// "greenbutton", "apple_health", "gpx", "csv" as the file's first bytes (or, for a CSV, its
/// name) tell; "" when it is none of them.
std::string detectMyDataFormat(const QString& path);

/// What the preview found.
struct MyDataPreview
{
    std::string format;
    core::mydata::RecordPreview preview;
    /// A CSV's header and the mapping used (a preset's, or the one chosen); nothing before one fits.
    std::vector<std::string> csvHeader;
    std::optional<core::mydata::CsvMapping> csvMapping;
};

class RecordImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page
    {
        Preview,
        Importing,
        Report,
    };

    RecordImportDialog(VaultSession& session, QWidget* parent = nullptr);
    ~RecordImportDialog() override;

    /// Reads the file's preview (off the GUI thread); previewReady() when done.
    void setFile(const QString& path);
    QString file() const;
    Page page() const;
    /// The preview on show; nothing while reading or when the file cannot be read.
    const std::optional<MyDataPreview>& preview() const { return m_preview; }
    /// Why there is no preview, or why the import failed.
    QString errorText() const;
    /// The report of the finished import.
    const std::optional<core::mydata::ImportReport>& report() const { return m_report; }
    QString reportText() const;
    /// The CSV mapping the widgets say (a preset's until changed).
    std::optional<core::mydata::CsvMapping> csvMapping() const;
    void setCsvMapping(const core::mydata::CsvMapping& mapping);
    bool canImport() const;

public slots:
    void startImport();
    void cancelImport();
    void copyReport();
    void reject() override;

signals:
    /// The preview of the file is on show (or its error).
    void previewReady();
    /// The import ended: ok when its records are in the vault.
    void importFinished(bool ok);

private:
    // record_import_dialog.cpp
    QWidget* buildPreviewPage();
    void chooseFile();
    void refreshPreview();
    void showPreview();
    void showPreviewError(const QString& text);
    void fillCsvMapping();
    void csvMappingEdited();
    // record_import_dialog_run.cpp
    QWidget* buildImportingPage();
    QWidget* buildReportPage();
    void setPage(Page page);
    void onImportDone(bool ok, const core::Error& error,
                      const std::optional<core::mydata::ImportReport>& report);
    void updateButtons();

    VaultSession& m_session;
    std::optional<MyDataPreview> m_preview;
    std::optional<core::mydata::ImportReport> m_report;
    QString m_previewError;
    QString m_importError;
    std::shared_ptr<WorkerProgress> m_progressSink;
    int m_previewGeneration = 0;
    bool m_previewing = false;
    bool m_importing = false;
    bool m_closeWhenDone = false;
    bool m_updatingMapping = false;
    QTimer* m_pollTimer = nullptr;

    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_file = nullptr;
    QLabel* m_format = nullptr;
    QGroupBox* m_csvBox = nullptr;
    QComboBox* m_csvTime = nullptr;
    QComboBox* m_csvValue = nullptr;
    QComboBox* m_csvCategory = nullptr;
    QComboBox* m_csvUnit = nullptr;
    QComboBox* m_csvZone = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_previewErrorLabel = nullptr;
    QTableWidget* m_stored = nullptr;
    QTableWidget* m_sample = nullptr;
    QTableWidget* m_skipped = nullptr;
    QLabel* m_importingLabel = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_reportSummary = nullptr;
    QTableWidget* m_reportIssues = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

/// Fills a table with an import report's issues: reason in words, field, count, first lines, detail.
void fillIssueTable(QTableWidget* table, const core::mydata::ImportReport& report);
/// A report in a few sentences: how much was read, stored and skipped, the period, the categories.
QString importSummaryText(const core::mydata::ImportReport& report, bool stored);

} // namespace balgul::ui
