#pragma once

// The coordinator's triage queue: the problems that need someone to look at them.

#include "core/domain/problem.h"
#include "core/util/result.h"

#include <cstdint>
#include <vector>

namespace balgul::core {
class Store;
}

namespace balgul::core::triage {

/// Why a problem is in the queue (the first that applies).
enum class TriageReason
{
    New,       ///< nobody has looked at it yet
    Reopened,  ///< fixed or closed, then reopened
    Supported, ///< open and among the most supported
};

struct TriageItem
{
    Problem problem;
    TriageReason reason = TriageReason::New;
};

struct TriageQueue
{
    std::vector<TriageItem> items; ///< oldest first
    std::int64_t newCount = 0;
    std::int64_t reopenedCount = 0;
    std::int64_t supportedCount = 0;
};

/// An open problem (confirmed or in progress) with at least this many supports is in the queue.
inline constexpr int kTriageMinSupports = 3;

/// Live problems that are new or reopened, and open ones with at least kTriageMinSupports supports,
/// oldest first; at most `limit` items (-1: all), the counts over every one of them.
Result<TriageQueue> triageQueue(Store& store, int limit = -1);

} // namespace balgul::core::triage
