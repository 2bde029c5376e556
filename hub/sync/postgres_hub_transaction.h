#pragma once

// The PostgreSQL hub store's write transaction, and the entity rows and array parameters it shares
// with the store's other files (postgres_hub_storage.cpp, postgres_hub_schema.cpp); not a public API.

#include "hub/db/pg_connection.h"
#include "hub/sync/hub_storage.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace balgul::hub::pg {

inline constexpr const char* kEntityColumns =
    "SELECT entity, id, owner_id, seq, deleted, fields, stamps FROM entities ";

/// Row `row` of a kEntityColumns result.
EntityState readEntity(const PgResult& r, int row);

/// A PostgreSQL array literal of text elements, each quoted (so NULL and empty stay text).
std::string textArray(const std::vector<std::string>& values);
std::string int64Array(const std::vector<std::int64_t>& values);

/// Writes index rows (nullopt: the problem left the index) in two statements.
void writeProblemIndex(PgConnection& conn, const std::map<std::string, std::optional<ProblemIndexRow>>& rows);

/// A write transaction on `lease`'s connection: BEGIN, and the writer lock taken.
std::unique_ptr<HubTransaction> beginTransaction(PgPool::Lease lease);

} // namespace balgul::hub::pg
