#pragma once

// The /v1/stations endpoints (docs/sync-protocol.md "Stations"): residents publish a sensor
// station with hourly means or raw readings, anyone reads them. Reads are public; a station is
// changed only by its owner (metadata also by a coordinator or admin), its observations only by
// its owner, and it is removed (with every observation the hub holds of it) by its owner or a
// coordinator or admin.

#include "hub/http/http_support.h"
#include "hub/stations/station_storage.h"
#include "hub/sync/hub_storage.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace balgul::hub {

class StationService
{
public:
    explicit StationService(std::unique_ptr<StationStorage> storage);

    StationStorage& storage() { return *m_storage; }
    /// Called after a batch that added or changed observations committed (the NGSI-LD bridge).
    void setObservationListener(std::function<void()> listener) { m_listener = std::move(listener); }

    static bool isStationPath(const std::string& path);
    /// Answers one request under /v1/stations or throws HttpError. `user` is empty when the request
    /// carries no live token (enough for reads).
    void handle(Exchange& ex, const std::optional<User>& user);

private:
    void list(Exchange& ex);
    void get(Exchange& ex, const std::string& id);
    void put(Exchange& ex, const User& user, const std::string& id);
    void erase(Exchange& ex, const User& user, const std::string& id);
    void observations(Exchange& ex, const std::string& id);
    void addObservations(Exchange& ex, const User& user, const std::string& id);
    StationRecord existing(const std::string& id);

    std::unique_ptr<StationStorage> m_storage;
    std::function<void()> m_listener;
};

} // namespace balgul::hub
