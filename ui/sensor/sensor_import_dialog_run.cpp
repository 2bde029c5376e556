// The sensor import dialog: the import on the thread pool, its progress and the report.
#include "ui/sensor/sensor_import_dialog.h"
#include "ui/worker_progress.h"

#include "core/store/store.h"
#include "core/util/progress.h"
#include "ui/qt_convert.h"
#include "ui/sensor/import_reason_text.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace balgul::ui {

namespace {

constexpr int kPollMs = 100;

using ImportResult = core::Result<core::sensor::ImportReport>;

ImportResult runImport(const std::string& storePath, const std::string& filePath,
                       const core::sensor::ImportOptions& options, std::shared_ptr<WorkerProgress> progress,
                       const std::function<void()>& beforeImport)
{
    if (beforeImport)
        beforeImport();
    // A store of the worker's own on the same file (a Store is not shared between threads).
    core::StoreOptions storeOptions;
    storeOptions.create = false;
    auto store = core::Store::open(storePath, storeOptions);
    if (!store)
        return store.error();
    return core::sensor::importSensorFile(**store, filePath, options, progress.get());
}

QString lineList(const std::vector<long>& lines, std::int64_t count)
{
    QStringList parts;
    for (const long line : lines)
        parts.append(QString::number(line));
    QString text = parts.join(QStringLiteral(", "));
    if (count > static_cast<std::int64_t>(lines.size()))
        text += QStringLiteral(", …");
    return text;
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

QWidget* SensorImportDialog::buildImportingPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    m_importingLabel = new QLabel(page);
    m_importingLabel->setObjectName(QStringLiteral("importingLabel"));
    m_importingLabel->setWordWrap(true);
    m_progressBar = new QProgressBar(page);
    m_progressBar->setObjectName(QStringLiteral("importProgress"));
    m_progressBar->setRange(0, 0);
    m_cancelButton = new QPushButton(tr("Ca&ncel Import"), page);
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    auto* note = new QLabel(tr("Cancelling stores nothing: the data file stays exactly as it was."), page);
    note->setWordWrap(true);
    layout->addWidget(m_importingLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_cancelButton, 0, Qt::AlignRight);
    layout->addWidget(note);
    layout->addStretch(2);
    connect(m_cancelButton, &QPushButton::clicked, this, &SensorImportDialog::cancelImport);

    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(kPollMs);
    connect(m_pollTimer, &QTimer::timeout, this, [this] {
        if (m_progressSink)
            showWorkerProgress(*m_progressBar, *m_progressSink);
    });
    return page;
}

QWidget* SensorImportDialog::buildReportPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issueTable = new QTableWidget(0, 6, page);
    m_issueTable->setObjectName(QStringLiteral("issueTable"));
    m_issueTable->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Reason"), tr("Field"), tr("Rows"), tr("First lines"), tr("Detail")});
    m_issueTable->verticalHeader()->hide();
    m_issueTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issueTable->setWordWrap(true);
    m_issueTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_issueTable, 1);
    layout->addStretch(0);
    return page;
}

void SensorImportDialog::setPage(Page page)
{
    m_pages->setCurrentIndex(static_cast<int>(page));
    m_importButton->setVisible(page == Page::Preview);
    m_copyButton->setVisible(page == Page::Report);
    m_closeButton->setEnabled(page != Page::Importing);
    if (page == Page::Preview)
        updateOptionStates();
}

void SensorImportDialog::startImport()
{
    if (page() != Page::Preview || !m_preview || (m_watcher && m_watcher->isRunning()))
        return;
    const core::sensor::ImportOptions opts = options();
    if (!opts.gpxPath.empty() && !QFileInfo::exists(toQ(opts.gpxPath))) {
        m_importError = tr("The GPX track “%1” could not be found.").arg(toQ(opts.gpxPath));
        m_importErrorLabel->setText(m_importError);
        m_importErrorLabel->show();
        return;
    }
    m_importError.clear();
    m_importErrorLabel->hide();
    m_report.reset();
    m_progressSink = std::make_shared<WorkerProgress>();
    m_importingLabel->setText(tr("Importing “%1”…").arg(QFileInfo(file()).fileName()));
    m_progressBar->setRange(0, 0);
    m_cancelButton->setEnabled(true);
    setPage(Page::Importing);

    if (!m_watcher) {
        m_watcher = new QFutureWatcher<ImportResult>(this);
        connect(m_watcher, &QFutureWatcher<ImportResult>::finished, this, &SensorImportDialog::onImportDone);
    }
    m_watcher->setFuture(
        QtConcurrent::run(runImport, m_store.path(), toStd(file()), opts, m_progressSink, m_beforeImport));
    m_pollTimer->start();
}

void SensorImportDialog::cancelImport()
{
    if (!m_progressSink || page() != Page::Importing)
        return;
    m_progressSink->cancel();
    m_cancelButton->setEnabled(false);
    m_importingLabel->setText(tr("Cancelling… nothing will be stored."));
}

void SensorImportDialog::onImportDone()
{
    m_pollTimer->stop();
    const ImportResult result = m_watcher->result();
    m_progressSink.reset();
    if (!result) {
        const core::Error& error = result.error();
        m_importError = error.code == "cancelled"
                            ? tr("The import was cancelled. Nothing was stored.")
                            : tr("Nothing was imported: %1").arg(importErrorText(error));
        setPage(Page::Preview);
        m_importErrorLabel->setText(m_importError);
        m_importErrorLabel->show();
        emit importFinished(false);
    } else {
        m_report = *result;
        showReport();
        setPage(Page::Report);
        emit importFinished(true);
    }
    if (m_closeWhenDone)
        QDialog::reject();
}

void SensorImportDialog::showReport()
{
    const core::sensor::ImportReport& report = *m_report;
    const QLocale locale;
    QString summary = tr("<b>%1</b>: %2 rows read — %3 imported, %4 flagged, %5 skipped. "
                         "%6 readings stored.")
                          .arg(QFileInfo(toQ(report.file)).fileName().toHtmlEscaped(),
                               locale.toString(static_cast<qlonglong>(report.rowsRead)),
                               locale.toString(static_cast<qlonglong>(report.imported)),
                               locale.toString(static_cast<qlonglong>(report.flagged)),
                               locale.toString(static_cast<qlonglong>(report.skipped)),
                               locale.toString(static_cast<qlonglong>(report.readings)));
    if (report.positions > 0)
        summary += QLatin1Char(' ') +
                   tr("%1 positions stored.").arg(locale.toString(static_cast<qlonglong>(report.positions)));
    if (report.issues.empty())
        summary += QLatin1Char(' ') + tr("Every row was clean.");
    else
        summary += QLatin1Char(' ') + tr("Flagged readings are kept but never enter statistics.");
    m_summary->setText(summary);

    m_issueTable->setVisible(!report.issues.empty());
    m_issueTable->setRowCount(static_cast<int>(report.issues.size()));
    for (int row = 0; row < static_cast<int>(report.issues.size()); ++row) {
        const core::sensor::ImportIssue& issue = report.issues[static_cast<std::size_t>(row)];
        m_issueTable->setItem(row, 0, cell(importIssueKindText(issue.kind)));
        m_issueTable->setItem(row, 1, cell(importReasonText(toQ(issue.reason))));
        m_issueTable->setItem(row, 2, cell(toQ(issue.field)));
        QTableWidgetItem* count = cell(locale.toString(static_cast<qlonglong>(issue.count)));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_issueTable->setItem(row, 3, count);
        m_issueTable->setItem(row, 4, cell(lineList(issue.lines, issue.count)));
        m_issueTable->setItem(row, 5, cell(toQ(issue.message)));
    }
    m_issueTable->resizeColumnsToContents();
}

QString SensorImportDialog::reportText() const
{
    if (!m_report)
        return {};
    const core::sensor::ImportReport& report = *m_report;
    QStringList lines;
    lines.append(tr("Sensor import of %1").arg(QFileInfo(toQ(report.file)).fileName()));
    lines.append(tr("Format: %1 · Encoding: %2")
                     .arg(sensorFormatText(report.mapping.format), textEncodingText(report.encoding)));
    lines.append(tr("Rows read: %1").arg(report.rowsRead));
    lines.append(tr("Imported: %1").arg(report.imported));
    lines.append(tr("Flagged: %1").arg(report.flagged));
    lines.append(tr("Skipped: %1").arg(report.skipped));
    lines.append(tr("Readings stored: %1").arg(report.readings));
    if (report.positions > 0)
        lines.append(tr("Positions stored: %1").arg(report.positions));
    for (const core::sensor::ImportIssue& issue : report.issues) {
        QString text = tr("%1: %2 (%3 rows; first lines %4)")
                           .arg(importIssueKindText(issue.kind), importReasonText(toQ(issue.reason)))
                           .arg(issue.count)
                           .arg(lineList(issue.lines, issue.count));
        if (!issue.field.empty())
            text += QStringLiteral(" [%1]").arg(toQ(issue.field));
        lines.append(text);
        lines.append(QStringLiteral("    ") + toQ(issue.message));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void SensorImportDialog::copyReport()
{
    if (m_report)
        QApplication::clipboard()->setText(reportText());
}

void SensorImportDialog::reject()
{
    if (m_watcher && m_watcher->isRunning()) {
        // Closing during an import cancels it; the dialog goes once the worker has stopped.
        m_closeWhenDone = true;
        cancelImport();
        return;
    }
    QDialog::reject();
}

} // namespace balgul::ui
