#include "core/demo/demo_sensors.h"

#include "core/sensor/observation_store.h"
#include "core/store/database.h"
#include "core/store/store.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <random>
#include <string>
#include <vector>

namespace balgul::core {

namespace {

using sensor::Quantity;
using sensor::Reading;

struct DemoStation
{
    const char* id;
    const char* name;
    double lat;
    double lon;
    double baseline; ///< typical PM2.5 in µg/m³
};

// Residents' balconies and rooftops: 대덕구 near the industrial complex, 동구 by the railway,
// 유성구 near the river.
constexpr std::array<DemoStation, 3> kStations{{
    {"demo-daedeok-1", "대덕구 신탄진 옥상", 36.4452, 127.4310, 24},
    {"demo-donggu-1", "동구 대전역 앞 베란다", 36.3320, 127.4340, 19},
    {"demo-yuseong-1", "유성구 갑천 변", 36.3626, 127.3560, 13},
}};

constexpr int kStepSeconds = 120;
constexpr double kDustSentinel = 999.9; ///< an SDS011 that reports its ceiling when it fails

} // namespace

Status seedDemoSensors(Store& store, int days, std::int64_t endTime, std::uint64_t seed)
{
    if (days <= 0)
        return {};
    try {
        Database& db = store.database();
        auto existing = db.prepare("SELECT count(*) FROM sensor_devices");
        existing.step();
        if (existing.int64(0) > 0)
            return {};
        Transaction tx(db);
        sensor::ObservationStore observations(db);
        std::mt19937_64 random(seed);
        std::normal_distribution<double> noise(0.0, 1.0);
        const std::int64_t end = endTime - endTime % kStepSeconds;
        const std::int64_t start = end - static_cast<std::int64_t>(days) * 86400;
        // The episode: a yellow-dust front arriving four days before the end, lasting two days.
        const double episodeMid = static_cast<double>(end - 3 * 86400);
        for (std::size_t s = 0; s < kStations.size(); ++s) {
            const DemoStation& station = kStations[s];
            sensor::Device device;
            device.source = "demo";
            device.externalId = station.id;
            device.sensorType = "SDS011";
            device.lat = station.lat;
            device.lon = station.lon;
            device.name = station.name;
            const std::int64_t deviceId = observations.ensureDevice(device);
            std::vector<Reading> pm25;
            std::vector<Reading> pm10;
            double drift = 0;
            for (std::int64_t t = start; t < end; t += kStepSeconds) {
                const double hour = static_cast<double>((t + 9 * 3600) % 86400) / 3600.0; // Korea time
                // Morning and evening traffic peaks, a clean afternoon.
                const double rhythm = 1.0 + 0.35 * std::exp(-std::pow(hour - 8.0, 2) / 4.0) +
                                      0.45 * std::exp(-std::pow(hour - 20.0, 2) / 6.0) -
                                      0.2 * std::exp(-std::pow(hour - 15.0, 2) / 8.0);
                drift = 0.995 * drift + 0.35 * noise(random);
                const double episode =
                    4.2 * std::exp(-std::pow((static_cast<double>(t) - episodeMid) / (0.8 * 86400.0), 2));
                const double fine =
                    std::max(0.5, station.baseline * rhythm * (1.0 + episode) + drift + 1.2 * noise(random));
                // Dust fronts carry coarse particles: PM10 rises more than PM2.5.
                const double coarse =
                    std::max(fine + 1.0, fine * (1.6 + 0.9 * episode / 4.2) + 2.0 * noise(random));
                const bool hiccup = std::uniform_int_distribution<int>(0, 4000)(random) == 0;
                const double a = std::round(fine * 10.0) / 10.0;
                const double b = std::round(coarse * 10.0) / 10.0;
                pm25.push_back(hiccup ? Reading{t, kDustSentinel, sensor::FlagSentinel} : Reading{t, a});
                pm10.push_back(hiccup ? Reading{t, kDustSentinel, sensor::FlagSentinel} : Reading{t, b});
            }
            observations.addReadings(observations.ensureSeries(deviceId, Quantity::Pm2_5), std::move(pm25));
            observations.addReadings(observations.ensureSeries(deviceId, Quantity::Pm10), std::move(pm10));
        }
        tx.commit();
        return {};
    } catch (const SqlError& e) {
        return Error::make("store_failed", "cannot add the demo sensor stations: " + e.message);
    }
}

} // namespace balgul::core
