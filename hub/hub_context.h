#pragma once

#include "hub/auth/auth.h"
#include "hub/blobs/blob_store.h"
#include "hub/housekeeping.h"
#include "hub/hub_config.h"
#include "hub/mydata/mydata_service.h"
#include "hub/stations/ngsi_ld_bridge.h"
#include "hub/stations/station_service.h"
#include "hub/sync/history_mark.h"
#include "hub/sync/hub_storage.h"
#include "hub/sync/sync_service.h"
#include "hub/voting/voting_service.h"

#include <atomic>
#include <fstream>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

namespace balgul::hub {

/// `text` for a log line: control characters and the backslash as \xHH, so nothing a client
/// sends (a %0A in a path) can start a line of its own.
std::string escapeLogText(std::string_view text);

/// One line per request: time, address, method, path (never the query), status, bytes, ms.
/// Control characters are escaped (escapeLogText()).
class AccessLog
{
public:
    /// "-" is stderr, "" is off, anything else a file appended to.
    explicit AccessLog(const std::string& target);
    void write(const std::string& line);

private:
    std::mutex m_mutex;
    bool m_enabled = true;
    bool m_stderr = true;
    std::ofstream m_file;
};

/// Everything a running hub shares between its request threads.
struct HubContext
{
    explicit HubContext(HubConfig hubConfig);

    HubConfig config;
    std::unique_ptr<HubStorage> storage;
    BlobStore blobs;
    Authenticator auth;
    SyncService sync;
    HistoryMark historyMark; ///< checked against the store at start (a restore takes a new epoch)
    AccessLog log;
    std::atomic<int> inFlight{0};
    std::unique_ptr<StationService> stations;      ///< /v1/stations, on tables of its own
    std::unique_ptr<VotingService> voting;         ///< /v1/rounds: public reads of rounds and results
    std::unique_ptr<mydata::MydataService> mydata; ///< /v1/mydata and /v1/hub/key, on tables of its own
    std::unique_ptr<NgsiLdBridge> ngsiLd;          ///< when config.ngsiLdUrl is set; stopped first
    /// Login counters, blob clean-up and expired MyData consents; last, so stopped before the rest.
    std::unique_ptr<Housekeeping> housekeeping;
};

} // namespace balgul::hub
