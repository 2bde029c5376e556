// The store's side of sync: migration 2, base versions taken at queue time, applying pulled
// pages (pending fields kept, orphans deferred, tombstones), and recording push answers.

#include "core/store/schema.h"
#include "core/store/store.h"
#include "core/sync/protocol.h"
#include "tests/support/push_answers.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>

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

const std::string kHubProblem = "6f1c2b1e-1d2a-4c3b-9a8b-0123456789ab";

} // namespace

class TestSyncStore : public QObject
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
    void migrationTwoFillsOutboxColumns()
    {
        const std::string file = (m_dir.path() + QStringLiteral("/v1.sqlite")).toStdString();
        {
            Database db;
            db.open(file, true);
            db.exec(migrations()[0].sql);
            db.exec("PRAGMA user_version = 1");
            db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
            db.exec("INSERT INTO outbox (op_id, kind, entity, entity_id, fields, created) VALUES "
                    "('o1', 'upsert', 'comment', 'c1', '{\"problem_id\":\"p1\",\"text\":\"x\"}', 0), "
                    "('o2', 'upsert', 'attachment', 'p1', '{\"problem_id\":\"p1\",\"sha256\":\"ab\"}', 0), "
                    "('o3', 'upsert', 'support', 'p1', '{\"problem_id\":\"p1\",\"user\":\"alice\"}', 0)");
        }
        auto store = Store::open(file);
        QVERIFY(store);
        QCOMPARE((*store)->schemaVersion(), Store::kSchemaVersion);
        QVERIFY(!(*store)->clientId().empty());
        const auto ops = (*store)->outbox();
        QCOMPARE(ops.size(), std::size_t{3});
        QCOMPARE(ops[0].problemId, std::string("p1"));
        QCOMPARE(ops[0].syncKey, std::string("c1"));
        QCOMPARE(ops[1].syncKey, std::string("p1:ab"));
        QCOMPARE(ops[2].syncKey, std::string("p1:alice"));
        QCOMPARE(ops[0].baseVersion, std::int64_t{0});
        QCOMPARE(toString((*store)->syncStateOf("p1").state), toString(SyncState::Pending));
    }

    void baseVersionIsTakenAtQueueTime()
    {
        auto store = fresh();
        auto p = store->createProblem(sample("Dust"));
        QVERIFY(p);
        ProblemPatch first;
        first.title = "Dust (1)";
        QVERIFY(store->updateProblem(p->id, first));
        QVERIFY(store->applyPullPage({change("problem", p->id, 7, R"j({"title":"Dust (1)"})j")}, 7, "e1"));
        ProblemPatch second;
        second.title = "Dust (2)";
        QVERIFY(store->updateProblem(p->id, second));
        const auto ops = store->outbox();
        QCOMPARE(ops.size(), std::size_t{3});
        QCOMPARE(ops[1].baseVersion, std::int64_t{0}); // made before the pull
        QCOMPARE(ops[2].baseVersion, std::int64_t{7});
        QCOMPARE(store->syncValue("cursor"), std::string("7"));
        QCOMPARE(store->syncValue("epoch"), std::string("e1"));
    }

    void pullKeepsPendingFieldsAndQueuesNothing()
    {
        auto store = fresh();
        auto p = store->createProblem(sample("Mine"));
        QVERIFY(p);
        ProblemPatch patch;
        patch.title = "Mine, edited";
        QVERIFY(store->updateProblem(p->id, patch));
        QVERIFY(store->applyPullPage({}, 0, "e1"));
        // Pretend the create was acknowledged: only the title edit is pending now.
        const auto ops = store->outbox();
        sync::PushResult applied;
        applied.opId = ops[0].opId;
        applied.version = 3;
        QVERIFY(store->recordPushResults({ops[0]}, {applied}));
        const auto before = store->outboxSize();
        auto r = store->applyPullPage(
            {change("problem", p->id, 4,
                    R"({"title":"Hub title","description":"From the hub","status":"confirmed"})")},
            4, "e1");
        QVERIFY(r);
        QCOMPARE(store->outboxSize(), before);
        const auto now = store->problem(p->id);
        QCOMPARE(now->title, std::string("Mine, edited"));
        QCOMPARE(now->description, std::string("From the hub"));
        QCOMPARE(toString(now->status), std::string_view("confirmed"));
    }

    void childWaitsForItsProblem()
    {
        auto store = fresh();
        const std::string comment = "7a2d3c2f-2e3b-4d4c-8b9c-1234567890bc";
        auto first = store->applyPullPage(
            {change("comment", comment, 5,
                    R"({"problem_id":")" + kHubProblem + R"(","author":"bob","text":"Hi"})")},
            5, "e1");
        QVERIFY(first);
        QCOMPARE(first->deferred, 1);
        QVERIFY(store->comments(kHubProblem).empty());
        QVERIFY(store->applyPullPage(
            {change(
                "problem", kHubProblem, 6,
                R"({"title":"From bob","category":"air","lat":36.1,"lon":127.1,"status":"new","author":"bob"})")},
            6, "e1"));
        QCOMPARE(store->comments(kHubProblem).size(), std::size_t{1});
        QCOMPARE(store->problem(kHubProblem)->commentCount, 1);
        QCOMPARE(store->outboxSize(), std::int64_t{0});

        // A tombstone removes it when nothing local is pending.
        QVERIFY(store->applyPullPage({change("problem", kHubProblem, 9, "{}", true)}, 9, "e1"));
        QVERIFY(!store->problem(kHubProblem));
    }

    void pushAnswersAreRecorded_data()
    {
        // The hub's answer to the op, as text: "OP" stands for its op id.
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("state");
        const QByteArray conflict =
            R"({"op_id":"OP","status":"conflict","version":12,"applied_fields":[],"conflicts":{"title":"Hub noise"})";
        const QByteArray rejected =
            R"({"op_id":"OP","status":"rejected","version":0,"code":"forbidden","message":"no")";
        QTest::addRow("applied") << QByteArray(R"({"op_id":"OP","status":"applied","version":12})")
                                 << QStringLiteral("synced");
        QTest::addRow("conflict") << conflict + "}" << QStringLiteral("conflict");
        QTest::addRow("rejected") << rejected + "}" << QStringLiteral("rejected");
        // A replay (the first answer was lost) is handled as that first answer.
        QTest::addRow("replayed applied")
            << QByteArray(R"({"op_id":"OP","status":"applied","version":12,"replayed":true})")
            << QStringLiteral("synced");
        QTest::addRow("replayed conflict") << conflict + R"(,"replayed":true})" << QStringLiteral("conflict");
        QTest::addRow("replayed rejected") << rejected + R"(,"replayed":true})" << QStringLiteral("rejected");
        // Hubs before replayed answers said only that they had the op.
        QTest::addRow("duplicate of an older hub")
            << QByteArray(R"({"op_id":"OP","status":"duplicate","version":12})") << QStringLiteral("synced");
    }
    void pushAnswersAreRecorded()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, state);
        auto store = fresh();
        auto p = store->createProblem(sample("Noise"));
        QVERIFY(p);
        const auto ops = store->outbox();
        QVERIFY(store->markSent({ops[0].seq}));
        QCOMPARE(toString(store->syncStateOf(p->id).state), std::string_view("sent"));
        answer.replace("OP", QByteArray::fromStdString(ops[0].opId));
        const auto response = sync::decodePushResponse("{\"results\":[" + answer.toStdString() + "]}");
        QVERIFY2(response.ok(), response ? "" : response.error().toString().c_str());
        const sync::PushResult& r = response->results.at(0);
        QCOMPARE(r.replayed, answer.contains("replayed") || answer.contains("duplicate"));
        QVERIFY(store->recordPushResults(ops, response->results));
        QCOMPARE(store->outboxSize(), std::int64_t{0});
        const auto s = store->syncStateOf(p->id);
        QCOMPARE(QString::fromUtf8(toString(s.state).data()), state);
        if (r.status == sync::OpStatus::Rejected)
            QCOMPARE(s.code, std::string("forbidden"));
        if (r.status == sync::OpStatus::Conflict) {
            const auto c = store->conflicts(p->id);
            QCOMPARE(c.size(), std::size_t{1});
            QCOMPARE(c[0].hubValueJson, std::string("\"Hub noise\""));
            QCOMPARE(c[0].localValueJson, std::string("\"Noise\""));
            QVERIFY(store->resolveConflict(p->id, "title", ConflictChoice::UseMine));
            const auto again = store->outbox();
            QCOMPARE(again.size(), std::size_t{1});
            QCOMPARE(again[0].baseVersion, std::int64_t{12});
            QCOMPARE(again[0].fieldsJson, std::string(R"({"title":"Noise"})"));
        }
        // A mismatched answer changes nothing.
        QVERIFY(!store->recordPushResults(store->outbox(), {}).ok() || store->outbox().empty());
    }

    void anEntitysFirstRefusalInAnAnswerIsTheOneSaid()
    {
        // A problem refused as made, then its edit refused because the hub has no such problem:
        // the refusal kept is the cause, and the edit's fields are kept with it.
        auto store = fresh();
        auto p = store->createProblem(sample("Noise"));
        QVERIFY(p);
        ProblemPatch edit;
        edit.title = "Noise at night";
        QVERIFY(store->updateProblem(p->id, edit));
        const auto ops = store->outbox();
        QCOMPARE(ops.size(), std::size_t{2});
        auto results =
            balgul::test::answersTo(ops, sync::OpStatus::Rejected, "not_found", "there is no such problem");
        results[0].code = "invalid_field";
        results[0].message = "category: not a category of this hub";
        QVERIFY(store->recordPushResults(ops, results));
        auto s = store->syncStateOf(p->id);
        QCOMPARE(QString::fromUtf8(toString(s.state).data()), QStringLiteral("rejected"));
        QCOMPARE(s.code, std::string("invalid_field"));
        QCOMPARE(s.message, std::string("category: not a category of this hub"));

        // In a later answer, the latest refusal is said again.
        edit.title = "Noise at dawn";
        QVERIFY(store->updateProblem(p->id, edit));
        auto again = store->outbox();
        QCOMPARE(again.size(), std::size_t{1});
        QVERIFY(store->recordPushResults(
            again, balgul::test::answersTo(again, sync::OpStatus::Rejected, "forbidden", "no")));
        s = store->syncStateOf(p->id);
        QCOMPARE(s.code, std::string("forbidden"));
    }

    void withdrawnSupportOfAnotherAccountIsRemoved()
    {
        auto store = fresh();
        QVERIFY(store->setSyncValue("hub_user_id", "a1a1a1a1-0000-4000-8000-000000000001"));
        const std::string bob = "b0b0b0b0-0000-4000-8000-000000000002";
        QVERIFY(store->applyPullPage(
            {change("problem", kHubProblem, 3,
                    R"({"title":"From bob","category":"air","lat":36.1,"lon":127.1,"status":"new"})"),
             change("support", kHubProblem, 4,
                    R"({"problem_id":")" + kHubProblem + R"(","user":"Bob","user_id":")" + bob +
                        R"(","owner_id":")" + bob + R"("})")},
            4, "e1"));
        QCOMPARE(store->problem(kHubProblem)->supportCount, 1);
        QVERIFY(!store->isSupported(kHubProblem));
        // The tombstone names the account, not the name shown.
        QVERIFY(store->applyPullPage(
            {change("support", kHubProblem, 5,
                    R"({"problem_id":")" + kHubProblem + R"(","owner_id":")" + bob + R"("})", true)},
            5, "e1"));
        QCOMPARE(store->problem(kHubProblem)->supportCount, 0);
    }

    void pulledAuthorsReplaceLocalOnes()
    {
        auto store = fresh(); // signed in as "alice" locally; the hub knows the account as "Alice Kim"
        auto p = store->createProblem(sample("Dust"));
        QVERIFY(p);
        auto c = store->addComment(p->id, "Worse at night");
        QVERIFY(c);
        sync::PushResult applied;
        std::vector<sync::PushResult> answers;
        for (const auto& op : store->outbox()) {
            applied.opId = op.opId;
            answers.push_back(applied);
        }
        QVERIFY(store->recordPushResults(store->outbox(), answers));
        QVERIFY(store->applyPullPage(
            {change("problem", p->id, 1, R"({"title":"Dust","author":"Alice Kim","author_id":"a1"})"),
             change("comment", c->id, 2,
                    R"({"problem_id":")" + p->id + R"(","text":"Worse at night","author":"Alice Kim"})")},
            2, "e1"));
        QCOMPARE(store->problem(p->id)->author, std::string("Alice Kim"));
        QCOMPARE(store->comments(p->id).at(0).author, std::string("Alice Kim"));
    }
};

QTEST_GUILESS_MAIN(TestSyncStore)
#include "test_sync_store.moc"
