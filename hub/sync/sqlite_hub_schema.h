#pragma once

// The SQLite hub store's tables, made and brought up to date when the store opens; not a public
// API.

#include "hub/sync/sqlite_hub_connection.h"

#include <string>

namespace balgul::hub::sqlite {

/// On the writing connection `db` (and its `cache`): makes the tables of a new store, upgrades an
/// older one (throws StorageError for one a newer hub made; `path` names it), and makes what every
/// open makes when missing, the problem index filled. Throws SqlError when a statement fails.
void ensureSchema(Database& db, StatementCache& cache, const std::string& path);

} // namespace balgul::hub::sqlite
