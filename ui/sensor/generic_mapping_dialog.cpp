#include "ui/sensor/generic_mapping_dialog.h"

#include "core/sensor/csv_reader.h"
#include "core/sensor/sensor_import.h"
#include "core/store/store.h"
#include "ui/dialog_size.h"
#include "ui/error_text.h"
#include "ui/qt_convert.h"
#include "ui/sensor/import_preview_table.h"
#include "ui/sensor/import_reason_text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace balgul::ui {

namespace {

using core::sensor::Quantity;

constexpr int kPreviewRows = 8;

/// The mapping's own errors in words; others as every error is described.
QString mappingErrorText(const core::Error& error)
{
    const QString field = toQ(error.field);
    if (error.code == "missing_column")
        return GenericMappingDialog::tr("The file has no column “%1”.").arg(field);
    if (error.code == "bad_time_format")
        return GenericMappingDialog::tr("Balgul does not understand this time format. Choose one from the "
                                        "list or write a pattern with %Y %m %d %H %M %S.");
    if (error.code == "bad_unit")
        return field.isEmpty()
                   ? GenericMappingDialog::tr("A unit does not fit what its column measures.")
                   : GenericMappingDialog::tr("The unit of “%1” does not fit what it measures.").arg(field);
    if (error.code == "unknown_time_zone")
        return GenericMappingDialog::tr("Balgul does not know this time zone. Write a name like "
                                        "Asia/Seoul or an offset like +09:00.");
    if (error.code == "invalid_mapping") {
        if (error.field == "timeColumn")
            return GenericMappingDialog::tr("Choose the column that holds the time.");
        if (error.field == "values")
            return GenericMappingDialog::tr("Choose at least one column with values.");
        if (error.field == "latColumn" || error.field == "lonColumn")
            return GenericMappingDialog::tr("Choose both a latitude and a longitude column, or neither.");
    }
    return importErrorText(error);
}

/// A first guess of what a column measures, from its name.
std::optional<Quantity> guessQuantity(const QString& column)
{
    const QString name = column.toLower().remove(u' ').remove(u'_').remove(u'-');
    if (name.contains(QLatin1String("pm2.5")) || name.contains(QLatin1String("pm25")) ||
        name == QLatin1String("p2"))
        return Quantity::Pm2_5;
    if (name.contains(QLatin1String("pm10")) || name == QLatin1String("p1"))
        return Quantity::Pm10;
    if (name.contains(QLatin1String("pm1")) || name == QLatin1String("p0"))
        return Quantity::Pm1;
    if (name.contains(QLatin1String("pm4")) || name == QLatin1String("p4"))
        return Quantity::Pm4;
    if (name.contains(QLatin1String("temp")) || column.contains(QStringLiteral("기온")) ||
        column.contains(QStringLiteral("온도")))
        return Quantity::Temperature;
    if (name.contains(QLatin1String("hum")) || column.contains(QStringLiteral("습도")))
        return Quantity::Humidity;
    if (name.contains(QLatin1String("press")) || column.contains(QStringLiteral("기압")))
        return Quantity::Pressure;
    if (name.contains(QLatin1String("noise")) || name.contains(QLatin1String("db")) ||
        column.contains(QStringLiteral("소음")))
        return Quantity::NoiseLAeq;
    if (name.contains(QLatin1String("co2")))
        return Quantity::Co2;
    return std::nullopt;
}

bool looksLike(const QString& column, std::initializer_list<const char*> words)
{
    const QString name = column.toLower();
    for (const char* word : words)
        if (name.contains(QString::fromUtf8(word)))
            return true;
    return false;
}

} // namespace

GenericMappingDialog::GenericMappingDialog(core::Store& store, const QString& path, QWidget* parent)
    : QDialog(parent), m_store(store), m_path(path)
{
    setObjectName(QStringLiteral("genericMappingDialog"));
    setWindowTitle(tr("Columns of %1").arg(QFileInfo(path).fileName()));
    auto* layout = new QVBoxLayout(this);

    auto* presetRow = new QHBoxLayout;
    m_presets = new QComboBox(this);
    m_presets->setObjectName(QStringLiteral("presetCombo"));
    m_deletePreset = new QPushButton(tr("&Delete"), this);
    m_deletePreset->setObjectName(QStringLiteral("deletePresetButton"));
    m_presetName = new QLineEdit(this);
    m_presetName->setObjectName(QStringLiteral("presetName"));
    m_presetName->setPlaceholderText(tr("Preset name"));
    auto* save = new QPushButton(tr("&Save as Preset"), this);
    save->setObjectName(QStringLiteral("savePresetButton"));
    presetRow->addWidget(new QLabel(tr("Preset:"), this));
    presetRow->addWidget(m_presets, 1);
    presetRow->addWidget(m_deletePreset);
    presetRow->addSpacing(16);
    presetRow->addWidget(m_presetName, 1);
    presetRow->addWidget(save);
    layout->addLayout(presetRow);

    auto* timeBox = new QGroupBox(tr("Time"), this);
    auto* timeForm = new QFormLayout(timeBox);
    m_separator = new QComboBox(timeBox);
    m_separator->setObjectName(QStringLiteral("separatorCombo"));
    m_separator->addItem(tr("Detect"), 0);
    m_separator->addItem(tr("semicolon (;)"), int(';'));
    m_separator->addItem(tr("comma (,)"), int(','));
    m_separator->addItem(tr("tab"), int('\t'));
    m_decimal = new QComboBox(timeBox);
    m_decimal->setObjectName(QStringLiteral("decimalCombo"));
    m_decimal->addItem(tr("point (1.5)"), int('.'));
    m_decimal->addItem(tr("comma (1,5)"), int(','));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_separator);
    fileRow->addWidget(new QLabel(tr("Decimals:"), timeBox));
    fileRow->addWidget(m_decimal);
    fileRow->addStretch(1);
    timeForm->addRow(tr("Columns separated by:"), fileRow);
    m_timeColumn = new QComboBox(timeBox);
    m_timeColumn->setObjectName(QStringLiteral("timeColumnCombo"));
    timeForm->addRow(tr("Time &column:"), m_timeColumn);
    m_timeFormat = new QComboBox(timeBox);
    m_timeFormat->setObjectName(QStringLiteral("timeFormatCombo"));
    m_timeFormat->setEditable(true);
    m_timeFormat->addItem(tr("ISO 8601 (2024-05-01T09:30:00)"), QStringLiteral("iso8601"));
    m_timeFormat->addItem(tr("Unix seconds (1714555800)"), QStringLiteral("unix seconds"));
    m_timeFormat->addItem(tr("Unix milliseconds (1714555800000)"), QStringLiteral("unix milliseconds"));
    m_timeFormat->addItem(tr("Unix seconds or ISO 8601, whichever each row has"),
                          QStringLiteral("unix seconds or iso8601"));
    for (const char* pattern :
         {"%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M",
          "%m/%d/%Y %H:%M:%S", "%d/%m/%Y %H:%M:%S"})
        m_timeFormat->addItem(QString::fromLatin1(pattern), QString::fromLatin1(pattern));
    m_timeFormat->setToolTip(
        tr("Or write a pattern: %Y year, %m month, %d day, %H hour, %M minute, %S second"));
    timeForm->addRow(tr("Time &format:"), m_timeFormat);
    m_timeZone = new QComboBox(timeBox);
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setEditable(true);
    m_timeZone->addItems(commonTimeZoneNames());
    m_timeZone->setToolTip(
        tr("The zone of times written without one: an IANA name or an offset like +09:00"));
    timeForm->addRow(tr("Time &zone:"), m_timeZone);

    auto* valueBox = new QGroupBox(tr("Values and position"), this);
    auto* valueLayout = new QVBoxLayout(valueBox);
    m_values = new QTableWidget(0, 3, valueBox);
    m_values->setObjectName(QStringLiteral("valueTable"));
    m_values->setHorizontalHeaderLabels({tr("Column"), tr("Measures"), tr("Unit in the file")});
    m_values->verticalHeader()->hide();
    m_values->horizontalHeader()->setStretchLastSection(true);
    valueLayout->addWidget(m_values, 1);
    auto* positionForm = new QFormLayout;
    m_latColumn = new QComboBox(valueBox);
    m_latColumn->setObjectName(QStringLiteral("latColumnCombo"));
    m_lonColumn = new QComboBox(valueBox);
    m_lonColumn->setObjectName(QStringLiteral("lonColumnCombo"));
    m_deviceId = new QLineEdit(valueBox);
    m_deviceId->setObjectName(QStringLiteral("deviceIdEdit"));
    m_deviceId->setPlaceholderText(QFileInfo(path).completeBaseName());
    positionForm->addRow(tr("&Latitude column:"), m_latColumn);
    positionForm->addRow(tr("L&ongitude column:"), m_lonColumn);
    positionForm->addRow(tr("De&vice:"), m_deviceId);
    valueLayout->addLayout(positionForm);

    auto* top = new QHBoxLayout;
    top->addWidget(timeBox, 1);
    top->addWidget(valueBox, 1);
    layout->addLayout(top, 1);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("mappingProblem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #8a1c12;"));
    layout->addWidget(m_problemLabel);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("mappingPreviewTable"));
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_preview, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GenericMappingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GenericMappingDialog::reject);

    connect(save, &QPushButton::clicked, this, [this] { savePreset(m_presetName->text()); });
    connect(m_deletePreset, &QPushButton::clicked, this,
            [this] { deletePreset(m_presets->currentData().toString()); });
    connect(m_presets, &QComboBox::activated, this, [this] {
        const QString name = m_presets->currentData().toString();
        m_deletePreset->setEnabled(!name.isEmpty());
        if (!name.isEmpty())
            loadPreset(name);
    });
    connect(m_separator, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        readHeader(static_cast<char>(m_separator->currentData().toInt()));
        guessMapping();
    });
    for (QComboBox* combo : {m_decimal, m_timeColumn, m_latColumn, m_lonColumn})
        connect(combo, &QComboBox::currentIndexChanged, this, &GenericMappingDialog::updatePreview);
    for (QComboBox* combo : {m_timeFormat, m_timeZone})
        connect(combo, &QComboBox::currentTextChanged, this, &GenericMappingDialog::updatePreview);
    connect(m_deviceId, &QLineEdit::textChanged, this, &GenericMappingDialog::updatePreview);
    connect(m_values, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        // A column that is not imported keeps its choices but greys them out.
        const bool used = item->checkState() == Qt::Checked;
        for (int col = 1; col <= 2; ++col)
            if (QWidget* widget = m_values->cellWidget(item->row(), col))
                widget->setEnabled(used);
        updatePreview();
    });

    reloadPresets();
    readHeader(0);
    guessMapping();
    resizeWithinScreen(this, QSize(980, 700));
}

void GenericMappingDialog::readHeader(char separator)
{
    m_header.clear();
    auto reader = core::sensor::CsvReader::open(toStd(m_path), separator);
    if (reader) {
        auto first = (*reader)->next();
        if (!first)
            showProblem(importErrorText(first.error()));
        else if (*first)
            m_header = (*reader)->fieldStrings();
    } else {
        showProblem(importErrorText(reader.error()));
    }
    buildValueTable();
}

void GenericMappingDialog::buildValueTable()
{
    m_updating = true;
    QStringList columns;
    for (const std::string& name : m_header)
        columns.append(toQ(name));
    m_timeColumn->clear();
    m_timeColumn->addItems(columns);
    for (QComboBox* combo : {m_latColumn, m_lonColumn}) {
        combo->clear();
        combo->addItem(tr("(none)"), QString());
        for (const QString& column : columns)
            combo->addItem(column, column);
    }
    m_values->setRowCount(static_cast<int>(columns.size()));
    for (int row = 0; row < static_cast<int>(columns.size()); ++row) {
        auto* item = new QTableWidgetItem(columns[row]);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        m_values->setItem(row, 0, item);
        auto* quantity = new QComboBox(m_values);
        quantity->setObjectName(QStringLiteral("quantity_%1").arg(row));
        for (int q = 0; q <= static_cast<int>(Quantity::Co2); ++q)
            quantity->addItem(quantityText(static_cast<Quantity>(q)), q);
        m_values->setCellWidget(row, 1, quantity);
        auto* unit = new QComboBox(m_values);
        unit->setObjectName(QStringLiteral("unit_%1").arg(row));
        m_values->setCellWidget(row, 2, unit);
        setUnits(row, Quantity::Pm1);
        quantity->setEnabled(false);
        unit->setEnabled(false);
        connect(quantity, &QComboBox::currentIndexChanged, this, [this, row, quantity] {
            setUnits(row, static_cast<Quantity>(quantity->currentData().toInt()));
            updatePreview();
        });
        connect(unit, &QComboBox::currentIndexChanged, this, &GenericMappingDialog::updatePreview);
    }
    m_values->resizeColumnToContents(0);
    m_updating = false;
}

void GenericMappingDialog::setUnits(int row, Quantity quantity, const QString& unit)
{
    auto* combo = qobject_cast<QComboBox*>(m_values->cellWidget(row, 2));
    if (!combo)
        return;
    const bool wasUpdating = std::exchange(m_updating, true);
    combo->clear();
    for (const std::string& name : core::sensor::unitsFor(quantity))
        combo->addItem(toQ(name));
    if (!unit.isEmpty()) {
        if (combo->findText(unit) < 0)
            combo->addItem(unit); // validate() says why it does not fit
        combo->setCurrentIndex(combo->findText(unit));
    }
    m_updating = wasUpdating;
}

void GenericMappingDialog::guessMapping()
{
    m_updating = true;
    int timeRow = -1;
    for (int row = 0; row < static_cast<int>(m_header.size()); ++row) {
        const QString column = toQ(m_header[static_cast<std::size_t>(row)]);
        if (timeRow < 0 && looksLike(column, {"time", "date", "시간", "일시", "날짜"}))
            timeRow = row;
        else if (m_latColumn->currentIndex() == 0 && looksLike(column, {"lat", "위도"}))
            m_latColumn->setCurrentIndex(row + 1);
        else if (m_lonColumn->currentIndex() == 0 && looksLike(column, {"lon", "lng", "경도"}))
            m_lonColumn->setCurrentIndex(row + 1);
        else if (const auto quantity = guessQuantity(column)) {
            QString unit;
            if (*quantity == Quantity::Temperature && looksLike(column, {"°f", "fahrenheit", "(f)"}))
                unit = QStringLiteral("°F");
            setValueColumn(column, true, *quantity, unit);
        }
    }
    m_timeColumn->setCurrentIndex(std::max(timeRow, 0));
    m_updating = false;
    updatePreview();
}

void GenericMappingDialog::setValueColumn(const QString& column, bool used, Quantity quantity,
                                          const QString& unit)
{
    const int row = rowOf(column);
    if (row < 0)
        return;
    const bool wasUpdating = std::exchange(m_updating, true);
    m_values->item(row, 0)->setCheckState(used ? Qt::Checked : Qt::Unchecked);
    auto* combo = qobject_cast<QComboBox*>(m_values->cellWidget(row, 1));
    combo->setCurrentIndex(combo->findData(static_cast<int>(quantity)));
    setUnits(row, quantity, unit);
    m_updating = wasUpdating;
    updatePreview();
}

int GenericMappingDialog::rowOf(const QString& column) const
{
    for (int row = 0; row < m_values->rowCount(); ++row)
        if (m_values->item(row, 0)->text() == column)
            return row;
    return -1;
}

QString GenericMappingDialog::timeFormat() const
{
    const int index = m_timeFormat->findText(m_timeFormat->currentText());
    return index >= 0 ? m_timeFormat->itemData(index).toString() : m_timeFormat->currentText().trimmed();
}

void GenericMappingDialog::setTimeFormat(const QString& format)
{
    const int index = m_timeFormat->findData(format);
    if (index >= 0)
        m_timeFormat->setCurrentIndex(index);
    else
        m_timeFormat->setEditText(format);
}

core::sensor::GenericMapping GenericMappingDialog::mapping() const
{
    core::sensor::GenericMapping mapping;
    mapping.timeColumn = toStd(m_timeColumn->currentText());
    mapping.timeFormat = toStd(timeFormat());
    mapping.timeZone = toStd(m_timeZone->currentText().trimmed());
    mapping.separator = static_cast<char>(m_separator->currentData().toInt());
    mapping.decimal = static_cast<char>(m_decimal->currentData().toInt());
    mapping.latColumn = toStd(m_latColumn->currentData().toString());
    mapping.lonColumn = toStd(m_lonColumn->currentData().toString());
    mapping.deviceId = toStd(m_deviceId->text().trimmed());
    for (int row = 0; row < m_values->rowCount(); ++row) {
        if (m_values->item(row, 0)->checkState() != Qt::Checked)
            continue;
        core::sensor::GenericColumn column;
        column.column = toStd(m_values->item(row, 0)->text());
        if (column.column == mapping.timeColumn || column.column == mapping.latColumn ||
            column.column == mapping.lonColumn)
            continue;
        const auto* quantity = qobject_cast<QComboBox*>(m_values->cellWidget(row, 1));
        const auto* unit = qobject_cast<QComboBox*>(m_values->cellWidget(row, 2));
        column.quantity = static_cast<Quantity>(quantity->currentData().toInt());
        column.unit = toStd(unit->currentText());
        mapping.values.push_back(std::move(column));
    }
    return mapping;
}

void GenericMappingDialog::setMapping(const core::sensor::GenericMapping& mapping)
{
    m_updating = true;
    const int separator = m_separator->findData(static_cast<int>(mapping.separator));
    if (separator >= 0 && separator != m_separator->currentIndex()) {
        m_separator->setCurrentIndex(separator);
        readHeader(mapping.separator);
        m_updating = true;
    }
    m_decimal->setCurrentIndex(std::max(0, m_decimal->findData(static_cast<int>(mapping.decimal))));
    m_timeColumn->setCurrentIndex(std::max(0, m_timeColumn->findText(toQ(mapping.timeColumn))));
    setTimeFormat(toQ(mapping.timeFormat));
    m_timeZone->setCurrentText(toQ(mapping.timeZone));
    m_latColumn->setCurrentIndex(std::max(0, m_latColumn->findData(toQ(mapping.latColumn))));
    m_lonColumn->setCurrentIndex(std::max(0, m_lonColumn->findData(toQ(mapping.lonColumn))));
    m_deviceId->setText(toQ(mapping.deviceId));
    for (int row = 0; row < m_values->rowCount(); ++row)
        m_values->item(row, 0)->setCheckState(Qt::Unchecked);
    for (const core::sensor::GenericColumn& column : mapping.values)
        setValueColumn(toQ(column.column), true, column.quantity, toQ(column.unit));
    m_updating = false;
    updatePreview();
}

void GenericMappingDialog::showProblem(const QString& text)
{
    m_problem = text;
    m_problemLabel->setText(text);
    m_problemLabel->setVisible(!text.isEmpty());
    if (QPushButton* ok = m_buttons ? m_buttons->button(QDialogButtonBox::Ok) : nullptr)
        ok->setEnabled(text.isEmpty());
}

int GenericMappingDialog::previewRowCount() const
{
    int count = 0;
    for (int row = 0; row < m_preview->rowCount(); ++row)
        if (m_preview->item(row, 1) && m_preview->item(row, 1)->text() != tr("skipped"))
            ++count;
    return count;
}

void GenericMappingDialog::updatePreview()
{
    if (m_updating)
        return;
    if (m_header.empty()) {
        clearPreviewTable(m_preview);
        if (m_problem.isEmpty())
            showProblem(tr("The file has no header line with column names."));
        return;
    }
    const core::sensor::GenericMapping current = mapping();
    if (const core::Status valid = current.validate(m_header); !valid) {
        clearPreviewTable(m_preview);
        showProblem(mappingErrorText(valid.error()));
        return;
    }
    core::sensor::ImportOptions options;
    options.format = core::sensor::SensorFormat::Generic;
    options.generic = current;
    auto preview = core::sensor::previewSensorFile(toStd(m_path), options, kPreviewRows);
    if (!preview) {
        clearPreviewTable(m_preview);
        showProblem(mappingErrorText(preview.error()));
        return;
    }
    fillParsedPreview(m_preview, *preview);
    showProblem({});
    bool anyRead = false;
    for (const auto& parsed : preview->parsed)
        anyRead = anyRead || parsed.has_value();
    if (!anyRead && !preview->rows.empty()) {
        // A warning, not a block: the first rows of a file are sometimes its oddest.
        const QString first = preview->problems.empty() ? QString() : toQ(preview->problems.front());
        m_problemLabel->setText(tr("None of the first rows can be read this way: %1").arg(first));
        m_problemLabel->show();
    }
}

void GenericMappingDialog::accept()
{
    updatePreview();
    if (m_problem.isEmpty())
        QDialog::accept();
}

} // namespace balgul::ui
