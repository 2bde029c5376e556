#pragma once

// Shared by the store's files (store_problems.cpp, bulk_writer.cpp); not a public API.

#include "core/domain/problem.h"

#include <string>

namespace balgul::core::detail {

/// A whole problem as the fields of an upsert op (a new problem, one brought back).
std::string allProblemFields(const Problem& problem);

} // namespace balgul::core::detail
