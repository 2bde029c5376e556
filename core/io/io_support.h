#pragma once

#include "core/domain/problem.h"
#include "core/util/result.h"

#include <functional>
#include <string>

namespace balgul::core {

/// `value` with exactly `decimals` digits after the point, independent of the C locale.
std::string formatFixed(double value, int decimals);
/// The shortest text that reads back as `value` ("95", "36.35"), independent of the C locale.
std::string formatNumber(double value);

} // namespace balgul::core
