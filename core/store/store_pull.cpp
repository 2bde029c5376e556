// Store: applying the hub's pulled pages, and starting over in a new epoch (sync-protocol.md).

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

Result<PullApplied> Store::applyPullPage(const std::vector<sync::Change>& changes, std::int64_t next,
                                         const std::string& epoch)
{
    PullApplied applied;
    m_pullUserId = syncValue("hub_user_id");
    m_pullRepush = syncValue("repush") == "1";
    try {
        Transaction tx(m_db);
        for (const auto& change : changes)
            applyChange(change, applied, false);
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
                    applyChange(*c, applied, true);
            }
        }
        auto drop = m_db.prepare("DELETE FROM sync_orphans WHERE entity = ? AND id = ?");
        for (const auto& [entity, id] : ready) {
            drop.reset();
            drop.bind(1, entity).bind(2, id);
            drop.run();
        }
        auto set = m_db.prepare("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        set.bind(1, "cursor").bind(2, std::to_string(next));
        set.run();
        set.reset();
        set.bind(1, "epoch").bind(2, epoch);
        set.run();
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    if (applied.applied > 0)
        notify({StoreChange::Kind::Reset, {}, 0});
    return applied;
}

bool Store::applyChange(const sync::Change& change, PullApplied& applied, bool fromOrphans)
{
    const Poco::JSON::Object::Ptr fields = change.fields ? change.fields : new Poco::JSON::Object;
    const std::string& myId = m_pullUserId;
    std::string problemId = change.entity == "problem" ? change.id : stringOf(fields, "problem_id");
    std::string key = change.id;
    std::string supportUser;
    if (change.entity == "support") {
        const std::string owner = stringOf(fields, "owner_id");
        supportUser = (!myId.empty() && owner == myId) ? m_userName : stringOf(fields, "user", owner);
        key = problemId + ":" + supportUser;
    } else if (change.entity == "attachment") {
        key = problemId + ":" + stringOf(fields, "sha256");
    } else if (change.entity != "problem" && change.entity != "comment") {
        return false; // an entity this version does not keep
    }

    // Fields with pending local ops (or an open conflict) keep their local value.
    std::set<std::string> keep;
    bool pending = false;
    bool conflicted = false;
    {
        auto st = m_db.prepare("SELECT fields FROM outbox WHERE entity = ? AND sync_key = ?");
        st.bind(1, change.entity).bind(2, key);
        while (st.step()) {
            pending = true;
            for (auto& f : fieldNames(st.text(0)))
                keep.insert(f);
        }
        auto c = m_db.prepare("SELECT field FROM sync_conflicts WHERE entity = ? AND id = ?");
        c.bind(1, change.entity).bind(2, key);
        while (c.step()) {
            keep.insert(c.text(0));
            conflicted = true;
        }
    }
    if (!fromOrphans && m_pullRepush) {
        auto seen = m_db.prepare("INSERT OR IGNORE INTO sync_seen (entity, id) VALUES (?, ?)");
        seen.bind(1, change.entity).bind(2, key);
        seen.run();
    }
    {
        auto st = m_db.prepare("INSERT INTO sync_entities (entity, id, problem_id, version) VALUES (?,?,?,?) "
                               "ON CONFLICT (entity, id) DO UPDATE SET version = excluded.version");
        st.bind(1, change.entity).bind(2, key).bind(3, problemId).bind(4, change.version);
        st.run();
    }
    if (conflicted) {
        auto c = m_db.prepare("UPDATE sync_conflicts SET hub_version = ? WHERE entity = ? AND id = ?");
        c.bind(1, change.version).bind(2, change.entity).bind(3, key);
        c.run();
        auto v =
            m_db.prepare("UPDATE sync_conflicts SET hub_value = ? WHERE entity = ? AND id = ? AND field = ?");
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

    if (change.entity == "problem") {
        if (change.deleted) {
            m_db.prepare("UPDATE problems SET deleted = 1 WHERE id = ? AND deleted = 0").bind(1, key).run();
            m_db.prepare("DELETE FROM sync_conflicts WHERE problem_id = ?").bind(1, key).run();
            ++applied.applied;
            return true;
        }
        bool exists = false;
        {
            auto st = m_db.prepare("SELECT 1 FROM problems WHERE id = ?");
            st.bind(1, key);
            exists = st.step();
        }
        if (!exists) {
            auto st =
                m_db.prepare("INSERT INTO problems (id, title, description, category, status, lat, lon, "
                             "address, author, created, updated, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
            st.bind(1, key);
            const char* names[] = {"title", "description", "category", "status", "lat",
                                   "lon",   "address",     "author",   "created"};
            for (int i = 0; i < 9; ++i) {
                const std::string name = names[i];
                if (fields->has(name))
                    bindProblemValue(st, i + 2, name, fields->get(name));
                else if (name == "status")
                    st.bind(i + 2, 0);
                else if (name == "created")
                    st.bind(i + 2, toUnixMs(now()));
                else if (name == "lat" || name == "lon")
                    st.bind(i + 2, 0.0);
                else
                    st.bind(i + 2, "");
            }
            st.bind(11, toUnixMs(now())).bind(12, change.version);
            st.run();
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
            auto st = m_db.prepare(sql);
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
        auto st = m_db.prepare("SELECT 1 FROM problems WHERE id = ?");
        st.bind(1, problemId);
        parentExists = st.step();
    }
    if (!parentExists) {
        if (!change.deleted) {
            auto st = m_db.prepare("INSERT OR REPLACE INTO sync_orphans (entity, id, problem_id, change) "
                                   "VALUES (?,?,?,?)");
            st.bind(1, change.entity).bind(2, key).bind(3, problemId).bind(4, sync::encode(change));
            st.run();
            ++applied.deferred;
        }
        return true;
    }

    if (change.entity == "comment") {
        if (change.deleted) {
            m_db.prepare("UPDATE comments SET deleted = 1 WHERE id = ?").bind(1, key).run();
        } else {
            auto st = m_db.prepare("INSERT INTO comments (id, problem_id, author, text, created, deleted) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, 0) ON CONFLICT (id) DO UPDATE SET "
                                   "text = CASE WHEN ?6 THEN text ELSE excluded.text END, deleted = 0");
            const auto created = parseIso8601(stringOf(fields, "created"));
            st.bind(1, key)
                .bind(2, problemId)
                .bind(3, stringOf(fields, "author"))
                .bind(4, stringOf(fields, "text"));
            st.bind(5, toUnixMs(created.value_or(now()))).bind(6, keep.count("text") ? 1 : 0);
            st.run();
        }
    } else if (change.entity == "support") {
        if (change.deleted) {
            auto st = m_db.prepare("DELETE FROM supports WHERE problem_id = ? AND user = ?");
            st.bind(1, problemId).bind(2, supportUser);
            st.run();
        } else {
            auto st =
                m_db.prepare("INSERT INTO supports (problem_id, user, created, owner_id) VALUES (?,?,?,?) "
                             "ON CONFLICT (problem_id, user) DO UPDATE SET owner_id = excluded.owner_id");
            st.bind(1, problemId).bind(2, supportUser).bind(3, toUnixMs(now()));
            st.bind(4, stringOf(fields, "owner_id"));
            st.run();
        }
    } else { // attachment
        const std::string sha = stringOf(fields, "sha256");
        if (change.deleted) {
            auto st = m_db.prepare("DELETE FROM attachments WHERE problem_id = ? AND sha256 = ?");
            st.bind(1, problemId).bind(2, sha);
            st.run();
        } else if (isSha256Hex(sha)) {
            std::int64_t size = 0;
            if (fields->has("size") && fields->get("size").isNumeric())
                size = fields->get("size").convert<Poco::Int64>();
            auto blob =
                m_db.prepare("INSERT OR IGNORE INTO blobs (sha256, size, mime, created) VALUES (?,?,?,?)");
            blob.bind(1, sha).bind(2, size).bind(3, stringOf(fields, "mime", "application/octet-stream"));
            blob.bind(4, toUnixMs(now()));
            blob.run();
            auto link = m_db.prepare(
                "INSERT OR IGNORE INTO attachments (problem_id, sha256, file_name, added) VALUES (?,?,?,?)");
            link.bind(1, problemId).bind(2, sha).bind(3, stringOf(fields, "file_name", "photo"));
            link.bind(4, toUnixMs(now()));
            link.run();
        }
    }
    ++applied.applied;
    return true;
}

Status Store::beginNewEpoch(const std::string& epoch)
{
    try {
        Transaction tx(m_db);
        m_db.exec("UPDATE sync_entities SET version = 0");
        m_db.exec("UPDATE outbox SET base_version = 0");
        m_db.exec("DELETE FROM sync_seen");
        m_db.exec("DELETE FROM sync_orphans");
        auto set = m_db.prepare("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        for (const auto& [key, value] :
             {std::pair<std::string, std::string>{"cursor", "0"}, {"epoch", epoch}, {"repush", "1"}}) {
            set.reset();
            set.bind(1, key).bind(2, value);
            set.run();
        }
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    return {};
}

Result<int> Store::requeueUnseen()
{
    if (syncValue("repush") != "1")
        return 0;
    int queued = 0;
    try {
        Transaction tx(m_db);
        constexpr const char* kUnseen =
            " AND NOT EXISTS (SELECT 1 FROM sync_seen s WHERE s.entity = ?1 AND s.id = "
            "KEY) AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity = ?1 AND "
            "o.sync_key = KEY)";
        const auto unseen = [&](std::string keyExpr) {
            std::string s = kUnseen;
            for (std::size_t at = s.find("KEY"); at != std::string::npos; at = s.find("KEY"))
                s.replace(at, 3, keyExpr);
            return s;
        };
        struct Row
        {
            std::string entity, id, fields, problemId, key;
        };
        std::vector<Row> rows;
        {
            auto st =
                m_db.prepare("SELECT id, title, description, category, status, lat, lon, address, author, "
                             "created FROM problems p WHERE deleted = 0" +
                             unseen("p.id"));
            st.bind(1, "problem");
            while (st.step()) {
                const std::string id = st.text(0);
                rows.push_back({"problem", id,
                                JsonObjectWriter()
                                    .add("title", st.text(1))
                                    .add("description", st.text(2))
                                    .add("category", st.text(3))
                                    .add("status", toString(static_cast<ProblemStatus>(st.integer(4))))
                                    .add("lat", st.real(5))
                                    .add("lon", st.real(6))
                                    .add("address", st.text(7))
                                    .add("author", st.text(8))
                                    .add("created", toIso8601(fromUnixMs(st.int64(9))))
                                    .str(),
                                id, id});
            }
        }
        {
            auto st = m_db.prepare("SELECT c.id, c.problem_id, c.author, c.text, c.created FROM comments c "
                                   "WHERE c.deleted = 0" +
                                   unseen("c.id"));
            st.bind(1, "comment");
            while (st.step())
                rows.push_back({"comment", st.text(0),
                                JsonObjectWriter()
                                    .add("problem_id", st.text(1))
                                    .add("author", st.text(2))
                                    .add("text", st.text(3))
                                    .add("created", toIso8601(fromUnixMs(st.int64(4))))
                                    .str(),
                                st.text(1), st.text(0)});
        }
        {
            auto st = m_db.prepare("SELECT s.problem_id FROM supports s WHERE s.user = ?2" +
                                   unseen("s.problem_id || ':' || s.user"));
            st.bind(1, "support").bind(2, m_userName);
            while (st.step())
                rows.push_back(
                    {"support", st.text(0),
                     JsonObjectWriter().add("problem_id", st.text(0)).add("user", m_userName).str(),
                     st.text(0), st.text(0) + ":" + m_userName});
        }
        {
            auto st =
                m_db.prepare("SELECT a.problem_id, a.sha256, a.file_name, b.mime, b.size FROM attachments a "
                             "JOIN blobs b ON b.sha256 = a.sha256 WHERE 1" +
                             unseen("a.problem_id || ':' || a.sha256"));
            st.bind(1, "attachment");
            while (st.step())
                rows.push_back({"attachment", st.text(0),
                                JsonObjectWriter()
                                    .add("problem_id", st.text(0))
                                    .add("sha256", st.text(1))
                                    .add("file_name", st.text(2))
                                    .add("mime", st.text(3))
                                    .add("size", st.int64(4))
                                    .str(),
                                st.text(0), st.text(0) + ":" + st.text(1)});
        }
        // Problems first, so their children find them on the hub.
        for (const auto& r : rows) {
            queueOp("upsert", r.entity, r.id, r.fields, r.problemId, r.key);
            ++queued;
        }
        m_db.exec("DELETE FROM sync_seen");
        m_db.exec("UPDATE sync_state SET value = '0' WHERE key = 'repush'");
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    if (queued > 0)
        notify({StoreChange::Kind::SyncStateChanged, {}, 0});
    return queued;
}

} // namespace balgul::core
