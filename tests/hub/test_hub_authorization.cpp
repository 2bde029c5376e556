// Who may do what on a real balgul-hub: every endpoint × role (anonymous, citizen, coordinator,
// admin) × own or someone else's entity, as the expected HTTP status or push result code.

#include "hub_process.h"

#include "core/util/ids.h"
#include "core/util/json_writer.h"

#include <QObject>

#include <map>
#include <memory>

using namespace balgul;
using core::sync::OpKind;
using core::sync::OpStatus;

namespace {

/// The push result of one op as text: "applied", "conflict", "duplicate" or the rejection code.
std::string outcome(const std::vector<core::sync::PushResult>& results)
{
    if (results.size() != 1)
        return "no result";
    const auto& r = results.front();
    if (r.status == OpStatus::Rejected)
        return r.code;
    return std::string(core::sync::toString(r.status));
}

/// A pilot's zone and goals as the protocol carries them.
constexpr const char* kPilotZone = R"({"type":"MultiPolygon","coordinates":[[[[127.38,36.35],[127.39,36.35],)"
                                   R"([127.39,36.36],[127.38,36.36],[127.38,36.35]]]]})";
constexpr const char* kPilotGoals =
    R"([{"quantity":"pm25","statistic":"mean_24h","direction":"decrease","target_percent":10}])";

struct Made
{
    std::string id;
    std::int64_t version = 0;
};

} // namespace

class TestHubAuthorization : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    std::map<QString, std::string> m_tokens; ///< role → token; "other" is a second citizen
    int m_registered = 0;

    test::HubProcess& hub() { return *m_hub; }

    std::string token(const QString& who) { return who == QStringLiteral("anonymous") ? "" : m_tokens[who]; }

    /// Pushes one op as `who` ("" token: anonymous): the HTTP status and the op's outcome.
    std::pair<int, std::string> pushAs(const std::string& tok, const core::sync::Op& op)
    {
        int status = 0;
        std::vector<core::sync::PushResult> results;
        if (tok.empty()) {
            const auto reply = hub().request("POST", "/v1/sync/push",
                                             core::sync::encode(core::sync::PushRequest{"client-x", {op}}));
            status = reply.status;
        } else {
            results = hub().push(tok, {op}, "client-" + tok.substr(0, 8), &status);
        }
        return {status, status == 200 ? outcome(results) : std::string()};
    }

    /// Makes (or, from `base`, changes) an entity as `tok`; fails the test when the hub does not apply it.
    Made make(const std::string& tok, const std::string& entity, const std::string& id,
              const std::string& fields, std::int64_t base = 0)
    {
        const auto results = hub().push(tok, {test::makeOp(core::newUuidV7(), entity, id, base, fields)},
                                        "client-" + tok.substr(0, 8));
        if (results.size() != 1 || results.front().status != OpStatus::Applied) {
            qWarning() << "could not make a" << entity.c_str() << outcome(results).c_str();
            return {};
        }
        return {id, results.front().version};
    }

    Made makeProblem(const std::string& tok)
    {
        return make(tok, "problem", core::newUuid(), test::problemFields());
    }

    std::string putBlob(const std::string& tok, const std::string& bytes)
    {
        const std::string name = core::sha256Hex(bytes);
        hub().authed(tok, "PUT", "/v1/blobs/" + name, bytes, {{"Content-Type", "application/octet-stream"}});
        return name;
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_hub = std::make_unique<test::HubProcess>(
            m_dir->path(), QStringList{QStringLiteral("open_registration = true"),
                                       QStringLiteral("login_attempts_per_address = 100000"),
                                       QStringLiteral("login_attempts_per_login = 100000"),
                                       QStringLiteral("access_log = ")});
        QVERIFY2(m_hub->start(), "balgul-hub did not start");
        const std::pair<const char*, const char*> users[] = {
            {"citizen", "citizen"}, {"other", "citizen"}, {"coordinator", "coordinator"}, {"admin", "admin"}};
        for (const auto& [name, role] : users) {
            QVERIFY(hub().addUser(QString::fromLatin1(name), QString::fromLatin1(role)));
            m_tokens[QString::fromLatin1(name)] = hub().login(name);
            QVERIFY(!m_tokens[QString::fromLatin1(name)].empty());
        }
    }

    void cleanupTestCase()
    {
        if (m_hub)
            QCOMPARE(m_hub->stop(), 0);
    }

    void httpEndpoints_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("expected");

        const QString roles[] = {QStringLiteral("anonymous"), QStringLiteral("citizen"),
                                 QStringLiteral("coordinator"), QStringLiteral("admin")};
        for (const QString& role : roles) {
            const bool anonymous = role == QStringLiteral("anonymous");
            const QByteArray r = role.toUtf8();
            QTest::addRow("%s reads the hub info", r.constData()) << role << QStringLiteral("info") << 200;
            QTest::addRow("%s registers a new account", r.constData())
                << role << QStringLiteral("register") << 201;
            QTest::addRow("%s logs in", r.constData())
                << role << QStringLiteral("login") << (anonymous ? 401 : 200);
            QTest::addRow("%s pulls", r.constData())
                << role << QStringLiteral("pull") << (anonymous ? 401 : 200);
            QTest::addRow("%s pushes an empty batch", r.constData())
                << role << QStringLiteral("push") << (anonymous ? 401 : 200);
            QTest::addRow("%s asks for a blob it lacks (HEAD)", r.constData())
                << role << QStringLiteral("blob head missing") << (anonymous ? 401 : 404);
            QTest::addRow("%s asks for another's blob (HEAD)", r.constData())
                << role << QStringLiteral("blob head") << (anonymous ? 401 : 200);
            QTest::addRow("%s uploads a blob (PUT)", r.constData())
                << role << QStringLiteral("blob put") << (anonymous ? 401 : 201);
            QTest::addRow("%s reads another's blob (GET)", r.constData())
                << role << QStringLiteral("blob get") << (anonymous ? 401 : 200);
            QTest::addRow("%s lists Open311 services", r.constData())
                << role << QStringLiteral("open311 services") << 200;
            QTest::addRow("%s lists Open311 requests", r.constData())
                << role << QStringLiteral("open311 requests") << 200;
            QTest::addRow("%s files an Open311 request", r.constData())
                << role << QStringLiteral("open311 post") << (anonymous ? 403 : 201);
        }
        QTest::addRow("forged token pulls") << QStringLiteral("forged") << QStringLiteral("pull") << 401;
        QTest::addRow("forged token uploads a blob")
            << QStringLiteral("forged") << QStringLiteral("blob put") << 401;
        QTest::addRow("forged api_key files an Open311 request")
            << QStringLiteral("forged") << QStringLiteral("open311 post") << 403;
    }

    void httpEndpoints()
    {
        QFETCH(QString, role);
        QFETCH(QString, action);
        QFETCH(int, expected);
        std::string tok = token(role);
        if (role == QStringLiteral("forged"))
            tok = std::string(64, 'a');
        const auto call = [&](const std::string& method, const std::string& path,
                              const std::string& body = {}, std::map<std::string, std::string> headers = {}) {
            if (!tok.empty())
                headers["Authorization"] = "Bearer " + tok;
            return hub().request(method, path, body, headers);
        };
        const std::map<std::string, std::string> octets{{"Content-Type", "application/octet-stream"}};
        // Someone else's blob, for HEAD and GET.
        const std::string stored = putBlob(m_tokens[QStringLiteral("other")], "photo of the dusty road");

        test::HttpReply reply;
        if (action == QStringLiteral("info")) {
            reply = call("GET", "/v1/info");
        } else if (action == QStringLiteral("register")) {
            const std::string login = "newcomer" + std::to_string(++m_registered);
            reply = call("POST", "/v1/auth/register",
                         R"({"login":")" + login + R"(","password":"long enough password"})");
            if (reply.status == 201) {
                auto body = core::sync::parseObject(reply.body);
                QVERIFY(body.ok());
                QCOMPARE((*body)->getValue<std::string>("role"), std::string("citizen"));
            }
        } else if (action == QStringLiteral("login")) {
            const std::string login = role == QStringLiteral("anonymous") ? "nobody" : role.toStdString();
            reply =
                call("POST", "/v1/auth/login", R"({"login":")" + login + R"(","password":"correct horse"})");
        } else if (action == QStringLiteral("pull")) {
            reply = call("GET", "/v1/sync/pull?since=0");
        } else if (action == QStringLiteral("push")) {
            reply = call("POST", "/v1/sync/push", R"({"client_id":"c","ops":[]})");
        } else if (action == QStringLiteral("blob head missing")) {
            reply = call("HEAD", "/v1/blobs/" + core::sha256Hex("never uploaded"));
        } else if (action == QStringLiteral("blob head")) {
            reply = call("HEAD", "/v1/blobs/" + stored);
        } else if (action == QStringLiteral("blob put")) {
            const std::string bytes = "fresh bytes from " + role.toStdString() + " " + core::newUuid();
            reply = call("PUT", "/v1/blobs/" + core::sha256Hex(bytes), bytes, octets);
        } else if (action == QStringLiteral("blob get")) {
            reply = call("GET", "/v1/blobs/" + stored);
            if (reply.status == 200)
                QCOMPARE(reply.body, std::string("photo of the dusty road"));
        } else if (action == QStringLiteral("open311 services")) {
            reply = call("GET", "/open311/v2/services.json");
        } else if (action == QStringLiteral("open311 requests")) {
            reply = call("GET", "/open311/v2/requests.json");
        } else if (action == QStringLiteral("open311 post")) {
            std::string form = "service_code=air&lat=36.35&long=127.38&description=Dust";
            if (!tok.empty())
                form += "&api_key=" + tok;
            reply = hub().request("POST", "/open311/v2/requests.json", form,
                                  {{"Content-Type", "application/x-www-form-urlencoded"}});
        } else {
            QFAIL("unknown action");
        }
        QCOMPARE(reply.status, expected);
        if (expected == 401 && !action.startsWith(QStringLiteral("blob head")) &&
            action != QStringLiteral("login"))
            QCOMPARE(reply.errorCode(), std::string("unauthorized"));
    }

    void pushOps_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("own");
        QTest::addColumn<QString>("expected");

        struct Rule
        {
            const char* action;
            const char* text;
            bool own;
            const char* anon;
            const char* citizen;
            const char* coordinator;
            const char* admin;
        };
        const char* A = "applied";
        const char* F = "forbidden";
        const char* U = "401";
        const Rule rules[] = {
            {"problem create", "creates a problem", true, U, A, A, A},
            {"problem create resolved", "creates a problem already resolved", true, U, F, A, A},
            {"problem create taken id", "creates a problem under another's id", false, U, "id_taken",
             "id_taken", "id_taken"},
            {"problem title", "edits own problem's title", true, U, A, A, A},
            {"problem title", "edits other's problem title", false, U, F, F, A},
            {"problem status", "changes own problem's status", true, U, F, A, A},
            {"problem status", "changes other's problem status", false, U, F, A, A},
            {"problem duplicate_of", "marks other's problem as a duplicate", false, U, F, A, A},
            {"problem same status", "resends other's problem status unchanged", false, U, A, A, A},
            {"problem delete", "deletes own problem", true, U, A, A, A},
            {"problem delete", "deletes other's problem", false, U, F, A, A},
            // Bringing a deleted problem back takes the right to delete it and a field one may set;
            // without such a field the op changes nothing (and it stays deleted).
            {"problem revive nothing", "brings own deleted problem back with no fields", true, U, A, A, A},
            {"problem revive nothing", "brings other's deleted problem back with no fields", false, U, F, A,
             A},
            {"problem revive status", "brings other's deleted problem back with its status as it was", false,
             U, F, A, A},
            {"problem revive title", "brings own deleted problem back with a new title", true, U, A, A, A},
            {"problem revive title", "brings other's deleted problem back with a new title", false, U, F, F,
             A},
            {"comment revive", "brings own deleted comment back", true, U, A, A, A},
            {"comment revive", "brings other's deleted comment back", false, U, F, F, A},
            {"comment create", "comments on other's problem", false, U, A, A, A},
            {"comment create orphan", "comments on a problem that does not exist", false, U, "not_found",
             "not_found", "not_found"},
            {"comment edit", "edits own comment", true, U, A, A, A},
            {"comment edit", "edits other's comment", false, U, F, F, A},
            {"comment delete", "deletes own comment", true, U, A, A, A},
            {"comment delete", "deletes other's comment", false, U, F, A, A},
            {"support create", "supports other's problem", false, U, A, A, A},
            {"support delete", "withdraws own support", true, U, A, A, A},
            {"support delete", "withdraws other's support", false, U, "not_found", "not_found", "not_found"},
            // Statuses move through status_change entries; the hub decides from the account alone.
            {"status confirm", "confirms own problem", true, U, F, A, A},
            {"status confirm", "confirms other's problem", false, U, F, A, A},
            {"status confirm without note", "confirms other's problem without a note", false, U, F,
             "invalid_field", "invalid_field"},
            {"status close without reason", "closes other's problem without a reason", false, U, F,
             "invalid_field", "invalid_field"},
            {"status close", "closes other's problem as a duplicate", false, U, F, A, A},
            {"status reopen", "reopens own resolved problem", true, U, A, A, A},
            {"status reopen", "reopens other's resolved problem", false, U, F, A, A},
            {"status reopen new", "reopens own new problem", true, U, F, "invalid_transition",
             "invalid_transition"},
            {"status reopen twice", "reopens own problem a second time", true, U, F, "invalid_transition",
             "invalid_transition"},
            {"status stale", "changes other's status from one it no longer has", false, U, F,
             "status_changed", "status_changed"},
            {"status delete", "removes a coordinator's history entry", false, U, F, F, F},
            {"status edit", "rewrites a coordinator's history entry", false, U, F, F, F},
            {"status field reopen", "reopens own resolved problem through its status field", true, U, F, A,
             A},
            // Merging duplicates is staff's, and so is undoing a merge (deleting it).
            {"merge create", "merges other's problem into another", false, U, F, A, A},
            {"merge undo", "undoes a merge another coordinator made", false, U, F, A, A},
            {"attachment create", "attaches to own problem", true, U, A, A, A},
            {"attachment create", "attaches to other's problem", false, U, F, A, A},
            {"attachment missing blob", "attaches bytes the hub lacks", true, U, "missing_blob",
             "missing_blob", "missing_blob"},
            {"attachment delete", "removes own problem's attachment", true, U, A, A, A},
            {"attachment delete", "removes other's problem attachment", false, U, F, A, A},
            // Pilots are staff's; their phase history the hub's alone; testers and their feedback anyone's.
            {"pilot create", "makes a pilot", false, U, F, A, A},
            {"pilot edit", "edits a pilot another made", false, U, F, A, A},
            {"pilot phase", "moves a pilot another made to selected", false, U, F, A, A},
            {"pilot phase skip", "moves a proposed pilot to running", false, U, F, "invalid_transition",
             "invalid_transition"},
            {"pilot delete", "deletes a pilot another made", false, U, F, A, A},
            {"pilot revive", "brings a deleted pilot back", false, U, F, A, A},
            {"pilot entry create", "writes a pilot's phase history entry", false, U, F, F, F},
            {"pilot entry edit", "rewrites a pilot's phase history entry", false, U, F, F, F},
            {"pilot entry delete", "removes a pilot's phase history entry", false, U, F, F, F},
            {"tester join", "joins a pilot as a tester", false, U, A, A, A},
            {"tester join evaluated", "joins an evaluated pilot", false, U, F, F, F},
            {"tester join missing", "joins a pilot that does not exist", false, U, "not_found", "not_found",
             "not_found"},
            {"tester leave", "leaves a pilot", true, U, A, A, A},
            {"tester leave", "makes another tester leave", false, U, "not_found", "not_found", "not_found"},
            {"feedback create", "gives feedback on a pilot it tests", true, U, A, A, A},
            {"feedback create", "gives feedback on a pilot it does not test", false, U, F, F, F},
            {"feedback edit", "edits own feedback", true, U, A, A, A},
            {"feedback edit", "edits other's feedback", false, U, F, F, F},
            {"feedback delete", "deletes own feedback", true, U, A, A, A},
            {"feedback delete", "deletes other's feedback", false, U, F, A, A},
        };
        const char* roles[] = {"anonymous", "citizen", "coordinator", "admin"};
        for (const auto& rule : rules) {
            const char* expected[] = {rule.anon, rule.citizen, rule.coordinator, rule.admin};
            for (int i = 0; i < 4; ++i) {
                if (i == 0 && rule.own)
                    continue; // anonymous owns nothing
                QTest::addRow("%s %s", roles[i], rule.text)
                    << QString::fromLatin1(roles[i]) << QString::fromLatin1(rule.action) << rule.own
                    << QString::fromLatin1(expected[i]);
            }
        }
    }

    void pushOps()
    {
        QFETCH(QString, role);
        QFETCH(QString, action);
        QFETCH(bool, own);
        QFETCH(QString, expected);
        const std::string actor = token(role);
        // The owner of the entity acted on: the actor, or another citizen. Anonymous acts on the
        // other citizen's entities.
        const std::string owner = own ? actor : m_tokens[QStringLiteral("other")];
        const std::string act = action.toStdString();
        const auto opFor = [](const std::string& entity, const std::string& id, std::int64_t base,
                              const std::string& fields, OpKind kind = OpKind::Upsert) {
            return test::makeOp(core::newUuidV7(), entity, id, base, fields, kind);
        };

        core::sync::Op op;
        std::int64_t deletedAt = 0; // the revive actions: the version of the deletion
        std::string duplicate;      // the merge actions: the problem merged, and the one kept
        std::string kept;
        if (act == "problem create") {
            op = opFor("problem", core::newUuid(), 0, test::problemFields());
        } else if (act == "problem create resolved") {
            op = opFor(
                "problem", core::newUuid(), 0,
                R"({"title":"Fixed already","category":"air","lat":36.3,"lon":127.3,"status":"resolved"})");
        } else if (act == "problem create taken id") {
            const Made p = makeProblem(owner);
            QVERIFY(!p.id.empty());
            op = opFor("problem", p.id, 0, test::problemFields("Mine now"));
        } else if (act.starts_with("problem revive")) {
            const Made p = makeProblem(owner);
            QVERIFY(!p.id.empty());
            const auto gone = hub().push(owner, {opFor("problem", p.id, p.version, "{}", OpKind::Delete)});
            QVERIFY(gone.size() == 1 && gone[0].status == OpStatus::Applied);
            deletedAt = gone[0].version;
            const std::string fields = act == "problem revive nothing"  ? "{}"
                                       : act == "problem revive status" ? R"({"status":"new"})"
                                                                        : R"({"title":"Back again"})";
            op = opFor("problem", p.id, deletedAt, fields);
        } else if (act == "comment revive") {
            const Made p = makeProblem(m_tokens[QStringLiteral("other")]);
            const Made c = make(owner, "comment", core::newUuid(),
                                R"({"problem_id":")" + p.id + R"(","text":"First words"})");
            QVERIFY(!c.id.empty());
            const auto gone = hub().push(owner, {opFor("comment", c.id, c.version, "{}", OpKind::Delete)});
            QVERIFY(gone.size() == 1 && gone[0].status == OpStatus::Applied);
            deletedAt = gone[0].version;
            op = opFor("comment", c.id, deletedAt, R"({"text":"First words, again"})");
        } else if (act.starts_with("problem ")) {
            const Made p = makeProblem(owner);
            QVERIFY(!p.id.empty());
            if (act == "problem title")
                op = opFor("problem", p.id, p.version, R"({"title":"A better title"})");
            else if (act == "problem status")
                op = opFor("problem", p.id, p.version, R"({"status":"confirmed"})");
            else if (act == "problem same status")
                op = opFor("problem", p.id, p.version, R"({"status":"new"})");
            else if (act == "problem duplicate_of")
                op = opFor("problem", p.id, p.version, R"({"duplicate_of":")" + core::newUuid() + R"("})");
            else if (act == "problem delete")
                op = opFor("problem", p.id, p.version, "{}", OpKind::Delete);
        } else if (act.starts_with("status ")) {
            const std::string coordinator = m_tokens[QStringLiteral("coordinator")];
            const Made p = makeProblem(owner);
            QVERIFY(!p.id.empty());
            const auto change = [&](const std::string& from, const std::string& to, const std::string& note,
                                    const std::string& reason = {}) {
                core::JsonObjectWriter w;
                w.add("problem_id", p.id).add("from", from).add("to", to);
                if (!note.empty())
                    w.add("note", note);
                if (!reason.empty())
                    w.add("reason", reason);
                return w.str();
            };
            const bool resolved = act.starts_with("status reopen") && act != "status reopen new";
            if (resolved || act == "status field reopen")
                QVERIFY(!make(coordinator, "status_change", core::newUuid(),
                              change("new", "resolved", "Fixed on Monday"))
                             .id.empty());
            if (act == "status reopen twice")
                QVERIFY(!make(owner, "status_change", core::newUuid(),
                              change("resolved", "reopened", "Still broken"))
                             .id.empty());
            if (act == "status confirm")
                op = opFor("status_change", core::newUuid(), 0, change("new", "confirmed", "Seen it"));
            else if (act == "status confirm without note")
                op = opFor("status_change", core::newUuid(), 0, change("new", "confirmed", ""));
            else if (act == "status close without reason")
                op = opFor("status_change", core::newUuid(), 0, change("new", "closed", "Gone"));
            else if (act == "status close")
                op = opFor("status_change", core::newUuid(), 0,
                           change("new", "closed", "Same as the school one", "duplicate"));
            else if (act == "status reopen")
                op = opFor("status_change", core::newUuid(), 0,
                           change("resolved", "reopened", "Still broken"));
            else if (act == "status reopen new")
                op = opFor("status_change", core::newUuid(), 0, change("new", "reopened", "Why"));
            else if (act == "status reopen twice")
                op = opFor("status_change", core::newUuid(), 0, change("reopened", "reopened", "Again"));
            else if (act == "status stale")
                op = opFor("status_change", core::newUuid(), 0, change("confirmed", "in_progress", "On it"));
            else if (act == "status field reopen")
                op = opFor("problem", p.id, 0, core::JsonObjectWriter().add("status", "reopened").str());
            else { // an entry a coordinator wrote, removed or rewritten
                const Made entry = make(coordinator, "status_change", core::newUuid(),
                                        change("new", "confirmed", "Seen it"));
                QVERIFY(!entry.id.empty());
                op = act == "status delete"
                         ? opFor("status_change", entry.id, entry.version, "{}", OpKind::Delete)
                         : opFor("status_change", entry.id, entry.version,
                                 change("new", "confirmed", "Never seen"));
            }
            if (act == "status field reopen") { // the base: the problem as it is now
                const auto v = hub().storeQuery(
                    "SELECT seq FROM entities WHERE entity = 'problem' AND id = '" + p.id + "'");
                op.baseVersion = std::stoll(v);
            }
        } else if (act == "comment create") {
            const Made p = makeProblem(owner);
            op = opFor("comment", core::newUuid(), 0, R"({"problem_id":")" + p.id + R"(","text":"Me too"})");
        } else if (act == "comment create orphan") {
            op = opFor("comment", core::newUuid(), 0,
                       R"({"problem_id":")" + core::newUuid() + R"(","text":"Where is it?"})");
        } else if (act == "comment edit" || act == "comment delete") {
            const Made p = makeProblem(m_tokens[QStringLiteral("other")]);
            const Made c = make(owner, "comment", core::newUuid(),
                                R"({"problem_id":")" + p.id + R"(","text":"First words"})");
            QVERIFY(!c.id.empty());
            op = act == "comment edit" ? opFor("comment", c.id, c.version, R"({"text":"Second words"})")
                                       : opFor("comment", c.id, c.version, "{}", OpKind::Delete);
        } else if (act == "support create") {
            const Made p = makeProblem(owner);
            op = opFor("support", p.id, 0, "{}");
        } else if (act == "support delete") {
            const Made p = makeProblem(m_tokens[QStringLiteral("other")]);
            const Made s = make(owner, "support", p.id, "{}");
            QVERIFY(!s.id.empty());
            op = opFor("support", p.id, s.version, "{}", OpKind::Delete);
        } else if (act.starts_with("merge ")) {
            // Both problems are the other citizen's; the undone merge is staff's other than the actor.
            const Made d = makeProblem(m_tokens[QStringLiteral("other")]);
            const Made k = makeProblem(m_tokens[QStringLiteral("other")]);
            QVERIFY(!d.id.empty() && !k.id.empty());
            duplicate = d.id;
            kept = k.id;
            const std::string fields = core::JsonObjectWriter()
                                           .add("duplicate_id", d.id)
                                           .add("kept_id", k.id)
                                           .add("note", "Same road")
                                           .str();
            if (act == "merge create") {
                op = opFor("problem_merge", core::newUuid(), 0, fields);
            } else {
                const std::string maker = role == QStringLiteral("coordinator")
                                              ? m_tokens[QStringLiteral("admin")]
                                              : m_tokens[QStringLiteral("coordinator")];
                const Made merge = make(maker, "problem_merge", core::newUuid(), fields);
                QVERIFY(!merge.id.empty());
                op = opFor("problem_merge", merge.id, merge.version, "{}", OpKind::Delete);
            }
        } else if (act.starts_with("attachment ")) {
            const Made p = makeProblem(owner);
            QVERIFY(!p.id.empty());
            const std::string sha =
                act == "attachment missing blob"
                    ? core::sha256Hex("never uploaded " + core::newUuid())
                    : putBlob(m_tokens[QStringLiteral("other")], "attachment bytes " + core::newUuid());
            const std::string fields =
                "{\"sha256\":\"" + sha + "\",\"file_name\":\"road.jpg\",\"mime\":\"image/jpeg\"}";
            if (act == "attachment delete") {
                const Made a = make(owner, "attachment", p.id, fields);
                QVERIFY(!a.id.empty());
                op = opFor("attachment", p.id, a.version, R"({"sha256":")" + sha + R"("})", OpKind::Delete);
            } else {
                op = opFor("attachment", p.id, 0, fields);
            }
        } else if (act.starts_with("pilot ") || act.starts_with("tester ") || act.starts_with("feedback ")) {
            // Pilots are made by staff other than the actor; testers and feedback are the owner's.
            const std::string maker = role == QStringLiteral("coordinator")
                                          ? m_tokens[QStringLiteral("admin")]
                                          : m_tokens[QStringLiteral("coordinator")];
            const Made p = makeProblem(m_tokens[QStringLiteral("other")]);
            QVERIFY(!p.id.empty());
            const std::string pilotFields = core::JsonObjectWriter()
                                                .add("title", "Water the school road")
                                                .addRaw("problem_ids", "[\"" + p.id + "\"]")
                                                .add("zone", kPilotZone)
                                                .add("start", "2026-03-01")
                                                .add("end", "2026-08-31")
                                                .add("goals", kPilotGoals)
                                                .str();
            if (act == "pilot create") {
                op = opFor("pilot", core::newUuid(), 0, pilotFields);
            } else if (act == "tester join missing") {
                op = opFor("pilot_tester", core::newUuid(), 0, "{}");
            } else {
                Made pilot = make(maker, "pilot", core::newUuid(), pilotFields);
                QVERIFY(!pilot.id.empty());
                const std::string entry = core::JsonObjectWriter()
                                              .add("pilot_id", pilot.id)
                                              .add("from", "proposed")
                                              .add("to", "running")
                                              .add("note", "It ran")
                                              .str();
                const std::string feedback =
                    core::JsonObjectWriter().add("pilot_id", pilot.id).add("text", "Less dust").str();
                if (act == "pilot edit") {
                    op = opFor("pilot", pilot.id, pilot.version, R"({"title":"Water the whole district"})");
                } else if (act == "pilot phase") {
                    op =
                        opFor("pilot", pilot.id, pilot.version, R"({"phase":"selected","phase_note":"Yes"})");
                } else if (act == "pilot phase skip") {
                    op = opFor("pilot", pilot.id, pilot.version, R"({"phase":"running"})");
                } else if (act == "pilot delete") {
                    op = opFor("pilot", pilot.id, pilot.version, "{}", OpKind::Delete);
                } else if (act == "pilot revive") {
                    const auto gone =
                        hub().push(maker, {opFor("pilot", pilot.id, pilot.version, "{}", OpKind::Delete)});
                    QVERIFY(gone.size() == 1 && gone[0].status == OpStatus::Applied);
                    deletedAt = gone[0].version;
                    op = opFor("pilot", pilot.id, deletedAt, R"({"title":"Back again"})");
                } else if (act == "pilot entry create") {
                    op = opFor("pilot_phase_change", core::newUuid(), 0, entry);
                } else if (act.starts_with("pilot entry")) {
                    const std::string id = hub().storeQuery(
                        "SELECT id FROM entities WHERE entity = 'pilot_phase_change' AND fields LIKE '%" +
                        pilot.id + "%'");
                    QVERIFY(!id.empty());
                    const std::int64_t v = std::stoll(hub().storeQuery(
                        "SELECT seq FROM entities WHERE entity = 'pilot_phase_change' AND id = '" + id +
                        "'"));
                    op = act == "pilot entry edit" ? opFor("pilot_phase_change", id, v, entry)
                                                   : opFor("pilot_phase_change", id, v, "{}", OpKind::Delete);
                } else if (act == "tester join") {
                    op = opFor("pilot_tester", pilot.id, 0, "{}");
                } else if (act == "tester join evaluated") {
                    for (const char* to : {"selected", "running", "evaluated"}) {
                        const std::string moveFields = core::JsonObjectWriter().add("phase", to).str();
                        const Made moved = make(maker, "pilot", pilot.id, moveFields, pilot.version);
                        QVERIFY(moved.version > pilot.version);
                        pilot = moved;
                    }
                    op = opFor("pilot_tester", pilot.id, 0, "{}");
                } else {
                    const Made joined = make(owner, "pilot_tester", pilot.id, "{}");
                    QVERIFY(!joined.id.empty());
                    if (act == "tester leave") {
                        op = opFor("pilot_tester", pilot.id, joined.version, "{}", OpKind::Delete);
                    } else if (act == "feedback create") {
                        // The owner joined: the actor gives feedback, a tester or not.
                        op = opFor("pilot_feedback", core::newUuid(), 0, feedback);
                    } else {
                        const Made given = make(owner, "pilot_feedback", core::newUuid(), feedback);
                        QVERIFY(!given.id.empty());
                        op = act == "feedback edit"
                                 ? opFor("pilot_feedback", given.id, given.version, R"({"text":"No change"})")
                                 : opFor("pilot_feedback", given.id, given.version, "{}", OpKind::Delete);
                    }
                }
            }
        } else {
            QFAIL("unknown action");
        }

        const auto [status, result] = pushAs(actor, op);
        if (expected == QStringLiteral("401")) {
            QCOMPARE(status, 401);
            return;
        }
        QCOMPARE(status, 200);
        QCOMPARE(QString::fromStdString(result), expected);

        // A deleted entity comes back only when the op was applied with something to set.
        if (deletedAt > 0) {
            const bool back = result == "applied" && act != "problem revive nothing";
            const auto row =
                hub().storeRows("SELECT CASE WHEN deleted THEN 'deleted' ELSE 'live' END, seq FROM "
                                "entities WHERE entity = '" +
                                op.entity + "' AND id = '" + op.id + "'");
            QCOMPARE(row.size(), std::size_t(1));
            QCOMPARE(row[0].at(0), std::string(back ? "live" : "deleted"));
            if (!back)
                QCOMPARE(row[0].at(1), std::to_string(deletedAt)); // not even a new seq
        }

        // A refused status change leaves no entry, and an applied one moves its problem.
        if (op.entity == "status_change" && op.kind == OpKind::Upsert && op.baseVersion == 0) {
            const std::string entries = hub().storeQuery(
                "SELECT count(*) FROM entities WHERE entity = 'status_change' AND id = '" + op.id + "'");
            QCOMPARE(entries, std::string(result == "applied" ? "1" : "0"));
            const std::string problem =
                hub().storeQuery("SELECT fields FROM entities WHERE entity = 'problem' AND id = '" +
                                 op.fields->getValue<std::string>("problem_id") + "'");
            auto fields = core::sync::parseObject(problem);
            QVERIFY(fields.ok());
            const std::string now = (*fields)->getValue<std::string>("status");
            if (result == "applied")
                QCOMPARE(now, op.fields->getValue<std::string>("to"));
            else
                QCOMPARE(now, op.fields->getValue<std::string>("from") == "confirmed"
                                  ? std::string("new")
                                  : op.fields->getValue<std::string>("from"));
        }

        // A refused pilot op changes nothing; a move, and only a move, writes a history entry.
        if (op.entity == "pilot" && op.kind == OpKind::Upsert && op.baseVersion > 0 && deletedAt == 0) {
            const auto fields = core::sync::parseObject(hub().storeQuery(
                "SELECT fields FROM entities WHERE entity = 'pilot' AND id = '" + op.id + "'"));
            QVERIFY(fields.ok());
            const bool applied = result == "applied";
            QCOMPARE((*fields)->getValue<std::string>("title"),
                     std::string(applied && act == "pilot edit" ? "Water the whole district"
                                                                : "Water the school road"));
            QCOMPARE((*fields)->getValue<std::string>("phase"),
                     std::string(applied && act == "pilot phase" ? "selected" : "proposed"));
            QCOMPARE(hub().storeQuery("SELECT count(*) FROM entities WHERE entity = 'pilot_phase_change' AND "
                                      "fields LIKE '%" +
                                      op.id + "%'"),
                     std::string(applied && act == "pilot phase" ? "2" : "1"));
        }

        // A refused merge or undo changes nothing; an applied one marks the duplicate, or clears it.
        if (!duplicate.empty()) {
            const bool merged = (act == "merge create") == (result == "applied");
            const auto fields = core::sync::parseObject(hub().storeQuery(
                "SELECT fields FROM entities WHERE entity = 'problem' AND id = '" + duplicate + "'"));
            QVERIFY(fields.ok());
            QCOMPARE((*fields)->has("duplicate_of") ? (*fields)->getValue<std::string>("duplicate_of")
                                                    : std::string(),
                     merged ? kept : std::string());
            QCOMPARE((*fields)->getValue<std::string>("status"), std::string(merged ? "closed" : "new"));
            QCOMPARE(
                hub().storeQuery("SELECT count(*) FROM entities WHERE entity = 'problem_merge' AND id = '" +
                                 op.id + "' AND NOT deleted"),
                std::string(merged ? "1" : "0"));
        }

        // A rejected op changes nothing: the entity is as its owner left it.
        if (result != "applied" && (act == "problem title" || act == "problem status")) {
            const std::string field = act == "problem title" ? "title" : "status";
            const std::string value = hub().storeQuery(
                "SELECT fields FROM entities WHERE entity = 'problem' AND id = '" + op.id + "'");
            auto fields = core::sync::parseObject(value);
            QVERIFY(fields.ok());
            QCOMPARE((*fields)->getValue<std::string>(field),
                     std::string(field == "title" ? "Dust on the school road" : "new"));
        }
    }
};

QTEST_GUILESS_MAIN(TestHubAuthorization)
#include "test_hub_authorization.moc"
