// Push and pull against a real balgul-hub: idempotent ops and their replayed answers, field merge,
// authorization, deletion, authors from the account, paging.

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

    void replayAnswersAsTheFirstTime()
    {
        BALGUL_START_HUB(hub, dir);
        Fixture f;
        QVERIFY(prepare(hub, f));
        const auto push = [&](const std::string& token, const std::string& clientId, const std::string& ops) {
            const auto reply = hub.authed(token, "POST", "/v1/sync/push",
                                          "{\"client_id\":\"" + clientId + "\",\"ops\":[" + ops + "]}");
            if (reply.status != 200)
                qWarning() << reply.status << reply.body.c_str();
            return reply.body;
        };
        const std::string problem = kProblemA;
        const std::string create =
            "{\"op_id\":\"op-create\",\"kind\":\"upsert\",\"entity\":\"problem\",\"id\":\"" + problem +
            "\",\"base_version\":0,\"fields\":" + problemFields() + "}";
        const std::string applied = push(f.alice, "laptop", create);
        auto created = core::sync::decodePushResponse(applied);
        QVERIFY(created.ok());
        BALGUL_COMPARE_ENUM(created->results.at(0).status, OpStatus::Applied);
        const std::string v1 = std::to_string(created->results[0].version);

        const std::string foreign =
            "{\"op_id\":\"op-foreign\",\"kind\":\"upsert\",\"entity\":\"problem\",\"id\":\"" + problem +
            "\",\"base_version\":" + v1 + ",\"fields\":{\"title\":\"mine\"}}";
        const std::string rejected = push(f.carol, "carols-phone", foreign);
        QVERIFY2(rejected.find("\"status\":\"rejected\"") != std::string::npos, rejected.c_str());
        QVERIFY(rejected.find("\"code\":\"forbidden\"") != std::string::npos);

        QVERIFY(!push(f.alice, "laptop",
                      "{\"op_id\":\"op-edit\",\"kind\":\"upsert\",\"entity\":\"problem\",\"id\":\"" +
                          problem + "\",\"base_version\":" + v1 +
                          ",\"fields\":{\"title\":\"Dust at the gate\"}}")
                     .empty());
        const std::string edit =
            "{\"op_id\":\"op-conflict\",\"kind\":\"upsert\",\"entity\":\"problem\",\"id\":\"" + problem +
            "\",\"base_version\":" + v1 + ",\"fields\":{\"title\":\"Dust by the bus stop\",\"lat\":36.351}}";
        const std::string conflict = push(f.alice, "phone", edit);
        QVERIFY2(conflict.find("\"status\":\"conflict\"") != std::string::npos, conflict.c_str());
        QVERIFY(conflict.find("\"conflicts\":{\"title\":\"Dust at the gate\"}") != std::string::npos);
        const std::int64_t seqBefore = hub.pull(f.alice).next;

        // From the store, not from memory: the hub restarts before the retries.
        QCOMPARE(hub.stop(), 0);
        QVERIFY(hub.start());
        const auto withoutMark = [](std::string body, int expected) {
            const std::string mark = ",\"replayed\":true}";
            int found = 0;
            for (auto at = body.find(mark); at != std::string::npos; at = body.find(mark, at)) {
                body.replace(at, mark.size(), "}");
                ++found;
            }
            return found == expected ? body : "replayed " + std::to_string(found) + " times: " + body;
        };
        QCOMPARE(withoutMark(push(f.alice, "laptop", create), 1), applied);
        QCOMPARE(withoutMark(push(f.carol, "carols-phone", foreign), 1), rejected);
        QCOMPARE(withoutMark(push(f.alice, "phone", edit), 1), conflict);
        // A retry carries the same op id whatever else it says, alone or twice in one push.
        std::string changed = edit;
        changed.replace(changed.find("Dust by the bus stop"), 20, "changed on the retry");
        const auto twice = core::sync::decodePushResponse(push(f.alice, "phone", changed + "," + changed));
        QVERIFY(twice.ok());
        QCOMPARE(twice->results.size(), std::size_t(2));
        for (const auto& r : twice->results) {
            QVERIFY(r.replayed);
            BALGUL_COMPARE_ENUM(r.status, OpStatus::Conflict);
            QCOMPARE(r.conflicts->getValue<std::string>("title"), std::string("Dust at the gate"));
            QCOMPARE(r.appliedFields, std::vector<std::string>{"lat"});
        }
        const auto after = hub.pull(f.alice);
        QCOMPARE(after.next, seqBefore); // nothing changed
        QCOMPARE(after.changes.at(0).fields->getValue<std::string>("title"), std::string("Dust at the gate"));

        // Another user reusing the op id is refused, not answered with alice's result.
        const auto stolen =
            hub.push(f.carol, {makeOp("op-create", "problem", kProblemB, 0, problemFields())});
        BALGUL_COMPARE_ENUM(stolen.at(0).status, OpStatus::Rejected);
        QCOMPARE(stolen[0].code, std::string("op_id_taken"));
        QVERIFY(!stolen[0].replayed);
    }

    void deletedProblemStaysDeletedForOthers()
    {
        BALGUL_START_HUB(hub, dir);
        Fixture f;
        QVERIFY(prepare(hub, f));
        const std::string problem = kProblemA;
        QVERIFY(hub.push(f.alice, {makeOp("c1", "problem", kProblemA, 0, problemFields())}).at(0).version >
                0);
        const auto deleted = hub.push(f.alice, {makeOp("d1", "problem", kProblemA, 1, "{}", OpKind::Delete)});
        BALGUL_COMPARE_ENUM(deleted.at(0).status, OpStatus::Applied);
        const std::string n = std::to_string(deleted[0].version);
        const auto tryBack = [&](const std::string& token, const std::string& opId,
                                 const std::string& fields) {
            const auto reply =
                hub.authed(token, "POST", "/v1/sync/push",
                           "{\"client_id\":\"x\",\"ops\":[{\"op_id\":\"" + opId +
                               "\",\"kind\":\"upsert\",\"entity\":\"problem\",\"id\":\"" + problem +
                               "\",\"base_version\":" + n + ",\"fields\":" + fields + "}]}");
            auto decoded = core::sync::decodePushResponse(reply.body);
            return decoded && decoded->results.size() == 1 ? decoded->results[0] : core::sync::PushResult{};
        };
        const auto stillDeleted = [&] {
            const auto page = hub.pull(f.carol);
            if (page.changes.size() != 1 || !page.changes[0].deleted || page.next != deleted[0].version)
                return false;
            if (hub.request("GET", "/open311/v2/requests/" + problem + ".json").status != 404)
                return false;
            const auto list = hub.request("GET", "/open311/v2/requests.json?service_request_id=" + problem);
            return list.status == 200 && list.body.find(problem) == std::string::npos;
        };
        QVERIFY(stillDeleted());

        // Not the author, no coordinator: nothing brings it back.
        for (const auto& [opId, fields] :
             std::vector<std::pair<std::string, std::string>>{{"r1", "{}"},
                                                              {"r2", "{\"status\":\"new\"}"},
                                                              {"r3", "{\"author\":\"carol\"}"},
                                                              {"r4", "{\"title\":\"mine now\"}"}}) {
            const auto r = tryBack(f.carol, opId, fields);
            BALGUL_COMPARE_ENUM(r.status, OpStatus::Rejected);
            QCOMPARE(r.code, std::string("forbidden"));
            QVERIFY2(stillDeleted(), fields.c_str());
        }
        // The author with nothing to set: nothing changes, and it stays deleted.
        const auto empty = tryBack(f.alice, "a1", "{\"status\":\"new\"}");
        BALGUL_COMPARE_ENUM(empty.status, OpStatus::Applied);
        QCOMPARE(empty.version, deleted[0].version);
        QVERIFY(stillDeleted());

        // The author with a field of theirs brings it back.
        const auto back = tryBack(f.alice, "a2", "{\"title\":\"Dust again\"}");
        BALGUL_COMPARE_ENUM(back.status, OpStatus::Applied);
        QVERIFY(back.version > deleted[0].version);
        const auto page = hub.pull(f.carol);
        QCOMPARE(page.changes.size(), std::size_t(1));
        QVERIFY(!page.changes[0].deleted);
        QCOMPARE(page.changes[0].fields->getValue<std::string>("title"), std::string("Dust again"));
        QCOMPARE(hub.request("GET", "/open311/v2/requests/" + problem + ".json").status, 200);
    }

    void authorsComeFromTheAccount()
    {
        BALGUL_START_HUB(hub, dir);
        Fixture f;
        QVERIFY(prepare(hub, f));
        QCOMPARE(hub.userCommand({QStringLiteral("add"), QStringLiteral("dana"), QStringLiteral("--role"),
                                  QStringLiteral("citizen"), QStringLiteral("--display-name"),
                                  QStringLiteral("Dana Lee"), QStringLiteral("--password-stdin")},
                                 "correct horse\n"),
                 0);
        const auto login =
            hub.request("POST", "/v1/auth/login", "{\"login\":\"dana\",\"password\":\"correct horse\"}");
        auto answer = core::sync::parseObject(login.body);
        QVERIFY(answer.ok());
        const std::string dana = (*answer)->getValue<std::string>("token");
        const std::string danaId = (*answer)->getValue<std::string>("user_id");
        QCOMPARE((*answer)->getValue<std::string>("display_name"), std::string("Dana Lee"));

        const std::string comment = "0b7e1a2c-3d4e-4f50-8a6b-7c8d9e0f1a2b";
        const auto reply = hub.authed(
            dana, "POST", "/v1/sync/push",
            std::string("{\"client_id\":\"danas-laptop\",\"ops\":[") +
                "{\"op_id\":\"p\",\"kind\":\"upsert\",\"entity\":\"problem\",\"id\":\"" + kProblemA +
                "\",\"base_version\":0,\"fields\":{\"title\":\"Dust\",\"category\":\"air\",\"lat\":36.35,"
                "\"lon\":127.38," +
                "\"author\":\"Coordinator Kim\",\"author_id\":\"someone-else\"}}," +
                "{\"op_id\":\"c\",\"kind\":\"upsert\",\"entity\":\"comment\",\"id\":\"" + comment +
                "\",\"base_version\":0,\"fields\":{\"problem_id\":\"" + kProblemA +
                "\",\"text\":\"We will fix it this week.\",\"author\":\"Coordinator Kim\"}}," +
                "{\"op_id\":\"s\",\"kind\":\"upsert\",\"entity\":\"support\",\"id\":\"" + kProblemA +
                "\",\"base_version\":0,\"fields\":{\"problem_id\":\"" + kProblemA +
                "\",\"user\":\"Somebody Else\"}}]}");
        QCOMPARE(reply.status, 200);
        auto results = core::sync::decodePushResponse(reply.body);
        QVERIFY(results.ok());
        for (const auto& r : results->results)
            BALGUL_COMPARE_ENUM(r.status, OpStatus::Applied);

        const auto page = hub.pull(f.carol);
        QCOMPARE(page.changes.size(), std::size_t(3));
        for (const auto& c : page.changes) {
            const std::string name = c.entity == "support" ? "user" : "author";
            QCOMPARE(c.fields->getValue<std::string>(name), std::string("Dana Lee"));
            QCOMPARE(c.fields->getValue<std::string>(name + "_id"), danaId);
            QCOMPARE(c.fields->getValue<std::string>("owner_id"), danaId);
        }
        for (const auto& row : hub.storeRows("SELECT fields FROM entities"))
            QVERIFY2(row.at(0).find("Coordinator Kim") == std::string::npos &&
                         row.at(0).find("Somebody Else") == std::string::npos,
                     row.at(0).c_str());

        // Later edits cannot rename the author either: an author field alone changes nothing (and
        // is no one else's to send: the comment stays its author's).
        const std::int64_t last = page.next;
        const std::int64_t commentVersion = page.changes.at(1).version;
        const auto rename = [&](const std::string& token) {
            return hub.push(token, {makeOp("rename-" + token.substr(0, 6), "comment", comment, commentVersion,
                                           "{\"author\":\"Coordinator Kim\"}")});
        };
        BALGUL_COMPARE_ENUM(rename(dana).at(0).status, OpStatus::Applied);
        QCOMPARE(rename(f.carol).at(0).code, std::string("forbidden"));
        const auto again = hub.pull(f.carol);
        QCOMPARE(again.next, last);
        QCOMPARE(again.changes.at(1).fields->getValue<std::string>("author"), std::string("Dana Lee"));
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
        // Whose it was, so every client can find it: supports are keyed by the account.
        const std::string carolId = page.changes[1].fields->getValue<std::string>("author_id");
        QVERIFY(!carolId.empty());
        QCOMPARE(page.changes[2].fields->getValue<std::string>("user_id"), carolId);
        QCOMPARE(page.changes[2].fields->getValue<std::string>("owner_id"), carolId);
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
