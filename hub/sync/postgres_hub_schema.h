#pragma once

// The PostgreSQL hub store's tables, made and brought up to date when a hub starts; not a public
// API.

#include "hub/db/pg_connection.h"

#include <string>

namespace balgul::hub::pg {

/// Inside the caller's transaction on `conn`: takes the schema lock (held to the transaction's
/// end), makes the tables of an empty database, upgrades an older store (throws StorageError for a
/// database that is not a hub store or one a newer hub made; `url` names it, redacted), and makes
/// what every start makes when missing, the problem index filled.
void ensureSchema(PgConnection& conn, const std::string& url);

} // namespace balgul::hub::pg
