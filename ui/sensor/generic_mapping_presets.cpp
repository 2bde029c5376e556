// The column mapping dialog: named presets in the store.
#include "ui/sensor/generic_mapping_dialog.h"

#include "core/store/store.h"
#include "ui/error_text.h"
#include "ui/qt_convert.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace balgul::ui {

void GenericMappingDialog::reloadPresets(const QString& select)
{
    m_presets->clear();
    m_presets->addItem(tr("(choose a preset)"), QString());
    core::sensor::PresetStore presets(m_store.database());
    auto list = presets.list();
    if (!list) {
        showProblem(describeError(list.error()));
    } else {
        for (const auto& [name, mapping] : *list)
            m_presets->addItem(toQ(name), toQ(name));
    }
    const int index = select.isEmpty() ? 0 : m_presets->findData(select);
    m_presets->setCurrentIndex(std::max(0, index));
    m_deletePreset->setEnabled(m_presets->currentIndex() > 0);
}

QStringList GenericMappingDialog::presetNames() const
{
    QStringList names;
    for (int i = 1; i < m_presets->count(); ++i)
        names.append(m_presets->itemData(i).toString());
    return names;
}

bool GenericMappingDialog::savePreset(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        showProblem(tr("Give the preset a name first."));
        return false;
    }
    const core::sensor::GenericMapping current = mapping();
    if (const core::Status valid = current.validate(m_header); !valid) {
        updatePreview(); // shows why
        return false;
    }
    core::sensor::PresetStore presets(m_store.database());
    if (const core::Status saved = presets.save(toStd(trimmed), current); !saved) {
        showProblem(describeError(saved.error()));
        return false;
    }
    reloadPresets(trimmed);
    m_presetName->clear();
    return true;
}

bool GenericMappingDialog::loadPreset(const QString& name)
{
    core::sensor::PresetStore presets(m_store.database());
    auto found = presets.find(toStd(name));
    if (!found) {
        showProblem(describeError(found.error()));
        return false;
    }
    if (!*found) {
        showProblem(tr("There is no preset “%1”.").arg(name));
        return false;
    }
    m_presets->setCurrentIndex(std::max(0, m_presets->findData(name)));
    m_deletePreset->setEnabled(m_presets->currentIndex() > 0);
    m_presetName->setText(name);
    setMapping(**found);
    return true;
}

bool GenericMappingDialog::deletePreset(const QString& name)
{
    if (name.isEmpty())
        return false;
    core::sensor::PresetStore presets(m_store.database());
    if (const core::Status removed = presets.remove(toStd(name)); !removed) {
        showProblem(describeError(removed.error()));
        return false;
    }
    reloadPresets();
    return true;
}

} // namespace balgul::ui
