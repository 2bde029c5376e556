// The desktop's background sync against a real balgul-hub: sign-in, a round that carries a
// problem to another profile, the status bar indicator, backoff on an unreachable hub.

#include "../hub/hub_process.h"
#include "../support/test_support.h"

#include "core/store/store.h"
#include "core/sync/credentials.h"
#include "core/sync/sync_engine.h"
#include "ui/models/problem_list_model.h"
#include "ui/qt_convert.h"
#include "ui/sync/sync_controller.h"
#include "ui/sync/sync_status_button.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <memory>

using namespace balgul;
using ui::SyncController;

namespace {

constexpr int kWaitMs = 30000;

std::unique_ptr<core::Store> openStore(const QString& dir)
{
    auto store = core::Store::open(ui::toStd(dir + QStringLiteral("/balgul.sqlite")));
    return store ? std::move(*store) : nullptr;
}

core::Problem draft(const std::string& title)
{
    core::Problem p;
    p.title = title;
    p.category = "air";
    p.lat = 36.35;
    p.lon = 127.38;
    return p;
}

/// Intervals that never fire by themselves during a test unless it asks for them.
SyncController::Intervals quietIntervals()
{
    SyncController::Intervals i;
    i.debounceMs = 3'600'000;
    i.periodicMs = 3'600'000;
    i.firstRetryMs = 3'600'000;
    i.maxRetryMs = 3'600'000;
    i.requestTimeoutSeconds = 10;
    return i;
}

/// A port nothing listens on: taken from the system, then released.
int closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    const int port = server.serverPort();
    server.close();
    return port;
}

bool waitFinished(QSignalSpy& spy, int count)
{
    return QTest::qWaitFor([&] { return spy.count() >= count; }, kWaitMs);
}

} // namespace

class TestSyncController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void signInStoresTokenAndSyncs();
    void signInFailures_data();
    void signInFailures();
    void inviteCreatesTheAccount();
    void roundCarriesProblemToAnotherProfile();
    void indicatorFollowsTheState();
    void loadCredentialsAndSignOut();
    void signOutWithoutTheHub();
    void backoffGrowsOnUnreachableHub();
    void requestsWhileRunningAreCoalesced();

private:
    QString hubUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_hub->port()); }
    /// A controller on `store`, signed in as minji (in process, without the dialog).
    bool signIn(SyncController& controller, const QString& login = QStringLiteral("minji"));

    QTemporaryDir m_hubDir;
    std::unique_ptr<test::HubProcess> m_hub;
};

void TestSyncController::initTestCase()
{
    QVERIFY(m_hubDir.isValid());
    m_hub = std::make_unique<test::HubProcess>(m_hubDir.path());
    QVERIFY2(m_hub->start(), "balgul-hub did not start");
    QVERIFY(m_hub->addUser(QStringLiteral("minji"), QStringLiteral("citizen")));
    QVERIFY(m_hub->addUser(QStringLiteral("jun"), QStringLiteral("citizen")));
}

void TestSyncController::cleanupTestCase()
{
    if (m_hub)
        QCOMPARE(m_hub->stop(), 0);
}

bool TestSyncController::signIn(SyncController& controller, const QString& login)
{
    QSignalSpy done(&controller, &SyncController::signInFinished);
    controller.signIn(hubUrl(), login, QStringLiteral("correct horse"));
    if (!done.wait(kWaitMs) && done.isEmpty())
        return false;
    return done.first().at(0).toBool();
}

void TestSyncController::signInStoresTokenAndSyncs()
{
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    SyncController controller(*store);
    controller.setIntervals(quietIntervals());
    QCOMPARE(controller.state(), SyncController::State::Offline);

    QSignalSpy finished(&controller, &SyncController::syncFinished);
    QVERIFY(signIn(controller));
    QVERIFY(controller.isSignedIn());
    QCOMPARE(controller.hubUrl(), hubUrl());
    QCOMPARE(controller.hubLogin(), QStringLiteral("minji"));
    QCOMPARE(ui::toQ(store->syncValue("hub_url")), hubUrl());
    QVERIFY(!store->syncValue("hub_user_id").empty());

    // The token lives beside the store, for the owner only, exactly where balgul-cli reads it.
    const std::string tokenPath = core::sync::tokenPathFor(store->path());
    QCOMPARE(QFileInfo(ui::toQ(tokenPath)).absolutePath(), QDir(dir.path()).absolutePath());
    struct stat info
    {};
    QCOMPARE(::stat(tokenPath.c_str(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    QVERIFY(!core::sync::readToken(tokenPath).empty());

    // Signing in syncs right away.
    QVERIFY(waitFinished(finished, 1));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(controller.state(), SyncController::State::Idle);
}

void TestSyncController::signInFailures_data()
{
    QTest::addColumn<bool>("reachable");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("expected");
    QTest::addRow("wrong password") << true << QStringLiteral("wrong horse")
                                    << QStringLiteral("The login name or password is wrong.");
    QTest::addRow("hub not running") << false << QStringLiteral("correct horse")
                                     << QStringLiteral(
                                            "The hub cannot be reached. Check the address and the network.");
}

void TestSyncController::signInFailures()
{
    QFETCH(bool, reachable);
    QFETCH(QString, password);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    SyncController controller(*store);
    QSignalSpy done(&controller, &SyncController::signInFinished);
    const QString url = reachable ? hubUrl() : QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
    controller.signIn(url, QStringLiteral("minji"), password);
    QVERIFY(waitFinished(done, 1));
    QCOMPARE(done.first().at(0).toBool(), false);
    QCOMPARE(done.first().at(1).toString(), expected);
    QVERIFY(!controller.isSignedIn());
    QVERIFY(!QFileInfo::exists(ui::toQ(core::sync::tokenPathFor(store->path()))));
    QVERIFY(store->syncValue("hub_url").empty());
}

void TestSyncController::inviteCreatesTheAccount()
{
    QByteArray code;
    QCOMPARE(m_hub->adminCommand(QStringLiteral("invite"), {QStringLiteral("create")}, {}, &code), 0);
    code = code.trimmed();
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    SyncController controller(*store);
    controller.setIntervals(quietIntervals());
    QSignalSpy done(&controller, &SyncController::signInFinished);

    // A mistyped code creates nothing and says what to do.
    controller.signIn(hubUrl(), QStringLiteral("haneul"), QStringLiteral("correct horse"),
                      QStringLiteral("AAAA-BBBB-CCCC-DDDD"));
    QVERIFY(waitFinished(done, 1));
    QCOMPARE(done.at(0).at(0).toBool(), false);
    QVERIFY2(done.at(0).at(1).toString().contains(QStringLiteral("invite code is not valid")),
             qPrintable(done.at(0).at(1).toString()));
    QVERIFY(!controller.isSignedIn());

    controller.signIn(hubUrl(), QStringLiteral("haneul"), QStringLiteral("correct horse"),
                      QString::fromLatin1(code.toLower()));
    QVERIFY(waitFinished(done, 2));
    QVERIFY2(done.at(1).at(0).toBool(), qPrintable(done.at(1).at(1).toString()));
    QVERIFY(controller.isSignedIn());
    QCOMPARE(ui::toQ(store->syncValue("hub_role")), QStringLiteral("citizen"));

    // The code was for one person.
    QTemporaryDir other;
    auto otherStore = openStore(other.path());
    QVERIFY(otherStore);
    SyncController second(*otherStore);
    QSignalSpy secondDone(&second, &SyncController::signInFinished);
    second.signIn(hubUrl(), QStringLiteral("byeol"), QStringLiteral("correct horse"),
                  QString::fromLatin1(code));
    QVERIFY(waitFinished(secondDone, 1));
    QCOMPARE(secondDone.first().at(0).toBool(), false);
}

void TestSyncController::roundCarriesProblemToAnotherProfile()
{
    QTemporaryDir dirA;
    QTemporaryDir dirB;
    auto storeA = openStore(dirA.path());
    auto storeB = openStore(dirB.path());
    QVERIFY(storeA && storeB);
    SyncController a(*storeA);
    SyncController b(*storeB);
    a.setIntervals(quietIntervals());
    b.setIntervals(quietIntervals());
    QSignalSpy finishedA(&a, &SyncController::syncFinished);
    QSignalSpy finishedB(&b, &SyncController::syncFinished);
    QVERIFY(signIn(a));
    QVERIFY(signIn(b));
    QVERIFY(waitFinished(finishedA, 1));
    QVERIFY(waitFinished(finishedB, 1));

    // B's window: the model over B's GUI store must show what B's worker pulled.
    ui::ProblemListModel modelB(*storeB);
    QCOMPARE(modelB.rowCount(), 0);

    ui::ProblemListModel modelA(*storeA);
    auto created = storeA->createProblem(draft("Dust on the school road"));
    QVERIFY(created);
    QCOMPARE(a.pendingChanges(), 1);
    QCOMPARE(modelA.index(0, ui::ProblemListModel::SyncColumn).data().toString(), QStringLiteral("Waiting"));
    a.syncNow();
    QVERIFY(waitFinished(finishedA, 2));
    QVERIFY2(finishedA.last().at(0).toBool(), qPrintable(finishedA.last().at(1).toString()));
    QCOMPARE(a.pendingChanges(), 0);
    // The window's model follows the worker's writes.
    QCOMPARE(modelA.index(0, ui::ProblemListModel::SyncColumn).data().toString(), QString());
    QCOMPARE(int(storeA->syncStateOf(created->id).state), int(core::SyncState::Synced));

    QSignalSpy arrived(&b, &SyncController::changesArrived);
    b.syncNow();
    QVERIFY(waitFinished(finishedB, 2));
    QVERIFY2(finishedB.last().at(0).toBool(), qPrintable(finishedB.last().at(1).toString()));
    QCOMPARE(arrived.count(), 1);
    const auto seen = storeB->problem(created->id);
    QVERIFY(seen);
    QCOMPARE(seen->title, std::string("Dust on the school road"));
    QCOMPARE(modelB.rowCount(), 1);
    QCOMPARE(modelB.index(0, ui::ProblemListModel::TitleColumn).data().toString(),
             QStringLiteral("Dust on the school road"));
    QCOMPARE(modelB.index(0, 0).data(ui::ProblemListModel::SyncStateRole).toInt(),
             int(core::SyncState::Synced));

    // A round with nothing new does not make the models read everything again.
    QSignalSpy reset(&modelB, &QAbstractItemModel::modelReset);
    b.syncNow();
    QVERIFY(waitFinished(finishedB, 3));
    QCOMPARE(reset.count(), 0);
}

void TestSyncController::indicatorFollowsTheState()
{
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    SyncController controller(*store);
    controller.setIntervals(quietIntervals());
    QDateTime clock = QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC);
    controller.setClock([&clock] { return clock; });
    ui::SyncStatusButton button(controller);
    QCOMPARE(button.text(), QStringLiteral("Offline"));
    QSignalSpy setup(&button, &ui::SyncStatusButton::setupRequested);
    button.click();
    QCOMPARE(setup.count(), 1); // not signed in: the click asks for the settings

    QSignalSpy finished(&controller, &SyncController::syncFinished);
    QStringList seenWhileSyncing;
    connect(&controller, &SyncController::syncStarted, this, [&] { seenWhileSyncing << button.text(); });
    QVERIFY(signIn(controller));
    QVERIFY(waitFinished(finished, 1));
    QCOMPARE(seenWhileSyncing, QStringList{QStringLiteral("Syncing…")});
    QCOMPARE(button.text(), QStringLiteral("Synced just now"));
    QVERIFY(button.toolTip().contains(hubUrl()));
    QVERIFY(button.toolTip().contains(QStringLiteral("minji")));

    for (const char* title : {"Broken street light", "Overflowing recycling bins", "Unsafe crossing"})
        QVERIFY(store->createProblem(draft(title)));
    // Source text (no translator in tests); English plurals come from balgul_en.ts.
    QCOMPARE(button.text(), QStringLiteral("3 change(s) waiting"));

    button.click(); // signed in: a click syncs now
    QVERIFY(waitFinished(finished, 2));
    QCOMPARE(seenWhileSyncing.size(), 2);
    QCOMPARE(button.text(), QStringLiteral("Synced just now"));
    clock = clock.addSecs(130);
    controller.setClock([&clock] { return clock; });
    QCOMPARE(button.text(), QStringLiteral("Synced 2 min ago"));

    // The hub goes away: the failure and the wait before the next try are shown.
    controller.setHub(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()), QStringLiteral("token"));
    SyncController::Intervals intervals = quietIntervals();
    intervals.firstRetryMs = 40'000;
    controller.setIntervals(intervals);
    controller.setAutomatic(true);
    QVERIFY(waitFinished(finished, 3));
    QCOMPARE(finished.last().at(0).toBool(), false);
    QCOMPARE(controller.state(), SyncController::State::Failed);
    QCOMPARE(button.text(), QStringLiteral("Sync failed: the hub cannot be reached — retrying in 40 s"));
    clock = clock.addSecs(15);
    controller.setClock([&clock] { return clock; });
    QCOMPARE(button.text(), QStringLiteral("Sync failed: the hub cannot be reached — retrying in 25 s"));
    QVERIFY(button.toolTip().contains(QStringLiteral("The last sync failed")));
}

void TestSyncController::loadCredentialsAndSignOut()
{
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    {
        SyncController first(*store);
        first.setIntervals(quietIntervals());
        QSignalSpy finished(&first, &SyncController::syncFinished);
        QVERIFY(signIn(first));
        QVERIFY(waitFinished(finished, 1));
    }
    // The next start of the app finds the profile's hub and token.
    SyncController next(*store);
    next.setIntervals(quietIntervals());
    QVERIFY(next.loadCredentials());
    QCOMPARE(next.hubUrl(), hubUrl());
    QCOMPARE(next.state(), SyncController::State::Idle);

    // Signing out ends the session on the hub too: the token no longer works there.
    const std::string token = core::sync::readToken(core::sync::tokenPathFor(store->path()));
    QVERIFY(!token.empty());
    QCOMPARE(m_hub->authed(token, "GET", "/v1/sync/pull").status, 200);
    QSignalSpy signedOut(&next, &SyncController::signOutFinished);
    QVERIFY(next.signOut().ok());
    QCOMPARE(next.state(), SyncController::State::Offline);
    QVERIFY(!QFileInfo::exists(ui::toQ(core::sync::tokenPathFor(store->path()))));
    QCOMPARE(next.hubUrl(), hubUrl()); // kept for signing in again
    QVERIFY(waitFinished(signedOut, 1));
    QCOMPARE(signedOut.first().at(0).toBool(), true);
    QCOMPARE(m_hub->authed(token, "GET", "/v1/sync/pull").status, 401);

    SyncController afterSignOut(*store);
    QVERIFY(!afterSignOut.loadCredentials());
    QCOMPARE(afterSignOut.state(), SyncController::State::Offline);
    // Nothing to sync with: a request does not start a round.
    QSignalSpy started(&afterSignOut, &SyncController::syncStarted);
    afterSignOut.syncNow();
    QCOMPARE(started.count(), 0);
}

void TestSyncController::signOutWithoutTheHub()
{
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    const QString unreachable = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
    QVERIFY(store->setSyncValue("hub_url", ui::toStd(unreachable)).ok());
    QVERIFY(core::sync::writeToken(core::sync::tokenPathFor(store->path()), std::string(64, 'a')).ok());
    SyncController controller(*store);
    controller.setIntervals(quietIntervals());
    QVERIFY(controller.loadCredentials());

    // The hub cannot be reached: the token is forgotten here all the same, and the user is told.
    QSignalSpy signedOut(&controller, &SyncController::signOutFinished);
    QVERIFY(controller.signOut().ok());
    QVERIFY(!controller.isSignedIn());
    QVERIFY(!QFileInfo::exists(ui::toQ(core::sync::tokenPathFor(store->path()))));
    QVERIFY(waitFinished(signedOut, 1));
    QCOMPARE(signedOut.first().at(0).toBool(), false);
    QVERIFY(signedOut.first().at(1).toString().contains(QStringLiteral("could not be reached")));
    SyncController next(*store);
    QVERIFY(!next.loadCredentials());
}

void TestSyncController::backoffGrowsOnUnreachableHub()
{
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    SyncController controller(*store);
    SyncController::Intervals intervals = quietIntervals();
    intervals.firstRetryMs = 10;
    intervals.maxRetryMs = 80;
    controller.setIntervals(intervals);
    controller.setHub(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()), QStringLiteral("token"));

    QList<int> delays;
    connect(&controller, &SyncController::syncFinished, this,
            [&](bool ok, const QString&) { delays << (ok ? -1 : controller.retryDelayMs()); });
    controller.setAutomatic(true); // starts a round now, then retries by itself
    QVERIFY(QTest::qWaitFor([&] { return delays.size() >= 6; }, kWaitMs));
    controller.setAutomatic(false);
    QCOMPARE(delays.mid(0, 6), (QList<int>{10, 20, 40, 80, 80, 80}));

    // "Sync now" forgets the wait: the next failure starts from the first delay again.
    QSignalSpy finished(&controller, &SyncController::syncFinished);
    controller.syncNow();
    QCOMPARE(controller.retryDelayMs(), 0);
    QVERIFY(waitFinished(finished, 1));
    QCOMPARE(controller.retryDelayMs(), 10);
}

void TestSyncController::requestsWhileRunningAreCoalesced()
{
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    SyncController controller(*store);
    controller.setIntervals(quietIntervals());
    QSignalSpy finished(&controller, &SyncController::syncFinished);
    QVERIFY(signIn(controller));
    QVERIFY(waitFinished(finished, 1));

    QSignalSpy started(&controller, &SyncController::syncStarted);
    int overlapping = 0;
    connect(&controller, &SyncController::syncStarted, this, [&] {
        // Rounds started (this one included) minus rounds ended since the sign-in's round.
        if (started.count() - (finished.count() - 1) > 1)
            ++overlapping;
    });
    controller.syncNow();
    QVERIFY(controller.isSyncing());
    controller.syncNow();
    controller.syncNow();
    QCOMPARE(started.count(), 1); // the others wait for the running round
    QVERIFY(waitFinished(finished, 3));
    QTest::qWait(50);
    QCOMPARE(started.count(), 2); // and become exactly one more round
    QCOMPARE(finished.count(), 3);
    QCOMPARE(overlapping, 0);
    QVERIFY(!controller.isSyncing());
}

QTEST_MAIN(TestSyncController)
#include "test_sync_controller.moc"
