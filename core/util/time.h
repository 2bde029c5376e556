#pragma once

#include <chrono>
#include <cstdint>
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

/// A date and time as written, before a zone is applied.
struct IsoDateTime
{
    std::int64_t unixMs = 0; ///< zoned: the instant; otherwise the wall clock counted as if it were UTC
    bool zoned = false;      ///< 'Z' or an offset followed
    bool hasTime = false;    ///< a time of day followed the date
};

/// The last date a parse converted, so a file of many rows a day converts each date once.
struct IsoDateCache
{
    std::uint64_t head8 = 0; ///< the date's first eight characters
    std::uint16_t tail2 = 0; ///< and its last two
    std::int64_t days = 0;
    bool valid = false;
};

/// The one reader of ISO 8601 times in Balgul: the hub, the sync protocol, GeoJSON and sensor files
/// all accept exactly this. "YYYY-MM-DD" ('/' may separate the date parts), then optionally 'T', 't' or
/// ' ' and "HH:MM[:SS[.fraction]]" (',' may start the fraction; digits past milliseconds are dropped),
/// then optionally 'Z', 'z', "±HH", "±HHMM" or "±HH:MM" (at most 14 hours). Refused: year 0000, a day
/// the month does not have, hour 24 (write the next day's 00:00), minute 60, second 61, and anything
/// after the zone. Second 60 (a leap second) reads as the next minute's 00.
std::optional<IsoDateTime> parseIsoDateTime(std::string_view text, IsoDateCache* cache = nullptr);

/// parseIsoDateTime for instants: without a zone the time is UTC, a date alone is its midnight UTC.
std::optional<Timestamp> parseIso8601(std::string_view text);

} // namespace balgul::core
