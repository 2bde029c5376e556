// The MyData import dialog: the file, its format, a CSV's columns, and the preview of what will be
// stored and what skipped, read off the GUI thread.

#include "ui/mydata/record_import_dialog.h"

#include "core/mydata/apple_health.h"
#include "core/mydata/gpx_mobility.h"
#include "core/mydata/greenbutton.h"
#include "ui/dialog_folders.h"
#include "ui/dialog_size.h"
#include "ui/mydata/mydata_text.h"
#include "ui/qt_convert.h"
#include "ui/sensor/import_preview_table.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace balgul::ui {

namespace mydata = core::mydata;

namespace {

constexpr std::size_t kSampleRows = 10;
constexpr qint64 kSniffBytes = 64 * 1024;

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QTableWidget* table(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    return t;
}

QString localTime(std::int64_t utc)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(utc).toLocalTime(), QLocale::ShortFormat);
}

QString durationText(std::int64_t seconds)
{
    if (seconds == 0)
        return RecordImportDialog::tr("instant");
    if (seconds % 86400 == 0)
        return RecordImportDialog::tr("%n day(s)", nullptr, static_cast<int>(seconds / 86400));
    if (seconds % 3600 == 0)
        return RecordImportDialog::tr("%n hour(s)", nullptr, static_cast<int>(seconds / 3600));
    if (seconds % 60 == 0)
        return RecordImportDialog::tr("%n min", nullptr, static_cast<int>(seconds / 60));
    return RecordImportDialog::tr("%n s", nullptr, static_cast<int>(seconds));
}

/// The first `rows` readings of each category of `blocks`, as a preview's sample.
std::vector<mydata::RecordBlock> sampleOf(const std::vector<mydata::RecordBlock>& blocks, std::size_t rows)
{
    std::vector<mydata::RecordBlock> sample;
    std::map<mydata::Category, std::size_t> taken;
    for (const mydata::RecordBlock& block : blocks) {
        std::size_t& n = taken[block.category];
        if (n >= rows)
            continue;
        mydata::RecordBlock part = block;
        if (part.category == mydata::Category::Mobility) {
            part.points.resize(std::min(part.points.size(), rows - n));
            n += part.points.size();
        } else {
            part.intervals.resize(std::min(part.intervals.size(), rows - n));
            n += part.intervals.size();
        }
        sample.push_back(std::move(part));
    }
    return sample;
}

core::Result<MyDataPreview> runPreview(const std::string& path, std::optional<mydata::CsvMapping> mapping)
{
    MyDataPreview out;
    out.format = detectMyDataFormat(toQ(path));
    if (out.format == "greenbutton" || out.format == "apple_health" || out.format == "gpx") {
        auto preview = out.format == "greenbutton"    ? mydata::previewGreenButton(path, kSampleRows)
                       : out.format == "apple_health" ? mydata::previewAppleHealth(path, kSampleRows)
                                                      : mydata::previewGpxMobility(path, kSampleRows);
        if (!preview)
            return preview.error();
        out.preview = std::move(*preview);
        return out;
    }
    if (out.format != "csv")
        return core::Error::make("unknown_format", "not a file of personal records Balgul reads").at(path);
    auto head = mydata::previewMyDataCsv(path, std::nullopt, kSampleRows);
    if (!head)
        return head.error();
    out.csvHeader = head->header;
    if (!mapping)
        if (const auto preset = mydata::presetForHeader(head->header))
            mapping = mydata::findCsvPreset(*preset);
    if (!mapping)
        return out; // the columns are chosen first
    if (core::Status fits = mapping->validate(head->header); !fits)
        return out;
    auto read = mydata::readMyDataCsv(path, *mapping);
    if (!read)
        return read.error();
    out.csvMapping = mapping;
    out.preview.report = std::move(read->report);
    out.preview.sample = sampleOf(read->blocks, kSampleRows);
    return out;
}

} // namespace

std::string detectMyDataFormat(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(kSniffBytes);
    if (head.contains("<HealthData"))
        return "apple_health";
    if (head.contains("naesb.org/espi"))
        return "greenbutton";
    if (head.contains("<gpx"))
        return "gpx";
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt") || suffix == QLatin1String("tsv"))
        return "csv";
    return {};
}

RecordImportDialog::RecordImportDialog(VaultSession& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Import My Data"));
    setObjectName(QStringLiteral("recordImportDialog"));
    resizeWithinScreen(this, QSize(760, 620));
    auto* layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildPreviewPage());
    m_pages->addWidget(buildImportingPage());
    m_pages->addWidget(buildReportPage());
    layout->addWidget(m_pages, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_copyButton = buttons->addButton(tr("&Copy Report"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("myDataCopyReport"));
    m_importButton = buttons->addButton(tr("&Import into the Vault"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("myDataImportButton"));
    m_importButton->setDefault(true);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_importButton, &QPushButton::clicked, this, &RecordImportDialog::startImport);
    connect(m_copyButton, &QPushButton::clicked, this, &RecordImportDialog::copyReport);
    connect(m_closeButton, &QPushButton::clicked, this, &RecordImportDialog::reject);
    setPage(Page::Preview);
}

RecordImportDialog::~RecordImportDialog() = default;

QWidget* RecordImportDialog::buildPreviewPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("myDataFile"));
    m_file->setReadOnly(true);
    auto* browse = new QPushButton(tr("&Choose…"), page);
    connect(browse, &QPushButton::clicked, this, &RecordImportDialog::chooseFile);
    auto* fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(browse);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);
    m_format = new QLabel(page);
    m_format->setObjectName(QStringLiteral("myDataFormat"));
    m_format->setWordWrap(true);
    layout->addWidget(m_format);

    m_csvBox = new QGroupBox(tr("Columns of the CSV file"), page);
    m_csvBox->setObjectName(QStringLiteral("csvMappingBox"));
    auto* csvForm = new QFormLayout(m_csvBox);
    m_csvTime = new QComboBox(m_csvBox);
    m_csvTime->setObjectName(QStringLiteral("csvTimeColumn"));
    m_csvValue = new QComboBox(m_csvBox);
    m_csvValue->setObjectName(QStringLiteral("csvValueColumn"));
    m_csvCategory = new QComboBox(m_csvBox);
    m_csvCategory->setObjectName(QStringLiteral("csvCategory"));
    for (const mydata::Category c : mydata::allCategories())
        if (c != mydata::Category::Mobility)
            m_csvCategory->addItem(myDataCategoryText(c), static_cast<int>(c));
    m_csvUnit = new QComboBox(m_csvBox);
    m_csvUnit->setObjectName(QStringLiteral("csvUnit"));
    m_csvZone = new QComboBox(m_csvBox);
    m_csvZone->setObjectName(QStringLiteral("csvTimeZone"));
    m_csvZone->addItem(tr("+09:00 (Korea)"), QStringLiteral("+09:00"));
    for (const QString& zone : commonTimeZoneNames())
        m_csvZone->addItem(zone, zone);
    csvForm->addRow(tr("&Time column:"), m_csvTime);
    csvForm->addRow(tr("&Value column:"), m_csvValue);
    csvForm->addRow(tr("&What it measures:"), m_csvCategory);
    csvForm->addRow(tr("&Unit:"), m_csvUnit);
    csvForm->addRow(tr("Times without a zone &are in:"), m_csvZone);
    m_csvBox->hide();
    layout->addWidget(m_csvBox);
    for (QComboBox* box : {m_csvTime, m_csvValue, m_csvUnit, m_csvZone})
        connect(box, &QComboBox::currentIndexChanged, this, &RecordImportDialog::csvMappingEdited);
    connect(m_csvCategory, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updatingMapping)
            return;
        m_updatingMapping = true;
        m_csvUnit->clear();
        const auto category = static_cast<mydata::Category>(m_csvCategory->currentData().toInt());
        for (const std::string& unit : mydata::csvUnitsFor(category))
            m_csvUnit->addItem(toQ(unit), toQ(unit));
        m_updatingMapping = false;
        csvMappingEdited();
    });

    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_previewErrorLabel = new QLabel(page);
    m_previewErrorLabel->setObjectName(QStringLiteral("previewError"));
    m_previewErrorLabel->setWordWrap(true);
    m_previewErrorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_previewErrorLabel->hide();
    layout->addWidget(m_previewErrorLabel);

    auto* splitter = new QSplitter(Qt::Vertical, page);
    auto* storedBox = new QGroupBox(tr("What will be stored in the vault"), splitter);
    auto* storedLayout = new QVBoxLayout(storedBox);
    m_stored = table(storedBox, QStringLiteral("storedTable"),
                     {tr("Category"), tr("Unit"), tr("Readings"), tr("Days")});
    m_sample = table(storedBox, QStringLiteral("sampleTable"),
                     {tr("Category"), tr("Start (this computer)"), tr("Length"), tr("Value")});
    // A row per category: room for a few, the rest of the height for the first readings.
    m_stored->setMaximumHeight(m_stored->horizontalHeader()->sizeHint().height() +
                               4 * m_stored->verticalHeader()->defaultSectionSize() + 4);
    storedLayout->addWidget(m_stored);
    storedLayout->addWidget(new QLabel(tr("The first readings, as they will be stored:"), storedBox));
    storedLayout->addWidget(m_sample, 1);
    auto* skippedBox = new QGroupBox(tr("What is skipped, and why"), splitter);
    auto* skippedLayout = new QVBoxLayout(skippedBox);
    m_skipped = table(skippedBox, QStringLiteral("skippedTable"),
                      {tr("Reason"), tr("Field"), tr("Readings"), tr("First lines"), tr("Detail")});
    skippedLayout->addWidget(m_skipped);
    splitter->addWidget(storedBox);
    splitter->addWidget(skippedBox);
    layout->addWidget(splitter, 1);
    return page;
}

void RecordImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import My Data"), dialog_folders::start(QStringLiteral("mydata")),
        tr("Personal records (*.xml *.gpx *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    dialog_folders::remember(QStringLiteral("mydata"), path);
    setFile(path);
}

void RecordImportDialog::setFile(const QString& path)
{
    m_file->setText(path);
    m_preview.reset();
    m_report.reset();
    m_updatingMapping = true;
    m_csvTime->clear();
    m_csvValue->clear();
    m_updatingMapping = false;
    m_csvBox->hide();
    setPage(Page::Preview);
    refreshPreview();
}

QString RecordImportDialog::file() const
{
    return m_file->text();
}

void RecordImportDialog::refreshPreview()
{
    const QString path = m_file->text();
    if (path.isEmpty())
        return;
    const int generation = ++m_previewGeneration;
    m_previewing = true;
    m_previewError.clear();
    m_summary->setText(tr("Reading the file…"));
    m_previewErrorLabel->hide();
    updateButtons();
    std::optional<mydata::CsvMapping> mapping;
    if (m_csvBox->isVisible() || (m_preview && m_preview->csvMapping))
        mapping = csvMapping();
    auto* watcher = new QFutureWatcher<core::Result<MyDataPreview>>(this);
    connect(watcher, &QFutureWatcher<core::Result<MyDataPreview>>::finished, this,
            [this, watcher, generation] {
                auto result = watcher->result();
                watcher->deleteLater();
                if (generation != m_previewGeneration)
                    return; // another file or mapping was chosen meanwhile
                m_previewing = false;
                if (!result) {
                    m_preview.reset();
                    showPreviewError(myDataErrorText(result.error()));
                } else {
                    m_preview = std::move(*result);
                    showPreview();
                }
                updateButtons();
                emit previewReady();
            });
    watcher->setFuture(
        QtConcurrent::run([file = toStd(path), mapping] { return runPreview(file, mapping); }));
}

void RecordImportDialog::showPreviewError(const QString& text)
{
    m_previewError = text;
    m_summary->clear();
    m_format->clear();
    m_previewErrorLabel->setText(text);
    m_previewErrorLabel->show();
    for (QTableWidget* t : {m_stored, m_sample, m_skipped})
        t->setRowCount(0);
}

void RecordImportDialog::showPreview()
{
    const MyDataPreview& p = *m_preview;
    m_format->setText(tr("Format: %1").arg(myDataFormatText(p.format)));
    if (p.format == "csv") {
        fillCsvMapping();
        m_csvBox->show();
        if (!p.csvMapping) {
            m_summary->setText(tr("Choose which columns hold the time and the value, what they measure and "
                                  "in which unit."));
            for (QTableWidget* t : {m_stored, m_sample, m_skipped})
                t->setRowCount(0);
            return;
        }
    }
    const mydata::ImportReport& report = p.preview.report;
    m_summary->setText(importSummaryText(report, false));
    m_stored->setRowCount(static_cast<int>(report.categories.size()));
    for (int row = 0; row < static_cast<int>(report.categories.size()); ++row) {
        const mydata::CategoryFound& c = report.categories[static_cast<std::size_t>(row)];
        m_stored->setItem(row, 0, cell(myDataCategoryText(c.category)));
        m_stored->setItem(row, 1, cell(myDataUnitText(c.unit)));
        m_stored->setItem(row, 2, cell(QLocale().toString(static_cast<qlonglong>(c.readings))));
        m_stored->setItem(row, 3, cell(QLocale().toString(static_cast<qlonglong>(c.blocks))));
    }
    m_sample->setRowCount(0);
    for (const mydata::RecordBlock& block : p.preview.sample) {
        const QString category = myDataCategoryText(block.category);
        if (block.category == mydata::Category::Mobility) {
            for (const mydata::TrackPoint& point : block.points) {
                const int row = m_sample->rowCount();
                m_sample->insertRow(row);
                m_sample->setItem(row, 0, cell(category));
                m_sample->setItem(row, 1, cell(point.time ? localTime(*point.time) : tr("no time")));
                m_sample->setItem(row, 2, cell(QString()));
                m_sample->setItem(row, 3,
                                  cell(QStringLiteral("%1, %2").arg(QLocale().toString(point.lat, 'f', 5),
                                                                    QLocale().toString(point.lon, 'f', 5))));
            }
            continue;
        }
        for (const mydata::Interval& reading : block.intervals) {
            const int row = m_sample->rowCount();
            m_sample->insertRow(row);
            m_sample->setItem(row, 0, cell(category));
            m_sample->setItem(row, 1, cell(localTime(reading.start)));
            m_sample->setItem(row, 2, cell(durationText(reading.duration)));
            m_sample->setItem(row, 3,
                              cell(QStringLiteral("%1 %2").arg(QLocale().toString(reading.value, 'g', 8),
                                                               myDataUnitText(block.unit))));
        }
    }
    m_sample->resizeColumnsToContents();
    fillIssueTable(m_skipped, report);
}

std::optional<mydata::CsvMapping> RecordImportDialog::csvMapping() const
{
    if (m_csvTime->currentIndex() < 0 || m_csvValue->currentIndex() < 0)
        return m_preview ? m_preview->csvMapping : std::nullopt;
    mydata::CsvMapping mapping =
        m_preview && m_preview->csvMapping ? *m_preview->csvMapping : mydata::CsvMapping{};
    mapping.timeColumn = toStd(m_csvTime->currentText());
    mapping.valueColumn = toStd(m_csvValue->currentText());
    mapping.category = static_cast<mydata::Category>(m_csvCategory->currentData().toInt());
    mapping.unit = toStd(m_csvUnit->currentData().toString());
    mapping.timeZone = toStd(m_csvZone->currentData().toString());
    return mapping;
}

void RecordImportDialog::setCsvMapping(const mydata::CsvMapping& mapping)
{
    if (!m_preview)
        m_preview = MyDataPreview{};
    m_preview->csvMapping = mapping;
    fillCsvMapping();
    refreshPreview();
}

void RecordImportDialog::fillCsvMapping()
{
    if (!m_preview)
        return;
    m_updatingMapping = true;
    const auto& header = m_preview->csvHeader;
    if (m_csvTime->count() != static_cast<int>(header.size())) {
        m_csvTime->clear();
        m_csvValue->clear();
        for (const std::string& column : header) {
            m_csvTime->addItem(toQ(column));
            m_csvValue->addItem(toQ(column));
        }
        m_csvTime->setCurrentIndex(-1);
        m_csvValue->setCurrentIndex(header.size() > 1 ? -1 : 0);
    }
    if (const auto& mapping = m_preview->csvMapping) {
        m_csvTime->setCurrentText(toQ(mapping->timeColumn));
        m_csvValue->setCurrentText(toQ(mapping->valueColumn));
        m_csvCategory->setCurrentIndex(m_csvCategory->findData(static_cast<int>(mapping->category)));
        m_csvUnit->clear();
        for (const std::string& unit : mydata::csvUnitsFor(mapping->category))
            m_csvUnit->addItem(toQ(unit), toQ(unit));
        m_csvUnit->setCurrentIndex(std::max(0, m_csvUnit->findData(toQ(mapping->unit))));
        int zone = m_csvZone->findData(toQ(mapping->timeZone));
        if (zone < 0) {
            m_csvZone->addItem(toQ(mapping->timeZone), toQ(mapping->timeZone));
            zone = m_csvZone->count() - 1;
        }
        m_csvZone->setCurrentIndex(zone);
    } else if (m_csvUnit->count() == 0) {
        for (const std::string& unit : mydata::csvUnitsFor(mydata::Category::Electricity))
            m_csvUnit->addItem(toQ(unit), toQ(unit));
    }
    m_updatingMapping = false;
}

void RecordImportDialog::csvMappingEdited()
{
    if (m_updatingMapping || !m_preview || m_csvTime->currentIndex() < 0 || m_csvValue->currentIndex() < 0)
        return;
    m_preview->csvMapping = csvMapping();
    refreshPreview();
}

void fillIssueTable(QTableWidget* t, const mydata::ImportReport& report)
{
    t->setRowCount(static_cast<int>(report.issues.size()));
    for (int row = 0; row < static_cast<int>(report.issues.size()); ++row) {
        const mydata::ImportIssue& issue = report.issues[static_cast<std::size_t>(row)];
        QStringList lines;
        for (const long line : issue.lines)
            if (line > 0)
                lines << QString::number(line);
        QString lineText = lines.join(QStringLiteral(", "));
        if (!lines.isEmpty() && issue.count > static_cast<std::int64_t>(lines.size()))
            lineText += QStringLiteral(", …");
        t->setItem(row, 0, cell(myDataReasonText(issue.reason)));
        t->setItem(row, 1, cell(toQ(issue.field)));
        t->setItem(row, 2, cell(QLocale().toString(static_cast<qlonglong>(issue.count))));
        t->setItem(row, 3, cell(lineText));
        t->setItem(row, 4, cell(toQ(issue.message)));
    }
    t->resizeColumnsToContents();
}

QString importSummaryText(const mydata::ImportReport& report, bool stored)
{
    const QLocale locale;
    QString text = stored
                       ? RecordImportDialog::tr("%1 of the file's %2 readings were stored in the vault; %3 "
                                                "skipped.")
                       : RecordImportDialog::tr("%1 of the file's %2 readings will be stored; %3 are "
                                                "skipped.");
    text = text.arg(locale.toString(static_cast<qlonglong>(report.kept)),
                    locale.toString(static_cast<qlonglong>(report.read)),
                    locale.toString(static_cast<qlonglong>(report.skipped)));
    if (report.kept > 0 && report.periodEnd > 0)
        text += QLatin1Char(' ') +
                RecordImportDialog::tr("They cover %1 to %2.")
                    .arg(consentDateText(report.periodStart), consentDateText(report.periodEnd));
    if (report.untimedPoints > 0)
        text += QLatin1Char(' ') +
                RecordImportDialog::tr("%n track point(s) have no time: they are kept, but never shared.",
                                       nullptr, static_cast<int>(report.untimedPoints));
    if (report.dividedAtMidnight > 0)
        text += QLatin1Char(' ') +
                RecordImportDialog::tr("%n reading(s) ran past midnight and were divided there.", nullptr,
                                       static_cast<int>(report.dividedAtMidnight));
    return text;
}

} // namespace balgul::ui
