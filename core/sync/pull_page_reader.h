#pragma once

// The fast path of decodePullPage: a new member's first sync decodes a million changes, and Poco's
// tree builder, with a copy of every member it is asked for, takes most of the time the pull spends
// on the client. This reader goes through the text once, building each change and the Poco object
// of its fields directly, and keeps the fields' text as it came (Change::fieldsJson): the store
// keeps the hub's fields as text, which then needs no writing anew.
//
// It takes only what is plainly a valid page within the protocol's bounds and gives up at anything
// else (an escape other than the simple ones, a number outside 64 bits, a member of the wrong type,
// a bound passed, a repeated member, …): the strict decoder then decides, so every answer and every
// error is the strict decoder's. tests/core/test_pull_page_reader.cpp holds the two together.

#include "core/sync/protocol.h"

#include <optional>
#include <string_view>

namespace balgul::core::sync::detail {

/// The page in `json`, or nullopt when the text is not plainly a valid page (not an error: the
/// strict decoder decides).
std::optional<PullPage> readPullPage(std::string_view json);

} // namespace balgul::core::sync::detail
