// Merging duplicates end to end, with a real hub and three client stores (two coordinators and the
// resident who reported the problems): two coordinators merging the same duplicate into different
// problems at once end with one merge everywhere (the other's is put back when the hub refuses it);
// a merge racing the author's edit of the duplicate lets both apply; a merge whose answer is lost
// is applied once when it is sent again, and its undo reaches every client
// (docs/sync-protocol.md "Merging duplicates").

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
    p.category = "traffic";
    p.lat = lat;
    p.lon = 127.38;
    return p;
}

} // namespace

class TestMergeSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    Client m_kim;   // a coordinator
    Client m_lee;   // another coordinator
    Client m_minji; // the resident who reports
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
        const std::string kim = core::sync::canonicalDump(*m_kim.store);
        QCOMPARE(core::sync::canonicalDump(*m_lee.store), kim);
        QCOMPARE(core::sync::canonicalDump(*m_minji.store), kim);
        QCOMPARE(test::hubDump(*m_hub), kim);
        for (Client* c : {&m_kim, &m_lee, &m_minji})
            QCOMPARE(c->store->outboxSize(), std::int64_t{0});
    }
    std::int64_t hubMerges(const std::string& duplicateId)
    {
        return test::hubCount(*m_hub, "SELECT count(*) FROM entities WHERE entity = 'problem_merge' AND NOT "
                                      "deleted AND fields LIKE '%" +
                                          duplicateId + "%'");
    }
    /// Sends `client`'s outbox as its sync would and drops the answer (the connection lost after the
    /// hub committed): the ops stay in the outbox, marked sent.
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
        const auto results = m_hub->push(client.token, ops, client.store->clientId(), &status);
        QCOMPARE(results.size(), ops.size());
        QCOMPARE(status, 200);
        for (const auto& r : results)
            QVERIFY2(r.status == core::sync::OpStatus::Applied, r.code.c_str());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir().mkpath(m_dir.path() + QStringLiteral("/hub"));
        m_hub = std::make_unique<test::HubProcess>(m_dir.path() + QStringLiteral("/hub"));
        QVERIFY(m_hub->addUser(QStringLiteral("kim"), QStringLiteral("coordinator")));
        QVERIFY(m_hub->addUser(QStringLiteral("lee"), QStringLiteral("coordinator")));
        QVERIFY(m_hub->addUser(QStringLiteral("minji"), QStringLiteral("citizen")));
        QVERIFY(m_hub->start());
        m_url = test::hubUrl(*m_hub);
        const std::string dir = test::toStd(m_dir.path());
        QVERIFY(test::makeClient(m_kim, dir + "/kim/balgul.sqlite", "kim", *m_hub));
        QVERIFY(test::makeClient(m_lee, dir + "/lee/balgul.sqlite", "lee", *m_hub));
        QVERIFY(test::makeClient(m_minji, dir + "/minji/balgul.sqlite", "minji", *m_hub));
        QVERIFY(m_kim.store->setSyncValue("hub_role", "coordinator"));
        QVERIFY(m_lee.store->setSyncValue("hub_role", "coordinator"));
        QVERIFY(m_minji.store->setSyncValue("hub_role", "citizen"));
    }

    void cleanupTestCase()
    {
        if (m_hub)
            QCOMPARE(m_hub->stop(), 0);
    }

    void twoCoordinatorsMergeOneDuplicateAtOnce()
    {
        auto duplicate = m_minji.store->createProblem(draft("Pothole by the market", 36.3501));
        auto first = m_minji.store->createProblem(draft("Deep pothole at the market entrance", 36.3502));
        auto second = m_minji.store->createProblem(draft("Potholes on Market Street", 36.3503));
        QVERIFY(duplicate && first && second);
        QVERIFY(m_minji.store->addComment(duplicate->id, "A scooter fell here"));
        QVERIFY(m_minji.store->setSupported(duplicate->id, true));
        syncAll({&m_minji, &m_kim, &m_lee});
        // Kim supports both the duplicate and the first: counted once after the merge.
        QVERIFY(m_kim.store->setSupported(duplicate->id, true));
        QVERIFY(m_kim.store->setSupported(first->id, true));
        syncAll({&m_kim, &m_lee, &m_minji});

        // At once, on two computers: into the first, and into the second.
        auto kims = m_kim.store->mergeProblems(duplicate->id, first->id, "Same hole");
        QVERIFY2(kims, kims ? "" : kims.error().toString().c_str());
        auto lees = m_lee.store->mergeProblems(duplicate->id, second->id, "Same street");
        QVERIFY2(lees, lees ? "" : lees.error().toString().c_str());
        QCOMPARE(m_lee.store->problem(duplicate->id)->duplicateOf, second->id);

        // Kim's reaches the hub first; Lee's is refused and put back, and the pull brings Kim's.
        syncAll({&m_kim, &m_lee});
        QCOMPARE(m_lee.store->syncStateOf(duplicate->id).code, std::string("already_merged"));
        syncAll({&m_kim, &m_minji});
        QCOMPARE(hubMerges(duplicate->id), std::int64_t{1});
        for (Client* c : {&m_kim, &m_lee, &m_minji}) {
            const auto d = c->store->problem(duplicate->id);
            QVERIFY(d);
            QCOMPARE(d->duplicateOf, first->id);
            QCOMPARE(int(d->status), int(core::ProblemStatus::Closed));
            QCOMPARE(d->commentCount, 0);
            QCOMPARE(d->supportCount, 0);
            QCOMPARE(c->store->comments(first->id).size(), std::size_t{1});
            QCOMPARE(c->store->problem(first->id)->supportCount, 2);
            QCOMPARE(c->store->problem(second->id)->supportCount, 0);
            const auto merge = c->store->mergeOf(duplicate->id);
            QVERIFY(merge);
            QCOMPARE(merge->id, kims->id);
            QCOMPARE(merge->keptId, first->id);
            // The list leaves the duplicate out.
            const auto listed = c->store->listProblems();
            QVERIFY(std::none_of(listed->begin(), listed->end(),
                                 [&](const core::Problem& p) { return p.id == duplicate->id; }));
        }
        QVERIFY(!m_lee.store->problemMerge(lees->id) || m_lee.store->problemMerge(lees->id)->deleted);
        QVERIFY(m_lee.store->dismissRejection(duplicate->id));
        verifyConverged();
    }

    void mergeRacingTheAuthorsEditBothApply()
    {
        auto duplicate = m_minji.store->createProblem(draft("Kerb broken at the crossing", 36.3601));
        auto kept = m_minji.store->createProblem(draft("Broken kerb, school crossing", 36.3602));
        QVERIFY(duplicate && kept);
        syncAll({&m_minji, &m_kim, &m_lee});

        // The author edits the duplicate while a coordinator merges it, neither having seen the other.
        core::ProblemPatch patch;
        patch.description = "The kerb stone is loose and tips over.";
        QVERIFY(m_minji.store->updateProblem(duplicate->id, patch));
        auto merged = m_kim.store->mergeProblems(duplicate->id, kept->id, "Same crossing");
        QVERIFY(merged);
        syncAll({&m_kim, &m_minji, &m_lee, &m_kim, &m_minji});

        QCOMPARE(hubMerges(duplicate->id), std::int64_t{1});
        for (Client* c : {&m_kim, &m_lee, &m_minji}) {
            const auto d = c->store->problem(duplicate->id);
            QVERIFY(d);
            QCOMPARE(d->description, std::string("The kerb stone is loose and tips over."));
            QCOMPARE(d->duplicateOf, kept->id);
            QCOMPARE(int(d->status), int(core::ProblemStatus::Closed));
            QCOMPARE(int(c->store->syncStateOf(duplicate->id).state), int(core::SyncState::Synced));
        }
        verifyConverged();
    }

    void lostAnswerIsAppliedOnceAndTheUndoReachesEveryone()
    {
        auto duplicate = m_minji.store->createProblem(draft("Bus stop sign knocked over", 36.3701));
        auto kept = m_minji.store->createProblem(draft("Fallen bus stop sign", 36.3702));
        QVERIFY(duplicate && kept);
        QVERIFY(m_minji.store->addComment(duplicate->id, "Since Tuesday"));
        QVERIFY(m_minji.store->setSupported(duplicate->id, true));
        syncAll({&m_minji, &m_lee, &m_kim});

        auto merged = m_lee.store->mergeProblems(duplicate->id, kept->id, "Same sign");
        QVERIFY(merged);
        pushAndLoseTheAnswer(m_lee);
        QCOMPARE(hubMerges(duplicate->id), std::int64_t{1});
        // Sent again under the same op id with the next sync: a replay, nothing twice.
        syncAll({&m_lee, &m_kim, &m_minji, &m_lee});
        QCOMPARE(hubMerges(duplicate->id), std::int64_t{1});
        QCOMPARE(test::hubCount(*m_hub, "SELECT count(*) FROM entities WHERE entity = 'status_change' AND "
                                        "fields LIKE '%" +
                                            duplicate->id + "%'"),
                 std::int64_t{1});
        for (Client* c : {&m_kim, &m_lee, &m_minji}) {
            QCOMPARE(c->store->problem(duplicate->id)->duplicateOf, kept->id);
            QCOMPARE(c->store->comments(kept->id).size(), std::size_t{1});
            QCOMPARE(c->store->problem(kept->id)->supportCount, 1);
            QCOMPARE(c->store->statusHistory(duplicate->id).size(), std::size_t{1});
        }
        verifyConverged();

        // Undone by the coordinator after the hub has it: a delete of the merge, applied everywhere.
        QVERIFY(m_lee.store->undoMerge(merged->id));
        syncAll({&m_lee, &m_kim, &m_minji, &m_lee});
        QCOMPARE(hubMerges(duplicate->id), std::int64_t{0});
        for (Client* c : {&m_kim, &m_lee, &m_minji}) {
            const auto d = c->store->problem(duplicate->id);
            QVERIFY(d->duplicateOf.empty());
            QCOMPARE(int(d->status), int(core::ProblemStatus::New));
            QCOMPARE(c->store->comments(duplicate->id).size(), std::size_t{1});
            QCOMPARE(d->supportCount, 1);
            QCOMPARE(c->store->problem(kept->id)->supportCount, 0);
            QVERIFY(!c->store->mergeOf(duplicate->id));
        }
        verifyConverged();
    }
};

QTEST_GUILESS_MAIN(TestMergeSync)
#include "test_merge_sync.moc"
