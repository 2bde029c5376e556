#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace balgul::core {

/// Instants are UTC with millisecond resolution everywhere in core and storage.
using Timestamp = std::chrono::sys_time<std::chrono::milliseconds>;

Timestamp now();
/// Milliseconds since the Unix epoch, as stored in SQLite.
std::int64_t toUnixMs(Timestamp t);
Timestamp fromUnixMs(std::int64_t ms);
/// "2026-11-26T09:12:03.123Z" (milliseconds only when non-zero).
std::string toIso8601(Timestamp t);
/// Accepts "YYYY-MM-DDTHH:MM:SS[.fff][Z|+HH:MM]" and the space-separated form.
std::optional<Timestamp> parseIso8601(std::string_view text);

} // namespace balgul::core
