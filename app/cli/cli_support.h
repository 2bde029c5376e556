#pragma once

// What every balgul-cli command shares: exit codes and how failures are said.

#include "core/util/result.h"

#include <string>

namespace balgul::cli {

inline constexpr int kOk = 0;
inline constexpr int kFailed = 1;
inline constexpr int kUsage = 2;

/// Prints "balgul-cli: <error>" and returns kFailed.
int failed(const core::Error& error);
/// Prints the message with a pointer to --help and returns kUsage.
int usage(const std::string& message);

} // namespace balgul::cli
