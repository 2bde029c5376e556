// Store: applying the hub's pulled pages, and starting over in a new epoch (sync-protocol.md).

#include "core/store/store.h"

#include "core/mydata/mydata_sync.h"
#include "core/store/bulk_writer.h"
#include "core/store/store_sync_support.h"
#include "core/sync/protocol.h"
#include "core/util/ids.h"
#include "core/util/json_writer.h"

#include <Poco/JSON/Array.h>
#include <sqlite3.h>

#include <filesystem>
#include <set>

namespace balgul::core {

namespace fs = std::filesystem;
using namespace detail;

namespace {

/// A new problem from the hub's fields, each converted as bindProblemValue() stores it; a field the
/// store cannot keep fails as the NOT NULL column it is.
Problem problemFromHub(const std::string& id, const Poco::JSON::Object& fields)
{
    Problem p;
    p.id = id;
    p.category.clear();
    p.created = now();
    p.updated = p.created;
    // One pass over the members, none copied (a first sync reads a million of these).
    for (const auto& member : fields) {
        const std::string& name = member.first;
        const Poco::Dynamic::Var& v = member.second;
        std::string* text = name == "title"         ? &p.title
                            : name == "description" ? &p.description
                            : name == "category"    ? &p.category
                            : name == "address"     ? &p.address
                            : name == "author"      ? &p.author
                                                    : nullptr;
        try {
            if (text)
                *text = v.isString() ? v.extract<std::string>() : v.convert<std::string>();
            else if (name == "lat")
                p.lat = v.convert<double>();
            else if (name == "lon")
                p.lon = v.convert<double>();
            else if (name == "status")
                p.status = problemStatusFromString(v.isString() ? v.extract<std::string>() : std::string())
                               .value_or(ProblemStatus::New);
            else if (name == "created" && v.isString())
                p.created = parseIso8601(v.extract<std::string>()).value_or(p.created);
        } catch (const Poco::Exception&) {
            throw SqlError{SQLITE_CONSTRAINT_NOTNULL, "NOT NULL constraint failed: problems." + name};
        }
    }
    return p;
}

} // namespace

Result<PullApplied> Store::applyPullPage(const std::vector<sync::Change>& changes, std::int64_t next,
                                         const std::string& epoch)
{
    auto begun = BulkWriter::begin(*this);
    if (!begun)
        return begun.error();
    auto applied = applyPullPage(**begun, changes, next, epoch);
    if (!applied)
        return applied;
    try {
        (*begun)->commitQuietly();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    pulledPagesCommitted(applied->applied);
    return applied;
}

void Store::pulledPagesCommitted(int applied)
{
    if (applied > 0)
        notify({StoreChange::Kind::Reset, {}, 0});
}

Result<PullApplied> Store::applyPullPage(BulkWriter& writer, const std::vector<sync::Change>& changes,
                                         std::int64_t next, const std::string& epoch)
{
    PullApplied applied;
    m_pullUserId = syncValue("hub_user_id");
    try {
        const auto hasRows = [&](const char* sql) {
            auto& st = cachedStatement(sql);
            const bool any = st.step();
            st.reset();
            return any;
        };
        m_pullOutboxRows = hasRows("SELECT 1 FROM outbox LIMIT 1");
        m_pullConflictRows = hasRows("SELECT 1 FROM sync_conflicts LIMIT 1");
        for (const auto& change : changes)
            applyChange(change, applied, writer);
        // Children whose problem came in this page (or earlier) can now be applied.
        std::vector<std::pair<std::string, std::string>> ready;
        {
            auto st = m_db.prepare("SELECT o.entity, o.id, o.change FROM sync_orphans o "
                                   "WHERE EXISTS (SELECT 1 FROM problems p WHERE p.id = o.problem_id)");
            std::vector<std::string> texts;
            while (st.step()) {
                ready.emplace_back(st.text(0), st.text(1));
                texts.push_back(st.text(2));
            }
            for (const auto& text : texts) {
                auto o = sync::parseObject(text);
                if (!o)
                    continue;
                auto c = sync::decodeChange(*o, {});
                if (c)
                    applyChange(*c, applied, writer);
            }
        }
        for (const auto& [entity, id] : ready) {
            auto& drop = cachedStatement("DELETE FROM sync_orphans WHERE entity = ? AND id = ?");
            drop.bind(1, entity).bind(2, id);
            drop.run();
        }
        for (const auto& [key, value] :
             {std::pair<std::string, std::string>{"cursor", std::to_string(next)}, {"epoch", epoch}}) {
            auto& set = cachedStatement("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
            set.bind(1, key).bind(2, value);
            set.run();
        }
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    return applied;
}

bool Store::applyChange(const sync::Change& change, PullApplied& applied, BulkWriter& writer)
{
    const Poco::JSON::Object::Ptr fields = change.fields ? change.fields : new Poco::JSON::Object;
    const std::string& myId = m_pullUserId;
    std::string problemId = change.entity == "problem" ? change.id : stringOf(fields, "problem_id");
    std::string key = change.id;
    std::string supportUser;
    std::string supportOwner;
    if (change.entity == "support") {
        // Keyed by the account, as on the hub (a tombstone names the account, not the name shown);
        // one's own support keeps the local key its ops were queued under.
        supportOwner = stringOf(fields, "owner_id");
        supportUser = (!myId.empty() && supportOwner == myId) ? m_userName : supportOwner;
        key = problemId + ":" + supportUser;
    } else if (change.entity == "attachment") {
        key = problemId + ":" + stringOf(fields, "sha256");
    } else if (change.entity == "pilot" || change.entity == "pilot_phase_change" ||
               change.entity == "pilot_feedback") {
        problemId.clear(); // a pilot hangs on no problem
    } else if (change.entity == "pilot_tester") {
        // Keyed by the account like a support; one's own keeps the key its ops were queued under.
        problemId.clear();
        supportOwner = stringOf(fields, "owner_id");
        if (supportOwner.empty())
            supportOwner = stringOf(fields, "user_id");
        supportUser = (!myId.empty() && supportOwner == myId) ? m_userName : supportOwner;
        key = stringOf(fields, "pilot_id", change.id.substr(0, change.id.find(':'))) + ":" + supportUser;
    } else if (change.entity == "problem_merge") {
        problemId = stringOf(fields, "duplicate_id");
        if (problemId.empty()) { // a tombstone that does not say: the merge as kept here
            auto& st = cachedStatement("SELECT duplicate_id FROM problem_merges WHERE id = ?");
            st.bind(1, key);
            if (st.step())
                problemId = st.text(0);
            st.reset(); // a statement left stepping keeps the store's schema from changing
        }
    } else if (change.entity == "round" || change.entity == "consent") {
        problemId.clear();
    } else if (change.entity == "ballot") {
        // One's own ballot, keyed here by its round as its ops are queued.
        problemId.clear();
        key = stringOf(fields, "round_id", change.id.substr(0, change.id.find(':')));
    } else if (change.entity != "problem" && change.entity != "comment" && change.entity != "status_change") {
        return false; // an entity this version does not keep
    }

    // Fields with pending local ops (or an open conflict) keep their local value.
    std::set<std::string> keep;
    bool pending = false;
    bool conflicted = false;
    if (m_pullOutboxRows) {
        auto& st = cachedStatement("SELECT fields FROM outbox WHERE entity = ? AND sync_key = ?");
        st.bind(1, change.entity).bind(2, key);
        while (st.step()) {
            pending = true;
            for (auto& f : fieldNames(st.text(0)))
                keep.insert(f);
        }
        if (change.entity == "problem") {
            // A merge (or its undo) not answered yet decides the duplicate's status until it is.
            auto& m =
                cachedStatement("SELECT 1 FROM outbox WHERE entity = 'problem_merge' AND problem_id = ?");
            m.bind(1, key);
            if (m.step()) {
                keep.insert("status");
                keep.insert("duplicate_of");
            }
            m.reset();
        }
    }
    if (m_pullConflictRows) {
        auto& c = cachedStatement("SELECT field FROM sync_conflicts WHERE entity = ? AND id = ?");
        c.bind(1, change.entity).bind(2, key);
        while (c.step()) {
            keep.insert(c.text(0));
            conflicted = true;
        }
    }
    {
        // The hub's version; who owns it on the hub and its fields there now, for what this account
        // may change and for putting a refused change back (a tombstone keeps the fields it had).
        auto& st = cachedStatement(
            "INSERT INTO sync_entities (entity, id, problem_id, version, owner_id, hub_fields) "
            "VALUES (?1, ?2, ?3, ?4, ?5, CASE WHEN ?6 THEN '' ELSE ?7 END) "
            "ON CONFLICT (entity, id) DO UPDATE SET version = excluded.version, "
            "owner_id = CASE WHEN ?5 = '' THEN owner_id ELSE ?5 END, "
            "hub_fields = CASE WHEN ?6 THEN hub_fields ELSE ?7 END, "
            "problem_id = CASE WHEN ?3 = '' THEN problem_id ELSE ?3 END");
        st.bind(1, change.entity).bind(2, key).bind(3, problemId).bind(4, change.version);
        const std::string fieldsJson = change.fieldsJson.empty() ? sync::stringify(fields) : std::string();
        st.bind(5, stringOf(fields, "owner_id"))
            .bind(6, change.deleted ? 1 : 0)
            .bindStatic(7, change.fieldsJson.empty() ? fieldsJson : change.fieldsJson);
        st.run();
    }
    if (conflicted) {
        auto& c = cachedStatement("UPDATE sync_conflicts SET hub_version = ? WHERE entity = ? AND id = ?");
        c.bind(1, change.version).bind(2, change.entity).bind(3, key);
        c.run();
        auto& v = cachedStatement(
            "UPDATE sync_conflicts SET hub_value = ? WHERE entity = ? AND id = ? AND field = ?");
        for (const auto& [name, value] : *fields) {
            v.reset();
            v.bind(1, valueJson(fields, name)).bind(2, change.entity).bind(3, key).bind(4, name);
            v.run();
        }
    }
    if (pending && change.deleted) {
        ++applied.kept; // a local op will bring it back (or delete it too)
        return true;
    }
    applied.kept += static_cast<int>(keep.size());

    if (change.entity == "pilot" || change.entity == "pilot_phase_change" ||
        change.entity == "pilot_tester" || change.entity == "pilot_feedback") {
        applyPilotChange(change, fields, keep, pending, applied, supportUser);
        return true;
    }
    if (change.entity == "round" || change.entity == "ballot") {
        applyVotingChange(change, fields, pending);
        ++applied.applied;
        return true;
    }
    if (change.entity == "consent") {
        mydata::applyConsentChange(*this, change); // core/mydata/mydata_sync.cpp
        ++applied.applied;
        return true;
    }
    if (change.entity == "problem_merge") {
        applyMergeChange(change, fields, pending);
        ++applied.applied;
        return true;
    }

    if (change.entity == "problem") {
        if (change.deleted) {
            cachedStatement("UPDATE problems SET deleted = 1 WHERE id = ? AND deleted = 0")
                .bind(1, key)
                .run();
            cachedStatement("DELETE FROM sync_conflicts WHERE problem_id = ?").bind(1, key).run();
            ++applied.applied;
            return true;
        }
        // A problem new here is written at once, and the id's UNIQUE index says whether the store
        // has it already (a first sync writes a million: no look-up before each). One that cannot
        // be written new (a field the store cannot keep) fails the page unless the store has it:
        // then its fields are written below, where one with a local op keeps the local value.
        bool isNew = false;
        try {
            isNew = writer.addFromHub(problemFromHub(key, *fields), change.version) != 0;
        } catch (const SqlError& e) {
            if ((e.code & 0xff) != SQLITE_CONSTRAINT)
                throw;
            auto& st = cachedStatement("SELECT 1 FROM problems WHERE id = ?");
            st.bind(1, key);
            const bool here = st.step();
            st.reset();
            if (!here)
                throw;
        }
        if (isNew) {
            if (const std::string kept = stringOf(fields, "duplicate_of"); !kept.empty()) {
                auto& st = cachedStatement("UPDATE problems SET duplicate_of = ? WHERE id = ?");
                st.bind(1, kept).bind(2, key);
                st.run();
            }
        } else {
            std::string sql = "UPDATE problems SET version = ?, updated = ?";
            std::vector<std::string> set;
            for (const auto& [name, value] : *fields)
                if (problemColumn(name) && !keep.count(name)) {
                    sql += std::string(", ") + problemColumn(name) + " = ?";
                    set.push_back(name);
                }
            if (!pending)
                sql += ", deleted = 0";
            sql += " WHERE id = ?";
            auto& st = cachedStatement(sql);
            st.bind(1, change.version).bind(2, toUnixMs(now()));
            int index = 3;
            for (const auto& name : set)
                bindProblemValue(st, index++, name, fields->get(name));
            st.bind(index, key);
            st.run();
        }
        ++applied.applied;
        return true;
    }

    bool parentExists = false;
    {
        auto& st = cachedStatement("SELECT 1 FROM problems WHERE id = ?");
        st.bind(1, problemId);
        parentExists = st.step();
        st.reset();
    }
    if (!parentExists) {
        if (!change.deleted) {
            auto& st = cachedStatement("INSERT OR REPLACE INTO sync_orphans (entity, id, problem_id, change) "
                                       "VALUES (?,?,?,?)");
            st.bind(1, change.entity).bind(2, key).bind(3, problemId).bind(4, sync::encode(change));
            st.run();
            ++applied.deferred;
        }
        return true;
    }

    if (change.entity == "comment") {
        if (change.deleted) {
            cachedStatement("UPDATE comments SET deleted = 1 WHERE id = ?").bind(1, key).run();
        } else {
            // The author is the hub's (set from the account that wrote it), not what was typed here.
            // A comment moves with a merge (or its undo) to the problem the hub names, unless a
            // merge of the problem it is on here, or of the one it goes to, is not answered yet.
            auto& st = cachedStatement(
                "INSERT INTO comments (id, problem_id, author, text, created, deleted) "
                "VALUES (?1, ?2, ?3, ?4, ?5, 0) ON CONFLICT (id) DO UPDATE SET "
                "author = CASE WHEN ?3 = '' THEN author ELSE ?3 END, "
                "text = CASE WHEN ?6 THEN text ELSE excluded.text END, deleted = 0, "
                "problem_id = CASE WHEN EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'problem_merge' "
                "AND o.problem_id IN (?2, comments.problem_id)) THEN comments.problem_id ELSE ?2 END");
            const auto created = parseIso8601(stringOf(fields, "created"));
            st.bind(1, key)
                .bind(2, problemId)
                .bind(3, stringOf(fields, "author"))
                .bind(4, stringOf(fields, "text"));
            st.bind(5, toUnixMs(created.value_or(now()))).bind(6, keep.count("text") ? 1 : 0);
            st.run();
        }
    } else if (change.entity == "status_change") {
        // Written by the hub (its author, its time, the status it moved from): it replaces what this
        // store wrote when the change was made here. Entries are never deleted.
        if (!change.deleted) {
            const auto status = [&](const char* name) {
                return static_cast<int>(
                    problemStatusFromString(stringOf(fields, name)).value_or(ProblemStatus::New));
            };
            auto& st = cachedStatement(
                "INSERT INTO status_history (id, problem_id, from_status, to_status, note, reason, author, "
                "author_id, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (id) DO UPDATE SET "
                "from_status = ?3, to_status = ?4, note = ?5, reason = ?6, author = ?7, author_id = ?8, at = "
                "?9");
            const auto at = parseIso8601(stringOf(fields, "at"));
            st.bind(1, key).bind(2, problemId).bind(3, status("from")).bind(4, status("to"));
            st.bind(5, stringOf(fields, "note")).bind(6, stringOf(fields, "reason"));
            st.bind(7, stringOf(fields, "author")).bind(8, stringOf(fields, "author_id"));
            st.bind(9, toUnixMs(at.value_or(now())));
            st.run();
        }
    } else if (change.entity == "support") {
        // Rows pulled before supports were keyed by the account carry the name shown as their key;
        // their owner_id finds them.
        if (change.deleted) {
            auto& st = cachedStatement("DELETE FROM supports WHERE problem_id = ?1 AND (user = ?2 OR "
                                       "(?3 <> '' AND owner_id = ?3))");
            st.bind(1, problemId).bind(2, supportUser).bind(3, supportOwner);
            st.run();
        } else {
            auto& stale = cachedStatement(
                "DELETE FROM supports WHERE problem_id = ?1 AND ?2 <> '' AND owner_id = ?2 AND user <> ?3");
            stale.bind(1, problemId).bind(2, supportOwner).bind(3, supportUser);
            stale.run();
            auto& st =
                cachedStatement("INSERT INTO supports (problem_id, user, created, owner_id) VALUES (?,?,?,?) "
                                "ON CONFLICT (problem_id, user) DO UPDATE SET owner_id = excluded.owner_id");
            st.bind(1, problemId).bind(2, supportUser).bind(3, toUnixMs(now()));
            st.bind(4, supportOwner);
            st.run();
        }
    } else { // attachment
        const std::string sha = stringOf(fields, "sha256");
        if (change.deleted) {
            auto& st = cachedStatement("DELETE FROM attachments WHERE problem_id = ? AND sha256 = ?");
            st.bind(1, problemId).bind(2, sha);
            st.run();
        } else if (isSha256Hex(sha)) {
            std::int64_t size = 0;
            if (fields->has("size") && fields->get("size").isNumeric())
                size = fields->get("size").convert<Poco::Int64>();
            auto& blob =
                cachedStatement("INSERT OR IGNORE INTO blobs (sha256, size, mime, created) VALUES (?,?,?,?)");
            blob.bind(1, sha).bind(2, size).bind(3, stringOf(fields, "mime", "application/octet-stream"));
            blob.bind(4, toUnixMs(now()));
            blob.run();
            auto& link = cachedStatement(
                "INSERT OR IGNORE INTO attachments (problem_id, sha256, file_name, added) VALUES (?,?,?,?)");
            link.bind(1, problemId).bind(2, sha).bind(3, stringOf(fields, "file_name", "photo"));
            link.bind(4, toUnixMs(now()));
            link.run();
        }
    }
    ++applied.applied;
    return true;
}

Result<int> Store::beginNewEpoch(const std::string& epoch, std::int64_t sharedSeq)
{
    int requeued = 0;
    try {
        Transaction tx(m_db);
        // What the hub may have lost goes back into the outbox under its op ids and its own seq, so
        // it is sent before anything queued since.
        auto back =
            m_db.prepare("INSERT INTO outbox (seq, op_id, kind, entity, entity_id, fields, created, "
                         "base_version, problem_id, sync_key, sent, resent) SELECT seq, op_id, kind, "
                         "entity, entity_id, fields, created, base_version, problem_id, sync_key, 0, 1 "
                         "FROM outbox_acked WHERE version > ?");
        back.bind(1, sharedSeq);
        back.run();
        requeued = m_db.changes();
        m_db.prepare("DELETE FROM outbox_acked WHERE version > ?").bind(1, sharedSeq).run();
        // A version past sharedSeq names a change of the lost history: based on the shared part, a
        // field someone changed since comes back as a conflict instead of being overwritten. An
        // edit stays an edit (a base of 0 would claim to create).
        constexpr const char* kRebase =
            "base_version = CASE WHEN base_version = 0 THEN 0 ELSE max(1, min(base_version, ?1)) END";
        // Ops queued before the new epoch was known may depend on what the hub lost: refused, they
        // wait for their problem.
        m_db.prepare(std::string("UPDATE outbox SET resent = 1, ") + kRebase).bind(1, sharedSeq).run();
        m_db.prepare(std::string("UPDATE outbox_waiting SET problem_version = 0, ") + kRebase)
            .bind(1, sharedSeq)
            .run();
        m_db.prepare("UPDATE sync_conflicts SET hub_version = min(hub_version, ?)").bind(1, sharedSeq).run();
        m_db.exec("UPDATE sync_entities SET version = 0");
        m_db.exec("DELETE FROM sync_orphans");
        auto set = m_db.prepare("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        for (const auto& [key, value] :
             {std::pair<std::string, std::string>{"cursor", "0"}, {"epoch", epoch}}) {
            set.reset();
            set.bind(1, key).bind(2, value);
            set.run();
        }
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    notify({StoreChange::Kind::SyncStateChanged, {}, 0});
    return requeued;
}

Result<int> Store::requeueWaiting()
{
    int requeued = 0;
    try {
        Transaction tx(m_db);
        // A refusal the user has settled (kept the hub's version, dismissed it) is not tried again.
        m_db.exec("DELETE FROM outbox_waiting WHERE NOT EXISTS (SELECT 1 FROM sync_entities s WHERE s.entity "
                  "= outbox_waiting.entity AND s.id = outbox_waiting.sync_key AND s.rejected_code <> '')");
        std::vector<std::int64_t> ready;
        {
            auto st = m_db.prepare("SELECT w.seq FROM outbox_waiting w JOIN sync_entities e ON e.entity = "
                                   "'problem' AND e.id = w.problem_id WHERE e.version > w.problem_version "
                                   "ORDER BY w.seq");
            while (st.step())
                ready.push_back(st.int64(0));
        }
        auto back = m_db.prepare(
            "INSERT INTO outbox (seq, op_id, kind, entity, entity_id, fields, created, base_version, "
            "problem_id, sync_key, sent, resent) SELECT seq, ?2, kind, entity, entity_id, fields, created, "
            "base_version, problem_id, sync_key, 0, 1 FROM outbox_waiting WHERE seq = ?1");
        auto drop = m_db.prepare("DELETE FROM outbox_waiting WHERE seq = ?");
        for (const std::int64_t seq : ready) {
            back.reset();
            back.bind(1, seq).bind(2, newUuidV7());
            back.run();
            drop.reset();
            drop.bind(1, seq);
            drop.run();
            ++requeued;
        }
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    if (requeued > 0)
        notify({StoreChange::Kind::SyncStateChanged, {}, 0});
    return requeued;
}

} // namespace balgul::core
