// Aggregates across residents: periods, one contribution per resident and cell, the k threshold,
// clipping and Laplace noise.

#include "hub/mydata/aggregates.h"

#include <openssl/rand.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <stdexcept>
#include <tuple>

namespace balgul::hub::mydata {

namespace {

using core::mydata::Aggregate;
using core::mydata::Category;

constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kDay = 86400;

std::int64_t floorTo(std::int64_t time, std::int64_t step)
{
    return (time >= 0 ? time / step : -((-time + step - 1) / step)) * step;
}

/// A (unit, cell, period) of the answer.
using CellKey = std::tuple<std::int64_t, std::string, std::string>;

/// One resident's rows in a cell, from the consent chosen for them.
struct Share
{
    std::string consentId;
    std::int64_t registered = 0;
    double sum = 0;      ///< values (Mobility: points)
    double weighted = 0; ///< heart rate: value × readings
    std::int64_t readings = 0;
    std::int64_t rows = 0;
};

double contributionOf(const Share& s, Category category)
{
    if (!reportsMeanOnly(category))
        return s.sum;
    return s.readings > 0 ? s.weighted / static_cast<double>(s.readings)
                          : s.sum / static_cast<double>(s.rows);
}

/// `value` to three decimals (thousandths: the shortest text that reads back is then short too).
double rounded(double value)
{
    return std::round(value * 1000) / 1000;
}

} // namespace

std::vector<ClipBound> clipBounds(Category category, Aggregate aggregate)
{
    const double days = aggregate == Aggregate::Monthly ? 31 : 1;
    switch (category) {
    case Category::Electricity:
        return {{"Wh", 0, 50000 * days}};
    case Category::Gas:
        return {{"Wh", 0, 200000 * days}, {"m3", 0, 20 * days}, {"therm", 0, 7 * days}};
    case Category::Mobility:
        return {{"", 0, 2000 * days}};
    case Category::Steps:
        return {{"count", 0, 50000 * days}};
    case Category::HeartRate:
        return {{"count/min", 30, 220}};
    case Category::WalkingDistance:
        return {{"m", 0, 50000 * days}};
    }
    return {};
}

bool reportsMeanOnly(Category category)
{
    return category == Category::HeartRate;
}

std::int64_t periodStart(std::int64_t time, Aggregate aggregate)
{
    switch (aggregate) {
    case Aggregate::Raw:
        return time;
    case Aggregate::Hourly:
        return floorTo(time, kHour);
    case Aggregate::Daily:
        return floorTo(time, kDay);
    case Aggregate::Monthly: {
        using namespace std::chrono;
        const sys_days day{days{floorTo(time, kDay) / kDay}};
        const year_month_day date{day};
        return sys_days{date.year() / date.month() / 1}.time_since_epoch().count() * kDay;
    }
    }
    return time;
}

double secureLaplace(double b)
{
    std::uint64_t bits = 0;
    if (RAND_bytes(reinterpret_cast<unsigned char*>(&bits), sizeof bits) != 1)
        throw std::runtime_error("the system's random source gave no bytes for the noise");
    // 53 random bits, strictly inside (0, 1), then the inverse of Laplace's distribution function.
    const double u = (static_cast<double>(bits >> 11) + 0.5) / 9007199254740992.0 - 0.5;
    return -b * (u < 0 ? -1.0 : 1.0) * std::log(1 - 2 * std::abs(u));
}

AggregateResult aggregateRows(const std::vector<Contribution>& rows, const AggregateQuery& query,
                              const LaplaceNoise& noise)
{
    const std::vector<ClipBound> bounds = clipBounds(query.category, query.aggregate);
    const auto boundOf = [&](const std::string& unit) -> const ClipBound* {
        for (const ClipBound& b : bounds)
            if (b.unit == unit)
                return &b;
        return nullptr;
    };

    // Per cell and resident, the rows of the consent registered last (ties: the larger id).
    std::map<CellKey, std::map<std::string, Share>> cells;
    for (const Contribution& row : rows) {
        if (!core::mydata::atLeastAsCoarse(query.aggregate, row.aggregate))
            continue; // a coarser row cannot be cut into the asked periods
        if (query.epsilon && !boundOf(row.unit))
            continue; // no stated bound: nothing can be released with noise
        const CellKey key{periodStart(row.periodStart, query.aggregate), row.unit, row.cell};
        Share& share = cells[key][row.residentId];
        const bool later =
            std::tie(row.registered, row.consentId) > std::tie(share.registered, share.consentId);
        if (share.consentId.empty() || later) {
            if (!share.consentId.empty() && share.consentId != row.consentId)
                share = Share{};
            share.consentId = row.consentId;
            share.registered = row.registered;
        }
        if (share.consentId != row.consentId)
            continue;
        const double value =
            query.category == Category::Mobility ? static_cast<double>(row.count) : row.value;
        share.sum += value;
        share.weighted += value * static_cast<double>(row.count);
        share.readings += row.count;
        ++share.rows;
    }

    AggregateResult result;
    std::map<std::string, std::int64_t> charged; // consent → released cells
    for (const auto& [key, residents] : cells) {
        if (residents.size() < static_cast<std::size_t>(query.k))
            continue;
        AggregateCell cell;
        cell.periodStart = std::get<0>(key);
        cell.unit = std::get<1>(key);
        cell.cell = std::get<2>(key);
        double total = 0;
        const ClipBound* bound = boundOf(cell.unit);
        for (const auto& [resident, share] : residents) {
            double c = contributionOf(share, query.category);
            if (query.epsilon)
                c = std::clamp(c, bound->lower, bound->upper);
            total += c;
            if (query.epsilon)
                ++charged[share.consentId];
        }
        double count = static_cast<double>(residents.size());
        if (query.epsilon) {
            // Half the epsilon for the count (sensitivity 1), half for the sum (the bound's size).
            const double half = *query.epsilon / 2;
            const double sensitivity = std::max(std::abs(bound->lower), std::abs(bound->upper));
            count = std::max(0.0, std::round(count + noise(1 / half)));
            total += noise(sensitivity / half);
            const double mean = std::clamp(total / std::max(1.0, count), bound->lower, bound->upper);
            cell.mean = rounded(mean);
            if (!reportsMeanOnly(query.category))
                cell.sum = rounded(std::max(0.0, total));
        } else {
            cell.mean = rounded(total / count);
            if (!reportsMeanOnly(query.category))
                cell.sum = rounded(total);
        }
        cell.residents = count;
        result.cells.push_back(std::move(cell));
    }
    for (const auto& [consentId, n] : charged)
        result.charges.push_back(EpsilonCharge{consentId, *query.epsilon, n});
    return result;
}

} // namespace balgul::hub::mydata
