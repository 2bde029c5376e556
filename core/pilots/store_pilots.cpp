// Store: pilots, the problems they were made from and their phase history (docs/architecture.md
// "Pilots"; the protocol is docs/sync-protocol.md "Pilots").

#include "core/store/store.h"

#include "core/pilots/pilot_json.h"
#include "core/store/store_sync_support.h"
#include "core/sync/account.h"
#include "core/sync/protocol.h"
#include "core/util/ids.h"
#include "core/util/json_writer.h"
#include "core/util/text.h"

#include <Poco/JSON/Array.h>

#include <algorithm>

namespace balgul::core {

using namespace detail;
using pilots::PhaseChange;
using pilots::Pilot;
using pilots::PilotFields;
using pilots::PilotPhase;

namespace {

constexpr const char* kPilotColumns =
    "id, title, description, hypothesis, zone, start_date, end_date, cost_krw, "
    "goals, phase, author, author_id, created, updated, version, "
    // The hub's refusal of the pilot as sent from here, if any (store_sync.cpp keeps it).
    "coalesce((SELECT rejected_code FROM sync_entities WHERE entity = 'pilot' AND id = pilots.id), ''), "
    "coalesce((SELECT rejected_message FROM sync_entities WHERE entity = 'pilot' AND id = pilots.id), '')";

/// The store's failure, or `forbidden` for a citizen's account: pilots are a coordinator's.
Status mayManagePilots(Store& store)
{
    const auto account = sync::hubAccount(store);
    if (account.known() && !account.isStaff())
        return Error::make("forbidden", "only a coordinator makes and changes pilots");
    return {};
}

/// The fields as an op carries them, each as its JSON text, for comparing two versions.
std::map<std::string, std::string> fieldTexts(const PilotFields& fields)
{
    const auto object = pilots::pilotSyncFields(fields);
    std::map<std::string, std::string> out;
    for (const auto& [name, value] : *object)
        out[name] = valueJson(object, name);
    return out;
}

} // namespace

Result<Pilot> Store::createPilot(const PilotFields& fields)
{
    if (Status s = mayManagePilots(*this); !s)
        return s.error();
    if (Status s = pilots::checkPilot(fields); !s)
        return s.error();
    for (std::size_t i = 0; i < fields.problemIds.size(); ++i)
        if (!problem(fields.problemIds[i]))
            return Error::make("invalid_field",
                               "problem_ids[" + std::to_string(i) + "]: no problem with id " +
                                   fields.problemIds[i],
                               "problem_ids[" + std::to_string(i) + "]");
    Pilot p;
    p.id = newUuidV7();
    p.fields = fields;
    p.fields.title = trimmed(fields.title);
    p.phase = PilotPhase::Proposed;
    p.author = m_userName;
    p.authorId = sync::hubAccount(*this).userId;
    p.created = now();
    p.updated = p.created;
    PhaseChange made;
    made.id = newUuidV7();
    made.pilotId = p.id;
    made.to = PilotPhase::Proposed;
    made.author = p.author;
    made.authorId = p.authorId;
    made.at = p.created;
    made.local = true;
    try {
        Transaction tx(m_db);
        writePilot(p);
        writePhaseChange(made);
        auto op = pilots::pilotSyncFields(p.fields);
        op->set("phase", std::string(pilots::toString(p.phase)));
        queueOp("upsert", "pilot", p.id, sync::stringify(op), "", p.id);
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    notify({StoreChange::Kind::PilotsChanged, p.id, 0});
    return p;
}

Result<Pilot> Store::updatePilot(const std::string& id, const PilotFields& fields)
{
    if (Status s = mayManagePilots(*this); !s)
        return s.error();
    auto current = pilot(id);
    if (!current)
        return Error::make("not_found", "no pilot with id " + id, "pilot_id");
    if (Status s = pilots::checkPilot(fields); !s)
        return s.error();
    Pilot p = *current;
    p.fields = fields;
    p.fields.title = trimmed(fields.title);
    p.updated = now();
    const auto before = fieldTexts(current->fields);
    const auto after = fieldTexts(p.fields);
    auto all = pilots::pilotSyncFields(p.fields);
    Poco::JSON::Object::Ptr changed = new Poco::JSON::Object;
    for (const auto& [name, text] : after)
        if (before.at(name) != text)
            changed->set(name, all->get(name));
    if (changed->size() == 0)
        return p;
    try {
        Transaction tx(m_db);
        writePilot(p);
        queueOp("upsert", "pilot", p.id, sync::stringify(changed), "", p.id);
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    notify({StoreChange::Kind::PilotsChanged, p.id, 0});
    return p;
}

Result<Pilot> Store::setPilotPhase(const std::string& id, PilotPhase to, const std::string& note)
{
    if (Status s = mayManagePilots(*this); !s)
        return s.error();
    auto current = pilot(id);
    if (!current)
        return Error::make("not_found", "no pilot with id " + id, "pilot_id");
    if (!pilots::isAllowedPhaseTransition(current->phase, to))
        return Error::make("invalid_transition",
                           "a pilot cannot move from " + std::string(pilots::toString(current->phase)) +
                               " to " + std::string(pilots::toString(to)),
                           "phase");
    const std::string text = trimmed(note);
    if (utf8Length(text) > 2000)
        return Error::make("invalid_field", "phase_note: at most 2,000 characters", "phase_note");
    Pilot p = *current;
    p.phase = to;
    p.updated = now();
    PhaseChange change;
    change.id = newUuidV7();
    change.pilotId = id;
    change.from = current->phase;
    change.to = to;
    change.note = text;
    change.author = m_userName;
    change.authorId = sync::hubAccount(*this).userId;
    change.at = p.updated;
    change.local = true;
    try {
        Transaction tx(m_db);
        writePilot(p);
        writePhaseChange(change);
        JsonObjectWriter op;
        op.add("phase", pilots::toString(to)).add("phase_note", text);
        queueOp("upsert", "pilot", id, op.str(), "", id);
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    notify({StoreChange::Kind::PilotsChanged, id, 0});
    return p;
}

void Store::writePilot(const Pilot& p)
{
    auto& st = cachedStatement(
        "INSERT INTO pilots (id, title, description, hypothesis, zone, start_date, end_date, cost_krw, "
        "goals, "
        "phase, author, author_id, created, updated, version, deleted) VALUES "
        "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, 0) ON CONFLICT (id) DO UPDATE "
        "SET "
        "title = ?2, description = ?3, hypothesis = ?4, zone = ?5, start_date = ?6, end_date = ?7, "
        "cost_krw = ?8, goals = ?9, phase = ?10, author = ?11, author_id = ?12, updated = ?14, version = "
        "?15, "
        "deleted = 0");
    const PilotFields& f = p.fields;
    st.bind(1, p.id).bind(2, f.title).bind(3, f.description).bind(4, f.hypothesis);
    st.bind(5, pilots::zoneToGeoJson(f.zone));
    st.bind(6, f.start.ok() ? pilots::toString(f.start) : std::string());
    st.bind(7, f.end.ok() ? pilots::toString(f.end) : std::string());
    st.bind(8, f.costKrw)
        .bind(9, pilots::goalsToJson(f.goals))
        .bind(10, std::string(pilots::toString(p.phase)));
    st.bind(11, p.author).bind(12, p.authorId).bind(13, toUnixMs(p.created)).bind(14, toUnixMs(p.updated));
    st.bind(15, p.version);
    st.run();
    cachedStatement("DELETE FROM pilot_problems WHERE pilot_id = ?").bind(1, p.id).run();
    auto& link = cachedStatement("INSERT OR IGNORE INTO pilot_problems (pilot_id, problem_id, position) "
                                 "VALUES (?, ?, ?)");
    for (std::size_t i = 0; i < f.problemIds.size(); ++i) {
        link.reset();
        link.bind(1, p.id).bind(2, f.problemIds[i]).bind(3, static_cast<std::int64_t>(i));
        link.run();
    }
}

void Store::writePhaseChange(const PhaseChange& c)
{
    auto& st = cachedStatement(
        "INSERT INTO pilot_phase_history (id, pilot_id, from_phase, to_phase, note, author, author_id, at, "
        "local) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (id) DO UPDATE SET from_phase = ?3, "
        "to_phase = ?4, note = ?5, author = ?6, author_id = ?7, at = ?8, local = ?9");
    st.bind(1, c.id).bind(2, c.pilotId);
    st.bind(3, c.from ? std::string(pilots::toString(*c.from)) : std::string());
    st.bind(4, std::string(pilots::toString(c.to))).bind(5, c.note).bind(6, c.author).bind(7, c.authorId);
    st.bind(8, toUnixMs(c.at)).bind(9, c.local ? 1 : 0);
    st.run();
}

namespace {

Pilot readPilot(const Statement& st, Database& db)
{
    Pilot p;
    p.id = st.text(0);
    p.fields.title = st.text(1);
    p.fields.description = st.text(2);
    p.fields.hypothesis = st.text(3);
    if (auto zone = pilots::parseZone(st.text(4)))
        p.fields.zone = std::move(*zone);
    p.fields.start = pilots::parseDate(st.text(5)).value_or(pilots::Date{});
    p.fields.end = pilots::parseDate(st.text(6)).value_or(pilots::Date{});
    p.fields.costKrw = st.int64(7);
    if (auto goals = pilots::parseGoals(st.text(8)))
        p.fields.goals = std::move(*goals);
    p.phase = pilots::pilotPhaseFromString(st.text(9)).value_or(PilotPhase::Proposed);
    p.author = st.text(10);
    p.authorId = st.text(11);
    p.created = fromUnixMs(st.int64(12));
    p.updated = fromUnixMs(st.int64(13));
    p.version = st.int64(14);
    p.refusalCode = st.text(15);
    p.refusalMessage = st.text(16);
    auto links = db.prepare("SELECT problem_id FROM pilot_problems WHERE pilot_id = ? ORDER BY position");
    links.bind(1, p.id);
    while (links.step())
        p.fields.problemIds.push_back(links.text(0));
    return p;
}

} // namespace

std::optional<Pilot> Store::pilot(const std::string& id)
{
    auto st =
        m_db.prepare(std::string("SELECT ") + kPilotColumns + " FROM pilots WHERE id = ? AND deleted = 0");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readPilot(st, m_db);
}

std::vector<Pilot> Store::pilots()
{
    std::vector<Pilot> out;
    auto st = m_db.prepare(std::string("SELECT ") + kPilotColumns +
                           " FROM pilots WHERE deleted = 0 ORDER BY created DESC, id DESC");
    while (st.step())
        out.push_back(readPilot(st, m_db));
    return out;
}

std::vector<Pilot> Store::pilotsOfProblem(const std::string& problemId)
{
    std::vector<Pilot> out;
    auto st =
        m_db.prepare(std::string("SELECT ") + kPilotColumns +
                     " FROM pilots WHERE deleted = 0 AND id IN (SELECT pilot_id FROM pilot_problems WHERE "
                     "problem_id = ?) ORDER BY created DESC, id DESC");
    st.bind(1, problemId);
    while (st.step())
        out.push_back(readPilot(st, m_db));
    return out;
}

std::vector<PhaseChange> Store::pilotHistory(const std::string& pilotId)
{
    std::vector<PhaseChange> out;
    // The entries made here stay unsent for good while the hub's refusal of the pilot stands and
    // nothing of it waits to be sent again.
    bool refused = false;
    {
        auto q =
            m_db.prepare("SELECT NOT EXISTS (SELECT 1 FROM outbox WHERE entity = 'pilot' AND sync_key = ?1) "
                         "AND EXISTS (SELECT 1 FROM sync_entities WHERE entity = 'pilot' AND id = ?1 AND "
                         "rejected_code <> '')");
        q.bind(1, pilotId);
        refused = q.step() && q.int64(0) != 0;
    }
    auto st = m_db.prepare("SELECT id, from_phase, to_phase, note, author, author_id, at, local FROM "
                           "pilot_phase_history WHERE pilot_id = ? ORDER BY at DESC, id DESC");
    st.bind(1, pilotId);
    while (st.step()) {
        PhaseChange c;
        c.id = st.text(0);
        c.pilotId = pilotId;
        c.from = pilots::pilotPhaseFromString(st.text(1));
        c.to = pilots::pilotPhaseFromString(st.text(2)).value_or(PilotPhase::Proposed);
        c.note = st.text(3);
        c.author = st.text(4);
        c.authorId = st.text(5);
        c.at = fromUnixMs(st.int64(6));
        c.local = st.int64(7) != 0;
        c.refused = c.local && refused;
        out.push_back(std::move(c));
    }
    // Moves the hub applied in one push share its time: within such a group, a move from the phase
    // another one moved to came after it.
    for (std::size_t begin = 0; begin < out.size();) {
        std::size_t end = begin + 1;
        while (end < out.size() && out[end].at == out[begin].at)
            ++end;
        std::vector<PhaseChange> group(out.begin() + static_cast<std::ptrdiff_t>(begin),
                                       out.begin() + static_cast<std::ptrdiff_t>(end));
        std::vector<PhaseChange> oldestFirst;
        while (!group.empty()) {
            auto first = std::find_if(group.begin(), group.end(), [&](const PhaseChange& c) {
                return std::none_of(group.begin(), group.end(),
                                    [&](const PhaseChange& other) { return c.from && other.to == *c.from; });
            });
            if (first == group.end())
                first = group.begin(); // a cycle (voting → proposed → voting): keep the order read
            oldestFirst.push_back(*first);
            group.erase(first);
        }
        std::reverse_copy(oldestFirst.begin(), oldestFirst.end(),
                          out.begin() + static_cast<std::ptrdiff_t>(begin));
        begin = end;
    }
    return out;
}

Status Store::setPilotTester(const std::string& pilotId, bool tester)
{
    const auto p = pilot(pilotId);
    if (!p)
        return Error::make("not_found", "no pilot with id " + pilotId, "pilot_id");
    if (tester && (p->phase == PilotPhase::Evaluated || p->phase == PilotPhase::Rejected))
        return Error::make("forbidden", "the pilot is " + std::string(pilots::toString(p->phase)) +
                                            " already: it takes no more testers");
    bool changed = false;
    try {
        Transaction tx(m_db);
        if (tester) {
            auto st = m_db.prepare(
                "INSERT OR IGNORE INTO pilot_testers (pilot_id, user_id, user, created) VALUES (?, ?, ?, ?)");
            st.bind(1, pilotId).bind(2, m_userName).bind(3, m_userName).bind(4, toUnixMs(now()));
            st.run();
        } else {
            auto st = m_db.prepare("DELETE FROM pilot_testers WHERE pilot_id = ? AND user_id = ?");
            st.bind(1, pilotId).bind(2, m_userName);
            st.run();
        }
        changed = m_db.changes() > 0;
        if (changed)
            queueOp(tester ? "upsert" : "delete", "pilot_tester", pilotId,
                    JsonObjectWriter().add("pilot_id", pilotId).str(), "", pilotId + ":" + m_userName);
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    if (changed)
        notify({StoreChange::Kind::PilotsChanged, pilotId, 0});
    return {};
}

bool Store::isPilotTester(const std::string& pilotId)
{
    auto st = m_db.prepare("SELECT 1 FROM pilot_testers WHERE pilot_id = ? AND user_id = ?");
    st.bind(1, pilotId).bind(2, m_userName);
    return st.step();
}

std::vector<std::string> Store::pilotTesters(const std::string& pilotId)
{
    std::vector<std::string> out;
    auto st = m_db.prepare("SELECT user FROM pilot_testers WHERE pilot_id = ? ORDER BY created, user");
    st.bind(1, pilotId);
    while (st.step())
        out.push_back(st.text(0));
    return out;
}

Result<pilots::Feedback> Store::addPilotFeedback(const std::string& pilotId, const std::string& text,
                                                 std::optional<int> rating)
{
    if (!pilot(pilotId))
        return Error::make("not_found", "no pilot with id " + pilotId, "pilot_id");
    if (!isPilotTester(pilotId))
        return Error::make("forbidden", "join the pilot as a tester first");
    pilots::Feedback f;
    f.id = newUuidV7();
    f.pilotId = pilotId;
    f.text = trimmed(text);
    f.rating = rating;
    f.author = m_userName;
    f.authorId = sync::hubAccount(*this).userId;
    f.created = now();
    if (f.text.empty())
        return Error::make("invalid_field", "text: write what you saw", "text");
    if (utf8Length(f.text) > 2000 || !isValidUtf8(f.text) || hasControlCharacter(f.text, true))
        return Error::make("invalid_field", "text: at most 2,000 characters of text", "text");
    if (rating && (*rating < 1 || *rating > 5))
        return Error::make("invalid_field", "rating: from 1 to 5", "rating");
    try {
        Transaction tx(m_db);
        auto st = m_db.prepare("INSERT INTO pilot_feedback (id, pilot_id, author, author_id, text, rating, "
                               "created) VALUES (?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, f.id).bind(2, pilotId).bind(3, f.author).bind(4, f.authorId).bind(5, f.text);
        if (rating)
            st.bind(6, static_cast<std::int64_t>(*rating));
        st.bind(7, toUnixMs(f.created));
        st.run();
        JsonObjectWriter fields;
        fields.add("pilot_id", pilotId).add("text", f.text);
        if (rating)
            fields.add("rating", static_cast<std::int64_t>(*rating));
        fields.add("created", toIso8601(f.created));
        queueOp("upsert", "pilot_feedback", f.id, fields.str(), "", f.id);
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    notify({StoreChange::Kind::PilotsChanged, pilotId, 0});
    return f;
}

std::vector<pilots::Feedback> Store::pilotFeedback(const std::string& pilotId)
{
    std::vector<pilots::Feedback> out;
    auto st = m_db.prepare("SELECT id, author, author_id, text, rating, created FROM pilot_feedback WHERE "
                           "pilot_id = ? AND deleted = 0 ORDER BY created DESC, id DESC");
    st.bind(1, pilotId);
    while (st.step()) {
        pilots::Feedback f;
        f.id = st.text(0);
        f.pilotId = pilotId;
        f.author = st.text(1);
        f.authorId = st.text(2);
        f.text = st.text(3);
        if (!st.isNull(4))
            f.rating = static_cast<int>(st.int64(4));
        f.created = fromUnixMs(st.int64(5));
        out.push_back(std::move(f));
    }
    return out;
}

void Store::applyPilotChange(const sync::Change& change, const Poco::JSON::Object::Ptr& fields,
                             const std::set<std::string>& keep, bool pending, PullApplied& applied,
                             const std::string& testerKey)
{
    if (change.entity == "pilot_tester") {
        const std::string pilotId = stringOf(fields, "pilot_id", change.id.substr(0, change.id.find(':')));
        if (change.deleted) {
            if (!pending) {
                auto& st = cachedStatement("DELETE FROM pilot_testers WHERE pilot_id = ? AND user_id = ?");
                st.bind(1, pilotId).bind(2, testerKey);
                st.run();
            }
        } else {
            auto& st =
                cachedStatement("INSERT INTO pilot_testers (pilot_id, user_id, user, created) VALUES "
                                "(?1, ?2, ?3, ?4) ON CONFLICT (pilot_id, user_id) DO UPDATE SET user = ?3");
            const std::string name = stringOf(fields, "user", testerKey);
            st.bind(1, pilotId).bind(2, testerKey).bind(3, name).bind(4, toUnixMs(now()));
            st.run();
        }
        ++applied.applied;
        return;
    }
    if (change.entity == "pilot_feedback") {
        if (change.deleted) {
            cachedStatement("UPDATE pilot_feedback SET deleted = 1 WHERE id = ?").bind(1, change.id).run();
        } else {
            auto& st = cachedStatement(
                "INSERT INTO pilot_feedback (id, pilot_id, author, author_id, text, rating, created, "
                "deleted) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0) ON CONFLICT (id) DO UPDATE SET author = ?3, "
                "author_id = ?4, text = CASE WHEN ?8 THEN text ELSE ?5 END, rating = ?6, deleted = 0");
            st.bind(1, change.id).bind(2, stringOf(fields, "pilot_id")).bind(3, stringOf(fields, "author"));
            st.bind(4, stringOf(fields, "author_id")).bind(5, stringOf(fields, "text"));
            if (fields->has("rating") && fields->get("rating").isNumeric())
                st.bind(6, static_cast<std::int64_t>(fields->get("rating").convert<Poco::Int64>()));
            else
                st.bindNull(6);
            st.bind(7, toUnixMs(parseIso8601(stringOf(fields, "created")).value_or(now())));
            st.bind(8, keep.count("text") ? 1 : 0);
            st.run();
        }
        ++applied.applied;
        return;
    }
    if (change.entity == "pilot_phase_change") {
        // Written by the hub: it replaces the entry this store wrote when the move was made here.
        if (change.deleted)
            return;
        PhaseChange c;
        c.id = change.id;
        c.pilotId = stringOf(fields, "pilot_id");
        c.from = pilots::pilotPhaseFromString(stringOf(fields, "from"));
        c.to = pilots::pilotPhaseFromString(stringOf(fields, "to")).value_or(PilotPhase::Proposed);
        c.note = stringOf(fields, "note");
        c.author = stringOf(fields, "author");
        c.authorId = stringOf(fields, "author_id");
        c.at = parseIso8601(stringOf(fields, "at")).value_or(now());
        auto& drop =
            cachedStatement("DELETE FROM pilot_phase_history WHERE pilot_id = ? AND to_phase = ? AND "
                            "local = 1");
        drop.bind(1, c.pilotId).bind(2, std::string(pilots::toString(c.to)));
        drop.run();
        writePhaseChange(c);
        ++applied.applied;
        return;
    }
    if (change.deleted) {
        if (!pending)
            cachedStatement("UPDATE pilots SET deleted = 1 WHERE id = ?").bind(1, change.id).run();
        ++applied.applied;
        return;
    }
    // The hub's fields over what this store holds, but for fields with pending local ops.
    auto current = pilot(change.id);
    Poco::JSON::Object::Ptr merged =
        current ? pilots::pilotSyncFields(current->fields) : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    std::string phase = current ? std::string(pilots::toString(current->phase)) : std::string("proposed");
    for (const auto& [name, value] : *fields) {
        if (keep.count(name))
            continue;
        if (name == "phase")
            phase = value.isString() ? value.extract<std::string>() : phase;
        else
            merged->set(name, value);
    }
    Pilot p = current.value_or(Pilot{});
    p.id = change.id;
    // The hub checked the whole; read it leniently, a field this version cannot read left as it was.
    auto read = pilots::pilotFromSyncFields(*merged);
    if (read) {
        p.fields = std::move(*read);
    } else {
        p.fields.title = stringOf(merged, "title", p.fields.title);
        p.fields.description = stringOf(merged, "description", p.fields.description);
    }
    p.phase = pilots::pilotPhaseFromString(phase).value_or(p.phase);
    p.author = stringOf(fields, "author", p.author);
    p.authorId = stringOf(fields, "author_id", p.authorId);
    if (!current)
        p.created = now();
    p.updated = now();
    p.version = change.version;
    writePilot(p);
    ++applied.applied;
}

} // namespace balgul::core
