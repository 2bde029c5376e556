// Pilots on a real balgul-hub, from hand-written pushes as well as a client's: only staff make and
// move them, a pilot as a whole keeps core/pilots' rules after the merge, its phase moves along the
// allowed transitions and each move writes a history entry the hub names, a replay answers as the
// first time, and residents join as testers before they give feedback.

#include "hub_process.h"

#include "core/pilots/pilot_json.h"
#include "core/util/ids.h"
#include "core/util/json_writer.h"
#include "core/util/time.h"

#include <Poco/JSON/Array.h>

#include <QObject>

#include <memory>

using namespace balgul;
using core::sync::OpKind;
using core::sync::OpStatus;

namespace {

/// A square of about a kilometre in Daejeon, as the protocol carries a zone.
constexpr const char* kZone = R"({"type":"MultiPolygon","coordinates":[[[[127.38,36.35],[127.39,36.35],)"
                              R"([127.39,36.36],[127.38,36.36],[127.38,36.35]]]]})";
/// A bow tie: its outline crosses itself.
constexpr const char* kBowTie = R"({"type":"MultiPolygon","coordinates":[[[[127.38,36.35],[127.39,36.36],)"
                                R"([127.39,36.35],[127.38,36.36],[127.38,36.35]]]]})";
constexpr const char* kGoals =
    R"([{"quantity":"pm25","statistic":"mean_24h","direction":"decrease","target_percent":10}])";

} // namespace

class TestHubPilots : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    std::string m_citizen;   ///< a citizen's token (the problems' author)
    std::string m_neighbour; ///< another citizen's
    std::string m_lab;       ///< a coordinator's
    std::string m_office;    ///< another coordinator's
    std::string m_citizenId;
    std::string m_neighbourId;
    std::string m_labId;
    std::string m_problemA;
    std::string m_problemB;

    test::HubProcess& hub() { return *m_hub; }

    std::string newProblem(const std::string& title)
    {
        const std::string id = core::newUuid();
        const auto r = hub().push(
            m_citizen, {test::makeOp(core::newUuidV7(), "problem", id, 0, test::problemFields(title))});
        return r.size() == 1 && r[0].status == OpStatus::Applied ? id : std::string();
    }

    /// A new pilot's fields as a client would send them, for the problems given.
    Poco::JSON::Object::Ptr pilotFields(const std::vector<std::string>& problems,
                                        const std::string& title = "Water the school road")
    {
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
        o->set("title", title);
        o->set("hypothesis", std::string("Watering twice a day keeps the dust down"));
        Poco::JSON::Array::Ptr ids = new Poco::JSON::Array;
        for (const std::string& id : problems)
            ids->add(id);
        o->set("problem_ids", ids);
        o->set("zone", std::string(kZone));
        o->set("start", std::string("2026-03-01"));
        o->set("end", std::string("2026-08-31"));
        o->set("cost_krw", Poco::Int64(12'000'000));
        o->set("goals", std::string(kGoals));
        return o;
    }

    static core::sync::Op op(const std::string& entity, const std::string& id, std::int64_t base,
                             const Poco::JSON::Object::Ptr& fields, OpKind kind = OpKind::Upsert)
    {
        auto o = test::makeOp(core::newUuidV7(), entity, id, base, "{}", kind);
        o.fields = fields ? fields : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
        return o;
    }
    static core::sync::Op op(const std::string& entity, const std::string& id, std::int64_t base,
                             const std::string& fieldsJson, OpKind kind = OpKind::Upsert)
    {
        return test::makeOp(core::newUuidV7(), entity, id, base, fieldsJson, kind);
    }

    /// The pushed op's outcome: "applied", "conflict" or the refusal's code.
    std::string pushOne(const std::string& token, const core::sync::Op& o,
                        core::sync::PushResult* out = nullptr)
    {
        const auto r = hub().push(token, {o}, "client-" + token.substr(0, 8));
        if (r.size() != 1)
            return "no answer";
        if (out)
            *out = r[0];
        return r[0].status == OpStatus::Rejected ? r[0].code : std::string(core::sync::toString(r[0].status));
    }

    /// Makes a pilot as the coordinator `token` with the fields a client writes
    /// (core::pilots::pilotSyncFields()); its version ("" id on failure).
    std::pair<std::string, std::int64_t> newPilot(const std::string& token)
    {
        core::pilots::PilotFields pilot;
        pilot.title = "Water the school road";
        pilot.problemIds = {m_problemA};
        pilot.zone = {{{36.35, 127.38}, {36.35, 127.39}, {36.36, 127.39}, {36.36, 127.38}}};
        pilot.start = *core::pilots::parseDate("2026-03-01");
        pilot.end = *core::pilots::parseDate("2026-08-31");
        pilot.costKrw = 12'000'000;
        pilot.goals = {core::pilots::Goal{}};
        const std::string id = core::newUuid();
        core::sync::PushResult r;
        if (pushOne(token, op("pilot", id, 0, core::pilots::pilotSyncFields(pilot)), &r) != "applied")
            return {};
        return {id, r.version};
    }

    Poco::JSON::Object::Ptr stored(const std::string& entity, const std::string& id)
    {
        auto o = core::sync::parseObject(hub().storeQuery("SELECT fields FROM entities WHERE entity = '" +
                                                          entity + "' AND id = '" + id + "'"));
        return o ? *o : Poco::JSON::Object::Ptr();
    }

    std::int64_t versionOf(const std::string& entity, const std::string& id)
    {
        const std::string v = hub().storeQuery("SELECT seq FROM entities WHERE entity = '" + entity +
                                               "' AND id = '" + id + "'");
        return v.empty() ? 0 : std::stoll(v);
    }

    std::string count(const std::string& entity, const std::string& id)
    {
        return hub().storeQuery("SELECT count(*) FROM entities WHERE entity = '" + entity + "' AND id = '" +
                                id + "'");
    }

    /// The phase history entries of a pilot, in seq order: "from>to".
    std::vector<std::string> history(const std::string& pilotId)
    {
        std::vector<std::string> out;
        for (const auto& row : hub().storeRows("SELECT fields FROM entities WHERE entity = "
                                               "'pilot_phase_change' AND fields LIKE '%" +
                                               pilotId + "%' ORDER BY seq")) {
            auto o = core::sync::parseObject(row.at(0));
            if (o)
                out.push_back((*o)->getValue<std::string>("from") + ">" + (*o)->getValue<std::string>("to"));
        }
        return out;
    }

    std::string entryId(const std::string& userId, const std::string& pilotId, const std::string& opId)
    {
        return core::uuidFromName("pilot_phase:" + userId + ":" + pilotId + ":" + opId);
    }

    static Poco::JSON::Object::Ptr phase(const std::string& to, const std::string& note = {})
    {
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
        o->set("phase", to);
        if (!note.empty())
            o->set("phase_note", note);
        return o;
    }

    static bool startsWith(const std::string& text, const std::string& prefix)
    {
        return text.rfind(prefix, 0) == 0;
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
        QVERIFY(hub().addUser(QStringLiteral("office"), QStringLiteral("coordinator")));
        m_citizen = hub().login("minji");
        m_neighbour = hub().login("jun");
        m_lab = hub().login("lab");
        m_office = hub().login("office");
        QVERIFY(!m_citizen.empty() && !m_neighbour.empty() && !m_lab.empty() && !m_office.empty());
        m_citizenId = hub().storeQuery("SELECT id FROM users WHERE login = 'minji'");
        m_neighbourId = hub().storeQuery("SELECT id FROM users WHERE login = 'jun'");
        m_labId = hub().storeQuery("SELECT id FROM users WHERE login = 'lab'");
        QVERIFY(!m_citizenId.empty() && !m_neighbourId.empty() && !m_labId.empty());
        m_problemA = newProblem("Dust on the school road");
        m_problemB = newProblem("Dust by the bus depot");
        QVERIFY(!m_problemA.empty() && !m_problemB.empty());
    }

    void cleanupTestCase()
    {
        if (m_hub)
            QCOMPARE(m_hub->stop(), 0);
    }

    /// A citizen's hand-written pilot is refused whatever it holds, and nothing is stored.
    void citizenCannotMakeAPilot()
    {
        const std::string id = core::newUuid();
        QCOMPARE(pushOne(m_citizen, op("pilot", id, 0, pilotFields({m_problemA}))), std::string("forbidden"));
        QCOMPARE(pushOne(m_citizen, op("pilot", id, 0, R"({"phase":"running","nonsense":true})")),
                 std::string("forbidden"));
        QCOMPARE(pushOne(m_citizen, op("pilot", "NOT-A-UUID", 0, "{}")), std::string("forbidden"));
        QCOMPARE(count("pilot", id), std::string("0"));
        // Nor may a citizen touch a coordinator's pilot.
        const auto [made, version] = newPilot(m_lab);
        QVERIFY(!made.empty());
        QCOMPARE(pushOne(m_citizen, op("pilot", made, version, R"({"title":"Mine now"})")),
                 std::string("forbidden"));
        QCOMPARE(pushOne(m_citizen, op("pilot", made, version, phase("selected"))), std::string("forbidden"));
        QCOMPARE(pushOne(m_citizen, op("pilot", made, version, "{}", OpKind::Delete)),
                 std::string("forbidden"));
        QCOMPARE(stored("pilot", made)->getValue<std::string>("title"), std::string("Water the school road"));
        QCOMPARE(versionOf("pilot", made), version);
    }

    /// The pilot as a whole keeps the rules; a refused op stores nothing.
    void wholePilotRules_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("named");
        const struct
        {
            const char* name;
            const char* field;
            const char* value;
            const char* code;
            const char* named; ///< the field the refusal names ("" when none)
        } rows[] = {
            {"end more than six months on", "end", "2026-09-01", "invalid_field", "end"},
            {"end before start", "end", "2026-02-28", "invalid_field", "end"},
            {"not a date", "start", "1 March", "invalid_field", "start"},
            {"zone crossing itself", "zone", kBowTie, "invalid_field", "zone"},
            {"zone not a polygon", "zone", R"({"type":"Point","coordinates":[127.38,36.35]})",
             "invalid_field", "zone"},
            {"goal without a target", "goals",
             R"([{"quantity":"pm25","statistic":"mean_24h","direction":"decrease","target_percent":0}])",
             "invalid_field", "goals[0].target_percent"},
            {"no goal", "goals", "[]", "invalid_field", "goals"},
            {"cost past 10^15", "cost_krw", "1000000000000001", "invalid_field", "cost_krw"},
            {"made running", "phase", "running", "invalid_transition", ""},
            {"an unknown phase", "phase", "thinking", "invalid_field", "phase"},
            {"no title", "title", "", "invalid_field", "title"},
            {"a problem the hub lacks", "problem_ids", "unknown", "invalid_field", "problem_ids[1]"},
            {"a problem twice", "problem_ids", "twice", "invalid_field", "problem_ids[1]"},
            {"problem ids not an array", "problem_ids", "", "invalid_field", "problem_ids"},
            {"a field pilots do not have", "colour", "green", "invalid_field", "colour"},
            {"an author of its own", "author", "mayor", "applied", ""},
        };
        for (const auto& row : rows)
            QTest::addRow("%s", row.name) << QString::fromUtf8(row.field) << QString::fromUtf8(row.value)
                                          << QString::fromUtf8(row.code) << QString::fromUtf8(row.named);
    }
    void wholePilotRules()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, code);
        QFETCH(QString, named);
        auto fields = pilotFields({m_problemA, m_problemB});
        const std::string f = field.toStdString();
        const std::string v = value.toStdString();
        if (f == "cost_krw") {
            fields->set(f, Poco::Int64(std::stoll(v)));
        } else if (f == "problem_ids") {
            Poco::JSON::Array::Ptr ids = new Poco::JSON::Array;
            ids->add(m_problemA);
            ids->add(v == "unknown" ? core::newUuid() : m_problemA);
            if (v.empty())
                fields->set(f, m_problemA);
            else
                fields->set(f, ids);
        } else {
            fields->set(f, v);
        }
        const std::string id = core::newUuid();
        core::sync::PushResult r;
        QCOMPARE(QString::fromStdString(pushOne(m_lab, op("pilot", id, 0, fields), &r)), code);
        if (code == QStringLiteral("applied")) { // the hub names the author from the account
            QCOMPARE(stored("pilot", id)->getValue<std::string>("author_id"), m_labId);
            QCOMPARE(stored("pilot", id)->getValue<std::string>("author"), std::string("lab"));
            return;
        }
        if (!named.isEmpty())
            QVERIFY2(startsWith(r.message, named.toStdString() + ":"), r.message.c_str());
        QCOMPARE(count("pilot", id), std::string("0"));
        QVERIFY(history(id).empty());
    }

    /// An edit is checked on the pilot as it would be after the merge: nothing changes when refused.
    void editsKeepTheRules()
    {
        const auto [id, version] = newPilot(m_lab);
        QVERIFY(!id.empty());
        core::sync::PushResult r;
        QCOMPARE(pushOne(m_office, op("pilot", id, version, R"({"start":"2026-01-01"})"), &r),
                 std::string("invalid_field"));
        QVERIFY2(startsWith(r.message, "end:"), r.message.c_str());
        QCOMPARE(
            pushOne(m_office, op("pilot", id, version, core::JsonObjectWriter().add("zone", kBowTie).str())),
            std::string("invalid_field"));
        QCOMPARE(versionOf("pilot", id), version);
        QCOMPARE(stored("pilot", id)->getValue<std::string>("start"), std::string("2026-03-01"));
        // A problem deleted since cannot be named again.
        const std::string gone = newProblem("Dust that went away");
        QVERIFY(!gone.empty());
        QCOMPARE(pushOne(m_citizen, op("problem", gone, versionOf("problem", gone), "{}", OpKind::Delete)),
                 std::string("applied"));
        QCOMPARE(pushOne(m_office,
                         op("pilot", id, version,
                            core::JsonObjectWriter()
                                .addRaw("problem_ids", "[\"" + m_problemB + "\",\"" + gone + "\"]")
                                .str()),
                         &r),
                 std::string("invalid_field"));
        QVERIFY2(startsWith(r.message, "problem_ids[1]:"), r.message.c_str());
        // Another coordinator edits within the rules.
        QCOMPARE(
            pushOne(m_office, op("pilot", id, version,
                                 core::JsonObjectWriter()
                                     .addRaw("problem_ids", "[\"" + m_problemB + "\",\"" + m_problemA + "\"]")
                                     .add("end", "2026-06-30")
                                     .str())),
            std::string("applied"));
        QCOMPARE(stored("pilot", id)->getValue<std::string>("end"), std::string("2026-06-30"));
        QCOMPARE(history(id), std::vector<std::string>{">proposed"}); // an edit is no move
    }

    /// proposed → selected → running → evaluated, each move one entry the hub names and everyone pulls;
    /// a skipped phase is refused; a replay answers as the first time.
    void phaseChain()
    {
        const std::string id = core::newUuid();
        auto create = op("pilot", id, 0, pilotFields({m_problemA}));
        create.fields->set("phase_note", std::string("From the dust reports of March"));
        core::sync::PushResult made;
        QCOMPARE(pushOne(m_lab, create, &made), std::string("applied"));
        QCOMPARE(stored("pilot", id)->getValue<std::string>("phase"), std::string("proposed"));
        std::int64_t version = made.version;

        core::sync::PushResult skip;
        const auto skipOp = op("pilot", id, version, phase("running", "Straight to work"));
        QCOMPARE(pushOne(m_lab, skipOp, &skip), std::string("invalid_transition"));
        QCOMPARE(versionOf("pilot", id), version);

        const struct
        {
            const char* to;
            const char* note;
        } steps[] = {
            {"selected", "Chosen by the district panel"}, {"running", ""}, {"evaluated", "Dust down 14 %"}};
        std::vector<core::sync::Op> moves;
        std::vector<core::sync::PushResult> answers;
        for (const auto& step : steps) {
            const auto move = op("pilot", id, version, phase(step.to, step.note));
            core::sync::PushResult r;
            QCOMPARE(pushOne(m_lab, move, &r), std::string("applied"));
            QVERIFY(r.version > version);
            version = r.version;
            moves.push_back(move);
            answers.push_back(r);
            const auto pilot = stored("pilot", id);
            QCOMPARE(pilot->getValue<std::string>("phase"), std::string(step.to));
            QCOMPARE(pilot->getValue<std::string>("phase_note"), std::string(step.note));
        }
        QCOMPARE(history(id), (std::vector<std::string>{">proposed", "proposed>selected", "selected>running",
                                                        "running>evaluated"}));

        // A citizen pulls every entry, named by the hub, the account as author.
        const auto page = hub().pull(m_neighbour);
        std::map<std::string, core::sync::Change> entries;
        std::int64_t pilotSeq = 0;
        for (const auto& c : page.changes) {
            if (c.entity == "pilot_phase_change")
                entries[c.id] = c;
            if (c.entity == "pilot" && c.id == id)
                pilotSeq = c.seq;
        }
        QCOMPARE(pilotSeq, version);
        const auto entryFields = [&](const std::string& opId) -> Poco::JSON::Object::Ptr {
            const auto it = entries.find(entryId(m_labId, id, opId));
            if (it == entries.end())
                return {};
            if (it->second.fields)
                return it->second.fields;
            auto o = core::sync::parseObject(it->second.fieldsJson);
            return o ? *o : Poco::JSON::Object::Ptr();
        };
        const auto first = entryFields(create.opId);
        QVERIFY(first);
        QCOMPARE(first->getValue<std::string>("from"), std::string());
        QCOMPARE(first->getValue<std::string>("to"), std::string("proposed"));
        QCOMPARE(first->getValue<std::string>("note"), std::string("From the dust reports of March"));
        const char* froms[] = {"proposed", "selected", "running"};
        for (std::size_t i = 0; i < moves.size(); ++i) {
            const auto e = entryFields(moves[i].opId);
            QVERIFY2(e, steps[i].to);
            QCOMPARE(e->getValue<std::string>("pilot_id"), id);
            QCOMPARE(e->getValue<std::string>("from"), std::string(froms[i]));
            QCOMPARE(e->getValue<std::string>("to"), std::string(steps[i].to));
            QCOMPARE(e->getValue<std::string>("note"), std::string(steps[i].note));
            QCOMPARE(e->getValue<std::string>("author"), std::string("lab"));
            QCOMPARE(e->getValue<std::string>("author_id"), m_labId);
            QVERIFY(core::parseIso8601(e->getValue<std::string>("at")));
            // The entry follows its pilot's change, in the same transaction.
            QCOMPARE(entries[entryId(m_labId, id, moves[i].opId)].seq, answers[i].version + 1);
        }

        // Nothing leaves evaluated.
        QCOMPARE(pushOne(m_lab, op("pilot", id, version, phase("running"))),
                 std::string("invalid_transition"));

        // Replays answer as the first time, and write nothing.
        const std::string lastSeq = hub().storeQuery("SELECT max(seq) FROM entities");
        core::sync::PushResult again;
        QCOMPARE(pushOne(m_lab, moves[0], &again), std::string("applied"));
        QVERIFY(again.replayed);
        QCOMPARE(again.version, answers[0].version);
        QCOMPARE(pushOne(m_lab, skipOp, &again), std::string("invalid_transition"));
        QVERIFY(again.replayed);
        QCOMPARE(hub().storeQuery("SELECT max(seq) FROM entities"), lastSeq);
        QCOMPARE(history(id).size(), std::size_t(4));
    }

    /// The history is the hub's: no client writes, rewrites or removes an entry.
    void entriesAreTheHubs()
    {
        const auto [id, version] = newPilot(m_lab);
        QVERIFY(!id.empty());
        const std::string entry = hub().storeQuery(
            "SELECT id FROM entities WHERE entity = 'pilot_phase_change' AND fields LIKE '%" + id + "%'");
        QVERIFY(!entry.empty());
        const std::int64_t entryVersion = versionOf("pilot_phase_change", entry);
        const std::string forged = core::JsonObjectWriter()
                                       .add("pilot_id", id)
                                       .add("from", "proposed")
                                       .add("to", "running")
                                       .add("note", "It ran already")
                                       .str();
        for (const std::string* token : {&m_citizen, &m_lab, &m_office}) {
            QCOMPARE(pushOne(*token, op("pilot_phase_change", core::newUuid(), 0, forged)),
                     std::string("forbidden"));
            QCOMPARE(pushOne(*token, op("pilot_phase_change", entry, entryVersion, forged)),
                     std::string("forbidden"));
            QCOMPARE(pushOne(*token, op("pilot_phase_change", entry, entryVersion, "{}", OpKind::Delete)),
                     std::string("forbidden"));
        }
        QCOMPARE(history(id), std::vector<std::string>{">proposed"});
        QCOMPARE(versionOf("pilot_phase_change", entry), entryVersion);
        QCOMPARE(stored("pilot", id)->getValue<std::string>("phase"), std::string("proposed"));
    }

    /// Two coordinators move the phase from the same base: the first is applied, the second gets the
    /// hub's phase back as a conflict (not a refused transition) and writes no entry.
    void concurrentPhaseMoves()
    {
        const auto [id, version] = newPilot(m_lab);
        QVERIFY(!id.empty());
        core::sync::PushResult first;
        QCOMPARE(pushOne(m_lab, op("pilot", id, version, phase("selected", "Panel said yes")), &first),
                 std::string("applied"));
        core::sync::PushResult second;
        QCOMPARE(pushOne(m_office, op("pilot", id, version, phase("rejected", "Too costly")), &second),
                 std::string("conflict"));
        QVERIFY(second.conflicts);
        QCOMPARE(second.conflicts->getValue<std::string>("phase"), std::string("selected"));
        QCOMPARE(second.conflicts->getValue<std::string>("phase_note"), std::string("Panel said yes"));
        QCOMPARE(second.version, first.version);
        QCOMPARE(stored("pilot", id)->getValue<std::string>("phase"), std::string("selected"));
        QCOMPARE(history(id), (std::vector<std::string>{">proposed", "proposed>selected"}));
        // From the phase it sees now, the second coordinator moves it.
        QCOMPARE(pushOne(m_office, op("pilot", id, first.version, phase("rejected", "Too costly"))),
                 std::string("applied"));
        QCOMPARE(history(id),
                 (std::vector<std::string>{">proposed", "proposed>selected", "selected>rejected"}));
    }

    /// Residents join and leave; only testers give feedback, within its bounds.
    void testersAndFeedback()
    {
        const auto [id, version] = newPilot(m_lab);
        QVERIFY(!id.empty());
        const std::string feedback = core::JsonObjectWriter()
                                         .add("pilot_id", id)
                                         .add("text", "Less dust by the gate in the mornings")
                                         .add("rating", std::int64_t(4))
                                         .add("created", "2026-03-12T08:10:00Z")
                                         .str();
        core::sync::PushResult r;
        QCOMPARE(pushOne(m_citizen, op("pilot_feedback", core::newUuid(), 0, feedback), &r),
                 std::string("forbidden"));
        QCOMPARE(r.message, std::string("join the pilot as a tester first"));

        // Join: keyed by the account, who it is comes from the account.
        auto join = op("pilot_tester", id, 0, R"({"user":"mayor","user_id":"someone"})");
        core::sync::PushResult joined;
        QCOMPARE(pushOne(m_citizen, join, &joined), std::string("applied"));
        const auto tester = stored("pilot_tester", id + ":" + m_citizenId);
        QVERIFY(tester);
        QCOMPARE(tester->getValue<std::string>("pilot_id"), id);
        QCOMPARE(tester->getValue<std::string>("user_id"), m_citizenId);
        QCOMPARE(tester->getValue<std::string>("user"), std::string("minji"));
        QCOMPARE(pushOne(m_citizen, op("pilot_tester", id, 0,
                                       core::JsonObjectWriter().add("pilot_id", m_problemA).str())),
                 std::string("invalid_field"));
        QCOMPARE(pushOne(m_citizen, op("pilot_tester", core::newUuid(), 0, "{}")), std::string("not_found"));

        // Feedback within bounds.
        const std::string six = core::JsonObjectWriter()
                                    .add("pilot_id", id)
                                    .add("text", "Great")
                                    .add("rating", std::int64_t(6))
                                    .str();
        QCOMPARE(pushOne(m_citizen, op("pilot_feedback", core::newUuid(), 0, six), &r),
                 std::string("invalid_field"));
        QVERIFY2(startsWith(r.message, "rating:"), r.message.c_str());
        QCOMPARE(pushOne(m_citizen, op("pilot_feedback", core::newUuid(), 0,
                                       core::JsonObjectWriter().add("pilot_id", id).add("text", "  ").str())),
                 std::string("invalid_field"));
        QCOMPARE(
            pushOne(
                m_citizen,
                op("pilot_feedback", core::newUuid(), 0,
                   core::JsonObjectWriter().add("pilot_id", id).add("text", std::string(2001, 'a')).str())),
            std::string("invalid_field"));
        const std::string fb = core::newUuid();
        core::sync::PushResult given;
        QCOMPARE(pushOne(m_citizen, op("pilot_feedback", fb, 0, feedback), &given), std::string("applied"));
        QCOMPARE(stored("pilot_feedback", fb)->getValue<std::string>("author_id"), m_citizenId);
        QCOMPARE(stored("pilot_feedback", fb)->getValue<int>("rating"), 4);
        // Only its author edits it, on its own pilot; another citizen does not delete it.
        QCOMPARE(pushOne(m_neighbour, op("pilot_feedback", fb, given.version, R"({"text":"Not true"})")),
                 std::string("forbidden"));
        QCOMPARE(pushOne(m_neighbour, op("pilot_feedback", fb, given.version, "{}", OpKind::Delete)),
                 std::string("forbidden"));
        const auto [other, otherVersion] = newPilot(m_lab);
        QVERIFY(otherVersion > 0);
        QCOMPARE(pushOne(m_citizen, op("pilot_feedback", fb, given.version,
                                       core::JsonObjectWriter().add("pilot_id", other).str())),
                 std::string("invalid_field"));
        core::sync::PushResult edited;
        QCOMPARE(pushOne(m_citizen,
                         op("pilot_feedback", fb, given.version, R"({"text":"Much less dust","rating":5})"),
                         &edited),
                 std::string("applied"));
        QCOMPARE(stored("pilot_feedback", fb)->getValue<std::string>("text"), std::string("Much less dust"));
        // A coordinator removes it.
        QCOMPARE(pushOne(m_lab, op("pilot_feedback", fb, edited.version, "{}", OpKind::Delete)),
                 std::string("applied"));

        // Leave: a tombstone naming the pilot and the account, and no more feedback.
        core::sync::PushResult left;
        QCOMPARE(pushOne(m_citizen, op("pilot_tester", id, joined.version, "{}", OpKind::Delete), &left),
                 std::string("applied"));
        const auto page = hub().pull(m_neighbour, left.version - 1);
        bool tombstone = false;
        for (const auto& c : page.changes)
            if (c.entity == "pilot_tester" && c.id == id + ":" + m_citizenId && c.deleted && c.fields)
                tombstone = c.fields->getValue<std::string>("pilot_id") == id &&
                            c.fields->getValue<std::string>("user_id") == m_citizenId;
        QVERIFY(tombstone);
        QCOMPARE(pushOne(m_citizen, op("pilot_feedback", core::newUuid(), 0, feedback)),
                 std::string("forbidden"));
        // The other citizen leaves nothing of minji's: its key is its own.
        QCOMPARE(pushOne(m_neighbour, op("pilot_tester", id, left.version, "{}", OpKind::Delete)),
                 std::string("not_found"));
        // Joining again brings the row back.
        QCOMPARE(pushOne(m_citizen, op("pilot_tester", id, left.version, "{}")), std::string("applied"));
        QCOMPARE(
            hub().storeQuery("SELECT CASE WHEN deleted THEN 'deleted' ELSE 'live' END FROM entities WHERE "
                             "entity = 'pilot_tester' AND id = '" +
                             id + ":" + m_citizenId + "'"),
            std::string("live"));
    }

    /// A pilot that is evaluated, rejected or deleted takes no testers.
    void closedPilotsTakeNoTesters()
    {
        auto [id, version] = newPilot(m_lab);
        QVERIFY(!id.empty());
        core::sync::PushResult r;
        QCOMPARE(pushOne(m_lab, op("pilot", id, version, phase("rejected", "Out of budget")), &r),
                 std::string("applied"));
        QCOMPARE(pushOne(m_neighbour, op("pilot_tester", id, 0, "{}"), &r), std::string("forbidden"));
        QVERIFY2(r.message.find("rejected") != std::string::npos, r.message.c_str());

        const auto [gone, goneVersion] = newPilot(m_lab);
        core::sync::PushResult deleted;
        QCOMPARE(pushOne(m_lab, op("pilot", gone, goneVersion, "{}", OpKind::Delete), &deleted),
                 std::string("applied"));
        // An op with nothing to set leaves it deleted, and writes no history.
        QCOMPARE(pushOne(m_office, op("pilot", gone, deleted.version, "{}")), std::string("applied"));
        QCOMPARE(versionOf("pilot", gone), deleted.version);
        QCOMPARE(history(gone), std::vector<std::string>{">proposed"});
        QCOMPARE(pushOne(m_neighbour, op("pilot_tester", gone, 0, "{}")), std::string("not_found"));
        QCOMPARE(pushOne(m_neighbour,
                         op("pilot_feedback", core::newUuid(), 0,
                            core::JsonObjectWriter().add("pilot_id", gone).add("text", "Hello").str())),
                 std::string("not_found"));
    }
};

QTEST_GUILESS_MAIN(TestHubPilots)
#include "test_hub_pilots.moc"
