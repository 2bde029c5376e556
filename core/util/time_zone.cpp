#include "core/util/time_zone.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <vector>

namespace balgul::core {

namespace {

constexpr std::int64_t kDay = 86400;

std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::int64_t yearOfDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2);
}

bool isLeap(std::int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned daysInMonth(std::int64_t y, unsigned m)
{
    static constexpr std::array<unsigned, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// One rule date of a POSIX TZ string: Jn (1..365, no leap day), n (0..365), or Mm.w.d.
struct DateRule
{
    enum Kind
    {
        JulianNoLeap,
        JulianZero,
        MonthWeekDay
    } kind = MonthWeekDay;
    int day = 0; // Jn / n: the day; Mm.w.d: the weekday (0 = Sunday)
    int month = 0;
    int week = 0;
    int time = 7200; // seconds after local midnight (may be negative or past 24 h)

    // Days since the epoch of the rule's date in `year`.
    std::int64_t dayIn(std::int64_t year) const
    {
        const std::int64_t jan1 = daysFromCivil(year, 1, 1);
        if (kind == JulianNoLeap)
            return jan1 + day - 1 + (isLeap(year) && day >= 60 ? 1 : 0);
        if (kind == JulianZero)
            return jan1 + day;
        const std::int64_t first = daysFromCivil(year, static_cast<unsigned>(month), 1);
        const int firstWeekday = static_cast<int>(((first + 4) % 7 + 7) % 7); // 1970-01-01 was a Thursday
        int dom = 1 + (day - firstWeekday + 7) % 7 + (week - 1) * 7;
        while (dom > static_cast<int>(daysInMonth(year, static_cast<unsigned>(month))))
            dom -= 7;
        return first + dom - 1;
    }
};

// The rule a TZif footer states for times after the last transition.
struct PosixRule
{
    int stdOffset = 0; // seconds east of UTC
    bool hasDst = false;
    int dstOffset = 0;
    DateRule start;
    DateRule end;

    bool isDst(std::int64_t utc) const
    {
        if (!hasDst)
            return false;
        const std::int64_t year = yearOfDays(floorDiv(utc + stdOffset, kDay));
        // Start is given in standard local time, end in daylight local time.
        const std::int64_t startUtc = start.dayIn(year) * kDay + start.time - stdOffset;
        const std::int64_t endUtc = end.dayIn(year) * kDay + end.time - dstOffset;
        if (startUtc < endUtc)
            return utc >= startUtc && utc < endUtc;
        return !(utc >= endUtc && utc < startUtc); // southern hemisphere: DST spans the new year
    }
    int offsetAt(std::int64_t utc) const { return isDst(utc) ? dstOffset : stdOffset; }
};

class PosixParser
{
public:
    explicit PosixParser(std::string_view s) : m_s(s) {}

    std::optional<PosixRule> parse()
    {
        PosixRule r;
        int offset = 0;
        if (!name() || !posixOffset(offset))
            return std::nullopt;
        r.stdOffset = -offset;
        if (atEnd())
            return r;
        if (!name())
            return std::nullopt;
        r.hasDst = true;
        r.dstOffset = r.stdOffset + 3600;
        if (!atEnd() && peek() != ',') {
            if (!posixOffset(offset))
                return std::nullopt;
            r.dstOffset = -offset;
        }
        if (atEnd()) { // no rule: the traditional US rule
            r.start = {DateRule::MonthWeekDay, 0, 3, 2, 7200};
            r.end = {DateRule::MonthWeekDay, 0, 11, 1, 7200};
            return r;
        }
        if (!take(',') || !date(r.start) || !take(',') || !date(r.end) || !atEnd())
            return std::nullopt;
        return r;
    }

private:
    bool atEnd() const { return m_pos >= m_s.size(); }
    char peek() const { return atEnd() ? '\0' : m_s[m_pos]; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    bool name()
    {
        if (take('<')) {
            const std::size_t close = m_s.find('>', m_pos);
            if (close == std::string_view::npos)
                return false;
            m_pos = close + 1;
            return true;
        }
        const std::size_t start = m_pos;
        while (!atEnd() && ((peek() >= 'A' && peek() <= 'Z') || (peek() >= 'a' && peek() <= 'z')))
            ++m_pos;
        return m_pos - start >= 3;
    }
    bool number(int& out, int maxDigits)
    {
        const std::size_t start = m_pos;
        out = 0;
        while (!atEnd() && peek() >= '0' && peek() <= '9' &&
               m_pos - start < static_cast<std::size_t>(maxDigits))
            out = out * 10 + (m_s[m_pos++] - '0');
        return m_pos > start;
    }
    // [+-]hh[:mm[:ss]] in seconds (POSIX sign: positive is west of Greenwich).
    bool posixOffset(int& out)
    {
        int sign = 1;
        if (take('-'))
            sign = -1;
        else
            take('+');
        int h = 0, m = 0, s = 0;
        if (!number(h, 3) || h > 167)
            return false;
        if (take(':') && (!number(m, 2) || m > 59 || (take(':') && (!number(s, 2) || s > 59))))
            return false;
        out = sign * (h * 3600 + m * 60 + s);
        return true;
    }
    bool date(DateRule& d)
    {
        if (take('M')) {
            d.kind = DateRule::MonthWeekDay;
            if (!number(d.month, 2) || d.month < 1 || d.month > 12 || !take('.') || !number(d.week, 1) ||
                d.week < 1 || d.week > 5 || !take('.') || !number(d.day, 1) || d.day > 6)
                return false;
        } else if (take('J')) {
            d.kind = DateRule::JulianNoLeap;
            if (!number(d.day, 3) || d.day < 1 || d.day > 365)
                return false;
        } else {
            d.kind = DateRule::JulianZero;
            if (!number(d.day, 3) || d.day > 365)
                return false;
        }
        d.time = 7200;
        if (take('/')) {
            int t = 0;
            if (!posixOffset(t))
                return false;
            d.time = t;
        }
        return true;
    }

    std::string_view m_s;
    std::size_t m_pos = 0;
};

std::int64_t readBig(const unsigned char* p, int bytes)
{
    std::uint64_t v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | p[i];
    if (bytes == 4)
        return static_cast<std::int32_t>(static_cast<std::uint32_t>(v));
    return static_cast<std::int64_t>(v);
}

std::optional<int> parseFixedOffset(std::string_view s)
{
    if (s.size() < 2 || (s[0] != '+' && s[0] != '-'))
        return std::nullopt;
    const int sign = s[0] == '-' ? -1 : 1;
    s.remove_prefix(1);
    auto digitsAt = [&](std::size_t pos, std::size_t n, int& out) {
        if (pos + n > s.size())
            return false;
        out = 0;
        for (std::size_t i = pos; i < pos + n; ++i) {
            if (s[i] < '0' || s[i] > '9')
                return false;
            out = out * 10 + (s[i] - '0');
        }
        return true;
    };
    int h = 0, m = 0;
    bool ok = false;
    if (s.size() == 1 || s.size() == 2)
        ok = digitsAt(0, s.size(), h);
    else if (s.size() == 4)
        ok = digitsAt(0, 2, h) && digitsAt(2, 2, m);
    else if (s.size() == 5 && s[2] == ':')
        ok = digitsAt(0, 2, h) && digitsAt(3, 2, m);
    if (!ok || h > 18 || m > 59)
        return std::nullopt;
    return sign * (h * 3600 + m * 60);
}

bool safeZoneName(std::string_view name)
{
    if (name.empty() || name.size() > 255 || name.front() == '/' || name.find("..") != std::string_view::npos)
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/' ||
               c == '_' || c == '-' || c == '+' || c == '.';
    });
}

Error unknownZone(std::string_view name)
{
    return Error::make("unknown_time_zone", "'" + std::string(name) + "' is not a known time zone");
}

} // namespace

struct TimeZone::Rules
{
    struct Type
    {
        int offset = 0;
        bool dst = false;
    };

    std::string name;
    bool fixed = true;
    int fixedOffset = 0;
    std::vector<std::int64_t> transitions; // UTC seconds, ascending
    std::vector<std::uint8_t> transitionTypes;
    std::vector<Type> types;
    std::optional<PosixRule> footer;

    Type typeAt(std::int64_t utc) const
    {
        if (fixed)
            return {fixedOffset, false};
        if (transitions.empty() || utc < transitions.front()) {
            if (transitions.empty() && footer)
                return {footer->offsetAt(utc), footer->isDst(utc)};
            return types.empty() ? Type{} : types.front();
        }
        if (utc >= transitions.back() && footer)
            return {footer->offsetAt(utc), footer->isDst(utc)};
        const auto it = std::upper_bound(transitions.begin(), transitions.end(), utc);
        const auto index = static_cast<std::size_t>(std::distance(transitions.begin(), it) - 1);
        return types[transitionTypes[index]];
    }
};

namespace {

std::shared_ptr<const TimeZone::Rules> fixedRules(int offset, std::string name)
{
    auto r = std::make_shared<TimeZone::Rules>();
    r->fixed = true;
    r->fixedOffset = offset;
    r->name = std::move(name);
    return r;
}

Result<std::shared_ptr<const TimeZone::Rules>> parseTzif(const std::string& bytes, std::string name)
{
    auto invalid = [&](const std::string& why) {
        return Error::make("invalid_time_zone", "the zone file of '" + name + "' is damaged: " + why);
    };
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    std::size_t pos = 0;
    struct Counts
    {
        std::int64_t isut, isstd, leap, time, type, chars;
    };
    auto header = [&](Counts& c) {
        if (bytes.size() - pos < 44 || bytes.compare(pos, 4, "TZif") != 0)
            return false;
        const unsigned char* p = data + pos + 20;
        c = {readBig(p, 4),      readBig(p + 4, 4),  readBig(p + 8, 4),
             readBig(p + 12, 4), readBig(p + 16, 4), readBig(p + 20, 4)};
        pos += 44;
        return c.isut >= 0 && c.isstd >= 0 && c.leap >= 0 && c.time >= 0 && c.type > 0 && c.type <= 256 &&
               c.chars >= 0;
    };
    Counts c{};
    if (!header(c))
        return invalid("no TZif header");
    const char version = bytes[4];
    int timeSize = 4;
    if (version >= '2') { // skip the 32-bit block and read the 64-bit one
        const std::int64_t v1 = c.time * 5 + c.type * 6 + c.chars + c.leap * 8 + c.isstd + c.isut;
        if (static_cast<std::int64_t>(bytes.size() - pos) < v1)
            return invalid("truncated");
        pos += static_cast<std::size_t>(v1);
        if (!header(c))
            return invalid("no second TZif header");
        timeSize = 8;
    }
    const std::int64_t need =
        c.time * (timeSize + 1) + c.type * 6 + c.chars + c.leap * (timeSize + 4) + c.isstd + c.isut;
    if (static_cast<std::int64_t>(bytes.size() - pos) < need)
        return invalid("truncated");
    auto r = std::make_shared<TimeZone::Rules>();
    r->fixed = false;
    r->name = std::move(name);
    r->transitions.reserve(static_cast<std::size_t>(c.time));
    for (std::int64_t i = 0; i < c.time; ++i) {
        const std::int64_t t = readBig(data + pos, timeSize);
        if (!r->transitions.empty() && t <= r->transitions.back())
            return invalid("transitions out of order");
        r->transitions.push_back(t);
        pos += static_cast<std::size_t>(timeSize);
    }
    for (std::int64_t i = 0; i < c.time; ++i) {
        if (data[pos] >= c.type)
            return invalid("a transition names a missing type");
        r->transitionTypes.push_back(data[pos++]);
    }
    for (std::int64_t i = 0; i < c.type; ++i) {
        const auto offset = readBig(data + pos, 4);
        if (offset < -25 * 3600 || offset > 26 * 3600)
            return invalid("an offset beyond a day");
        r->types.push_back({static_cast<int>(offset), data[pos + 4] != 0});
        pos += 6;
    }
    pos += static_cast<std::size_t>(c.chars + c.leap * (timeSize + 4) + c.isstd + c.isut);
    if (timeSize == 8 && pos < bytes.size() && bytes[pos] == '\n') {
        const std::size_t close = bytes.find('\n', pos + 1);
        if (close == std::string::npos)
            return invalid("an unterminated footer");
        const std::string_view footer(bytes.data() + pos + 1, close - pos - 1);
        if (!footer.empty()) {
            r->footer = PosixParser(footer).parse();
            if (!r->footer)
                return invalid("a footer rule this reader does not understand: " + std::string(footer));
        }
    }
    return std::shared_ptr<const TimeZone::Rules>(std::move(r));
}

const std::shared_ptr<const TimeZone::Rules>& utcRules()
{
    static const auto rules = fixedRules(0, "UTC");
    return rules;
}

} // namespace

TimeZone::TimeZone() : m_rules(utcRules()) {}

TimeZone TimeZone::utc()
{
    return TimeZone();
}

TimeZone TimeZone::fixed(int offsetSeconds)
{
    TimeZone tz;
    if (offsetSeconds != 0)
        tz.m_rules = fixedRules(offsetSeconds, formatUtcOffset(offsetSeconds));
    return tz;
}

Result<TimeZone> TimeZone::load(std::string_view name)
{
    if (name == "UTC" || name == "Z" || name == "utc" || name == "GMT" || name == "Etc/UTC")
        return utc();
    std::string_view offsetText = name;
    if (offsetText.substr(0, 3) == "UTC" || offsetText.substr(0, 3) == "GMT")
        offsetText.remove_prefix(3);
    if (const auto offset = parseFixedOffset(offsetText))
        return fixed(*offset);
    if (!safeZoneName(name))
        return unknownZone(name);
    const char* root = std::getenv("TZDIR");
    const std::string dir = root && *root ? root : "/usr/share/zoneinfo";
    auto zone = loadFile(dir + "/" + std::string(name), std::string(name));
    if (!zone && zone.error().code == "unknown_time_zone")
        return unknownZone(name);
    return zone;
}

Result<TimeZone> TimeZone::loadFile(const std::string& path, std::string name)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return unknownZone(name);
    std::string bytes;
    char buffer[4096];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > (1u << 20))
            return Error::make("invalid_time_zone", "the zone file of '" + name + "' is too large");
    }
    if (bytes.size() < 4 || bytes.compare(0, 4, "TZif") != 0)
        return unknownZone(name); // a directory or another file of the zoneinfo folder
    auto rules = parseTzif(bytes, std::move(name));
    if (!rules)
        return rules.error();
    TimeZone tz;
    tz.m_rules = std::move(*rules);
    return tz;
}

int TimeZone::offsetAt(std::int64_t utc) const
{
    return m_rules->typeAt(utc).offset;
}

bool TimeZone::isDstAt(std::int64_t utc) const
{
    return m_rules->typeAt(utc).dst;
}

std::optional<std::int64_t> TimeZone::toUtc(std::int64_t localSeconds, bool* ambiguous) const
{
    if (ambiguous)
        *ambiguous = false;
    if (m_rules->fixed)
        return localSeconds - m_rules->fixedOffset;
    // Offsets are below 26 h, and zones change at most once in a couple of days: every offset that
    // can apply to this wall-clock time is in effect at one of these instants.
    const std::array<int, 3> candidates{offsetAt(localSeconds - 2 * kDay), offsetAt(localSeconds),
                                        offsetAt(localSeconds + 2 * kDay)};
    std::optional<std::int64_t> earliest;
    std::optional<std::int64_t> latest;
    for (int offset : candidates) {
        const std::int64_t utc = localSeconds - offset;
        if (offsetAt(utc) != offset)
            continue;
        if (!earliest || utc < *earliest)
            earliest = utc;
        if (!latest || utc > *latest)
            latest = utc;
    }
    if (earliest && ambiguous)
        *ambiguous = *earliest != *latest;
    return earliest;
}

const std::string& TimeZone::name() const
{
    return m_rules->name;
}

bool TimeZone::isFixed() const
{
    return m_rules->fixed;
}

std::string formatUtcOffset(int offsetSeconds)
{
    const int abs = offsetSeconds < 0 ? -offsetSeconds : offsetSeconds;
    const int h = abs / 3600, m = abs / 60 % 60;
    std::string out(1, offsetSeconds < 0 ? '-' : '+');
    out += static_cast<char>('0' + h / 10);
    out += static_cast<char>('0' + h % 10);
    out += ':';
    out += static_cast<char>('0' + m / 10);
    out += static_cast<char>('0' + m % 10);
    return out;
}

} // namespace balgul::core
