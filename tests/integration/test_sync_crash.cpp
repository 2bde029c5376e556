// Kill -9 the client (balgul-cli sync) and the hub at random points of a large push; after
// restarting and one more sync every op is applied exactly once and all stores agree.
// BALGUL_SYNC_SOAK=1 runs more ops and more kills.
//
// The kill points are drawn inside an uninterrupted push measured first on a hub of its own, so
// they land mid-push on any build type and machine (an optimised build pushes many times faster).

#include "../support/test_support.h"
#include "sync_fixture.h"

#include "core/sync/credentials.h"

#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>
#include <vector>

using namespace balgul;

namespace {

bool soak()
{
    return qEnvironmentVariableIsSet("BALGUL_SYNC_SOAK");
}

/// A client store at `dir` holding `count` new problems, each with its queued op.
bool makeStore(const QString& dir, int count, int seed)
{
    core::StoreOptions options;
    options.userName = "alice";
    auto store = core::Store::open(test::toStd(dir) + "/balgul.sqlite", options);
    if (!store)
        return false;
    std::vector<core::Problem> problems(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        auto& p = problems[static_cast<std::size_t>(i)];
        p.title = "Problem " + std::to_string(seed) + "-" + std::to_string(i);
        p.category = i % 2 ? "air" : "traffic";
        p.lat = 36.2 + (i % 1000) * 0.0003;
        p.lon = 127.3 + (i / 1000) * 0.001;
        p.author = "alice";
    }
    return (*store)->insertProblems(problems, true).ok() && (*store)->outboxSize() == count;
}

QStringList cliArgs(const QString& dir, const QStringList& rest)
{
    return QStringList{QStringLiteral("--data-dir"), dir} + rest;
}

bool cliLogin(const QString& dir, const test::HubProcess& hub)
{
    return test::runCli(cliArgs(dir, {QStringLiteral("login"), QStringLiteral("--hub"),
                                      QString::fromStdString(test::hubUrl(hub)), QStringLiteral("--user"),
                                      QStringLiteral("alice"), QStringLiteral("--password-stdin")}),
                        "correct horse\n") == 0;
}

/// How long this build on this machine takes to push `count` ops in batches of `batch`, and a
/// lower bound of how long `balgul-cli sync` takes before its push begins.
struct PushTiming
{
    double startMs = 0;
    double pushMs = 0;
    std::int64_t ops = 0;
};

/// Measures an uninterrupted push of a store like the ones the test kills, on `hub` (a hub of its
/// own, so the measured ops are not in the stores compared at the end). A fifth of the ops is
/// pushed and the time scaled: a push takes the same time per batch from the first to the last.
std::optional<PushTiming> measurePush(test::HubProcess& hub, const QString& dir, int count, int batch)
{
    const int sample = std::max(count / 5, batch * 10);
    if (!makeStore(dir, sample, 9) || !cliLogin(dir, hub))
        return std::nullopt;
    const std::string path = test::toStd(dir) + "/balgul.sqlite";
    auto store = core::Store::open(path);
    if (!store)
        return std::nullopt;
    core::sync::SyncEngine engine(
        **store, core::sync::HubEndpoint{test::hubUrl(hub),
                                         core::sync::readToken(core::sync::tokenPathFor(path)), true, 60});
    engine.setBatchLimits(static_cast<std::size_t>(batch), core::sync::limits::kMaxPushBytes);
    auto report = engine.syncOnce();
    if (!report || report->opsPushed != sample)
        return std::nullopt;
    PushTiming timing;
    timing.pushMs = report->pushSeconds * 1000 * count / sample;
    timing.ops = count;
    // A sync with nothing to do starts the process, opens the store and asks the hub twice; its push
    // begins after the first answer. Half the quickest of three stays below that on a busy machine.
    double quickest = 1e9;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer clock;
        clock.start();
        if (test::runCli(cliArgs(dir, {QStringLiteral("sync"), QStringLiteral("--hub"),
                                       QString::fromStdString(test::hubUrl(hub))})) != 0)
            return std::nullopt;
        quickest = std::min(quickest, static_cast<double>(clock.elapsed()));
    }
    timing.startMs = quickest / 2;
    qInfo("an uninterrupted push of %d ops in batches of %d: %.0f ms (%d pushed); balgul-cli starts in "
          "about %.0f ms",
          count, batch, timing.pushMs, sample, timing.startMs);
    return timing;
}

/// The ops still queued in the store at `dir` (no client runs meanwhile).
std::int64_t opsLeft(const QString& dir)
{
    core::Database db;
    db.open(test::toStd(dir) + "/balgul.sqlite", false);
    auto st = db.prepare("SELECT count(*) FROM outbox");
    return st.step() ? st.int64(0) : 0;
}

/// When to kill the next run, in ms after it starts: a point inside the push left, in the first 80%
/// of an equal share of it among the kills left. A run resumes where the last one stopped, so the
/// runs together never push all that is left and every kill lands before the push is done.
int killDelay(const PushTiming& timing, std::int64_t left, int killsLeft, QRandomGenerator& random)
{
    const double pushLeftMs = timing.pushMs * static_cast<double>(left) / static_cast<double>(timing.ops);
    return static_cast<int>(timing.startMs + random.generateDouble() * 0.8 * pushLeftMs / killsLeft) + 1;
}

} // namespace

class TestSyncCrash : public QObject
{
    Q_OBJECT

private slots:
    void killsLoseNothingAndDuplicateNothing()
    {
        const int clientOps = soak() ? 30000 : 10000;
        const int hubOps = soak() ? 20000 : 6000;
        const int kills = soak() ? 60 : 20;
        const quint32 seed = static_cast<quint32>(QDateTime::currentMSecsSinceEpoch());
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString hubDir = dir.path() + QStringLiteral("/hub");
        const QString dirA = dir.path() + QStringLiteral("/a");
        const QString dirB = dir.path() + QStringLiteral("/b");
        QDir().mkpath(hubDir);
        test::HubProcess hub(hubDir, {QStringLiteral("login_attempts_per_login = 1000"),
                                      QStringLiteral("login_attempts_per_address = 1000")});
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        QVERIFY(hub.start());
        QVERIFY(makeStore(dirA, clientOps, 1));
        QVERIFY(makeStore(dirB, hubOps, 2));
        for (const QString& d : {dirA, dirB})
            QVERIFY(cliLogin(d, hub));

        // 0. Measure both pushes uninterrupted first, on a hub of their own.
        std::optional<PushTiming> clientPush, hubPush;
        {
            const QString measureDir = dir.path() + QStringLiteral("/measure");
            QDir().mkpath(measureDir + QStringLiteral("/hub"));
            test::HubProcess measureHub(measureDir + QStringLiteral("/hub"));
            QVERIFY(measureHub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
            QVERIFY(measureHub.start());
            clientPush = measurePush(measureHub, measureDir + QStringLiteral("/a"), clientOps, 100);
            hubPush = measurePush(measureHub, measureDir + QStringLiteral("/b"), hubOps, 25);
            QVERIFY(clientPush && hubPush);
            QCOMPARE(measureHub.stop(), 0);
        }

        // 1. Kill the client mid-push.
        QElapsedTimer clock;
        clock.start();
        int clientKills = 0;
        for (int i = 0; i < kills * 3 && clientKills < kills; ++i) {
            const std::int64_t left = opsLeft(dirA);
            QProcess cli;
            cli.start(test::cliBinary(),
                      cliArgs(dirA, {QStringLiteral("sync"), QStringLiteral("--batch"), QStringLiteral("100"),
                                     QStringLiteral("--hub"), QString::fromStdString(test::hubUrl(hub))}));
            QVERIFY(cli.waitForStarted());
            if (cli.waitForFinished(killDelay(*clientPush, left, kills - clientKills, random)))
                break; // the push finished before this kill point
            cli.kill();
            cli.waitForFinished();
            ++clientKills;
        }
        qInfo("client killed %d times in %lld ms", clientKills, static_cast<long long>(clock.elapsed()));
        QVERIFY(clientKills >= kills);

        // 2. Kill the hub mid-batch while the other client pushes.
        clock.restart();
        int hubKills = 0;
        for (int i = 0; i < kills * 3 && hubKills < kills; ++i) {
            const std::int64_t left = opsLeft(dirB);
            QProcess cli;
            cli.start(test::cliBinary(),
                      cliArgs(dirB, {QStringLiteral("sync"), QStringLiteral("--batch"), QStringLiteral("25"),
                                     QStringLiteral("--hub"), QString::fromStdString(test::hubUrl(hub))}));
            QVERIFY(cli.waitForStarted());
            if (cli.waitForFinished(killDelay(*hubPush, left, kills - hubKills, random)))
                break;
            hub.process().kill(); // SIGKILL
            QVERIFY(hub.process().waitForFinished(10000));
            QVERIFY(cli.waitForFinished(60000));
            // A sync that ends between the wait above and the kill succeeds: that kill did not
            // land mid-batch and does not count (on a loaded machine this happens).
            if (cli.exitCode() != 0 || cli.exitStatus() != QProcess::NormalExit)
                ++hubKills;
            QVERIFY(hub.start());
        }
        qInfo("hub killed %d times in %lld ms", hubKills, static_cast<long long>(clock.elapsed()));
        QVERIFY(hubKills >= kills);

        // 3. One more sync each (the first again to pull what the second pushed).
        clock.restart();
        for (const QString& d : {dirA, dirB, dirA}) {
            QByteArray out;
            const int code = test::runCli(cliArgs(d, {QStringLiteral("sync"), QStringLiteral("--hub"),
                                                      QString::fromStdString(test::hubUrl(hub))}),
                                          {}, &out);
            QVERIFY2(code == 0, out.constData());
            qInfo("%s", out.trimmed().constData());
        }
        qInfo("final syncs took %lld ms", static_cast<long long>(clock.elapsed()));

        // Exactly once: one recorded op and one change per client op, nothing rejected or left.
        const std::int64_t total = clientOps + hubOps;
        QCOMPARE(test::hubCount(hub, "SELECT count(*) FROM ops"), total);
        QCOMPARE(test::hubCount(hub, "SELECT count(*) FROM entities WHERE entity = 'problem'"), total);
        QCOMPARE(test::hubCount(hub, "SELECT max(seq) FROM entities"), total);
        QCOMPARE(test::hubCount(hub, "SELECT count(*) FROM ops WHERE result LIKE '%rejected%'"),
                 std::int64_t{0});

        auto a = core::Store::open(test::toStd(dirA) + "/balgul.sqlite");
        auto b = core::Store::open(test::toStd(dirB) + "/balgul.sqlite");
        QVERIFY(a && b);
        QCOMPARE((*a)->outboxSize(), std::int64_t{0});
        QCOMPARE((*b)->outboxSize(), std::int64_t{0});
        const std::string dumpA = core::sync::canonicalDump(**a);
        QCOMPARE(dumpA, core::sync::canonicalDump(**b));
        QCOMPARE(test::hubDump(hub), dumpA);
        QCOMPARE((*a)->stats().problems, total);
        // Killed and started again, the hub never took a new epoch: its store never went back.
        const auto history = core::sync::decodeHubHistory(hub.request("GET", "/v1/info").body);
        QVERIFY(history);
        QCOMPARE(history->epochs.size(), std::size_t{1});
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "test_sync_crash.moc"
