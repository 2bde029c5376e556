#pragma once

// The hub's answer to a client store's ops, made up in a test: each op applied, or refused with a
// code and the hub's English detail (what Store::recordPushResults() takes).

#include "core/store/store.h"
#include "core/sync/protocol.h"

#include <string>
#include <vector>

namespace balgul::test {

/// One answer per op, in order: `status`, with `version` when taken, `code` and `message` when
/// refused.
inline std::vector<core::sync::PushResult>
answersTo(const std::vector<core::OutboxEntry>& ops, core::sync::OpStatus status,
          const std::string& code = {}, const std::string& message = {}, std::int64_t version = 0)
{
    std::vector<core::sync::PushResult> out;
    for (const auto& op : ops) {
        core::sync::PushResult r;
        r.opId = op.opId;
        r.status = status;
        r.code = code;
        r.message = message;
        r.version = version;
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace balgul::test
