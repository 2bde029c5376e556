// The demo sensor stations: deterministic, a month of readings with one episode of bad air, sensor
// hiccups flagged, and nothing added to a profile that has sensors already.

#include "core/demo/demo_sensors.h"
#include "core/sensor/air_quality.h"
#include "core/sensor/observation_store.h"
#include "core/sensor/station_status.h"
#include "core/store/store.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace balgul::core;
using namespace balgul::core::sensor;

namespace {

constexpr std::int64_t kEnd = 1'795'000'000; // 2026-11-19, a fixed "now"

std::unique_ptr<Store> openStore(const QTemporaryDir& dir, const char* name)
{
    auto store = Store::open((dir.path() + QLatin1Char('/') + QLatin1String(name)).toStdString());
    return store ? std::move(*store) : nullptr;
}

std::vector<Reading> allReadings(Store& store, Quantity q, const std::string& station)
{
    ObservationStore observations(store.database());
    auto series = observations.findSeries("demo", station, q);
    if (!series || !*series)
        return {};
    auto readings = observations.readings((*series)->id, 0, kEnd + 1);
    return readings ? *readings : std::vector<Reading>{};
}

} // namespace

class TestDemoSensors : public QObject
{
    Q_OBJECT

private slots:
    void aMonthOfTwoMinuteReadings()
    {
        QTemporaryDir dir;
        auto store = openStore(dir, "a.sqlite");
        QVERIFY(store);
        QVERIFY(seedDemoSensors(*store, 30, kEnd, 7).ok());
        auto series = ObservationStore(store->database()).allSeries();
        QVERIFY(series.ok());
        QCOMPARE(series->size(), std::size_t(6)); // three stations, PM2.5 and PM10
        const auto pm25 = allReadings(*store, Quantity::Pm2_5, "demo-daedeok-1");
        QCOMPARE(pm25.size(), std::size_t(30 * 720));
        QVERIFY(std::is_sorted(pm25.begin(), pm25.end(),
                               [](const Reading& a, const Reading& b) { return a.time < b.time; }));
        QVERIFY(pm25.back().time < kEnd && pm25.back().time >= kEnd - 240);

        // Hiccups are kept, flagged, and never counted.
        const auto flagged =
            std::count_if(pm25.begin(), pm25.end(), [](const Reading& r) { return !r.usable(); });
        QVERIFY(flagged >= 1 && flagged < 30);

        // The episode: some day's 24 h mean is 나쁨 or worse, and the quiet start is not.
        const auto days = dailyMeans(pm25);
        QVERIFY(std::any_of(days.begin(), days.end(), [](const WindowMean& d) {
            return d.enough && koreanGrade(Pollutant::Pm2_5, d) >= KoreanGrade::Bad &&
                   koreanGrade(Pollutant::Pm2_5, d) != KoreanGrade::NotEnoughData;
        }));
        QVERIFY(koreanGrade(Pollutant::Pm2_5, days.at(2)) <= KoreanGrade::Moderate);
        // PM10 exceeds PM2.5 at every usable instant.
        const auto pm10 = allReadings(*store, Quantity::Pm10, "demo-daedeok-1");
        QCOMPARE(pm10.size(), pm25.size());
        for (std::size_t i = 0; i < pm25.size(); i += 97)
            if (pm25[i].usable())
                QVERIFY(pm10[i].value > pm25[i].value);

        // They are stations on the map.
        const auto stations = stationStatuses(store->database(), kEnd);
        QCOMPARE(stations.size(), std::size_t(3));
    }

    void sameSeedSameReadings()
    {
        QTemporaryDir dir;
        auto a = openStore(dir, "a.sqlite");
        auto b = openStore(dir, "b.sqlite");
        auto c = openStore(dir, "c.sqlite");
        QVERIFY(a && b && c);
        QVERIFY(seedDemoSensors(*a, 3, kEnd, 7).ok());
        QVERIFY(seedDemoSensors(*b, 3, kEnd, 7).ok());
        QVERIFY(seedDemoSensors(*c, 3, kEnd, 8).ok());
        const auto ra = allReadings(*a, Quantity::Pm10, "demo-yuseong-1");
        QVERIFY(!ra.empty());
        QVERIFY(ra == allReadings(*b, Quantity::Pm10, "demo-yuseong-1"));
        QVERIFY(ra != allReadings(*c, Quantity::Pm10, "demo-yuseong-1"));
    }

    void leavesAProfileWithSensorsAlone()
    {
        QTemporaryDir dir;
        auto store = openStore(dir, "a.sqlite");
        QVERIFY(store);
        QVERIFY(seedDemoSensors(*store, 2, kEnd, 7).ok());
        const auto before = allReadings(*store, Quantity::Pm2_5, "demo-donggu-1");
        QVERIFY(seedDemoSensors(*store, 30, kEnd + 86400, 9).ok());
        QVERIFY(before == allReadings(*store, Quantity::Pm2_5, "demo-donggu-1"));
        QVERIFY(seedDemoSensors(*store, 0, kEnd, 7).ok());
    }
};

QTEST_GUILESS_MAIN(TestDemoSensors)
#include "test_demo_sensors.moc"
