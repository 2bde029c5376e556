// Status changes on a real balgul-hub: the history entry is the hub's (the account as author, the
// hub's time, the status it moved from), a replayed op answers as the first time, the author's reopen
// is one per status change, and Open311 says the latest note.

#include "hub_process.h"
#include "open311_reader.h"

#include "core/util/ids.h"
#include "core/util/json_writer.h"
#include "core/util/time.h"

#include <QObject>

#include <memory>

using namespace balgul;
using core::sync::OpStatus;

class TestHubStatus : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    std::string m_author;      ///< a citizen's token
    std::string m_neighbour;   ///< another citizen's
    std::string m_coordinator; ///< a coordinator's
    std::string m_authorId;
    std::string m_coordinatorId;

    test::HubProcess& hub() { return *m_hub; }

    std::string newProblem(const std::string& title)
    {
        const std::string id = core::newUuid();
        const auto r = hub().push(
            m_author, {test::makeOp(core::newUuidV7(), "problem", id, 0, test::problemFields(title))});
        return r.size() == 1 && r[0].status == OpStatus::Applied ? id : std::string();
    }

    static core::sync::Op statusOp(const std::string& problemId, const std::string& from,
                                   const std::string& to, const std::string& note,
                                   const std::string& reason = {},
                                   const std::string& opId = core::newUuidV7())
    {
        core::JsonObjectWriter w;
        w.add("problem_id", problemId).add("from", from).add("to", to).add("note", note);
        if (!reason.empty())
            w.add("reason", reason);
        return test::makeOp(opId, "status_change", core::newUuid(), 0, w.str());
    }

    /// The pushed op's outcome: "applied" or the refusal's code.
    std::string pushOne(const std::string& token, const core::sync::Op& op,
                        core::sync::PushResult* out = nullptr)
    {
        const auto r = hub().push(token, {op}, "client-" + token.substr(0, 8));
        if (r.size() != 1)
            return "no answer";
        if (out)
            *out = r[0];
        return r[0].status == OpStatus::Rejected ? r[0].code : std::string(core::sync::toString(r[0].status));
    }

    Poco::JSON::Object::Ptr stored(const std::string& entity, const std::string& id)
    {
        auto o = core::sync::parseObject(hub().storeQuery("SELECT fields FROM entities WHERE entity = '" +
                                                          entity + "' AND id = '" + id + "'"));
        return o ? *o : Poco::JSON::Object::Ptr();
    }

    std::string entryCount(const std::string& problemId)
    {
        return hub().storeQuery(
            "SELECT count(*) FROM entities WHERE entity = 'status_change' AND fields LIKE '%" + problemId +
            "%'");
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_hub = std::make_unique<test::HubProcess>(m_dir->path(),
                                                   QStringList{QStringLiteral("name = Daejeon Lab")});
        QVERIFY2(m_hub->start(), "balgul-hub did not start");
        QVERIFY(hub().addUser(QStringLiteral("minji"), QStringLiteral("citizen")));
        QVERIFY(hub().addUser(QStringLiteral("jun"), QStringLiteral("citizen")));
        QVERIFY(hub().addUser(QStringLiteral("lab"), QStringLiteral("coordinator")));
        m_author = hub().login("minji");
        m_neighbour = hub().login("jun");
        m_coordinator = hub().login("lab");
        QVERIFY(!m_author.empty() && !m_neighbour.empty() && !m_coordinator.empty());
        m_authorId = hub().storeQuery("SELECT id FROM users WHERE login = 'minji'");
        m_coordinatorId = hub().storeQuery("SELECT id FROM users WHERE login = 'lab'");
        QVERIFY(!m_authorId.empty() && !m_coordinatorId.empty());
    }

    void cleanupTestCase()
    {
        if (m_hub)
            QCOMPARE(m_hub->stop(), 0);
    }

    /// The entry names the account that pushed it, whatever the op says, and the status the hub had.
    void hubWritesTheEntry()
    {
        const std::string id = newProblem("Lamp out on the bridge");
        QVERIFY(!id.empty());
        auto op = statusOp(id, "new", "closed", "  The power company has it  ", "referred");
        op.fields->set("author", std::string("minji"));
        op.fields->set("author_id", m_authorId);
        op.fields->remove("from");
        const core::Timestamp before = core::now();
        core::sync::PushResult r;
        QCOMPARE(pushOne(m_coordinator, op, &r), std::string("applied"));
        const auto entry = stored("status_change", op.id);
        QVERIFY(entry);
        QCOMPARE(entry->getValue<std::string>("author_id"), m_coordinatorId);
        QCOMPARE(entry->getValue<std::string>("author"), std::string("lab"));
        QCOMPARE(entry->getValue<std::string>("from"), std::string("new"));
        QCOMPARE(entry->getValue<std::string>("to"), std::string("closed"));
        QCOMPARE(entry->getValue<std::string>("note"), std::string("The power company has it"));
        QCOMPARE(entry->getValue<std::string>("reason"), std::string("referred"));
        const auto at = core::parseIso8601(entry->getValue<std::string>("at"));
        QVERIFY(at && *at >= before - std::chrono::seconds(1));
        QCOMPARE(hub().storeQuery("SELECT owner_id FROM entities WHERE id = '" + op.id + "'"),
                 m_coordinatorId);
        const auto problem = stored("problem", id);
        QCOMPARE(problem->getValue<std::string>("status"), std::string("closed"));
        QCOMPARE(problem->getValue<std::string>("status_note"), std::string("The power company has it"));
        QCOMPARE(problem->getValue<std::string>("status_reason"), std::string("referred"));

        // Everyone reads the history through the pull.
        const auto page = hub().pull(m_neighbour);
        bool seen = false;
        for (const auto& c : page.changes)
            seen = seen || (c.entity == "status_change" && c.id == op.id);
        QVERIFY(seen);
    }

    /// A citizen's hand-written status push is refused, and a replay of any op answers as the first time
    /// even when the problem has moved since.
    void craftedAndReplayedPushes()
    {
        const std::string id = newProblem("Broken bench");
        const auto forged = statusOp(id, "new", "confirmed", "I am the coordinator now");
        QCOMPARE(pushOne(m_neighbour, forged), std::string("forbidden"));
        const auto early = statusOp(id, "resolved", "reopened", "Still broken");
        QCOMPARE(pushOne(m_author, early), std::string("status_changed"));
        QCOMPARE(entryCount(id), std::string("0"));

        const auto fixed = statusOp(id, "new", "resolved", "New bench in place");
        core::sync::PushResult first;
        QCOMPARE(pushOne(m_coordinator, fixed, &first), std::string("applied"));
        const std::string lastSeq = hub().storeQuery("SELECT max(seq) FROM entities");
        core::sync::PushResult again;
        QCOMPARE(pushOne(m_coordinator, fixed, &again), std::string("applied"));
        QVERIFY(again.replayed);
        QCOMPARE(again.version, first.version);
        QCOMPARE(hub().storeQuery("SELECT max(seq) FROM entities"), lastSeq);
        // The refused ones stay refused, though the problem is resolved now and the author may reopen it.
        QCOMPARE(pushOne(m_author, early), std::string("status_changed"));
        QCOMPARE(pushOne(m_neighbour, forged), std::string("forbidden"));
        QCOMPARE(entryCount(id), std::string("1"));
        QCOMPARE(stored("problem", id)->getValue<std::string>("status"), std::string("resolved"));
        // The same entry sent again under a new op id (after a restore) changes nothing.
        auto resent = fixed;
        resent.opId = core::newUuidV7();
        QCOMPARE(pushOne(m_coordinator, resent), std::string("applied"));
        QCOMPARE(hub().storeQuery("SELECT max(seq) FROM entities"), lastSeq);
        // Someone else's entry id is not taken over.
        auto taken = statusOp(id, "resolved", "reopened", "Mine");
        taken.id = fixed.id;
        QCOMPARE(pushOne(m_author, taken), std::string("id_taken"));
    }

    void authorReopensOncePerStatusChange()
    {
        const std::string id = newProblem("Smell from the drain");
        QCOMPARE(pushOne(m_author, statusOp(id, "new", "reopened", "Why not")), std::string("forbidden"));
        QCOMPARE(pushOne(m_coordinator, statusOp(id, "new", "resolved", "Cleaned")), std::string("applied"));
        QCOMPARE(pushOne(m_neighbour, statusOp(id, "resolved", "reopened", "Smells here too")),
                 std::string("forbidden"));
        QCOMPARE(pushOne(m_author, statusOp(id, "resolved", "reopened", "")), std::string("invalid_field"));
        QCOMPARE(pushOne(m_author, statusOp(id, "resolved", "reopened", "It smells again")),
                 std::string("applied"));
        QCOMPARE(pushOne(m_author, statusOp(id, "reopened", "reopened", "Really")), std::string("forbidden"));
        QCOMPARE(pushOne(m_author, statusOp(id, "reopened", "closed", "Never mind", "duplicate")),
                 std::string("forbidden"));
        QCOMPARE(
            pushOne(m_coordinator, statusOp(id, "reopened", "closed", "Same as the river one", "duplicate")),
            std::string("applied"));
        QCOMPARE(pushOne(m_author, statusOp(id, "closed", "reopened", "It is not the same")),
                 std::string("applied"));
        QCOMPARE(entryCount(id), std::string("4"));
        // A coordinator's edit through the problem's status field is in the history too, with no note.
        const std::string base = hub().storeQuery("SELECT seq FROM entities WHERE id = '" + id + "'");
        auto edit = test::makeOp(core::newUuidV7(), "problem", id, std::stoll(base),
                                 core::JsonObjectWriter().add("status", "in_progress").str());
        QCOMPARE(pushOne(m_coordinator, edit), std::string("applied"));
        QCOMPARE(entryCount(id), std::string("5"));
        QCOMPARE(stored("problem", id)->getValue<std::string>("status_note"), std::string());
    }

    void open311SaysTheLatestNote_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addRow("json") << QStringLiteral("json");
        QTest::addRow("xml") << QStringLiteral("xml");
    }
    void open311SaysTheLatestNote()
    {
        QFETCH(QString, format);
        const std::string id = newProblem("Flooded underpass");
        const auto read = [&]() {
            const auto reply =
                hub().request("GET", "/open311/v2/requests/" + id + "." + format.toStdString());
            const auto r = format == QStringLiteral("json") ? test::open311::parseJson(reply.body)
                                                            : test::open311::parseXml(reply.body);
            return r.ok && r.values.size() == 1 ? r.values[0] : QMap<QString, QString>();
        };
        QCOMPARE(read().value(QStringLiteral("status")), QStringLiteral("open"));
        QCOMPARE(read().value(QStringLiteral("status_notes")), QStringLiteral("new"));
        const struct
        {
            const char* from;
            const char* to;
            const char* note;
            const char* reason;
            const char* open311;
        } steps[] = {
            {"new", "in_progress", "Pumps on the way", "", "open"},
            {"in_progress", "resolved", "Drain cleared on 3 December", "", "closed"},
            {"resolved", "reopened", "Flooded again after the rain", "", "open"},
            {"reopened", "closed", "Handed to the river authority", "referred", "closed"},
        };
        for (const auto& step : steps) {
            const std::string& token = std::string(step.to) == "reopened" ? m_author : m_coordinator;
            QCOMPARE(pushOne(token, statusOp(id, step.from, step.to, step.note, step.reason)),
                     std::string("applied"));
            const auto v = read();
            QCOMPARE(v.value(QStringLiteral("status")), QString::fromLatin1(step.open311));
            QCOMPARE(v.value(QStringLiteral("status_notes")), QString::fromLatin1(step.note));
        }
    }
};

QTEST_GUILESS_MAIN(TestHubStatus)
#include "test_hub_status.moc"
