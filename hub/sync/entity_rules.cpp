#include "hub/sync/entity_rules.h"

#include "hub/pilots/pilot_changes.h"
#include "hub/triage/problem_merge.h"
#include "hub/triage/status_changes.h"
#include "hub/voting/voting_changes.h"

#include "core/domain/category.h"
#include "core/domain/problem.h"
#include "core/pilots/pilot_json.h"
#include "core/triage/status_rules.h"
#include "core/util/ids.h"
#include "core/util/json_writer.h"
#include "core/util/text.h"
#include "core/util/time.h"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <cmath>
#include <span>
#include <vector>

namespace balgul::hub {

namespace {

using core::Error;
using core::sync::Op;
using core::sync::OpKind;

enum class Kind
{
    Text,     ///< a string of at most `max` code points (`min` > 0: not empty), on one line
    Lines,    ///< as Text, and may hold tabs and line ends
    Number,   ///< a finite number within min..max
    Integer,  ///< a whole number within min..max
    Time,     ///< ISO 8601
    Uuid,     ///< a UUID, or "" when min == 0
    Sha256,   ///< 64 lower-case hex
    Category, ///< a known category code
    Status,   ///< a problem status
    Phase,    ///< a pilot phase
    UuidList, ///< an array of `min`..`max` UUIDs in lower case
};

struct FieldSpec
{
    const char* name;
    Kind kind;
    bool requiredOnCreate;
    double min = 0;
    double max = 0;
};

constexpr FieldSpec kProblemFields[] = {
    {"title", Kind::Text, true, 1, core::limits::kTitleMax},
    {"description", Kind::Lines, false, 0, core::limits::kDescriptionMax},
    {"category", Kind::Category, true},
    {"status", Kind::Status, false},
    {"lat", Kind::Number, true, -90, 90},
    {"lon", Kind::Number, true, -180, 180},
    {"address", Kind::Text, false, 0, core::limits::kAddressMax},
    {"created", Kind::Time, false},
    {"duplicate_of", Kind::Uuid, false, 0},
};
constexpr FieldSpec kCommentFields[] = {
    {"problem_id", Kind::Uuid, true, 1},
    {"text", Kind::Lines, true, 1, core::limits::kCommentMax},
    {"created", Kind::Time, false},
};
constexpr FieldSpec kStatusChangeFields[] = {
    {"problem_id", Kind::Uuid, true, 1},  {"to", Kind::Status, true},
    {"from", Kind::Status, false},        {"note", Kind::Lines, false, 0, core::triage::kStatusNoteMax},
    {"reason", Kind::Text, false, 0, 40}, {"created", Kind::Time, false},
};
// What the hub did (status_before, moved_comments…), when and who did it are the hub's fields:
// withoutAccountFields() drops what a client sends there.
constexpr FieldSpec kProblemMergeFields[] = {
    {"duplicate_id", Kind::Uuid, true, 1},
    {"kept_id", Kind::Uuid, true, 1},
    {"note", Kind::Lines, false, 0, core::triage::kStatusNoteMax},
};
constexpr FieldSpec kSupportFields[] = {
    {"problem_id", Kind::Uuid, false, 1},
};
constexpr FieldSpec kAttachmentFields[] = {
    {"problem_id", Kind::Uuid, false, 1},        {"sha256", Kind::Sha256, true},
    {"file_name", Kind::Text, false, 0, 255},    {"mime", Kind::Text, false, 0, 100},
    {"size", Kind::Integer, false, 0, 20 << 20},
};
// A pilot's zone and goals are JSON texts: their shape is core::pilots::pilotFromSyncFields()'s,
// checked on the pilot as a whole after the merge (hub/pilots).
constexpr FieldSpec kPilotFields[] = {
    {"title", Kind::Text, true, 1, core::limits::kTitleMax},
    {"description", Kind::Lines, false, 0, core::limits::kDescriptionMax},
    {"hypothesis", Kind::Lines, false, 0, core::limits::kDescriptionMax},
    {"problem_ids", Kind::UuidList, true, 1, core::pilots::kPilotMaxProblems},
    {"zone", Kind::Text, true, 1, core::pilots::kZoneTextMaxBytes},
    {"start", Kind::Text, true, 1, 10},
    {"end", Kind::Text, true, 1, 10},
    {"cost_krw", Kind::Integer, false, 0, 1e15},
    {"goals", Kind::Text, true, 1, 10000},
    {"phase", Kind::Phase, false},
    {"phase_note", Kind::Lines, false, 0, kPhaseNoteMax},
};
constexpr FieldSpec kPilotTesterFields[] = {
    {"pilot_id", Kind::Uuid, false, 1},
};
// A round's `projects` (the candidates' titles and costs) is the hub's, fixed from the pilots.
constexpr FieldSpec kRoundFields[] = {
    {"title", Kind::Text, true, 1, core::limits::kTitleMax},
    {"description", Kind::Lines, false, 0, core::limits::kDescriptionMax},
    {"pilot_ids", Kind::UuidList, true, 1, 100},
    {"ballot_type", Kind::Text, true, 1, 20},
    {"rule", Kind::Text, true, 1, 20},
    {"budget", Kind::Integer, true, 1, 1e15},
    {"min_score", Kind::Integer, false, 0, 1e9},
    {"min_choices", Kind::Integer, false, 0, 100},
    {"max_choices", Kind::Integer, false, 0, 100},
    {"max_points", Kind::Integer, false, 0, 1e6},
    {"max_points_per_project", Kind::Integer, false, 0, 1e6},
    {"opens", Kind::Time, true},
    {"closes", Kind::Time, true},
    {"eligible_accounts", Kind::UuidList, false, 0, 10000},
    {"eligible_invite", Kind::Text, false, 0, 16},
};
// A ballot never names its voter in its fields: the account is in its key and its owner only.
constexpr FieldSpec kBallotFields[] = {
    {"round_id", Kind::Uuid, false, 1},
    {"choices", Kind::Text, true, 1, 65536},
    {"receipt", Kind::Sha256, true},
};
constexpr FieldSpec kPilotFeedbackFields[] = {
    {"pilot_id", Kind::Uuid, true, 1},
    {"text", Kind::Lines, true, 1, 2000},
    {"rating", Kind::Integer, false, 1, 5},
    {"created", Kind::Time, false},
};

std::span<const FieldSpec> specsFor(const std::string& entity)
{
    if (entity == "problem")
        return kProblemFields;
    if (entity == "comment")
        return kCommentFields;
    if (entity == "support")
        return kSupportFields;
    if (entity == "status_change")
        return kStatusChangeFields;
    if (entity == "problem_merge")
        return kProblemMergeFields;
    if (entity == "attachment")
        return kAttachmentFields;
    if (entity == "pilot")
        return kPilotFields;
    if (entity == "pilot_tester")
        return kPilotTesterFields;
    if (entity == "pilot_feedback")
        return kPilotFeedbackFields;
    if (entity == "round")
        return kRoundFields;
    if (entity == "ballot")
        return kBallotFields;
    return {}; // pilot_phase_change: the hub writes every field
}

/// The kinds keyed under their parent's id, one per parent and account or blob.
bool keyedUnderParent(const std::string& entity)
{
    return entity == "support" || entity == "attachment" || entity == "pilot_tester" || entity == "ballot";
}

/// What an entity hangs on, and the field that names it.
std::pair<const char*, const char*> parentLink(const std::string& entity)
{
    if (entity == "comment" || entity == "status_change" || entity == "support" || entity == "attachment")
        return {"problem", "problem_id"};
    if (entity == "pilot_tester" || entity == "pilot_feedback" || entity == "pilot_phase_change")
        return {"pilot", "pilot_id"};
    if (entity == "ballot")
        return {"round", "round_id"};
    return {nullptr, nullptr};
}

Error invalid(const std::string& field, const std::string& message)
{
    return Error::make("invalid_field", field + ": " + message, field);
}

core::Status checkUuidList(const FieldSpec& spec, const Poco::Dynamic::Var& v)
{
    const std::string name = spec.name;
    Poco::JSON::Array::Ptr items;
    if (v.type() == typeid(Poco::JSON::Array::Ptr))
        items = v.extract<Poco::JSON::Array::Ptr>();
    if (!items)
        return invalid(name, "must be an array of UUIDs");
    if (const auto n = static_cast<double>(items->size()); n < spec.min || n > spec.max)
        return invalid(name, "must hold " + core::jsonNumber(spec.min) + " to " + core::jsonNumber(spec.max) +
                                 " UUIDs");
    for (std::size_t i = 0; i < items->size(); ++i) {
        const Poco::Dynamic::Var item = items->get(static_cast<unsigned>(i));
        if (!item.isString() || !core::isCanonicalUuid(item.extract<std::string>()))
            return invalid(name + "[" + std::to_string(i) + "]", "must be a UUID in lower case");
    }
    return {};
}

core::Status checkValue(const FieldSpec& spec, const Poco::Dynamic::Var& v)
{
    const std::string name = spec.name;
    switch (spec.kind) {
    case Kind::UuidList:
        return checkUuidList(spec, v);
    case Kind::Number:
    case Kind::Integer: {
        if (!v.isNumeric() || v.isBoolean() || (spec.kind == Kind::Integer && !v.isInteger()))
            return invalid(name, spec.kind == Kind::Integer ? "must be a whole number" : "must be a number");
        const double d = v.convert<double>();
        if (!std::isfinite(d) || d < spec.min || d > spec.max)
            return invalid(name, "must be within " + core::jsonNumber(spec.min) + ".." +
                                     core::jsonNumber(spec.max));
        return {};
    }
    default:
        break;
    }
    if (!v.isString())
        return invalid(name, "must be a string");
    const std::string s = v.extract<std::string>();
    if (!core::isValidUtf8(s))
        return invalid(name, "is not valid UTF-8");
    if (core::hasControlCharacter(s, spec.kind == Kind::Lines))
        return invalid(name, spec.kind == Kind::Lines
                                 ? "holds a control character (only tabs and line ends may be in it)"
                                 : "holds a control character (a tab, a line end or another)");
    switch (spec.kind) {
    case Kind::Text:
    case Kind::Lines:
        if (spec.min > 0 && core::trimmed(s).empty())
            return invalid(name, "must not be empty");
        if (core::utf8Length(s) > static_cast<std::size_t>(spec.max))
            return invalid(name,
                           "is longer than " + std::to_string(static_cast<long>(spec.max)) + " characters");
        return {};
    case Kind::Time:
        if (!core::parseIso8601(s))
            return invalid(name, "must be an ISO 8601 time");
        return {};
    case Kind::Uuid:
        if (s.empty() && spec.min == 0)
            return {};
        if (!core::isCanonicalUuid(s))
            return invalid(name, "must be a UUID in lower case");
        return {};
    case Kind::Sha256:
        if (!core::isSha256Hex(s))
            return invalid(name, "must be 64 lower-case hex characters");
        return {};
    case Kind::Category:
        if (!core::findCategory(s))
            return invalid(name, "is not a known category");
        return {};
    case Kind::Status:
        if (!core::problemStatusFromString(s))
            return invalid(name, "is not a known status");
        return {};
    case Kind::Phase:
        if (!core::pilots::pilotPhaseFromString(s))
            return invalid(name, "is not a known phase");
        return {};
    default:
        return {};
    }
}

bool isStaffField(const std::string& entity, const std::string& field)
{
    return entity == "problem" && (field == "status" || field == "duplicate_of");
}

/// The fields the hub sets from the writer's account: the name shown, and the account's id.
std::pair<const char*, const char*> accountFields(const std::string& entity)
{
    if (entity == "problem" || entity == "comment" || entity == "status_change" ||
        entity == "problem_merge" || entity == "pilot" || entity == "pilot_feedback" ||
        entity == "pilot_phase_change" || entity == "round")
        return {"author", "author_id"};
    if (entity == "support" || entity == "pilot_tester")
        return {"user", "user_id"};
    return {nullptr, nullptr};
}

} // namespace

ParentRef parentOf(const Op& op, const EntityState* current)
{
    const auto [entity, field] = parentLink(op.entity);
    if (!entity)
        return {};
    if (keyedUnderParent(op.entity)) // queued under their parent's id
        return {entity, op.id};
    if (op.fields && op.fields->has(field) && op.fields->get(field).isString())
        return {entity, op.fields->getValue<std::string>(field)};
    if (current && current->fields && current->fields->has(field) && current->fields->get(field).isString())
        return {entity, current->fields->getValue<std::string>(field)};
    return {entity, {}};
}

core::Result<std::string> hubEntityId(const Op& op, const User& user)
{
    if (!keyedUnderParent(op.entity)) {
        if (!core::isCanonicalUuid(op.id))
            return invalid("id", "must be a UUID in lower case");
        return op.id;
    }
    const auto [parent, field] = parentLink(op.entity);
    if (!core::isCanonicalUuid(op.id))
        return invalid("id", std::string("must be the ") + parent + "'s UUID in lower case");
    if (op.fields && op.fields->has(field)) {
        const auto v = op.fields->get(field);
        if (!v.isString() || v.extract<std::string>() != op.id)
            return invalid(field, "must equal the op's id");
    }
    if (op.entity == "support" || op.entity == "pilot_tester" || op.entity == "ballot")
        return op.id + ":" + user.id;
    if (!op.fields || !op.fields->has("sha256") || !op.fields->get("sha256").isString() ||
        !core::isSha256Hex(op.fields->getValue<std::string>("sha256")))
        return invalid("sha256", "must be 64 lower-case hex characters");
    return op.id + ":" + op.fields->getValue<std::string>("sha256");
}

core::Status validateFields(const Op& op, bool creating)
{
    const auto specs = specsFor(op.entity);
    if (op.kind == OpKind::Delete)
        creating = false;
    for (const auto& [name, value] : *op.fields) {
        const FieldSpec* spec = nullptr;
        for (const auto& s : specs)
            if (name == s.name)
                spec = &s;
        if (!spec)
            return invalid(name, "is not a field of a " + op.entity);
        if (op.kind == OpKind::Delete)
            continue;
        if (auto s = checkValue(*spec, value); !s)
            return s;
    }
    if (creating)
        for (const auto& s : specs)
            if (s.requiredOnCreate && !op.fields->has(s.name))
                return invalid(s.name, "is needed to create a " + op.entity);
    return {};
}

void addDerivedFields(const Op& op, Poco::JSON::Object& fields)
{
    if (keyedUnderParent(op.entity))
        fields.set(parentLink(op.entity).second, op.id);
    if (op.entity == "problem" && !fields.has("status"))
        fields.set("status", std::string("new"));
}

Op withoutAccountFields(const Op& op)
{
    const auto [name, id] = accountFields(op.entity);
    if (!name || !op.fields)
        return op;
    std::vector<std::string> hubs{name, id};
    if (op.entity == "problem_merge")
        hubs.insert(hubs.end(), std::begin(kMergeRecordFields), std::end(kMergeRecordFields));
    if (std::none_of(hubs.begin(), hubs.end(), [&op](const std::string& f) { return op.fields->has(f); }))
        return op;
    Op out = op;
    out.fields = new Poco::JSON::Object(*op.fields);
    for (const std::string& f : hubs)
        out.fields->remove(f);
    return out;
}

void setAccountFields(const std::string& entity, const User& user, Poco::JSON::Object& fields)
{
    const auto [name, id] = accountFields(entity);
    if (!name)
        return;
    fields.set(name, user.displayName.empty() ? user.login : user.displayName);
    fields.set(id, user.id);
}

core::Result<bool> mayBringBack(const User& user, const Op& op, const EntityState& current)
{
    const bool staff = user.role != Role::Citizen;
    const bool admin = user.role == Role::Admin;
    const bool owner = current.ownerId == user.id;
    if (op.entity == "problem" || op.entity == "comment") {
        if (!owner && !staff)
            return Error::make("forbidden",
                               "only the author or a coordinator may bring back a deleted " + op.entity);
        for (const auto& [name, value] : *op.fields) {
            (void)value;
            if (isStaffField(op.entity, name) ? staff : (owner || admin))
                return true;
        }
        return false;
    }
    if (op.entity == "pilot") // authorize() let only staff through, and staff set every field
        return op.fields->size() > 0;
    if (op.entity == "pilot_feedback") {
        if (!owner) // staff may delete it, but only its author sets its fields
            return Error::make("forbidden", "only the author may bring back this feedback");
        return op.fields->size() > 0;
    }
    // A support or a tester is keyed by its account (one can only touch one's own); an attachment's
    // op carries its sha256, and authorize() gave it the same rights as a delete.
    return true;
}

Poco::JSON::Object::Ptr tombstoneFields(const EntityState& state)
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    for (const char* key : {"problem_id", "pilot_id", "sha256", "duplicate_id", "kept_id", "round_id"})
        if (state.fields && state.fields->has(key))
            out->set(key, state.fields->get(key));
    if (state.entity == "support" || state.entity == "pilot_tester" || state.entity == "ballot") {
        // Whose it was: clients key supports and testers by the account.
        out->set("owner_id", state.ownerId);
        out->set("user_id", state.ownerId);
    }
    if (state.entity == "consent") {
        // A MyData consent's end: how it ended and the hub's signed erasure receipt (hub/mydata).
        for (const char* key : {"status", "receipt"})
            if (state.fields && state.fields->has(key))
                out->set(key, state.fields->get(key));
        out->set("owner_id", state.ownerId);
    }
    return out;
}

core::Status authorize(const User& user, const Op& op, const EntityState* current, const EntityState* parent)
{
    const bool staff = user.role != Role::Citizen;
    const bool admin = user.role == Role::Admin;
    const bool owner = current && current->ownerId == user.id;
    const bool creating = !current;

    if (const char* parentKind = parentLink(op.entity).first;
        parentKind && op.kind == OpKind::Upsert && (!parent || parent->deleted))
        return Error::make("not_found", std::string("the ") + parentKind + " this " + op.entity +
                                            " belongs to does not exist");
    if (isPilotEntity(op.entity))
        return authorizePilotOp(user, op, current, parent);
    if (op.entity == "problem_merge")
        return refuseMergeOutright(user, op);
    if (isVotingEntity(op.entity))
        return authorizeVotingOp(user, op, current, parent, core::now());

    if (op.entity == "problem") {
        if (op.kind == OpKind::Delete) {
            if (!owner && !staff)
                return Error::make("forbidden", "only the author or a coordinator may delete a problem");
            return {};
        }
        bool touchesStaffField = false;
        bool touchesAuthorField = false;
        for (const auto& [name, value] : *op.fields) {
            if (isStaffField(op.entity, name)) {
                // A new problem may say it is new; anything else is a coordinator's call.
                const bool plainNew =
                    creating && name == "status" && value.isString() && value.extract<std::string>() == "new";
                const bool unchanged = current && current->fields && current->fields->has(name) &&
                                       sameValue(current->fields->get(name), value);
                touchesStaffField = touchesStaffField || !(plainNew || unchanged);
            } else {
                touchesAuthorField = true;
            }
        }
        if (touchesStaffField && !staff)
            return Error::make("forbidden", "only a coordinator may change a problem's status");
        if (touchesAuthorField && !creating && !owner && !admin)
            return Error::make("forbidden", "only the author may edit this problem");
        return {};
    }
    if (op.entity == "status_change") {
        // An entry of the history: written once, by the hub, never edited or removed.
        if (op.kind == OpKind::Delete)
            return Error::make("forbidden", "a status change stays in the problem's history");
        if (!creating) // its author sending it again (under a new op id) changes nothing
            return owner && op.baseVersion == 0
                       ? core::Status{}
                       : Error::make("forbidden", "a status change stays as its author made it");
        return authorizeStatusChange(user, op, *parent);
    }
    if (op.entity == "comment") {
        if (creating)
            return {};
        if (op.kind == OpKind::Delete ? !(owner || staff) : !(owner || admin))
            return Error::make("forbidden", "only the author may change this comment");
        return {};
    }
    if (op.entity == "support")
        return {}; // keyed by the user: one can only ever touch one's own
    // attachment: the problem's author or staff
    if (!staff && !(parent && parent->ownerId == user.id) && !owner)
        return Error::make("forbidden", "only the problem's author may change its attachments");
    return {};
}

bool sameValue(const Poco::Dynamic::Var& a, const Poco::Dynamic::Var& b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() && b.isEmpty();
    if (a.isString() != b.isString() || a.isBoolean() != b.isBoolean())
        return false;
    if (a.isString())
        return a.extract<std::string>() == b.extract<std::string>();
    if (a.isBoolean())
        return a.extract<bool>() == b.extract<bool>();
    if (a.isNumeric() && b.isNumeric())
        return a.convert<double>() == b.convert<double>();
    return a.convert<std::string>() == b.convert<std::string>();
}

} // namespace balgul::hub
