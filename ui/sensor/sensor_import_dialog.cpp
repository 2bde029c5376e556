// The sensor import dialog: the preview page and the options.
#include "ui/sensor/sensor_import_dialog.h"

#include "core/store/store.h"
#include "ui/dialog_folders.h"
#include "ui/dialog_size.h"
#include "ui/home_city.h"
#include "ui/qt_convert.h"
#include "ui/sensor/generic_mapping_dialog.h"
#include "ui/sensor/import_preview_table.h"
#include "ui/sensor/import_reason_text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace balgul::ui {

namespace {

using core::sensor::SensorFormat;

constexpr SensorFormat kFormats[] = {
    SensorFormat::Auto,        SensorFormat::SensorCommunity,
    SensorFormat::PurpleAir,   SensorFormat::SensorCommunityJson,
    SensorFormat::AirGradient, SensorFormat::Atmotube,
    SensorFormat::AirKorea,    SensorFormat::Generic,
};

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QString timeFormatText(const std::string& format)
{
    if (format.rfind("iso8601", 0) == 0)
        return SensorImportDialog::tr("ISO 8601 date and time");
    if (format == "unix seconds")
        return SensorImportDialog::tr("seconds since 1970 (Unix time)");
    if (format == "unix milliseconds")
        return SensorImportDialog::tr("milliseconds since 1970 (Unix time)");
    if (format == "unix seconds or iso8601")
        return SensorImportDialog::tr("seconds since 1970 (Unix time) or ISO 8601 date and time");
    if (format.find('%') != std::string::npos)
        return SensorImportDialog::tr("the pattern %1").arg(toQ(format));
    return toQ(format);
}

} // namespace

SensorImportDialog::SensorImportDialog(core::Store& store, QWidget* parent) : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("sensorImportDialog"));
    setWindowTitle(tr("Import Sensor File"));
    auto* layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildPreviewPage());
    m_pages->addWidget(buildImportingPage());
    m_pages->addWidget(buildReportPage());
    layout->addWidget(m_pages, 1);

    m_buttons = new QDialogButtonBox(this);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    m_copyButton = m_buttons->addButton(tr("&Copy Report"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("copyReportButton"));
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(m_buttons);
    connect(m_importButton, &QPushButton::clicked, this, &SensorImportDialog::startImport);
    connect(m_copyButton, &QPushButton::clicked, this, &SensorImportDialog::copyReport);
    connect(m_closeButton, &QPushButton::clicked, this, &SensorImportDialog::reject);

    setPage(Page::Preview);
    resizeWithinScreen(this, QSize(900, 680));
}

QWidget* SensorImportDialog::buildPreviewPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("sensorFile"));
    m_file->setPlaceholderText(tr("A sensor file (CSV or JSON)"));
    auto* browse = new QPushButton(tr("&Browse…"), page);
    fileRow->addWidget(new QLabel(tr("File:"), page));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);
    connect(browse, &QPushButton::clicked, this, &SensorImportDialog::chooseFile);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (!m_updating)
            refreshPreview();
    });

    auto* formatRow = new QHBoxLayout;
    m_format = new QComboBox(page);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    for (const SensorFormat format : kFormats)
        m_format->addItem(sensorFormatText(format), static_cast<int>(format));
    m_mappingButton = new QPushButton(tr("Set Up &Columns…"), page);
    m_mappingButton->setObjectName(QStringLiteral("columnMappingButton"));
    m_mappingButton->setToolTip(tr("Say which column holds the time and which hold values"));
    formatRow->addWidget(new QLabel(tr("Format:"), page));
    formatRow->addWidget(m_format, 1);
    formatRow->addWidget(m_mappingButton);
    layout->addLayout(formatRow);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        if (static_cast<SensorFormat>(m_format->currentData().toInt()) == SensorFormat::Generic && !m_generic)
            editColumnMapping();
        refreshPreview();
    });
    connect(m_mappingButton, &QPushButton::clicked, this, &SensorImportDialog::editColumnMapping);

    m_detected = new QLabel(page);
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_detected->setWordWrap(true);
    m_timeLabel = new QLabel(page);
    m_timeLabel->setObjectName(QStringLiteral("timeLabel"));
    m_timeLabel->setWordWrap(true);
    m_previewErrorLabel = new QLabel(page);
    m_previewErrorLabel->setObjectName(QStringLiteral("previewError"));
    m_previewErrorLabel->setWordWrap(true);
    m_previewErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewErrorLabel->setStyleSheet(QStringLiteral("color: #8a1c12;"));
    layout->addWidget(m_detected);
    layout->addWidget(m_timeLabel);
    layout->addWidget(m_previewErrorLabel);

    auto* tabs = new QTabWidget(page);
    m_mappingTable = new QTableWidget(0, 4, tabs);
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingTable->setHorizontalHeaderLabels(
        {tr("Measures"), tr("Column in the file"), tr("Stored unit"), tr("Conversion")});
    m_previewTable = new QTableWidget(tabs);
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_rawTable = new QTableWidget(tabs);
    m_rawTable->setObjectName(QStringLiteral("rawTable"));
    for (QTableWidget* table : {m_mappingTable, m_previewTable, m_rawTable}) {
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->horizontalHeader()->setStretchLastSection(true);
    }
    tabs->addTab(m_previewTable, tr("First Rows as Read"));
    tabs->addTab(m_mappingTable, tr("Column Mapping"));
    tabs->addTab(m_rawTable, tr("First Rows in the File"));
    layout->addWidget(tabs, 1);
    layout->addWidget(buildOptions(page));

    m_importErrorLabel = new QLabel(page);
    m_importErrorLabel->setObjectName(QStringLiteral("importError"));
    m_importErrorLabel->setWordWrap(true);
    m_importErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importErrorLabel->setStyleSheet(QStringLiteral("color: #8a1c12;"));
    m_importErrorLabel->hide();
    layout->addWidget(m_importErrorLabel);
    return page;
}

QWidget* SensorImportDialog::buildOptions(QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* general = new QGroupBox(tr("Device"), box);
    auto* form = new QFormLayout(general);
    m_deviceName = new QLineEdit(general);
    m_deviceName->setObjectName(QStringLiteral("deviceName"));
    m_deviceName->setPlaceholderText(tr("e.g. Balcony sensor"));
    form->addRow(tr("&Name:"), m_deviceName);
    m_timeZone = new QComboBox(general);
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setEditable(true);
    m_timeZone->addItems(commonTimeZoneNames());
    m_timeZone->setCurrentText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_timeZone->setToolTip(tr("The zone of times written without one (Atmotube files). "
                              "An IANA name like Asia/Seoul or an offset like +09:00."));
    form->addRow(tr("Local &times are in:"), m_timeZone);
    connect(m_timeZone, &QComboBox::activated, this, &SensorImportDialog::refreshPreview);
    connect(m_timeZone->lineEdit(), &QLineEdit::editingFinished, this, &SensorImportDialog::refreshPreview);
    layout->addWidget(general, 1);

    m_fixedLocation = new QGroupBox(tr("Fixed &location"), box);
    m_fixedLocation->setObjectName(QStringLiteral("fixedLocationBox"));
    m_fixedLocation->setCheckable(true);
    m_fixedLocation->setChecked(false);
    m_fixedLocation->setToolTip(tr("Where a stationary sensor stands, when the file does not say"));
    auto* locationForm = new QFormLayout(m_fixedLocation);
    m_lat = new QDoubleSpinBox(m_fixedLocation);
    m_lat->setObjectName(QStringLiteral("latitudeSpin"));
    m_lat->setRange(-90, 90);
    m_lat->setDecimals(6);
    m_lat->setValue(kHomeLatitude);
    m_lon = new QDoubleSpinBox(m_fixedLocation);
    m_lon->setObjectName(QStringLiteral("longitudeSpin"));
    m_lon->setRange(-180, 180);
    m_lon->setDecimals(6);
    m_lon->setValue(kHomeLongitude);
    locationForm->addRow(tr("Latitude:"), m_lat);
    locationForm->addRow(tr("Longitude:"), m_lon);
    layout->addWidget(m_fixedLocation, 1);

    m_gpxBox = new QGroupBox(tr("&Mobile sensing: positions from a GPX track"), box);
    m_gpxBox->setObjectName(QStringLiteral("gpxBox"));
    m_gpxBox->setCheckable(true);
    m_gpxBox->setChecked(false);
    auto* gpxForm = new QFormLayout(m_gpxBox);
    auto* gpxRow = new QHBoxLayout;
    m_gpxFile = new QLineEdit(m_gpxBox);
    m_gpxFile->setObjectName(QStringLiteral("gpxFile"));
    auto* gpxBrowse = new QPushButton(tr("Browse…"), m_gpxBox);
    gpxRow->addWidget(m_gpxFile, 1);
    gpxRow->addWidget(gpxBrowse);
    gpxForm->addRow(tr("Track:"), gpxRow);
    m_maxGap = new QSpinBox(m_gpxBox);
    m_maxGap->setObjectName(QStringLiteral("maxGapSpin"));
    m_maxGap->setRange(1, 24 * 3600);
    m_maxGap->setValue(120);
    m_maxGap->setSuffix(tr(" s"));
    m_maxGap->setToolTip(tr("A reading farther in time than this from the track gets no position"));
    gpxForm->addRow(tr("Largest gap:"), m_maxGap);
    layout->addWidget(m_gpxBox, 2);
    connect(gpxBrowse, &QPushButton::clicked, this, &SensorImportDialog::chooseGpxFile);
    connect(m_gpxFile, &QLineEdit::textChanged, this, &SensorImportDialog::updateOptionStates);

    // A device stands still or moves: one of the two.
    connect(m_fixedLocation, &QGroupBox::toggled, this, [this](bool on) {
        if (on)
            m_gpxBox->setChecked(false);
    });
    connect(m_gpxBox, &QGroupBox::toggled, this, [this](bool on) {
        if (on)
            m_fixedLocation->setChecked(false);
        updateOptionStates();
    });
    return box;
}

SensorImportDialog::~SensorImportDialog()
{
    // The worker must not outlive what it reports to.
    if (m_watcher && m_watcher->isRunning()) {
        cancelImport();
        m_watcher->waitForFinished();
    }
}

void SensorImportDialog::setFile(const QString& path)
{
    m_updating = true;
    m_file->setText(QDir::toNativeSeparators(path));
    m_updating = false;
    refreshPreview();
}

QString SensorImportDialog::file() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

void SensorImportDialog::setGpxFile(const QString& path)
{
    m_gpxFile->setText(QDir::toNativeSeparators(path));
    m_gpxBox->setChecked(!path.isEmpty());
    updateOptionStates();
}

void SensorImportDialog::setGenericMapping(const core::sensor::GenericMapping& mapping)
{
    m_generic = mapping;
    m_updating = true;
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(SensorFormat::Generic)));
    m_updating = false;
    refreshPreview();
}

core::sensor::ImportOptions SensorImportDialog::options() const
{
    core::sensor::ImportOptions options;
    options.format = static_cast<SensorFormat>(m_format->currentData().toInt());
    if (options.format == SensorFormat::Generic)
        options.generic = m_generic;
    if (m_timeZone->isEnabled())
        options.timeZone = toStd(m_timeZone->currentText().trimmed());
    if (m_fixedLocation->isChecked()) {
        options.lat = m_lat->value();
        options.lon = m_lon->value();
    }
    if (m_gpxBox->isChecked()) {
        options.gpxPath = toStd(QDir::fromNativeSeparators(m_gpxFile->text().trimmed()));
        options.maxGapSeconds = m_maxGap->value();
    }
    options.deviceName = toStd(m_deviceName->text().trimmed());
    return options;
}

SensorImportDialog::Page SensorImportDialog::page() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

QString SensorImportDialog::errorText() const
{
    return m_importError.isEmpty() ? m_previewError : m_importError;
}

void SensorImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Sensor File"),
        file().isEmpty() ? dialog_folders::start(QStringLiteral("sensor")) : QFileInfo(file()).absolutePath(),
        tr("Sensor files (*.csv *.json *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    dialog_folders::remember(QStringLiteral("sensor"), path);
    setFile(path);
}

void SensorImportDialog::chooseGpxFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("GPX Track"),
        file().isEmpty() ? dialog_folders::start(QStringLiteral("gpx")) : QFileInfo(file()).absolutePath(),
        tr("GPX tracks (*.gpx);;All files (*)"));
    if (path.isEmpty())
        return;
    dialog_folders::remember(QStringLiteral("gpx"), path);
    setGpxFile(path);
}

void SensorImportDialog::editColumnMapping()
{
    if (file().isEmpty())
        return;
    auto* dialog = new GenericMappingDialog(m_store, file(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_generic)
        dialog->setMapping(*m_generic);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setGenericMapping(dialog->mapping()); });
    dialog->open();
}

void SensorImportDialog::refreshPreview()
{
    m_importError.clear();
    m_importErrorLabel->hide();
    m_needsColumns = false;
    const QString path = file();
    if (path.isEmpty()) {
        m_preview.reset();
        showPreviewError(tr("Choose a sensor file to import."));
        return;
    }
    const core::sensor::ImportOptions opts = options();
    if (opts.format == SensorFormat::Generic && !opts.generic) {
        m_preview.reset();
        showPreviewError(tr("Set up the columns of this file first: which one holds the time and which "
                            "hold values."));
        return;
    }
    auto preview = core::sensor::previewSensorFile(toStd(path), opts, 10);
    if (!preview) {
        m_preview.reset();
        QString text = importErrorText(preview.error());
        m_needsColumns = preview.error().code == "unknown_format";
        if (m_needsColumns)
            text += QLatin1Char(' ') + tr("Choose “Set Up Columns…” to say which column holds what.");
        showPreviewError(text);
        return;
    }
    m_preview = std::move(*preview);
    showPreview();
}

void SensorImportDialog::showPreviewError(const QString& text)
{
    m_previewError = text;
    m_previewErrorLabel->setText(text);
    m_previewErrorLabel->setVisible(!text.isEmpty());
    m_detected->clear();
    m_detected->hide();
    m_timeLabel->clear();
    m_timeLabel->hide();
    m_mappingTable->setRowCount(0);
    clearPreviewTable(m_previewTable);
    clearPreviewTable(m_rawTable);
    updateOptionStates();
}

void SensorImportDialog::showPreview()
{
    const core::sensor::ImportPreview& preview = *m_preview;
    m_previewError.clear();
    m_previewErrorLabel->hide();
    const bool detected = options().format == SensorFormat::Auto;
    const QString format = sensorFormatText(preview.mapping.format);
    m_detected->setText(tr("Format: %1 · Encoding: %2 · Separator: %3")
                            .arg(detected ? tr("%1 (detected)").arg(format) : format,
                                 textEncodingText(preview.encoding), separatorText(preview.separator)));
    m_timeLabel->setText(
        tr("Time: column “%1”, %2")
            .arg(toQ(preview.mapping.timeColumn), timeFormatText(preview.mapping.timeFormat)));
    m_detected->show();
    m_timeLabel->show();
    fillMappingTable(preview.mapping);
    fillPreviewTables(preview);
    updateOptionStates();
}

void SensorImportDialog::fillMappingTable(const core::sensor::FileMapping& mapping)
{
    m_mappingTable->setRowCount(static_cast<int>(mapping.columns.size()));
    for (int row = 0; row < static_cast<int>(mapping.columns.size()); ++row) {
        const core::sensor::ColumnMapping& column = mapping.columns[static_cast<std::size_t>(row)];
        QStringList names;
        for (const std::string& name : column.columns)
            names.append(toQ(name));
        QString source = names.join(QStringLiteral(" + "));
        if (names.size() > 1)
            source = tr("%1 (mean of the channels)").arg(source);
        m_mappingTable->setItem(row, 0, cell(quantityText(column.quantity)));
        m_mappingTable->setItem(row, 1, cell(source));
        m_mappingTable->setItem(row, 2, cell(toQ(core::sensor::unitOf(column.quantity))));
        m_mappingTable->setItem(row, 3,
                                cell(column.conversion.empty() ? tr("none") : toQ(column.conversion)));
    }
    m_mappingTable->resizeColumnsToContents();
}

void SensorImportDialog::fillPreviewTables(const core::sensor::ImportPreview& preview)
{
    fillParsedPreview(m_previewTable, preview);
    fillRawPreview(m_rawTable, preview);
}

void SensorImportDialog::updateOptionStates()
{
    const SensorFormat chosen = static_cast<SensorFormat>(m_format->currentData().toInt());
    const SensorFormat format = m_preview ? m_preview->mapping.format : chosen;
    // Only Atmotube files write local times without a zone; a column mapping carries its own zone.
    m_timeZone->setEnabled(format == SensorFormat::Atmotube);
    m_mappingButton->setVisible(m_needsColumns || chosen == SensorFormat::Generic || m_generic.has_value());
    m_mappingButton->setEnabled(!file().isEmpty());
    const bool gpxReady = !m_gpxBox->isChecked() || !m_gpxFile->text().trimmed().isEmpty();
    m_importButton->setEnabled(m_preview.has_value() && gpxReady && page() == Page::Preview);
}

} // namespace balgul::ui
