#pragma once

#include "core/sensor/observation.h"
#include "core/store/database.h"
#include "core/util/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace balgul::core::sensor {

/// One series as a picker lists it: what it measures, whose device, how many readings over what span.
struct SeriesSummary
{
    std::int64_t seriesId = 0;
    std::int64_t deviceId = 0;
    Quantity quantity = Quantity::Pm2_5;
    std::string source;     ///< "sensor.community", "purpleair", "hub", ...
    std::string externalId; ///< the source's id of the device
    std::string sensorType;
    std::string deviceName; ///< the name the user gave the device; may be empty
    std::int64_t readings = 0;
    std::int64_t firstTime = 0; ///< UTC seconds of the first stored reading (0 when none)
    std::int64_t lastTime = 0;  ///< UTC seconds of the last stored reading (0 when none)
};

/// Every series of the store with its device and the count and span of its readings, taken from the
/// block headers (no block is decoded). Ordered by the device's name (or source and id when it has
/// none), then by quantity.
Result<std::vector<SeriesSummary>> seriesCatalog(Database& db);

} // namespace balgul::core::sensor
