#pragma once

// What every balgul-cli command shares: exit codes, how failures are said, and how numbers are read.

#include "core/pilots/pilot_rules.h"
#include "core/util/result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core {
class Store;
}

namespace balgul::cli {

inline constexpr int kOk = 0;
inline constexpr int kFailed = 1;
inline constexpr int kUsage = 2;

/// The profile's store at `path`, which must exist already (a command that changes what is there).
core::Result<std::unique_ptr<core::Store>> openExistingStore(const std::string& path);
/// Prints "balgul-cli: <error>" and returns kFailed.
int failed(const core::Error& error);
/// Prints the message with a pointer to --help and returns kUsage.
int usage(const std::string& message);

/// The whole number in `text` ("42"; no sign other than a leading '-', no fraction) when it lies in
/// [min, max]; nullopt otherwise (the caller says the range with usage()).
std::optional<std::int64_t> wholeNumber(std::string_view text, std::int64_t min, std::int64_t max);
/// The finite decimal number in `text` ("36.35", "1e-3"; "1e-999" is 0) when it lies in [min, max];
/// nullopt for "nan", "inf", text that is not a number and values outside the range.
std::optional<double> decimalNumber(std::string_view text, double min, double max);

/// A square of `halfKm` each side of a place, as a pilot's zone ring (the demos').
core::pilots::Ring squareAround(double lat, double lon, double halfKm);
/// The `count` problems of the store nearest to a place (of a category when given).
std::vector<std::string> problemsNear(core::Store& store, double lat, double lon, std::size_t count,
                                      const std::string& category);

} // namespace balgul::cli
