#include "core/triage/triage_queue.h"

#include "core/store/database.h"
#include "core/store/store.h"

#include <string>

namespace balgul::core::triage {

namespace {

constexpr auto kNew = static_cast<int>(ProblemStatus::New);
constexpr auto kReopened = static_cast<int>(ProblemStatus::Reopened);
constexpr auto kConfirmed = static_cast<int>(ProblemStatus::Confirmed);
constexpr auto kInProgress = static_cast<int>(ProblemStatus::InProgress);

/// The open problems with at least kTriageMinSupports supports, by id (supports is a small table).
const std::string kSupported = "(SELECT problem_id FROM supports GROUP BY problem_id HAVING count(*) >= " +
                               std::to_string(kTriageMinSupports) + ")";

} // namespace

Result<TriageQueue> triageQueue(Store& store, int limit)
{
    // One scan of the problems for the counts and one bounded sort for the first `limit` row ids,
    // then the full rows of those alone: a store of 1,000,000 problems answers in well under a
    // second, so the queue can follow every change.
    TriageQueue queue;
    std::vector<std::int64_t> rowids;
    try {
        Database& db = store.database();
        auto byStatus =
            db.prepare("SELECT status, count(*) FROM problems WHERE +deleted = 0 GROUP BY status");
        while (byStatus.step()) {
            if (byStatus.integer(0) == kNew)
                queue.newCount = byStatus.int64(1);
            else if (byStatus.integer(0) == kReopened)
                queue.reopenedCount = byStatus.int64(1);
        }
        auto supported = db.prepare("SELECT count(*) FROM " + kSupported +
                                    " s JOIN problems p ON p.id = s.problem_id WHERE +p.deleted = 0 AND "
                                    "+p.status IN (?, ?)");
        supported.bind(1, kConfirmed).bind(2, kInProgress);
        if (supported.step())
            queue.supportedCount = supported.int64(0);
        auto first =
            db.prepare("SELECT rowid FROM problems WHERE +deleted = 0 AND (status IN (?, ?) OR (status IN "
                       "(?, ?) AND id IN " +
                       kSupported + ")) ORDER BY created, rowid LIMIT ?");
        first.bind(1, kNew).bind(2, kReopened).bind(3, kConfirmed).bind(4, kInProgress);
        first.bind(5, static_cast<std::int64_t>(limit));
        while (first.step())
            rowids.push_back(first.int64(0));
    } catch (const SqlError& e) {
        return Error::make("query_failed", e.message);
    }
    for (const std::int64_t rowid : rowids) {
        auto problem = store.problemByRowid(rowid);
        if (!problem)
            continue;
        TriageItem item;
        item.reason = problem->status == ProblemStatus::New        ? TriageReason::New
                      : problem->status == ProblemStatus::Reopened ? TriageReason::Reopened
                                                                   : TriageReason::Supported;
        item.problem = std::move(*problem);
        queue.items.push_back(std::move(item));
    }
    return queue;
}

} // namespace balgul::core::triage
