#pragma once

// JSON parsing that checks counts and sizes while it parses, so a body of a few MiB cannot
// become a tree of a hundred before any limit is looked at: every value, member, array item and
// string is counted as the parser meets it, and parsing stops at the first bound passed.

#include "core/util/result.h"

#include <Poco/JSON/Object.h>

#include <cstddef>
#include <string_view>

namespace balgul::core::sync {

struct JsonBounds
{
    std::size_t maxValues = 0;      ///< objects, arrays, strings, numbers, booleans and nulls together
    std::size_t maxMembers = 0;     ///< members of one object
    std::size_t maxItems = 0;       ///< items of one array
    std::size_t maxStringBytes = 0; ///< one string or member name
    std::size_t maxDepth = 0;       ///< nesting of objects and arrays
};

namespace json_bounds {
/// What this project's own JSON answers stay within (a pull page, an observation page).
inline constexpr JsonBounds kDefault{250'000, 1'000, 10'000, 1u << 20, 32};
/// A push: at most 500 ops of a few dozen values each.
inline constexpr JsonBounds kPush{32'000, 64, 500, 64u << 10, 32};
/// Login, registration, a station and other small bodies.
inline constexpr JsonBounds kSmallBody{512, 64, 64, 16u << 10, 8};
/// A batch of at most 10,000 station observations.
inline constexpr JsonBounds kObservationBatch{90'000, 64, 10'000, 1u << 10, 8};
} // namespace json_bounds

/// Parses a JSON text that must be an object. Error code `malformed_json` when it is not one (not
/// JSON, not UTF-8, deeper than maxDepth), `too_large` when it passes another bound, with the
/// member at fault as the field where there is one.
Result<Poco::JSON::Object::Ptr> parseBoundedObject(std::string_view json, const JsonBounds& bounds);

} // namespace balgul::core::sync
