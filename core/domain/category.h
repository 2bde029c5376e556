#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace balgul::core {

/// A problem category. `code` is stable (stored, synced, used as the Open311 service_code).
struct Category
{
    std::string_view code;
    std::string_view nameEn;
    std::string_view nameKo;
    std::uint32_t colorRgb; ///< marker colour, 0xRRGGBB
};

/// The default categories every store starts with, in display order.
std::span<const Category> defaultCategories();
/// Index into defaultCategories() of a code, or nullopt.
std::optional<std::size_t> categoryIndex(std::string_view code);
const Category* findCategory(std::string_view code);

} // namespace balgul::core
