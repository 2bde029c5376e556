// Store: merging a duplicate problem into another, undoing it, and the hub's answers and records
// of merges (docs/sync-protocol.md "Merging duplicates").

#include "core/store/store.h"

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

namespace {

constexpr const char* kMergeColumns = "id, duplicate_id, kept_id, note, status_before, moved_comments, "
                                      "moved_supports, kept_supports, author, author_id, at, local, deleted";

/// `["a","b"]`.
std::string jsonList(const std::vector<std::string>& items)
{
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ',';
        appendJsonString(out, items[i]);
    }
    return out + "]";
}

std::vector<std::string> listOf(const Poco::Dynamic::Var& value)
{
    std::vector<std::string> out;
    Poco::JSON::Array::Ptr array;
    try {
        if (value.type() == typeid(Poco::JSON::Array::Ptr))
            array = value.extract<Poco::JSON::Array::Ptr>();
    } catch (const Poco::Exception&) {
    }
    if (!array)
        return out;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const auto item = array->get(static_cast<unsigned>(i));
        if (item.isString())
            out.push_back(item.extract<std::string>());
    }
    return out;
}

/// A list as stored (JSON text of an array of strings).
std::vector<std::string> listFromJson(const std::string& json)
{
    return json.empty() ? std::vector<std::string>{} : listOf(parseValue(json));
}

/// A list member of a pulled record: an array, or a string holding one.
std::vector<std::string> listField(const Poco::JSON::Object::Ptr& fields, const std::string& name)
{
    if (!fields || !fields->has(name))
        return {};
    const auto value = fields->get(name);
    return value.isString() ? listFromJson(value.extract<std::string>()) : listOf(value);
}

ProblemMerge readMerge(const Statement& st)
{
    ProblemMerge m;
    m.id = st.text(0);
    m.duplicateId = st.text(1);
    m.keptId = st.text(2);
    m.note = st.text(3);
    m.statusBefore = static_cast<ProblemStatus>(std::clamp(st.integer(4), 0, kProblemStatusCount - 1));
    m.movedComments = listFromJson(st.text(5));
    m.movedSupports = listFromJson(st.text(6));
    m.keptSupports = listFromJson(st.text(7));
    m.author = st.text(8);
    m.authorId = st.text(9);
    m.at = fromUnixMs(st.int64(10));
    m.local = st.integer(11) != 0;
    m.deleted = st.integer(12) != 0;
    return m;
}

/// `forbidden` for a citizen's account: merging is a coordinator's (the hub says so too).
Status mayMerge(Store& store)
{
    const auto account = sync::hubAccount(store);
    if (account.known() && !account.isStaff())
        return Error::make("forbidden", "only a coordinator merges duplicate problems");
    return {};
}

/// One support row as the store keys it.
struct SupportRow
{
    std::string user;
    std::string ownerId;
    std::int64_t created = 0;
};

} // namespace

std::optional<ProblemMerge> Store::problemMerge(const std::string& mergeId)
{
    auto st = m_db.prepare(std::string("SELECT ") + kMergeColumns + " FROM problem_merges WHERE id = ?");
    st.bind(1, mergeId);
    if (!st.step())
        return std::nullopt;
    return readMerge(st);
}

std::optional<ProblemMerge> Store::mergeOf(const std::string& duplicateId)
{
    auto st = m_db.prepare(std::string("SELECT ") + kMergeColumns +
                           " FROM problem_merges WHERE duplicate_id = ? AND deleted = 0 ORDER BY local, at "
                           "DESC LIMIT 1");
    st.bind(1, duplicateId);
    if (!st.step())
        return std::nullopt;
    return readMerge(st);
}

Result<ProblemMerge> Store::mergeProblems(const std::string& duplicateId, const std::string& keptId,
                                          const std::string& note)
{
    if (Status s = mayMerge(*this); !s)
        return s.error();
    const auto duplicate = problem(duplicateId);
    if (!duplicate)
        return Error::make("not_found", "no problem with id " + duplicateId, "duplicate_id");
    const auto kept = problem(keptId);
    if (!kept)
        return Error::make("not_found", "no problem with id " + keptId, "kept_id");
    if (duplicateId == keptId)
        return Error::make("invalid_field", "kept_id: a problem cannot be a duplicate of itself", "kept_id");
    if (!kept->duplicateOf.empty())
        return Error::make("invalid_field", "kept_id: the kept problem is itself a merged duplicate",
                           "kept_id");
    if (duplicate->duplicateOf == keptId) {
        if (auto existing = mergeOf(duplicateId))
            return *existing; // merged into the same one again: nothing changes
    }
    if (!duplicate->duplicateOf.empty())
        return Error::make("already_merged", "duplicate_id: the problem is already merged into another",
                           "duplicate_id");
    ProblemMerge m;
    m.id = newUuidV7();
    m.duplicateId = duplicateId;
    m.keptId = keptId;
    m.note = trimmed(note);
    if (!isValidUtf8(m.note))
        return Error::make("invalid_utf8", "the note is not valid UTF-8 text", "note");
    if (utf8Length(m.note) > triage::kStatusNoteMax)
        return Error::make("invalid_field", "note: at most 2,000 characters", "note");
    m.author = m_userName;
    m.authorId = sync::hubAccount(*this).userId;
    m.at = now();
    m.local = true;
    try {
        Transaction tx(m_db);
        applyMergeEffects(m);
        writeMerge(m);
        JsonObjectWriter fields;
        fields.add("duplicate_id", m.duplicateId).add("kept_id", m.keptId).add("note", m.note);
        queueOp("upsert", "problem_merge", m.id, fields.str(), m.duplicateId);
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    notify({StoreChange::Kind::Reset, {}, 0});
    return m;
}

Status Store::undoMerge(const std::string& mergeId)
{
    if (Status s = mayMerge(*this); !s)
        return s;
    const auto merge = problemMerge(mergeId);
    if (!merge || merge->deleted)
        return Error::make("not_found", "no merge with id " + mergeId, "id");
    {
        auto st = m_db.prepare("SELECT status, duplicate_of FROM problems WHERE id = ? AND deleted = 0");
        st.bind(1, merge->duplicateId);
        if (!st.step())
            return Error::make("not_found", "no problem with id " + merge->duplicateId, "duplicate_id");
        if (st.integer(0) != static_cast<int>(ProblemStatus::Closed) || st.text(1) != merge->keptId)
            return Error::make("status_changed", "the duplicate's status changed since it was merged",
                               "duplicate_id");
    }
    try {
        Transaction tx(m_db);
        // A merge the hub never heard of is forgotten with its op; one it may have applied is undone
        // there too.
        auto drop = m_db.prepare("DELETE FROM outbox WHERE entity = 'problem_merge' AND sync_key = ? AND "
                                 "kind = 'upsert' AND sent = 0");
        drop.bind(1, mergeId);
        drop.run();
        const bool unsent = m_db.changes() > 0;
        revertMergeEffects(*merge, !unsent);
        if (!unsent)
            queueOp("delete", "problem_merge", mergeId, "{}", merge->duplicateId);
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    notify({StoreChange::Kind::Reset, {}, 0});
    return {};
}

void Store::writeMerge(const ProblemMerge& m)
{
    auto& st = cachedStatement(
        "INSERT INTO problem_merges (id, duplicate_id, kept_id, note, status_before, moved_comments, "
        "moved_supports, kept_supports, author, author_id, at, local, deleted) VALUES "
        "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT (id) DO UPDATE SET "
        "duplicate_id = ?2, kept_id = ?3, note = ?4, status_before = ?5, moved_comments = ?6, "
        "moved_supports = ?7, kept_supports = ?8, author = ?9, author_id = ?10, at = ?11, local = ?12, "
        "deleted = ?13");
    st.bind(1, m.id).bind(2, m.duplicateId).bind(3, m.keptId).bind(4, m.note);
    st.bind(5, static_cast<int>(m.statusBefore)).bind(6, jsonList(m.movedComments));
    st.bind(7, jsonList(m.movedSupports)).bind(8, jsonList(m.keptSupports));
    st.bind(9, m.author).bind(10, m.authorId).bind(11, toUnixMs(m.at));
    st.bind(12, m.local ? 1 : 0).bind(13, m.deleted ? 1 : 0);
    st.run();
}

void Store::applyMergeEffects(ProblemMerge& m)
{
    const std::string myId = syncValue("hub_user_id");
    const std::int64_t at = toUnixMs(m.at);
    // 1. The duplicate: closed as a duplicate of the kept problem, with its history entry (the id
    // the hub gives it, so the pulled entry replaces this one).
    {
        auto st = m_db.prepare("SELECT status FROM problems WHERE id = ?");
        st.bind(1, m.duplicateId);
        if (st.step())
            m.statusBefore =
                static_cast<ProblemStatus>(std::clamp(st.integer(0), 0, kProblemStatusCount - 1));
    }
    auto update = m_db.prepare("UPDATE problems SET status = ?, duplicate_of = ?, updated = max(updated, ?) "
                               "WHERE id = ?");
    update.bind(1, static_cast<int>(ProblemStatus::Closed)).bind(2, m.keptId).bind(3, at);
    update.bind(4, m.duplicateId);
    update.run();
    auto entry = m_db.prepare(
        "INSERT INTO status_history (id, problem_id, from_status, to_status, note, reason, author, "
        "author_id, at) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING");
    entry.bind(1, uuidFromName("merge_status:" + m.id)).bind(2, m.duplicateId);
    entry.bind(3, static_cast<int>(m.statusBefore)).bind(4, static_cast<int>(ProblemStatus::Closed));
    entry.bind(5, m.note).bind(6, std::string(triage::toString(triage::CloseReason::Duplicate)));
    entry.bind(7, m.author).bind(8, m.authorId).bind(9, at);
    entry.run();

    // 2. Supports: each one moves to the kept problem unless its account supports that already (a
    // resident counts once); they are named by account where the hub's account is known.
    std::vector<SupportRow> supports;
    {
        auto st = m_db.prepare("SELECT user, owner_id, created FROM supports WHERE problem_id = ?");
        st.bind(1, m.duplicateId);
        while (st.step())
            supports.push_back({st.text(0), st.text(1), st.int64(2)});
    }
    auto onKept = m_db.prepare("SELECT 1 FROM supports WHERE problem_id = ?1 AND (user = ?2 OR (?3 <> '' AND "
                               "owner_id = ?3))");
    auto add = m_db.prepare("INSERT OR IGNORE INTO supports (problem_id, user, created, owner_id) "
                            "VALUES (?,?,?,?)");
    m.movedSupports.clear();
    m.keptSupports.clear();
    for (const SupportRow& s : supports) {
        const std::string account =
            !s.ownerId.empty() ? s.ownerId : (s.user == m_userName && !myId.empty() ? myId : s.user);
        onKept.reset();
        onKept.bind(1, m.keptId).bind(2, s.user).bind(3, s.ownerId);
        if (onKept.step()) {
            m.keptSupports.push_back(account);
            continue;
        }
        onKept.reset();
        add.reset();
        add.bind(1, m.keptId).bind(2, s.user).bind(3, s.created).bind(4, s.ownerId);
        add.run();
        m.movedSupports.push_back(account);
    }
    m_db.prepare("DELETE FROM supports WHERE problem_id = ?").bind(1, m.duplicateId).run();

    // 3. Comments: every live one moves to the kept problem.
    m.movedComments.clear();
    {
        auto st = m_db.prepare("SELECT id FROM comments WHERE problem_id = ? AND deleted = 0 ORDER BY rowid");
        st.bind(1, m.duplicateId);
        while (st.step())
            m.movedComments.push_back(st.text(0));
    }
    auto move = m_db.prepare("UPDATE comments SET problem_id = ? WHERE id = ?");
    auto follow = m_db.prepare("UPDATE sync_entities SET problem_id = ? WHERE entity = 'comment' AND id = ?");
    for (const std::string& id : m.movedComments) {
        move.reset();
        move.bind(1, m.keptId).bind(2, id);
        move.run();
        follow.reset();
        follow.bind(1, m.keptId).bind(2, id);
        follow.run();
    }
}

void Store::revertMergeEffects(const ProblemMerge& m, bool undoEntry)
{
    const std::string myId = syncValue("hub_user_id");
    const std::int64_t at = toUnixMs(now());
    // The duplicate, while it is still this merge's.
    {
        auto st = m_db.prepare("UPDATE problems SET status = ?, duplicate_of = '', updated = max(updated, ?) "
                               "WHERE id = ? AND duplicate_of = ?");
        st.bind(1, static_cast<int>(m.statusBefore)).bind(2, at).bind(3, m.duplicateId).bind(4, m.keptId);
        st.run();
    }
    if (undoEntry) {
        auto entry = m_db.prepare(
            "INSERT INTO status_history (id, problem_id, from_status, to_status, note, reason, author, "
            "author_id, at) VALUES (?,?,?,?,'','',?,?,?) ON CONFLICT (id) DO NOTHING");
        entry.bind(1, uuidFromName("merge_undo:" + m.id)).bind(2, m.duplicateId);
        entry.bind(3, static_cast<int>(ProblemStatus::Closed)).bind(4, static_cast<int>(m.statusBefore));
        entry.bind(5, m_userName).bind(6, myId).bind(7, at);
        entry.run();
    } else {
        m_db.prepare("DELETE FROM status_history WHERE id = ?")
            .bind(1, uuidFromName("merge_status:" + m.id))
            .run();
    }
    // Comments go back.
    auto move = m_db.prepare("UPDATE comments SET problem_id = ? WHERE id = ? AND problem_id = ?");
    auto follow = m_db.prepare("UPDATE sync_entities SET problem_id = ? WHERE entity = 'comment' AND id = ?");
    for (const std::string& id : m.movedComments) {
        move.reset();
        move.bind(1, m.duplicateId).bind(2, id).bind(3, m.keptId);
        move.run();
        follow.reset();
        follow.bind(1, m.duplicateId).bind(2, id);
        follow.run();
    }
    // Supports: those the merge made on the kept problem leave it; the duplicate gets back the
    // support of every account it moved or found there. An account is named by its hub id, or by
    // the name a support was kept under before the hub knew it.
    auto find = m_db.prepare("SELECT user, owner_id, created FROM supports WHERE problem_id = ?1 AND (user = "
                             "?2 OR owner_id = ?2 OR (?2 = ?3 AND ?3 <> '' AND user = ?4)) LIMIT 1");
    auto remove = m_db.prepare("DELETE FROM supports WHERE problem_id = ? AND user = ?");
    auto add = m_db.prepare("INSERT OR IGNORE INTO supports (problem_id, user, created, owner_id) "
                            "VALUES (?,?,?,?)");
    const auto restore = [&](const std::string& account, bool moved) {
        find.reset();
        find.bind(1, m.keptId).bind(2, account).bind(3, myId).bind(4, m_userName);
        if (!find.step())
            return;
        const SupportRow s{find.text(0), find.text(1), find.int64(2)};
        find.reset();
        if (moved) {
            remove.reset();
            remove.bind(1, m.keptId).bind(2, s.user);
            remove.run();
        }
        add.reset();
        add.bind(1, m.duplicateId).bind(2, s.user).bind(3, s.created).bind(4, s.ownerId);
        add.run();
    };
    for (const std::string& account : m.movedSupports)
        restore(account, true);
    for (const std::string& account : m.keptSupports)
        restore(account, false);
    m_db.prepare("UPDATE problem_merges SET deleted = 1 WHERE id = ?").bind(1, m.id).run();
}

void Store::settleRefusedMerge(const std::string& mergeId, const std::string& kind)
{
    auto merge = problemMerge(mergeId);
    if (!merge)
        return;
    // What is still queued for this merge would be refused too.
    m_db.prepare("DELETE FROM outbox WHERE entity = 'problem_merge' AND sync_key = ?").bind(1, mergeId).run();
    if (kind == "delete") {
        // The undo was refused (the hub holds the merge still): the merge comes back here too.
        if (!merge->deleted)
            return;
        m_db.prepare("DELETE FROM status_history WHERE id = ?")
            .bind(1, uuidFromName("merge_undo:" + mergeId))
            .run();
        ProblemMerge again = *merge;
        const ProblemStatus before = merge->statusBefore;
        applyMergeEffects(again);
        again.statusBefore = before;
        again.deleted = false;
        writeMerge(again);
        return;
    }
    if (merge->deleted)
        return;
    revertMergeEffects(*merge, false);
    m_db.prepare("DELETE FROM problem_merges WHERE id = ? AND local = 1").bind(1, mergeId).run();
    // The duplicate as the hub last gave it: a merge by someone else may already have been pulled.
    auto hub = m_db.prepare("SELECT hub_fields FROM sync_entities WHERE entity = 'problem' AND id = ? AND "
                            "version > 0");
    hub.bind(1, merge->duplicateId);
    if (!hub.step())
        return;
    const std::string hubJson = hub.text(0);
    hub.reset();
    auto parsed = sync::parseObject(hubJson);
    if (!parsed || !*parsed)
        return;
    const Poco::JSON::Object::Ptr object = *parsed;
    for (const char* name : {"status", "duplicate_of"}) {
        if (!object->has(name))
            continue;
        auto st = m_db.prepare(std::string("UPDATE problems SET ") + name + " = ? WHERE id = ?");
        bindProblemValue(st, 1, name, object->get(name));
        st.bind(2, merge->duplicateId);
        st.run();
    }
}

void Store::applyMergeChange(const sync::Change& change, const Poco::JSON::Object::Ptr& fields, bool pending)
{
    if (change.deleted) {
        auto st = m_db.prepare("UPDATE problem_merges SET deleted = 1, local = 0 WHERE id = ?");
        st.bind(1, change.id);
        st.run();
        return;
    }
    const auto existing = problemMerge(change.id);
    ProblemMerge m;
    m.id = change.id;
    m.duplicateId = stringOf(fields, "duplicate_id");
    m.keptId = stringOf(fields, "kept_id");
    m.note = stringOf(fields, "note");
    m.statusBefore = problemStatusFromString(stringOf(fields, "status_before")).value_or(ProblemStatus::New);
    m.movedComments = listField(fields, "moved_comments");
    m.movedSupports = listField(fields, "moved_supports");
    m.keptSupports = listField(fields, "kept_supports");
    m.author = stringOf(fields, "author");
    m.authorId = stringOf(fields, "author_id");
    m.at = parseIso8601(stringOf(fields, "at")).value_or(existing ? existing->at : now());
    m.local = false;
    // An undo queued here and not answered yet keeps the merge undone.
    m.deleted = pending && existing && existing->deleted;
    if (existing) {
        if (m.duplicateId.empty())
            m.duplicateId = existing->duplicateId;
        if (m.keptId.empty())
            m.keptId = existing->keptId;
    }
    writeMerge(m);
}

} // namespace balgul::core
