#pragma once

#include "core/sensor/observation.h"
#include "core/store/database.h"
#include "core/util/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace balgul::core::sensor {

/// A measuring device as a source names it ("sensor.community" 5331, "purpleair" 149970).
struct Device
{
    std::int64_t id = 0;
    std::string source;
    std::string externalId;
    std::string sensorType; ///< "SDS011", "DHT22", "PA-II", ...
    std::optional<double> lat;
    std::optional<double> lon;
    std::string name;    ///< a person's name for the device; "" leaves the stored one
    bool mobile = false; ///< positions come from a track (sensor_positions); never reset to false here
    // Sharing state, read by devices(); ensureDevice() leaves it alone.
    std::string shareMode;      ///< "" (not shared), "hourly" or "raw"
    std::string remoteId;       ///< the hub's station id, "" when the hub does not know the device
    bool subscribed = false;    ///< a station of someone else's, followed through the hub
    std::string sharePrecision; ///< "exact", "100m", "500m", "1km"; "" before it was chosen

    /// The name, or "source external-id" when it has none.
    std::string label() const { return name.empty() ? source + " " + externalId : name; }
};

/// One quantity measured by one device.
struct Series
{
    std::int64_t id = 0;
    std::int64_t deviceId = 0;
    Quantity quantity = Quantity::Pm2_5;
    std::string source;
    std::string externalId;
    std::string sensorType;
};

/// Devices, series and the per-series day blocks of readings in a store's database
/// (schema version 4). Writes run inside the caller's transaction and throw SqlError;
/// reads return a Result.
class ObservationStore
{
public:
    explicit ObservationStore(Database& db) : m_db(db) {}

    /// The device's row id, created or updated (type and location) as needed.
    std::int64_t ensureDevice(const Device& device);
    std::int64_t ensureSeries(std::int64_t deviceId, Quantity quantity);
    /// Merges readings into the series' day blocks: identical readings (same time and value) are
    /// kept once, readings at the same time with different values are all flagged
    /// FlagConflictingDuplicate. Returns how many stored readings the series gained.
    std::int64_t addReadings(std::int64_t seriesId, std::vector<Reading> readings);
    /// Stores one UTC day of readings (all with dayOf(time) == day) as addReadings does; when the day
    /// has no block yet and `settled` says the readings are sorted with distinct times, they are
    /// encoded as they are. Returns how many stored readings the series gained.
    std::int64_t addDay(std::int64_t seriesId, std::int64_t day, std::vector<Reading>& readings,
                        bool settled);

    /// Every device, with its sharing state, by id.
    Result<std::vector<Device>> devices();
    Result<std::vector<Series>> allSeries();
    Result<std::optional<Series>> findSeries(const std::string& source, const std::string& externalId,
                                             Quantity quantity);
    /// Readings of a series with from <= time < to, in time order, flags included.
    Result<std::vector<Reading>> readings(std::int64_t seriesId, std::int64_t from, std::int64_t to);
    /// Number of stored readings of a series (from the block headers).
    Result<std::int64_t> readingCount(std::int64_t seriesId);

private:
    Database& m_db;
    std::optional<Statement> m_load;
    std::optional<Statement> m_save;
};

} // namespace balgul::core::sensor
