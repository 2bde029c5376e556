#pragma once

// The MyData vault as the app holds it: one Vault on a Store of its own on the profile's file,
// used only on one worker thread, so a derivation (half a second) or a large import never holds up
// the window. The window learns the vault's state and what it holds from each job's outcome; the
// decrypted records themselves stay on the worker and leave it only as figures, a preview's rows
// or recommendations.

#include "core/mydata/import_report.h"
#include "core/mydata/minimize.h"
#include "core/mydata/mydata_sync.h"
#include "core/mydata/recommend.h"
#include "core/mydata/vault.h"
#include "core/util/result.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace balgul::core {
class Store;
}

namespace balgul::ui {

enum class VaultState
{
    Unknown, ///< not asked yet
    NoVault,
    Locked,
    Unlocked,
};

/// One category's records, as the Records list shows them.
struct CategoryFigures
{
    core::mydata::Category category = core::mydata::Category::Electricity;
    QStringList units;
    int blocks = 0;
    std::int64_t readings = 0; ///< readings or track points
    std::int64_t start = 0;    ///< UTC seconds of the first timed reading (0: none)
    std::int64_t end = 0;
};

/// One import, from its sealed report.
struct ImportFigures
{
    QString importId;
    QString fileName;            ///< the file's name without its folder ("" when the report is missing)
    QString format;              ///< the importer's word
    std::int64_t importedAt = 0; ///< UTC seconds (0 when unknown)
    int records = 0;
    std::int64_t kept = 0;
    std::int64_t skipped = 0;
    QList<core::mydata::Category> categories;
};

/// The household details kept sealed in the vault: its size, and the home's place when given
/// (only the home's cell is ever held back from a share; the place never leaves).
struct Household
{
    int size = 0; ///< 0: not given
    std::optional<core::mydata::Place> home;
};

struct VaultContents
{
    std::vector<CategoryFigures> categories; ///< in record.h order, only those with records
    std::vector<ImportFigures> imports;      ///< newest first
    int unreadable = 0;                      ///< records that fail authentication or do not decode
    Household household;
};

/// What a job found; every job answers the vault's state after it.
struct VaultOutcome
{
    bool ok = true;
    core::Error error;
    VaultState state = VaultState::Unknown;
    std::int64_t idleTimeout = core::mydata::Vault::kDefaultIdleTimeoutSeconds;
    core::mydata::KdfParams params;
    bool keyInLockedMemory = true;
    std::chrono::milliseconds derivation{0}; ///< one derivation with the costs measured
    core::mydata::KdfParams previousParams;  ///< strengthen: the costs before
    std::optional<VaultContents> contents;   ///< read again by the job
    std::optional<core::mydata::ImportReport> importReport;
    std::optional<core::mydata::Minimized> minimized;
    std::vector<core::mydata::Recommendation> recommendations;
    std::optional<core::mydata::GivenConsent> given;
    std::optional<core::mydata::ShareReport> shareReport;
    std::optional<core::mydata::WithdrawOutcome> withdrawn;

    void fail(const core::Error& e)
    {
        ok = false;
        error = e;
    }
};

/// A passphrase on its way to the worker: wiped when the last job holding it is done.
class Secret
{
public:
    explicit Secret(const QString& text);
    ~Secret();
    Secret(const Secret&) = delete;
    Secret& operator=(const Secret&) = delete;
    std::string_view view() const { return m_bytes; }
    bool empty() const { return m_bytes.empty(); }

private:
    std::string m_bytes;
};

class VaultSession : public QObject
{
    Q_OBJECT

public:
    using Clock = core::mydata::Vault::Clock;
    using Done = std::function<void(const VaultOutcome&)>;
    /// Runs on the worker with its store and vault; fills the outcome.
    using Job = std::function<void(core::Store&, core::mydata::Vault&, VaultOutcome&)>;

    /// Opens nothing yet: the worker opens its own Store on `storePath` at the first job.
    explicit VaultSession(std::string storePath, QObject* parent = nullptr);
    /// Waits for the running job, then locks (wipes the key).
    ~VaultSession() override;

    const std::string& storePath() const { return m_storePath; }
    VaultState state() const { return m_state; }
    bool isBusy() const { return m_pending > 0; }
    std::int64_t idleTimeout() const { return m_idleTimeout; }
    const core::mydata::KdfParams& params() const { return m_params; }
    bool keyInLockedMemory() const { return m_keyInLockedMemory; }
    /// What the vault holds; nothing while it is not unlocked.
    const std::optional<VaultContents>& contents() const { return m_contents; }

    /// Asks whether there is a vault and whether it is unlocked (and reads its contents if so).
    void refresh(Done done = {});
    /// Makes the vault with costs calibrated for about half a second here (or the fixed costs of
    /// setKdfParams) and leaves it unlocked.
    void create(std::shared_ptr<Secret> passphrase, Done done);
    void unlock(std::shared_ptr<Secret> passphrase, Done done);
    void lock(Done done = {});
    void changePassphrase(std::shared_ptr<Secret> oldPassphrase, std::shared_ptr<Secret> newPassphrase,
                          Done done);
    /// Times one derivation with the vault's costs (outcome.derivation).
    void measureUnlockTime(Done done);
    /// Costs calibrated for `target` (at least the present ones, and more of one), then the key
    /// wrapped again under them; outcome.derivation is the new unlock time.
    void strengthen(std::shared_ptr<Secret> passphrase, std::chrono::milliseconds target, Done done);
    void setIdleTimeout(std::int64_t seconds, Done done = {});
    void setHousehold(const Household& household, Done done = {});
    /// Removes an import's records and report, and reads the contents again.
    void removeImport(const QString& importId, Done done = {});
    /// Any other work with the vault (imports, previews, sharing), in turn with the rest.
    void run(Job job, Done done, bool readContentsAfter = false);

    // Idle lock ------------------------------------------------------------------------------------
    /// The person used the app: counts as a use of the vault at the next check.
    void noteActivity() { m_activity = true; }
    /// Locks the vault when it has not been used for its idle time (the session's timer calls it
    /// every second).
    void checkIdle();
    /// The clock checkIdle() asks (tests move it forward).
    void setClock(std::function<Clock::time_point()> clock) { m_clock = std::move(clock); }
    /// Fixed key derivation costs instead of a calibration (tests use the cheapest).
    void setKdfParams(std::optional<core::mydata::KdfParams> params) { m_fixedParams = params; }
    const std::optional<core::mydata::KdfParams>& fixedKdfParams() const { return m_fixedParams; }

    /// The decrypted blocks of these categories (every category when empty), on the worker.
    static core::Result<std::vector<core::mydata::RecordBlock>>
    readBlocks(core::mydata::Vault& vault, const std::vector<core::mydata::Category>& categories);
    /// The household sealed in the vault, on the worker.
    static Household readHousehold(core::mydata::Vault& vault);

signals:
    void stateChanged(balgul::ui::VaultState state);
    void contentsChanged();
    void busyChanged(bool busy);

private:
    struct Worker;
    /// A quiet job (the idle check) does not make the session busy.
    void post(Job job, Done done, bool readContentsAfter, bool quiet = false);
    void apply(const VaultOutcome& outcome, bool readContents);

    std::string m_storePath;
    QThreadPool m_pool;
    std::shared_ptr<Worker> m_worker;
    VaultState m_state = VaultState::Unknown;
    std::int64_t m_idleTimeout = core::mydata::Vault::kDefaultIdleTimeoutSeconds;
    core::mydata::KdfParams m_params;
    bool m_keyInLockedMemory = true;
    std::optional<VaultContents> m_contents;
    int m_pending = 0;
    bool m_checking = false; ///< an idle check is on its way
    bool m_activity = false;
    std::function<Clock::time_point()> m_clock;
    std::optional<core::mydata::KdfParams> m_fixedParams;
};

} // namespace balgul::ui
