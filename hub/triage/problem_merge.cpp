#include "hub/triage/problem_merge.h"

#include "hub/sync/entity_rules.h"
#include "hub/triage/status_changes.h"

#include "core/util/ids.h"
#include "core/util/text.h"
#include "core/util/time.h"

#include <Poco/JSON/Array.h>

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

/// The strings of a stored array field ({} when there is none).
std::vector<std::string> textList(const Poco::JSON::Object::Ptr& fields, const char* name)
{
    std::vector<std::string> out;
    if (!fields || !fields->has(name) || fields->get(name).type() != typeid(Poco::JSON::Array::Ptr))
        return out;
    const auto items = fields->getArray(name);
    for (std::size_t i = 0; items && i < items->size(); ++i) {
        const Poco::Dynamic::Var item = items->get(static_cast<unsigned>(i));
        if (item.isString())
            out.push_back(item.extract<std::string>());
    }
    return out;
}

Poco::JSON::Array::Ptr arrayOf(const std::vector<std::string>& items)
{
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    for (const std::string& item : items)
        out->add(item);
    return out;
}

/// Gives `state` the next seq and sets `changes` on it, each stamped as written then by `clientId`.
void saveChanged(HubTransaction& tx, EntityState& state, const std::string& clientId,
                 std::initializer_list<std::pair<const char*, std::string>> changes)
{
    state.seq = tx.nextSeq();
    if (!state.fields)
        state.fields = new Poco::JSON::Object;
    for (const auto& [name, value] : changes) {
        state.fields->set(name, value);
        state.stamps[name] = FieldStamp{state.seq, clientId};
    }
    tx.saveEntity(state);
}

std::string supportKey(const std::string& problemId, const std::string& accountId)
{
    return problemId + ':' + accountId;
}

/// Makes the support of `accountId` on `problemId` live (a new one, or its tombstone back), owned
/// by the account; `user` is the name it is shown under ("": the one the tombstone keeps).
void makeSupport(HubTransaction& tx, const std::string& clientId, std::optional<EntityState> stored,
                 const std::string& problemId, const std::string& accountId, std::string user)
{
    EntityState support = stored ? std::move(*stored) : EntityState{};
    support.entity = "support";
    support.id = supportKey(problemId, accountId);
    support.ownerId = accountId;
    support.deleted = false;
    if (user.empty())
        user = text(support.fields, "user");
    saveChanged(
        tx, support, clientId,
        {{"problem_id", problemId}, {"user", user.empty() ? accountId : user}, {"user_id", accountId}});
}

void deleteEntity(HubTransaction& tx, EntityState& state)
{
    state.deleted = true;
    state.seq = tx.nextSeq();
    tx.saveEntity(state);
}

} // namespace

core::Status refuseMergeOutright(const User& user, const Op& op)
{
    if (op.entity == "problem_merge" && user.role == Role::Citizen)
        return Error::make("forbidden", "only a coordinator may merge problems or undo a merge");
    return {};
}

std::vector<std::pair<std::string, std::string>> mergeLookups(const Op& op)
{
    std::vector<std::pair<std::string, std::string>> out;
    if (op.entity != "problem_merge" || op.kind != OpKind::Upsert)
        return out;
    for (const char* name : {"duplicate_id", "kept_id"})
        if (const std::string id = text(op.fields, name); core::isCanonicalUuid(id))
            out.emplace_back("problem", id);
    return out;
}

core::Result<std::int64_t> applyMerge(HubTransaction& tx, const User& user, const std::string& clientId,
                                      const Op& op, const EntityState* stored)
{
    if (stored) {
        // A merge is undone and made anew, never edited: the one the hub holds sent again (after a
        // hub restore, under a new op id) changes nothing, and an undone one stays undone.
        for (const char* name : {"duplicate_id", "kept_id"})
            if (op.fields->has(name) && text(op.fields, name) != text(stored->fields, name))
                return Error::make("invalid_field",
                                   std::string(name) + ": a merge is not edited: undo it and merge again",
                                   name);
        return stored->seq;
    }
    const std::string duplicateId = text(op.fields, "duplicate_id");
    const std::string keptId = text(op.fields, "kept_id");
    auto duplicate = tx.loadEntity("problem", duplicateId);
    if (!duplicate || duplicate->deleted)
        return Error::make("not_found", "duplicate_id: the hub has no such problem", "duplicate_id");
    const auto kept = tx.loadEntity("problem", keptId);
    if (!kept || kept->deleted)
        return Error::make("not_found", "kept_id: the hub has no such problem", "kept_id");
    if (keptId == duplicateId)
        return Error::make("invalid_field", "kept_id: a problem is not a duplicate of itself", "kept_id");
    if (const std::string mergedInto = text(duplicate->fields, "duplicate_of"); !mergedInto.empty()) {
        if (mergedInto == keptId) // merged into this one already (by another merge): nothing to do
            return duplicate->seq;
        return Error::make("already_merged",
                           "duplicate_id: the problem is a duplicate of another one already: look again "
                           "before merging it",
                           "duplicate_id");
    }
    if (!text(kept->fields, "duplicate_of").empty())
        return Error::make("invalid_field", "kept_id: the problem kept is itself a duplicate of another one",
                           "kept_id");

    const std::string note = core::trimmed(text(op.fields, "note"));
    const std::string statusBefore = statusOf(*duplicate);

    // 1. The duplicate is closed as one, and its history says so.
    saveChanged(tx, *duplicate, clientId,
                {{"status", "closed"},
                 {"status_note", note},
                 {"status_reason", "duplicate"},
                 {"duplicate_of", keptId}});
    writeStatusEntry(tx, user, core::uuidFromName("merge_status:" + op.id), duplicateId, statusBefore,
                     "closed", note, "duplicate");

    // 2. Each account's support moves to the kept problem, where an account is counted once.
    auto supports = tx.liveChildren("support", duplicateId);
    std::vector<std::pair<std::string, std::string>> there;
    for (const EntityState& support : supports)
        there.emplace_back("support", supportKey(keptId, support.ownerId));
    tx.prefetch({}, there);
    std::vector<std::string> movedSupports;
    std::vector<std::string> keptSupports;
    for (EntityState& support : supports) {
        const std::string account = support.ownerId;
        auto onKept = tx.loadEntity("support", supportKey(keptId, account));
        if (onKept && !onKept->deleted) {
            keptSupports.push_back(account);
        } else {
            makeSupport(tx, clientId, std::move(onKept), keptId, account, text(support.fields, "user"));
            movedSupports.push_back(account);
        }
        deleteEntity(tx, support);
    }

    // 3. The comments follow.
    std::vector<std::string> movedComments;
    for (EntityState& comment : tx.liveChildren("comment", duplicateId)) {
        saveChanged(tx, comment, clientId, {{"problem_id", keptId}});
        movedComments.push_back(comment.id);
    }

    // 4. The merge, with the record of what it did (what an undo reverses).
    EntityState merge;
    merge.entity = "problem_merge";
    merge.id = op.id;
    merge.ownerId = user.id;
    merge.fields = new Poco::JSON::Object;
    merge.seq = tx.nextSeq();
    for (const auto& [name, value] : *op.fields) {
        merge.fields->set(name, value);
        merge.stamps[name] = FieldStamp{merge.seq, clientId};
    }
    merge.fields->set("note", note);
    merge.fields->set("status_before", statusBefore);
    merge.fields->set("moved_comments", arrayOf(movedComments));
    merge.fields->set("moved_supports", arrayOf(movedSupports));
    merge.fields->set("kept_supports", arrayOf(keptSupports));
    merge.fields->set("at", core::toIso8601(core::now()));
    setAccountFields(merge.entity, user, *merge.fields);
    tx.saveEntity(merge);
    return merge.seq;
}

core::Result<std::int64_t> undoMerge(HubTransaction& tx, const User& user, const std::string& clientId,
                                     EntityState merge)
{
    const std::string duplicateId = text(merge.fields, "duplicate_id");
    const std::string keptId = text(merge.fields, "kept_id");
    auto duplicate = tx.loadEntity("problem", duplicateId);
    if (!duplicate || duplicate->deleted)
        return Error::make("not_found", "duplicate_id: the duplicate was deleted since the merge",
                           "duplicate_id");
    // The merge's own changes to the duplicate are older than the merge; a later status (or a
    // staff edit of duplicate_of) is a decision the undo would overwrite.
    const auto changedSince = [&](const char* field) {
        const auto it = duplicate->stamps.find(field);
        return it != duplicate->stamps.end() && it->second.version > merge.seq;
    };
    if (statusOf(*duplicate) != "closed" || text(duplicate->fields, "duplicate_of") != keptId ||
        changedSince("status") || changedSince("duplicate_of"))
        return Error::make("status_changed",
                           "the duplicate's status is " + statusOf(*duplicate) +
                               " now, changed since the merge: look again before undoing it",
                           "duplicate_id");

    const auto movedComments = textList(merge.fields, "moved_comments");
    const auto movedSupports = textList(merge.fields, "moved_supports");
    const auto keptSupports = textList(merge.fields, "kept_supports");
    std::vector<std::pair<std::string, std::string>> wanted;
    for (const std::string& id : movedComments)
        wanted.emplace_back("comment", id);
    for (const std::string& account : movedSupports) {
        wanted.emplace_back("support", supportKey(keptId, account));
        wanted.emplace_back("support", supportKey(duplicateId, account));
    }
    for (const std::string& account : keptSupports)
        wanted.emplace_back("support", supportKey(duplicateId, account));
    tx.prefetch({}, wanted);

    // The comments go back, unless deleted or moved elsewhere since.
    for (const std::string& id : movedComments) {
        auto comment = tx.loadEntity("comment", id);
        if (comment && !comment->deleted && hangsOn(*comment, keptId))
            saveChanged(tx, *comment, clientId, {{"problem_id", duplicateId}});
    }
    // The supports the merge made on the kept problem go; every account's support of the duplicate
    // comes back.
    const auto bringBack = [&](const std::string& account) {
        auto onDuplicate = tx.loadEntity("support", supportKey(duplicateId, account));
        if (!onDuplicate || onDuplicate->deleted) // else the account supports it again already
            makeSupport(tx, clientId, std::move(onDuplicate), duplicateId, account, {});
    };
    for (const std::string& account : movedSupports) {
        if (auto made = tx.loadEntity("support", supportKey(keptId, account)); made && !made->deleted)
            deleteEntity(tx, *made);
        bringBack(account);
    }
    for (const std::string& account : keptSupports)
        bringBack(account);

    // The duplicate takes its status again, and its history says so.
    std::string statusBefore = text(merge.fields, "status_before");
    if (statusBefore.empty())
        statusBefore = "new";
    saveChanged(tx, *duplicate, clientId,
                {{"status", statusBefore}, {"status_note", ""}, {"status_reason", ""}, {"duplicate_of", ""}});
    writeStatusEntry(tx, user, core::uuidFromName("merge_undo:" + merge.id), duplicateId, "closed",
                     statusBefore, {}, {});

    deleteEntity(tx, merge);
    return merge.seq;
}

} // namespace balgul::hub
