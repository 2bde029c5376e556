#include "hub/sync/sync_service.h"

#include "hub/voting/voting_changes.h"

#include "hub/pilots/pilot_changes.h"
#include "hub/sync/entity_rules.h"
#include "hub/sync/history_mark.h"
#include "hub/triage/problem_merge.h"
#include "hub/triage/status_changes.h"

#include "core/util/json_writer.h"

#include <algorithm>

namespace balgul::hub {

namespace {

using core::sync::Op;
using core::sync::OpKind;
using core::sync::OpStatus;
using core::sync::PushResult;

/// A group commit takes at most this many ops (a few full pushes): the latency of one commit
/// stays bounded however many clients wait.
constexpr std::size_t kMaxGroupOps = 2000;

PushResult rejected(const Op& op, std::string code, std::string message)
{
    PushResult r;
    r.opId = op.opId;
    r.status = OpStatus::Rejected;
    r.code = std::move(code);
    r.message = std::move(message);
    return r;
}

PushResult rejected(const Op& op, const core::Error& e)
{
    return rejected(op, e.code, e.message);
}

/// The stored fields text with "owner_id" added (a stored entity never holds that field: it is
/// not one a client may send).
std::string withOwner(const std::string& fieldsJson, const std::string& ownerId)
{
    if (fieldsJson.size() < 2 || fieldsJson.front() != '{' || fieldsJson.back() != '}')
        throw StorageError("corrupt JSON in the hub store: the fields are not an object");
    std::string out;
    out.reserve(fieldsJson.size() + ownerId.size() + 16);
    out.append(fieldsJson, 0, fieldsJson.size() - 1);
    if (fieldsJson.find_first_not_of(" \t\r\n", 1) != fieldsJson.size() - 1)
        out += ',';
    out += "\"owner_id\":";
    out += core::jsonQuote(ownerId);
    out += '}';
    return out;
}

} // namespace

core::sync::PushResponse SyncService::push(const User& user, const core::sync::PushRequest& request)
{
    PendingPush mine;
    mine.user = &user;
    mine.request = &request;
    // A round open to one invite's accounts names an invite of this hub. Rounds are rare: the
    // invites are read only for a push whose rounds name one, before its transaction begins.
    std::set<std::string> named;
    for (const Op& op : request.ops)
        if (op.entity == "round" && op.fields && op.fields->has("eligible_invite"))
            named.insert(op.fields->get("eligible_invite").toString());
    if (!named.empty())
        for (const Invite& invite : m_storage.invites())
            if (named.count(invite.id))
                mine.invites.insert(invite.id);
    std::unique_lock lock(m_queueMutex);
    m_queue.push_back(&mine);
    while (!mine.done) {
        if (m_committing || mine.taken) {
            mine.wake.wait(lock);
            continue;
        }
        // Lead: take every push waiting now (this one among them) into one transaction.
        std::vector<PendingPush*> group;
        std::size_t ops = 0;
        auto it = m_queue.begin();
        for (; it != m_queue.end() && (group.empty() || ops + (*it)->request->ops.size() <= kMaxGroupOps);
             ++it) {
            ops += (*it)->request->ops.size();
            (*it)->taken = true;
            group.push_back(*it);
        }
        m_queue.erase(m_queue.begin(), it);
        m_committing = true;
        lock.unlock();
        runGroup(group);
        lock.lock();
        // The next group may begin while this one's seqs are marked: the mark is a file of its
        // own, written before any push of this group is answered. Each waiting push is woken
        // alone: the first in the queue to lead, the group's own when they are answered.
        m_committing = false;
        if (!m_queue.empty())
            m_queue.front()->wake.notify_one();
        lock.unlock();
        markCommitted(group);
        lock.lock();
        for (PendingPush* p : group) {
            p->done = true;
            p->wake.notify_one();
        }
    }
    if (mine.error)
        std::rethrow_exception(mine.error);
    return std::move(mine.response);
}

void SyncService::runGroup(const std::vector<PendingPush*>& group)
{
    try {
        auto tx = m_storage.begin();
        m_rounds.beginTransaction();
        // What every push of the group will look up, read at once: on PostgreSQL two round trips
        // for the group instead of two for each of its pushes.
        Lookups lookups;
        for (const PendingPush* p : group)
            addLookups(*p, lookups);
        tx->prefetch(lookups.opIds, lookups.entities);
        for (PendingPush* p : group)
            applyPush(*tx, *p, /*prefetched=*/true);
        tx->commit();
        return;
    } catch (...) {
        // The versions this transaction gave may be given again.
        m_rounds.clear();
        if (group.size() == 1) {
            group.front()->error = std::current_exception();
            return;
        }
    }
    for (PendingPush* p : group) {
        p->response = {};
        try {
            auto tx = m_storage.begin();
            m_rounds.beginTransaction();
            applyPush(*tx, *p, /*prefetched=*/false);
            tx->commit();
        } catch (...) {
            m_rounds.clear();
            p->error = std::current_exception();
        }
    }
}

void SyncService::markCommitted(const std::vector<PendingPush*>& group)
{
    if (!m_mark)
        return;
    std::int64_t last = 0;
    for (const PendingPush* p : group)
        for (const auto& r : p->response.results)
            last = std::max(last, r.version);
    if (last > 0)
        m_mark->advance(last);
}

void SyncService::addLookups(const PendingPush& push, Lookups& lookups)
{
    const User& user = *push.user;
    for (const Op& op : push.request->ops) {
        lookups.opIds.push_back(op.opId);
        if (auto key = hubEntityId(op, user))
            lookups.entities.emplace_back(op.entity, *key);
        if (ParentRef parent = parentOf(op); !parent.id.empty())
            lookups.entities.emplace_back(std::move(parent.entity), std::move(parent.id));
        for (auto& lookup : pilotLookups(op, user))
            lookups.entities.push_back(std::move(lookup));
        for (auto& lookup : mergeLookups(op))
            lookups.entities.push_back(std::move(lookup));
    }
}

void SyncService::applyPush(HubTransaction& tx, PendingPush& push, bool prefetched)
{
    const User& user = *push.user;
    const core::sync::PushRequest& request = *push.request;
    core::sync::PushResponse& response = push.response;
    response.results.clear();
    response.results.reserve(request.ops.size());
    if (!prefetched) {
        Lookups lookups;
        addLookups(push, lookups);
        tx.prefetch(lookups.opIds, lookups.entities);
    }
    for (const Op& op : request.ops) {
        if (auto stored = tx.findOp(op.opId)) {
            if (stored->userId != user.id) {
                response.results.push_back(
                    rejected(op, "op_id_taken", "another user sent an op with this id"));
                continue;
            }
            // A replay answers what the op answered the first time, rejection and conflicts too.
            PushResult repeat = stored->result;
            repeat.replayed = true;
            response.results.push_back(std::move(repeat));
            continue;
        }
        PushResult result = apply(tx, user, request.clientId, op, push.invites);
        tx.recordOp(op.opId, user.id, request.clientId, result);
        response.results.push_back(std::move(result));
    }
}

PushResult SyncService::apply(HubTransaction& tx, const User& user, const std::string& clientId,
                              const Op& sent, const std::set<std::string>& invites)
{
    const Op op = withoutAccountFields(sent); // who wrote it comes from the account
    if (auto s = refuseOutright(user, op); !s)
        return rejected(op, s.error());
    if (auto s = refuseMergeOutright(user, op); !s)
        return rejected(op, s.error());
    auto key = hubEntityId(op, user);
    if (!key)
        return rejected(op, key.error());
    if (op.entity == "round")
        m_rounds.changedHere(*key); // a ballot after it in this transaction reads it again
    auto current = tx.loadEntity(op.entity, *key);
    const bool exists = current && !current->deleted;

    if (op.baseVersion == 0 && current && current->ownerId != user.id && op.kind == OpKind::Upsert)
        return rejected(op, "id_taken", "an entity with this id was made by someone else");
    if (current && op.baseVersion > current->seq)
        return rejected(op, "unknown_version", "the hub never gave this entity that version");
    if (auto s = validateFields(op, !current); !s)
        return rejected(op, s.error());

    const auto inviteExists = [&invites](const std::string& inviteId) { return invites.count(inviteId) > 0; };

    std::optional<EntityState> parent;
    if (const ParentRef ref = parentOf(op, current ? &*current : nullptr); !ref.id.empty())
        // A ballot's round is only read: the one kept for its version serves.
        parent = op.entity == "ballot" && ref.entity == "round" ? m_rounds.load(tx, ref.id)
                                                                : tx.loadEntity(ref.entity, ref.id);
    if (auto s = authorize(user, op, current ? &*current : nullptr, parent ? &*parent : nullptr); !s)
        return rejected(op, s.error());
    if (auto s = checkPilotMembership(tx, user, op, current ? &*current : nullptr); !s)
        return rejected(op, s.error());
    if (op.entity == "ballot" && parent)
        if (auto s = checkBallotOp(op, *parent, m_rounds); !s)
            return rejected(op, s.error());

    PushResult result;
    result.opId = op.opId;

    // A merge moves other entities with it, and its delete undoes that; deleting a merge undone
    // already, or one the hub never had, is any delete's.
    if (op.entity == "problem_merge" && (op.kind == OpKind::Upsert || exists)) {
        auto version = op.kind == OpKind::Upsert
                           ? applyMerge(tx, user, clientId, op, current ? &*current : nullptr)
                           : undoMerge(tx, user, clientId, *current);
        if (!version)
            return rejected(op, version.error());
        result.version = *version;
        return result;
    }

    if (op.kind == OpKind::Delete) {
        if (!current)
            return rejected(op, "not_found", "there is no such " + op.entity);
        if (!current->deleted) {
            current->deleted = true;
            current->seq = tx.nextSeq();
            tx.saveEntity(*current);
        }
        result.version = current->seq;
        return result;
    }

    if (op.entity == "status_change") {
        // A new entry moves its problem; an entry sent again (under a new op id) changes nothing.
        result.version = current ? current->seq : applyStatusChange(tx, user, clientId, op, *parent);
        return result;
    }
    // A coordinator's status change through the problem's own fields is in the history too.
    const std::string statusBefore =
        op.entity == "problem" && exists ? statusOf(*current) : std::string("new");

    if (op.entity == "attachment" && !m_blobs.has(op.fields->getValue<std::string>("sha256")))
        return rejected(op, "missing_blob", "upload the attachment's bytes first (PUT /v1/blobs/{sha256})");

    if (!exists) { // a new entity, or one coming back from deletion
        if (current) {
            auto back = mayBringBack(user, op, *current);
            if (!back)
                return rejected(op, back.error());
            if (!*back) { // nothing this writer may set: nothing changes, it stays deleted
                result.version = current->seq;
                return result;
            }
        }
        FieldChanges changes(op.fields->begin(), op.fields->end());
        PhaseMove move;
        if (op.entity == "pilot") {
            auto prepared = preparePilotChange(tx, op, current ? &*current : nullptr, changes);
            if (!prepared)
                return rejected(op, prepared.error());
            move = std::move(*prepared);
        }
        if (op.entity == "round")
            if (auto s = prepareRoundChange(tx, op, current ? &*current : nullptr, changes, core::now(),
                                            inviteExists);
                !s)
                return rejected(op, s.error());
        EntityState state;
        if (current)
            state = *current;
        state.entity = op.entity;
        state.id = *key;
        if (!current)
            state.ownerId = user.id;
        state.deleted = false;
        if (!state.fields)
            state.fields = new Poco::JSON::Object;
        state.seq = tx.nextSeq();
        for (const auto& [name, value] : changes) {
            state.fields->set(name, value);
            state.stamps[name] = FieldStamp{state.seq, clientId};
        }
        addDerivedFields(op, *state.fields);
        if (state.ownerId == user.id)
            setAccountFields(op.entity, user, *state.fields);
        tx.saveEntity(state);
        if (op.entity == "problem")
            recordFieldStatusChange(tx, user, op, state, current ? statusOf(*current) : statusBefore);
        recordPhaseMove(tx, user, op, state, move);
        result.version = state.seq;
        return result;
    }

    // The field merge: a field nobody else changed since base_version is applied; a field
    // changed on the hub since then keeps the hub's value and is reported as a conflict.
    FieldChanges changes;
    Poco::JSON::Object::Ptr conflicts = new Poco::JSON::Object;
    for (const auto& [name, value] : *op.fields) {
        const bool has = current->fields->has(name);
        if (has && sameValue(current->fields->get(name), value)) {
            result.appliedFields.push_back(name);
            continue;
        }
        const auto stamp = current->stamps.find(name);
        // A ballot is its voter's alone, and the latest they cast counts, from whichever device.
        const bool untouched = op.entity == "ballot" || stamp == current->stamps.end() ||
                               stamp->second.version <= op.baseVersion || stamp->second.clientId == clientId;
        if (untouched) {
            changes.emplace_back(name, value);
            result.appliedFields.push_back(name);
        } else {
            conflicts->set(name, has ? current->fields->get(name) : Poco::Dynamic::Var());
        }
    }
    PhaseMove move;
    if (op.entity == "pilot" && !changes.empty()) { // a phase in conflict is no move: no transition to check
        auto prepared = preparePilotChange(tx, op, &*current, changes);
        if (!prepared)
            return rejected(op, prepared.error());
        move = std::move(*prepared);
    }
    if (op.entity == "round" && !changes.empty())
        if (auto s = prepareRoundChange(tx, op, &*current, changes, core::now(), inviteExists); !s)
            return rejected(op, s.error());
    if (!changes.empty()) {
        current->seq = tx.nextSeq();
        for (const auto& [name, value] : changes) {
            current->fields->set(name, value);
            current->stamps[name] = FieldStamp{current->seq, clientId};
        }
        tx.saveEntity(*current);
        if (op.entity == "problem")
            recordFieldStatusChange(tx, user, op, *current, statusBefore);
        recordPhaseMove(tx, user, op, *current, move);
    }
    result.version = current->seq;
    if (conflicts->size() > 0) {
        result.status = OpStatus::Conflict;
        result.conflicts = conflicts;
    } else {
        result.appliedFields.clear();
    }
    return result;
}

core::sync::PullPage SyncService::pull(const User& user, std::int64_t since, std::size_t limit, bool count)
{
    limit = std::clamp<std::size_t>(limit, 1, core::sync::limits::kMaxPullPage);
    const auto at = head();
    if (since > at.lastSeq)
        throw CursorAhead{at.epoch, at.lastSeq};
    core::sync::PullPage page;
    page.epoch = at.epoch;
    auto rows = m_storage.rowsSince(since, limit + 1);
    page.more = rows.size() > limit;
    if (page.more)
        rows.resize(limit);
    page.next = rows.empty() ? since : rows.back().seq;
    page.changes.reserve(rows.size());
    for (auto& row : rows) {
        // A ballot goes back only to its voter, a MyData consent only to its resident (the cursor
        // still passes them for everyone).
        if ((row.entity == "ballot" || row.entity == "consent") && row.ownerId != user.id)
            continue;
        core::sync::Change c;
        c.seq = row.seq;
        c.entity = std::move(row.entity);
        c.id = std::move(row.id);
        c.version = row.seq;
        c.deleted = row.deleted;
        if (row.deleted) {
            EntityState state;
            state.entity = c.entity;
            state.ownerId = row.ownerId;
            state.fields = parseStored(row.fieldsJson);
            c.fields = tombstoneFields(state);
        } else {
            c.fieldsJson = withOwner(row.fieldsJson, row.ownerId);
        }
        page.changes.push_back(std::move(c));
    }
    if (count)
        page.remaining = page.more ? m_storage.countSince(page.next) : 0;
    return page;
}

core::sync::HubHistory SyncService::head()
{
    auto at = m_storage.head();
    if (m_mark)
        m_mark->advance(at.epoch, at.lastSeq);
    return at;
}

} // namespace balgul::hub
