#include "core/util/time.h"

#include <cstdio>
#include <cstring>

namespace balgul::core {

using namespace std::chrono;

Timestamp now()
{
    return time_point_cast<milliseconds>(system_clock::now());
}

std::int64_t toUnixMs(Timestamp t)
{
    return t.time_since_epoch().count();
}

Timestamp fromUnixMs(std::int64_t ms)
{
    return Timestamp(milliseconds(ms));
}

std::string toIso8601(Timestamp t)
{
    const auto day = floor<days>(t);
    const year_month_day ymd(day);
    const hh_mm_ss<milliseconds> hms(t - day);
    char buf[40];
    const int ms = static_cast<int>(hms.subseconds().count());
    if (ms != 0)
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", int(ymd.year()),
                      unsigned(ymd.month()), unsigned(ymd.day()), int(hms.hours().count()),
                      int(hms.minutes().count()), int(hms.seconds().count()), ms);
    else
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", int(ymd.year()),
                      unsigned(ymd.month()), unsigned(ymd.day()), int(hms.hours().count()),
                      int(hms.minutes().count()), int(hms.seconds().count()));
    return buf;
}

namespace {

bool digit(char c)
{
    return c >= '0' && c <= '9';
}

bool two(std::string_view s, std::size_t pos, int& out)
{
    if (pos + 2 > s.size() || !digit(s[pos]) || !digit(s[pos + 1]))
        return false;
    out = (s[pos] - '0') * 10 + (s[pos + 1] - '0');
    return true;
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

std::int64_t daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

/// The date of s[0, 10) as days since 1970-01-01, or false.
bool readDate(std::string_view s, IsoDateCache* cache, std::int64_t& days)
{
    if (s.size() < 10)
        return false;
    std::uint64_t head8 = 0;
    std::uint16_t tail2 = 0;
    std::memcpy(&head8, s.data(), 8);
    std::memcpy(&tail2, s.data() + 8, 2);
    if (cache && cache->valid && head8 == cache->head8 && tail2 == cache->tail2) {
        days = cache->days;
        return true;
    }
    int yh, yl, mo, d;
    const char sep = s[4];
    if (!two(s, 0, yh) || !two(s, 2, yl) || (sep != '-' && sep != '/') || !two(s, 5, mo) || s[7] != sep ||
        !two(s, 8, d))
        return false;
    const int y = yh * 100 + yl;
    if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo))
        return false;
    days = daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
    if (cache) {
        cache->head8 = head8;
        cache->tail2 = tail2;
        cache->days = days;
        cache->valid = true;
    }
    return true;
}

} // namespace

std::optional<IsoDateTime> parseIsoDateTime(std::string_view s, IsoDateCache* cache)
{
    IsoDateTime out;
    std::int64_t days = 0;
    if (!readDate(s, cache, days))
        return std::nullopt;
    std::size_t pos = 10;
    int h = 0, mi = 0, sec = 0, ms = 0;
    if (pos < s.size() && (s[pos] == 'T' || s[pos] == 't' || s[pos] == ' ')) {
        if (!two(s, pos + 1, h) || pos + 3 >= s.size() || s[pos + 3] != ':' || !two(s, pos + 4, mi))
            return std::nullopt;
        out.hasTime = true;
        pos += 6;
        if (pos < s.size() && s[pos] == ':') {
            if (!two(s, pos + 1, sec))
                return std::nullopt;
            pos += 3;
            if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
                const std::size_t start = ++pos;
                int kept = 0;
                for (; pos < s.size() && digit(s[pos]); ++pos)
                    if (kept < 3) {
                        ms = ms * 10 + (s[pos] - '0');
                        ++kept;
                    }
                if (pos == start)
                    return std::nullopt;
                for (; kept < 3; ++kept)
                    ms *= 10;
            }
        }
        if (h > 23 || mi > 59 || sec > 60)
            return std::nullopt;
    }
    std::int64_t offsetSeconds = 0;
    if (pos < s.size()) {
        if ((s[pos] == 'Z' || s[pos] == 'z') && pos + 1 == s.size()) {
            out.zoned = true;
        } else if (s[pos] == '+' || s[pos] == '-') {
            int oh = 0, om = 0;
            const std::size_t rest = s.size() - pos;
            bool ok = two(s, pos + 1, oh);
            if (rest == 6)
                ok = ok && s[pos + 3] == ':' && two(s, pos + 4, om);
            else if (rest == 5)
                ok = ok && two(s, pos + 3, om);
            else if (rest != 3)
                ok = false;
            if (!ok || oh > 14 || om > 59)
                return std::nullopt;
            offsetSeconds = (oh * 3600 + om * 60) * (s[pos] == '-' ? -1 : 1);
            out.zoned = true;
        } else {
            return std::nullopt;
        }
    }
    const std::int64_t seconds = days * 86400 + h * 3600 + mi * 60 + sec - offsetSeconds;
    out.unixMs = seconds * 1000 + ms;
    return out;
}

std::optional<Timestamp> parseIso8601(std::string_view text)
{
    const auto parsed = parseIsoDateTime(text);
    if (!parsed)
        return std::nullopt;
    return fromUnixMs(parsed->unixMs);
}

} // namespace balgul::core
