#pragma once

// Text-to-number and text-to-time helpers of the CSV hot path, shared by the row parser and the
// public parse functions of sensor_format.h. Internal to core/sensor.

#include "core/util/time.h"

#include <cmath>
#include <cstdint>
#include <string_view>

namespace balgul::core::sensor::detail {

inline std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

inline bool digit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool two(std::string_view s, std::size_t pos, int& out)
{
    if (pos + 2 > s.size() || !digit(s[pos]) || !digit(s[pos + 1]))
        return false;
    out = (s[pos] - '0') * 10 + (s[pos + 1] - '0');
    return true;
}

constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/// "-12.345" without exponent and with at most 15 digits: the exact mantissa over a power of ten is
/// one correctly rounded division, the same double std::from_chars gives. False: use the slow path.
inline bool simpleDecimal(std::string_view s, double& value, int& decimals)
{
    const char* p = s.data();
    const char* const end = p + s.size();
    bool negative = false;
    if (p != end && (*p == '-' || *p == '+'))
        negative = *p++ == '-';
    std::uint64_t mantissa = 0;
    int digits = 0;
    decimals = 0;
    for (; p != end && digit(*p); ++p, ++digits)
        mantissa = mantissa * 10 + static_cast<std::uint64_t>(*p - '0');
    if (p != end && (*p == '.' || *p == ',')) {
        ++p;
        for (; p != end && digit(*p); ++p, ++digits, ++decimals)
            mantissa = mantissa * 10 + static_cast<std::uint64_t>(*p - '0');
    }
    if (p != end || digits == 0 || digits > 15)
        return false;
    value = static_cast<double>(mantissa) / kPow10[decimals];
    if (negative)
        value = -value;
    return true;
}

/// std::round(x) without a library call: half away from zero, exact for |x| < 2^52.
inline double roundHalfAway(double x)
{
    if (!(std::abs(x) < 4503599627370496.0))
        return x;
    const auto i = static_cast<std::int64_t>(x);
    const double frac = x - static_cast<double>(i);
    return static_cast<double>(frac >= 0.5 ? i + 1 : (frac <= -0.5 ? i - 1 : i));
}

/// The last date seen, so a file of many rows a day converts each date once.
using DateCache = IsoDateCache;

/// An ISO date and time as core/util/time.h reads it (the one parser of the hub and every importer),
/// with a time of day (a reading needs one); `zoned` tells whether an offset or Z followed. Seconds
/// since the epoch (wall clock counted as if UTC when not zoned), fractions dropped. `cache` may be null.
inline bool parseIso(std::string_view s, DateCache* cache, std::int64_t& out, bool& zoned)
{
    const auto t = parseIsoDateTime(s, cache);
    zoned = t && t->zoned;
    if (!t || !t->hasTime)
        return false;
    out = t->unixMs >= 0 ? t->unixMs / 1000 : -((999 - t->unixMs) / 1000);
    return true;
}
/// Unix seconds (or milliseconds) as digits with an optional fraction (dropped).
bool parseUnix(std::string_view s, std::int64_t& out, bool millis);

} // namespace balgul::core::sensor::detail
