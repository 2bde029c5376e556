// Merging duplicate problems on a real balgul-hub: only staff merge, a merge closes the duplicate,
// moves its supports (each resident counted once) and comments to the problem kept and records what
// it did, the refusals change nothing, a replay answers as the first time, the first of two merges
// of one duplicate wins, and a delete of the merge undoes it unless the duplicate moved on.

#include "hub_process.h"
#include "open311_reader.h"

#include "core/util/ids.h"
#include "core/util/json_writer.h"
#include "core/util/time.h"

#include <Poco/JSON/Array.h>

#include <QObject>

#include <algorithm>
#include <memory>
#include <thread>

using namespace balgul;
using core::sync::OpKind;
using core::sync::OpStatus;

class TestHubMerge : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    std::string m_author; ///< a citizen's token: the author of the problems
    std::string m_ara;    ///< residents' tokens
    std::string m_bo;
    std::string m_chan;
    std::string m_lab;    ///< a coordinator's
    std::string m_office; ///< another coordinator's
    std::string m_admin;
    std::string m_authorId;
    std::string m_araId;
    std::string m_boId;
    std::string m_chanId;
    std::string m_labId;
    std::string m_adminId;

    test::HubProcess& hub() { return *m_hub; }

    std::string userId(const char* login)
    {
        return hub().storeQuery(std::string("SELECT id FROM users WHERE login = '") + login + "'");
    }

    static std::string clientOf(const std::string& token) { return "client-" + token.substr(0, 8); }

    /// The pushed op's outcome: "applied", "conflict" or the refusal's code.
    std::string pushOne(const std::string& token, const core::sync::Op& op,
                        core::sync::PushResult* out = nullptr)
    {
        const auto r = hub().push(token, {op}, clientOf(token));
        if (r.size() != 1)
            return "no answer";
        if (out)
            *out = r[0];
        return outcome(r[0]);
    }

    static std::string outcome(const core::sync::PushResult& r)
    {
        return r.status == OpStatus::Rejected ? r.code : std::string(core::sync::toString(r.status));
    }

    static core::sync::Op op(const std::string& entity, const std::string& id, std::int64_t base,
                             const std::string& fieldsJson, OpKind kind = OpKind::Upsert)
    {
        return test::makeOp(core::newUuidV7(), entity, id, base, fieldsJson, kind);
    }

    std::string newProblem(const std::string& title)
    {
        const std::string id = core::newUuid();
        return pushOne(m_author, op("problem", id, 0, test::problemFields(title))) == "applied"
                   ? id
                   : std::string();
    }

    bool support(const std::string& token, const std::string& problemId)
    {
        return pushOne(token, op("support", problemId, 0, "{}")) == "applied";
    }

    std::string comment(const std::string& token, const std::string& problemId, const std::string& text)
    {
        const std::string id = core::newUuid();
        const std::string fields =
            core::JsonObjectWriter().add("problem_id", problemId).add("text", text).str();
        return pushOne(token, op("comment", id, 0, fields)) == "applied" ? id : std::string();
    }

    static core::sync::Op mergeOp(const std::string& duplicate, const std::string& kept,
                                  const std::string& note, const std::string& mergeId = core::newUuid())
    {
        core::JsonObjectWriter w;
        w.add("duplicate_id", duplicate).add("kept_id", kept);
        if (!note.empty())
            w.add("note", note);
        return op("problem_merge", mergeId, 0, w.str());
    }

    std::string statusOp(const std::string& token, const std::string& problemId, const std::string& from,
                         const std::string& to, const std::string& note, const std::string& reason = {})
    {
        core::JsonObjectWriter w;
        w.add("problem_id", problemId).add("from", from).add("to", to).add("note", note);
        if (!reason.empty())
            w.add("reason", reason);
        return pushOne(token, op("status_change", core::newUuid(), 0, w.str()));
    }

    Poco::JSON::Object::Ptr stored(const std::string& entity, const std::string& id)
    {
        auto o = core::sync::parseObject(hub().storeQuery("SELECT fields FROM entities WHERE entity = '" +
                                                          entity + "' AND id = '" + id + "'"));
        return o ? *o : Poco::JSON::Object::Ptr();
    }

    std::string field(const std::string& entity, const std::string& id, const std::string& name)
    {
        const auto o = stored(entity, id);
        return o && o->has(name) ? o->get(name).convert<std::string>() : std::string("<none>");
    }

    std::int64_t versionOf(const std::string& entity, const std::string& id)
    {
        const std::string v = hub().storeQuery("SELECT seq FROM entities WHERE entity = '" + entity +
                                               "' AND id = '" + id + "'");
        return v.empty() ? 0 : std::stoll(v);
    }

    bool isDeleted(const std::string& entity, const std::string& id)
    {
        return hub().storeQuery("SELECT CASE WHEN deleted THEN 'deleted' ELSE 'live' END FROM entities WHERE "
                                "entity = '" +
                                entity + "' AND id = '" + id + "'") == "deleted";
    }

    std::string lastSeq() { return hub().storeQuery("SELECT max(seq) FROM entities"); }

    /// The accounts with a live support of the problem, sorted; each support is keyed and owned by
    /// its account and names it.
    std::vector<std::string> supporters(const std::string& problemId)
    {
        std::vector<std::string> out;
        for (const auto& row : hub().storeRows("SELECT id, owner_id, fields FROM entities WHERE entity = "
                                               "'support' AND id LIKE '" +
                                               problemId + ":%' AND NOT deleted ORDER BY owner_id")) {
            const std::string owner = row.at(1);
            auto fields = core::sync::parseObject(row.at(2));
            if (row.at(0) != problemId + ":" + owner || !fields ||
                (*fields)->getValue<std::string>("user_id") != owner ||
                (*fields)->getValue<std::string>("problem_id") != problemId)
                out.push_back("bad support " + row.at(0));
            else
                out.push_back(owner);
        }
        return out;
    }

    static std::vector<std::string> sorted(std::vector<std::string> v)
    {
        std::sort(v.begin(), v.end());
        return v;
    }

    static std::vector<std::string> strings(const Poco::JSON::Object::Ptr& o, const std::string& name)
    {
        std::vector<std::string> out;
        if (!o || !o->has(name))
            return out;
        const auto a = o->getArray(name);
        for (std::size_t i = 0; a && i < a->size(); ++i)
            out.push_back(a->getElement<std::string>(static_cast<unsigned>(i)));
        return sorted(out);
    }

    /// A duplicate with three residents' supports (ara's also on the kept problem) and two
    /// comments, and the problem it duplicates.
    struct Scene
    {
        std::string duplicate;
        std::string kept;
        std::vector<std::string> comments;
    };

    Scene makeScene(const std::string& title)
    {
        Scene s;
        s.duplicate = newProblem(title + " (again)");
        s.kept = newProblem(title);
        if (s.duplicate.empty() || s.kept.empty())
            return {};
        for (const std::string* token : {&m_ara, &m_bo, &m_chan})
            if (!support(*token, s.duplicate))
                return {};
        if (!support(m_ara, s.kept))
            return {};
        s.comments.push_back(comment(m_bo, s.duplicate, "Seen it this morning too"));
        s.comments.push_back(comment(m_author, s.duplicate, "Still there at noon"));
        if (s.comments[0].empty() || s.comments[1].empty())
            return {};
        return s;
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_hub = std::make_unique<test::HubProcess>(m_dir->path(),
                                                   QStringList{QStringLiteral("name = Daejeon Lab")});
        QVERIFY2(m_hub->start(), "balgul-hub did not start");
        const std::pair<const char*, const char*> users[] = {
            {"minji", "citizen"},   {"ara", "citizen"},        {"boram", "citizen"}, {"chan", "citizen"},
            {"lab", "coordinator"}, {"office", "coordinator"}, {"city", "admin"},
        };
        for (const auto& [login, role] : users)
            QVERIFY(hub().addUser(QString::fromLatin1(login), QString::fromLatin1(role)));
        m_author = hub().login("minji");
        m_ara = hub().login("ara");
        m_bo = hub().login("boram");
        m_chan = hub().login("chan");
        m_lab = hub().login("lab");
        m_office = hub().login("office");
        m_admin = hub().login("city");
        for (const std::string* token : {&m_author, &m_ara, &m_bo, &m_chan, &m_lab, &m_office, &m_admin})
            QVERIFY(!token->empty());
        m_authorId = userId("minji");
        m_araId = userId("ara");
        m_boId = userId("boram");
        m_chanId = userId("chan");
        m_labId = userId("lab");
        m_adminId = userId("city");
        QVERIFY(!m_authorId.empty() && !m_araId.empty() && !m_labId.empty());
    }

    void cleanupTestCase()
    {
        if (m_hub)
            QCOMPARE(m_hub->stop(), 0);
    }

    /// A citizen's hand-written merge is refused whatever it holds, and changes nothing.
    void citizenMergeIsForbidden()
    {
        const Scene s = makeScene("Pothole by the bakery");
        QVERIFY(!s.duplicate.empty());
        const std::string before = lastSeq();
        auto crafted = mergeOp(s.duplicate, s.kept, "I decide now");
        crafted.fields->set("author_id", m_labId);
        crafted.fields->set("status_before", std::string("closed"));
        core::sync::PushResult r;
        QCOMPARE(pushOne(m_author, crafted, &r), std::string("forbidden"));
        QCOMPARE(pushOne(m_ara, mergeOp(s.duplicate, s.duplicate, "")), std::string("forbidden"));
        QCOMPARE(pushOne(m_ara, mergeOp(s.duplicate, core::newUuid(), "")), std::string("forbidden"));
        QCOMPARE(pushOne(m_ara, op("problem_merge", "NOT-A-UUID", 0, "{\"bogus\":1}")),
                 std::string("forbidden"));
        QCOMPARE(pushOne(m_ara, op("problem_merge", core::newUuid(), 0, "{}", OpKind::Delete)),
                 std::string("forbidden"));
        QCOMPARE(lastSeq(), before);
        QCOMPARE(hub().storeQuery("SELECT count(*) FROM entities WHERE entity = 'problem_merge'"),
                 std::string("0"));
        QCOMPARE(field("problem", s.duplicate, "status"), std::string("new"));
        QCOMPARE(supporters(s.duplicate), sorted({m_araId, m_boId, m_chanId}));
        // A merge staff made is not a citizen's to undo either.
        const auto merge = mergeOp(s.duplicate, s.kept, "Same pothole");
        core::sync::PushResult made;
        QCOMPARE(pushOne(m_lab, merge, &made), std::string("applied"));
        const std::string merged = lastSeq();
        QCOMPARE(pushOne(m_author, op("problem_merge", merge.id, made.version, "{}", OpKind::Delete)),
                 std::string("forbidden"));
        QCOMPARE(pushOne(m_bo, mergeOp(s.duplicate, s.kept, "Same pothole", merge.id)),
                 std::string("forbidden"));
        QCOMPARE(lastSeq(), merged);
        QVERIFY(!isDeleted("problem_merge", merge.id));
        QCOMPARE(field("problem", s.duplicate, "duplicate_of"), s.kept);
    }

    /// Supports move without counting a resident twice, comments follow, the duplicate is closed as
    /// one with its history entry, and the merge records what it did; a citizen pulls all of it.
    void mergeMovesSupportsAndComments()
    {
        const Scene s = makeScene("Broken street lamp on Daehak-ro");
        QVERIFY(!s.duplicate.empty());
        // A comment deleted before the merge stays where it was.
        const std::string gone = comment(m_chan, s.duplicate, "Wrong street, sorry");
        QCOMPARE(pushOne(m_chan, op("comment", gone, versionOf("comment", gone), "{}", OpKind::Delete)),
                 std::string("applied"));
        QCOMPARE(statusOp(m_lab, s.duplicate, "new", "confirmed", "Seen it"), std::string("applied"));
        const std::int64_t cursor = std::stoll(lastSeq());

        auto merge = mergeOp(s.duplicate, s.kept, "  Same lamp, reported twice  ");
        // What the hub sets is the hub's, whatever the op says.
        merge.fields->set("author", std::string("mayor"));
        merge.fields->set("author_id", m_authorId);
        merge.fields->set("status_before", std::string("resolved"));
        merge.fields->set("at", std::string("2020-01-01T00:00:00Z"));
        Poco::JSON::Array::Ptr forged = new Poco::JSON::Array;
        forged->add(core::newUuid());
        merge.fields->set("moved_comments", forged);
        core::sync::PushResult r;
        const core::Timestamp before = core::now();
        QCOMPARE(pushOne(m_lab, merge, &r), std::string("applied"));
        QCOMPARE(r.version, versionOf("problem_merge", merge.id));
        QCOMPARE(QString::fromStdString(lastSeq()), QString::number(r.version));

        // The kept problem: three supports, each resident once, each owned by the resident.
        QCOMPARE(supporters(s.kept), sorted({m_araId, m_boId, m_chanId}));
        QCOMPARE(field("support", s.kept + ":" + m_boId, "user"), std::string("boram"));
        QCOMPARE(supporters(s.duplicate), std::vector<std::string>{});
        QCOMPARE(hub().storeQuery("SELECT count(*) FROM entities WHERE entity = 'support' AND id LIKE '" +
                                  s.duplicate + ":%' AND deleted"),
                 std::string("3"));
        for (const std::string& c : s.comments)
            QCOMPARE(field("comment", c, "problem_id"), s.kept);
        QCOMPARE(field("comment", gone, "problem_id"), s.duplicate);

        // The duplicate, closed as one.
        const auto d = stored("problem", s.duplicate);
        QCOMPARE(d->getValue<std::string>("status"), std::string("closed"));
        QCOMPARE(d->getValue<std::string>("status_reason"), std::string("duplicate"));
        QCOMPARE(d->getValue<std::string>("status_note"), std::string("Same lamp, reported twice"));
        QCOMPARE(d->getValue<std::string>("duplicate_of"), s.kept);
        QCOMPARE(field("problem", s.kept, "status"), std::string("new"));
        const std::string entryId = core::uuidFromName("merge_status:" + merge.id);
        const auto entry = stored("status_change", entryId);
        QVERIFY(entry);
        QCOMPARE(entry->getValue<std::string>("problem_id"), s.duplicate);
        QCOMPARE(entry->getValue<std::string>("from"), std::string("confirmed"));
        QCOMPARE(entry->getValue<std::string>("to"), std::string("closed"));
        QCOMPARE(entry->getValue<std::string>("reason"), std::string("duplicate"));
        QCOMPARE(entry->getValue<std::string>("note"), std::string("Same lamp, reported twice"));
        QCOMPARE(entry->getValue<std::string>("author"), std::string("lab"));
        QCOMPARE(entry->getValue<std::string>("author_id"), m_labId);
        QVERIFY(core::parseIso8601(entry->getValue<std::string>("at")));

        // The merge's record.
        const auto m = stored("problem_merge", merge.id);
        QVERIFY(m);
        QCOMPARE(m->getValue<std::string>("duplicate_id"), s.duplicate);
        QCOMPARE(m->getValue<std::string>("kept_id"), s.kept);
        QCOMPARE(m->getValue<std::string>("note"), std::string("Same lamp, reported twice"));
        QCOMPARE(m->getValue<std::string>("status_before"), std::string("confirmed"));
        QCOMPARE(strings(m, "moved_comments"), sorted(s.comments));
        QCOMPARE(strings(m, "moved_supports"), sorted({m_boId, m_chanId}));
        QCOMPARE(strings(m, "kept_supports"), std::vector<std::string>{m_araId});
        QCOMPARE(m->getValue<std::string>("author"), std::string("lab"));
        QCOMPARE(m->getValue<std::string>("author_id"), m_labId);
        const auto at = core::parseIso8601(m->getValue<std::string>("at"));
        QVERIFY(at && *at >= before - std::chrono::seconds(1));
        QCOMPARE(hub().storeQuery("SELECT owner_id FROM entities WHERE entity = 'problem_merge' AND id = '" +
                                  merge.id + "'"),
                 m_labId);

        // Each change has its own seq, in the documented order, and a citizen pulls them all.
        const auto page = hub().pull(m_chan, cursor);
        std::vector<std::string> order;
        int made = 0;
        int deleted = 0;
        for (const auto& c : page.changes) {
            if (c.entity == "problem" && c.id == s.duplicate)
                order.push_back("duplicate");
            else if (c.entity == "status_change" && c.id == entryId)
                order.push_back("entry");
            else if (c.entity == "support")
                ++(c.deleted ? deleted : made);
            else if (c.entity == "comment")
                order.push_back("comment");
            else if (c.entity == "problem_merge" && c.id == merge.id)
                order.push_back("merge");
            else
                order.push_back("other " + c.entity);
            if (c.entity == "support" && (order.empty() || order.back() != "supports"))
                order.push_back("supports");
        }
        QCOMPARE(order,
                 (std::vector<std::string>{"duplicate", "entry", "supports", "comment", "comment", "merge"}));
        QCOMPARE(made, 2);
        QCOMPARE(deleted, 3);
        for (const auto& c : page.changes) {
            auto fields = c.fields ? c.fields : *core::sync::parseObject(c.fieldsJson);
            if (c.entity == "comment")
                QCOMPARE(fields->getValue<std::string>("problem_id"), s.kept);
            if (c.entity == "support" && c.deleted) {
                QCOMPARE(fields->getValue<std::string>("problem_id"), s.duplicate);
                QCOMPARE(fields->getValue<std::string>("user_id"), fields->getValue<std::string>("owner_id"));
            }
            if (c.entity == "support" && !c.deleted)
                QCOMPARE(fields->getValue<std::string>("problem_id"), s.kept);
            if (c.entity == "problem")
                QCOMPARE(fields->getValue<std::string>("duplicate_of"), s.kept);
        }
    }

    /// Open311 answers a merged duplicate as closed, with the merge's note.
    void open311ShowsTheMerge()
    {
        const Scene s = makeScene("Overflowing bin at the bus stop");
        QVERIFY(!s.duplicate.empty());
        QCOMPARE(pushOne(m_office, mergeOp(s.duplicate, s.kept, "Same bin")), std::string("applied"));
        for (const char* format : {"json", "xml"}) {
            const auto reply =
                hub().request("GET", "/open311/v2/requests/" + s.duplicate + "." + std::string(format));
            const auto r = std::string(format) == "json" ? test::open311::parseJson(reply.body)
                                                         : test::open311::parseXml(reply.body);
            QVERIFY(r.ok && r.values.size() == 1);
            QCOMPARE(r.values[0].value(QStringLiteral("status")), QStringLiteral("closed"));
            QCOMPARE(r.values[0].value(QStringLiteral("status_notes")),
                     QString::fromStdString("Same bin; duplicate of " + s.kept));
        }
    }

    /// Each refusal names its field and changes nothing; the same merge again changes nothing.
    void refusals()
    {
        const Scene s = makeScene("Graffiti on the underpass");
        QVERIFY(!s.duplicate.empty());
        const std::string other = newProblem("Graffiti on the school wall");
        const std::string gone = newProblem("Graffiti nobody saw");
        QVERIFY(!other.empty() && !gone.empty());
        QCOMPARE(pushOne(m_author, op("problem", gone, versionOf("problem", gone), "{}", OpKind::Delete)),
                 std::string("applied"));
        const auto refused = [&](const core::sync::Op& o, const std::string& code,
                                 const std::string& fieldName) {
            const std::string before = lastSeq();
            core::sync::PushResult r;
            const std::string got = pushOne(m_lab, o, &r);
            const bool good =
                got == code && r.message.starts_with(fieldName + ":") && lastSeq() == before &&
                hub().storeQuery("SELECT count(*) FROM entities WHERE id = '" + o.id + "'") == "0";
            if (!good)
                qWarning() << got.c_str() << r.message.c_str();
            return good;
        };
        QVERIFY(refused(mergeOp(s.duplicate, s.duplicate, "Itself"), "invalid_field", "kept_id"));
        QVERIFY(refused(mergeOp(core::newUuid(), s.kept, ""), "not_found", "duplicate_id"));
        QVERIFY(refused(mergeOp(s.duplicate, core::newUuid(), ""), "not_found", "kept_id"));
        QVERIFY(refused(mergeOp(gone, s.kept, ""), "not_found", "duplicate_id"));
        QVERIFY(refused(mergeOp(s.duplicate, gone, ""), "not_found", "kept_id"));
        QVERIFY(refused(op("problem_merge", core::newUuid(), 0,
                           core::JsonObjectWriter().add("duplicate_id", s.duplicate).str()),
                        "invalid_field", "kept_id"));
        std::string upper = s.kept;
        std::transform(upper.begin(), upper.end(), upper.begin(),
                       [](unsigned char c) { return std::toupper(c); });
        QVERIFY(refused(mergeOp(s.duplicate, upper, ""), "invalid_field", "kept_id"));
        QVERIFY(refused(mergeOp(s.duplicate, s.kept, std::string(2001, 'x')), "invalid_field", "note"));
        QVERIFY(refused(mergeOp(s.duplicate, s.kept, "Bell\a"), "invalid_field", "note"));

        core::sync::PushResult first;
        QCOMPARE(pushOne(m_lab, mergeOp(s.duplicate, s.kept, "Same wall"), &first), std::string("applied"));
        const std::string merged = lastSeq();
        // Into another problem: the writer saw an older state.
        QVERIFY(refused(mergeOp(s.duplicate, other, "Same school"), "already_merged", "duplicate_id"));
        // Into a problem that is itself a merged duplicate.
        QVERIFY(refused(mergeOp(other, s.duplicate, "Same"), "invalid_field", "kept_id"));
        // The same merge again (another coordinator's, under a new merge id): applied, nothing changes.
        const auto again = mergeOp(s.duplicate, s.kept, "Same wall, I think");
        core::sync::PushResult r;
        QCOMPARE(pushOne(m_office, again, &r), std::string("applied"));
        QCOMPARE(r.version, versionOf("problem", s.duplicate));
        QCOMPARE(lastSeq(), merged);
        QCOMPARE(hub().storeQuery("SELECT count(*) FROM entities WHERE id = '" + again.id + "'"),
                 std::string("0"));
        // The merge the hub holds, sent again under a new op id (after a hub restore): nothing changes.
        const std::string mergeId =
            hub().storeQuery("SELECT id FROM entities WHERE entity = 'problem_merge' AND seq = " + merged);
        QCOMPARE(pushOne(m_lab, mergeOp(s.duplicate, s.kept, "Same wall", mergeId), &r),
                 std::string("applied"));
        QCOMPARE(r.version, first.version);
        QCOMPARE(lastSeq(), merged);
        // …but it is not edited into another merge.
        QCOMPARE(pushOne(m_lab, mergeOp(s.duplicate, other, "Same wall", mergeId)),
                 std::string("invalid_field"));
        QCOMPARE(pushOne(m_office, mergeOp(s.duplicate, s.kept, "Mine", mergeId)), std::string("id_taken"));
        QCOMPARE(lastSeq(), merged);
        QCOMPARE(field("problem", s.duplicate, "duplicate_of"), s.kept);
        QCOMPARE(supporters(s.kept), sorted({m_araId, m_boId, m_chanId}));
    }

    /// A replayed op answers what it answered the first time, after the state moved too.
    void replayAnswersTheSame()
    {
        const Scene s = makeScene("Dead tree leaning over the path");
        QVERIFY(!s.duplicate.empty());
        const std::string other = newProblem("Tree on the path");
        const auto merge = mergeOp(s.duplicate, s.kept, "Same tree");
        core::sync::PushResult first;
        QCOMPARE(pushOne(m_lab, merge, &first), std::string("applied"));
        const auto late = mergeOp(s.duplicate, other, "Same tree");
        core::sync::PushResult refused;
        QCOMPARE(pushOne(m_office, late, &refused), std::string("already_merged"));
        const auto undo = op("problem_merge", merge.id, first.version, "{}", OpKind::Delete);
        core::sync::PushResult undone;
        QCOMPARE(pushOne(m_lab, undo, &undone), std::string("applied"));
        const std::string after = lastSeq();

        core::sync::PushResult again;
        QCOMPARE(pushOne(m_lab, merge, &again), std::string("applied"));
        QVERIFY(again.replayed);
        QCOMPARE(again.version, first.version);
        // The duplicate is free now, and the refusal is still the refusal.
        QCOMPARE(pushOne(m_office, late, &again), std::string("already_merged"));
        QVERIFY(again.replayed);
        QCOMPARE(again.message, refused.message);
        QCOMPARE(pushOne(m_lab, undo, &again), std::string("applied"));
        QVERIFY(again.replayed);
        QCOMPARE(again.version, undone.version);
        QCOMPARE(lastSeq(), after);
        QCOMPARE(field("problem", s.duplicate, "duplicate_of"), std::string());
        QCOMPARE(field("problem", s.duplicate, "status"), std::string("new"));
    }

    /// Two coordinators merge one duplicate into different problems: the first wins, the second
    /// hears already_merged — in one push, at the same moment, and one after the other.
    void twoMergesOfOneDuplicate()
    {
        // One transaction: two merges of one push.
        {
            const Scene s = makeScene("Loose paving stone");
            const std::string other = newProblem("Paving stone loose");
            QVERIFY(!s.duplicate.empty() && !other.empty());
            const auto r = hub().push(
                m_lab,
                {mergeOp(s.duplicate, s.kept, "Same stone"), mergeOp(s.duplicate, other, "Same stone")},
                clientOf(m_lab));
            QCOMPARE(r.size(), std::size_t(2));
            QCOMPARE(outcome(r[0]), std::string("applied"));
            QCOMPARE(r[1].code, std::string("already_merged"));
            QCOMPARE(field("problem", s.duplicate, "duplicate_of"), s.kept);
            QCOMPARE(supporters(s.kept), sorted({m_araId, m_boId, m_chanId}));
            QCOMPARE(supporters(other), std::vector<std::string>{});
        }
        // At the same moment, from two coordinators (the hub may commit them as one group).
        for (int round = 0; round < 4; ++round) {
            const Scene s = makeScene("Blocked drain " + std::to_string(round));
            const std::string other = newProblem("Drain blocked " + std::to_string(round));
            QVERIFY(!s.duplicate.empty() && !other.empty());
            const auto first = mergeOp(s.duplicate, s.kept, "Same drain");
            const auto second = mergeOp(s.duplicate, other, "Same drain");
            std::vector<core::sync::PushResult> a;
            std::vector<core::sync::PushResult> b;
            {
                std::jthread one([&] { a = hub().push(m_lab, {first}, clientOf(m_lab)); });
                std::jthread two([&] { b = hub().push(m_office, {second}, clientOf(m_office)); });
            }
            QCOMPARE(a.size(), std::size_t(1));
            QCOMPARE(b.size(), std::size_t(1));
            const bool firstWon = a[0].status == OpStatus::Applied;
            QCOMPARE((firstWon ? b : a)[0].code, std::string("already_merged"));
            QCOMPARE(outcome((firstWon ? a : b)[0]), std::string("applied"));
            const std::string winner = firstWon ? s.kept : other;
            QCOMPARE(field("problem", s.duplicate, "duplicate_of"), winner);
            QCOMPARE(supporters(winner), sorted({m_araId, m_boId, m_chanId}));
            QCOMPARE(supporters(firstWon ? other : s.kept),
                     firstWon ? std::vector<std::string>{} : std::vector<std::string>{m_araId});
            QCOMPARE(
                hub().storeQuery("SELECT count(*) FROM entities WHERE entity = 'problem_merge' AND id IN ('" +
                                 first.id + "', '" + second.id + "')"),
                std::string("1"));
        }
        // One after the other.
        {
            const Scene s = makeScene("Broken swing");
            const std::string other = newProblem("Swing broken");
            QVERIFY(!s.duplicate.empty() && !other.empty());
            QCOMPARE(pushOne(m_lab, mergeOp(s.duplicate, s.kept, "Same swing")), std::string("applied"));
            QCOMPARE(pushOne(m_office, mergeOp(s.duplicate, other, "Same swing")),
                     std::string("already_merged"));
            QCOMPARE(field("problem", s.duplicate, "duplicate_of"), s.kept);
        }
    }

    /// What one push makes on the duplicate before it merges it moves with it; a merge undone and
    /// made again in the same push ends merged.
    void mergeInTheSamePush()
    {
        const Scene s = makeScene("Smoke from the workshop");
        QVERIFY(!s.duplicate.empty());
        const std::string note = core::newUuid();
        const auto first = mergeOp(s.duplicate, s.kept, "Same smoke");
        const auto r = hub().push(
            m_lab,
            {op("comment", note, 0,
                core::JsonObjectWriter().add("problem_id", s.duplicate).add("text", "Smelled it at 6").str()),
             op("support", s.duplicate, 0, "{}"), first,
             op("problem_merge", first.id, 0, "{}", OpKind::Delete),
             mergeOp(s.duplicate, s.kept, "Same smoke")},
            clientOf(m_lab));
        QCOMPARE(r.size(), std::size_t(5));
        for (const auto& result : r)
            QCOMPARE(outcome(result), std::string("applied"));
        QVERIFY(isDeleted("problem_merge", first.id));
        QCOMPARE(field("comment", note, "problem_id"), s.kept);
        for (const std::string& c : s.comments)
            QCOMPARE(field("comment", c, "problem_id"), s.kept);
        QCOMPARE(supporters(s.kept), sorted({m_araId, m_boId, m_chanId, m_labId}));
        QCOMPARE(supporters(s.duplicate), std::vector<std::string>{});
        QCOMPARE(field("problem", s.duplicate, "duplicate_of"), s.kept);
        QCOMPARE(field("problem", s.duplicate, "status"), std::string("closed"));
    }

    /// The duplicate's author edits it from a version before the merge: both apply, it stays merged.
    void mergeRacesAnEdit()
    {
        const Scene s = makeScene("Noise from the club");
        QVERIFY(!s.duplicate.empty());
        const std::int64_t seen = versionOf("problem", s.duplicate);
        QCOMPARE(pushOne(m_lab, mergeOp(s.duplicate, s.kept, "Same club")), std::string("applied"));
        core::sync::PushResult r;
        QCOMPARE(
            pushOne(
                m_author,
                op("problem", s.duplicate, seen,
                   core::JsonObjectWriter().add("title", "Loud music from the club after midnight").str()),
                &r),
            std::string("applied"));
        const auto d = stored("problem", s.duplicate);
        QCOMPARE(d->getValue<std::string>("title"), std::string("Loud music from the club after midnight"));
        QCOMPARE(d->getValue<std::string>("status"), std::string("closed"));
        QCOMPARE(d->getValue<std::string>("duplicate_of"), s.kept);
        // And the other way round: the edit first, then a merge from the same old state.
        const Scene t = makeScene("Smell from the river");
        QVERIFY(!t.duplicate.empty());
        const std::int64_t old = versionOf("problem", t.duplicate);
        QCOMPARE(
            pushOne(m_author, op("problem", t.duplicate, old,
                                 core::JsonObjectWriter().add("description", "Worse at low tide").str())),
            std::string("applied"));
        QCOMPARE(pushOne(m_lab, mergeOp(t.duplicate, t.kept, "Same river")), std::string("applied"));
        QCOMPARE(field("problem", t.duplicate, "description"), std::string("Worse at low tide"));
        QCOMPARE(field("problem", t.duplicate, "duplicate_of"), t.kept);
    }

    /// Undoing brings everything back: statuses, each account's supports, comments; twice is harmless.
    void undoRestoresEverything()
    {
        const Scene s = makeScene("Cracked pavement on Gyeryong-ro");
        QVERIFY(!s.duplicate.empty());
        QCOMPARE(statusOp(m_lab, s.duplicate, "new", "in_progress", "Crew booked"), std::string("applied"));
        const auto merge = mergeOp(s.duplicate, s.kept, "Same crack");
        core::sync::PushResult made;
        QCOMPARE(pushOne(m_lab, merge, &made), std::string("applied"));
        // A support given on the kept problem since the merge is not the merge's to take back.
        QVERIFY(support(m_admin, s.kept));
        QCOMPARE(supporters(s.kept), sorted({m_araId, m_boId, m_chanId, m_adminId}));
        const std::int64_t cursor = std::stoll(lastSeq());

        core::sync::PushResult undone;
        QCOMPARE(
            pushOne(m_office, op("problem_merge", merge.id, made.version, "{}", OpKind::Delete), &undone),
            std::string("applied"));
        QCOMPARE(QString::fromStdString(lastSeq()), QString::number(undone.version));
        const auto d = stored("problem", s.duplicate);
        QCOMPARE(d->getValue<std::string>("status"), std::string("in_progress"));
        QCOMPARE(d->getValue<std::string>("duplicate_of"), std::string());
        QCOMPARE(d->getValue<std::string>("status_reason"), std::string());
        QCOMPARE(field("problem", s.kept, "status"), std::string("new"));
        QCOMPARE(supporters(s.duplicate), sorted({m_araId, m_boId, m_chanId}));
        QCOMPARE(supporters(s.kept), sorted({m_araId, m_adminId}));
        QCOMPARE(field("support", s.duplicate + ":" + m_chanId, "user"), std::string("chan"));
        for (const std::string& c : s.comments)
            QCOMPARE(field("comment", c, "problem_id"), s.duplicate);
        const auto entry = stored("status_change", core::uuidFromName("merge_undo:" + merge.id));
        QVERIFY(entry);
        QCOMPARE(entry->getValue<std::string>("problem_id"), s.duplicate);
        QCOMPARE(entry->getValue<std::string>("from"), std::string("closed"));
        QCOMPARE(entry->getValue<std::string>("to"), std::string("in_progress"));
        QCOMPARE(entry->getValue<std::string>("author"), std::string("office"));
        QVERIFY(isDeleted("problem_merge", merge.id));

        // A citizen pulls it all, the tombstone naming both problems.
        const auto page = hub().pull(m_bo, cursor);
        bool tombstone = false;
        int comments = 0;
        for (const auto& c : page.changes) {
            auto fields = c.fields ? c.fields : *core::sync::parseObject(c.fieldsJson);
            if (c.entity == "problem_merge") {
                tombstone = c.deleted && c.id == merge.id &&
                            fields->getValue<std::string>("duplicate_id") == s.duplicate &&
                            fields->getValue<std::string>("kept_id") == s.kept;
            }
            if (c.entity == "comment") {
                ++comments;
                QCOMPARE(fields->getValue<std::string>("problem_id"), s.duplicate);
            }
        }
        QVERIFY(tombstone);
        QCOMPARE(comments, 2);

        // A second undo is harmless.
        const std::string after = lastSeq();
        core::sync::PushResult twice;
        QCOMPARE(pushOne(m_lab, op("problem_merge", merge.id, undone.version, "{}", OpKind::Delete), &twice),
                 std::string("applied"));
        QCOMPARE(twice.version, undone.version);
        QCOMPARE(lastSeq(), after);
        // An undone merge stays undone: sent again, it changes nothing; a new merge merges again.
        QCOMPARE(pushOne(m_lab, mergeOp(s.duplicate, s.kept, "Same crack", merge.id)),
                 std::string("applied"));
        QCOMPARE(lastSeq(), after);
        QCOMPARE(pushOne(m_admin, mergeOp(s.duplicate, s.kept, "Same crack after all")),
                 std::string("applied"));
        QCOMPARE(supporters(s.kept), sorted({m_araId, m_boId, m_chanId, m_adminId}));
        QCOMPARE(field("problem", s.duplicate, "duplicate_of"), s.kept);
    }

    /// An undo after the duplicate's status moved on is refused and changes nothing.
    void undoAfterTheStatusMoved()
    {
        const Scene s = makeScene("Missing manhole cover");
        QVERIFY(!s.duplicate.empty());
        const auto merge = mergeOp(s.duplicate, s.kept, "Same cover");
        core::sync::PushResult made;
        QCOMPARE(pushOne(m_lab, merge, &made), std::string("applied"));
        QCOMPARE(statusOp(m_author, s.duplicate, "closed", "reopened", "It is another cover"),
                 std::string("applied"));
        const std::string before = lastSeq();
        QCOMPARE(pushOne(m_lab, op("problem_merge", merge.id, made.version, "{}", OpKind::Delete)),
                 std::string("status_changed"));
        QCOMPARE(lastSeq(), before);
        QVERIFY(!isDeleted("problem_merge", merge.id));
        QCOMPARE(field("problem", s.duplicate, "status"), std::string("reopened"));
        QCOMPARE(supporters(s.kept), sorted({m_araId, m_boId, m_chanId}));
        // Closed as a duplicate again by hand: still a status decided after the merge.
        QCOMPARE(statusOp(m_lab, s.duplicate, "reopened", "closed", "Same cover after all", "duplicate"),
                 std::string("applied"));
        QCOMPARE(pushOne(m_lab, op("problem_merge", merge.id, made.version, "{}", OpKind::Delete)),
                 std::string("status_changed"));
        QVERIFY(!isDeleted("problem_merge", merge.id));
    }
};

QTEST_GUILESS_MAIN(TestHubMerge)
#include "test_hub_merge.moc"
