#pragma once

// The PostgreSQL hub store (balgul-hub --db postgresql://…), and the choice between it and the
// embedded SQLite store. Several hub processes may share one database: the no-gap rule and the
// field merge are kept by PostgreSQL locks, not by anything inside a process.

#include "hub/hub_config.h"
#include "hub/sync/hub_storage.h"

#include <memory>
#include <string>
#include <string_view>

namespace balgul::hub {

/// True for `postgresql://…` and `postgres://…` connection URLs.
bool isPostgresUrl(std::string_view text);

/// Connects to `url` (a libpq connection URL), creating the hub's tables on first use. Opens at
/// most `maxConnections` connections, as request threads need them. Throws StorageError.
std::unique_ptr<HubStorage> openPostgresHubStorage(const std::string& url, int maxConnections = 8);

/// The store `config` names: PostgreSQL when `config.database` is set, else the SQLite file in
/// the data folder (which must exist). Throws StorageError.
std::unique_ptr<HubStorage> openHubStorage(const HubConfig& config);

} // namespace balgul::hub
