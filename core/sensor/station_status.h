#pragma once

#include "core/sensor/air_quality.h"
#include "core/store/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace balgul::core::sensor {

/// The 24 h mean of one pollutant at a station and what it rests on.
struct StationMean
{
    double mean = 0;                                ///< mean of the hourly means of the 24 clock hours
    int hours = 0;                                  ///< hours with data among them
    int readings = 0;                               ///< usable readings behind it
    KoreanGrade grade = KoreanGrade::NotEnoughData; ///< NotEnoughData below kMinHoursPerDay hours
};

/// Where a fixed air-quality station stands now.
struct StationStatus
{
    std::int64_t deviceId = 0;
    std::string source;
    std::string externalId;
    std::string name; ///< sensor_devices.name, may be empty
    std::string sensorType;
    double lat = 0;
    double lon = 0;
    bool subscribed = false;          ///< a station shared by someone else through the hub
    std::optional<StationMean> pm2_5; ///< present when the device has a PM2.5 series
    std::optional<StationMean> pm10;  ///< present when the device has a PM10 series
    std::int64_t pm2_5Series = 0;     ///< the PM2.5 series' id, 0 without one
    std::int64_t pm10Series = 0;      ///< the PM10 series' id, 0 without one
    /// The worse of the two grades that rest on enough hours; NotEnoughData when neither does.
    KoreanGrade grade = KoreanGrade::NotEnoughData;
    /// The pollutant that decided `grade` (PM2.5 when neither has enough data but it is measured).
    Pollutant gradedBy = Pollutant::Pm2_5;
    std::optional<std::int64_t> latest; ///< UTC seconds of the latest PM reading
    std::int64_t ageSeconds = -1;       ///< now − latest; -1 without readings
    std::int64_t windowEnd = 0;         ///< the 24 h means cover [windowEnd − 24 h, windowEnd)

    /// The mean that decided the grade, if any.
    const StationMean* gradedMean() const;
    /// The series of the pollutant that decided the grade (0 when there is none).
    std::int64_t gradedSeries() const { return gradedBy == Pollutant::Pm2_5 ? pm2_5Series : pm10Series; }
};

/// A reading this recent (seconds) makes a station "current": its 24 h ends now, not at the reading.
inline constexpr std::int64_t kStationRecentSeconds = 3 * 3600;

/// Every device with a fixed location (not mobile) that measures PM2.5 or PM10, ordered by id:
/// its 24 h means over the 24 UTC clock hours ending with the hour of `now` when its latest
/// reading is recent (kStationRecentSeconds), else with the hour of its latest reading.
/// Throws nothing; a damaged block makes that station's means rest on fewer readings.
std::vector<StationStatus> stationStatuses(Database& db, std::int64_t now);

} // namespace balgul::core::sensor
