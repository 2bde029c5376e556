#pragma once

// The vault's passphrase dialogs: making the vault, choosing a new passphrase, and strengthening
// it (a costlier key derivation). Each runs its work through the VaultSession, stays open while it
// runs and says what went wrong in place; passphrase fields are password fields, cleared once used.

#include <QDialog>
#include <QString>

#include <chrono>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace balgul::ui {

class VaultSession;

enum class PassphraseStrength
{
    TooShort, ///< fewer than kMinPassphraseLength characters: refused
    Weak,
    Fair,
    Strong,
};

inline constexpr int kMinPassphraseLength = 8;

/// A rough guess of how hard a passphrase is to guess: its length, the kinds of characters in it
/// (Hangul syllables count as a large alphabet), repeats and a few passwords everyone tries.
PassphraseStrength passphraseStrength(const QString& passphrase);
/// The hint shown under a new passphrase ("Fair: a few more words would make it strong").
QString passphraseStrengthText(PassphraseStrength strength);

/// The two fields for a new passphrase with the strength hint; valid when both agree and the
/// passphrase is long enough.
class NewPassphraseFields : public QObject
{
    Q_OBJECT

public:
    NewPassphraseFields(QWidget* parent, const QString& objectNamePrefix);
    QLineEdit* first() const { return m_first; }
    QLineEdit* second() const { return m_second; }
    QLabel* hint() const { return m_hint; }
    bool isValid() const;
    void clear();

signals:
    void changed();

private:
    void update();

    QLineEdit* m_first = nullptr;
    QLineEdit* m_second = nullptr;
    QLabel* m_hint = nullptr;
};

/// "Create Vault": a passphrase twice, the strength hint, and the warning that it cannot be
/// recovered. Widgets: vaultNewPassphrase, vaultRepeatPassphrase, vaultStrengthHint, vaultCreateError.
class CreateVaultDialog : public QDialog
{
    Q_OBJECT

public:
    CreateVaultDialog(VaultSession& session, QWidget* parent = nullptr);
    QPushButton* createButton() const { return m_create; }
    QString errorText() const;

private:
    void create();
    void setBusy(bool busy);

    VaultSession& m_session;
    NewPassphraseFields* m_fields = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_create = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

/// "Change Passphrase": the present passphrase and a new one twice. The records stay as they are;
/// a copy of the profile made before still opens with the old passphrase (the dialog says so).
/// Widgets: vaultOldPassphrase, vaultNewPassphrase, vaultRepeatPassphrase, vaultChangeError.
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePassphraseDialog(VaultSession& session, QWidget* parent = nullptr);
    QPushButton* changeButton() const { return m_change; }
    QString errorText() const;

private:
    void change();
    void setBusy(bool busy);

    VaultSession& m_session;
    QLineEdit* m_old = nullptr;
    NewPassphraseFields* m_fields = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_change = nullptr;
};

/// "Strengthen": how long unlocking takes here now (measured when the dialog opens), a longer
/// time to aim for, and the passphrase; the key is wrapped again under costlier settings and the
/// new unlock time is shown. Widgets: vaultUnlockTime, vaultTargetTime, vaultStrengthenPassphrase,
/// vaultStrengthenResult.
class StrengthenDialog : public QDialog
{
    Q_OBJECT

public:
    StrengthenDialog(VaultSession& session, QWidget* parent = nullptr);
    QPushButton* strengthenButton() const { return m_strengthen; }
    QString unlockTimeText() const;
    QString resultText() const;

private:
    void measure();
    void strengthen();
    void setBusy(bool busy);
    QString costText() const;

    VaultSession& m_session;
    QLabel* m_current = nullptr;
    QComboBox* m_target = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLabel* m_result = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_strengthen = nullptr;
    std::chrono::milliseconds m_measured{0};
};

} // namespace balgul::ui
