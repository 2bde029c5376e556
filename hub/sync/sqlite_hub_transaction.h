#pragma once

// The SQLite hub store's write transaction, and the entity and problem-index rows it reads and
// writes, which the store's other files share; not a public API.

#include "hub/sync/sqlite_hub_connection.h"

#include <memory>
#include <mutex>

namespace balgul::hub::sqlite {

inline constexpr const char* kEntityColumns =
    "SELECT entity, id, owner_id, seq, deleted, fields, stamps FROM entities ";

/// A row of kEntityColumns.
EntityState readEntity(const Statement& st);

/// Keeps the problem index up with a problem just saved (a deleted problem leaves it).
void indexProblem(StatementCache& cache, const EntityState& state);

/// A write transaction on the writing connection `db`, holding `mutex` (the storage's) until it
/// ends; its statements come from `cache`, the writing connection's.
std::unique_ptr<HubTransaction> beginTransaction(Database& db, std::mutex& mutex, StatementCache& cache);

} // namespace balgul::hub::sqlite
