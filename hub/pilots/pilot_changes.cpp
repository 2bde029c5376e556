#include "hub/pilots/pilot_changes.h"

#include "hub/sync/entity_rules.h"

#include "core/pilots/pilot_json.h"
#include "core/pilots/pilot_rules.h"
#include "core/util/ids.h"
#include "core/util/time.h"

#include <Poco/JSON/Array.h>

#include <algorithm>

namespace balgul::hub {

namespace {

using core::Error;
using core::sync::Op;
using core::sync::OpKind;

std::string text(const Poco::JSON::Object::Ptr& fields, const char* name)
{
    if (!fields || !fields->has(name) || !fields->get(name).isString())
        return {};
    return fields->getValue<std::string>(name);
}

const Poco::Dynamic::Var* findChange(const FieldChanges& changes, const std::string& name)
{
    const auto it =
        std::find_if(changes.begin(), changes.end(), [&](const auto& c) { return c.first == name; });
    return it == changes.end() ? nullptr : &it->second;
}

/// The problem ids of a pilot op ({} when it sets none or they are not an array of strings).
std::vector<std::string> problemIdsOf(const Poco::Dynamic::Var& value)
{
    std::vector<std::string> ids;
    if (value.type() != typeid(Poco::JSON::Array::Ptr))
        return ids;
    const auto items = value.extract<Poco::JSON::Array::Ptr>();
    for (std::size_t i = 0; items && i < items->size(); ++i) {
        const Poco::Dynamic::Var item = items->get(static_cast<unsigned>(i));
        ids.push_back(item.isString() ? item.extract<std::string>() : std::string());
    }
    return ids;
}

} // namespace

bool isPilotEntity(const std::string& entity)
{
    return entity == "pilot" || entity == "pilot_phase_change" || entity == "pilot_tester" ||
           entity == "pilot_feedback";
}

core::Status refuseOutright(const User& user, const Op& op)
{
    // Neither needs the entity nor its parent to decide.
    if (op.entity == "pilot" || op.entity == "pilot_phase_change")
        return authorizePilotOp(user, op, nullptr, nullptr);
    return {};
}

core::Status authorizePilotOp(const User& user, const Op& op, const EntityState* current,
                              const EntityState* pilot)
{
    const bool staff = user.role != Role::Citizen;
    const bool owner = current && current->ownerId == user.id;
    if (op.entity == "pilot") {
        if (!staff)
            return Error::make("forbidden", "only a coordinator may make, change or delete a pilot");
        return {};
    }
    if (op.entity == "pilot_phase_change")
        return Error::make("forbidden", "a pilot's phase history is written by the hub alone");
    if (op.entity == "pilot_tester") {
        if (op.kind == OpKind::Delete) // keyed by the account: one only ever leaves oneself
            return {};
        const std::string phase = pilot ? text(pilot->fields, "phase") : std::string();
        if (phase == "evaluated" || phase == "rejected")
            return Error::make("forbidden", "the pilot is " + phase + " already: it takes no more testers");
        return {};
    }
    // pilot_feedback
    if (op.kind == OpKind::Delete) {
        if (!owner && !staff)
            return Error::make("forbidden", "only the author or a coordinator may delete this feedback");
        return {};
    }
    if (!current) // a tester writes it: checkPilotMembership()
        return {};
    if (!owner)
        return Error::make("forbidden", "only the author may change this feedback");
    if (op.fields->has("pilot_id") && text(op.fields, "pilot_id") != text(current->fields, "pilot_id"))
        return Error::make("invalid_field", "pilot_id: a feedback stays on the pilot it was written for",
                           "pilot_id");
    return {};
}

core::Status checkPilotMembership(HubTransaction& tx, const User& user, const Op& op,
                                  const EntityState* current)
{
    if (op.entity != "pilot_feedback" || op.kind != OpKind::Upsert || current)
        return {};
    const auto tester = tx.loadEntity("pilot_tester", text(op.fields, "pilot_id") + ":" + user.id);
    if (!tester || tester->deleted)
        return Error::make("forbidden", "join the pilot as a tester first");
    return {};
}

std::vector<std::pair<std::string, std::string>> pilotLookups(const Op& op, const User& user)
{
    std::vector<std::pair<std::string, std::string>> out;
    if (op.entity == "pilot_feedback" && op.kind == OpKind::Upsert && op.fields && op.fields->has("pilot_id"))
        out.emplace_back("pilot_tester", text(op.fields, "pilot_id") + ":" + user.id);
    if (op.entity == "pilot" && op.fields && op.fields->has("problem_ids"))
        for (std::string& id : problemIdsOf(op.fields->get("problem_ids")))
            if (core::isCanonicalUuid(id))
                out.emplace_back("problem", std::move(id));
    return out;
}

core::Result<PhaseMove> preparePilotChange(HubTransaction& tx, const Op& op, const EntityState* stored,
                                           FieldChanges& changes)
{
    const std::string from = stored ? text(stored->fields, "phase") : std::string();
    if (!stored && !findChange(changes, "phase"))
        changes.emplace_back("phase", std::string("proposed"));
    // The pilot as it would be: what the hub holds with the merge's changes over it.
    Poco::JSON::Object::Ptr after =
        stored && stored->fields ? new Poco::JSON::Object(*stored->fields) : new Poco::JSON::Object;
    for (const auto& [name, value] : changes)
        after->set(name, value);
    const std::string to = text(after, "phase");

    if (!stored && to != "proposed")
        return Error::make("invalid_transition", "a new pilot is proposed; its phase moves once it is made",
                           "phase");
    if (stored && to != from) {
        const auto f = core::pilots::pilotPhaseFromString(from);
        const auto t = core::pilots::pilotPhaseFromString(to);
        if (!f || !t || !core::pilots::isAllowedPhaseTransition(*f, *t))
            return Error::make("invalid_transition", "a pilot cannot move from " + from + " to " + to,
                               "phase");
    }
    if (auto whole = core::pilots::pilotFromSyncFields(*after); !whole)
        return whole.error();
    if (const Poco::Dynamic::Var* ids = findChange(changes, "problem_ids")) {
        const auto named = problemIdsOf(*ids);
        for (std::size_t i = 0; i < named.size(); ++i) {
            const auto problem = tx.loadEntity("problem", named[i]);
            if (!problem || problem->deleted) {
                const std::string field = "problem_ids[" + std::to_string(i) + "]";
                return Error::make("invalid_field", field + ": the hub has no such problem", field);
            }
        }
    }

    PhaseMove move;
    move.moved = !stored || to != from;
    if (!move.moved)
        return move;
    move.from = from;
    move.to = to;
    move.note = text(op.fields, "phase_note");
    // The pilot's note is its latest move's: a move without one clears it.
    if (!op.fields->has("phase_note"))
        changes.emplace_back("phase_note", std::string());
    return move;
}

void recordPhaseMove(HubTransaction& tx, const User& user, const Op& op, const EntityState& pilot,
                     const PhaseMove& move)
{
    if (!move.moved)
        return;
    EntityState entry;
    entry.entity = "pilot_phase_change";
    entry.id = core::uuidFromName("pilot_phase:" + user.id + ':' + pilot.id + ':' + op.opId);
    entry.ownerId = user.id;
    entry.fields = new Poco::JSON::Object;
    entry.fields->set("pilot_id", pilot.id);
    entry.fields->set("from", move.from);
    entry.fields->set("to", move.to);
    entry.fields->set("note", move.note);
    entry.fields->set("at", core::toIso8601(core::now()));
    setAccountFields(entry.entity, user, *entry.fields);
    entry.seq = tx.nextSeq();
    tx.saveEntity(entry);
}

} // namespace balgul::hub
