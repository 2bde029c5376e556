#include "core/sensor/observation.h"
#include "core/sensor/varint.h"

#include <array>
#include <cmath>

namespace balgul::core::sensor {

namespace {

struct QuantityInfo
{
    Quantity quantity;
    std::string_view word;
    std::string_view unit;
    double min;
    double max;
};

// Bounds: the sensors' measuring ranges with margin (SDS011/PMS read up to 1000 µg/m³, DHT22
// −40..80 °C, BME280 300..1100 hPa), so only physically impossible values are flagged.
constexpr std::array<QuantityInfo, 12> kQuantities{{
    {Quantity::Pm1, "pm1", "µg/m³", 0, 2000},
    {Quantity::Pm2_5, "pm2_5", "µg/m³", 0, 2000},
    {Quantity::Pm4, "pm4", "µg/m³", 0, 2000},
    {Quantity::Pm10, "pm10", "µg/m³", 0, 2000},
    {Quantity::Temperature, "temperature", "°C", -60, 70},
    {Quantity::Humidity, "humidity", "%", 0, 100},
    {Quantity::Pressure, "pressure", "hPa", 300, 1100},
    {Quantity::PressureSeaLevel, "pressure_sealevel", "hPa", 300, 1200},
    {Quantity::NoiseLAeq, "noise_laeq", "dB(A)", 0, 160},
    {Quantity::NoiseLAmin, "noise_lamin", "dB(A)", 0, 160},
    {Quantity::NoiseLAmax, "noise_lamax", "dB(A)", 0, 160},
    {Quantity::Co2, "co2", "ppm", 0, 40000},
}};

const QuantityInfo& info(Quantity q)
{
    return kQuantities[static_cast<std::size_t>(q)];
}

inline char* writeVarint(char* p, std::uint64_t v)
{
    while (v >= 0x80) {
        *p++ = static_cast<char>((v & 0x7F) | 0x80);
        v >>= 7;
    }
    *p++ = static_cast<char>(v);
    return p;
}

inline char* writeSigned(char* p, std::int64_t v)
{
    return writeVarint(p, (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
}

/// value * kValueScale rounded half away from zero, for a storable value (|x| < 1e15 < 2^52, exact).
inline std::int64_t scaledValue(double value)
{
    const double x = value * kValueScale;
    const auto i = static_cast<std::int64_t>(x);
    const double frac = x - static_cast<double>(i);
    return frac >= 0.5 ? i + 1 : (frac <= -0.5 ? i - 1 : i);
}

constexpr char kBlockVersion = 1;

} // namespace

std::string_view toString(Quantity q)
{
    return info(q).word;
}

std::optional<Quantity> quantityFromString(std::string_view word)
{
    for (const auto& i : kQuantities)
        if (i.word == word)
            return i.quantity;
    return std::nullopt;
}

std::string_view unitOf(Quantity q)
{
    return info(q).unit;
}

bool isPlausible(Quantity q, double value)
{
    return std::isfinite(value) && value >= info(q).min && value <= info(q).max;
}

bool isStorableValue(double value)
{
    return std::isfinite(value) && std::abs(value) <= kMaxStoredValue;
}

std::optional<std::string> encodeBlock(const std::vector<Reading>& readings)
{
    // Written through a pointer into room for the worst case (two 10-byte varints and a flag byte
    // a reading), then cut to size.
    std::string out(11 + readings.size() * 21, '\0');
    char* p = out.data();
    *p++ = kBlockVersion;
    p = writeVarint(p, readings.size());
    std::int64_t lastTime = 0;
    std::int64_t lastValue = 0;
    // Times past ±2^61 s (far beyond any date) would wrap their delta like an unstorable value.
    constexpr std::int64_t kMaxTime = std::int64_t{1} << 61;
    for (const Reading& r : readings) {
        if (!isStorableValue(r.value) || r.time > kMaxTime || r.time < -kMaxTime)
            return std::nullopt;
        const std::int64_t value = scaledValue(r.value);
        p = writeSigned(p, r.time - lastTime);
        p = writeSigned(p, value - lastValue);
        *p++ = static_cast<char>(r.flags);
        lastTime = r.time;
        lastValue = value;
    }
    out.resize(static_cast<std::size_t>(p - out.data()));
    return out;
}

bool decodeBlock(std::string_view bytes, std::vector<Reading>& out)
{
    std::size_t pos = 0;
    if (bytes.empty() || bytes[pos++] != kBlockVersion)
        return false;
    std::uint64_t count = 0;
    if (!getVarint(bytes, pos, count) || count > bytes.size())
        return false;
    std::int64_t time = 0;
    std::int64_t value = 0;
    out.reserve(out.size() + count);
    for (std::uint64_t i = 0; i < count; ++i) {
        std::int64_t dt = 0, dv = 0;
        if (!getSigned(bytes, pos, dt) || !getSigned(bytes, pos, dv) || pos >= bytes.size())
            return false;
        // Unsigned sums: a damaged block may hold any deltas, and must not overflow while it is read.
        time = static_cast<std::int64_t>(static_cast<std::uint64_t>(time) + static_cast<std::uint64_t>(dt));
        value = static_cast<std::int64_t>(static_cast<std::uint64_t>(value) + static_cast<std::uint64_t>(dv));
        const auto flags = static_cast<std::uint8_t>(bytes[pos++]);
        out.push_back({time, static_cast<double>(value) / kValueScale, flags});
    }
    return pos == bytes.size();
}

} // namespace balgul::core::sensor
