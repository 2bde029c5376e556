#include "core/pilots/pilot_evidence.h"

#include "core/sensor/observation_store.h"
#include "core/store/database.h"
#include "core/store/store.h"
#include "core/util/json_writer.h"
#include "core/util/time.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>

namespace balgul::core::pilots {

namespace {

using std::chrono::days;
using std::chrono::sys_days;

constexpr std::int64_t kDaySeconds = 86400;
constexpr std::int64_t kHourSeconds = 3600;

std::int64_t dayNumber(Date date)
{
    return sys_days{date}.time_since_epoch().count();
}

Date dateOf(std::int64_t dayNumber)
{
    return Date{sys_days{days{dayNumber}}};
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

Error invalidField(const std::string& field, const std::string& message)
{
    return Error::make("invalid_field", field + ": " + message, field);
}

// Daily values -------------------------------------------------------------------------------------

/// The readings of one station over one span, by the city's calendar day and clock hour.
class SpanAccumulator
{
public:
    SpanAccumulator(std::int64_t firstDay, int dayCount, int offsetSeconds)
        : m_firstDay(firstDay), m_offset(offsetSeconds), m_days(static_cast<std::size_t>(dayCount))
    {}

    /// UTC seconds of the span's first instant and of the instant after it.
    std::int64_t fromUtc() const { return m_firstDay * kDaySeconds - m_offset; }
    std::int64_t toUtc() const
    {
        return (m_firstDay + static_cast<std::int64_t>(m_days.size())) * kDaySeconds - m_offset;
    }

    void add(std::int64_t time, double value)
    {
        const std::int64_t local = time + m_offset;
        const std::int64_t day = floorDiv(local, kDaySeconds) - m_firstDay;
        if (day < 0 || day >= static_cast<std::int64_t>(m_days.size()))
            return;
        const auto hour =
            static_cast<std::size_t>((local - floorDiv(local, kDaySeconds) * kDaySeconds) / kHourSeconds);
        Day& d = m_days[static_cast<std::size_t>(day)];
        d.sum[hour] += value;
        ++d.count[hour];
    }

    /// Per day, the value (in the linear domain the readings were added in) and the hours with data.
    void finish(bool meanOfHours, bool energy, std::vector<std::optional<double>>& values,
                std::vector<int>& hours) const
    {
        values.assign(m_days.size(), std::nullopt);
        hours.assign(m_days.size(), 0);
        for (std::size_t i = 0; i < m_days.size(); ++i) {
            const Day& d = m_days[i];
            double hourMeans = 0;
            double sum = 0;
            std::int64_t readings = 0;
            int withData = 0;
            for (std::size_t h = 0; h < 24; ++h)
                if (d.count[h] > 0) {
                    hourMeans += d.sum[h] / static_cast<double>(d.count[h]);
                    sum += d.sum[h];
                    readings += d.count[h];
                    ++withData;
                }
            hours[i] = withData;
            if (withData == 0)
                continue;
            double mean = meanOfHours ? hourMeans / withData : sum / static_cast<double>(readings);
            if (energy)
                mean = 10.0 * std::log10(mean);
            if (std::isfinite(mean))
                values[i] = mean;
        }
    }

private:
    struct Day
    {
        std::array<double, 24> sum{};
        std::array<std::int64_t, 24> count{};
    };
    std::int64_t m_firstDay;
    int m_offset;
    std::vector<Day> m_days;
};

// Words ------------------------------------------------------------------------------------------

constexpr std::string_view kMinus = "−"; // U+2212

std::string quantityWords(GoalQuantity quantity)
{
    switch (quantity) {
    case GoalQuantity::Pm25:
        return "PM2.5";
    case GoalQuantity::Pm10:
        return "PM10";
    case GoalQuantity::Noise:
        return "Noise";
    case GoalQuantity::Temperature:
        return "Temperature";
    case GoalQuantity::ProblemCount:
        return "Problem count";
    }
    return {};
}

std::string statisticWords(GoalStatistic statistic)
{
    switch (statistic) {
    case GoalStatistic::Mean24h:
        return "24 h mean";
    case GoalStatistic::DailyMean:
        return "daily mean";
    case GoalStatistic::CountPerWeek:
        return "per week";
    }
    return {};
}

/// 2100 → "2,100".
std::string grouped(std::int64_t value)
{
    const std::string digits = std::to_string(value < 0 ? -value : value);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return value < 0 ? std::string(kMinus) + out : out;
}

/// A whole percentage with its sign: "−12 %", "+4 %", "0 %".
std::string signedPercent(double value)
{
    const long rounded = std::lround(value);
    if (rounded == 0)
        return "0 %";
    return (rounded < 0 ? std::string(kMinus) : std::string("+")) + std::to_string(std::labs(rounded)) + " %";
}

/// "fell 12 %", "rose 4 %", "stayed the same".
std::string changeWords(double percent)
{
    const long rounded = std::lround(percent);
    if (rounded == 0)
        return "stayed the same";
    return std::string(rounded < 0 ? "fell " : "rose ") + std::to_string(std::labs(rounded)) + " %";
}

/// "10", "7.5": a goal's target as the coordinator set it.
std::string targetNumber(double value)
{
    const double tenths = std::round(value * 10.0) / 10.0;
    if (tenths == std::floor(tenths))
        return std::to_string(static_cast<long long>(tenths));
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", tenths);
    return text;
}

std::string unitWords(GoalQuantity quantity)
{
    switch (quantity) {
    case GoalQuantity::Pm25:
    case GoalQuantity::Pm10:
        return " µg/m³";
    case GoalQuantity::Noise:
        return " dB(A)";
    case GoalQuantity::Temperature:
        return " °C";
    case GoalQuantity::ProblemCount:
        break;
    }
    return {};
}

/// A mean with one decimal and the quantity's unit: "−2.1 °C".
std::string level(double value, GoalQuantity quantity)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", std::abs(value));
    const bool negative = std::round(value * 10.0) < 0;
    return (negative ? std::string(kMinus) : std::string()) + text + unitWords(quantity);
}

/// How a group's mean changed: in percent when its before-mean is above 0 ("fell 12 %"), otherwise
/// from one level to the other ("went from −2.1 °C to 1.3 °C").
std::string groupChangeWords(const GroupFigures& g, GoalQuantity quantity)
{
    if (g.beforeMean > 0)
        return changeWords(g.changePercent);
    return "went from " + level(g.beforeMean, quantity) + " to " + level(g.duringMean, quantity);
}

std::string stations(int n)
{
    return std::to_string(n) + (n == 1 ? " station" : " stations");
}

/// Coverage as a whole percentage, rounded down (74.9 % is not 75 %).
std::string coveragePercent(double coverage)
{
    return std::to_string(static_cast<long>(std::floor(coverage * 100.0 + 1e-9))) + " %";
}

std::string notEnoughWords(const Evaluation& e, const EvaluationOptions& options)
{
    const std::string needed = " (" + std::to_string(options.minStations) + " needed)";
    const auto fewStations = [&](int n, const char* where) {
        return (n == 0 ? std::string("no station") : "only " + stations(n)) + " with data " + where + needed;
    };
    const auto fewHours = [&](double coverage, const char* where) {
        return "only " + coveragePercent(coverage) + " of the hours " + where + " have data (" +
               coveragePercent(options.minCoverage) + " needed)";
    };
    switch (e.notEnough) {
    case NotEnoughData::ZoneStations:
        return fewStations(e.zone.stations, "inside the zone");
    case NotEnoughData::OutsideStations:
        return fewStations(e.outside.stations, "outside the zone");
    case NotEnoughData::ZoneCoverage:
        return fewHours(e.zone.coverage, "inside the zone");
    case NotEnoughData::OutsideCoverage:
        return fewHours(e.outside.coverage, "outside the zone");
    case NotEnoughData::NoBeforeMean:
        return "the zone's mean before the pilot is not above 0, so its change cannot be given in percent";
    case NotEnoughData::None:
        break;
    }
    return {};
}

std::string groupJson(const GroupFigures& g)
{
    JsonObjectWriter w;
    w.add("stations", static_cast<std::int64_t>(g.stations))
        .add("hours", g.hours)
        .add("coverage", g.coverage);
    if (g.stations > 0)
        w.add("before_mean", g.beforeMean).add("during_mean", g.duringMean);
    else
        w.addRaw("before_mean", "null").addRaw("during_mean", "null");
    if (g.stations > 0 && g.beforeMean > 0)
        w.add("change_percent", g.changePercent);
    else
        w.addRaw("change_percent", "null");
    return w.str();
}

// Demo stations ----------------------------------------------------------------------------------

struct Box
{
    double south = 90, west = 180, north = -90, east = -180;
};

Box boundsOf(const std::vector<Ring>& zone)
{
    Box b;
    for (const Ring& ring : zone)
        for (const LatLon& p : ring) {
            b.south = std::min(b.south, p.lat);
            b.north = std::max(b.north, p.lat);
            b.west = std::min(b.west, p.lon);
            b.east = std::max(b.east, p.lon);
        }
    return b;
}

/// A place drawn in `box` that is (or is not) in the zone; nullopt after many tries.
std::optional<LatLon> placeIn(std::mt19937_64& random, const Box& box, const std::vector<Ring>& zone,
                              bool inZone)
{
    std::uniform_real_distribution<double> lat(box.south, box.north);
    std::uniform_real_distribution<double> lon(box.west, box.east);
    for (int attempt = 0; attempt < 10000; ++attempt) {
        const LatLon p{lat(random), lon(random)};
        if (zoneContains(zone, p) == inZone)
            return LatLon{std::round(p.lat * 1e6) / 1e6, std::round(p.lon * 1e6) / 1e6};
    }
    return std::nullopt;
}

constexpr int kDemoInside = 4;
constexpr int kDemoOutside = 8;
constexpr std::int64_t kDemoStep = 600;

} // namespace

// Spans --------------------------------------------------------------------------------------------

int EvidenceSpans::beforeDays() const
{
    return static_cast<int>(dayNumber(beforeTo) - dayNumber(beforeFrom) + 1);
}

int EvidenceSpans::duringDays() const
{
    return static_cast<int>(dayNumber(duringTo) - dayNumber(duringFrom) + 1);
}

Result<EvidenceSpans> evidenceSpans(const PilotFields& pilot, const PilotEvidenceOptions& options)
{
    if (!pilot.start.ok())
        return invalidField("start", "not a date");
    if (!pilot.end.ok())
        return invalidField("end", "not a date");
    const std::int64_t start = dayNumber(pilot.start);
    const std::int64_t end = dayNumber(pilot.end);
    if (end < start)
        return invalidField("end", "the pilot ends before it starts");
    std::int64_t today = 0;
    if (options.today) {
        if (!options.today->ok())
            return invalidField("today", "not a date");
        today = dayNumber(*options.today);
    } else {
        today = floorDiv(toUnixMs(now()) / 1000 + options.utcOffsetSeconds, kDaySeconds);
    }
    if (today < start)
        return Error::make("not_started",
                           "the pilot starts on " + toString(pilot.start) + ": there is nothing to weigh yet",
                           "start");
    const std::int64_t length = end - start + 1;
    EvidenceSpans spans;
    spans.duringFrom = pilot.start;
    spans.duringTo = dateOf(std::min(end, today));
    // By default the same number of days just before the start as the pilot has run so far: the
    // comparison is like for like, and readings from before the pilot are needed only that far back.
    const std::int64_t ran = std::min(end, today) - start + 1;
    if (!options.beforeFrom && !options.beforeTo) {
        spans.beforeFrom = dateOf(start - ran);
        spans.beforeTo = dateOf(start - 1);
        return spans;
    }
    if (!options.beforeFrom || !options.beforeTo)
        return invalidField("before", "give both the first and the last day of the span before the pilot");
    if (!options.beforeFrom->ok() || !options.beforeTo->ok())
        return invalidField("before", "not a date");
    const std::int64_t from = dayNumber(*options.beforeFrom);
    const std::int64_t to = dayNumber(*options.beforeTo);
    if (to < from)
        return invalidField("before", "the span ends before it begins");
    if (to >= start)
        return invalidField("before", "the span before the pilot ends by " + toString(dateOf(start - 1)) +
                                          ", the day before it starts");
    if (to - from + 1 > length)
        return invalidField("before", "the span before the pilot has at most as many days as the pilot (" +
                                          std::to_string(length) + "), not " + std::to_string(to - from + 1));
    spans.beforeFrom = *options.beforeFrom;
    spans.beforeTo = *options.beforeTo;
    return spans;
}

std::optional<sensor::Quantity> sensorQuantityOf(GoalQuantity quantity)
{
    switch (quantity) {
    case GoalQuantity::Pm25:
        return sensor::Quantity::Pm2_5;
    case GoalQuantity::Pm10:
        return sensor::Quantity::Pm10;
    case GoalQuantity::Noise:
        return sensor::Quantity::NoiseLAeq;
    case GoalQuantity::Temperature:
        return sensor::Quantity::Temperature;
    case GoalQuantity::ProblemCount:
        break;
    }
    return std::nullopt;
}

// Station days -------------------------------------------------------------------------------------

Result<std::vector<StationDays>> pilotStationDays(Store& store, const PilotFields& pilot, const Goal& goal,
                                                  const PilotEvidenceOptions& options)
{
    const auto quantity = sensorQuantityOf(goal.quantity);
    if (!quantity)
        return invalidField("goal", "only a sensor quantity is weighed on stations");
    auto spans = evidenceSpans(pilot, options);
    if (!spans)
        return spans.error();
    sensor::ObservationStore observations(store.database());
    auto devices = observations.devices();
    if (!devices)
        return devices.error();
    auto series = observations.allSeries();
    if (!series)
        return series.error();
    std::map<std::int64_t, std::int64_t> seriesOfDevice;
    for (const sensor::Series& s : *series)
        if (s.quantity == *quantity)
            seriesOfDevice.emplace(s.deviceId, s.id);

    const bool energy = *quantity == sensor::Quantity::NoiseLAeq;
    const bool meanOfHours = goal.statistic != GoalStatistic::DailyMean;
    std::vector<StationDays> out;
    for (const sensor::Device& device : *devices) {
        if (device.mobile || !device.lat || !device.lon)
            continue;
        const auto found = seriesOfDevice.find(device.id);
        if (found == seriesOfDevice.end())
            continue;
        StationDays station;
        station.stationId = device.source + ":" + device.externalId;
        station.inZone = zoneContains(pilot.zone, LatLon{*device.lat, *device.lon});
        const auto fill = [&](Date from, int dayCount, std::vector<std::optional<double>>& values,
                              std::vector<int>& hours) -> Status {
            SpanAccumulator span(dayNumber(from), dayCount, options.utcOffsetSeconds);
            auto readings = observations.readings(found->second, span.fromUtc(), span.toUtc());
            if (!readings)
                return readings.error();
            for (const sensor::Reading& r : *readings)
                if (r.usable() && std::isfinite(r.value))
                    span.add(r.time, energy ? std::pow(10.0, r.value / 10.0) : r.value);
            span.finish(meanOfHours, energy, values, hours);
            return {};
        };
        if (auto s = fill(spans->beforeFrom, spans->beforeDays(), station.before, station.hoursBefore); !s)
            return s.error();
        if (auto s = fill(spans->duringFrom, spans->duringDays(), station.during, station.hoursDuring); !s)
            return s.error();
        out.push_back(std::move(station));
    }
    return out;
}

Result<Evaluation> evaluatePilotGoal(Store& store, const PilotFields& pilot, const Goal& goal,
                                     const PilotEvidenceOptions& options)
{
    auto stations = pilotStationDays(store, pilot, goal, options);
    if (!stations)
        return stations.error();
    return evaluate(*stations, goal, options.evaluation);
}

// Words and JSON -----------------------------------------------------------------------------------

std::string_view toString(NotEnoughData reason)
{
    switch (reason) {
    case NotEnoughData::None:
        return "";
    case NotEnoughData::ZoneStations:
        return "zone_stations";
    case NotEnoughData::OutsideStations:
        return "outside_stations";
    case NotEnoughData::ZoneCoverage:
        return "zone_coverage";
    case NotEnoughData::OutsideCoverage:
        return "outside_coverage";
    case NotEnoughData::NoBeforeMean:
        return "no_before_mean";
    }
    return "";
}

std::string describeEvaluation(const Goal& goal, const Evaluation& e, const EvaluationOptions& options)
{
    const std::string what = quantityWords(goal.quantity) + " " + statisticWords(goal.statistic);
    if (!e.enoughData())
        return what + ": not enough data — " + notEnoughWords(e, options) + ".";
    const std::string target =
        (goal.direction == GoalDirection::Decrease ? std::string(kMinus) : std::string("+")) +
        targetNumber(goal.targetPercent) + " %";
    std::string verdict = "not met";
    if (e.goalMet)
        verdict = e.confident ? "met" : "met, though the 95 % interval includes 0 %";
    const std::int64_t hours = e.zone.hours + e.outside.hours;
    return what + " in the zone " + groupChangeWords(e.zone, goal.quantity) + " while it " +
           groupChangeWords(e.outside, goal.quantity) + " outside: a change of " +
           signedPercent(e.didPercent) + " against outside (95 % interval " + signedPercent(e.lowPercent) +
           " to " + signedPercent(e.highPercent) + "); " + stations(e.zone.stations) + " inside, " +
           std::to_string(e.outside.stations) + " outside, " + grouped(hours) +
           (hours == 1 ? " hour" : " hours") + " of data. Goal " + target + ": " + verdict + ".";
}

std::string evaluationJson(const Goal& goal, const Evaluation& e)
{
    JsonObjectWriter w;
    w.add("quantity", toString(goal.quantity))
        .add("statistic", toString(goal.statistic))
        .add("direction", toString(goal.direction))
        .add("target_percent", goal.targetPercent)
        .add("enough_data", e.enoughData());
    if (e.enoughData())
        w.addRaw("reason", "null")
            .add("did_percent", e.didPercent)
            .add("low_percent", e.lowPercent)
            .add("high_percent", e.highPercent);
    else
        w.add("reason", toString(e.notEnough))
            .addRaw("did_percent", "null")
            .addRaw("low_percent", "null")
            .addRaw("high_percent", "null");
    w.addRaw("zone", groupJson(e.zone))
        .addRaw("outside", groupJson(e.outside))
        .add("days", static_cast<std::int64_t>(e.days))
        .add("goal_met", e.goalMet)
        .add("confident", e.confident);
    return w.str();
}

// Demo -----------------------------------------------------------------------------------------------

Status writeDemoPilotReadings(Store& store, const std::vector<Ring>& zone, Date start, int dayCount,
                              double effectPercent, std::uint64_t seed)
{
    if (dayCount <= 0)
        return {};
    if (!start.ok())
        return invalidField("start", "not a date");
    const Box inner = boundsOf(zone);
    if (zone.empty() || !(inner.north > inner.south) || !(inner.east > inner.west))
        return invalidField("zone", "the zone has no area");
    // Outside stations stand around the zone, within one zone's size of it.
    const double height = inner.north - inner.south;
    const double width = inner.east - inner.west;
    const Box outer{std::max(-90.0, inner.south - height), std::max(-180.0, inner.west - width),
                    std::min(90.0, inner.north + height), std::min(180.0, inner.east + width)};

    std::mt19937_64 random(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    struct Place
    {
        LatLon at;
        bool inZone;
    };
    std::vector<Place> places;
    for (int i = 0; i < kDemoInside + kDemoOutside; ++i) {
        const bool inZone = i < kDemoInside;
        const auto at = placeIn(random, inZone ? inner : outer, zone, inZone);
        if (!at)
            return invalidField("zone", inZone ? "no place inside the zone was found for a station"
                                               : "no place around the zone was found for a station");
        places.push_back({*at, inZone});
    }

    const std::int64_t startDay = dayNumber(start);
    const std::int64_t from = (startDay - dayCount) * kDaySeconds - kCityUtcOffsetSeconds;
    const std::int64_t to = (startDay + dayCount) * kDaySeconds - kCityUtcOffsetSeconds;
    const std::int64_t pilotFrom = startDay * kDaySeconds - kCityUtcOffsetSeconds;
    const double factor = 1.0 + effectPercent / 100.0;

    // The weather the whole city shares: a level in µg/m³ per day, wandering from day to day, added
    // to every station alike (a factor would move the zone's and the outside's levels apart in
    // µg/m³, which the difference in differences does not take away).
    std::vector<double> weather(static_cast<std::size_t>(2 * dayCount));
    double w = 0;
    for (double& v : weather) {
        w = 0.3 * w + 1.5 * normal(random);
        v = w;
    }

    try {
        Database& db = store.database();
        Transaction tx(db);
        sensor::ObservationStore observations(db);
        for (std::size_t s = 0; s < places.size(); ++s) {
            const Place& place = places[s];
            const int number = place.inZone ? static_cast<int>(s) + 1 : static_cast<int>(s) - kDemoInside + 1;
            sensor::Device device;
            device.source = "demo";
            device.externalId = (place.inZone ? "pilot-in-" : "pilot-out-") + std::to_string(number);
            device.sensorType = "SDS011";
            device.lat = place.at.lat;
            device.lon = place.at.lon;
            device.name =
                (place.inZone ? "시범 구역 측정소 " : "시범 구역 밖 측정소 ") + std::to_string(number);
            const std::int64_t deviceId = observations.ensureDevice(device);
            const double baseline = 14.0 + 12.0 * std::uniform_real_distribution<double>(0, 1)(random);
            std::vector<sensor::Reading> pm25;
            std::vector<sensor::Reading> pm10;
            double drift = 0;
            for (std::int64_t t = from; t < to; t += kDemoStep) {
                const auto day = static_cast<std::size_t>((t - from) / kDaySeconds);
                const double hour = static_cast<double>((t + kCityUtcOffsetSeconds) % kDaySeconds) / 3600.0;
                // Morning and evening traffic, a cleaner afternoon.
                const double rhythm = 1.0 + 0.35 * std::exp(-std::pow(hour - 8.0, 2) / 4.0) +
                                      0.45 * std::exp(-std::pow(hour - 20.0, 2) / 6.0) -
                                      0.2 * std::exp(-std::pow(hour - 15.0, 2) / 8.0);
                drift = 0.995 * drift + 0.15 * normal(random);
                double fine = std::max(0.5, baseline * rhythm + weather[day] + drift + 1.5 * normal(random));
                double coarse = std::max(fine + 1.0, fine * 1.6 + 2.0 * normal(random));
                if (place.inZone && t >= pilotFrom) {
                    fine *= factor;
                    coarse *= factor;
                }
                pm25.push_back({t, std::round(fine * 10.0) / 10.0});
                pm10.push_back({t, std::round(coarse * 10.0) / 10.0});
            }
            observations.addReadings(observations.ensureSeries(deviceId, sensor::Quantity::Pm2_5),
                                     std::move(pm25));
            observations.addReadings(observations.ensureSeries(deviceId, sensor::Quantity::Pm10),
                                     std::move(pm10));
        }
        tx.commit();
        return {};
    } catch (const SqlError& e) {
        return storeError(e, store.path(), "store_failed", "cannot add the pilot's demo stations");
    }
}

} // namespace balgul::core::pilots
