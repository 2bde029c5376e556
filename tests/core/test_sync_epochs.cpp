// The client's side of epochs (sync-protocol.md "Epochs and cursors"): the codecs of a cursor_ahead
// answer and of the hub's history, the shared seq, and the store: acknowledged ops are kept with their
// hub version for a while, a new epoch puts back into the outbox those past what the hub still holds
// (same op ids, first order) and bases queued ops on the shared history, and an op sent again that
// the hub refused waits for its problem to come back.

#include "core/store/store.h"
#include "core/sync/protocol.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace balgul::core;

namespace {

Problem sample(const std::string& title)
{
    Problem p;
    p.title = title;
    p.category = "air";
    p.lat = 36.35;
    p.lon = 127.38;
    return p;
}

sync::Change change(const std::string& entity, const std::string& id, std::int64_t version,
                    const std::string& fieldsJson)
{
    sync::Change c;
    c.seq = version;
    c.entity = entity;
    c.id = id;
    c.version = version;
    c.fields = *sync::parseObject(fieldsJson);
    return c;
}

sync::PushResult answer(const OutboxEntry& op, sync::OpStatus status, std::int64_t version)
{
    sync::PushResult r;
    r.opId = op.opId;
    r.status = status;
    r.version = version;
    if (status == sync::OpStatus::Rejected)
        r.code = "not_found";
    return r;
}

std::int64_t count(Store& store, const std::string& sql)
{
    auto st = store.database().prepare(sql);
    return st.step() ? st.int64(0) : -1;
}

} // namespace

class TestSyncEpochs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Store> fresh()
    {
        StoreOptions options;
        options.userName = "alice";
        auto s =
            Store::open((m_dir.path() + QStringLiteral("/s%1.sqlite").arg(++m_n)).toStdString(), options);
        return s ? std::move(*s) : nullptr;
    }

private slots:
    void sharedSeqFollowsTheEpochs()
    {
        const std::vector<sync::EpochEntry> epochs{{"a", 0}, {"b", 10}, {"c", 5}};
        QCOMPARE(sync::sharedSeq(epochs, "a"), std::int64_t{5}); // b went back to 5 from a's history
        QCOMPARE(sync::sharedSeq(epochs, "b"), std::int64_t{5});
        QCOMPARE(sync::sharedSeq(epochs, "c"), std::numeric_limits<std::int64_t>::max());
        QCOMPARE(sync::sharedSeq(epochs, "gone"), std::int64_t{0}); // not listed: nothing is sure
    }

    void cursorAheadAndHistoryCodecs()
    {
        sync::ApiError ahead;
        ahead.code = "cursor_ahead";
        ahead.message = "since 9 is past the hub's last seq 4";
        ahead.field = "since";
        ahead.epoch = "e2";
        ahead.lastSeq = 4;
        const auto back = sync::decodeApiError(sync::encode(ahead));
        QVERIFY(back);
        QCOMPARE(back->code, ahead.code);
        QCOMPARE(back->epoch, std::string("e2"));
        QCOMPARE(back->lastSeq, std::int64_t{4});
        // Other errors carry no epoch.
        sync::ApiError plain{"invalid_field", "since must be a whole number", "since"};
        QVERIFY(sync::encode(plain).find("epoch") == std::string::npos);
        QVERIFY(sync::decodeApiError(sync::encode(plain))->epoch.empty());

        const sync::HubHistory history{"e2", 40, {{"e1", 0}, {"e2", 12}}};
        const auto decoded = sync::decodeHubHistory(sync::stringify(sync::toJson(history)));
        QVERIFY(decoded);
        QCOMPARE(decoded->epoch, std::string("e2"));
        QCOMPARE(decoded->lastSeq, std::int64_t{40});
        QCOMPARE(decoded->epochs.size(), std::size_t{2});
        QCOMPARE(decoded->epochs[1].seq, std::int64_t{12});
        const auto broken =
            sync::decodeHubHistory(R"({"epoch":"e2","last_seq":40,"epochs":[{"epoch":"e1"}]})");
        QVERIFY(!broken);
        QCOMPARE(broken.error().field, std::string("epochs[0].seq"));
    }

    void acknowledgedOpsComeBackInANewEpoch()
    {
        auto store = fresh();
        auto p = store->createProblem(sample("Dust"));
        QVERIFY(p);
        ProblemPatch edit;
        edit.title = "Dust, worse";
        edit.description = "Since Monday.";
        QVERIFY(store->updateProblem(p->id, edit));
        QVERIFY(store->addComment(p->id, "Seen it."));
        QVERIFY(store->addComment(p->id, "Refused one."));
        const auto sent = store->outbox();
        QCOMPARE(sent.size(), std::size_t{4});

        // Applied at 5; in conflict at 7 with only the description applied; applied at 9; refused.
        auto conflict = answer(sent[1], sync::OpStatus::Conflict, 7);
        conflict.appliedFields = {"description"};
        conflict.conflicts = *sync::parseObject(R"({"title":"Dust"})");
        QVERIFY(store->recordPushResults(sent, {answer(sent[0], sync::OpStatus::Applied, 5), conflict,
                                                answer(sent[2], sync::OpStatus::Applied, 9),
                                                answer(sent[3], sync::OpStatus::Rejected, 0)}));
        QCOMPARE(store->outboxSize(), std::int64_t{0});
        QCOMPARE(count(*store, "SELECT count(*) FROM outbox_acked"), std::int64_t{3});
        QCOMPARE(count(*store, "SELECT count(*) FROM outbox_waiting"), std::int64_t{0}); // not sent again
        {
            auto st = store->database().prepare("SELECT fields FROM outbox_acked WHERE version = 7");
            QVERIFY(st.step());
            QCOMPARE(st.text(0), std::string(R"({"description":"Since Monday."})"));
        }

        // A pull, then an edit made from the hub's version 8: queued, never sent.
        QVERIFY(store->applyPullPage({change("problem", p->id, 8, R"({"title":"Dust"})")}, 9, "e1"));
        ProblemPatch moved;
        moved.address = "Gate 2";
        QVERIFY(store->updateProblem(p->id, moved));
        QCOMPARE(store->outbox().at(0).baseVersion, std::int64_t{8});

        // The hub comes back from a backup taken at seq 6: what it acknowledged after is sent again.
        auto back = store->beginNewEpoch("e2", 6);
        QVERIFY(back);
        QCOMPARE(*back, 2);
        const auto again = store->outbox();
        QCOMPARE(again.size(), std::size_t{3});
        QCOMPARE(again[0].opId, sent[1].opId); // the same op ids, in their first order
        QCOMPARE(again[1].opId, sent[2].opId);
        QCOMPARE(again[0].fieldsJson, std::string(R"({"description":"Since Monday."})"));
        QCOMPARE(again[2].baseVersion, std::int64_t{6}); // based on the shared history
        QCOMPARE(again[0].baseVersion,
                 std::int64_t{0}); // made before any pull: stays an edit of nothing seen
        QCOMPARE(count(*store, "SELECT count(*) FROM outbox_acked"), std::int64_t{1}); // the create, at 5
        QCOMPARE(store->syncValue("cursor"), std::string("0"));
        QCOMPARE(store->syncValue("epoch"), std::string("e2"));

        // Refused now (its problem is not back on the hub yet), the comment waits for it.
        QVERIFY(store->recordPushResults(again, {answer(again[0], sync::OpStatus::Applied, 7),
                                                 answer(again[1], sync::OpStatus::Rejected, 0),
                                                 answer(again[2], sync::OpStatus::Applied, 8)}));
        QCOMPARE(count(*store, "SELECT count(*) FROM outbox_waiting"), std::int64_t{1});
        const std::string refusal =
            "SELECT count(*) FROM sync_entities WHERE rejected_code <> '' AND id = '" + sent[2].syncKey + "'";
        QCOMPARE(count(*store, refusal), std::int64_t{1}); // shown as refused meanwhile
        auto none = store->requeueWaiting();
        QVERIFY(none);
        QCOMPARE(*none, 0);
        // A pull brings the problem: the comment goes again, under a new op id (the hub keeps the
        // refusal under the old one).
        QVERIFY(store->applyPullPage({change("problem", p->id, 8, R"({"title":"Dust"})")}, 8, "e2"));
        auto ready = store->requeueWaiting();
        QVERIFY(ready);
        QCOMPARE(*ready, 1);
        const auto retry = store->outbox();
        QCOMPARE(retry.size(), std::size_t{1});
        QCOMPARE(retry[0].seq, sent[2].seq);
        QVERIFY(retry[0].opId != sent[2].opId);
        QCOMPARE(count(*store, "SELECT count(*) FROM outbox_waiting"), std::int64_t{0});
        QVERIFY(store->recordPushResults(retry, {answer(retry[0], sync::OpStatus::Applied, 9)}));
        QCOMPARE(count(*store, refusal), std::int64_t{0});
    }

    void aSettledRefusalWaitsNoMore()
    {
        auto store = fresh();
        auto p = store->createProblem(sample("Lost"));
        QVERIFY(p);
        QVERIFY(store->addComment(p->id, "On a lost problem."));
        auto ops = store->outbox();
        QVERIFY(store->recordPushResults(
            ops, {answer(ops[0], sync::OpStatus::Applied, 1), answer(ops[1], sync::OpStatus::Applied, 2)}));
        auto back = store->beginNewEpoch("e2", 0); // nothing is sure: everything goes again
        QVERIFY(back);
        QCOMPARE(*back, 2);
        ops = store->outbox();
        QVERIFY(store->recordPushResults(
            ops, {answer(ops[0], sync::OpStatus::Rejected, 0), answer(ops[1], sync::OpStatus::Rejected, 0)}));
        QCOMPARE(count(*store, "SELECT count(*) FROM outbox_waiting"), std::int64_t{2});
        QVERIFY(store->dismissRejection(p->id));
        auto none = store->requeueWaiting();
        QVERIFY(none);
        QCOMPARE(*none, 0);
        QCOMPARE(count(*store, "SELECT count(*) FROM outbox_waiting"), std::int64_t{0});
    }

    void acknowledgedOpsAreKeptForThirtyDays()
    {
        auto store = fresh();
        auto p = store->createProblem(sample("Old"));
        QVERIFY(p);
        auto ops = store->outbox();
        QVERIFY(store->recordPushResults(ops, {answer(ops[0], sync::OpStatus::Applied, 1)}));
        store->database().exec("UPDATE outbox_acked SET acked = acked - 31 * 24 * 3600 * 1000");
        QVERIFY(store->addComment(p->id, "New"));
        ops = store->outbox();
        QVERIFY(store->recordPushResults(ops, {answer(ops[0], sync::OpStatus::Applied, 2)}));
        QCOMPARE(count(*store, "SELECT count(*) FROM outbox_acked"), std::int64_t{1});
        QCOMPARE(count(*store, "SELECT version FROM outbox_acked"), std::int64_t{2});
    }
};

QTEST_GUILESS_MAIN(TestSyncEpochs)
#include "test_sync_epochs.moc"
