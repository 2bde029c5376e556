// MyData record categories: their stable words (stored beside each vault record and in consents).

#include "core/mydata/record.h"

#include <array>

namespace balgul::core::mydata {

namespace {

struct Named
{
    Category category;
    std::string_view word;
};
constexpr std::array<Named, 6> kNames{{
    {Category::Electricity, "electricity"},
    {Category::Gas, "gas"},
    {Category::Mobility, "mobility"},
    {Category::Steps, "steps"},
    {Category::HeartRate, "heart_rate"},
    {Category::WalkingDistance, "walking_distance"},
}};

} // namespace

std::string_view toString(Category category)
{
    for (const Named& n : kNames)
        if (n.category == category)
            return n.word;
    return {};
}

std::optional<Category> categoryFromString(std::string_view text)
{
    for (const Named& n : kNames)
        if (n.word == text)
            return n.category;
    return std::nullopt;
}

const std::vector<Category>& allCategories()
{
    static const std::vector<Category> all = [] {
        std::vector<Category> out;
        for (const Named& n : kNames)
            out.push_back(n.category);
        return out;
    }();
    return all;
}

} // namespace balgul::core::mydata
