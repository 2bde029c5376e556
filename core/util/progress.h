#pragma once

#include <cstdint>
#include <string_view>

namespace balgul::core {

/// Progress and cancellation of long work (import, sync, demo data), reported from the worker
/// thread; a UI adapter forwards it to the GUI thread. Implementations must be thread-safe.
class Progress
{
public:
    virtual ~Progress() = default;
    /// `stage` is a stable word ("upload", "push", "pull", "download"); `total` < 0 when unknown.
    virtual void report(std::string_view stage, std::int64_t done, std::int64_t total) = 0;
    /// Polled between steps; when true the work stops at the next safe point.
    virtual bool cancelled() const = 0;
};

} // namespace balgul::core
