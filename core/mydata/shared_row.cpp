// How finely a share of personal records is cut in time: the aggregates' words and their order.

#include "core/mydata/shared_row.h"

#include <array>

namespace balgul::core::mydata {

namespace {

struct Named
{
    Aggregate aggregate;
    std::string_view word;
};
/// Finest first: the index is the coarseness.
constexpr std::array<Named, 4> kNames{{
    {Aggregate::Raw, "raw"},
    {Aggregate::Hourly, "hourly"},
    {Aggregate::Daily, "daily"},
    {Aggregate::Monthly, "monthly"},
}};

std::size_t coarseness(Aggregate aggregate)
{
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i].aggregate == aggregate)
            return i;
    return 0;
}

} // namespace

std::string_view toString(Aggregate aggregate)
{
    return kNames[coarseness(aggregate)].word;
}

std::optional<Aggregate> aggregateFromString(std::string_view text)
{
    for (const Named& n : kNames)
        if (n.word == text)
            return n.aggregate;
    return std::nullopt;
}

bool atLeastAsCoarse(Aggregate a, Aggregate b)
{
    return coarseness(a) >= coarseness(b);
}

} // namespace balgul::core::mydata
