// The client store's statuses: a change writes its history entry and one status_change op in one
// transaction, the hub's entries replace the local one, a refused change goes back, schema 9 keeps
// every row of a schema 8 store, and the triage queue.

#include "core/store/schema.h"
#include "core/store/store.h"
#include "core/sync/protocol.h"
#include "core/triage/triage_queue.h"
#include "core/util/ids.h"
#include "core/util/json_writer.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace balgul::core;
using triage::CloseReason;
using triage::StatusActor;

namespace {

Problem sample(const std::string& title, Timestamp created = {})
{
    Problem p;
    p.title = title;
    p.category = "air";
    p.lat = 36.35;
    p.lon = 127.38;
    p.created = created;
    return p;
}

std::int64_t scalar(Database& db, const std::string& sql)
{
    auto st = db.prepare(sql);
    return st.step() ? st.int64(0) : -1;
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

} // namespace

class TestStoreStatus : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::string nextPath() { return (m_dir.path() + QStringLiteral("/s%1.sqlite").arg(++m_n)).toStdString(); }
    std::unique_ptr<Store> fresh()
    {
        StoreOptions options;
        options.userName = "lab";
        auto s = Store::open(nextPath(), options);
        return s ? std::move(*s) : nullptr;
    }

private slots:
    void changeWritesHistoryAndOneOp()
    {
        auto store = fresh();
        QVERIFY(store);
        auto p = store->createProblem(sample("Broken lamp"));
        QVERIFY(p);
        const auto before = store->outboxSize();
        auto c = store->changeStatus(p->id, ProblemStatus::Confirmed, "  Seen on the walk  ",
                                     CloseReason::None, StatusActor::Coordinator);
        QVERIFY2(c, c ? "" : c.error().message.c_str());
        QCOMPARE(int(c->from), int(ProblemStatus::New));
        QCOMPARE(c->note, std::string("Seen on the walk"));
        QCOMPARE(int(store->problem(p->id)->status), int(ProblemStatus::Confirmed));
        QCOMPARE(store->outboxSize(), before + 1);
        const auto op = store->outbox().back();
        QCOMPARE(op.entity, std::string("status_change"));
        QCOMPARE(op.entityId, c->id);
        QCOMPARE(op.problemId, p->id);
        auto fields = sync::parseObject(op.fieldsJson);
        QVERIFY(fields);
        QCOMPARE((*fields)->getValue<std::string>("from"), std::string("new"));
        QCOMPARE((*fields)->getValue<std::string>("to"), std::string("confirmed"));
        QCOMPARE((*fields)->getValue<std::string>("note"), std::string("Seen on the walk"));
        QVERIFY(!(*fields)->has("reason"));

        QVERIFY(store->changeStatus(p->id, ProblemStatus::Closed, "Same as the one by the school",
                                    CloseReason::Duplicate, StatusActor::Coordinator));
        const auto history = store->statusHistory(p->id);
        QCOMPARE(history.size(), std::size_t(2));
        QCOMPARE(int(history[0].to), int(ProblemStatus::Closed)); // newest first
        QCOMPARE(int(history[0].reason), int(CloseReason::Duplicate));
        QCOMPARE(history[0].author, std::string("lab"));
        QCOMPARE(int(history[1].to), int(ProblemStatus::Confirmed));
    }

    void refusedChangeChangesNothing_data()
    {
        QTest::addColumn<int>("actor");
        QTest::addColumn<int>("to");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("code");
        QTest::addRow("citizen confirms")
            << int(StatusActor::Citizen) << int(ProblemStatus::Confirmed) << "Yes"
            << "forbidden";
        QTest::addRow("author reopens a new problem")
            << int(StatusActor::Author) << int(ProblemStatus::Reopened) << "Why"
            << "forbidden";
        QTest::addRow("coordinator without a note")
            << int(StatusActor::Coordinator) << int(ProblemStatus::Confirmed) << ""
            << "invalid_field";
        QTest::addRow("coordinator back to new")
            << int(StatusActor::Coordinator) << int(ProblemStatus::New) << "Again"
            << "invalid_transition";
    }
    void refusedChangeChangesNothing()
    {
        QFETCH(int, actor);
        QFETCH(int, to);
        QFETCH(QString, note);
        QFETCH(QString, code);
        auto store = fresh();
        auto p = store->createProblem(sample("Broken lamp"));
        QVERIFY(p);
        const auto before = store->outboxSize();
        auto c = store->changeStatus(p->id, static_cast<ProblemStatus>(to), note.toStdString(),
                                     CloseReason::None, static_cast<StatusActor>(actor));
        QVERIFY(!c);
        QCOMPARE(QString::fromStdString(c.error().code), code);
        QCOMPARE(int(store->problem(p->id)->status), int(ProblemStatus::New));
        QCOMPARE(store->outboxSize(), before);
        QVERIFY(store->statusHistory(p->id).empty());
        QVERIFY(!store->changeStatus(newUuid(), ProblemStatus::Confirmed, "x", CloseReason::None,
                                     StatusActor::Coordinator));
    }

    void authorReopensOncePerChange()
    {
        auto store = fresh();
        auto p = store->createProblem(sample("Pothole"));
        QVERIFY(store->changeStatus(p->id, ProblemStatus::Resolved, "Patched", CloseReason::None,
                                    StatusActor::Coordinator));
        QVERIFY(store->changeStatus(p->id, ProblemStatus::Reopened, "Still a hole", CloseReason::None,
                                    StatusActor::Author));
        auto again = store->changeStatus(p->id, ProblemStatus::Reopened, "Really", CloseReason::None,
                                         StatusActor::Author);
        QVERIFY(!again);
        QCOMPARE(again.error().code, std::string("forbidden"));
        QVERIFY(store->changeStatus(p->id, ProblemStatus::Closed, "The city's roads office has it",
                                    CloseReason::Referred, StatusActor::Coordinator));
        QVERIFY(store->changeStatus(p->id, ProblemStatus::Reopened, "They said no", CloseReason::None,
                                    StatusActor::Author));
        QCOMPARE(store->statusHistory(p->id).size(), std::size_t(4));
    }

    void hubEntryReplacesTheLocalOne()
    {
        auto store = fresh();
        auto p = store->createProblem(sample("Smell by the river"));
        auto c = store->changeStatus(p->id, ProblemStatus::InProgress, "A pilot looks at it",
                                     CloseReason::None, StatusActor::Coordinator);
        QVERIFY(c);
        const std::string fields = JsonObjectWriter()
                                       .add("problem_id", p->id)
                                       .add("from", "confirmed")
                                       .add("to", "in_progress")
                                       .add("note", "A pilot looks at it")
                                       .add("reason", "")
                                       .add("author", "Lab Daejeon")
                                       .add("author_id", "u-1")
                                       .add("at", "2026-11-05T08:15:30Z")
                                       .add("owner_id", "u-1")
                                       .str();
        QVERIFY(store->applyPullPage({change("status_change", c->id, 12, fields)}, 12, "e1"));
        const auto history = store->statusHistory(p->id);
        QCOMPARE(history.size(), std::size_t(1));
        QCOMPARE(int(history[0].from), int(ProblemStatus::Confirmed));
        QCOMPARE(history[0].author, std::string("Lab Daejeon"));
        QCOMPARE(history[0].authorId, std::string("u-1"));
        QCOMPARE(toIso8601(history[0].at), std::string("2026-11-05T08:15:30Z"));

        // Someone else's change, for a problem not here yet, waits for it.
        const std::string other = newUuid();
        const std::string entry = newUuid();
        const std::string entryFields = JsonObjectWriter()
                                            .add("problem_id", other)
                                            .add("from", "new")
                                            .add("to", "confirmed")
                                            .add("note", "ok")
                                            .add("author", "lab")
                                            .add("at", "2026-11-06T08:00:00Z")
                                            .str();
        QVERIFY(store->applyPullPage({change("status_change", entry, 14, entryFields)}, 14, "e1"));
        QVERIFY(store->statusHistory(other).empty());
        const std::string problemFields = JsonObjectWriter()
                                              .add("title", "Far away")
                                              .add("category", "air")
                                              .add("lat", 36.3)
                                              .add("lon", 127.3)
                                              .add("status", "confirmed")
                                              .str();
        QVERIFY(store->applyPullPage({change("problem", other, 13, problemFields)}, 15, "e1"));
        QCOMPARE(store->statusHistory(other).size(), std::size_t(1));
        QCOMPARE(int(store->problem(other)->status), int(ProblemStatus::Confirmed));
    }

    void refusedChangeGoesBack()
    {
        auto store = fresh();
        auto p = store->createProblem(sample("Loud bar"));
        auto c = store->changeStatus(p->id, ProblemStatus::Confirmed, "Heard it", CloseReason::None,
                                     StatusActor::Coordinator);
        QVERIFY(c);
        auto ops = store->pendingOps(0, 10);
        std::vector<sync::PushResult> results;
        for (const auto& op : ops) {
            sync::PushResult r;
            r.opId = op.opId;
            if (op.entity == "status_change") {
                r.status = sync::OpStatus::Rejected;
                r.code = "forbidden";
                r.message = "only a coordinator or the problem's author may change its status";
            } else {
                r.version = 3;
            }
            results.push_back(r);
        }
        QVERIFY(store->recordPushResults(ops, results));
        QCOMPARE(int(store->syncStateOf(p->id).state), int(SyncState::Rejected));
        QVERIFY(store->revertRefused(p->id));
        QCOMPARE(int(store->problem(p->id)->status), int(ProblemStatus::New));
        QVERIFY(store->statusHistory(p->id).empty());
        QCOMPARE(int(store->syncStateOf(p->id).state), int(SyncState::Synced));
    }

    /// A store of the previous version keeps every row, row id and link, and may hold "reopened".
    void upgradesASchema8Store()
    {
        const std::string file = nextPath();
        {
            Database db;
            db.open(file, true);
            for (const Migration& m : migrations()) {
                if (m.version > 8)
                    break;
                db.exec(m.sql);
                db.exec("PRAGMA user_version = " + std::to_string(m.version));
            }
            db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
            db.exec("INSERT INTO categories (code, name_en, name_ko, color, position) VALUES "
                    "('air', 'Air', '대기', 0, 0), ('other', 'Other', '기타', 0, 1)");
            db.exec("INSERT INTO problems (rowid, id, title, category, status, lat, lon, created, updated) "
                    "VALUES "
                    "(7, 'p-seven', 'Seven', 'air', 3, 36.3, 127.3, 1, 1), "
                    "(9, 'p-nine', 'Nine', 'air', 4, 36.4, 127.4, 2, 2)");
            db.exec("INSERT INTO comments (id, problem_id, author, text, created) VALUES "
                    "('c1', 'p-seven', 'minji', 'Still there', 3)");
            db.exec("INSERT INTO supports (problem_id, user, created) VALUES ('p-nine', 'jun', 4)");
        }
        auto store = Store::open(file);
        QVERIFY2(store, store ? "" : store.error().toString().c_str());
        QCOMPARE((*store)->schemaVersion(), Store::kSchemaVersion);
        Database& db = (*store)->database();
        QCOMPARE(scalar(db, "SELECT rowid FROM problems WHERE id = 'p-nine'"), std::int64_t(9));
        QCOMPARE(scalar(db, "SELECT count(*) FROM comments"), std::int64_t(1));
        QCOMPARE(scalar(db, "SELECT count(*) FROM supports"), std::int64_t(1));
        QCOMPARE(scalar(db, "PRAGMA foreign_keys"), std::int64_t(1));
        QCOMPARE(int((*store)->problem("p-seven")->status), int(ProblemStatus::Resolved));
        QVERIFY(*(*store)->searchRowids("Seven") == std::vector<std::int64_t>{7});
        QVERIFY((*store)->changeStatus("p-nine", ProblemStatus::Reopened, "Not a duplicate after all",
                                       CloseReason::None, StatusActor::Author));
        QCOMPARE(int((*store)->problem("p-nine")->status), int(ProblemStatus::Reopened));
        // Removing a problem still takes what hangs on it.
        db.exec("DELETE FROM problems WHERE id = 'p-nine'");
        QCOMPARE(scalar(db, "SELECT count(*) FROM supports"), std::int64_t(0));
        QCOMPARE(scalar(db, "SELECT count(*) FROM status_history"), std::int64_t(0));
    }

    void triageQueueOldestFirst()
    {
        auto store = fresh();
        const Timestamp t0 = fromUnixMs(1700000000000);
        const auto at = [&](int day) { return t0 + std::chrono::hours(24 * day); };
        auto fresh1 = store->createProblem(sample("New, newest", at(5)));
        auto old = store->createProblem(sample("New, oldest", at(1)));
        auto reopened = store->createProblem(sample("Reopened", at(3)));
        auto quiet = store->createProblem(sample("Confirmed, quiet", at(2)));
        auto loud = store->createProblem(sample("Confirmed, supported", at(4)));
        auto fixed = store->createProblem(sample("Fixed", at(0)));
        QVERIFY(fresh1 && old && reopened && quiet && loud && fixed);
        const auto move = [&](const std::string& id, ProblemStatus to) {
            return store
                ->changeStatus(id, to, "note",
                               to == ProblemStatus::Closed ? CloseReason::Referred : CloseReason::None,
                               StatusActor::Coordinator)
                .ok();
        };
        QVERIFY(move(reopened->id, ProblemStatus::Resolved) && move(reopened->id, ProblemStatus::Reopened));
        QVERIFY(move(quiet->id, ProblemStatus::Confirmed) && move(loud->id, ProblemStatus::Confirmed));
        QVERIFY(move(fixed->id, ProblemStatus::Resolved));
        for (const char* who : {"a", "b", "c"}) {
            store->database()
                .prepare("INSERT INTO supports (problem_id, user, created) VALUES (?, ?, 0)")
                .bind(1, loud->id)
                .bind(2, std::string(who))
                .run();
            store->database()
                .prepare("INSERT INTO supports (problem_id, user, created) VALUES (?, ?, 0)")
                .bind(1, fixed->id)
                .bind(2, std::string(who))
                .run();
        }
        auto queue = triage::triageQueue(*store);
        QVERIFY(queue);
        QStringList titles;
        for (const auto& item : queue->items)
            titles << QString::fromStdString(item.problem.title);
        QCOMPARE(titles,
                 (QStringList{QStringLiteral("New, oldest"), QStringLiteral("Reopened"),
                              QStringLiteral("Confirmed, supported"), QStringLiteral("New, newest")}));
        QCOMPARE(queue->newCount, std::int64_t(2));
        QCOMPARE(queue->reopenedCount, std::int64_t(1));
        QCOMPARE(queue->supportedCount, std::int64_t(1));
        auto firstTwo = triage::triageQueue(*store, 2);
        QCOMPARE(firstTwo->items.size(), std::size_t(2));
        QCOMPARE(firstTwo->newCount, std::int64_t(2));
    }
};

QTEST_GUILESS_MAIN(TestStoreStatus)
#include "test_store_status.moc"
