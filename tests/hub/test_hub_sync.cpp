// Push and pull against a real balgul-hub: idempotent ops, field merge, authorization, paging.

#include "hub_process.h"

#include <QObject>

using namespace balgul;
using core::sync::OpKind;
using core::sync::OpStatus;
using test::kProblemA;
using test::kProblemB;
using test::makeOp;
using test::problemFields;

class TestHubSync : public QObject
{
    Q_OBJECT

private:
    /// A hub with citizens alice and carol and coordinator bob, logged in.
    struct Fixture
    {
        std::string alice, bob, carol;
    };
    static bool prepare(test::HubProcess& hub, Fixture& f)
    {
        if (!hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")) ||
            !hub.addUser(QStringLiteral("bob"), QStringLiteral("coordinator")) ||
            !hub.addUser(QStringLiteral("carol"), QStringLiteral("citizen")))
            return false;
        f.alice = hub.login("alice");
        f.bob = hub.login("bob");
        f.carol = hub.login("carol");
        return !f.alice.empty() && !f.bob.empty() && !f.carol.empty();
    }

private slots:
    void pushThenPull()
    {
        BALGUL_START_HUB(hub, dir);
        Fixture f;
        QVERIFY(prepare(hub, f));
        int status = 0;
        const auto results = hub.push(f.alice, {makeOp("op-1", "problem", kProblemA, 0, problemFields())},
                                      "client-a", &status);
        QCOMPARE(status, 200);
        QCOMPARE(results.size(), std::size_t(1));
        BALGUL_COMPARE_ENUM(results[0].status, OpStatus::Applied);
        QVERIFY(results[0].version > 0);

        const auto page = hub.pull(f.carol);
        QCOMPARE(page.changes.size(), std::size_t(1));
        const auto& c = page.changes[0];
        QCOMPARE(c.entity, std::string("problem"));
        QCOMPARE(c.id, std::string(kProblemA));
        QCOMPARE(c.version, results[0].version);
        QCOMPARE(c.seq, results[0].version);
        QVERIFY(!c.deleted);
        QCOMPARE(c.fields->getValue<std::string>("title"), std::string("Dust on the school road"));
        QCOMPARE(c.fields->getValue<double>("lat"), 36.35);
        QCOMPARE(page.next, c.seq);
        QVERIFY(!page.more);
        QVERIFY(!page.epoch.empty());
        QVERIFY(hub.pull(f.carol, page.next).changes.empty());
    }

    void repeatedOpIsDuplicate()
    {
        BALGUL_START_HUB(hub, dir);
        Fixture f;
        QVERIFY(prepare(hub, f));
        const auto op = makeOp("op-dup", "problem", kProblemA, 0, problemFields());
        const auto first = hub.push(f.alice, {op});
        BALGUL_COMPARE_ENUM(first.at(0).status, OpStatus::Applied);
        const auto before = hub.pull(f.alice);

        // The same op again (a retry after a lost answer), alone and twice within one push.
        auto again = op;
        again.fields->set("title", std::string("changed on retry"));
        const auto second = hub.push(f.alice, {again, again});
        QCOMPARE(second.size(), std::size_t(2));
        for (const auto& r : second) {
            BALGUL_COMPARE_ENUM(r.status, OpStatus::Duplicate);
            QCOMPARE(r.version, first[0].version);
        }
        const auto after = hub.pull(f.alice);
        QCOMPARE(after.changes.size(), before.changes.size());
        QCOMPARE(after.next, before.next);
        QCOMPARE(after.changes[0].fields->getValue<std::string>("title"),
                 std::string("Dust on the school road"));

        // Another user reusing the op id is refused, not answered with alice's result.
        const auto stolen = hub.push(f.carol, {op});
        BALGUL_COMPARE_ENUM(stolen.at(0).status, OpStatus::Rejected);
        QCOMPARE(stolen[0].code, std::string("op_id_taken"));
    }

    void fieldMerge()
    {
        BALGUL_START_HUB(hub, dir);
        Fixture f;
        QVERIFY(prepare(hub, f));
        const auto created =
            hub.push(f.alice, {makeOp("c1", "problem", kProblemA, 0, problemFields())}, "laptop");
        const std::int64_t v1 = created.at(0).version;

        // Two of alice's devices edit from the same base version.
        const auto fromLaptop = hub.push(
            f.alice, {makeOp("e1", "problem", kProblemA, v1, "{\"title\":\"Dust at the gate\"}")}, "laptop");
        BALGUL_COMPARE_ENUM(fromLaptop.at(0).status, OpStatus::Applied);
        const std::int64_t v2 = fromLaptop[0].version;
        QVERIFY(v2 > v1);

        // A different field merges.
        const auto otherField = hub.push(
            f.alice, {makeOp("e2", "problem", kProblemA, v1, "{\"description\":\"since May\"}")}, "phone");
        BALGUL_COMPARE_ENUM(otherField.at(0).status, OpStatus::Applied);
        QVERIFY(otherField[0].version > v2);

        // The same field conflicts: the hub keeps its value and returns it.
        const auto sameField =
            hub.push(f.alice,
                     {makeOp("e3", "problem", kProblemA, v1,
                             "{\"title\":\"Dust by the bus stop\",\"address\":\"Gate 2\"}")},
                     "phone");
        BALGUL_COMPARE_ENUM(sameField.at(0).status, OpStatus::Conflict);
        QCOMPARE(sameField[0].conflicts->getValue<std::string>("title"), std::string("Dust at the gate"));
        QCOMPARE(sameField[0].appliedFields, std::vector<std::string>{"address"});

        const auto page = hub.pull(f.carol);
        QCOMPARE(page.changes.size(), std::size_t(1));
        const auto& fields = page.changes[0].fields;
        QCOMPARE(fields->getValue<std::string>("title"), std::string("Dust at the gate"));
        QCOMPARE(fields->getValue<std::string>("description"), std::string("since May"));
        QCOMPARE(fields->getValue<std::string>("address"), std::string("Gate 2"));
        QCOMPARE(page.changes[0].version, sameField[0].version);

        // With the current version the user's pick applies.
        const auto resolved = hub.push(f.alice,
                                       {makeOp("e4", "problem", kProblemA, sameField[0].version,
                                               "{\"title\":\"Dust by the bus stop\"}")},
                                       "phone");
        BALGUL_COMPARE_ENUM(resolved.at(0).status, OpStatus::Applied);
    }

    void authorization_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("fields");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected"); // "" applied, else the rejection code

        QTest::addRow("citizen author changes status") << "alice"
                                                       << "{\"status\":\"resolved\"}" << 0 << "forbidden";
        QTest::addRow("citizen edits another's problem") << "carol"
                                                         << "{\"title\":\"mine now\"}" << 0 << "forbidden";
        QTest::addRow("citizen deletes another's problem") << "carol"
                                                           << "{}" << 1 << "forbidden";
        QTest::addRow("coordinator changes status") << "bob"
                                                    << "{\"status\":\"confirmed\"}" << 0 << "";
        QTest::addRow("coordinator edits the title") << "bob"
                                                     << "{\"title\":\"renamed\"}" << 0 << "forbidden";
        QTest::addRow("author edits the title") << "alice"
                                                << "{\"title\":\"clearer title\"}" << 0 << "";
        QTest::addRow("author deletes") << "alice"
                                        << "{}" << 1 << "";
    }

    void authorization()
    {
        QFETCH(QString, who);
        QFETCH(QString, fields);
        QFETCH(int, kind);
        QFETCH(QString, expected);
        BALGUL_START_HUB(hub, dir);
        Fixture f;
        QVERIFY(prepare(hub, f));
        const auto created = hub.push(f.alice, {makeOp("c1", "problem", kProblemA, 0, problemFields())});
        const std::int64_t v = created.at(0).version;
        const std::string token = who == QStringLiteral("alice") ? f.alice
                                  : who == QStringLiteral("bob") ? f.bob
                                                                 : f.carol;
        const auto result = hub.push(token,
                                     {makeOp("x1", "problem", kProblemA, v, fields.toStdString(),
                                             kind ? OpKind::Delete : OpKind::Upsert)},
                                     "client-" + who.toStdString());
        const auto page = hub.pull(f.carol);
        if (expected.isEmpty()) {
            BALGUL_COMPARE_ENUM(result.at(0).status, OpStatus::Applied);
            QVERIFY(page.next > v);
            QCOMPARE(page.changes.at(0).deleted, kind == 1);
        } else {
            BALGUL_COMPARE_ENUM(result.at(0).status, OpStatus::Rejected);
            QCOMPARE(QString::fromStdString(result[0].code), expected);
            QVERIFY(!result[0].message.empty());
            QCOMPARE(page.next, v); // nothing changed on the hub
        }
    }

    void createOfAnotherCreatorsIdIsRejected()
    {
        BALGUL_START_HUB(hub, dir);
        Fixture f;
        QVERIFY(prepare(hub, f));
        BALGUL_COMPARE_ENUM(
            hub.push(f.alice, {makeOp("c1", "problem", kProblemA, 0, problemFields())}).at(0).status,
            OpStatus::Applied);
        const auto taken = hub.push(f.carol, {makeOp("c2", "problem", kProblemA, 0, problemFields("mine"))});
        BALGUL_COMPARE_ENUM(taken.at(0).status, OpStatus::Rejected);
        QCOMPARE(taken[0].code, std::string("id_taken"));
        QCOMPARE(hub.pull(f.alice).changes.at(0).fields->getValue<std::string>("title"),
                 std::string("Dust on the school road"));
    }

    void commentsSupportsAndTombstones()
    {
        BALGUL_START_HUB(hub, dir);
        Fixture f;
        QVERIFY(prepare(hub, f));
        const std::string comment = "0b7e1a2c-3d4e-4f50-8a6b-7c8d9e0f1a2b";
        const auto results = hub.push(
            f.carol, {makeOp("c1", "comment", comment, 0,
                             std::string("{\"problem_id\":\"") + kProblemB + "\",\"text\":\"me too\"}"),
                      makeOp("c2", "support", kProblemB, 0, "{}")});
        QCOMPARE(results.at(0).code, std::string("not_found")); // the problem is not on the hub
        QCOMPARE(results.at(1).code, std::string("not_found"));

        BALGUL_COMPARE_ENUM(
            hub.push(f.alice, {makeOp("p1", "problem", kProblemB, 0, problemFields())}).at(0).status,
            OpStatus::Applied);
        const auto ok = hub.push(
            f.carol,
            {makeOp("c3", "comment", comment, 0,
                    std::string("{\"problem_id\":\"") + kProblemB + "\",\"text\":\"me too\"}"),
             makeOp("c4", "support", kProblemB, 0, std::string("{\"problem_id\":\"") + kProblemB + "\"}"),
             makeOp("c5", "support", kProblemB, 0, "{}", OpKind::Delete)});
        for (const auto& r : ok)
            BALGUL_COMPARE_ENUM(r.status, OpStatus::Applied);
        const auto page = hub.pull(f.alice);
        QCOMPARE(page.changes.size(), std::size_t(3));
        QCOMPARE(page.changes[1].entity, std::string("comment"));
        QCOMPARE(page.changes[2].entity, std::string("support"));
        QVERIFY(page.changes[2].deleted);
        QCOMPARE(page.changes[2].fields->getValue<std::string>("problem_id"), std::string(kProblemB));
        QVERIFY(!page.changes[2].fields->has("user"));
    }

    void pullPagesInSeqOrder()
    {
        BALGUL_START_HUB(hub, dir);
        Fixture f;
        QVERIFY(prepare(hub, f));
        QCOMPARE(hub.push(f.alice, {makeOp("a", "problem", kProblemA, 0, problemFields("one")),
                                    makeOp("b", "problem", kProblemB, 0, problemFields("two"))})
                     .size(),
                 std::size_t(2));
        // Editing the first problem moves it behind the second: latest state per entity.
        QCOMPARE(hub.push(f.alice, {makeOp("c", "problem", kProblemA, 1, "{\"title\":\"one, edited\"}")})
                     .at(0)
                     .version,
                 std::int64_t(3));
        const auto first = hub.authed(f.alice, "GET", "/v1/sync/pull?since=0&limit=1");
        auto page = core::sync::decodePullPage(first.body);
        QVERIFY(page.ok());
        QCOMPARE(page->changes.size(), std::size_t(1));
        QCOMPARE(page->changes[0].id, std::string(kProblemB));
        QVERIFY(page->more);
        auto second = core::sync::decodePullPage(
            hub.authed(f.alice, "GET", "/v1/sync/pull?since=" + std::to_string(page->next) + "&limit=1")
                .body);
        QVERIFY(second.ok());
        QCOMPARE(second->changes.at(0).id, std::string(kProblemA));
        QCOMPARE(second->changes[0].fields->getValue<std::string>("title"), std::string("one, edited"));
        QVERIFY(!second->more);
        QCOMPARE(second->epoch, page->epoch);
    }

    void epochSurvivesRestart()
    {
        QTemporaryDir dir;
        std::string epoch;
        {
            test::HubProcess hub(dir.path());
            QVERIFY(hub.start());
            QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
            const auto token = hub.login("alice");
            BALGUL_COMPARE_ENUM(
                hub.push(token, {makeOp("a", "problem", kProblemA, 0, problemFields())}).at(0).status,
                OpStatus::Applied);
            epoch = hub.pull(token).epoch;
            QCOMPARE(hub.stop(), 0);
        }
        test::HubProcess again(dir.path());
        QVERIFY(again.start());
        const auto token = again.login("alice");
        const auto page = again.pull(token);
        QCOMPARE(page.epoch, epoch);
        QCOMPARE(page.changes.size(), std::size_t(1)); // the acknowledged op survived the restart
    }
};

QTEST_GUILESS_MAIN(TestHubSync)
#include "test_hub_sync.moc"
