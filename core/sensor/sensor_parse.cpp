// The public parse functions of sensor_format.h (ISO times are read by core/util/time.h).

#include "core/sensor/sensor_parse.h"
#include "core/sensor/sensor_format.h"
#include "core/util/text.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace balgul::core::sensor {

namespace detail {

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

std::string unstorableDetail(std::string_view valueText)
{
    return "'" + shortened(valueText, 40) +
           "' is too large to store (readings are kept within ±1e12); the value was left out";
}

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
    return parseDecimal(std::string_view(begin, static_cast<std::size_t>(end - begin)));
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
