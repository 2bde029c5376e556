#pragma once

#include "core/sensor/observation.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core::sensor {

struct Series;

/// A mean over a time window and what it rests on. Only usable readings count (see Reading).
struct WindowMean
{
    std::int64_t start = 0; ///< UTC seconds, start of the hour or day (for rolling: of the last hour)
    double mean = 0;
    int readings = 0;   ///< usable readings behind it
    int hours = 0;      ///< hours with at least one usable reading
    bool enough = true; ///< hours >= the minimum asked for
};

/// A 24-hour value needs at least this many hours with data (75 %, as regulators require).
inline constexpr int kMinHoursPerDay = 18;

/// One mean per UTC hour that has usable readings, in time order.
std::vector<WindowMean> hourlyMeans(const std::vector<Reading>& readings);
/// One mean per UTC day: the mean of its hourly means; `enough` when hours >= minHours.
std::vector<WindowMean> dailyMeans(const std::vector<Reading>& readings, int minHours = kMinHoursPerDay);
/// For every hour with data, the mean of the hourly means of the 24 hours ending with it.
std::vector<WindowMean> rolling24hMeans(const std::vector<Reading>& readings, int minHours = kMinHoursPerDay);

enum class Pollutant
{
    Pm10,
    Pm2_5,
};

/// Korea's forecast grades; NotEnoughData instead of a grade from too few hours.
enum class KoreanGrade
{
    Good,     ///< 좋음
    Moderate, ///< 보통
    Bad,      ///< 나쁨
    VeryBad,  ///< 매우나쁨
    NotEnoughData,
};
std::string_view koreanName(KoreanGrade grade); ///< "좋음", …, "자료 부족"
std::string_view toString(KoreanGrade grade);   ///< "good", "moderate", "bad", "very_bad", "not_enough_data"
/// Grade of a 24-hour mean (µg/m³, truncated to whole µg/m³ as AirKorea publishes them).
KoreanGrade koreanGrade(Pollutant p, double concentration);
KoreanGrade koreanGrade(Pollutant p, const WindowMean& mean24h);

/// Korea's integrated air quality index (CAI, 통합대기환경지수) of one pollutant, 0–500.
int caiIndex(Pollutant p, double concentration);
/// The overall CAI: the maximum over the pollutants given (negative: not measured).
int caiOverall(double pm10, double pm2_5);

/// Where a 24-hour mean stands against the WHO 2021 air quality guidelines.
enum class WhoLevel
{
    Guideline,      ///< at or below the guideline
    InterimTarget4, ///< above the guideline, within IT-4
    InterimTarget3,
    InterimTarget2,
    InterimTarget1,
    AboveInterimTarget1,
};
WhoLevel whoLevel(Pollutant p, double mean24h);
std::string_view toString(WhoLevel level);

/// US EPA AQI (2024 PM2.5 breakpoints), 0–500; PM2.5 truncated to 0.1, PM10 to 1 µg/m³.
int epaAqi(Pollutant p, double concentration);
/// "Good", "Moderate", "Unhealthy for Sensitive Groups", "Unhealthy", "Very Unhealthy", "Hazardous".
std::string_view epaCategory(int aqi);

/// SHA-256 (hex) over a canonical text of exactly the readings of a series in [from, to):
/// the series' identity and window, then "time,value,flags" per reading (values with three
/// decimals, as stored). Any changed, added or removed reading changes it.
std::string evidenceFingerprint(const Series& series, std::int64_t from, std::int64_t to,
                                const std::vector<Reading>& readings);

} // namespace balgul::core::sensor
