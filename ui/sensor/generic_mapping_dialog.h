#pragma once

#include "core/sensor/generic_mapping.h"
#include "core/sensor/observation.h"

#include <QDialog>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace balgul::core {
class Store;
}

namespace balgul::ui {

/// Says how to read a CSV Balgul does not know: the time column and its format and zone, which
/// columns hold values (each with its quantity and the unit the file writes), optional latitude
/// and longitude columns, and the device's name. The first rows show live as the import would
/// read them, or why the mapping cannot read the file. Mappings are saved as named presets in the
/// store and loaded or deleted from the preset list.
///
/// Widgets for tests by object name: `presetCombo`, `presetName`, `savePresetButton`,
/// `deletePresetButton`, `separatorCombo`, `decimalCombo`, `timeColumnCombo`, `timeFormatCombo`,
/// `timeZoneCombo`, `valueTable` (per row: a check box item in column 0, `quantity_<row>` and
/// `unit_<row>` combo boxes), `latColumnCombo`, `lonColumnCombo`, `deviceIdEdit`,
/// `mappingPreviewTable`, `mappingProblem`.
class GenericMappingDialog : public QDialog
{
    Q_OBJECT

public:
    /// Reads the header of `path` (guessing a first mapping from the column names).
    GenericMappingDialog(core::Store& store, const QString& path, QWidget* parent = nullptr);

    /// Shows this mapping (columns the file lacks are left out).
    void setMapping(const core::sensor::GenericMapping& mapping);
    /// The mapping the widgets say.
    core::sensor::GenericMapping mapping() const;
    /// The file's column names.
    const std::vector<std::string>& header() const { return m_header; }
    /// Why the mapping cannot read the file, in words; empty when it can.
    QString problemText() const { return m_problem; }
    /// Rows of the live preview that the mapping reads.
    int previewRowCount() const;

    /// The names of the saved presets, sorted.
    QStringList presetNames() const;
    /// Saves the mapping under a name (replacing one of that name); false (and the reason shown)
    /// when it cannot.
    bool savePreset(const QString& name);
    /// Loads a preset into the widgets; false when there is none of that name.
    bool loadPreset(const QString& name);
    bool deletePreset(const QString& name);

    /// Uses these widgets for a column of the value table (as a user would).
    void setValueColumn(const QString& column, bool used, core::sensor::Quantity quantity,
                        const QString& unit);

public slots:
    /// Closes only with a mapping that reads the file.
    void accept() override;

private:
    void readHeader(char separator);
    void buildValueTable();
    void guessMapping();
    void setUnits(int row, core::sensor::Quantity quantity, const QString& unit = {});
    void reloadPresets(const QString& select = {});
    void updatePreview();
    void showProblem(const QString& text);
    QString timeFormat() const;
    void setTimeFormat(const QString& format);
    int rowOf(const QString& column) const;

    core::Store& m_store;
    QString m_path;
    std::vector<std::string> m_header;
    QString m_problem;
    bool m_updating = false;

    QComboBox* m_presets = nullptr;
    QLineEdit* m_presetName = nullptr;
    QPushButton* m_deletePreset = nullptr;
    QComboBox* m_separator = nullptr;
    QComboBox* m_decimal = nullptr;
    QComboBox* m_timeColumn = nullptr;
    QComboBox* m_timeFormat = nullptr;
    QComboBox* m_timeZone = nullptr;
    QTableWidget* m_values = nullptr;
    QComboBox* m_latColumn = nullptr;
    QComboBox* m_lonColumn = nullptr;
    QLineEdit* m_deviceId = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_problemLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace balgul::ui
