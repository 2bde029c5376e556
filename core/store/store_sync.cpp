// Store: sync state — the outbox's answers, conflicts and photos for sync (sync-protocol.md).

#include "core/store/store.h"

#include "core/store/store_sync_support.h"
#include "core/sync/protocol.h"
#include "core/util/ids.h"
#include "core/util/json_writer.h"

#include <Poco/JSON/Array.h>

#include <filesystem>
#include <set>

namespace balgul::core {

namespace fs = std::filesystem;
using namespace detail;

std::string_view toString(SyncState state)
{
    switch (state) {
    case SyncState::Synced:
        return "synced";
    case SyncState::Pending:
        return "pending";
    case SyncState::Sent:
        return "sent";
    case SyncState::Conflict:
        return "conflict";
    case SyncState::Rejected:
        return "rejected";
    }
    return "synced";
}

namespace {

/// Acknowledged ops are kept 30 days, and at most those among the last 100,000 queued: how far back
/// a hub restored from a backup can get what it lost from this store.
constexpr std::int64_t kKeepAnsweredMs = 30LL * 24 * 3600 * 1000;
constexpr std::int64_t kKeepAckedOps = 100000;

/// The fields of an answered op to keep for sending again: all of them when applied, the ones the
/// hub applied when in conflict ("" when none).
std::string ackedFields(const OutboxEntry& op, const sync::PushResult& r)
{
    if (r.version <= 0)
        return {};
    if (r.status != sync::OpStatus::Conflict)
        return op.fieldsJson;
    auto fields = sync::parseObject(op.fieldsJson);
    if (!fields)
        return {};
    Poco::JSON::Object::Ptr kept = new Poco::JSON::Object;
    for (const auto& name : r.appliedFields)
        if ((*fields)->has(name))
            kept->set(name, (*fields)->get(name));
    return kept->size() > 0 ? sync::stringify(kept) : std::string();
}

} // namespace

SyncStatus Store::syncStateOf(const std::string& problemId)
{
    SyncStatus s;
    s.version = knownVersion("problem", problemId);
    {
        auto st = m_db.prepare("SELECT count(*), coalesce(max(sent), 0) FROM outbox WHERE problem_id = ?");
        st.bind(1, problemId);
        if (st.step()) {
            s.pendingOps = st.integer(0);
            if (s.pendingOps > 0)
                s.state = st.integer(1) ? SyncState::Sent : SyncState::Pending;
        }
    }
    {
        auto st = m_db.prepare("SELECT rejected_code, rejected_message FROM sync_entities "
                               "WHERE problem_id = ? AND rejected_code <> '' LIMIT 1");
        st.bind(1, problemId);
        if (st.step()) {
            s.state = SyncState::Rejected;
            s.code = st.text(0);
            s.message = st.text(1);
        }
    }
    auto st = m_db.prepare("SELECT 1 FROM sync_conflicts WHERE problem_id = ? LIMIT 1");
    st.bind(1, problemId);
    if (st.step())
        s.state = SyncState::Conflict;
    return s;
}

std::vector<SyncConflict> Store::conflicts(const std::string& problemId)
{
    std::vector<SyncConflict> out;
    auto st = m_db.prepare(
        "SELECT entity, id, problem_id, field, hub_value, local_value, hub_version "
        "FROM sync_conflicts WHERE ?1 = '' OR problem_id = ?1 ORDER BY problem_id, entity, id, field");
    st.bind(1, problemId);
    while (st.step()) {
        SyncConflict c;
        c.entity = st.text(0);
        c.id = st.text(1);
        c.problemId = st.text(2);
        c.field = st.text(3);
        c.hubValueJson = st.text(4);
        c.localValueJson = st.text(5);
        c.hubVersion = st.int64(6);
        out.push_back(std::move(c));
    }
    return out;
}

Status Store::resolveConflict(const std::string& problemId, const std::string& field, ConflictChoice choice)
{
    std::string problemOf;
    try {
        Transaction tx(m_db);
        auto find = m_db.prepare("SELECT entity, id, problem_id, hub_value, local_value, hub_version "
                                 "FROM sync_conflicts WHERE id = ? AND field = ?");
        find.bind(1, problemId).bind(2, field);
        if (!find.step())
            return Error::make("not_found", "no conflict on field " + field, "field");
        const std::string entity = find.text(0), id = find.text(1);
        problemOf = find.text(2);
        const std::string hubValue = find.text(3), localValue = find.text(4);
        const std::int64_t hubVersion = find.int64(5);
        find.reset();

        // The user has now seen the hub's version: later ops are based on it.
        auto version =
            m_db.prepare("INSERT INTO sync_entities (entity, id, problem_id, version) VALUES (?,?,?,?) "
                         "ON CONFLICT (entity, id) DO UPDATE SET version = max(version, excluded.version)");
        version.bind(1, entity).bind(2, id).bind(3, problemOf).bind(4, hubVersion);
        version.run();
        if (choice == ConflictChoice::UseMine) {
            queueOp("upsert", entity, id, "{" + jsonQuote(field) + ":" + localValue + "}", problemOf);
        } else if (entity == "problem" && problemColumn(field)) {
            auto st = m_db.prepare("UPDATE problems SET " + std::string(problemColumn(field)) +
                                   " = ?, updated = ? WHERE id = ?");
            bindProblemValue(st, 1, field, parseValue(hubValue));
            st.bind(2, toUnixMs(now())).bind(3, id);
            st.run();
        } else if (entity == "comment" && field == "text") {
            const auto v = parseValue(hubValue);
            auto st = m_db.prepare("UPDATE comments SET text = ? WHERE id = ?");
            st.bind(1, v.isString() ? v.extract<std::string>() : std::string()).bind(2, id);
            st.run();
        }
        auto drop = m_db.prepare("DELETE FROM sync_conflicts WHERE id = ? AND field = ?");
        drop.bind(1, problemId).bind(2, field);
        drop.run();
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    const auto p = problem(problemOf);
    notify({StoreChange::Kind::ProblemUpdated, problemOf, p ? p->rowid : 0});
    notify({StoreChange::Kind::SyncStateChanged, problemOf, p ? p->rowid : 0});
    return {};
}

Status Store::dismissRejection(const std::string& problemId)
{
    try {
        m_db.prepare(
                "UPDATE sync_entities SET rejected_code = '', rejected_message = '', rejected_fields = '' "
                "WHERE problem_id = ?")
            .bind(1, problemId)
            .run();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    notify({StoreChange::Kind::SyncStateChanged, problemId, 0});
    return {};
}

std::string Store::clientId()
{
    auto st = m_db.prepare("SELECT value FROM meta WHERE key = 'client_id'");
    return st.step() ? st.text(0) : std::string();
}

std::string Store::syncValue(const std::string& key)
{
    auto st = m_db.prepare("SELECT value FROM sync_state WHERE key = ?");
    st.bind(1, key);
    return st.step() ? st.text(0) : std::string();
}

Status Store::setSyncValue(const std::string& key, const std::string& value)
{
    try {
        m_db.prepare("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .bind(1, key)
            .bind(2, value)
            .run();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    return {};
}

std::vector<OutboxEntry> Store::pendingOps(std::int64_t afterSeq, int limit)
{
    std::vector<OutboxEntry> out;
    auto st =
        m_db.prepare("SELECT seq, op_id, kind, entity, entity_id, fields, created, base_version, problem_id, "
                     "sync_key, sent FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?");
    st.bind(1, afterSeq).bind(2, static_cast<std::int64_t>(limit));
    while (st.step()) {
        OutboxEntry e;
        e.seq = st.int64(0);
        e.opId = st.text(1);
        e.kind = st.text(2);
        e.entity = st.text(3);
        e.entityId = st.text(4);
        e.fieldsJson = st.text(5);
        e.created = fromUnixMs(st.int64(6));
        e.baseVersion = st.int64(7);
        e.problemId = st.text(8);
        e.syncKey = st.text(9);
        e.sent = st.int64(10) != 0;
        out.push_back(std::move(e));
    }
    return out;
}

Status Store::markSent(const std::vector<std::int64_t>& seqs)
{
    try {
        Transaction tx(m_db);
        auto st = m_db.prepare("UPDATE outbox SET sent = 1 WHERE seq = ? AND sent = 0");
        for (const auto seq : seqs) {
            st.reset();
            st.bind(1, seq);
            st.run();
        }
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    return {};
}

Status Store::recordPushResults(const std::vector<OutboxEntry>& ops,
                                const std::vector<sync::PushResult>& results)
{
    if (ops.size() != results.size())
        return Error::make("bad_answer", "the hub answered " + std::to_string(results.size()) +
                                             " results for " + std::to_string(ops.size()) + " ops");
    std::set<std::string> touched;
    std::vector<std::pair<std::string, std::string>> refusedMerges; ///< id, kind
    try {
        Transaction tx(m_db);
        auto entityRow = m_db.prepare("INSERT INTO sync_entities (entity, id, problem_id) VALUES (?,?,?) "
                                      "ON CONFLICT (entity, id) DO NOTHING");
        auto clearRejection = m_db.prepare(
            "UPDATE sync_entities SET rejected_code = '', rejected_message = '', rejected_fields = '' "
            "WHERE entity = ? AND id = ?");
        // What was refused is kept (merged over earlier refusals) until the user settles it. Within
        // one answer, an entity's first refusal is the one said: the ops after it on the same
        // entity fail because of it (a pilot refused as made is then refused as "not made yet").
        auto reject = m_db.prepare(
            "UPDATE sync_entities SET rejected_code = CASE WHEN ?6 THEN rejected_code ELSE ?1 END, "
            "rejected_message = CASE WHEN ?6 THEN rejected_message ELSE ?2 END, rejected_fields = "
            "json_patch(CASE WHEN rejected_fields = '' THEN '{}' ELSE rejected_fields END, ?5) "
            "WHERE entity = ?3 AND id = ?4");
        std::set<std::pair<std::string, std::string>> refusedHere;
        auto conflict =
            m_db.prepare("INSERT INTO sync_conflicts (entity, id, field, problem_id, hub_value, local_value, "
                         "hub_version, created) "
                         "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (entity, id, field) DO UPDATE SET hub_value = "
                         "excluded.hub_value, "
                         "local_value = excluded.local_value, hub_version = excluded.hub_version");
        auto remove = m_db.prepare("DELETE FROM outbox WHERE seq = ?");
        // What the hub took is kept with its version, so a hub restored from a backup can get it
        // again; an op sent again after a new epoch that the hub refused (and what follows it on
        // the same problem) waits for its problem to come back (sync-protocol.md "Epochs and cursors").
        auto acked = m_db.prepare("INSERT OR REPLACE INTO outbox_acked (seq, op_id, kind, entity, entity_id, "
                                  "fields, created, base_version, problem_id, sync_key, version, acked) "
                                  "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        auto wait = m_db.prepare(
            "INSERT OR REPLACE INTO outbox_waiting (seq, kind, entity, entity_id, fields, created, "
            "base_version, problem_id, sync_key, problem_version, refused) SELECT o.seq, o.kind, o.entity, "
            "o.entity_id, o.fields, o.created, o.base_version, o.problem_id, o.sync_key, coalesce((SELECT "
            "e.version FROM sync_entities e WHERE e.entity = 'problem' AND e.id = o.problem_id), 0), ?2 "
            "FROM outbox o WHERE o.seq = ?1 AND (o.resent = 1 OR EXISTS (SELECT 1 FROM outbox_waiting w "
            "WHERE w.problem_id = o.problem_id))");
        const std::int64_t answered = toUnixMs(now());
        for (std::size_t i = 0; i < ops.size(); ++i) {
            const OutboxEntry& op = ops[i];
            const sync::PushResult& r = results[i];
            if (r.opId != op.opId)
                return Error::make("bad_answer", "the hub answered op " + r.opId + " in place of " + op.opId);
            entityRow.reset();
            entityRow.bind(1, op.entity).bind(2, op.syncKey).bind(3, op.problemId);
            entityRow.run();
            if (r.status == sync::OpStatus::Rejected) {
                reject.reset();
                reject.bind(1, r.code.empty() ? std::string("rejected") : r.code).bind(2, r.message);
                reject.bind(3, op.entity).bind(4, op.syncKey);
                reject.bind(5, op.kind == "delete" ? std::string(R"({"deleted":true})") : op.fieldsJson);
                reject.bind(6, std::int64_t{refusedHere.emplace(op.entity, op.syncKey).second ? 0 : 1});
                reject.run();
            } else {
                refusedHere.erase({op.entity, op.syncKey});
                clearRejection.reset();
                clearRejection.bind(1, op.entity).bind(2, op.syncKey);
                clearRejection.run();
            }
            if (r.status == sync::OpStatus::Conflict && r.conflicts) {
                auto local = sync::parseObject(op.fieldsJson);
                for (const auto& [field, value] : *r.conflicts) {
                    conflict.reset();
                    conflict.bind(1, op.entity).bind(2, op.syncKey).bind(3, field).bind(4, op.problemId);
                    conflict.bind(5, valueJson(r.conflicts, field));
                    conflict.bind(6, local ? valueJson(*local, field) : std::string("null"));
                    conflict.bind(7, r.version).bind(8, toUnixMs(now()));
                    conflict.run();
                }
            }
            if (op.entity == "ballot")
                recordBallotAnswer(op.entityId, op.fieldsJson, r);
            if (r.status == sync::OpStatus::Rejected && op.entity == "problem_merge")
                refusedMerges.emplace_back(op.entityId, op.kind);
            if (r.status == sync::OpStatus::Rejected) {
                wait.reset();
                wait.bind(1, op.seq).bind(2, answered);
                wait.run();
            } else if (const std::string kept = ackedFields(op, r); !kept.empty()) {
                acked.reset();
                acked.bind(1, op.seq).bind(2, op.opId).bind(3, op.kind).bind(4, op.entity);
                acked.bind(5, op.entityId).bind(6, kept).bind(7, toUnixMs(op.created));
                acked.bind(8, op.baseVersion).bind(9, op.problemId).bind(10, op.syncKey);
                acked.bind(11, r.version).bind(12, answered);
                acked.run();
            }
            remove.reset();
            remove.bind(1, op.seq);
            remove.run();
            touched.insert(op.problemId);
        }
        // A refused merge (another coordinator merged the duplicate first) or a refused undo: the
        // problems go back to the hub's state, which the pull brings in full.
        for (const auto& [mergeId, kind] : refusedMerges)
            settleRefusedMerge(mergeId, kind);
        auto forget = m_db.prepare("DELETE FROM outbox_acked WHERE acked < ?1 OR seq <= (SELECT max(seq) "
                                   "FROM outbox_acked) - ?2");
        forget.bind(1, answered - kKeepAnsweredMs).bind(2, kKeepAckedOps);
        forget.run();
        auto giveUp = m_db.prepare("DELETE FROM outbox_waiting WHERE refused < ?");
        giveUp.bind(1, answered - kKeepAnsweredMs);
        giveUp.run();
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    if (!refusedMerges.empty())
        notify({StoreChange::Kind::Reset, {}, 0});
    if (touched.size() == 1)
        notify({StoreChange::Kind::SyncStateChanged, *touched.begin(), 0});
    else if (!touched.empty())
        notify({StoreChange::Kind::SyncStateChanged, {}, 0});
    return {};
}

std::vector<std::string> Store::blobsToUpload()
{
    std::vector<std::string> out;
    auto st = m_db.prepare("SELECT DISTINCT json_extract(fields, '$.sha256') FROM outbox "
                           "WHERE entity = 'attachment' AND kind = 'upsert'");
    std::error_code ec;
    while (st.step()) {
        const std::string sha = st.text(0);
        if (isSha256Hex(sha) && fs::exists(blobPath(sha), ec))
            out.push_back(sha);
    }
    return out;
}

std::vector<std::string> Store::missingBlobs()
{
    std::vector<std::string> out;
    auto st = m_db.prepare("SELECT DISTINCT sha256 FROM attachments");
    std::error_code ec;
    while (st.step()) {
        const std::string sha = st.text(0);
        if (isSha256Hex(sha) && !fs::exists(blobPath(sha), ec))
            out.push_back(sha);
    }
    return out;
}

Status Store::storeBlob(const std::string& sha256, const std::string& bytes)
{
    if (!isSha256Hex(sha256) || sha256Hex(bytes) != sha256)
        return Error::make("hash_mismatch", "the photo's bytes do not match their SHA-256", "sha256");
    std::error_code ec;
    const fs::path path = blobPath(sha256);
    if (!fs::exists(path, ec) && !writeFileAtomically(path, bytes))
        return Error::make("store_failed", "the photo could not be saved").at(path.string());
    return {};
}

} // namespace balgul::core
