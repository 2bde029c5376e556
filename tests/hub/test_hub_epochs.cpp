// Epochs and cursors against a real balgul-hub (sync-protocol.md "Epochs and cursors"): a cursor
// past the hub's last seq is refused with the hub's epoch, a store restored from a backup starts a
// new epoch, and `balgul-hub epoch rotate` starts one on demand.

#include "hub_backup.h"
#include "hub_process.h"

#include <QObject>

using namespace balgul;
using core::sync::OpStatus;
using test::makeOp;
using test::problemFields;

namespace {

/// A problem id of its own for each number.
std::string problemId(int n)
{
    char id[40];
    std::snprintf(id, sizeof id, "6f1c2b1e-1d2a-4c3b-9a8b-%012d", n);
    return id;
}

/// Pushes `count` new problems numbered from `first`; true when every one was applied.
bool pushProblems(test::HubProcess& hub, const std::string& token, int first, int count)
{
    std::vector<core::sync::Op> ops;
    for (int i = first; i < first + count; ++i)
        ops.push_back(makeOp("op-" + std::to_string(i), "problem", problemId(i), 0,
                             problemFields("Problem " + std::to_string(i))));
    const auto results = hub.push(token, ops);
    return results.size() == ops.size() &&
           std::all_of(results.begin(), results.end(),
                       [](const core::sync::PushResult& r) { return r.status == OpStatus::Applied; });
}

core::sync::HubHistory info(test::HubProcess& hub)
{
    const auto reply = hub.request("GET", "/v1/info");
    auto history = core::sync::decodeHubHistory(reply.body);
    return history ? *history : core::sync::HubHistory{};
}

} // namespace

class TestHubEpochs : public QObject
{
    Q_OBJECT

private slots:
    void cursorAheadIsRefusedWithTheEpoch()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        QVERIFY(pushProblems(hub, token, 1, 2));
        const std::string epoch = hub.pull(token).epoch;
        QVERIFY(!epoch.empty());

        for (const char* since : {"3", "999999"}) {
            const auto reply = hub.authed(token, "GET", std::string("/v1/sync/pull?since=") + since);
            QCOMPARE(reply.status, 409);
            auto error = core::sync::decodeApiError(reply.body);
            QVERIFY2(error.ok(), reply.body.c_str());
            QCOMPARE(error->code, std::string("cursor_ahead"));
            QCOMPARE(error->field, std::string("since"));
            QCOMPARE(error->epoch, epoch);
            QCOMPARE(error->lastSeq, std::int64_t(2));
        }
        // At the last seq the cursor is the hub's own: an empty page.
        const auto atHead = hub.authed(token, "GET", "/v1/sync/pull?since=2");
        QCOMPARE(atHead.status, 200);
        QCOMPARE(core::sync::decodePullPage(atHead.body)->next, std::int64_t(2));

        for (const char* since : {"-1", "abc", "1.5", ""}) {
            const auto reply = hub.authed(token, "GET", std::string("/v1/sync/pull?since=") + since);
            QCOMPARE(reply.status, 400);
            const auto error = core::sync::decodeApiError(reply.body);
            QVERIFY(error.ok());
            QCOMPARE(error->code, std::string("invalid_field"));
            QCOMPARE(error->field, std::string("since"));
        }
    }

    void infoTellsTheHistory()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        QVERIFY(pushProblems(hub, hub.login("alice"), 1, 3));
        const auto history = info(hub);
        QVERIFY(!history.epoch.empty());
        QCOMPARE(history.lastSeq, std::int64_t(3));
        QCOMPARE(history.epochs.size(), std::size_t(1));
        QCOMPARE(history.epochs[0].epoch, history.epoch);
        QCOMPARE(history.epochs[0].seq, std::int64_t(0));
    }

    void epochRotateTakesANewEpoch()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        QVERIFY(pushProblems(hub, token, 1, 2));
        const std::string first = hub.pull(token).epoch;

        QByteArray out;
        QCOMPARE(hub.adminCommand(QStringLiteral("epoch"), {QStringLiteral("rotate")}, {}, &out), 0);
        const std::string second = out.trimmed().toStdString();
        QVERIFY(!second.empty() && second != first);
        // The running hub answers in the new epoch at once, and the list of epochs tells where it began.
        QCOMPARE(hub.pull(token).epoch, second);
        QVERIFY(pushProblems(hub, token, 3, 1));
        QCOMPARE(hub.adminCommand(QStringLiteral("epoch"), {QStringLiteral("rotate")}, {}, &out), 0);
        const std::string third = out.trimmed().toStdString();
        const auto history = info(hub);
        QCOMPARE(history.epoch, third);
        QCOMPARE(history.epochs.size(), std::size_t(3));
        QCOMPARE(history.epochs[0].epoch, first);
        QCOMPARE(history.epochs[1].epoch, second);
        QCOMPARE(history.epochs[1].seq, std::int64_t(2));
        QCOMPARE(history.epochs[2].seq, std::int64_t(3));
        QCOMPARE(core::sync::sharedSeq(history.epochs, first), std::int64_t(2));
        QCOMPARE(core::sync::sharedSeq(history.epochs, second), std::int64_t(3));

        QCOMPARE(hub.adminCommand(QStringLiteral("epoch"), {QStringLiteral("show")}, {}, &out), 0);
        QVERIFY(out.contains(QByteArray("epoch\t") + QByteArray::fromStdString(third)));
        QVERIFY(out.contains("last_seq\t3"));
        QCOMPARE(hub.adminCommand(QStringLiteral("epoch"), {QStringLiteral("spin")}), 2);

        // A restart keeps the epoch: only a store that went back takes a new one.
        QCOMPARE(hub.stop(), 0);
        QVERIFY(hub.start());
        QCOMPARE(hub.pull(token).epoch, third);
    }

    void killedHubKeepsItsEpoch()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        QVERIFY(pushProblems(hub, token, 1, 5));
        const std::string epoch = hub.pull(token).epoch;
        hub.process().kill();
        QVERIFY(hub.process().waitForFinished(10000));
        QVERIFY(hub.start());
        QCOMPARE(hub.pull(token).epoch, epoch);
        QCOMPARE(info(hub).epochs.size(), std::size_t(1));
    }

    void restoredStoreTakesANewEpoch()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        QVERIFY(pushProblems(hub, token, 1, 2));
        const std::string before = hub.pull(token).epoch;
        const QString backup = dir.path() + QStringLiteral("/backup");
        QVERIFY(test::backUpHub(hub, backup));
        QVERIFY(pushProblems(hub, token, 3, 3));
        QCOMPARE(hub.pull(token, 2).changes.size(), std::size_t(3));

        QCOMPARE(hub.stop(), 0);
        QVERIFY(test::restoreHub(hub, backup));
        QVERIFY(hub.start());
        QVERIFY(hub.process().readAllStandardError().contains("new epoch"));
        const auto after = hub.pull(token);
        QVERIFY(!after.epoch.empty() && after.epoch != before);
        QCOMPARE(after.changes.size(), std::size_t(2));
        // A client's cursor from the lost history is refused, with the epoch it must start over in.
        const auto reply = hub.authed(token, "GET", "/v1/sync/pull?since=5");
        QCOMPARE(reply.status, 409);
        QCOMPARE(core::sync::decodeApiError(reply.body)->epoch, after.epoch);
        const auto history = info(hub);
        QCOMPARE(history.epochs.size(), std::size_t(2));
        QCOMPARE(history.epochs[1].seq, std::int64_t(2));
        QCOMPARE(core::sync::sharedSeq(history.epochs, before), std::int64_t(2));

        // Seq numbers of the lost history are given again, in the new epoch.
        QVERIFY(pushProblems(hub, token, 10, 1));
        QCOMPARE(hub.pull(token, 2).changes.at(0).seq, std::int64_t(3));
        // The new epoch stays through restarts.
        QCOMPARE(hub.stop(), 0);
        QVERIFY(hub.start());
        QCOMPARE(hub.pull(token).epoch, after.epoch);
    }

    void aKilledHubsMarkHoldsItsLastCommit()
    {
        // The mark is written before a push is answered, not only when the hub stops: a backup
        // restored after a kill is seen to be behind.
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        QVERIFY(pushProblems(hub, token, 1, 2));
        const QString backup = dir.path() + QStringLiteral("/backup");
        QVERIFY(test::backUpHub(hub, backup));
        QVERIFY(pushProblems(hub, token, 3, 1));
        QFile mark(dir.path() + QStringLiteral("/history-mark"));
        QVERIFY(mark.open(QIODevice::ReadOnly));
        QVERIFY2(mark.readAll().contains("last_seq = 0000000000000000003\n"), "the mark holds seq 3");
        mark.close();
        hub.process().kill();
        QVERIFY(hub.process().waitForFinished(10000));

        QVERIFY(test::restoreHub(hub, backup));
        QVERIFY(hub.start());
        QVERIFY(hub.process().readAllStandardError().contains("new epoch"));
    }

    void anUnreadableMarkIsTakenAsNone()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        QVERIFY(pushProblems(hub, token, 1, 2));
        const std::string epoch = hub.pull(token).epoch;
        QCOMPARE(hub.stop(), 0);
        QFile mark(dir.path() + QStringLiteral("/history-mark"));
        QVERIFY(mark.open(QIODevice::WriteOnly | QIODevice::Truncate));
        mark.write("epoch = \x01\x02 torn\nlast_seq = 99x\n");
        mark.close();
        QVERIFY(hub.start());
        QCOMPARE(hub.pull(token).epoch, epoch);
        // And the hub writes it whole again.
        QVERIFY(pushProblems(hub, token, 3, 1));
        QVERIFY(mark.open(QIODevice::ReadOnly));
        const QByteArray text = mark.readAll();
        QVERIFY2(text.contains(QByteArray("epoch = ") + epoch.c_str() + "\nlast_seq = 0000000000000000003\n"),
                 text.constData());
    }

    void olderBackupThanAnEpochTakesANewEpoch()
    {
        // A backup from before `epoch rotate` holds an epoch whose history the hub has left: even
        // with a last seq ahead of where the new epoch began, it is another history.
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        QVERIFY(pushProblems(hub, token, 1, 4));
        const QString backup = dir.path() + QStringLiteral("/backup");
        QVERIFY(test::backUpHub(hub, backup));
        const std::string old = hub.pull(token).epoch;
        QCOMPARE(hub.adminCommand(QStringLiteral("epoch"), {QStringLiteral("rotate")}), 0);
        const std::string rotated = hub.pull(token).epoch;

        QCOMPARE(hub.stop(), 0);
        QVERIFY(test::restoreHub(hub, backup));
        QVERIFY(hub.start());
        const std::string now = hub.pull(token).epoch;
        QVERIFY(now != old && now != rotated);
    }

    void postgresRestoreIsSeenWithoutTheMark()
    {
        // pg_restore makes the hub's tables again: the hub sees it from the tables themselves,
        // even when its data folder (and the history mark in it) is new.
        if (test::testDatabaseUrl().isEmpty())
            QSKIP("PostgreSQL only (scripts/with-postgres.sh)");
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        QVERIFY(pushProblems(hub, token, 1, 2));
        const std::string before = hub.pull(token).epoch;
        const QString backup = dir.path() + QStringLiteral("/backup");
        QVERIFY(test::backUpHub(hub, backup));
        QCOMPARE(hub.stop(), 0);
        QVERIFY(test::restoreHub(hub, backup));
        QVERIFY(QFile::remove(dir.path() + QStringLiteral("/history-mark")));
        QVERIFY(hub.start());
        QVERIFY(hub.process().readAllStandardError().contains("tables were made again"));
        const std::string after = hub.pull(token).epoch;
        QVERIFY(after != before);
        // Started again on the same tables, it keeps that epoch.
        QCOMPARE(hub.stop(), 0);
        QVERIFY(hub.start());
        QCOMPARE(hub.pull(token).epoch, after);
    }
};

QTEST_GUILESS_MAIN(TestHubEpochs)
#include "test_hub_epochs.moc"
