#include "core/sensor/air_quality.h"

#include "core/sensor/observation_store.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <map>

namespace balgul::core::sensor {

namespace {

struct Band
{
    double cLo, cHi;
    int iLo, iHi;
};

int piecewise(const Band* bands, std::size_t n, double c)
{
    if (c < 0)
        return 0;
    for (std::size_t i = 0; i < n; ++i) {
        const Band& b = bands[i];
        if (c <= b.cHi) {
            const double clamped = std::max(c, b.cLo);
            return static_cast<int>(
                std::lround((b.iHi - b.iLo) / (b.cHi - b.cLo) * (clamped - b.cLo) + b.iLo));
        }
    }
    return bands[n - 1].iHi;
}

// Korea CAI breakpoints (data-and-formats.md).
constexpr std::array<Band, 4> kCaiPm10{
    {{0, 30, 0, 50}, {31, 80, 51, 100}, {81, 150, 101, 250}, {151, 600, 251, 500}}};
constexpr std::array<Band, 4> kCaiPm25{
    {{0, 15, 0, 50}, {16, 35, 51, 100}, {36, 75, 101, 250}, {76, 500, 251, 500}}};

// US EPA AQI, PM2.5 breakpoints of the 2024 revision.
constexpr std::array<Band, 6> kAqiPm25{{{0.0, 9.0, 0, 50},
                                        {9.1, 35.4, 51, 100},
                                        {35.5, 55.4, 101, 150},
                                        {55.5, 125.4, 151, 200},
                                        {125.5, 225.4, 201, 300},
                                        {225.5, 325.4, 301, 500}}};
constexpr std::array<Band, 6> kAqiPm10{{{0, 54, 0, 50},
                                        {55, 154, 51, 100},
                                        {155, 254, 101, 150},
                                        {255, 354, 151, 200},
                                        {355, 424, 201, 300},
                                        {425, 604, 301, 500}}};

std::int64_t floorTo(std::int64_t t, std::int64_t step)
{
    return (t >= 0 ? t / step : -((-t + step - 1) / step)) * step;
}

} // namespace

std::vector<WindowMean> hourlyMeans(const std::vector<Reading>& readings)
{
    std::map<std::int64_t, std::pair<double, int>> sums;
    for (const Reading& r : readings)
        if (r.usable()) {
            auto& s = sums[floorTo(r.time, 3600)];
            s.first += r.value;
            ++s.second;
        }
    std::vector<WindowMean> out;
    for (const auto& [hour, s] : sums)
        out.push_back({hour, s.first / s.second, s.second, 1, true});
    return out;
}

std::vector<WindowMean> dailyMeans(const std::vector<Reading>& readings, int minHours)
{
    std::map<std::int64_t, WindowMean> days;
    for (const WindowMean& h : hourlyMeans(readings)) {
        WindowMean& d = days[floorTo(h.start, 86400)];
        d.start = floorTo(h.start, 86400);
        d.mean += h.mean;
        d.readings += h.readings;
        ++d.hours;
    }
    std::vector<WindowMean> out;
    for (auto& [day, d] : days) {
        d.mean /= d.hours;
        d.enough = d.hours >= minHours;
        out.push_back(d);
    }
    return out;
}

std::vector<WindowMean> rolling24hMeans(const std::vector<Reading>& readings, int minHours)
{
    const std::vector<WindowMean> hours = hourlyMeans(readings);
    std::vector<WindowMean> out;
    std::size_t first = 0;
    double sum = 0;
    int count = 0, n = 0;
    for (std::size_t i = 0; i < hours.size(); ++i) {
        sum += hours[i].mean;
        count += hours[i].readings;
        ++n;
        while (hours[first].start <= hours[i].start - 24 * 3600) {
            sum -= hours[first].mean;
            count -= hours[first].readings;
            --n;
            ++first;
        }
        out.push_back({hours[i].start, sum / n, count, n, n >= minHours});
    }
    return out;
}

std::string_view koreanName(KoreanGrade grade)
{
    switch (grade) {
    case KoreanGrade::Good:
        return "좋음";
    case KoreanGrade::Moderate:
        return "보통";
    case KoreanGrade::Bad:
        return "나쁨";
    case KoreanGrade::VeryBad:
        return "매우나쁨";
    case KoreanGrade::NotEnoughData:
        return "자료 부족";
    }
    return "";
}

std::string_view toString(KoreanGrade grade)
{
    switch (grade) {
    case KoreanGrade::Good:
        return "good";
    case KoreanGrade::Moderate:
        return "moderate";
    case KoreanGrade::Bad:
        return "bad";
    case KoreanGrade::VeryBad:
        return "very_bad";
    case KoreanGrade::NotEnoughData:
        return "not_enough_data";
    }
    return "";
}

KoreanGrade koreanGrade(Pollutant p, double concentration)
{
    const double c = std::floor(concentration);
    const bool pm10 = p == Pollutant::Pm10;
    if (c <= (pm10 ? 30 : 15))
        return KoreanGrade::Good;
    if (c <= (pm10 ? 80 : 35))
        return KoreanGrade::Moderate;
    if (c <= (pm10 ? 150 : 75))
        return KoreanGrade::Bad;
    return KoreanGrade::VeryBad;
}

KoreanGrade koreanGrade(Pollutant p, const WindowMean& mean24h)
{
    return mean24h.enough ? koreanGrade(p, mean24h.mean) : KoreanGrade::NotEnoughData;
}

int caiIndex(Pollutant p, double concentration)
{
    const double c = std::floor(concentration);
    return p == Pollutant::Pm10 ? piecewise(kCaiPm10.data(), kCaiPm10.size(), c)
                                : piecewise(kCaiPm25.data(), kCaiPm25.size(), c);
}

int caiOverall(double pm10, double pm2_5)
{
    int best = -1;
    if (pm10 >= 0)
        best = std::max(best, caiIndex(Pollutant::Pm10, pm10));
    if (pm2_5 >= 0)
        best = std::max(best, caiIndex(Pollutant::Pm2_5, pm2_5));
    return best;
}

WhoLevel whoLevel(Pollutant p, double mean24h)
{
    // 24-hour guideline and interim targets 4, 3, 2, 1 (WHO 2021).
    static constexpr double kPm10[] = {45, 50, 75, 100, 150};
    static constexpr double kPm25[] = {15, 25, 37.5, 50, 75};
    const double* limits = p == Pollutant::Pm10 ? kPm10 : kPm25;
    for (int i = 0; i < 5; ++i)
        if (mean24h <= limits[i])
            return static_cast<WhoLevel>(i);
    return WhoLevel::AboveInterimTarget1;
}

std::string_view toString(WhoLevel level)
{
    switch (level) {
    case WhoLevel::Guideline:
        return "guideline";
    case WhoLevel::InterimTarget4:
        return "it4";
    case WhoLevel::InterimTarget3:
        return "it3";
    case WhoLevel::InterimTarget2:
        return "it2";
    case WhoLevel::InterimTarget1:
        return "it1";
    case WhoLevel::AboveInterimTarget1:
        return "above_it1";
    }
    return "";
}

int epaAqi(Pollutant p, double concentration)
{
    if (p == Pollutant::Pm2_5) {
        const double c = std::floor(concentration * 10 + 1e-9) / 10;
        return piecewise(kAqiPm25.data(), kAqiPm25.size(), c);
    }
    return piecewise(kAqiPm10.data(), kAqiPm10.size(), std::floor(concentration));
}

std::string_view epaCategory(int aqi)
{
    if (aqi <= 50)
        return "Good";
    if (aqi <= 100)
        return "Moderate";
    if (aqi <= 150)
        return "Unhealthy for Sensitive Groups";
    if (aqi <= 200)
        return "Unhealthy";
    if (aqi <= 300)
        return "Very Unhealthy";
    return "Hazardous";
}

std::string evidenceFingerprint(const Series& series, std::int64_t from, std::int64_t to,
                                const std::vector<Reading>& readings)
{
    Poco::SHA2Engine sha(Poco::SHA2Engine::SHA_256);
    const std::string head = "balgul-sensor-evidence-v1\n" + series.source + "\n" + series.externalId + "\n" +
                             std::string(toString(series.quantity)) + "\n" +
                             std::string(unitOf(series.quantity)) + "\n" + std::to_string(from) + "\n" +
                             std::to_string(to) + "\n";
    sha.update(head);
    char line[96];
    for (const Reading& r : readings) {
        if (r.time < from || r.time >= to)
            continue;
        const auto milli = static_cast<long long>(std::llround(r.value * kValueScale));
        const int n = std::snprintf(line, sizeof line, "%lld,%lld,%u\n", static_cast<long long>(r.time),
                                    milli, static_cast<unsigned>(r.flags));
        sha.update(line, static_cast<unsigned>(n));
    }
    return Poco::DigestEngine::digestToHex(sha.digest());
}

} // namespace balgul::core::sensor
