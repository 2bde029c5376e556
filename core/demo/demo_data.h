#pragma once

// Tables the demo generator draws from: hotspots of Daejeon and text templates per category.

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace balgul::core::demo {

/// Number of problem categories (core/domain/category.h, in that order).
inline constexpr std::size_t kCategoryCount = 9;

struct Landmark
{
    std::string_view ko;
    std::string_view en;
};

/// A place where problems cluster, with how likely each category is there.
struct Hotspot
{
    std::string_view gu;   ///< "서구"
    std::string_view dong; ///< "둔산동"
    std::array<std::string_view, 2> roads;
    double lat;
    double lon;
    double sigmaMeters;
    std::uint32_t weight;
    std::array<std::uint8_t, kCategoryCount> categoryWeights; ///< air … other
    std::span<const Landmark> landmarks;
};

/// A title and the description that goes with it. Templates use {p} (place), {t} (time
/// phrase) and {n} (a small number).
struct TextPair
{
    std::string_view title;
    std::string_view description;
};

struct CategoryTexts
{
    std::span<const TextPair> korean;
    std::span<const TextPair> english;
};

std::span<const Hotspot> hotspots();
/// Category weights for problems not near any hotspot.
const std::array<std::uint8_t, kCategoryCount>& backgroundCategoryWeights();
/// Indexed like defaultCategories().
const CategoryTexts& categoryTexts(std::size_t categoryIndex);

std::span<const std::string_view> timePhrasesKo();
std::span<const std::string_view> timePhrasesEn();
std::span<const std::string_view> closersKo();
std::span<const std::string_view> closersEn();
std::span<const std::string_view> nicknames();
std::span<const std::string_view> commentsKo();

} // namespace balgul::core::demo
