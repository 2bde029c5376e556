#pragma once

// A canonical text of what a store holds that the hub shares (live problems, comments, supports,
// photos, status changes, merges), one sorted line per entity, so two clients and the hub can be
// compared byte for byte. Local-only details (row ids, `updated`, sync state) are left out.

#include "core/store/store.h"

#include <Poco/JSON/Object.h>

#include <string>

namespace balgul::core::sync {

/// One entity's line from its hub-style fields ("problem", "comment", "support", "attachment",
/// "status_change", "problem_merge").
std::string canonicalLine(const std::string& entity, const Poco::JSON::Object::Ptr& fields,
                          const std::string& id);

/// Every live entity of a local store, sorted, one line each.
std::string canonicalDump(Store& store);

} // namespace balgul::core::sync
