#pragma once

#include "core/util/result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace balgul::core {

/// A time zone: a fixed offset from UTC, or the rules of an IANA zone read from the system's
/// TZif files (/usr/share/zoneinfo), including the POSIX TZ rule that follows the last transition.
/// Copies share the loaded rules; a TimeZone is cheap to copy and safe to read from many threads.
class TimeZone
{
public:
    /// UTC.
    TimeZone();

    static TimeZone utc();
    /// A fixed offset in seconds east of UTC (named like "+09:00").
    static TimeZone fixed(int offsetSeconds);
    /// "UTC", "Z", "+09:00", "-0500", "UTC+9", "Asia/Seoul". Errors: `unknown_time_zone` (also for
    /// names with ".." or absolute paths), `invalid_time_zone` (a zone file that cannot be read).
    static Result<TimeZone> load(std::string_view name);
    /// Reads a zone from a TZif file at `path` (for tests and other zoneinfo roots).
    static Result<TimeZone> loadFile(const std::string& path, std::string name);

    /// Seconds east of UTC in effect at the UTC instant `utc`.
    int offsetAt(std::int64_t utc) const;
    /// True when daylight saving time is in effect at `utc` (false for fixed offsets).
    bool isDstAt(std::int64_t utc) const;
    /// Local wall-clock seconds (counted as if UTC) to UTC; nullopt inside a DST gap; for a repeated
    /// hour the earlier instant, with *ambiguous set.
    std::optional<std::int64_t> toUtc(std::int64_t localSeconds, bool* ambiguous = nullptr) const;
    /// UTC seconds to local wall-clock seconds (counted as if UTC).
    std::int64_t toLocal(std::int64_t utc) const { return utc + offsetAt(utc); }

    const std::string& name() const;
    bool isFixed() const;

    struct Rules; ///< defined in time_zone.cpp

private:
    std::shared_ptr<const Rules> m_rules;
};

/// "+09:00", "-05:30", "+00:00".
std::string formatUtcOffset(int offsetSeconds);

} // namespace balgul::core
