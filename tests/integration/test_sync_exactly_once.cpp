// Two client stores and a real hub: an answer lost on the way and the op sent again is handled as
// the first answer (a refusal stays refused, a conflict is shown), a withdrawn "me too" leaves
// every client, and who wrote what is the hub's word, from the account.

#include "../support/test_support.h"
#include "sync_fixture.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace balgul;
using balgul::test::Client;

namespace {

core::Problem draft(const std::string& title)
{
    core::Problem p;
    p.title = title;
    p.category = "air";
    p.lat = 36.35;
    p.lon = 127.38;
    return p;
}

} // namespace

class TestSyncExactlyOnce : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    Client m_a; // alice, a citizen known on the hub as "Alice Kim"
    Client m_b; // bob, a citizen known on the hub as "Bob Lee"
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
        QCOMPARE(core::sync::canonicalDump(*m_b.store), a);
        QCOMPARE(test::hubDump(*m_hub), a);
        QCOMPARE(m_a.store->outboxSize(), std::int64_t{0});
        QCOMPARE(m_b.store->outboxSize(), std::int64_t{0});
    }
    /// Sends `client`'s outbox to the hub as its sync would, and drops the answer (a connection
    /// lost after the hub committed). The ops stay in the outbox, marked sent.
    void pushAndLoseTheAnswer(Client& client)
    {
        const auto entries = client.store->outbox();
        std::vector<core::sync::Op> ops;
        std::vector<std::int64_t> seqs;
        for (const auto& e : entries) {
            ops.push_back(
                test::makeOp(e.opId, e.entity, e.entityId, e.baseVersion, e.fieldsJson,
                             e.kind == "delete" ? core::sync::OpKind::Delete : core::sync::OpKind::Upsert));
            seqs.push_back(e.seq);
        }
        QVERIFY(client.store->markSent(seqs));
        int status = 0;
        QCOMPARE(m_hub->push(client.token, ops, client.store->clientId(), &status).size(), ops.size());
        QCOMPARE(status, 200);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir().mkpath(m_dir.path() + QStringLiteral("/hub"));
        m_hub = std::make_unique<test::HubProcess>(m_dir.path() + QStringLiteral("/hub"));
        for (const auto& [login, name] : {std::pair{"alice", "Alice Kim"}, std::pair{"bob", "Bob Lee"}})
            QCOMPARE(m_hub->userCommand({QStringLiteral("add"), QString::fromLatin1(login),
                                         QStringLiteral("--role"), QStringLiteral("citizen"),
                                         QStringLiteral("--display-name"), QString::fromUtf8(name),
                                         QStringLiteral("--password-stdin")},
                                        "correct horse\n"),
                     0);
        QVERIFY(m_hub->start());
        m_url = test::hubUrl(*m_hub);
        QVERIFY(test::makeClient(m_a, test::toStd(m_dir.path()) + "/a/balgul.sqlite", "alice", *m_hub));
        QVERIFY(test::makeClient(m_b, test::toStd(m_dir.path()) + "/b/balgul.sqlite", "bob", *m_hub));
    }

    void authorsAreTheAccounts()
    {
        // Whatever name the app was given, the hub writes the account's.
        QVERIFY(m_a.store->setUserName("Coordinator Kim"));
        auto p = m_a.store->createProblem(draft("Dust at the school gate"));
        QVERIFY(p);
        QVERIFY(m_a.store->addComment(p->id, "The city says it will sweep on Monday."));
        syncAll({&m_a, &m_b});
        for (Client* c : {&m_a, &m_b}) {
            QCOMPARE(c->store->problem(p->id)->author, std::string("Alice Kim"));
            const auto comments = c->store->comments(p->id);
            QCOMPARE(comments.size(), std::size_t{1});
            QCOMPARE(comments[0].author, std::string("Alice Kim"));
        }
        verifyConverged();
        QVERIFY(m_a.store->setUserName("alice"));
    }

    void withdrawnSupportLeavesEveryClient()
    {
        auto p = m_b.store->createProblem(draft("Smoke from the depot"));
        QVERIFY(p);
        syncAll({&m_b, &m_a});
        QVERIFY(m_a.store->setSupported(p->id, true));
        QVERIFY(m_b.store->setSupported(p->id, true));
        syncAll({&m_a, &m_b, &m_a});
        QCOMPARE(m_b.store->problem(p->id)->supportCount, 2);
        QCOMPARE(m_a.store->problem(p->id)->supportCount, 2);
        verifyConverged();

        QVERIFY(m_a.store->setSupported(p->id, false));
        syncAll({&m_a, &m_b});
        QCOMPARE(m_b.store->problem(p->id)->supportCount, 1);
        QVERIFY(m_b.store->isSupported(p->id));
        QCOMPARE(m_a.store->problem(p->id)->supportCount, 1);
        QVERIFY(!m_a.store->isSupported(p->id));
        verifyConverged();

        // And back again.
        QVERIFY(m_a.store->setSupported(p->id, true));
        syncAll({&m_a, &m_b});
        QCOMPARE(m_b.store->problem(p->id)->supportCount, 2);
        verifyConverged();
    }

    void replayedConflictIsShown()
    {
        auto p = m_a.store->createProblem(draft("Broken lamp"));
        QVERIFY(p);
        syncAll({&m_a, &m_b});
        core::ProblemPatch mine, theirs;
        theirs.title = "Broken lamp (hub)";
        mine.title = "Broken lamp (mine)";
        // Alice's other device, with the same account, changes the title first.
        const std::int64_t base = m_a.store->syncStateOf(p->id).version;
        QVERIFY(base > 0);
        BALGUL_COMPARE_ENUM(m_hub
                                ->push(m_a.token,
                                       {test::makeOp("other-device-edit", "problem", p->id, base,
                                                     "{\"title\":\"Broken lamp (hub)\"}")},
                                       "alices-phone")
                                .at(0)
                                .status,
                            core::sync::OpStatus::Applied);
        QVERIFY(m_a.store->updateProblem(p->id, mine));
        pushAndLoseTheAnswer(m_a);

        // The retry is answered as the first push was: a conflict, kept for the user to settle.
        auto report = m_a.sync(m_url);
        QVERIFY(report);
        QCOMPARE(report->conflicts, 1);
        QCOMPARE(report->replayed, 1);
        const auto conflicts = m_a.store->conflicts(p->id);
        QCOMPARE(conflicts.size(), std::size_t{1});
        QCOMPARE(conflicts[0].hubValueJson, std::string("\"Broken lamp (hub)\""));
        QCOMPARE(conflicts[0].localValueJson, std::string("\"Broken lamp (mine)\""));
        QCOMPARE(core::toString(m_a.store->syncStateOf(p->id).state),
                 core::toString(core::SyncState::Conflict));

        QVERIFY(m_a.store->resolveConflict(p->id, "title", core::ConflictChoice::UseMine));
        syncAll({&m_a, &m_b});
        QCOMPARE(m_b.store->problem(p->id)->title, std::string("Broken lamp (mine)"));
        verifyConverged();
    }

    void replayedRefusalStaysRefused()
    {
        auto p = m_b.store->createProblem(draft("Loud generator"));
        QVERIFY(p);
        syncAll({&m_b, &m_a});
        core::ProblemPatch patch;
        patch.title = "Alice's title on Bob's problem";
        QVERIFY(m_a.store->updateProblem(p->id, patch));
        pushAndLoseTheAnswer(m_a);

        auto report = m_a.sync(m_url);
        QVERIFY(report);
        QCOMPARE(report->rejected, 1);
        QCOMPARE(report->replayed, 1);
        QCOMPARE(report->applied, 0);
        const auto state = m_a.store->syncStateOf(p->id);
        QCOMPARE(core::toString(state.state), core::toString(core::SyncState::Rejected));
        QCOMPARE(state.code, std::string("forbidden"));
        // The hub kept Bob's title.
        syncAll({&m_b});
        QCOMPARE(m_b.store->problem(p->id)->title, std::string("Loud generator"));
    }
};

QTEST_GUILESS_MAIN(TestSyncExactlyOnce)
#include "test_sync_exactly_once.moc"
