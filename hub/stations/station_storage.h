#pragma once

// Shared sensor stations on the hub: their own tables beside the sync store (SQLite: the same
// file through a connection of its own; PostgreSQL: the same database through a pool of its own),
// created idempotently at open. See docs/sync-protocol.md "Stations".
//
// A station's place is stored only as published: the centre of its grid cell at the precision its
// owner chose (docs/privacy.md). Stations stored before precisions existed are moved to the default
// precision when the storage opens, and the broker's copies of them are queued to be sent again.
// SQLite overwrites replaced places on disk (secure_delete) and empties its write-ahead log after a
// place changes.
//
// Observations are keyed (station, quantity, kind, time): a batch sent again changes nothing,
// and a changed value (an hourly mean that gained readings) replaces the stored one. Every added
// or changed observation takes the next station sequence number; writers take the numbers under
// one lock held to commit, so a reader never sees seq N while a smaller one can still commit.
// Failures of the database throw StorageError (hub_storage.h).

#include "hub/hub_config.h"
#include "hub/sync/hub_storage.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace balgul::hub {

struct StationRecord
{
    std::string id;
    std::string ownerId;
    std::string name;
    double lat = 0; ///< the published place: the centre of its cell at `precision`
    double lon = 0;
    std::string precision;       ///< "exact", "100m", "500m", "1km" (docs/privacy.md)
    bool precisionMoved = false; ///< the hub moved it to the default precision; cleared by its owner's PUT
    std::string sensorType;
    std::string mode; ///< "hourly" | "raw"
    std::vector<std::string> quantities;
    std::int64_t created = 0; ///< Unix ms
    std::int64_t updated = 0; ///< Unix ms
};

struct ObservationRecord
{
    std::int64_t seq = 0;
    std::string stationId;
    std::string quantity;
    std::string kind;      ///< "hourly" | "raw"
    std::int64_t time = 0; ///< UTC seconds
    double value = 0;
    std::int64_t count = 1;
    int flags = 0;
};

struct StationQuery
{
    std::optional<double> minLat, minLon, maxLat, maxLon; ///< a box, when all four are set
    std::string afterId;                                  ///< ids ascending, after this one
    std::size_t limit = 1000;
};

struct ObservationQuery
{
    std::string stationId;
    std::string quantity;             ///< "" for every quantity
    std::optional<std::int64_t> from; ///< time >= from
    std::optional<std::int64_t> to;   ///< time < to
    std::int64_t afterSeq = 0;
    std::size_t limit = 1000;
};

enum class PutOutcome
{
    Created,
    Updated,
    Forbidden, ///< the station belongs to someone else and the caller may not change it
};

struct BatchOutcome
{
    std::size_t added = 0;
    std::size_t changed = 0;
    std::size_t unchanged = 0;
};

/// An entity the NGSI-LD bridge forwards: one station at one time.
struct ForwardKey
{
    std::string stationId;
    std::int64_t time = 0;
    friend bool operator==(const ForwardKey&, const ForwardKey&) = default;
    friend auto operator<=>(const ForwardKey&, const ForwardKey&) = default;
};

/// What one round of the bridge did with one entity key.
struct ForwardOutcome
{
    ForwardKey key;
    /// The station's place the entities were built with (unused when the station was gone).
    double lat = 0;
    double lon = 0;
    bool delivered = false; ///< the broker took every entity of the key
};

class StationStorage
{
public:
    virtual ~StationStorage() = default;

    virtual std::optional<StationRecord> station(const std::string& id) = 0;
    /// Creates the station (owned by `station.ownerId`) or updates it when the stored owner is
    /// `station.ownerId` or `mayChangeOthers`; the owner and `created` never change.
    virtual PutOutcome putStation(const StationRecord& station, bool mayChangeOthers) = 0;
    virtual std::vector<StationRecord> stations(const StationQuery& query) = 0;
    /// Removes the station with its observations and pending forwards; false when unknown.
    virtual bool eraseStation(const std::string& id) = 0;

    /// One transaction. Observations must not repeat a (quantity, time). std::nullopt when the
    /// station does not exist (any more).
    virtual std::optional<BatchOutcome>
    addObservations(const std::string& stationId, const std::string& kind,
                    const std::vector<ObservationRecord>& observations) = 0;
    /// In seq order.
    virtual std::vector<ObservationRecord> observations(const ObservationQuery& query) = 0;

    // The NGSI-LD bridge --------------------------------------------------------------------
    /// Every station's observations with seq > `afterSeq`, in seq order.
    virtual std::vector<ObservationRecord> observationsAfter(std::int64_t afterSeq, std::size_t limit) = 0;
    /// Every observation of a station at one time (all quantities and kinds).
    virtual std::vector<ObservationRecord> observationsAt(const std::string& stationId,
                                                          std::int64_t time) = 0;
    /// The seq up to which observations were handed to the broker.
    virtual std::int64_t forwardCursor() = 0;
    virtual std::vector<ForwardKey> forwardRetries(std::size_t limit) = 0;
    /// One transaction: the cursor (only ever moved forward) and, for every key the round handled,
    /// its retry settled when the broker took it with the station's place as it is now, and kept
    /// (or added) when the broker refused it or the station moved while the round ran (a move only
    /// queues what the cursor had passed, so a page in flight would otherwise keep the old place).
    virtual void recordForwarding(std::optional<std::int64_t> cursor,
                                  const std::vector<ForwardOutcome>& outcomes) = 0;
};

/// The station tables in the hub's SQLite file (WAL, synchronous=FULL). Throws StorageError.
std::unique_ptr<StationStorage> openSqliteStationStorage(const std::string& path);
/// The station tables in the hub's PostgreSQL database. Throws StorageError.
std::unique_ptr<StationStorage> openPostgresStationStorage(const std::string& url, int maxConnections = 4);
/// The store `config` names, as openHubStorage() chooses.
std::unique_ptr<StationStorage> openStationStorage(const HubConfig& config);

/// The precision stations shared before precisions existed are moved to ("500m").
std::string defaultPrecision();
/// Moves the record's place to the centre of its cell at `precision` and records the precision.
void movePlace(StationRecord& station, const std::string& precision);

/// Quantities as stored: "pm2_5,pm10".
std::string joinQuantities(const std::vector<std::string>& quantities);
std::vector<std::string> splitQuantities(const std::string& text);

} // namespace balgul::hub
