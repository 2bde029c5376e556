// The MyData import dialog: the import on the vault's worker (read, then sealed into the vault in
// one transaction with its report), its progress and Cancel, and the report.

#include "ui/mydata/record_import_dialog.h"
#include "ui/worker_progress.h"

#include "core/mydata/apple_health.h"
#include "core/mydata/gpx_mobility.h"
#include "core/mydata/greenbutton.h"
#include "core/mydata/secure_memory.h"
#include "core/mydata/vault.h"
#include "core/util/ids.h"
#include "core/util/progress.h"
#include "ui/mydata/mydata_text.h"
#include "ui/mydata/vault_session.h"
#include "ui/qt_convert.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace balgul::ui {

namespace mydata = core::mydata;

namespace {

constexpr int kPollMs = 100;

/// Reads the whole file with its importer.
core::Result<mydata::ImportedRecords> readRecords(const std::string& path, const std::string& format,
                                                  const std::optional<mydata::CsvMapping>& mapping,
                                                  core::Progress* progress)
{
    if (format == "greenbutton") {
        auto read = mydata::readGreenButton(path, progress);
        if (!read)
            return read.error();
        return mydata::ImportedRecords{std::move(read->blocks), std::move(read->report)};
    }
    if (format == "apple_health")
        return mydata::readAppleHealth(path, progress);
    if (format == "gpx")
        return mydata::readGpxMobility(path, progress);
    if (format == "csv" && mapping)
        return mydata::readMyDataCsv(path, *mapping, progress);
    return core::Error::make("unknown_format", "not a file of personal records Balgul reads").at(path);
}

/// Seals the blocks (one transaction) and the report beside them; the import's id.
core::Result<std::string> storeImport(mydata::Vault& vault, const mydata::ImportedRecords& read)
{
    const std::string importId = core::newUuid();
    if (auto stored = vault.putAll(read.blocks, importId); !stored)
        return stored.error();
    std::string item = "{\"imported_at\":" + std::to_string(QDateTime::currentSecsSinceEpoch()) +
                       ",\"report\":" + read.report.toJson() + "}";
    auto sealed = vault.putSealed("import_report", item, importId);
    mydata::wipe(item.data(), item.size());
    if (!sealed) {
        (void)vault.removeImport(importId); // all of the import or none of it
        return sealed.error();
    }
    return importId;
}

} // namespace

QWidget* RecordImportDialog::buildImportingPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    m_importingLabel = new QLabel(page);
    m_importingLabel->setWordWrap(true);
    m_progressBar = new QProgressBar(page);
    m_progressBar->setObjectName(QStringLiteral("myDataImportProgress"));
    m_progressBar->setRange(0, 0);
    m_cancel = new QPushButton(tr("Ca&ncel Import"), page);
    m_cancel->setObjectName(QStringLiteral("myDataCancelImport"));
    auto* note = new QLabel(tr("Cancelling stores nothing: the vault stays exactly as it was."), page);
    note->setWordWrap(true);
    layout->addWidget(m_importingLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_cancel, 0, Qt::AlignRight);
    layout->addWidget(note);
    layout->addStretch(2);
    connect(m_cancel, &QPushButton::clicked, this, &RecordImportDialog::cancelImport);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(kPollMs);
    connect(m_pollTimer, &QTimer::timeout, this, [this] {
        if (m_progressSink)
            showWorkerProgress(*m_progressBar, *m_progressSink);
    });
    return page;
}

QWidget* RecordImportDialog::buildReportPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_reportSummary = new QLabel(page);
    m_reportSummary->setObjectName(QStringLiteral("importReportSummary"));
    m_reportSummary->setWordWrap(true);
    m_reportSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reportIssues = new QTableWidget(0, 5, page);
    m_reportIssues->setObjectName(QStringLiteral("importReportIssues"));
    m_reportIssues->setHorizontalHeaderLabels(
        {tr("Reason"), tr("Field"), tr("Readings"), tr("First lines"), tr("Detail")});
    m_reportIssues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reportIssues->verticalHeader()->hide();
    m_reportIssues->verticalHeader()->setDefaultSectionSize(m_reportIssues->fontMetrics().height() + 8);
    m_reportIssues->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_reportSummary);
    layout->addWidget(m_reportIssues, 1);
    return page;
}

RecordImportDialog::Page RecordImportDialog::page() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void RecordImportDialog::setPage(Page page)
{
    m_pages->setCurrentIndex(static_cast<int>(page));
    updateButtons();
}

bool RecordImportDialog::canImport() const
{
    if (m_importing || m_previewing || !m_preview || page() != Page::Preview)
        return false;
    if (m_preview->format == "csv" && !m_preview->csvMapping)
        return false;
    return m_preview->preview.report.kept > 0 && m_session.state() == VaultState::Unlocked;
}

void RecordImportDialog::updateButtons()
{
    m_importButton->setVisible(page() == Page::Preview);
    m_importButton->setEnabled(canImport());
    m_copyButton->setVisible(page() == Page::Report);
    m_closeButton->setEnabled(!m_importing);
}

QString RecordImportDialog::errorText() const
{
    return !m_importError.isEmpty() ? m_importError : m_previewError;
}

void RecordImportDialog::startImport()
{
    if (!canImport())
        return;
    m_importing = true;
    m_importError.clear();
    m_progressSink = std::make_shared<WorkerProgress>();
    m_progressBar->setRange(0, 0);
    m_importingLabel->setText(
        tr("Reading “%1” and sealing its records into the vault…").arg(QFileInfo(file()).fileName()));
    setPage(Page::Importing);
    m_pollTimer->start();
    const std::string path = toStd(file());
    const std::string format = m_preview->format;
    const auto mapping = m_preview->csvMapping;
    auto progress = m_progressSink;
    m_session.run(
        [path, format, mapping, progress](core::Store&, mydata::Vault& vault, VaultOutcome& o) {
            auto read = readRecords(path, format, mapping, progress.get());
            if (!read)
                return o.fail(read.error());
            o.importReport = read->report;
            if (read->blocks.empty())
                return;
            if (auto stored = storeImport(vault, *read); !stored)
                o.fail(stored.error());
        },
        [this, alive = QPointer<QDialog>(this)](const VaultOutcome& outcome) {
            if (alive)
                onImportDone(outcome.ok, outcome.error, outcome.importReport);
        },
        true);
}

void RecordImportDialog::cancelImport()
{
    if (m_progressSink)
        m_progressSink->cancel();
    m_cancel->setEnabled(false);
}

void RecordImportDialog::onImportDone(bool ok, const core::Error& error,
                                      const std::optional<mydata::ImportReport>& report)
{
    m_importing = false;
    m_pollTimer->stop();
    m_cancel->setEnabled(true);
    m_progressSink.reset();
    if (m_closeWhenDone) {
        emit importFinished(ok);
        QDialog::reject();
        return;
    }
    if (!ok) {
        m_importError = myDataErrorText(error);
        setPage(Page::Preview);
        m_previewErrorLabel->setText(m_importError);
        m_previewErrorLabel->show();
        emit importFinished(false);
        return;
    }
    m_report = report;
    m_reportSummary->setText(report ? importSummaryText(*report, true) : QString());
    if (report)
        fillIssueTable(m_reportIssues, *report);
    setPage(Page::Report);
    emit importFinished(true);
}

QString RecordImportDialog::reportText() const
{
    if (!m_report)
        return {};
    QStringList lines{tr("File: %1").arg(QFileInfo(file()).fileName()), importSummaryText(*m_report, true)};
    for (const mydata::ImportIssue& issue : m_report->issues) {
        QStringList at;
        for (const long line : issue.lines)
            at << QString::number(line);
        lines << tr("%1: %2 (lines %3)")
                     .arg(myDataReasonText(issue.reason))
                     .arg(issue.count)
                     .arg(at.join(QStringLiteral(", ")));
    }
    return lines.join(u'\n');
}

void RecordImportDialog::copyReport()
{
    QApplication::clipboard()->setText(reportText());
}

void RecordImportDialog::reject()
{
    if (m_importing) {
        m_closeWhenDone = true; // the dialog closes once the import has stopped
        cancelImport();
        return;
    }
    QDialog::reject();
}

} // namespace balgul::ui
