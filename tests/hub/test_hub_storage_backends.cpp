// What must hold on either hub store (SQLite, or PostgreSQL under scripts/with-postgres.sh):
// concurrent pushes never show a gap to a pull, several hub processes can share one PostgreSQL
// database, and --db is checked before anything is opened.

#include "hub_process.h"

#include "core/util/ids.h"

#include <QObject>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>

using namespace balgul;
using core::sync::OpStatus;

namespace {

/// The exit code and stderr of one balgul-hub run.
std::pair<int, QByteArray> runHub(const QStringList& args)
{
    QProcess p;
    p.start(test::hubBinary(), args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(5000);
        return {-1, {}};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardError()};
}

} // namespace

class TestHubStorageBackends : public QObject
{
    Q_OBJECT

private slots:
    void concurrentPushesLeaveNoGaps_data()
    {
        QTest::addColumn<int>("hubs");
        QTest::addRow("one hub") << 1;
        QTest::addRow("two hubs on one database") << 2;
    }

    void concurrentPushesLeaveNoGaps()
    {
        QFETCH(int, hubs);
        if (hubs > 1 && test::testDatabaseUrl().isEmpty())
            QSKIP("several hubs share a store only on PostgreSQL (run ctest -R hub.postgres)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        std::vector<std::unique_ptr<test::HubProcess>> processes;
        for (int i = 0; i < hubs; ++i) {
            // No access log: nothing reads the hubs' stderr while the threads below run, and a full
            // pipe would stall every request.
            processes.push_back(
                std::make_unique<test::HubProcess>(dir.path(), QStringList{QStringLiteral("access_log =")}));
            QVERIFY2(processes.back()->start(), "balgul-hub did not start");
        }
        QVERIFY(processes[0]->addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        // A token made by one hub is good on every hub of the database.
        const std::string token = processes[0]->login("alice");
        QVERIFY(!token.empty());
        for (auto& p : processes)
            QCOMPARE(p->authed(token, "GET", "/v1/sync/pull").status, 200);

        constexpr int kWriters = 6;
        constexpr int kOpsPerWriter = 12;
        std::atomic<int> writersLeft{kWriters};
        std::mutex failureMutex;
        QStringList failures;
        const auto fail = [&](const QString& what) {
            std::lock_guard lock(failureMutex);
            failures << what;
        };
        std::mutex versionMutex;
        std::set<std::int64_t> versions;

        std::vector<std::thread> threads;
        for (int w = 0; w < kWriters; ++w) {
            threads.emplace_back([&, w] {
                test::HubProcess& hub = *processes[static_cast<std::size_t>(w % hubs)];
                for (int i = 0; i < kOpsPerWriter; ++i) {
                    const auto op = test::makeOp(core::newUuid(), "problem", core::newUuid(), 0,
                                                 test::problemFields("Problem " + std::to_string(w)));
                    const auto results = hub.push(token, {op}, "client-" + std::to_string(w));
                    if (results.size() != 1 || results[0].status != OpStatus::Applied) {
                        fail(QStringLiteral("writer %1: op %2 not applied").arg(w).arg(i));
                        continue;
                    }
                    std::lock_guard lock(versionMutex);
                    if (!versions.insert(results[0].version).second)
                        fail(QStringLiteral("version %1 given twice").arg(results[0].version));
                }
                --writersLeft;
            });
        }
        // Every change makes a new entity, so a pull must show seq 1, 2, 3, … with no hole, even
        // while pushes commit around it (a hole here would be a change the client never pulls).
        std::int64_t seen = 0;
        int pulls = 0;
        threads.emplace_back([&] {
            bool finalPass = false;
            while (!finalPass) {
                finalPass = writersLeft.load() == 0;
                test::HubProcess& hub = *processes[static_cast<std::size_t>(pulls % hubs)];
                const auto page = hub.pull(token, seen);
                ++pulls;
                for (const auto& change : page.changes) {
                    if (change.seq != seen + 1) {
                        fail(QStringLiteral("pull after %1 showed seq %2").arg(seen).arg(change.seq));
                        return;
                    }
                    seen = change.seq;
                }
                if (page.more)
                    finalPass = false;
                else if (!finalPass)
                    std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        });
        for (auto& t : threads)
            t.join();

        if (!failures.isEmpty())
            for (auto& p : processes)
                qWarning().noquote() << "hub log:" << p->process().readAllStandardError().right(4000);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("; "))));
        QCOMPARE(versions.size(), std::size_t(kWriters * kOpsPerWriter));
        QCOMPARE(*versions.begin(), std::int64_t(1));
        QCOMPARE(*versions.rbegin(), std::int64_t(kWriters * kOpsPerWriter));
        QCOMPARE(seen, std::int64_t(kWriters * kOpsPerWriter));
        QVERIFY(pulls > 1);
        for (auto& p : processes)
            QCOMPARE(p->stop(), 0);
    }

    void anyStringIsAnOpId_data()
    {
        QTest::addColumn<QByteArray>("opId");
        QTest::addColumn<QByteArray>("clientId");
        // Control characters (a NUL among them) are refused in every id: test_hub_bad_input.cpp.
        QTest::addRow("backslashes") << QByteArray("op\\0one") << QByteArray("client\\\\");
        QTest::addRow("Hangul and quotes") << QByteArray("발굴 '; DROP TABLE ops; --") << QByteArray("\"c\"");
    }

    void anyStringIsAnOpId()
    {
        QFETCH(QByteArray, opId);
        QFETCH(QByteArray, clientId);
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const std::string token = hub.login("alice");
        const auto op = [&](const QByteArray& id, const char* problem) {
            return test::makeOp(id.toStdString(), "problem", problem, 0, test::problemFields());
        };
        int status = 0;
        auto first = hub.push(token, {op(opId, test::kProblemA)}, clientId.toStdString(), &status);
        QCOMPARE(status, 200);
        QCOMPARE(first.size(), std::size_t(1));
        BALGUL_COMPARE_ENUM(first[0].status, OpStatus::Applied);
        QCOMPARE(first[0].opId, opId.toStdString());
        // The same id again is a replay; an id that differs only where escaping could blur it is not.
        auto again = hub.push(token, {op(opId, test::kProblemA), op(opId + "\\", test::kProblemB)},
                              clientId.toStdString(), &status);
        QCOMPARE(status, 200);
        QCOMPARE(again.size(), std::size_t(2));
        BALGUL_COMPARE_ENUM(again[0].status, OpStatus::Applied);
        QVERIFY(again[0].replayed);
        QCOMPARE(again[0].version, first[0].version);
        BALGUL_COMPARE_ENUM(again[1].status, OpStatus::Applied);
        QVERIFY(!again[1].replayed);
        QCOMPARE(hub.pull(token).changes.size(), std::size_t(2));
    }

    void badDatabaseUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::addRow("not a URL") << QStringLiteral("hub.sqlite") << 2
                                   << QByteArray("--db takes a postgresql://");
        QTest::addRow("another database") << QStringLiteral("mysql://root@127.0.0.1/balgul") << 2
                                          << QByteArray("--db takes a postgresql://");
        QTest::addRow("nothing listening")
            << QStringLiteral("postgresql://hub:s3cret@127.0.0.1:1/balgul") << 1
            << QByteArray("cannot connect to postgresql://hub:***@127.0.0.1:1/balgul");
        QTest::addRow("password parameter")
            << QStringLiteral("postgres://127.0.0.1:1/balgul?password=s3cret&sslmode=disable") << 1
            << QByteArray("password=***&sslmode=disable");
    }

    void badDatabaseUrls()
    {
        QFETCH(QString, url);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QStringList& command :
             {QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")},
              QStringList{QStringLiteral("user"), QStringLiteral("list")}}) {
            const auto [code, errors] = runHub(
                command + QStringList{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--db"), url});
            QCOMPARE(code, exitCode);
            QVERIFY2(errors.contains(message), errors.constData());
            QVERIFY2(!errors.contains("s3cret"), errors.constData()); // never a password in a message
        }
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("hub.sqlite"))));
    }

    void refusesAStoreFromANewerHub()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        test::HubProcess hub(dir.path());
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        QStringList list = {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--data-dir"),
                            dir.path()};
        if (!hub.database().isEmpty())
            list << QStringLiteral("--db") << hub.database();
        QCOMPARE(runHub(list).first, 0);

        if (hub.database().isEmpty())
            hub.storeQuery("PRAGMA user_version = 99");
        else
            hub.storeQuery("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
        const auto [code, errors] = runHub(list);
        QCOMPARE(code, 1);
        QVERIFY2(errors.contains("made by a newer balgul-hub"), errors.constData());
        QVERIFY(!hub.start());
    }
};

QTEST_GUILESS_MAIN(TestHubStorageBackends)
#include "test_hub_storage_backends.moc"
