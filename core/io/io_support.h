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

/// Whether a file a user named can be read, naming the path: `file_not_found` (no such file),
/// `is_folder` (a folder, not a file), `not_regular_file` (a device such as /dev/null, a pipe or a
/// socket), `read_failed` (no permission to read it).
Status checkInputFile(const std::string& path);

} // namespace balgul::core
