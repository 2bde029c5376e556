#pragma once

#include "core/domain/problem.h"
#include "core/util/result.h"
#include "core/util/time.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace balgul::core {

class Store;

/// Demo problems are dated within the 180 days before a reference day: by default this fixed instant
/// (2025-09-01T00:00:00Z), so a seed always gives the same data; the app and the CLI pass today
/// (demoReferenceFor(now)), so the demo problems lead up to today like the demo sensors.
Timestamp demoReferenceTime();
/// Midnight UTC of the day `time` falls in: the same reference, and so the same data, all day.
Timestamp demoReferenceFor(Timestamp time);
inline constexpr int kDemoSpanDays = 180;

/// The area demo problems are placed in: the city of Daejeon.
inline constexpr double kDemoSouth = 36.19;
inline constexpr double kDemoNorth = 36.50;
inline constexpr double kDemoWest = 127.25;
inline constexpr double kDemoEast = 127.56;

/// `count` realistic problems around Daejeon, clustered at known hotspots (city hall,
/// the station, the industrial complex, ...) with some background spread over the city.
/// Texts are mostly Korean with some English. Deterministic for a seed on every platform
/// (own distributions over std::mt19937_64). Ids are UUIDs drawn from the same generator.
std::vector<Problem> generateDemoProblems(std::size_t count, std::uint64_t seed,
                                          Timestamp reference = demoReferenceTime());

/// Inserts generateDemoProblems(count, seed) without queueing sync ops, then adds a few
/// comments and supports to some of them.
Status seedDemoStore(Store& store, std::size_t count, std::uint64_t seed,
                     Timestamp reference = demoReferenceTime());

} // namespace balgul::core
