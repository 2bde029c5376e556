// Store: changes the hub refused, and taking the hub's version back (sync-protocol.md "Push").

#include "core/store/store.h"

#include "core/store/store_sync_support.h"
#include "core/sync/protocol.h"

namespace balgul::core {

using namespace detail;

namespace {

bool refusedDelete(const Poco::JSON::Object::Ptr& refused)
{
    return refused && refused->has("deleted") && refused->get("deleted").isBoolean() &&
           refused->getValue<bool>("deleted");
}

Poco::JSON::Object::Ptr objectOf(const std::string& json)
{
    if (json.empty())
        return nullptr;
    auto parsed = sync::parseObject(json);
    return parsed ? *parsed : nullptr;
}

} // namespace

std::vector<Refusal> Store::refusals(const std::string& problemId)
{
    std::vector<Refusal> out;
    auto st = m_db.prepare("SELECT entity, id, rejected_code, rejected_message, rejected_fields, hub_fields "
                           "FROM sync_entities WHERE problem_id = ? AND rejected_code <> '' "
                           "ORDER BY entity <> 'problem', entity, id");
    st.bind(1, problemId);
    while (st.step()) {
        Refusal r;
        r.entity = st.text(0);
        r.id = st.text(1);
        r.code = st.text(2);
        r.message = st.text(3);
        r.refusedFieldsJson = st.text(4);
        r.hubFieldsJson = st.text(5);
        out.push_back(std::move(r));
    }
    return out;
}

std::string Store::hubOwnerOf(const std::string& entity, const std::string& id)
{
    auto st = m_db.prepare("SELECT owner_id FROM sync_entities WHERE entity = ? AND id = ?");
    st.bind(1, entity).bind(2, id);
    return st.step() ? st.text(0) : std::string();
}

Status Store::revertRefused(const std::string& problemId)
{
    const std::vector<Refusal> refused = refusals(problemId);
    bool comments = false;
    bool attachments = false;
    bool undeleted = false;
    try {
        Transaction tx(m_db);
        auto dropOps = m_db.prepare("DELETE FROM outbox WHERE entity = ? AND sync_key = ?");
        for (const Refusal& r : refused) {
            const auto fields = objectOf(r.refusedFieldsJson);
            const auto hub = objectOf(r.hubFieldsJson);
            dropOps.reset();
            dropOps.bind(1, r.entity).bind(2, r.id);
            dropOps.run();
            if (r.entity == "problem" && hub) {
                // The refused fields (every field, for a refused delete) as the hub has them.
                std::string sql = "UPDATE problems SET deleted = 0";
                std::vector<std::string> set;
                const bool all = refusedDelete(fields);
                undeleted = undeleted || all;
                for (const auto& [name, value] : *hub) {
                    if (!problemColumn(name) || !(all || (fields && fields->has(name))))
                        continue;
                    sql += std::string(", ") + problemColumn(name) + " = ?";
                    set.push_back(name);
                }
                sql += " WHERE id = ?";
                auto st = m_db.prepare(sql);
                int index = 1;
                for (const auto& name : set)
                    bindProblemValue(st, index++, name, hub->get(name));
                st.bind(index, r.id);
                st.run();
            } else if (r.entity == "comment" && hub) {
                auto st = m_db.prepare("UPDATE comments SET text = ?, deleted = 0 WHERE id = ?");
                st.bind(1, stringOf(hub, "text")).bind(2, r.id);
                st.run();
                comments = true;
            } else if (r.entity == "comment") {
                // The hub never had it: a new comment it refused.
                m_db.prepare("UPDATE comments SET deleted = 1 WHERE id = ?").bind(1, r.id).run();
                comments = true;
            } else if (r.entity == "status_change" && !hub) {
                // A status change the hub refused: the problem goes back to the status it moved from.
                auto back =
                    m_db.prepare("UPDATE problems SET status = (SELECT from_status FROM status_history "
                                 "WHERE id = ?1) WHERE id = ?2 AND EXISTS (SELECT 1 FROM "
                                 "status_history WHERE id = ?1)");
                back.bind(1, r.id).bind(2, problemId);
                back.run();
                m_db.prepare("DELETE FROM status_history WHERE id = ?").bind(1, r.id).run();
            } else if (r.entity == "attachment" && !hub && !refusedDelete(fields)) {
                // A photo the hub refused to add; its bytes stay in the blob folder.
                auto st = m_db.prepare("DELETE FROM attachments WHERE problem_id = ? AND sha256 = ?");
                st.bind(1, problemId).bind(2, stringOf(fields, "sha256"));
                st.run();
                attachments = true;
            }
        }
        m_db.prepare(
                "UPDATE sync_entities SET rejected_code = '', rejected_message = '', rejected_fields = '' "
                "WHERE problem_id = ?")
            .bind(1, problemId)
            .run();
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    const auto p = problem(problemId);
    const std::int64_t rowid = p ? p->rowid : 0;
    notify(
        {undeleted ? StoreChange::Kind::ProblemAdded : StoreChange::Kind::ProblemUpdated, problemId, rowid});
    if (comments)
        notify({StoreChange::Kind::CommentsChanged, problemId, rowid});
    if (attachments)
        notify({StoreChange::Kind::AttachmentsChanged, problemId, rowid});
    notify({StoreChange::Kind::SyncStateChanged, problemId, rowid});
    return {};
}

} // namespace balgul::core
