#pragma once

#include "core/util/result.h"

#include <cstdint>

namespace balgul::core {

class Store;

/// Adds three residents' fine-dust stations around Daejeon with `days` of two-minute PM2.5 and
/// PM10 readings ending at `endTime` (UTC seconds): a daily rhythm, noise, a few sensor hiccups
/// (flagged sentinels) and one two-day episode of bad air, so the chart's grade bands, the map's
/// station colours and evidence cards have something to show. Deterministic for a seed; does
/// nothing when the store already has sensor devices. One transaction.
Status seedDemoSensors(Store& store, int days, std::int64_t endTime, std::uint64_t seed);

} // namespace balgul::core
