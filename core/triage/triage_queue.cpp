#include "core/triage/triage_queue.h"

#include "core/store/store.h"

namespace balgul::core::triage {

Result<TriageQueue> triageQueue(Store& store, int limit)
{
    TriageQueue queue;
    ProblemQuery query;
    query.statuses = {ProblemStatus::New, ProblemStatus::Reopened, ProblemStatus::Confirmed,
                      ProblemStatus::InProgress};
    query.order = ProblemOrder::CreatedDesc;
    auto problems = store.problems(query);
    if (!problems)
        return problems.error();
    // CreatedDesc, read backwards: oldest first.
    for (auto it = problems->rbegin(); it != problems->rend(); ++it) {
        TriageItem item;
        if (it->status == ProblemStatus::New) {
            item.reason = TriageReason::New;
            ++queue.newCount;
        } else if (it->status == ProblemStatus::Reopened) {
            item.reason = TriageReason::Reopened;
            ++queue.reopenedCount;
        } else if (it->supportCount >= kTriageMinSupports) {
            item.reason = TriageReason::Supported;
            ++queue.supportedCount;
        } else {
            continue;
        }
        if (limit < 0 || static_cast<int>(queue.items.size()) < limit) {
            item.problem = std::move(*it);
            queue.items.push_back(std::move(item));
        }
    }
    return queue;
}

} // namespace balgul::core::triage
