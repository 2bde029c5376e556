// The public parse functions of sensor_format.h and the hand-written ISO time parser.

#include "core/sensor/sensor_parse.h"
#include "core/sensor/sensor_format.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace balgul::core::sensor {

namespace detail {

namespace {

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

} // namespace

bool parseIso(std::string_view s, DateCache* cache, std::int64_t& out, bool& zoned)
{
    zoned = false;
    if (s.size() < 16)
        return false;
    std::int64_t days = 0;
    std::uint64_t head8 = 0;
    std::uint16_t tail2 = 0;
    std::memcpy(&head8, s.data(), 8);
    std::memcpy(&tail2, s.data() + 8, 2);
    if (cache && cache->valid && head8 == cache->head8 && tail2 == cache->tail2) {
        days = cache->days;
    } else {
        int yh, yl, mo, d;
        const char sep = s[4];
        if (!two(s, 0, yh) || !two(s, 2, yl) || (sep != '-' && sep != '/') || !two(s, 5, mo) || s[7] != sep ||
            !two(s, 8, d))
            return false;
        const int y = yh * 100 + yl;
        if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo))
            return false;
        days = daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
        if (cache) {
            cache->head8 = head8;
            cache->tail2 = tail2;
            cache->days = days;
            cache->valid = true;
        }
    }
    int h, mi, sec = 0;
    if ((s[10] != 'T' && s[10] != ' ') || !two(s, 11, h) || s[13] != ':' || !two(s, 14, mi))
        return false;
    std::size_t pos = 16;
    if (pos < s.size() && s[pos] == ':') {
        if (!two(s, pos + 1, sec))
            return false;
        pos += 3;
    }
    if (h > 23 || mi > 59 || sec > 60)
        return false;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        const std::size_t start = ++pos;
        while (pos < s.size() && digit(s[pos]))
            ++pos;
        if (pos == start)
            return false;
    }
    std::int64_t offset = 0;
    if (pos < s.size()) {
        if (s[pos] == 'Z' && pos + 1 == s.size()) {
            zoned = true;
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
                return false;
            offset = (oh * 3600 + om * 60) * (s[pos] == '-' ? -1 : 1);
            zoned = true;
        } else {
            return false;
        }
    }
    out = days * 86400 + h * 3600 + mi * 60 + sec - offset;
    return true;
}

bool parseUnix(std::string_view s, std::int64_t& out, bool millis)
{
    const std::size_t dot = s.find('.');
    const std::string_view whole = s.substr(0, dot);
    if (whole.empty() || whole.size() > (millis ? 15u : 12u))
        return false;
    for (std::size_t i = dot == std::string_view::npos ? s.size() : dot + 1; i < s.size(); ++i)
        if (!digit(s[i]))
            return false;
    std::int64_t v = 0;
    const auto [ptr, ec] = std::from_chars(whole.data(), whole.data() + whole.size(), v);
    if (ec != std::errc() || ptr != whole.data() + whole.size() || v < 0)
        return false;
    out = millis ? v / 1000 : v;
    return true;
}

} // namespace detail

using detail::parseIso;
using detail::parseUnix;

bool isMissingText(std::string_view text)
{
    return text.empty() || text == "unavailable" || text == "nan" || text == "NaN" || text == "null" ||
           text == "-" || text == "NA" || text == "N/A";
}

std::optional<double> parseNumber(std::string_view text)
{
    const char* begin = text.data();
    const char* end = begin + text.size();
    char buffer[64];
    if (std::memchr(begin, ',', text.size())) {
        if (text.size() >= sizeof buffer)
            return std::nullopt;
        std::memcpy(buffer, begin, text.size());
        for (std::size_t i = 0; i < text.size(); ++i)
            if (buffer[i] == ',')
                buffer[i] = '.';
        begin = buffer;
        end = buffer + text.size();
    }
    if (begin != end && *begin == '+')
        ++begin;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end || begin == end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<std::int64_t> parseIsoTime(std::string_view text, bool* zoned)
{
    std::int64_t out = 0;
    bool z = false;
    if (!parseIso(text, nullptr, out, z))
        return std::nullopt;
    if (zoned)
        *zoned = z;
    return out;
}

std::optional<std::int64_t> parseSensorTime(std::string_view s)
{
    if (!s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos) {
        std::int64_t v = 0;
        if (!parseUnix(s, v, false))
            return std::nullopt;
        return v;
    }
    return parseIsoTime(s);
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

} // namespace balgul::core::sensor
