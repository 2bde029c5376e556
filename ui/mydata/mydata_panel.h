#pragma once

// The "My Data" dock: the resident's personal records in the encrypted vault.
//
// Without a vault it explains the vault and offers "Create Vault…". Locked, it asks for the
// passphrase (a wrong one is said in place and the field keeps the focus). Unlocked, four tabs:
// Records (per category the blocks, readings and period; the imports, removable; Import…),
// Sharing (the consents and their receipts, Share…, Withdraw…), For you (recommendations) and
// Vault (lock after an idle time, change the passphrase, strengthen). "Lock Now" is always at hand.
//
// Locking: the vault locks after its idle time without use (any key press, click or wheel in the
// app counts as use), when the platform says the app is suspended or hidden, and — unless turned
// off — when the app has been in the background for a minute (on Linux desktops a screen locker
// only shows as the app losing focus). Everything decrypted on show is dropped when it locks.
//
// Widgets for tests by object name: myDataState, myDataLockNow, myDataCreateVault,
// myDataPassphrase, myDataUnlock, myDataUnlockError, myDataTabs, myDataCategories, myDataImports,
// myDataImport, myDataRemoveImport, myDataIdleTimeout, myDataLockInBackground,
// myDataChangePassphrase, myDataStrengthen, myDataMemoryWarning, myDataHome, myDataSetHome,
// myDataForgetHome.

#include "core/sync/hub_client.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace balgul::core {
class Store;
}

namespace balgul::ui {

class ConsentsView;
class RecommendationsView;
class RecordImportDialog;
class ScreenLockWatcher;
class Settings;
class ShareDialog;
class VaultSession;
enum class VaultState;

class MyDataPanel : public QWidget
{
    Q_OBJECT

public:
    using Confirmation = std::function<bool(const QString& title, const QString& question)>;
    using EndpointSource = std::function<core::sync::HubEndpoint()>;
    /// Where the map is centred (the window's map), for "Use the Map's Centre" as the home.
    using MapCentre = std::function<std::optional<std::pair<double, double>>()>;

    /// `settings` keeps whether to lock in the background (nothing personal); may be nullptr.
    MyDataPanel(core::Store& store, Settings* settings, EndpointSource endpoint, QWidget* parent = nullptr);
    ~MyDataPanel() override;

    VaultSession& session() const { return *m_session; }
    ConsentsView* consentsView() const { return m_consents; }
    RecommendationsView* recommendationsView() const { return m_recommendations; }
    /// The dialogs while open (window-modal with open(), never exec()).
    QDialog* vaultDialog() const { return m_vaultDialog.data(); }
    RecordImportDialog* importDialog() const;
    ShareDialog* shareDialog() const;
    /// The state line ("Locked", "Unlocked — locks after 5 minutes without use").
    QString stateText() const;
    QString unlockErrorText() const;
    /// Replaces the yes/no questions (tests answer without a human).
    void setConfirmation(Confirmation confirm);
    void setMapCentre(MapCentre centre) { m_mapCentre = std::move(centre); }
    /// Locks the vault whenever `watcher` hears the screen lock, and says in the Vault tab whether
    /// this desktop tells (the window's watcher; a test's on a private bus).
    void watchScreenLock(ScreenLockWatcher* watcher);
    /// The Vault tab's line on the screen lock.
    QString screenLockText() const;

public slots:
    void createVault();
    /// Unlocks with the passphrase typed in the field (then cleared).
    void unlock();
    void lockNow();
    void changePassphrase();
    void strengthen();
    /// Asks for a file, then opens the import dialog on it.
    void chooseImportFile();
    void importFile(const QString& path);
    /// Asks, then removes the selected import's records.
    void removeSelectedImport();
    void openShareDialog();
    /// Runs `action` now when the vault is unlocked; otherwise asks for the passphrase (or points to
    /// making the vault) and runs it at the next unlock (a later call replaces it).
    void whenUnlocked(std::function<void()> action);
    /// Reads the consents again (after a sync).
    void refreshConsents();
    /// Keeps the map's centre as the home (sealed in the vault; only its cell is ever held back).
    void setHomeToMapCentre();
    void forgetHome();

signals:
    void showProblemRequested(qint64 rowid);
    void showPilotRequested(const QString& pilotId);
    /// A notice for the window's message bar.
    void message(const QString& text, bool isError);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // mydata_panel.cpp
    QWidget* buildNoVaultPage();
    QWidget* buildLockedPage();
    QWidget* buildUnlockedPage();
    QWidget* buildRecordsTab();
    void onStateChanged(VaultState state);
    void onContentsChanged();
    void onApplicationState(Qt::ApplicationState state);
    void onScreenLocked();
    void showScreenLockSources(bool heard);
    void updateStateLine();
    void setBusy(bool busy);
    void closePersonalWindows();
    bool confirm(const QString& title, const QString& question);
    // mydata_panel_vault.cpp
    QWidget* buildVaultTab();
    void showHome();
    /// An idle time as the "Lock after" list names it.
    static QString idleChoiceText(std::int64_t seconds);

    core::Store& m_store;
    Settings* m_settings = nullptr;
    EndpointSource m_endpoint;
    Confirmation m_confirm;
    MapCentre m_mapCentre;
    VaultSession* m_session = nullptr;
    QPointer<QDialog> m_vaultDialog;
    QPointer<RecordImportDialog> m_importDialog;
    QPointer<ShareDialog> m_shareDialog;
    QTimer* m_backgroundTimer = nullptr;

    QLabel* m_stateIcon = nullptr;
    QLabel* m_state = nullptr;
    QPushButton* m_lockNow = nullptr;
    QProgressBar* m_busy = nullptr;
    QStackedWidget* m_pages = nullptr;
    std::function<void()> m_afterUnlock; ///< what whenUnlocked() waits to run
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_unlock = nullptr;
    QLabel* m_unlockError = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_categories = nullptr;
    QTableWidget* m_imports = nullptr;
    QLabel* m_unreadable = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_removeImport = nullptr;
    ConsentsView* m_consents = nullptr;
    RecommendationsView* m_recommendations = nullptr;
    QComboBox* m_idleTimeout = nullptr;
    QCheckBox* m_lockInBackground = nullptr;
    QLabel* m_screenLock = nullptr;
    QLabel* m_memoryWarning = nullptr;
    QLabel* m_home = nullptr;
    QPushButton* m_setHome = nullptr;
    QPushButton* m_forgetHome = nullptr;
    bool m_updatingIdle = false;
};

} // namespace balgul::ui
