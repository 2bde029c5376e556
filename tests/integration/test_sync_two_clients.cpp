// Two client stores and a real hub: offline creates converge, conflicts are recorded and
// resolvable, different fields merge, delete meets edit, and a photo's bytes travel.

#include "../support/test_support.h"
#include "sync_fixture.h"

#include "core/util/ids.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace balgul;
using balgul::test::Client;

namespace {

core::Problem draft(const std::string& title, double lat = 36.35)
{
    core::Problem p;
    p.title = title;
    p.category = "air";
    p.lat = lat;
    p.lon = 127.38;
    return p;
}

/// A 1×1 PNG (the store only takes image bytes).
std::string tinyPng(char variant)
{
    std::string png("\x89PNG\r\n\x1A\n", 8);
    png += std::string("\0\0\0\rIHDR\0\0\0\1\0\0\0\1\x08\x06\0\0\0", 21);
    png += variant;
    return png;
}

} // namespace

class TestSyncTwoClients : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    Client m_a; // alice, a citizen
    Client m_b; // bob, an admin (may edit anyone's problem)
    std::string m_url;

    void syncAll(std::initializer_list<Client*> order)
    {
        for (Client* c : order) {
            auto r = c->sync(m_url);
            QVERIFY2(r.ok(), r.ok() ? "" : r.error().toString().c_str());
        }
    }
    void verifyConverged()
    {
        const std::string a = core::sync::canonicalDump(*m_a.store);
        const std::string b = core::sync::canonicalDump(*m_b.store);
        QCOMPARE(a, b);
        QCOMPARE(test::hubDump(*m_hub), a);
        QCOMPARE(m_a.store->outboxSize(), std::int64_t{0});
        QCOMPARE(m_b.store->outboxSize(), std::int64_t{0});
    }
    std::string shared(const std::string& title)
    {
        auto p = m_a.store->createProblem(draft(title));
        if (!p)
            return {};
        syncAll({&m_a, &m_b});
        return p->id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir().mkpath(m_dir.path() + QStringLiteral("/hub"));
        m_hub = std::make_unique<test::HubProcess>(m_dir.path() + QStringLiteral("/hub"));
        QVERIFY(m_hub->addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        QVERIFY(m_hub->addUser(QStringLiteral("bob"), QStringLiteral("admin")));
        QVERIFY(m_hub->start());
        m_url = test::hubUrl(*m_hub);
        QVERIFY(test::makeClient(m_a, test::toStd(m_dir.path()) + "/a/balgul.sqlite", "alice", *m_hub));
        QVERIFY(test::makeClient(m_b, test::toStd(m_dir.path()) + "/b/balgul.sqlite", "bob", *m_hub));
    }

    void offlineCreatesConverge()
    {
        std::vector<std::string> ids;
        for (int i = 0; i < 3; ++i) {
            auto p = m_a.store->createProblem(draft("Dust near gate " + std::to_string(i), 36.30 + i * 0.01));
            QVERIFY(p);
            ids.push_back(p->id);
        }
        for (int i = 0; i < 2; ++i) {
            auto p = m_b.store->createProblem(draft("Dark crossing " + std::to_string(i), 36.40 + i * 0.01));
            QVERIFY(p);
        }
        QVERIFY(m_a.store->addComment(ids[0], "It is worst in the morning."));
        QVERIFY(m_a.store->setSupported(ids[1], true));
        QCOMPARE(core::toString(m_a.store->syncStateOf(ids[0]).state),
                 core::toString(core::SyncState::Pending));

        syncAll({&m_a, &m_b, &m_a});
        verifyConverged();
        QCOMPARE(m_b.store->stats().problems, std::int64_t{5});
        QCOMPARE(m_b.store->comments(ids[0]).size(), std::size_t{1});
        QCOMPARE(core::toString(m_a.store->syncStateOf(ids[0]).state),
                 core::toString(core::SyncState::Synced));
        QVERIFY(m_a.store->syncStateOf(ids[0]).version > 0);

        // Bob's support and comment on Alice's problem reach her.
        QVERIFY(m_b.store->setSupported(ids[1], true));
        QVERIFY(m_b.store->addComment(ids[1], "Seen it too."));
        syncAll({&m_b, &m_a});
        QCOMPARE(m_a.store->problem(ids[1])->supportCount, 2);
        verifyConverged();
    }

    void sameFieldConflict_data()
    {
        QTest::addColumn<bool>("useMine");
        QTest::addRow("use mine") << true;
        QTest::addRow("use hub") << false;
    }
    void sameFieldConflict()
    {
        QFETCH(bool, useMine);
        const std::string id = shared("Broken bench");
        QVERIFY(!id.empty());
        core::ProblemPatch a, b;
        a.title = "Broken bench (Alice)";
        b.title = "Broken bench (Bob)";
        QVERIFY(m_a.store->updateProblem(id, a));
        QVERIFY(m_b.store->updateProblem(id, b));
        syncAll({&m_a});
        auto report = m_b.sync(m_url);
        QVERIFY(report);
        QCOMPARE(report->conflicts, 1);

        const auto conflicts = m_b.store->conflicts(id);
        QCOMPARE(conflicts.size(), std::size_t{1});
        QCOMPARE(conflicts[0].field, std::string("title"));
        QCOMPARE(conflicts[0].hubValueJson, std::string("\"Broken bench (Alice)\""));
        QCOMPARE(conflicts[0].localValueJson, std::string("\"Broken bench (Bob)\""));
        QCOMPARE(core::toString(m_b.store->syncStateOf(id).state), core::toString(core::SyncState::Conflict));
        QCOMPARE(m_b.store->problem(id)->title, std::string("Broken bench (Bob)")); // kept, not lost

        QVERIFY(m_b.store->resolveConflict(
            id, "title", useMine ? core::ConflictChoice::UseMine : core::ConflictChoice::UseHub));
        QVERIFY(m_b.store->conflicts(id).empty());
        syncAll({&m_b, &m_a});
        const std::string expected = useMine ? "Broken bench (Bob)" : "Broken bench (Alice)";
        QCOMPARE(m_a.store->problem(id)->title, expected);
        QCOMPARE(m_b.store->problem(id)->title, expected);
        QCOMPARE(core::toString(m_b.store->syncStateOf(id).state), core::toString(core::SyncState::Synced));
        verifyConverged();
    }

    void differentFieldsMerge()
    {
        const std::string id = shared("Overflowing bins");
        core::ProblemPatch a, b;
        a.title = "Overflowing bins on Mondays";
        b.description = "Collection moved to Tuesday.";
        QVERIFY(m_a.store->updateProblem(id, a));
        QVERIFY(m_b.store->updateProblem(id, b));
        syncAll({&m_a, &m_b, &m_a});
        QVERIFY(m_b.store->conflicts().empty());
        for (Client* c : {&m_a, &m_b}) {
            QCOMPARE(c->store->problem(id)->title, std::string("Overflowing bins on Mondays"));
            QCOMPARE(c->store->problem(id)->description, std::string("Collection moved to Tuesday."));
        }
        verifyConverged();
    }

    void deleteMeetsEdit()
    {
        const std::string id = shared("Pothole");
        QVERIFY(m_a.store->removeProblem(id));
        core::ProblemPatch b;
        b.title = "Pothole, deeper now";
        QVERIFY(m_b.store->updateProblem(id, b));
        syncAll({&m_a, &m_b, &m_a});
        // The hub takes the later edit as bringing the problem back; both sides agree.
        QVERIFY(m_a.store->problem(id));
        QCOMPARE(m_a.store->problem(id)->title, std::string("Pothole, deeper now"));
        verifyConverged();

        // A delete after everyone has synced removes it everywhere.
        QVERIFY(m_a.store->removeProblem(id));
        syncAll({&m_a, &m_b});
        QVERIFY(!m_b.store->problem(id));
        verifyConverged();
    }

    void photoTravels()
    {
        const std::string id = shared("Graffiti");
        const std::string bytes = tinyPng('a');
        auto attached = m_a.store->attachBytes(id, bytes, "wall.png");
        QVERIFY(attached);
        auto reportA = m_a.sync(m_url);
        QVERIFY(reportA);
        QCOMPARE(reportA->blobsUploaded, 1);
        auto reportB = m_b.sync(m_url);
        QVERIFY(reportB);
        QCOMPARE(reportB->blobsDownloaded, 1);
        const auto photos = m_b.store->attachments(id);
        QCOMPARE(photos.size(), std::size_t{1});
        QCOMPARE(photos[0].sha256, core::sha256Hex(bytes));
        QFile file(QString::fromStdString(m_b.store->blobPath(photos[0].sha256)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().toStdString(), bytes);
        verifyConverged();
    }

    void cleanupTestCase() { m_hub.reset(); }
};

QTEST_GUILESS_MAIN(TestSyncTwoClients)
#include "test_sync_two_clients.moc"
