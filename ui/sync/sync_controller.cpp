#include "ui/sync/sync_controller.h"

#include "core/store/store.h"
#include "core/sync/account.h"
#include "core/sync/protocol.h"
#include "core/sync/sync_engine.h"
#include "ui/qt_convert.h"
#include "ui/sync/sync_text.h"
#include "ui/sync/token_store.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <set>
#include <utility>

namespace balgul::ui {

/// The running round's latest report: written by the worker, read by the GUI thread's poll.
struct RoundProgressBox
{
    std::mutex mutex;
    std::string stage;
    std::int64_t done = 0;
    std::int64_t total = -1;
    std::chrono::steady_clock::time_point stageStart{};
    int commits = 0; ///< times the round's store committed pulled changes
};

/// What a round on the worker thread hands back.
struct SyncOutcome
{
    bool ok = false;
    core::Error error;
    core::sync::SyncReport report;
};

namespace {

constexpr int kTickMs = 1000;
constexpr int kQuitWaitMs = 3000;
constexpr int kProgressPollMs = 250;
/// The shortest wait between two fill-ins of a large pull (SyncController::fillIn).
constexpr qint64 kFillInMs = 3000;

/// The engine's reports into the box the GUI thread polls, and cancellation from a flag it sets.
class RoundProgress final : public core::Progress
{
public:
    RoundProgress(std::shared_ptr<std::atomic_bool> flag, std::shared_ptr<RoundProgressBox> box,
                  std::shared_ptr<const SyncController::ProgressHook> hook)
        : m_flag(std::move(flag)), m_box(std::move(box)), m_hook(std::move(hook))
    {}
    void report(std::string_view stage, std::int64_t done, std::int64_t total) override
    {
        {
            std::lock_guard lock(m_box->mutex);
            if (m_box->stage != stage) {
                m_box->stage = std::string(stage);
                m_box->stageStart = std::chrono::steady_clock::now();
            }
            m_box->done = done;
            m_box->total = total;
        }
        if (m_hook && *m_hook)
            (*m_hook)(std::string(stage), done, total);
    }
    bool cancelled() const override { return m_flag->load(); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
    std::shared_ptr<RoundProgressBox> m_box;
    std::shared_ptr<const SyncController::ProgressHook> m_hook;
};

struct RoundSetup
{
    std::string storePath;
    core::sync::HubEndpoint endpoint;
    std::shared_ptr<std::atomic_bool> cancel;
    std::shared_ptr<RoundProgressBox> box;
    std::shared_ptr<const SyncController::ProgressHook> hook;
    int pullPageSize = 0;
    int pullGroupChanges = 0;
};

SyncOutcome runRound(const RoundSetup& setup)
{
    SyncOutcome outcome;
    core::StoreOptions options;
    options.create = false;
    auto store = core::Store::open(setup.storePath, options);
    if (!store) {
        outcome.error = store.error();
        return outcome;
    }
    RoundProgress progress(setup.cancel, setup.box, setup.hook);
    // Pulled pages committed: counted for the GUI thread, which tells its own store (fillIn()).
    (*store)->addListener([box = setup.box](const core::StoreChange& change) {
        if (change.kind != core::StoreChange::Kind::Reset)
            return;
        std::lock_guard lock(box->mutex);
        ++box->commits;
    });
    core::sync::SyncEngine engine(**store, setup.endpoint);
    if (setup.pullPageSize > 0)
        engine.setPullPageSize(static_cast<std::size_t>(setup.pullPageSize));
    if (setup.pullGroupChanges > 0)
        engine.setPullGroupChanges(setup.pullGroupChanges);
    auto report = engine.syncOnce(&progress);
    if (!report) {
        outcome.error = report.error();
        return outcome;
    }
    outcome.ok = true;
    outcome.report = *report;
    return outcome;
}

/// What tells whether another connection changed the file: waiting ops, the pull cursor, conflicts.
struct FileMark
{
    std::int64_t outbox = 0;
    std::string cursor;
    std::string epoch;
    std::size_t conflicts = 0;
    bool operator==(const FileMark&) const = default;
};

FileMark markOf(core::Store& store)
{
    return {store.outboxSize(), store.syncValue("cursor"), store.syncValue("epoch"),
            store.conflicts().size()};
}

} // namespace

SyncController::SyncController(core::Store& store, QObject* parent)
    : QObject(parent), m_store(store), m_tokens(new TokenStore(toQ(store.path()), this)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); }),
      m_cancel(std::make_shared<std::atomic_bool>(false)), m_pool(new QThreadPool),
      m_debounce(new QTimer(this)), m_periodic(new QTimer(this)), m_retry(new QTimer(this)),
      m_tick(new QTimer(this)), m_progressPoll(new QTimer(this))
{
    m_pool->setMaxThreadCount(2);
    m_debounce->setSingleShot(true);
    m_retry->setSingleShot(true);
    m_tick->setInterval(kTickMs);
    m_progressPoll->setInterval(kProgressPollMs);
    setIntervals(m_intervals);
    connect(m_debounce, &QTimer::timeout, this, &SyncController::scheduleAutomatic);
    connect(m_periodic, &QTimer::timeout, this, &SyncController::scheduleAutomatic);
    connect(m_retry, &QTimer::timeout, this, [this] {
        if (m_automatic && isSignedIn() && !m_stopped)
            startRound();
    });
    connect(m_tick, &QTimer::timeout, this, &SyncController::statusChanged);
    connect(m_progressPoll, &QTimer::timeout, this, &SyncController::pollProgress);
    // A token the keychain held arrives after loadCredentials(), unless the user signed in or
    // out meanwhile.
    connect(m_tokens, &TokenStore::loaded, this, [this](const QString& token, TokenStore::Place) {
        if (!std::exchange(m_awaitingKeychain, false))
            return;
        if (!token.isEmpty() && m_token.isEmpty() && !m_url.isEmpty() && !m_signingIn)
            setHub(m_url, token);
    });
    m_listener = m_store.addListener([this](const core::StoreChange& change) { onStoreChange(change); });
    refreshCounts();
}

SyncController::~SyncController()
{
    m_store.removeListener(m_listener);
    cancel();
    // The worker has a Store of its own and shares only the flag, so it may outlive us: a round
    // stuck in a network call is left to end with the process rather than hold up quitting.
    if (m_pool->waitForDone(kQuitWaitMs))
        delete m_pool;
}

bool SyncController::loadCredentials()
{
    const QString url = toQ(m_store.syncValue("hub_url"));
    // A token in the file is the newest: it is removed once the keychain holds it, so one there
    // was written since (balgul-cli's login, or a session without a keychain).
    const QString token = m_tokens->fileToken();
    setHub(url, token);
    if (!url.isEmpty() && !token.isEmpty())
        m_tokens->moveToKeychain(url, token);
    else if (!url.isEmpty()) {
        m_awaitingKeychain = true;
        m_tokens->load(url);
    }
    return isSignedIn();
}

void SyncController::setHub(const QString& url, const QString& token)
{
    m_url = url.trimmed();
    m_token = token.trimmed();
    m_lastError.clear();
    m_stopped = false;
    m_retryDelayMs = 0;
    m_retry->stop();
    if (isSignedIn()) {
        m_tick->start();
        if (m_automatic) {
            m_periodic->start();
            scheduleAutomatic();
        }
    } else {
        m_tick->stop();
        m_periodic->stop();
        m_debounce->stop();
        cancel();
    }
    emit statusChanged();
}

QString SyncController::hubLogin() const
{
    return toQ(m_store.syncValue("hub_login"));
}

QString SyncController::accountName() const
{
    if (!isSignedIn())
        return {};
    const core::sync::HubAccount account = core::sync::hubAccount(m_store);
    return account.known() ? toQ(account.name()) : QString();
}

core::sync::HubEndpoint SyncController::hubEndpoint() const
{
    return core::sync::HubEndpoint{toStd(m_url), toStd(m_token), m_verifyPeer,
                                   m_intervals.requestTimeoutSeconds};
}

void SyncController::signIn(const QString& url, const QString& login, const QString& password,
                            const QString& invite)
{
    if (m_signingIn)
        return;
    m_signingIn = true;
    const std::string hub = toStd(url.trimmed());
    const std::string user = toStd(login.trimmed());
    auto* watcher = new QFutureWatcher<core::Result<core::sync::LoginAnswer>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, hub, user] {
        watcher->deleteLater();
        m_signingIn = false;
        const auto answer = watcher->result();
        if (!answer) {
            emit signInFinished(false, signInErrorText(answer.error()));
            return;
        }
        m_awaitingKeychain = false;
        core::Status saved = m_tokens->save(toQ(hub), toQ(answer->token));
        if (saved)
            saved = core::sync::rememberSignIn(m_store, hub, user, *answer);
        if (!saved) {
            emit signInFinished(false, syncErrorText(saved.error()));
            return;
        }
        setHub(toQ(hub), toQ(answer->token));
        emit signInFinished(true, tr("Signed in to %1 as %2.").arg(toQ(hub), toQ(user)));
        syncNow();
    });
    watcher->setFuture(QtConcurrent::run(m_pool,
                                         [hub, user, secret = toStd(password), code = toStd(invite.trimmed()),
                                          verify = m_verifyPeer]() -> core::Result<core::sync::LoginAnswer> {
                                             if (!code.empty())
                                                 if (auto made = core::sync::SyncEngine::registerAccount(
                                                         hub, user, secret, {}, code, verify);
                                                     !made)
                                                     return made.error();
                                             return core::sync::SyncEngine::login(hub, user, secret, verify);
                                         }));
}

core::Status SyncController::signOut()
{
    m_awaitingKeychain = false;
    const core::sync::HubEndpoint endpoint = hubEndpoint();
    // The token is forgotten here first, so nothing on this computer can use it again even if the
    // app quits before the hub answers; the hub is asked with a copy.
    const core::Status removed = m_tokens->remove(m_url);
    setHub(m_url, QString());
    if (endpoint.url.empty() || endpoint.token.empty()) {
        emit signOutFinished(true, tr("Signed out. Problems stay on this computer until you sign in again."));
        return removed;
    }
    auto* watcher = new QFutureWatcher<core::Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const core::Status ended = watcher->result();
        if (ended)
            emit signOutFinished(true,
                                 tr("Signed out. Problems stay on this computer until you sign in again."));
        else if (ended.error().code == "network")
            emit signOutFinished(false, tr("Signed out on this computer. The hub could not be reached to end "
                                           "the session there; it ends by itself when it expires."));
        else
            emit signOutFinished(false,
                                 tr("Signed out on this computer. The hub did not end the session (%1); "
                                    "it ends by itself when it expires.")
                                     .arg(syncErrorText(ended.error())));
    });
    watcher->setFuture(QtConcurrent::run(
        m_pool, [endpoint]() -> core::Status { return core::sync::SyncEngine::logout(endpoint); }));
    return removed;
}

void SyncController::setAutomatic(bool on)
{
    if (m_automatic == on)
        return;
    m_automatic = on;
    if (!on) {
        m_periodic->stop();
        m_debounce->stop();
        m_retry->stop();
    } else if (isSignedIn()) {
        m_periodic->start();
        scheduleAutomatic();
    }
    emit statusChanged();
}

void SyncController::setIntervals(const Intervals& intervals)
{
    m_intervals = intervals;
    m_debounce->setInterval(intervals.debounceMs);
    m_periodic->setInterval(intervals.periodicMs);
}

void SyncController::setClock(Clock clock)
{
    m_clock = std::move(clock);
    emit statusChanged();
}

QDateTime SyncController::now() const
{
    return m_clock();
}

SyncController::State SyncController::state() const
{
    if (!isSignedIn())
        return State::Offline;
    if (m_running)
        return State::Syncing;
    if (!m_lastError.isEmpty())
        return State::Failed;
    return State::Idle;
}

void SyncController::syncNow()
{
    m_stopped = false;
    m_retryDelayMs = 0;
    m_retry->stop();
    if (!isSignedIn()) {
        emit statusChanged();
        return;
    }
    startRound();
}

void SyncController::cancel()
{
    m_again = false;
    m_cancel->store(true);
}

void SyncController::stopRound()
{
    m_stopped = true;
    m_retry->stop();
    m_debounce->stop();
    cancel();
    emit statusChanged();
}

void SyncController::setProgressHook(ProgressHook hook)
{
    m_progressHook = std::make_shared<const ProgressHook>(std::move(hook));
}

void SyncController::pollProgress()
{
    if (!m_progressBox)
        return;
    Progress p;
    int commits = 0;
    {
        std::lock_guard lock(m_progressBox->mutex);
        p.stage = QString::fromStdString(m_progressBox->stage);
        p.done = m_progressBox->done;
        p.total = m_progressBox->total;
        commits = m_progressBox->commits;
        if (!m_progressBox->stage.empty())
            p.seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - m_progressBox->stageStart)
                    .count();
    }
    // More than one request's worth is worth a progress bar: a page of changes, a batch of ops,
    // a photo.
    qint64 oneRequest = 1;
    if (p.stage == QLatin1String("pull"))
        oneRequest =
            m_pullPageSize > 0 ? m_pullPageSize : static_cast<qint64>(core::sync::limits::kMaxPullPage);
    else if (p.stage == QLatin1String("push"))
        oneRequest = static_cast<qint64>(core::sync::limits::kMaxOpsPerPush);
    p.large = (p.total >= 0 ? p.total : p.done) > oneRequest;
    if (p.large && p.stage == QLatin1String("pull"))
        fillIn(commits);
    // The seconds move on every poll: tell only when the counts or the stage changed, or once a
    // second for the time left.
    const bool counts = p.stage != m_progress.stage || p.done != m_progress.done ||
                        p.total != m_progress.total || p.large != m_progress.large;
    const bool second = static_cast<int>(p.seconds) != static_cast<int>(m_progress.seconds);
    if (!counts && !second)
        return;
    m_progress = p;
    emit progressChanged();
}

void SyncController::fillIn(int commits)
{
    if (commits <= m_toldCommits)
        return;
    if (m_sinceTold.isValid() && m_sinceTold.elapsed() < std::max(kFillInMs, 10 * m_tellCostMs))
        return;
    m_toldCommits = commits;
    QElapsedTimer cost;
    cost.start();
    m_store.announceExternalChange();
    m_tellCostMs = cost.elapsed();
    m_sinceTold.start();
}

void SyncController::scheduleAutomatic()
{
    if (!m_automatic || !isSignedIn() || m_stopped)
        return;
    if (m_retry->isActive())
        return; // failing: the retry timer decides when to try again
    startRound();
}

void SyncController::startRound()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    m_debounce->stop();
    // Each round gets a fresh flag and box; a cancelled earlier round keeps its own.
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progressBox = std::make_shared<RoundProgressBox>();
    m_progress = {};
    m_toldCommits = 0;
    m_sinceTold.invalidate();
    m_progressPoll->start();
    RoundSetup setup;
    setup.storePath = m_store.path();
    setup.endpoint = core::sync::HubEndpoint{toStd(m_url), toStd(m_token), m_verifyPeer,
                                             m_intervals.requestTimeoutSeconds};
    setup.cancel = m_cancel;
    setup.box = m_progressBox;
    setup.hook = m_progressHook;
    setup.pullPageSize = m_pullPageSize;
    setup.pullGroupChanges = m_pullGroupChanges;
    const FileMark before = markOf(m_store);
    auto* watcher = new QFutureWatcher<SyncOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, before] {
        watcher->deleteLater();
        const SyncOutcome outcome = watcher->result();
        // Another connection wrote the file: the GUI store's listeners read it again.
        const core::sync::SyncReport& r = outcome.report;
        const bool pulled =
            outcome.ok && (r.changesPulled > 0 || r.epochChanged || r.requeued > 0 || r.blobsDownloaded > 0);
        const FileMark after = markOf(m_store);
        if (pulled || (!outcome.ok && (after.cursor != before.cursor || after.epoch != before.epoch)))
            m_store.announceExternalChange();
        else if (!(after == before) || (outcome.ok && r.opsPushed > 0))
            m_store.announceExternalChange(core::StoreChange::Kind::SyncStateChanged);
        finishRound(outcome);
        if (pulled)
            emit changesArrived();
    });
    watcher->setFuture(QtConcurrent::run(m_pool, runRound, setup));
    emit statusChanged();
    emit syncStarted();
    emit progressChanged();
}

void SyncController::finishRound(const SyncOutcome& outcome)
{
    m_running = false;
    m_progressPoll->stop();
    m_progressBox.reset();
    m_progress = {};
    emit progressChanged();
    refreshCounts();
    if (outcome.ok) {
        m_lastError.clear();
        m_lastSuccess = now();
        m_retryDelayMs = 0;
        m_retry->stop();
    } else if (outcome.error.code != "cancelled") {
        m_lastError = syncErrorText(outcome.error);
        m_retryDelayMs = m_retryDelayMs == 0 ? m_intervals.firstRetryMs
                                             : std::min(m_retryDelayMs * 2, m_intervals.maxRetryMs);
        if (m_automatic && isSignedIn() && !m_again) {
            m_retryAt = now().addMSecs(m_retryDelayMs);
            m_retry->start(m_retryDelayMs);
        }
    }
    emit syncFinished(outcome.ok, outcome.ok ? QString() : m_lastError);
    emit statusChanged();
    if (m_again && isSignedIn())
        startRound();
}

void SyncController::onStoreChange(const core::StoreChange& change)
{
    refreshCounts();
    if (change.kind == core::StoreChange::Kind::Reset ||
        change.kind == core::StoreChange::Kind::SyncStateChanged)
        return; // not a local edit (an import's rows are queued too, but so are their ProblemAdded)
    if (m_automatic && isSignedIn())
        m_debounce->start();
}

void SyncController::refreshCounts()
{
    const qint64 pending = m_store.outboxSize();
    std::set<std::string> problems;
    for (const core::SyncConflict& conflict : m_store.conflicts())
        problems.insert(conflict.problemId);
    const int conflicts = static_cast<int>(problems.size());
    if (pending != m_pending || conflicts != m_conflicts) {
        m_pending = pending;
        m_conflicts = conflicts;
        emit statusChanged();
    }
}

QString SyncController::waitText(qint64 ms) const
{
    const int seconds = static_cast<int>((std::max<qint64>(ms, 0) + 999) / 1000);
    if (seconds < 60)
        return tr("%n s", nullptr, seconds);
    return tr("%n min", nullptr, (seconds + 59) / 60);
}

QString SyncController::statusText() const
{
    switch (state()) {
    case State::Offline:
        return tr("Offline");
    case State::Syncing:
        return tr("Syncing…");
    case State::Failed:
        if (m_retry->isActive())
            return tr("Sync failed: %1 — retrying in %2")
                .arg(m_lastError, waitText(now().msecsTo(m_retryAt)));
        return tr("Sync failed: %1").arg(m_lastError);
    case State::Idle:
        break;
    }
    if (m_stopped)
        return tr("Sync stopped — click to carry on");
    if (m_pending > 0)
        return tr("%n change(s) waiting", nullptr, static_cast<int>(std::min<qint64>(m_pending, 1'000'000)));
    if (m_conflicts > 0)
        return tr("%n conflict(s) to settle", nullptr, m_conflicts);
    if (!m_lastSuccess.isValid())
        return tr("Not synced yet");
    return tr("Synced %1").arg(agoText(m_lastSuccess, now()));
}

QString SyncController::statusToolTip() const
{
    if (m_url.isEmpty())
        return tr("Not connected to a city hub. Everything is kept on this computer.\n"
                  "Sign in to your living lab's hub in Preferences to share problems with your group.");
    if (m_token.isEmpty())
        return tr("Not signed in to %1.\nSign in again in Preferences.").arg(m_url);
    QStringList lines;
    const QString login = hubLogin();
    lines << (login.isEmpty() ? tr("City hub: %1").arg(m_url)
                              : tr("City hub: %1 (signed in as %2)").arg(m_url, login));
    if (m_lastSuccess.isValid())
        lines << tr("Last synced: %1")
                     .arg(QLocale().toString(m_lastSuccess.toLocalTime(), QLocale::LongFormat));
    if (m_pending > 0)
        lines << tr("%n change(s) made here are waiting to be sent.", nullptr, static_cast<int>(m_pending));
    if (m_conflicts > 0)
        lines << tr("%n problem(s) were changed differently on the hub; open them to choose.", nullptr,
                    m_conflicts);
    if (!m_lastError.isEmpty())
        lines << tr("The last sync failed: %1").arg(m_lastError);
    if (m_stopped)
        lines << tr("You stopped the sync. What it received stays; the next sync carries on from there. "
                    "Automatic sync waits until you click.");
    lines << tr("Click to sync now.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace balgul::ui
