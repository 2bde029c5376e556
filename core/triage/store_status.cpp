// Store: status changes and their history (docs/architecture.md "Triage").

#include "core/store/store.h"

#include "core/util/ids.h"
#include "core/util/json_writer.h"
#include "core/util/text.h"

namespace balgul::core {

using triage::CloseReason;
using triage::StatusChange;

Result<StatusChange> Store::changeStatus(const std::string& problemId, ProblemStatus to,
                                         const std::string& note, CloseReason reason,
                                         triage::StatusActor actor)
{
    const auto target = problem(problemId);
    if (!target)
        return Error::make("not_found", "no problem with id " + problemId, "problem_id");
    StatusChange c;
    c.id = newUuidV7();
    c.problemId = problemId;
    c.from = target->status;
    c.to = to;
    c.note = trimmed(note);
    c.reason = reason;
    c.author = m_userName;
    c.at = now();
    if (auto s = triage::checkStatusChange(actor, c.from, c.to, c.note, c.reason); !s)
        return s.error();
    try {
        Transaction tx(m_db);
        auto update = m_db.prepare("UPDATE problems SET status = ?, updated = ? WHERE id = ?");
        update.bind(1, static_cast<int>(c.to)).bind(2, toUnixMs(c.at)).bind(3, problemId);
        update.run();
        {
            auto st = m_db.prepare("SELECT value FROM sync_state WHERE key = 'hub_user_id'");
            if (st.step())
                c.authorId = st.text(0);
        }
        auto st = m_db.prepare("INSERT INTO status_history (id, problem_id, from_status, to_status, note, "
                               "reason, author, author_id, at) VALUES (?,?,?,?,?,?,?,?,?)");
        st.bind(1, c.id).bind(2, problemId).bind(3, static_cast<int>(c.from)).bind(4, static_cast<int>(c.to));
        st.bind(5, c.note).bind(6, std::string(triage::toString(c.reason))).bind(7, c.author);
        st.bind(8, c.authorId).bind(9, toUnixMs(c.at));
        st.run();
        // `from` is the status this user saw: the hub refuses the change when it holds another.
        JsonObjectWriter fields;
        fields.add("problem_id", problemId)
            .add("from", toString(c.from))
            .add("to", toString(c.to))
            .add("note", c.note);
        if (c.reason != CloseReason::None)
            fields.add("reason", triage::toString(c.reason));
        fields.add("created", toIso8601(c.at));
        queueOp("upsert", "status_change", c.id, fields.str(), problemId);
        tx.commit();
    } catch (const SqlError& e) {
        return storeError(e, m_path, "store_failed", "the store could not be written");
    }
    notify({StoreChange::Kind::ProblemUpdated, problemId, target->rowid});
    return c;
}

std::vector<StatusChange> Store::statusHistory(const std::string& problemId)
{
    std::vector<StatusChange> out;
    auto st = m_db.prepare("SELECT id, from_status, to_status, note, reason, author, author_id, at "
                           "FROM status_history WHERE problem_id = ? ORDER BY at DESC, id DESC");
    st.bind(1, problemId);
    const auto status = [](int value) {
        return value >= 0 && value < kProblemStatusCount ? static_cast<ProblemStatus>(value)
                                                         : ProblemStatus::New;
    };
    while (st.step()) {
        StatusChange c;
        c.id = st.text(0);
        c.problemId = problemId;
        c.from = status(st.integer(1));
        c.to = status(st.integer(2));
        c.note = st.text(3);
        c.reason = triage::closeReasonFromString(st.text(4)).value_or(CloseReason::None);
        c.author = st.text(5);
        c.authorId = st.text(6);
        c.at = fromUnixMs(st.int64(7));
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace balgul::core
