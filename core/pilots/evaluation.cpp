#include "core/pilots/evaluation.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace balgul::core::pilots {

namespace {

using Daily = std::vector<std::optional<double>>;

bool hasData(const StationDays& s)
{
    const auto any = [](const Daily& days) {
        return std::any_of(days.begin(), days.end(), [](const auto& v) { return v.has_value(); });
    };
    return any(s.before) || any(s.during);
}

/// Per day, the mean of the group's stations that have a value that day.
Daily groupDaily(const std::vector<const StationDays*>& group, bool during, std::size_t days)
{
    Daily out(days);
    for (std::size_t d = 0; d < days; ++d) {
        double sum = 0;
        int n = 0;
        for (const StationDays* s : group) {
            const auto& v = during ? s->during[d] : s->before[d];
            if (v && std::isfinite(*v)) {
                sum += *v;
                ++n;
            }
        }
        if (n > 0)
            out[d] = sum / n;
    }
    return out;
}

/// The mean over the picked days (with repeats) that have a value.
std::optional<double> meanOver(const Daily& daily, const std::vector<std::size_t>& picks)
{
    double sum = 0;
    int n = 0;
    for (const std::size_t d : picks)
        if (daily[d]) {
            sum += *daily[d];
            ++n;
        }
    if (n == 0)
        return std::nullopt;
    return sum / n;
}

/// `days` day indexes made of blocks of `block` consecutive days starting at random places, wrapping
/// around the span's end (a circular block bootstrap: the first and last days are drawn as often as
/// the others).
std::vector<std::size_t> blocks(std::mt19937_64& random, std::size_t days, std::size_t block)
{
    block = std::clamp<std::size_t>(block, 1, days);
    std::vector<std::size_t> picks;
    picks.reserve(days + block);
    while (picks.size() < days) {
        const std::size_t s = static_cast<std::size_t>(random() % days);
        for (std::size_t k = 0; k < block && picks.size() < days; ++k)
            picks.push_back((s + k) % days);
    }
    return picks;
}

/// The block length: the one asked for, or the cube root of the span's days (at least 1).
std::size_t blockLength(int asked, std::size_t days)
{
    if (asked > 0)
        return static_cast<std::size_t>(asked);
    return std::max<std::size_t>(1,
                                 static_cast<std::size_t>(std::lround(std::cbrt(static_cast<double>(days)))));
}

std::vector<std::size_t> everyDay(std::size_t days)
{
    std::vector<std::size_t> all(days);
    for (std::size_t d = 0; d < days; ++d)
        all[d] = d;
    return all;
}

struct Spans
{
    Daily zoneBefore, zoneDuring, outsideBefore, outsideDuring;
};

/// The difference in differences in percent of the zone's before-mean, on the picked days.
std::optional<double> didPercent(const Spans& s, const std::vector<std::size_t>& before,
                                 const std::vector<std::size_t>& during)
{
    const auto zb = meanOver(s.zoneBefore, before);
    const auto zd = meanOver(s.zoneDuring, during);
    const auto ob = meanOver(s.outsideBefore, before);
    const auto od = meanOver(s.outsideDuring, during);
    if (!zb || !zd || !ob || !od || *zb <= 0)
        return std::nullopt;
    return 100.0 * ((*zd - *zb) - (*od - *ob)) / *zb;
}

double percentile(const std::vector<double>& sorted, double p)
{
    if (sorted.empty())
        return 0;
    const double at = p * static_cast<double>(sorted.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(at));
    const auto hi = static_cast<std::size_t>(std::ceil(at));
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - static_cast<double>(lo));
}

GroupFigures figures(const std::vector<const StationDays*>& group, const Daily& before, const Daily& during)
{
    GroupFigures g;
    g.stations = static_cast<int>(group.size());
    std::int64_t hoursBefore = 0;
    std::int64_t hoursDuring = 0;
    for (const StationDays* s : group) {
        for (const int h : s->hoursBefore)
            hoursBefore += std::clamp(h, 0, 24);
        for (const int h : s->hoursDuring)
            hoursDuring += std::clamp(h, 0, 24);
    }
    g.hours = hoursBefore + hoursDuring;
    const double askedBefore = 24.0 * static_cast<double>(group.size()) * static_cast<double>(before.size());
    const double askedDuring = 24.0 * static_cast<double>(group.size()) * static_cast<double>(during.size());
    if (askedBefore > 0 && askedDuring > 0)
        g.coverage = std::min(static_cast<double>(hoursBefore) / askedBefore,
                              static_cast<double>(hoursDuring) / askedDuring);
    g.beforeMean = meanOver(before, everyDay(before.size())).value_or(0);
    g.duringMean = meanOver(during, everyDay(during.size())).value_or(0);
    if (g.beforeMean > 0)
        g.changePercent = 100.0 * (g.duringMean - g.beforeMean) / g.beforeMean;
    return g;
}

} // namespace

Result<Evaluation> evaluate(const std::vector<StationDays>& stations, const Goal& goal,
                            const EvaluationOptions& options)
{
    if (!isSensorQuantity(goal.quantity))
        return Error::make("invalid_field", "goal: only a sensor quantity is evaluated on stations", "goal");
    const std::size_t nb = stations.empty() ? 0 : stations.front().before.size();
    const std::size_t nd = stations.empty() ? 0 : stations.front().during.size();
    for (const StationDays& s : stations)
        if (s.before.size() != nb || s.during.size() != nd || s.hoursBefore.size() != nb ||
            s.hoursDuring.size() != nd)
            return Error::make("invalid_field",
                               "stations: station " + s.stationId + " covers other days than the first one",
                               "stations");
    std::vector<const StationDays*> zone;
    std::vector<const StationDays*> outside;
    for (const StationDays& s : stations)
        if (hasData(s))
            (s.inZone ? zone : outside).push_back(&s);

    Evaluation e;
    e.days = static_cast<int>(nd);
    Spans spans{groupDaily(zone, false, nb), groupDaily(zone, true, nd), groupDaily(outside, false, nb),
                groupDaily(outside, true, nd)};
    e.zone = figures(zone, spans.zoneBefore, spans.zoneDuring);
    e.outside = figures(outside, spans.outsideBefore, spans.outsideDuring);
    if (e.zone.stations < options.minStations)
        e.notEnough = NotEnoughData::ZoneStations;
    else if (e.outside.stations < options.minStations)
        e.notEnough = NotEnoughData::OutsideStations;
    else if (e.zone.coverage < options.minCoverage)
        e.notEnough = NotEnoughData::ZoneCoverage;
    else if (e.outside.coverage < options.minCoverage)
        e.notEnough = NotEnoughData::OutsideCoverage;
    if (!e.enoughData())
        return e;
    const auto point = didPercent(spans, everyDay(nb), everyDay(nd));
    if (!point) {
        e.notEnough = NotEnoughData::NoBeforeMean;
        return e;
    }
    e.didPercent = *point;

    std::mt19937_64 random(options.seed);
    std::vector<double> rounds;
    rounds.reserve(static_cast<std::size_t>(std::max(options.bootstrapRounds, 0)));
    const std::size_t blockBefore = blockLength(options.blockDays, nb);
    const std::size_t blockDuring = blockLength(options.blockDays, nd);
    for (int r = 0; r < options.bootstrapRounds; ++r)
        if (const auto v =
                didPercent(spans, blocks(random, nb, blockBefore), blocks(random, nd, blockDuring)))
            rounds.push_back(*v);
    std::sort(rounds.begin(), rounds.end());
    e.lowPercent = percentile(rounds, 0.025);
    e.highPercent = percentile(rounds, 0.975);

    if (goal.direction == GoalDirection::Decrease) {
        e.goalMet = e.didPercent <= -goal.targetPercent;
        e.confident = e.highPercent < 0;
    } else {
        e.goalMet = e.didPercent >= goal.targetPercent;
        e.confident = e.lowPercent > 0;
    }
    return e;
}

} // namespace balgul::core::pilots
