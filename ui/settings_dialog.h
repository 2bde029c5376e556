#pragma once

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace balgul::ui {

class HubSettingsBox;
class Settings;
class SyncController;

/// Preferences: the language (used from the next start), the base map (OpenStreetMap online
/// with an editable URL template, an offline MBTiles file, or a plain map without tiles) and the
/// name new problems are signed with. Writes to Settings only when accepted.
///
/// Widgets for tests: languageCombo, osmRadio, tileUrlEdit, mbtilesRadio, mbtilesPathEdit,
/// noneRadio, userNameEdit, baseMapError, saveButton.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Settings& settings, QWidget* parent = nullptr);

    bool languageChanged() const { return m_languageChanged; }
    bool baseMapChanged() const { return m_baseMapChanged; }
    bool userNameChanged() const { return m_userNameChanged; }
    /// Adds the "City hub" settings (sign in, sign out, automatic sync) for this profile.
    void addHubSettings(SyncController& controller);

public slots:
    void accept() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void browseMbtiles();
    void updateState();
    QString chosenKind() const;
    /// Empty when the base map choice can be used, else why not.
    QString baseMapProblem() const;

    Settings& m_settings;
    QComboBox* m_language = nullptr;
    QRadioButton* m_osm = nullptr;
    QLineEdit* m_tileUrl = nullptr;
    QPushButton* m_resetUrl = nullptr;
    QRadioButton* m_mbtiles = nullptr;
    QLineEdit* m_mbtilesPath = nullptr;
    QPushButton* m_browse = nullptr;
    QRadioButton* m_none = nullptr;
    QLabel* m_baseMapError = nullptr;
    QLineEdit* m_userName = nullptr;
    QLabel* m_nameNote = nullptr; ///< whose name is used while signed in
    QPushButton* m_save = nullptr;
    HubSettingsBox* m_hub = nullptr;
    bool m_languageChanged = false;
    bool m_baseMapChanged = false;
    bool m_userNameChanged = false;
};

} // namespace balgul::ui
