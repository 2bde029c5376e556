#pragma once

// A city hub with many problems for benchmarks (`balgul-hub bench-fill`): demo problems written
// straight into the store, as pushes by one account would have left them.

#include "hub/sync/hub_storage.h"

#include <cstddef>
#include <cstdint>
#include <functional>

namespace balgul::hub {

/// Writes `count` demo problems (core::generateDemoProblems, Daejeon) by `author` into `storage`,
/// `perTransaction` to a transaction, each with the next seq and field stamps of one client, as a
/// push makes them. `progress` is told the count written after each transaction. Throws
/// StorageError when the storage fails (the transactions committed before stay).
void fillDemoProblems(HubStorage& storage, const User& author, std::size_t count, std::uint64_t seed,
                      std::size_t perTransaction = 10'000,
                      const std::function<void(std::size_t)>& progress = {});

} // namespace balgul::hub
