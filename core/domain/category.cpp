#include "core/domain/category.h"

#include <array>

namespace balgul::core {

namespace {

constexpr std::array<Category, 9> kCategories{{
    {"air", "Fine dust / air quality", "미세먼지·대기질", 0x8E6BBF},
    {"energy", "Energy", "에너지", 0xF2A93B},
    {"recycling", "Recycling and resource circulation", "재활용·자원순환", 0x3FA46A},
    {"traffic", "Traffic", "교통", 0x2F80ED},
    {"safety", "Safety", "안전", 0xE0474C},
    {"noise", "Noise", "소음", 0xC2549D},
    {"green", "Green space", "녹지", 0x6FAF2E},
    {"welfare", "Accessibility and welfare", "접근성·복지", 0x17A2B8},
    {"other", "Other", "기타", 0x7F8C8D},
}};

} // namespace

std::span<const Category> defaultCategories()
{
    return kCategories;
}

std::optional<std::size_t> categoryIndex(std::string_view code)
{
    for (std::size_t i = 0; i < kCategories.size(); ++i)
        if (kCategories[i].code == code)
            return i;
    return std::nullopt;
}

const Category* findCategory(std::string_view code)
{
    const auto index = categoryIndex(code);
    return index ? &kCategories[*index] : nullptr;
}

} // namespace balgul::core
