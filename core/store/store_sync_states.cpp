// Store: the sync state of many problems at once, and telling listeners about another
// connection's writes.

#include "core/store/store.h"

namespace balgul::core {

std::unordered_map<std::string, SyncStatus> Store::unsyncedProblems()
{
    // The same precedence as syncStateOf(): waiting ops, then a rejection, then a conflict.
    std::unordered_map<std::string, SyncStatus> out;
    {
        auto st = m_db.prepare("SELECT problem_id, count(*), coalesce(max(sent), 0) FROM outbox "
                               "WHERE problem_id <> '' GROUP BY problem_id");
        while (st.step()) {
            SyncStatus& s = out[st.text(0)];
            s.pendingOps = st.integer(1);
            s.state = st.integer(2) ? SyncState::Sent : SyncState::Pending;
        }
    }
    {
        auto st = m_db.prepare("SELECT problem_id, rejected_code, rejected_message FROM sync_entities "
                               "WHERE rejected_code <> '' ORDER BY problem_id, entity, id");
        std::string previous;
        while (st.step()) {
            std::string id = st.text(0);
            if (id == previous)
                continue; // the first rejection of a problem, like syncStateOf()
            SyncStatus& s = out[id];
            s.state = SyncState::Rejected;
            s.code = st.text(1);
            s.message = st.text(2);
            previous = std::move(id);
        }
    }
    {
        auto st = m_db.prepare("SELECT DISTINCT problem_id FROM sync_conflicts");
        while (st.step())
            out[st.text(0)].state = SyncState::Conflict;
    }
    {
        auto st = m_db.prepare("SELECT id, version FROM sync_entities WHERE entity = 'problem'");
        while (st.step())
            if (const auto it = out.find(st.text(0)); it != out.end())
                it->second.version = st.int64(1);
    }
    return out;
}

void Store::announceExternalChange(StoreChange::Kind kind)
{
    notify({kind, {}, 0});
}

} // namespace balgul::core
