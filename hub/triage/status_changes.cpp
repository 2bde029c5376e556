#include "hub/triage/status_changes.h"

#include "hub/sync/entity_rules.h"

#include "core/triage/status_rules.h"
#include "core/util/ids.h"
#include "core/util/text.h"
#include "core/util/time.h"

namespace balgul::hub {

namespace {

using core::triage::CloseReason;
using core::triage::StatusActor;

std::string text(const Poco::JSON::Object::Ptr& fields, const char* name)
{
    if (!fields || !fields->has(name) || !fields->get(name).isString())
        return {};
    return fields->getValue<std::string>(name);
}

} // namespace

std::int64_t writeStatusEntry(HubTransaction& tx, const User& user, const std::string& id,
                              const std::string& problemId, const std::string& from, const std::string& to,
                              const std::string& note, const std::string& reason)
{
    EntityState entry;
    entry.entity = "status_change";
    entry.id = id;
    entry.ownerId = user.id;
    entry.fields = new Poco::JSON::Object;
    entry.fields->set("problem_id", problemId);
    entry.fields->set("from", from);
    entry.fields->set("to", to);
    entry.fields->set("note", note);
    entry.fields->set("reason", reason);
    entry.fields->set("at", core::toIso8601(core::now()));
    setAccountFields(entry.entity, user, *entry.fields);
    entry.seq = tx.nextSeq();
    tx.saveEntity(entry);
    return entry.seq;
}

std::string statusOf(const EntityState& problem)
{
    const std::string status = text(problem.fields, "status");
    return status.empty() ? std::string("new") : status;
}

core::Status authorizeStatusChange(const User& user, const core::sync::Op& op, const EntityState& problem)
{
    const auto from = core::problemStatusFromString(statusOf(problem)).value_or(core::ProblemStatus::New);
    const StatusActor actor = user.role != Role::Citizen   ? StatusActor::Coordinator
                              : problem.ownerId == user.id ? StatusActor::Author
                                                           : StatusActor::Citizen;
    const auto to = core::problemStatusFromString(text(op.fields, "to"));
    const auto reason = core::triage::closeReasonFromString(text(op.fields, "reason"));
    if (actor == StatusActor::Citizen) // a citizen hears no more than "no"
        return core::triage::checkStatusChange(actor, from, from, {}, CloseReason::None);
    if (!to)
        return core::Error::make("invalid_field", "to: is not a known status", "to");
    if (!reason)
        return core::Error::make("invalid_field",
                                 "reason: must be duplicate, out_of_remit, not_reproducible or referred",
                                 "reason");
    if (op.fields->has("from") && text(op.fields, "from") != statusOf(problem))
        return core::Error::make("status_changed",
                                 "the problem's status is " + statusOf(problem) + " now, not " +
                                     text(op.fields, "from") + ": look again before changing it",
                                 "from");
    return core::triage::checkStatusChange(actor, from, *to, text(op.fields, "note"), *reason);
}

std::int64_t applyStatusChange(HubTransaction& tx, const User& user, const std::string& clientId,
                               const core::sync::Op& op, EntityState& problem)
{
    const std::string from = statusOf(problem);
    const std::string to = text(op.fields, "to");
    const std::string note = core::trimmed(text(op.fields, "note"));
    const std::string reason = text(op.fields, "reason");
    problem.seq = tx.nextSeq();
    problem.fields->set("status", to);
    problem.fields->set("status_note", note);
    problem.fields->set("status_reason", reason);
    for (const char* name : {"status", "status_note", "status_reason"})
        problem.stamps[name] = FieldStamp{problem.seq, clientId};
    tx.saveEntity(problem);
    return writeStatusEntry(tx, user, op.id, problem.id, from, to, note, reason);
}

void recordFieldStatusChange(HubTransaction& tx, const User& user, const core::sync::Op& op,
                             EntityState& problem, const std::string& from)
{
    const std::string to = statusOf(problem);
    if (to == from)
        return;
    problem.fields->set("status_note", std::string());
    problem.fields->set("status_reason", std::string());
    tx.saveEntity(problem);
    // Named after the op: the op sent again after a hub restore writes the entry the clients
    // already pulled, not a second one.
    writeStatusEntry(tx, user,
                     core::uuidFromName("status_change:" + user.id + ':' + problem.id + ':' + op.opId),
                     problem.id, from, to, {}, {});
}

} // namespace balgul::hub
