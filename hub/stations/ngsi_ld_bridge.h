#pragma once

// Forwards shared station observations to an NGSI-LD broker (sync-protocol.md "Publishing to an
// NGSI-LD city data hub"): PM, temperature and humidity as FIWARE AirQualityObserved, noise as
// NoiseLevelObserved, one entity per station and time with a deterministic id, so a retry or a
// restart overwrites rather than duplicates. POST {url}/ngsi-ld/v1/entityOperations/upsert.
//
// A background thread wakes when observations arrive (or every poll interval), sends what came
// after the forward cursor kept in the hub store, and moves the cursor only after the broker
// answered. A 207 answer is read per entity: the failed ones are kept in the store and sent
// again (rebuilt from the observations then stored) on later rounds. A broker that cannot be
// reached or answers an error moves nothing; the round is tried again with a growing pause.

#include "hub/stations/station_storage.h"

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace balgul::hub {

struct NgsiLdOptions
{
    std::string url; ///< the broker's base URL, "http(s)://host:port[/prefix]"
    std::chrono::milliseconds pollInterval{2000};
    std::size_t pageSize = 500;           ///< observations read per round
    std::size_t entitiesPerRequest = 100; ///< entities per upsert request
};

/// The smart-data-models context for the Environment domain, and the NGSI-LD core context.
inline constexpr const char* kEnvironmentContext =
    "https://raw.githubusercontent.com/smart-data-models/dataModel.Environment/master/context.jsonld";
inline constexpr const char* kNgsiLdCoreContext =
    "https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context.jsonld";

/// "urn:ngsi-ld:<type>:<station id>:<UTC time ISO 8601>".
std::string ngsiEntityId(const std::string& type, const std::string& stationId, std::int64_t time);

/// One entity ready to send: its id and its JSON-LD text.
struct NgsiEntity
{
    std::string id;
    std::string json;
};

/// The entities for one station at one time (none when no forwarded quantity is among the
/// observations). Where a quantity has both an hourly and a raw observation, the station's mode
/// chooses. Humidity goes out as a fraction (0–1), as AirQualityObserved defines it.
std::vector<NgsiEntity> buildNgsiEntities(const StationRecord& station, std::int64_t time,
                                          const std::vector<ObservationRecord>& observations);

class NgsiLdBridge
{
public:
    NgsiLdBridge(StationStorage& storage, NgsiLdOptions options);
    ~NgsiLdBridge();
    NgsiLdBridge(const NgsiLdBridge&) = delete;
    NgsiLdBridge& operator=(const NgsiLdBridge&) = delete;

    void start();
    /// Ends the thread (a request in flight finishes first, bounded by its timeout).
    void stop();
    /// New observations were committed: run a round soon.
    void notify();

    struct Round
    {
        std::size_t sent = 0;   ///< entities the broker took
        std::size_t failed = 0; ///< entities it refused (kept for a retry)
        bool more = false;      ///< a full page was read: run again at once
        bool error = false;     ///< nothing moved; `message` says why
        std::string message;
    };
    /// One round, on the calling thread.
    Round forwardOnce();

private:
    void run();

    StationStorage& m_storage;
    NgsiLdOptions m_options;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_pending = false;
    std::thread m_thread;
};

} // namespace balgul::hub
