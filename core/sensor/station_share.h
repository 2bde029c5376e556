#pragma once

// Sharing sensor stations through the hub (docs/sync-protocol.md "Stations"): a resident publishes
// one of their fixed devices with hourly means or raw readings, others subscribe to it and pull
// its observations into a local device of their own.
//
// Sharing is crash-safe and idempotent: the station id is stored before the hub hears of it, and
// per series and UTC day the store remembers which block the hub acknowledged (its SHA-256), only
// after the hub answered. Sharing again sends the days whose blocks changed since (new, late or
// corrected readings); a batch sent twice changes nothing on the hub.

#include "core/geo/grid_cell.h"
#include "core/store/store.h"
#include "core/sync/hub_client.h"
#include "core/sync/station_protocol.h"
#include "core/util/result.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core::sensor {

enum class ShareMode
{
    Hourly, ///< hourly means of usable readings, with the number of readings behind each
    Raw,    ///< every usable reading
};
std::string_view toString(ShareMode mode);
std::optional<ShareMode> shareModeFromString(std::string_view text);

struct ShareOptions
{
    std::size_t batchSize = sync::station_limits::kMaxObservationsPerBatch; ///< observations per request
    /// How precisely the place is published: Exact, M100, M500 or Km1. Unset: the precision the
    /// device was shared with last time, else 500 m (sync::kDefaultStationPrecision).
    std::optional<geo::Precision> precision;
};

struct ShareReport
{
    std::string stationId;
    geo::Precision precision = geo::Precision::M500;
    double publishedLat = 0; ///< the place the hub was given: its cell's centre
    double publishedLon = 0;
    bool created = false; ///< the hub did not know the station before
    int batches = 0;
    int daysSent = 0;
    std::int64_t observationsSent = 0;
    std::int64_t added = 0;     ///< new on the hub
    std::int64_t changed = 0;   ///< replaced a different value on the hub
    std::int64_t unchanged = 0; ///< the hub had them already
};

/// Publishes the local device `deviceId` as a hub station and sends what the hub has not
/// acknowledged yet. The place leaves as the centre of its grid cell at the chosen precision
/// (core/geo/grid_cell.h); sharing again at another precision re-publishes it at the new cell.
/// Errors: `not_found`, `subscribed_device` (a station of someone else), `mobile_device`,
/// `no_location`, `no_series`, `invalid_precision`, `network` and the hub's codes, `store_failed`.
/// Whatever batches were acknowledged before an error stay recorded.
Result<ShareReport> shareStation(Store& store, std::int64_t deviceId, ShareMode mode,
                                 const sync::HubEndpoint& endpoint, const ShareOptions& options = {});

/// Removes the device's station from the hub (which erases its observations there) and forgets
/// what was sent. Errors: `not_found`, `not_shared`, the hub's codes.
Status unshareStation(Store& store, std::int64_t deviceId, const sync::HubEndpoint& endpoint);

/// A station of this store's own that the hub moved to the default precision (it was shared before
/// precisions existed): told to its owner once.
struct PrecisionNotice
{
    std::int64_t deviceId = 0;
    std::string name;
    std::string precision; ///< as the hub publishes it now
    double lat = 0;        ///< the published place
    double lon = 0;
};

/// For every device this store shared before precisions existed: asks the hub how it publishes it,
/// remembers that precision (so the notice comes once) and returns what to tell. Stations the hub
/// no longer has are left for later. Errors: `network` and the hub's codes, `store_failed`.
Result<std::vector<PrecisionNotice>> takePrecisionNotices(Store& store, const sync::HubEndpoint& endpoint);

/// The hub's shared stations (public): `bbox` "minLon,minLat,maxLon,maxLat" or "" for all; follows
/// the pages to the end.
Result<std::vector<sync::StationInfo>> listSharedStations(const sync::HubEndpoint& endpoint,
                                                          const std::string& bbox = {});

/// Makes a local device for a hub station (source "hub", external id and remote_id the station
/// id, subscribed, its name and location, a series per quantity) and returns its id. Subscribing
/// again returns the same device. Errors: `not_found`, `own_station`, the hub's codes.
Result<std::int64_t> subscribeStation(Store& store, const std::string& stationId,
                                      const sync::HubEndpoint& endpoint);

/// Stops following a hub station: removes the local device subscribeStation made, with its series and
/// readings (evidence that cited them keeps its own numbers and fingerprint). The hub is not asked.
/// Errors: `not_found`, `not_subscribed` (a device of this store's own), `store_failed`.
Status unsubscribeStation(Store& store, std::int64_t deviceId);

struct PullReport
{
    int stations = 0;
    int pages = 0;
    std::int64_t observations = 0;     ///< received
    std::vector<std::string> unshared; ///< stations the hub no longer has (local data kept)
};

/// For every subscribed device: fetches the observations after its cursor, page by page, and
/// stores each page with the new cursor in one transaction. An observation the hub changed (an
/// hourly mean that gained readings) replaces the local reading at that time.
Result<PullReport> pullSubscriptions(Store& store, const sync::HubEndpoint& endpoint,
                                     std::size_t pageSize = sync::station_limits::kDefaultObservationPage);

} // namespace balgul::core::sensor
