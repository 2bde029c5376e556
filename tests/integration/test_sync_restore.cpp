// The operator's restore journey (operating-the-hub.md "Back up and restore"): three clients sync,
// the hub is backed up, the clients go on and the hub acknowledges more, the hub is restored from
// the backup (losing that) and someone writes to it, then every client syncs twice. Every store
// must then hold exactly what the hub holds, versions included: what the hub lost was sent again
// under the same op ids, nothing was skipped or doubled.

#include "../hub/hub_backup.h"
#include "../support/test_support.h"
#include "sync_fixture.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace balgul;
using balgul::test::Client;

namespace {

core::Problem draft(const std::string& title, double lat)
{
    core::Problem p;
    p.title = title;
    p.category = "air";
    p.lat = lat;
    p.lon = 127.38;
    return p;
}

/// A 1×1 PNG (the store only takes image bytes).
std::string tinyPng()
{
    std::string png("\x89PNG\r\n\x1A\n", 8);
    png += std::string("\0\0\0\rIHDR\0\0\0\1\0\0\0\1\x08\x06\0\0\0", 21);
    png += 'r';
    return png;
}

std::int64_t storeCount(core::Store& store, const std::string& sql)
{
    auto st = store.database().prepare(sql);
    return st.step() ? st.int64(0) : -1;
}

} // namespace

class TestSyncRestore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    std::string m_url;
    Client m_alice; // citizen
    Client m_bob;   // citizen
    Client m_kim;   // coordinator

    core::sync::SyncReport sync(Client& c)
    {
        auto r = c.sync(m_url);
        if (!r) {
            qWarning("sync failed: %s", r.error().toString().c_str());
            return {};
        }
        return *r;
    }

    bool syncAll()
    {
        for (Client* c : {&m_alice, &m_bob, &m_kim}) {
            auto r = c->sync(m_url);
            if (!r) {
                qWarning("sync failed: %s", r.error().toString().c_str());
                return false;
            }
        }
        return true;
    }

    /// Every client holds what the hub holds: the same live entities with the same fields, each at
    /// the hub's version, and nothing waiting, refused or in conflict.
    void verifyEveryStoreIsTheHubs()
    {
        const std::string hub = test::hubDump(*m_hub);
        const auto versions = m_hub->storeRows(
            "SELECT entity, id, seq FROM entities WHERE NOT deleted AND entity IN ('problem', "
            "'comment') ORDER BY entity, id");
        for (Client* c : {&m_alice, &m_bob, &m_kim}) {
            const std::string mine = core::sync::canonicalDump(*c->store);
            if (mine != hub)
                qWarning("store:\n%s\nhub:\n%s", mine.c_str(), hub.c_str());
            QCOMPARE(mine, hub);
            QCOMPARE(c->store->outboxSize(), std::int64_t{0});
            QCOMPARE(storeCount(*c->store, "SELECT count(*) FROM outbox_waiting"), std::int64_t{0});
            QCOMPARE(storeCount(*c->store, "SELECT count(*) FROM sync_entities WHERE rejected_code <> ''"),
                     std::int64_t{0});
            QVERIFY(c->store->conflicts().empty());
            for (const auto& row : versions) {
                auto st = c->store->database().prepare(
                    "SELECT version FROM sync_entities WHERE entity = ? AND id = ?");
                st.bind(1, row.at(0)).bind(2, row.at(1));
                QVERIFY2(st.step(), row.at(1).c_str());
                QCOMPARE(std::to_string(st.int64(0)), row.at(2));
                if (row.at(0) == "problem") {
                    auto p = c->store->database().prepare("SELECT version FROM problems WHERE id = ?");
                    p.bind(1, row.at(1));
                    QVERIFY(p.step());
                    QCOMPARE(std::to_string(p.int64(0)), row.at(2));
                }
            }
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir().mkpath(m_dir.path() + QStringLiteral("/hub"));
        m_hub = std::make_unique<test::HubProcess>(m_dir.path() + QStringLiteral("/hub"));
        QVERIFY(m_hub->addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        QVERIFY(m_hub->addUser(QStringLiteral("bob"), QStringLiteral("citizen")));
        QVERIFY(m_hub->addUser(QStringLiteral("kim"), QStringLiteral("coordinator")));
        QVERIFY(m_hub->addUser(QStringLiteral("dan"), QStringLiteral("citizen")));
        QVERIFY(m_hub->start());
        m_url = test::hubUrl(*m_hub);
        const std::string dir = test::toStd(m_dir.path());
        QVERIFY(test::makeClient(m_alice, dir + "/alice/balgul.sqlite", "alice", *m_hub));
        QVERIFY(test::makeClient(m_bob, dir + "/bob/balgul.sqlite", "bob", *m_hub));
        QVERIFY(test::makeClient(m_kim, dir + "/kim/balgul.sqlite", "kim", *m_hub));
    }

    void backUpSyncMoreRestoreSyncAgain()
    {
        // 1. Before the backup: everyone writes and syncs.
        auto p1 = m_alice.store->createProblem(draft("Dust at the school gate", 36.35));
        QVERIFY(p1);
        auto firstComment = m_alice.store->addComment(p1->id, "Worst in the morning.");
        QVERIFY(firstComment);
        auto p2 = m_bob.store->createProblem(draft("Idling buses", 36.36));
        QVERIFY(p2);
        QVERIFY(syncAll());
        QVERIFY(m_bob.store->setSupported(p1->id, true));
        QVERIFY(m_kim.store->addComment(p2->id, "The depot has been told."));
        QVERIFY(syncAll() && syncAll());
        verifyEveryStoreIsTheHubs();

        // 2. The backup, taken while the hub runs.
        const QString backup = m_dir.path() + QStringLiteral("/hub-backup");
        QVERIFY(test::backUpHub(*m_hub, backup));
        const std::int64_t backedUp = test::hubCount(*m_hub, "SELECT max(seq) FROM entities");

        // 3. After the backup the hub acknowledges more, which the restore will lose: new problems,
        // an edit, a delete, a photo, comments on problems made after the backup (one by a client
        // that syncs after their author, one before), a support and a coordinator's status.
        auto p3 = m_alice.store->createProblem(draft("Smoke from the workshop", 36.37));
        QVERIFY(p3);
        core::ProblemPatch retitle;
        retitle.title = "Dust at the school gate, every weekday";
        QVERIFY(m_alice.store->updateProblem(p1->id, retitle));
        QVERIFY(m_alice.store->removeComment(firstComment->id));
        QVERIFY(m_alice.store->attachBytes(p3->id, tinyPng(), "smoke.png"));
        QVERIFY(sync(m_alice).opsPushed >= 4);
        QVERIFY(sync(m_bob).changesPulled > 0);
        QVERIFY(m_bob.store->addComment(p3->id, "I smell it from my window."));
        QVERIFY(m_bob.store->setSupported(p3->id, true));
        auto p4 = m_bob.store->createProblem(draft("Burning leaves", 36.38));
        QVERIFY(p4);
        QVERIFY(sync(m_bob).opsPushed == 3);
        QVERIFY(sync(m_alice).changesPulled > 0);
        QVERIFY(m_alice.store->addComment(p4->id, "Every Saturday."));
        QVERIFY(sync(m_alice).opsPushed == 1);
        sync(m_kim);
        core::ProblemPatch confirm;
        confirm.status = core::ProblemStatus::Confirmed;
        QVERIFY(m_kim.store->updateProblem(p2->id, confirm));
        QVERIFY(sync(m_kim).applied == 1);
        QVERIFY(test::hubCount(*m_hub, "SELECT max(seq) FROM entities") > backedUp);
        // And one change never sent before the restore.
        core::ProblemPatch working;
        working.status = core::ProblemStatus::InProgress;
        QVERIFY(m_kim.store->updateProblem(p1->id, working));

        // 4. The restore, as the operator's page tells it: stop, put the backup back, start.
        QCOMPARE(m_hub->stop(), 0);
        QVERIFY(test::restoreHub(*m_hub, backup));
        QVERIFY(m_hub->start());
        m_url = test::hubUrl(*m_hub); // a new port
        QVERIFY(m_hub->process().readAllStandardError().contains("new epoch"));
        QCOMPARE(test::hubCount(*m_hub, "SELECT max(seq) FROM entities"), backedUp);
        // Someone writes first, taking seq numbers the clients have seen in the lost history.
        const std::string dan = m_hub->login("dan");
        const auto written = m_hub->push(
            dan,
            {test::makeOp("dan-1", "problem", "0b7e2b1e-1d2a-4c3b-9a8b-0123456789ab", 0,
                          R"({"title":"Broken street light","category":"safety","lat":36.39,"lon":127.38,)"
                          R"("created":"2026-11-30T21:00:00Z"})")});
        QCOMPARE(written.size(), std::size_t{1});
        QCOMPARE(written[0].version, backedUp + 1);

        // 5. Every client syncs twice.
        const auto first = sync(m_alice);
        QVERIFY(first.epochChanged);
        QVERIFY2(first.requeued >= 5, first.summary().c_str()); // alice's ops after the backup, sent again
        QVERIFY(syncAll());
        QVERIFY(syncAll());

        // Every store is the hub's, and the hub holds each change once.
        verifyEveryStoreIsTheHubs();
        QCOMPARE(
            test::hubCount(*m_hub, "SELECT count(*) FROM entities WHERE entity = 'problem' AND NOT deleted"),
            std::int64_t{5});
        QCOMPARE(
            test::hubCount(*m_hub, "SELECT count(*) FROM entities WHERE entity = 'comment' AND NOT deleted"),
            std::int64_t{3});
        QCOMPARE(
            test::hubCount(*m_hub, "SELECT count(*) FROM entities WHERE entity = 'support' AND NOT deleted"),
            std::int64_t{2});
        QCOMPARE(test::hubCount(*m_hub, "SELECT count(*) FROM entities WHERE entity = 'attachment'"),
                 std::int64_t{1});
        const auto p1OnKim = m_kim.store->problem(p1->id);
        QVERIFY(p1OnKim);
        QCOMPARE(p1OnKim->title, std::string("Dust at the school gate, every weekday"));
        QCOMPARE(core::toString(p1OnKim->status), core::toString(core::ProblemStatus::InProgress));
        QCOMPARE(core::toString(m_alice.store->problem(p2->id)->status),
                 core::toString(core::ProblemStatus::Confirmed));
        QVERIFY(m_kim.store->comments(p1->id).empty()); // the delete came back too
        QCOMPARE(m_bob.store->comments(p4->id).size(), std::size_t{1});
        QCOMPARE(m_kim.store->attachments(p3->id).size(), std::size_t{1});
        // The ops the hub still had answered as replays, not as new changes: each op id once.
        QCOMPARE(test::hubCount(*m_hub, "SELECT count(*) FROM ops WHERE op_id = 'dan-1'"), std::int64_t{1});
    }

    void cleanupTestCase() { m_hub.reset(); }
};

QTEST_GUILESS_MAIN(TestSyncRestore)
#include "test_sync_restore.moc"
