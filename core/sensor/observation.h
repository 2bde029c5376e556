#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core::sensor {

/// What a series measures, in one normalised unit each.
enum class Quantity
{
    Pm1,              ///< µg/m³
    Pm2_5,            ///< µg/m³
    Pm4,              ///< µg/m³
    Pm10,             ///< µg/m³
    Temperature,      ///< °C
    Humidity,         ///< % relative humidity
    Pressure,         ///< hPa
    PressureSeaLevel, ///< hPa
    NoiseLAeq,        ///< dB(A)
    NoiseLAmin,       ///< dB(A)
    NoiseLAmax,       ///< dB(A)
    Co2,              ///< ppm
};
/// Stable words stored in the database: "pm1", "pm2_5", "pm4", "pm10", "temperature", ...
std::string_view toString(Quantity q);
std::optional<Quantity> quantityFromString(std::string_view word);
std::string_view unitOf(Quantity q);
/// Values outside these bounds cannot be real readings of the quantity.
bool isPlausible(Quantity q, double value);

/// Quality flags kept with each reading (a bit set).
enum ReadingFlag : std::uint8_t
{
    FlagNone = 0,
    FlagSentinel = 1,             ///< a device's "no data" code (PurpleAir -235); the value is not real
    FlagImpossible = 2,           ///< outside what the quantity can be
    FlagConflictingDuplicate = 4, ///< another row has the same time and a different value
    FlagChannelDisagreement = 8,  ///< the two laser channels of a PurpleAir disagree
};
/// Readings with these flags are kept as evidence of the problem but never enter statistics.
inline constexpr std::uint8_t kUnusableFlags = FlagSentinel | FlagImpossible | FlagConflictingDuplicate;

/// One observation: UTC seconds since the Unix epoch, the value in the quantity's unit, flags.
struct Reading
{
    std::int64_t time = 0;
    double value = 0;
    std::uint8_t flags = FlagNone;

    bool usable() const { return (flags & kUnusableFlags) == 0; }
    friend bool operator==(const Reading&, const Reading&) = default;
};

/// Values are stored with three decimals (fixed point, delta-encoded).
inline constexpr double kValueScale = 1000.0;
/// The largest magnitude a stored value may have: its thousandths stay exact in a double (below 2^53)
/// and the difference of any two fits the 64-bit delta. No sensor reads anything near it.
inline constexpr double kMaxStoredValue = 1e12;
/// True when `value` is finite and within ±kMaxStoredValue, so a block keeps it as written.
bool isStorableValue(double value);

/// One day of one series as stored in `sensor_blocks.data`: a version byte, the count, then per
/// reading zig-zag varint deltas of time (seconds) and value (thousandths), and the flag byte.
/// Readings must be sorted by time; equal times are allowed (conflicting duplicates). nullopt when a
/// value is not storable (isStorableValue) or a time step does not fit: such a block is refused, never
/// written wrapped.
std::optional<std::string> encodeBlock(const std::vector<Reading>& readings);
/// Appends the decoded readings; false when the bytes are not a valid block.
bool decodeBlock(std::string_view bytes, std::vector<Reading>& out);

/// The UTC day (days since 1970-01-01) of a time in seconds.
inline std::int64_t dayOf(std::int64_t time)
{
    return time >= 0 ? time / 86400 : -((-time + 86399) / 86400);
}

} // namespace balgul::core::sensor
