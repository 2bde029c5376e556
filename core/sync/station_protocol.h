#pragma once

// Shared sensor stations (docs/sync-protocol.md "Stations"): the bodies the client and the hub
// exchange under /v1/stations, and their JSON codecs, so neither side can drift.
//
// Decoders are strict. A missing member or a wrong JSON type is code `invalid_field` (HTTP 400);
// a well-formed value the hub cannot take (an unknown quantity, an implausible reading, a time
// that is not a time) is code `invalid_value` (HTTP 422); too many items is `too_large` (413).
// `field` names the member at fault: "observations[3].value".

#include "core/util/result.h"

#include <Poco/JSON/Object.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core::sync {

namespace station_limits {
inline constexpr std::size_t kMaxObservationsPerBatch = 10000;
inline constexpr std::size_t kMaxBatchBytes = 4u << 20;  ///< POST observations body
inline constexpr std::size_t kMaxObservationPage = 5000; ///< GET observations answer
inline constexpr std::size_t kDefaultObservationPage = 1000;
inline constexpr std::size_t kMaxStationPage = 1000; ///< GET /v1/stations answer
inline constexpr std::size_t kMaxNameBytes = 200;
inline constexpr std::size_t kMaxSensorTypeBytes = 64;
} // namespace station_limits

/// "hourly" (hourly means with their reading counts) or "raw" (every usable reading).
bool isStationMode(std::string_view mode);

/// "exact", "100m", "500m" or "1km": how precisely a station's place is published
/// (docs/privacy.md). The default is 500 m.
bool isStationPrecision(std::string_view precision);
inline constexpr std::string_view kDefaultStationPrecision = "500m";

/// A shared station as PUT by its owner and listed by the hub.
struct StationInfo
{
    std::string id; ///< a client-made UUID
    std::string name;
    /// The published place: at a precision other than "exact", the centre of the core/geo grid cell
    /// holding the station (a decoder refuses any other place as `invalid_field` "lat").
    double lat = 0;
    double lon = 0;
    std::string precision = std::string(kDefaultStationPrecision);
    std::string sensorType;
    std::string mode;                    ///< "hourly" | "raw"
    std::vector<std::string> quantities; ///< core::sensor::toString(Quantity) words
    std::string updated;                 ///< ISO 8601, set by the hub (answers only)
    /// The hub moved the station to the default precision (it was shared before precisions
    /// existed) and its owner has not shared it since (answers only).
    bool movedByHub = false;
};

/// One shared observation. `time` is UTC seconds (hourly: the start of the hour).
struct StationObservation
{
    std::string quantity;
    std::int64_t time = 0;
    double value = 0;
    std::int64_t count = 1; ///< readings behind an hourly mean (1 for raw)
    int flags = 0;          ///< core::sensor::ReadingFlag bits
    // In answers only:
    std::int64_t seq = 0; ///< the hub's order of arrival (the pull cursor)
    std::string kind;     ///< "hourly" | "raw"
};

struct ObservationPage
{
    std::string station;
    std::vector<StationObservation> observations;
    std::int64_t next = 0; ///< send as after_seq next time
    bool more = false;
};

struct StationList
{
    std::vector<StationInfo> stations;
    std::string next; ///< send as `after` next time ("" at the end)
    bool more = false;
};

/// The PUT body (id left out) or a list item (id and updated included).
std::string encode(const StationInfo& station, bool withId = false);
std::string encodeObservations(const std::vector<StationObservation>& observations);
std::string encode(const ObservationPage& page);
std::string encode(const StationList& list);

/// A PUT body or a list item (`path` prefixes field names).
Result<StationInfo> decodeStationInfo(const Poco::JSON::Object::Ptr& object, const std::string& path = {});
Result<StationInfo> decodeStationInfo(std::string_view json);
/// A POST observations body (kind and seq are not read).
Result<std::vector<StationObservation>> decodeObservations(std::string_view json);
Result<ObservationPage> decodeObservationPage(std::string_view json);
Result<StationList> decodeStationList(std::string_view json);

/// "2019-03-09T10:00:00Z" for UTC seconds.
std::string isoSeconds(std::int64_t time);

} // namespace balgul::core::sync
