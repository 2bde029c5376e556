#include "core/util/time.h"

#include <charconv>
#include <cstdio>

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

bool readInt(std::string_view s, std::size_t pos, std::size_t len, int& out)
{
    if (pos + len > s.size())
        return false;
    for (std::size_t i = pos; i < pos + len; ++i)
        if (s[i] < '0' || s[i] > '9')
            return false;
    std::from_chars(s.data() + pos, s.data() + pos + len, out);
    return true;
}

} // namespace

std::optional<Timestamp> parseIso8601(std::string_view s)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (!readInt(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !readInt(s, 5, 2, mo) || s[7] != '-' ||
        !readInt(s, 8, 2, d))
        return std::nullopt;
    std::size_t pos = 10;
    milliseconds frac{0};
    if (pos < s.size() && (s[pos] == 'T' || s[pos] == ' ')) {
        if (!readInt(s, pos + 1, 2, h) || s.size() < pos + 6 || s[pos + 3] != ':' ||
            !readInt(s, pos + 4, 2, mi))
            return std::nullopt;
        pos += 6;
        if (pos < s.size() && s[pos] == ':') {
            if (!readInt(s, pos + 1, 2, sec))
                return std::nullopt;
            pos += 3;
            if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
                ++pos;
                int digits = 0;
                long value = 0;
                while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                    if (digits < 3) {
                        value = value * 10 + (s[pos] - '0');
                        ++digits;
                    }
                    ++pos;
                }
                if (digits == 0)
                    return std::nullopt;
                while (digits++ < 3)
                    value *= 10;
                frac = milliseconds(value);
            }
        }
    }
    minutes offset{0};
    if (pos < s.size()) {
        if (s[pos] == 'Z' || s[pos] == 'z') {
            ++pos;
        } else if (s[pos] == '+' || s[pos] == '-') {
            int oh = 0, om = 0;
            if (!readInt(s, pos + 1, 2, oh))
                return std::nullopt;
            std::size_t next = pos + 3;
            if (next < s.size() && s[next] == ':')
                ++next;
            if (next < s.size()) {
                if (!readInt(s, next, 2, om))
                    return std::nullopt;
                next += 2;
            }
            offset = minutes(oh * 60 + om) * (s[pos] == '-' ? -1 : 1);
            pos = next;
        }
    }
    if (pos != s.size())
        return std::nullopt;
    const year_month_day ymd{year(y), month(unsigned(mo)), day(unsigned(d))};
    if (!ymd.ok() || h > 24 || mi > 59 || sec > 60)
        return std::nullopt;
    return time_point_cast<milliseconds>(sys_days(ymd)) + hours(h) + minutes(mi) + seconds(sec) + frac -
           offset;
}

} // namespace balgul::core
