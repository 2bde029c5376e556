#pragma once

#include <span>
#include <string_view>

namespace balgul::core {

/// One forward-only step of the store schema: run in the same transaction as the
/// `user_version` bump, so a store is always at exactly one version.
struct Migration
{
    int version;          ///< the schema version after this step
    std::string_view sql; ///< statements separated by semicolons
};

/// Every migration, in order; migrations()[i].version == i + 1.
std::span<const Migration> migrations();

/// PRAGMA application_id of a Balgul store ('BALG').
inline constexpr int kApplicationId = 0x42414C47;

} // namespace balgul::core
