#pragma once

#include "core/util/result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

class QThreadPool;
class QTimer;

namespace balgul::core {
class Store;
struct StoreChange;
} // namespace balgul::core

namespace balgul::core::sync {
struct HubEndpoint;
} // namespace balgul::core::sync

namespace balgul::ui {

struct SyncOutcome;
struct RoundProgressBox;
class TokenStore;

/// Runs sync with the city hub in the background for one profile.
///
/// Each round runs core::sync::SyncEngine::syncOnce on a worker thread with a Store of its own on
/// the same file (the GUI's Store stays on the GUI thread). When the round changed the file, the
/// GUI store is told to reload (Store::announceExternalChange), so models and panels follow.
///
/// With automatic sync on and a hub signed in, a round starts when the hub is set, a few seconds
/// after the last local edit, and every minute; after a failure the next try waits longer each
/// time (doubling, capped). syncNow() forgets that wait. Never two rounds at once: a request while
/// one runs starts one more round right after it. The intervals and the clock can be replaced
/// (tests run in milliseconds). The Store must outlive the controller.
class SyncController : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Offline, ///< no hub, or not signed in
        Idle,    ///< signed in, no round running, the last one (if any) succeeded
        Syncing,
        Failed, ///< the last round failed (see lastError())
    };

    struct Intervals
    {
        int debounceMs = 5'000;    ///< after the last local edit
        int periodicMs = 60'000;   ///< between automatic rounds
        int firstRetryMs = 10'000; ///< after the first failure
        int maxRetryMs = 300'000;  ///< the longest wait between failed rounds
        int requestTimeoutSeconds = 30;
    };

    using Clock = std::function<QDateTime()>;

    /// What the running round is doing, for a progress bar (SyncProgressBar).
    struct Progress
    {
        QString stage;      ///< "upload", "push", "pull" or "download"; "" before the first report
        qint64 done = 0;    ///< only grows within a stage
        qint64 total = -1;  ///< -1 when unknown (a hub that does not count)
        double seconds = 0; ///< since the stage's first report
        bool large = false; ///< more than one request's worth: worth a progress bar

        bool operator==(const Progress&) const = default;
    };
    /// Called on the worker thread at every report, once progress() can see it (tests pause a
    /// round there).
    using ProgressHook = std::function<void(const std::string& stage, std::int64_t done, std::int64_t total)>;

    explicit SyncController(core::Store& store, QObject* parent = nullptr);
    /// Cancels a running round and waits briefly for it; never longer than a few seconds.
    ~SyncController() override;

    /// Reads the profile's hub (the store's `hub_url`) and token as balgul-cli or an earlier
    /// session left them. A token in the `hub-token` file beside the store counts now (true when
    /// hub and token are there) and is moved into the system keychain when one answers; without
    /// that file the keychain is asked, and a token it holds signs in a moment later
    /// (statusChanged).
    bool loadCredentials();
    /// Uses this hub and token for this session (empty token: offline).
    void setHub(const QString& url, const QString& token);
    QString hubUrl() const { return m_url; }
    /// The login name the profile signed in with ("" when none).
    QString hubLogin() const;
    /// While signed in, the name others see for the account (its display name on the hub, else
    /// its login); "" when signed out.
    QString accountName() const;
    bool isSignedIn() const { return !m_url.isEmpty() && !m_token.isEmpty(); }
    /// The hub as core's station calls take it: URL, token, TLS check and request timeout.
    core::sync::HubEndpoint hubEndpoint() const;

    /// Signs in off the GUI thread (POST /v1/auth/login). On success keeps the token (see
    /// TokenStore: the keychain when one answers, else the owner-only file) and the hub's URL,
    /// login and user id in the profile, and syncs. Ends with signInFinished.
    /// With an invite code the account is created on the hub first.
    void signIn(const QString& url, const QString& login, const QString& password,
                const QString& invite = {});
    bool isSigningIn() const { return m_signingIn; }
    /// Signs out: asks the hub to end the session (POST /v1/auth/logout, off the GUI thread) and
    /// forgets the token on this computer at once, in the file and in the keychain, whether or not
    /// the hub can be reached (the hub URL stays for the next sign-in); syncing stops. The status is
    /// the file's removal; signOutFinished tells what the hub said.
    core::Status signOut();

    void setAutomatic(bool on);
    bool isAutomatic() const { return m_automatic; }
    void setIntervals(const Intervals& intervals);
    const Intervals& intervals() const { return m_intervals; }
    void setClock(Clock clock);
    /// Skip TLS certificate checks (a hub with a self-signed certificate in a test lab).
    void setVerifyPeer(bool verify) { m_verifyPeer = verify; }

    State state() const;
    bool isSyncing() const { return m_running; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    /// Why the last round failed, for people ("" after a success).
    QString lastError() const { return m_lastError; }
    /// The wait before the next automatic try after failures (0 when the last round succeeded).
    int retryDelayMs() const { return m_retryDelayMs; }
    /// The running round's progress (an empty stage when no round runs or it reported nothing yet).
    Progress progress() const { return m_progress; }
    /// True after stopRound() until syncNow(): automatic rounds wait.
    bool isStopped() const { return m_stopped; }
    /// Changes asked for per pull page (the protocol's maximum by default; tests use fewer).
    void setPullPageSize(int changes) { m_pullPageSize = changes; }
    /// Pulled changes written per transaction at most (the engine's default; tests use fewer).
    void setPullGroupChanges(int changes) { m_pullGroupChanges = changes; }
    void setProgressHook(ProgressHook hook);
    /// Local changes not yet accepted by the hub.
    qint64 pendingChanges() const { return m_pending; }
    /// Problems with a conflict the user has to settle.
    int conflictCount() const { return m_conflicts; }

    /// One line for the status bar: "Offline", "Syncing…", "3 changes waiting", "Synced 2 min ago",
    /// "Sync failed: … — retrying in 40 s".
    QString statusText() const;
    /// Where the hub is, who is signed in, when the last sync was, what failed.
    QString statusToolTip() const;

public slots:
    /// Starts a round now (or right after the running one), forgets the failure wait and lets
    /// automatic rounds run again after stopRound().
    void syncNow();
    /// Asks a running round to stop at its next safe point.
    void cancel();
    /// The user's Cancel: the running round stops at its next safe point (every page it wrote
    /// stays, and the next round carries on after the last one) and automatic rounds wait until
    /// syncNow().
    void stopRound();

signals:
    /// statusText(), statusToolTip() or state() changed.
    void statusChanged();
    /// progress() changed (polled from the worker a few times a second while a round runs).
    void progressChanged();
    void syncStarted();
    /// A round ended; `error` is for people and empty on success.
    void syncFinished(bool ok, const QString& error);
    /// Pulled changes were applied to the profile (the GUI store already announced a reset).
    void changesArrived();
    void signInFinished(bool ok, const QString& message);
    /// The hub's answer to signOut(): `hubEnded` is false when the hub could not end the session
    /// (unreachable, or an error; the token then lives there until it expires). `message` is for
    /// people.
    void signOutFinished(bool hubEnded, const QString& message);

private:
    void startRound();
    void finishRound(const SyncOutcome& outcome);
    void onStoreChange(const core::StoreChange& change);
    void scheduleAutomatic();
    void refreshCounts();
    void pollProgress();
    /// During a large pull, tells the GUI store of the groups of pages committed so far, so the
    /// map and the list fill in while the city arrives: the first at once, later ones no more often
    /// than every 3 s nor than ten times what the last telling took (the list of a million
    /// problems is read again each time).
    void fillIn(int commits);
    QDateTime now() const;
    QString waitText(qint64 ms) const;

    core::Store& m_store;
    TokenStore* m_tokens = nullptr;
    int m_listener = 0;
    QString m_url;
    QString m_token;
    bool m_verifyPeer = true;
    bool m_automatic = false;
    bool m_running = false;
    bool m_again = false;
    bool m_signingIn = false;
    bool m_awaitingKeychain = false; ///< loadCredentials() asked the keychain; no answer yet
    bool m_stopped = false;          ///< stopRound(): automatic rounds wait for syncNow()
    int m_pullPageSize = 0;          ///< 0: the protocol's maximum
    int m_pullGroupChanges = 0;      ///< 0: the engine's default
    /// A large pull's committed groups the GUI store was told of (fillIn()), when, and how long
    /// telling it took the last time.
    int m_toldCommits = 0;
    QElapsedTimer m_sinceTold;
    qint64 m_tellCostMs = 0;
    Intervals m_intervals;
    Clock m_clock;
    QDateTime m_lastSuccess;
    QDateTime m_retryAt;
    QString m_lastError;
    int m_retryDelayMs = 0;
    qint64 m_pending = 0;
    int m_conflicts = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<RoundProgressBox> m_progressBox; ///< the running round's reports
    std::shared_ptr<const ProgressHook> m_progressHook;
    Progress m_progress;
    QThreadPool* m_pool = nullptr;
    QTimer* m_debounce = nullptr;
    QTimer* m_periodic = nullptr;
    QTimer* m_retry = nullptr;
    QTimer* m_tick = nullptr;
    QTimer* m_progressPoll = nullptr;
};

} // namespace balgul::ui
