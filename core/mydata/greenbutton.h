#pragma once

// Green Button (NAESB ESPI) feeds: a streaming reader of the Atom feed a utility gives for
// "Download My Data", into Electricity and Gas blocks in UTC; and the feed's local time
// (LocalTimeParameters with its daylight-saving rules), used to show the period as the utility's
// customers know it.

#include "core/mydata/import_report.h"
#include "core/util/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core {
class Progress;
}

namespace balgul::core::mydata {

/// One ESPI daylight-saving rule (LocalTimeParameters dstStartRule or dstEndRule). The 32 bits,
/// from the lowest: seconds past the hour (0–11), hour (12–16), day of the week (17–19, Monday = 1,
/// 0 = none), day of the month (20–24, 0 = none), operation (25–27), month (28–31). Operations: 0 the
/// day of the month; 1 the day of the week on or after the day of the month; 2–6 its first to fifth
/// occurrence in the month (the last when the month has no fifth); 7 its last occurrence.
struct DstRule
{
    int month = 1;
    int dayOfMonth = 0;
    int dayOfWeek = 0;
    int operation = 0;
    int hour = 0;
    int seconds = 0; ///< past the hour, 0..3599

    /// nullopt for 0xFFFFFFFF (daylight saving time disabled) and for fields out of range.
    static std::optional<DstRule> decode(std::uint32_t bits);
    /// The rule's moment in `year`, as local wall-clock seconds counted as if UTC.
    std::int64_t wallClockIn(int year) const;

    friend bool operator==(const DstRule&, const DstRule&) = default;
};

/// "360E2000" as a feed writes a rule (hex, optionally "0x"); nullopt when it is not 1–8 hex digits.
std::optional<std::uint32_t> parseDstRuleBits(std::string_view text);

/// A feed's LocalTimeParameters. The start rule's moment is standard local time and the end rule's
/// daylight time (as in North America: 02:00 EST in March, 02:00 EDT in November).
struct LocalTimeParameters
{
    int tzOffset = 0;                        ///< seconds east of UTC in standard time
    int dstOffset = 0;                       ///< seconds added while daylight saving time is in effect
    std::optional<DstRule> dstStart, dstEnd; ///< daylight saving time only with both

    bool isDstAt(std::int64_t utc) const;
    /// Seconds east of UTC in effect at the UTC instant `utc`.
    int offsetAt(std::int64_t utc) const { return tzOffset + (isDstAt(utc) ? dstOffset : 0); }
    /// UTC seconds to the feed's local wall-clock seconds (counted as if UTC).
    std::int64_t toLocal(std::int64_t utc) const { return utc + offsetAt(utc); }
};

/// What a Green Button import gives: the blocks (Electricity in Wh; Gas in Wh, m3 or therm), the
/// report (with the period in the feed's local time when it has LocalTimeParameters) and the
/// feed's local time.
struct GreenButtonImport
{
    std::vector<RecordBlock> blocks;
    ImportReport report;
    std::optional<LocalTimeParameters> localTime;
};

/// Streams a Green Button feed (or a single Atom entry), with the default namespace
/// http://naesb.org/espi or any prefix bound to it. Readings are linked to their ReadingType and
/// UsagePoint through the entries' "self", "up" and "related" links (and, where a feed leaves them
/// out, to the only one there is); UsagePoint kind 0 is electricity, 1 gas. Values are scaled by
/// 10^powerOfTenMultiplier; uom 72 (Wh), 31 (J) and 132 (BTU) are stored in Wh, 42/166/167 (m3) and
/// 119/120 (ft3) in m3, 169 in therm. A reading without a start or with a value that is not a number
/// is skipped with its line, as are readings of other services, units or a reverse flow.
/// Errors name the file and line: `cannot_open`, `invalid_xml`, `not_greenbutton`, `cancelled`.
Result<GreenButtonImport> readGreenButton(const std::string& path, Progress* progress = nullptr);
/// The same for a feed in memory; `name` stands for the path in errors and the report.
Result<GreenButtonImport> readGreenButtonBytes(std::string_view bytes, const std::string& name,
                                               Progress* progress = nullptr);
/// The report of the whole feed and the first `rows` readings of each category; keeps nothing else.
Result<RecordPreview> previewGreenButton(const std::string& path, std::size_t rows = 10,
                                         Progress* progress = nullptr);

} // namespace balgul::core::mydata
