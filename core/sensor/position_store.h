#pragma once

#include "core/store/database.h"
#include "core/util/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core::sensor {

/// One position of a mobile device at a UTC time.
struct PositionFix
{
    std::int64_t time = 0;
    double lat = 0;
    double lon = 0;

    friend bool operator==(const PositionFix&, const PositionFix&) = default;
};

/// Positions are stored with 1e-7 degree resolution.
inline constexpr double kPositionScale = 1e7;

/// One UTC day of fixes as stored in `sensor_positions.data`: a version byte, the count, then per fix
/// zig-zag varint deltas of time (seconds), lat and lon (1e-7 degrees). Fixes sorted by time.
std::string encodePositionBlock(const std::vector<PositionFix>& fixes);
/// Appends the decoded fixes; false when the bytes are not a valid block.
bool decodePositionBlock(std::string_view bytes, std::vector<PositionFix>& out);

/// The track of mobile devices in a store's database.
class PositionStore
{
public:
    explicit PositionStore(Database& db) : m_db(db) {}

    /// Merges fixes into per-device UTC-day blocks in `sensor_positions` (delta-encoded like sensor
    /// blocks: time seconds, lat/lon in 1e-7 degrees); a fix at a time already stored replaces it.
    /// Fixes with non-finite or out-of-range coordinates are dropped. Returns how many stored fixes
    /// the device gained. Throws SqlError, inside the caller's transaction.
    std::int64_t addPositions(std::int64_t deviceId, std::vector<PositionFix> fixes);
    /// Fixes of a device with from <= time < to, in time order.
    Result<std::vector<PositionFix>> positions(std::int64_t deviceId, std::int64_t from, std::int64_t to);
    /// Number of stored fixes of a device.
    Result<std::int64_t> positionCount(std::int64_t deviceId);

private:
    Database& m_db;
};

} // namespace balgul::core::sensor
