// Merging a duplicate problem into another on the client store: the local effects and the one op,
// supports counted once, undo before and after the hub heard of it, a refused merge put back, the
// hub's pulled merge, and who may merge (docs/sync-protocol.md "Merging duplicates").

#include "core/store/store.h"
#include "core/sync/protocol.h"
#include "core/util/ids.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace balgul::core;

namespace {

Problem sample(const std::string& title, double lat = 36.35)
{
    Problem p;
    p.title = title;
    p.category = "traffic";
    p.lat = lat;
    p.lon = 127.38;
    return p;
}

std::int64_t scalar(Database& db, const std::string& sql)
{
    auto st = db.prepare(sql);
    return st.step() ? st.int64(0) : -1;
}

sync::Change change(const std::string& entity, const std::string& id, std::int64_t version,
                    const std::string& fieldsJson, bool deleted = false)
{
    sync::Change c;
    c.seq = version;
    c.entity = entity;
    c.id = id;
    c.version = version;
    c.deleted = deleted;
    c.fields = *sync::parseObject(fieldsJson);
    return c;
}

std::vector<OutboxEntry> opsOf(Store& store, const std::string& entity)
{
    std::vector<OutboxEntry> out;
    for (auto& op : store.outbox())
        if (op.entity == entity)
            out.push_back(op);
    return out;
}

/// Answers every queued op as the hub would have applied it.
void acknowledgeAll(Store& store, std::int64_t version = 100)
{
    const auto ops = store.outbox();
    std::vector<sync::PushResult> results;
    for (const auto& op : ops) {
        sync::PushResult r;
        r.opId = op.opId;
        r.status = sync::OpStatus::Applied;
        r.version = version++;
        results.push_back(r);
    }
    QVERIFY(store.recordPushResults(ops, results));
}

} // namespace

class TestProblemMerge : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::string nextPath() { return (m_dir.path() + QStringLiteral("/m%1.sqlite").arg(++m_n)).toStdString(); }
    std::unique_ptr<Store> fresh(const std::string& role = {})
    {
        StoreOptions options;
        options.userName = "lab";
        auto s = Store::open(nextPath(), options);
        if (!s)
            return nullptr;
        if (!role.empty()) {
            if (!(*s)->setSyncValue("hub_url", "http://127.0.0.1:1") ||
                !(*s)->setSyncValue("hub_user_id", "acct-lab") || !(*s)->setSyncValue("hub_role", role))
                return nullptr;
        }
        return std::move(*s);
    }

    struct Pair
    {
        std::string duplicate;
        std::string kept;
    };
    Pair twoProblems(Store& store)
    {
        auto dup = store.createProblem(sample("Pothole on Daehak-ro", 36.3501));
        auto kept = store.createProblem(sample("Deep pothole, Daehak-ro"));
        if (!dup || !kept)
            return {};
        return {dup->id, kept->id};
    }

private slots:
    void mergeClosesMovesAndQueuesOneOp()
    {
        auto store = fresh("coordinator");
        QVERIFY(store);
        const Pair p = twoProblems(*store);
        QVERIFY(!p.duplicate.empty());
        QVERIFY(store->addComment(p.duplicate, "Still there today"));
        QVERIFY(store->addComment(p.duplicate, "Tyre damaged"));
        QVERIFY(store->setSupported(p.duplicate, true));
        const auto before = store->outboxSize();

        auto merged = store->mergeProblems(p.duplicate, p.kept, "  Same hole  ");
        QVERIFY2(merged, merged ? "" : merged.error().message.c_str());
        QCOMPARE(merged->note, std::string("Same hole"));
        QCOMPARE(int(merged->statusBefore), int(ProblemStatus::New));
        QCOMPARE(merged->movedComments.size(), std::size_t(2));
        QCOMPARE(merged->movedSupports.size(), std::size_t(1));
        QVERIFY(merged->keptSupports.empty());

        const auto dup = store->problem(p.duplicate);
        QVERIFY(dup);
        QCOMPARE(int(dup->status), int(ProblemStatus::Closed));
        QCOMPARE(dup->duplicateOf, p.kept);
        QCOMPARE(dup->commentCount, 0);
        QCOMPARE(dup->supportCount, 0);
        const auto kept = store->problem(p.kept);
        QCOMPARE(kept->commentCount, 2);
        QCOMPARE(kept->supportCount, 1);
        QVERIFY(store->isSupported(p.kept));

        const auto history = store->statusHistory(p.duplicate);
        QCOMPARE(history.size(), std::size_t(1));
        QCOMPARE(history[0].id, uuidFromName("merge_status:" + merged->id));
        QCOMPARE(int(history[0].to), int(ProblemStatus::Closed));
        QCOMPARE(int(history[0].reason), int(triage::CloseReason::Duplicate));
        QCOMPARE(history[0].note, std::string("Same hole"));

        // Exactly one op, the merge itself.
        QCOMPARE(store->outboxSize(), before + 1);
        const auto ops = opsOf(*store, "problem_merge");
        QCOMPARE(ops.size(), std::size_t(1));
        QCOMPARE(ops[0].kind, std::string("upsert"));
        QCOMPARE(ops[0].entityId, merged->id);
        QCOMPARE(ops[0].problemId, p.duplicate);
        auto fields = sync::parseObject(ops[0].fieldsJson);
        QVERIFY(fields);
        QCOMPARE((*fields)->getValue<std::string>("duplicate_id"), p.duplicate);
        QCOMPARE((*fields)->getValue<std::string>("kept_id"), p.kept);
        QCOMPARE((*fields)->getValue<std::string>("note"), std::string("Same hole"));

        const auto record = store->mergeOf(p.duplicate);
        QVERIFY(record);
        QCOMPARE(record->id, merged->id);
        QVERIFY(record->local);
    }

    void listAndMapLeaveOutMergedDuplicates()
    {
        auto store = fresh();
        QVERIFY(store);
        const Pair p = twoProblems(*store);
        QVERIFY(store->mergeProblems(p.duplicate, p.kept, "Same"));
        auto listed = store->listProblems();
        QVERIFY(listed);
        QCOMPARE(listed->size(), std::size_t(1));
        QCOMPARE(listed->front().id, p.kept);
        auto all = store->listProblems(true);
        QCOMPARE(all->size(), std::size_t(2));
        QCOMPARE(store->allPoints().size(), std::size_t(1));
        QCOMPARE(store->allPoints(true).size(), std::size_t(2));
        const GeoBox box{36, 127, 37, 128};
        QCOMPARE(store->pointsIn(box).size(), std::size_t(1));
        QCOMPARE(store->pointsIn(box, true).size(), std::size_t(2));
        ProblemQuery query;
        QCOMPARE(*store->countProblems(query), std::int64_t(1));
        query.includeMerged = true;
        QCOMPARE(*store->countProblems(query), std::int64_t(2));
    }

    void supportsAreCountedOnce()
    {
        auto store = fresh("coordinator");
        QVERIFY(store);
        const Pair p = twoProblems(*store);
        // Two residents pulled from the hub: one supports both problems, one only the duplicate.
        auto page = store->applyPullPage(
            {change("support", "x1", 5, "{\"problem_id\":\"" + p.duplicate + "\",\"owner_id\":\"acct-a\"}"),
             change("support", "x2", 6, "{\"problem_id\":\"" + p.kept + "\",\"owner_id\":\"acct-a\"}"),
             change("support", "x3", 7, "{\"problem_id\":\"" + p.duplicate + "\",\"owner_id\":\"acct-b\"}")},
            7, "epoch");
        QVERIFY(page);
        QCOMPARE(store->problem(p.kept)->supportCount, 1);
        QCOMPARE(store->problem(p.duplicate)->supportCount, 2);
        auto merged = store->mergeProblems(p.duplicate, p.kept, "Same");
        QVERIFY(merged);
        QCOMPARE(store->problem(p.kept)->supportCount, 2);
        QCOMPARE(merged->movedSupports, std::vector<std::string>{"acct-b"});
        QCOMPARE(merged->keptSupports, std::vector<std::string>{"acct-a"});

        // Undone: both supports are back on the duplicate, and acct-a still supports the kept one.
        QVERIFY(store->undoMerge(merged->id));
        QCOMPARE(store->problem(p.duplicate)->supportCount, 2);
        QCOMPARE(store->problem(p.kept)->supportCount, 1);
    }

    void undoBeforeSyncDropsTheOp()
    {
        auto store = fresh("coordinator");
        QVERIFY(store);
        const Pair p = twoProblems(*store);
        QVERIFY(store->addComment(p.duplicate, "A comment"));
        QVERIFY(store->setSupported(p.duplicate, true));
        QVERIFY(store->changeStatus(p.duplicate, ProblemStatus::Confirmed, "Seen", triage::CloseReason::None,
                                    triage::StatusActor::Coordinator));
        const auto before = store->outboxSize();
        const auto historyBefore = store->statusHistory(p.duplicate).size();
        auto merged = store->mergeProblems(p.duplicate, p.kept, "Same");
        QVERIFY(merged);
        QCOMPARE(int(merged->statusBefore), int(ProblemStatus::Confirmed));

        QVERIFY(store->undoMerge(merged->id));
        QCOMPARE(store->outboxSize(), before);
        QVERIFY(opsOf(*store, "problem_merge").empty());
        const auto dup = store->problem(p.duplicate);
        QCOMPARE(int(dup->status), int(ProblemStatus::Confirmed));
        QVERIFY(dup->duplicateOf.empty());
        QCOMPARE(dup->commentCount, 1);
        QCOMPARE(dup->supportCount, 1);
        QVERIFY(store->isSupported(p.duplicate));
        QCOMPARE(store->problem(p.kept)->commentCount, 0);
        QCOMPARE(store->problem(p.kept)->supportCount, 0);
        QCOMPARE(store->statusHistory(p.duplicate).size(), historyBefore);
        QVERIFY(!store->mergeOf(p.duplicate));
        QCOMPARE(store->listProblems()->size(), std::size_t(2));
        // Undone twice: there is nothing to undo.
        QCOMPARE(store->undoMerge(merged->id).error().code, std::string("not_found"));
    }

    void undoAfterAcknowledgedPushQueuesDelete()
    {
        auto store = fresh("coordinator");
        QVERIFY(store);
        const Pair p = twoProblems(*store);
        QVERIFY(store->addComment(p.duplicate, "A comment"));
        auto merged = store->mergeProblems(p.duplicate, p.kept, "Same");
        QVERIFY(merged);
        acknowledgeAll(*store);
        QCOMPARE(store->outboxSize(), std::int64_t(0));

        QVERIFY(store->undoMerge(merged->id));
        const auto ops = opsOf(*store, "problem_merge");
        QCOMPARE(ops.size(), std::size_t(1));
        QCOMPARE(ops[0].kind, std::string("delete"));
        QCOMPARE(ops[0].entityId, merged->id);
        const auto dup = store->problem(p.duplicate);
        QCOMPARE(int(dup->status), int(ProblemStatus::New));
        QVERIFY(dup->duplicateOf.empty());
        QCOMPARE(dup->commentCount, 1);
        // The undo's history entry carries the id the hub gives its own.
        const auto history = store->statusHistory(p.duplicate);
        QVERIFY(std::any_of(history.begin(), history.end(),
                            [&](const auto& c) { return c.id == uuidFromName("merge_undo:" + merged->id); }));
    }

    void undoAfterSentButUnansweredQueuesDelete()
    {
        auto store = fresh("coordinator");
        QVERIFY(store);
        const Pair p = twoProblems(*store);
        auto merged = store->mergeProblems(p.duplicate, p.kept, "Same");
        QVERIFY(merged);
        std::vector<std::int64_t> seqs;
        for (const auto& op : store->outbox())
            seqs.push_back(op.seq);
        QVERIFY(store->markSent(seqs));
        QVERIFY(store->undoMerge(merged->id));
        const auto ops = opsOf(*store, "problem_merge");
        QCOMPARE(ops.size(), std::size_t(2));
        QCOMPARE(ops[0].kind, std::string("upsert"));
        QCOMPARE(ops[1].kind, std::string("delete"));
    }

    void undoAfterTheDuplicateMovedOnIsRefused()
    {
        auto store = fresh("coordinator");
        QVERIFY(store);
        const Pair p = twoProblems(*store);
        auto merged = store->mergeProblems(p.duplicate, p.kept, "Same");
        QVERIFY(merged);
        QVERIFY(store->changeStatus(p.duplicate, ProblemStatus::Reopened, "Not the same after all",
                                    triage::CloseReason::None, triage::StatusActor::Coordinator));
        QCOMPARE(store->undoMerge(merged->id).error().code, std::string("status_changed"));
    }

    void refusedMergeIsReverted()
    {
        auto store = fresh("coordinator");
        QVERIFY(store);
        const Pair p = twoProblems(*store);
        QVERIFY(store->addComment(p.duplicate, "A comment"));
        QVERIFY(store->setSupported(p.duplicate, true));
        acknowledgeAll(*store, 10);
        auto merged = store->mergeProblems(p.duplicate, p.kept, "Same");
        QVERIFY(merged);
        const auto ops = store->outbox();
        QCOMPARE(ops.size(), std::size_t(1));
        sync::PushResult r;
        r.opId = ops[0].opId;
        r.status = sync::OpStatus::Rejected;
        r.code = "already_merged";
        r.message = "duplicate_id: already merged into another problem";
        QVERIFY(store->recordPushResults(ops, {r}));

        QCOMPARE(store->outboxSize(), std::int64_t(0));
        const auto dup = store->problem(p.duplicate);
        QCOMPARE(int(dup->status), int(ProblemStatus::New));
        QVERIFY(dup->duplicateOf.empty());
        QCOMPARE(dup->commentCount, 1);
        QCOMPARE(dup->supportCount, 1);
        QCOMPARE(store->problem(p.kept)->supportCount, 0);
        QCOMPARE(store->problem(p.kept)->commentCount, 0);
        QVERIFY(store->statusHistory(p.duplicate).empty());
        QVERIFY(!store->mergeOf(p.duplicate));
        // The refusal is shown on the duplicate until the user dismisses it.
        QCOMPARE(store->syncStateOf(p.duplicate).code, std::string("already_merged"));
    }

    void refusedUndoPutsTheMergeBack()
    {
        auto store = fresh("coordinator");
        QVERIFY(store);
        const Pair p = twoProblems(*store);
        QVERIFY(store->addComment(p.duplicate, "A comment"));
        auto merged = store->mergeProblems(p.duplicate, p.kept, "Same");
        QVERIFY(merged);
        acknowledgeAll(*store, 10);
        QVERIFY(store->undoMerge(merged->id));
        const auto ops = store->outbox();
        QCOMPARE(ops.size(), std::size_t(1));
        sync::PushResult r;
        r.opId = ops[0].opId;
        r.status = sync::OpStatus::Rejected;
        r.code = "status_changed";
        QVERIFY(store->recordPushResults(ops, {r}));
        // The hub holds the merge still: so does this store.
        const auto dup = store->problem(p.duplicate);
        QCOMPARE(dup->duplicateOf, p.kept);
        QCOMPARE(int(dup->status), int(ProblemStatus::Closed));
        QCOMPARE(store->comments(p.kept).size(), std::size_t(1));
        const auto record = store->mergeOf(p.duplicate);
        QVERIFY(record);
        QCOMPARE(record->id, merged->id);
        QCOMPARE(int(record->statusBefore), int(ProblemStatus::New));
        QCOMPARE(store->statusHistory(p.duplicate).size(), std::size_t(1));
    }

    void refusedMergeTakesTheHubsDuplicateState()
    {
        // Another coordinator's merge of the same duplicate was pulled while this one waited.
        auto store = fresh("coordinator");
        QVERIFY(store);
        const Pair p = twoProblems(*store);
        auto other = store->createProblem(sample("Pothole near the school", 36.3502));
        QVERIFY(other);
        acknowledgeAll(*store, 10);
        auto merged = store->mergeProblems(p.duplicate, p.kept, "Same");
        QVERIFY(merged);
        const std::string otherMerge = newUuidV7();
        auto page = store->applyPullPage(
            {change("problem", p.duplicate, 20,
                    "{\"title\":\"Pothole on Daehak-ro\",\"status\":\"closed\",\"duplicate_of\":\"" +
                        other->id + "\"}"),
             change("problem_merge", otherMerge, 21,
                    "{\"duplicate_id\":\"" + p.duplicate + "\",\"kept_id\":\"" + other->id +
                        "\",\"note\":\"x\",\"status_before\":\"new\",\"moved_comments\":[],"
                        "\"moved_supports\":[],\"kept_supports\":[],\"at\":\"2026-12-01T10:00:00Z\","
                        "\"author\":\"kim\",\"author_id\":\"acct-kim\"}")},
            21, "epoch");
        QVERIFY(page);
        // The pending merge kept the local state meanwhile.
        QCOMPARE(store->problem(p.duplicate)->duplicateOf, p.kept);

        const auto ops = opsOf(*store, "problem_merge");
        QCOMPARE(ops.size(), std::size_t(1));
        sync::PushResult r;
        r.opId = ops[0].opId;
        r.status = sync::OpStatus::Rejected;
        r.code = "already_merged";
        QVERIFY(store->recordPushResults(ops, {r}));
        const auto dup = store->problem(p.duplicate);
        QCOMPARE(int(dup->status), int(ProblemStatus::Closed));
        QCOMPARE(dup->duplicateOf, other->id);
        const auto record = store->mergeOf(p.duplicate);
        QVERIFY(record);
        QCOMPARE(record->id, otherMerge);
        QCOMPARE(record->keptId, other->id);
        QVERIFY(!record->local);
    }

    void pulledMergeMovesCommentsAndReplacesTheRecord()
    {
        auto store = fresh("coordinator");
        QVERIFY(store);
        const Pair p = twoProblems(*store);
        auto comment = store->addComment(p.duplicate, "Seen it");
        QVERIFY(comment);
        auto merged = store->mergeProblems(p.duplicate, p.kept, "Same");
        QVERIFY(merged);
        acknowledgeAll(*store, 30);
        // The hub's changes, as a pull brings them.
        const std::string commentFields = "{\"problem_id\":\"" + p.kept +
                                          "\",\"text\":\"Seen it\",\"author\":\"lab\",\"created\":\"" +
                                          toIso8601(comment->created) + "\"}";
        auto page = store->applyPullPage(
            {change("problem", p.duplicate, 40,
                    "{\"status\":\"closed\",\"duplicate_of\":\"" + p.kept +
                        "\",\"status_reason\":\"duplicate\"}"),
             change("status_change", uuidFromName("merge_status:" + merged->id), 41,
                    "{\"problem_id\":\"" + p.duplicate +
                        "\",\"from\":\"new\",\"to\":\"closed\",\"note\":\"Same\",\"reason\":\"duplicate\","
                        "\"author\":\"Lab Kim\",\"at\":\"2026-12-01T10:00:00Z\"}"),
             change("comment", comment->id, 42, commentFields),
             change("problem_merge", merged->id, 43,
                    "{\"duplicate_id\":\"" + p.duplicate + "\",\"kept_id\":\"" + p.kept +
                        "\",\"note\":\"Same\",\"status_before\":\"new\",\"moved_comments\":[\"" +
                        comment->id +
                        "\"],\"moved_supports\":[],\"kept_supports\":[],\"at\":\"2026-12-01T10:00:00Z\","
                        "\"author\":\"Lab Kim\",\"author_id\":\"acct-lab\"}")},
            43, "epoch");
        QVERIFY(page);
        const auto history = store->statusHistory(p.duplicate);
        QCOMPARE(history.size(), std::size_t(1));
        QCOMPARE(history[0].author, std::string("Lab Kim"));
        const auto record = store->mergeOf(p.duplicate);
        QVERIFY(record);
        QVERIFY(!record->local);
        QCOMPARE(record->author, std::string("Lab Kim"));
        QCOMPARE(record->movedComments, std::vector<std::string>{comment->id});
        QCOMPARE(store->comments(p.kept).size(), std::size_t(1));

        // Another client's view: a comment pulled again with a new problem moves there.
        auto second = fresh("citizen");
        QVERIFY(second);
        auto a = second->applyPullPage(
            {change("problem", p.duplicate, 1,
                    "{\"title\":\"Dup\",\"category\":\"traffic\",\"lat\":36.35,\"lon\":127.38}"),
             change("problem", p.kept, 2,
                    "{\"title\":\"Kept\",\"category\":\"traffic\",\"lat\":36.35,\"lon\":127.38}"),
             change("comment", comment->id, 3,
                    "{\"problem_id\":\"" + p.duplicate + "\",\"text\":\"Seen it\",\"author\":\"lab\"}")},
            3, "epoch");
        QVERIFY(a);
        QCOMPARE(second->comments(p.duplicate).size(), std::size_t(1));
        auto b = second->applyPullPage(
            {change("problem", p.duplicate, 4, "{\"status\":\"closed\",\"duplicate_of\":\"" + p.kept + "\"}"),
             change("comment", comment->id, 5,
                    "{\"problem_id\":\"" + p.kept + "\",\"text\":\"Seen it\",\"author\":\"lab\"}")},
            5, "epoch");
        QVERIFY(b);
        QCOMPARE(second->comments(p.duplicate).size(), std::size_t(0));
        QCOMPARE(second->comments(p.kept).size(), std::size_t(1));
        QCOMPARE(second->problem(p.duplicate)->duplicateOf, p.kept);
        QCOMPARE(second->listProblems()->size(), std::size_t(1));
        // The undo's tombstone.
        auto c = second->applyPullPage({change("problem_merge", merged->id, 6, "{}", true)}, 6, "epoch");
        QVERIFY(c);
        auto d = second->applyPullPage(
            {change("problem_merge", merged->id, 7,
                    "{\"duplicate_id\":\"" + p.duplicate + "\",\"kept_id\":\"" + p.kept + "\"}")},
            7, "epoch");
        QVERIFY(d);
        QVERIFY(second->mergeOf(p.duplicate));
        auto e = second->applyPullPage({change("problem_merge", merged->id, 8, "{}", true)}, 8, "epoch");
        QVERIFY(e);
        QVERIFY(!second->mergeOf(p.duplicate));
        QVERIFY(second->problemMerge(merged->id)->deleted);
    }

    void refusalsOfTheSpecAreCheckedLocally()
    {
        auto store = fresh("coordinator");
        QVERIFY(store);
        const Pair p = twoProblems(*store);
        auto third = store->createProblem(sample("Third"));
        QVERIFY(third);
        QCOMPARE(store->mergeProblems(p.duplicate, p.duplicate, "x").error().code,
                 std::string("invalid_field"));
        QCOMPARE(store->mergeProblems(newUuidV7(), p.kept, "x").error().field, std::string("duplicate_id"));
        QCOMPARE(store->mergeProblems(p.duplicate, newUuidV7(), "x").error().field, std::string("kept_id"));
        auto merged = store->mergeProblems(p.duplicate, p.kept, "x");
        QVERIFY(merged);
        const auto ops = store->outboxSize();
        // The same merge again changes nothing.
        auto again = store->mergeProblems(p.duplicate, p.kept, "x");
        QVERIFY(again);
        QCOMPARE(again->id, merged->id);
        QCOMPARE(store->outboxSize(), ops);
        QCOMPARE(store->mergeProblems(p.duplicate, third->id, "x").error().code,
                 std::string("already_merged"));
        auto intoDuplicate = store->mergeProblems(third->id, p.duplicate, "x");
        QCOMPARE(intoDuplicate.error().code, std::string("invalid_field"));
        QCOMPARE(intoDuplicate.error().field, std::string("kept_id"));
    }

    void citizenIsForbidden()
    {
        auto store = fresh("citizen");
        QVERIFY(store);
        const Pair p = twoProblems(*store);
        const auto ops = store->outboxSize();
        auto merged = store->mergeProblems(p.duplicate, p.kept, "Same");
        QVERIFY(!merged);
        QCOMPARE(merged.error().code, std::string("forbidden"));
        QCOMPARE(store->outboxSize(), ops);
        QVERIFY(store->problem(p.duplicate)->duplicateOf.empty());
        QCOMPARE(store->undoMerge(newUuidV7()).error().code, std::string("forbidden"));
    }

    void schemaElevenHasTheMergeTable()
    {
        auto store = fresh();
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), Store::kSchemaVersion);
        QCOMPARE(scalar(store->database(), "SELECT count(*) FROM problem_merges"), std::int64_t(0));
        QCOMPARE(scalar(store->database(),
                        "SELECT count(*) FROM pragma_table_info('problems') WHERE name = 'duplicate_of'"),
                 std::int64_t(1));
    }
};

QTEST_GUILESS_MAIN(TestProblemMerge)
#include "test_problem_merge.moc"
