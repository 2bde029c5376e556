// The binary form of a vault record's plaintext: RecordBlock to bytes and back, strictly checked.
//
// Version 1, all integers little-endian base-128 varints ("s" ones zigzag-signed), differences
// taken modulo 2^64 so that every int64 survives:
//   u8 version, u8 category (Category's order), varint unit length + unit bytes,
//   svarint start, svarint end - start,
//   varint interval count, then per interval:
//     svarint start - previous start (the first from the block's start),
//     varint duration << 2 | value form, and the value: form 0 a whole number (svarint),
//     form 1 thousandths (svarint), form 2 the IEEE-754 double's 8 bytes,
//   varint point count, then per point:
//     u8 flags (1: has a time, 2: lat/lon in 1e-7 degrees), the time as svarint minus the previous
//     time (the first from the block's start), then lat and lon as svarint minus the previous
//     point's in 1e-7 degrees, or as two IEEE-754 doubles.
// A form is used only when it gives back the very same double, so the encoding is exact.

#include "core/mydata/record_codec.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <optional>
#include <utility>

namespace balgul::core::mydata {

namespace {

constexpr std::int64_t kMaxDuration = std::int64_t(1) << 40;
constexpr unsigned kFormWhole = 0;
constexpr unsigned kFormThousandths = 1;
constexpr unsigned kFormDouble = 2;
constexpr unsigned char kPointHasTime = 1;
constexpr unsigned char kPointQuantized = 2;
constexpr double kDegreeSteps = 1e7;
constexpr std::int64_t kMaxQuantizedDegrees = 360LL * 10000000LL;
/// The fewest bytes an interval and a point take, to bound their counts by what is left.
constexpr std::size_t kMinIntervalBytes = 3;
constexpr std::size_t kMinPointBytes = 3;

std::uint64_t zigzag(std::int64_t v)
{
    return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}

std::int64_t unzigzag(std::uint64_t v)
{
    return static_cast<std::int64_t>((v >> 1) ^ (~(v & 1) + 1));
}

/// a - b and a + d modulo 2^64, so no difference of two int64 overflows.
std::int64_t minus(std::int64_t a, std::int64_t b)
{
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(a) - static_cast<std::uint64_t>(b));
}
std::int64_t plus(std::int64_t a, std::int64_t d)
{
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(a) + static_cast<std::uint64_t>(d));
}

bool sameBits(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

/// The form a value is written in, and the integer it is written as (forms 0 and 1).
std::pair<unsigned, std::int64_t> valueForm(double v)
{
    constexpr double kWholeLimit = 9007199254740992.0;    // 2^53
    constexpr double kThousandthsLimit = 8796093022208.0; // 2^43
    if (std::isfinite(v) && std::fabs(v) < kWholeLimit) {
        const auto whole = static_cast<std::int64_t>(v);
        if (sameBits(static_cast<double>(whole), v))
            return {kFormWhole, whole};
    }
    if (std::isfinite(v) && std::fabs(v) < kThousandthsLimit) {
        const std::int64_t q = std::llround(v * 1000.0);
        if (sameBits(static_cast<double>(q) / 1000.0, v))
            return {kFormThousandths, q};
    }
    return {kFormDouble, 0};
}

/// A coordinate in 1e-7 degrees when that gives back the very same double.
std::optional<std::int64_t> quantized(double degrees)
{
    if (!std::isfinite(degrees) || std::fabs(degrees) > 360.0)
        return std::nullopt;
    const std::int64_t q = std::llround(degrees * kDegreeSteps);
    if (!sameBits(static_cast<double>(q) / kDegreeSteps, degrees))
        return std::nullopt;
    return q;
}

class Writer
{
public:
    explicit Writer(std::size_t capacity) { m_out.reserve(capacity); }
    void byte(unsigned char b) { m_out.push_back(static_cast<char>(b)); }
    void varint(std::uint64_t v)
    {
        while (v >= 0x80) {
            byte(static_cast<unsigned char>(v | 0x80));
            v >>= 7;
        }
        byte(static_cast<unsigned char>(v));
    }
    void svarint(std::int64_t v) { varint(zigzag(v)); }
    void real(double v)
    {
        const auto bits = std::bit_cast<std::uint64_t>(v);
        for (int i = 0; i < 8; ++i)
            byte(static_cast<unsigned char>(bits >> (8 * i)));
    }
    void bytes(std::string_view s) { m_out.append(s); }
    std::string take() { return std::move(m_out); }

private:
    std::string m_out;
};

class Reader
{
public:
    explicit Reader(std::string_view in) : m_in(in) {}
    std::size_t left() const { return m_in.size() - m_pos; }
    std::size_t position() const { return m_pos; }
    bool failed() const { return !m_problem.empty(); }
    const std::string& problem() const { return m_problem; }
    std::size_t problemAt() const { return m_problemAt; }

    void fail(std::string what)
    {
        if (m_problem.empty()) {
            m_problem = std::move(what);
            m_problemAt = m_pos;
        }
        m_pos = m_in.size();
    }
    unsigned char byte()
    {
        if (left() < 1) {
            fail("it ends early");
            return 0;
        }
        return static_cast<unsigned char>(m_in[m_pos++]);
    }
    std::uint64_t varint()
    {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const unsigned char b = byte();
            if (failed())
                return 0;
            if (shift == 63 && b > 1) {
                fail("a number is too large");
                return 0;
            }
            v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
                return v;
        }
        fail("a number is too large");
        return 0;
    }
    std::int64_t svarint() { return unzigzag(varint()); }
    double real()
    {
        if (left() < 8) {
            fail("it ends early");
            return 0;
        }
        std::uint64_t bits = 0;
        for (int i = 0; i < 8; ++i)
            bits |= static_cast<std::uint64_t>(static_cast<unsigned char>(m_in[m_pos + i])) << (8 * i);
        m_pos += 8;
        return std::bit_cast<double>(bits);
    }
    std::string_view bytes(std::size_t n)
    {
        if (left() < n) {
            fail("it ends early");
            return {};
        }
        const std::string_view out = m_in.substr(m_pos, n);
        m_pos += n;
        return out;
    }

private:
    std::string_view m_in;
    std::size_t m_pos = 0;
    std::string m_problem;
    std::size_t m_problemAt = 0;
};

Error invalid(std::string field, std::string message)
{
    return Error::make("invalid_field", std::move(message), std::move(field));
}

} // namespace

Result<std::string> encodeRecordBlock(const RecordBlock& block)
{
    const bool mobility = block.category == Category::Mobility;
    if (block.unit.size() > kMaxUnitBytes)
        return invalid("unit", "a unit is at most " + std::to_string(kMaxUnitBytes) + " bytes");
    if (mobility && !block.unit.empty())
        return invalid("unit", "a Mobility block has no unit");
    if (mobility && !block.intervals.empty())
        return invalid("intervals", "a Mobility block has track points, not intervals");
    if (!mobility && !block.points.empty())
        return invalid("points", "only a Mobility block has track points");
    const auto code = static_cast<unsigned>(block.category);
    if (toString(block.category).empty())
        return invalid("category", "unknown category " + std::to_string(code));
    for (const Interval& i : block.intervals)
        if (i.duration < 0 || i.duration > kMaxDuration)
            return invalid("duration", "a duration is between 0 and 2^40 seconds");

    // Every field at its longest: two bytes of header, the unit and its length, two times, two
    // counts, 26 bytes an interval (10 + 6 + 10), 31 a point (1 + 10 + 10 + 10).
    const std::size_t capacity =
        2 + 1 + block.unit.size() + 20 + 20 + 26 * block.intervals.size() + 31 * block.points.size();
    Writer w(capacity);
    w.byte(kRecordFormatVersion);
    w.byte(static_cast<unsigned char>(code));
    w.varint(block.unit.size());
    w.bytes(block.unit);
    w.svarint(block.start);
    w.svarint(minus(block.end, block.start));

    w.varint(block.intervals.size());
    std::int64_t previousStart = block.start;
    for (const Interval& i : block.intervals) {
        w.svarint(minus(i.start, previousStart));
        previousStart = i.start;
        const auto [form, whole] = valueForm(i.value);
        w.varint(static_cast<std::uint64_t>(i.duration) << 2 | form);
        if (form == kFormDouble)
            w.real(i.value);
        else
            w.svarint(whole);
    }

    w.varint(block.points.size());
    std::int64_t previousTime = block.start;
    std::int64_t previousLat = 0;
    std::int64_t previousLon = 0;
    for (const TrackPoint& p : block.points) {
        const std::optional<std::int64_t> lat = quantized(p.lat);
        const std::optional<std::int64_t> lon = quantized(p.lon);
        const bool steps = lat && lon;
        w.byte(static_cast<unsigned char>((p.time ? kPointHasTime : 0) | (steps ? kPointQuantized : 0)));
        if (p.time) {
            w.svarint(minus(*p.time, previousTime));
            previousTime = *p.time;
        }
        if (steps) {
            w.svarint(*lat - previousLat);
            w.svarint(*lon - previousLon);
            previousLat = *lat;
            previousLon = *lon;
        } else {
            w.real(p.lat);
            w.real(p.lon);
        }
    }
    return w.take();
}

Result<RecordBlock> decodeRecordBlock(std::string_view bytes)
{
    Reader r(bytes);
    RecordBlock block;
    const unsigned char version = r.byte();
    if (!r.failed() && version != kRecordFormatVersion)
        r.fail("unknown version " + std::to_string(version));
    const unsigned char code = r.byte();
    if (!r.failed()) {
        if (code >= allCategories().size())
            r.fail("unknown category " + std::to_string(code));
        else
            block.category = allCategories()[code];
    }
    const bool mobility = block.category == Category::Mobility;
    const std::uint64_t unitLength = r.varint();
    if (!r.failed() && (unitLength > kMaxUnitBytes || (mobility && unitLength > 0)))
        r.fail("a unit of " + std::to_string(unitLength) + " bytes");
    block.unit = std::string(r.bytes(static_cast<std::size_t>(unitLength)));
    block.start = r.svarint();
    block.end = plus(block.start, r.svarint());

    const std::uint64_t intervalCount = r.varint();
    if (!r.failed() && (intervalCount > r.left() / kMinIntervalBytes || (mobility && intervalCount > 0)))
        r.fail(std::to_string(intervalCount) + " intervals");
    if (!r.failed())
        block.intervals.reserve(static_cast<std::size_t>(intervalCount));
    std::int64_t previousStart = block.start;
    for (std::uint64_t n = 0; n < intervalCount && !r.failed(); ++n) {
        Interval i;
        i.start = plus(previousStart, r.svarint());
        previousStart = i.start;
        const std::uint64_t durationAndForm = r.varint();
        const unsigned form = static_cast<unsigned>(durationAndForm & 3);
        if (r.failed())
            break;
        if ((durationAndForm >> 2) > static_cast<std::uint64_t>(kMaxDuration)) {
            r.fail("a duration out of range");
            break;
        }
        i.duration = static_cast<std::int64_t>(durationAndForm >> 2);
        if (form == kFormWhole)
            i.value = static_cast<double>(r.svarint());
        else if (form == kFormThousandths)
            i.value = static_cast<double>(r.svarint()) / 1000.0;
        else if (form == kFormDouble)
            i.value = r.real();
        else
            r.fail("an unknown value form");
        block.intervals.push_back(i);
    }

    const std::uint64_t pointCount = r.varint();
    if (!r.failed() && (pointCount > r.left() / kMinPointBytes || (!mobility && pointCount > 0)))
        r.fail(std::to_string(pointCount) + " track points");
    if (!r.failed())
        block.points.reserve(static_cast<std::size_t>(pointCount));
    std::int64_t previousTime = block.start;
    std::int64_t previousLat = 0;
    std::int64_t previousLon = 0;
    for (std::uint64_t n = 0; n < pointCount && !r.failed(); ++n) {
        TrackPoint p;
        const unsigned char flags = r.byte();
        if (r.failed())
            break;
        if ((flags & ~(kPointHasTime | kPointQuantized)) != 0) {
            r.fail("unknown point flags");
            break;
        }
        if (flags & kPointHasTime) {
            p.time = plus(previousTime, r.svarint());
            previousTime = *p.time;
        }
        if (flags & kPointQuantized) {
            const std::int64_t lat = plus(previousLat, r.svarint());
            const std::int64_t lon = plus(previousLon, r.svarint());
            if (r.failed())
                break;
            if (lat < -kMaxQuantizedDegrees || lat > kMaxQuantizedDegrees || lon < -kMaxQuantizedDegrees ||
                lon > kMaxQuantizedDegrees) {
                r.fail("a track point out of range");
                break;
            }
            p.lat = static_cast<double>(lat) / kDegreeSteps;
            p.lon = static_cast<double>(lon) / kDegreeSteps;
            previousLat = lat;
            previousLon = lon;
        } else {
            p.lat = r.real();
            p.lon = r.real();
        }
        block.points.push_back(p);
    }
    if (!r.failed() && r.left() > 0)
        r.fail(std::to_string(r.left()) + " bytes too many");
    if (r.failed())
        return Error::make("record_corrupt", "the record's encoding is damaged: " + r.problem() + " (byte " +
                                                 std::to_string(r.problemAt()) + " of " +
                                                 std::to_string(bytes.size()) + ")");
    return block;
}

} // namespace balgul::core::mydata
