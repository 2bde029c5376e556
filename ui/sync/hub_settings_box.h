#pragma once

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace balgul::ui {

class Settings;
class SyncController;

/// The "City hub" part of Preferences: the hub's address, login and password with Sign in
/// (runs off the GUI thread; the password is never stored) and Sign out, and automatic sync on
/// or off (written by apply(), when the dialog is saved).
///
/// A new member types the invite code their coordinator gave them: Sign in then creates the
/// account first.
///
/// Widgets for tests: hubUrlEdit, hubLoginEdit, hubPasswordEdit, hubInviteEdit, signInButton,
/// signOutButton, autoSyncCheck, hubStatusLabel.
class HubSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    HubSettingsBox(SyncController& controller, Settings& settings, QWidget* parent = nullptr);

    /// Writes the automatic-sync choice to the settings and the controller.
    void apply();

private:
    void signIn();
    void signOut();
    void onSignInFinished(bool ok, const QString& message);
    void updateState();
    void showStatus(const QString& text, bool isError);

    SyncController& m_controller;
    Settings& m_settings;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_invite = nullptr;
    QPushButton* m_signIn = nullptr;
    QPushButton* m_signOut = nullptr;
    QCheckBox* m_automatic = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace balgul::ui
