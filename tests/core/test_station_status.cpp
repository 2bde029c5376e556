// Sensor stations for the map: Korean grades of known 24 h means, "not enough data" below 18 hours,
// the worse of PM2.5 and PM10, the window ending now or at the latest reading, and which devices
// are stations at all (fixed location, PM measured, not mobile).

#include "core/sensor/observation_store.h"
#include "core/sensor/station_status.h"
#include "core/store/store.h"
#include "tests/support/test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace balgul::core;
using namespace balgul::core::sensor;

namespace {

constexpr std::int64_t kDay = 1714521600; // 2024-05-01T00:00:00Z
constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kNow = kDay + 24 * kHour + 1800; // 2024-05-02T00:30Z

/// One reading at :10 of kNow's hour and of each hour before it, `hours` in all, all of `value`.
std::vector<Reading> lastHours(int hours, double value)
{
    std::vector<Reading> out;
    const std::int64_t nowHour = kNow - kNow % kHour;
    for (int h = 0; h < hours; ++h)
        out.push_back({nowHour - h * kHour + 600, value, FlagNone});
    return out;
}

QString word(KoreanGrade g)
{
    return QString::fromUtf8(toString(g).data());
}

} // namespace

class TestStationStatus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Store> m_store;

    std::int64_t addDevice(const std::string& id, std::optional<double> lat = 36.35,
                           std::optional<double> lon = 127.38)
    {
        Device d;
        d.source = "sensor.community";
        d.externalId = id;
        d.sensorType = "SDS011";
        d.lat = lat;
        d.lon = lon;
        Transaction tx(m_store->database());
        const std::int64_t device = ObservationStore(m_store->database()).ensureDevice(d);
        tx.commit();
        return device;
    }

    void addReadings(std::int64_t device, Quantity q, const std::vector<Reading>& readings)
    {
        ObservationStore observations(m_store->database());
        Transaction tx(m_store->database());
        observations.addReadings(observations.ensureSeries(device, q), readings);
        tx.commit();
    }

    const StationStatus* find(const std::vector<StationStatus>& all, std::int64_t device)
    {
        for (const auto& s : all)
            if (s.deviceId == device)
                return &s;
        return nullptr;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        auto opened = Store::open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n)).toStdString());
        QVERIFY(opened.ok());
        m_store = std::move(opened).value();
    }

    void cleanup() { m_store.reset(); }

    void grades_data()
    {
        QTest::addColumn<int>("pm25Hours"); // 0: no PM2.5 series
        QTest::addColumn<double>("pm25");
        QTest::addColumn<int>("pm10Hours"); // 0: no PM10 series
        QTest::addColumn<double>("pm10");
        QTest::addColumn<QString>("grade");
        QTest::addColumn<QString>("gradedBy");
        QTest::addColumn<QString>("value");

        QTest::addRow("pm2.5 15 good") << 24 << 15.0 << 0 << 0.0 << word(KoreanGrade::Good) << "pm2_5"
                                       << "15";
        QTest::addRow("pm2.5 15.9 still good") << 24 << 15.9 << 0 << 0.0 << word(KoreanGrade::Good) << "pm2_5"
                                               << "15";
        QTest::addRow("pm2.5 16 moderate") << 24 << 16.0 << 0 << 0.0 << word(KoreanGrade::Moderate) << "pm2_5"
                                           << "16";
        QTest::addRow("pm2.5 36 bad, 18 h") << 18 << 36.0 << 0 << 0.0 << word(KoreanGrade::Bad) << "pm2_5"
                                            << "36";
        QTest::addRow("pm2.5 76 very bad") << 24 << 76.0 << 0 << 0.0 << word(KoreanGrade::VeryBad) << "pm2_5"
                                           << "76";
        QTest::addRow("pm2.5 17 h not enough")
            << 17 << 80.0 << 0 << 0.0 << word(KoreanGrade::NotEnoughData) << "pm2_5"
            << "–";
        QTest::addRow("pm10 151 very bad") << 0 << 0.0 << 24 << 151.0 << word(KoreanGrade::VeryBad) << "pm10"
                                           << "151";
        QTest::addRow("pm10 80 moderate") << 0 << 0.0 << 20 << 80.0 << word(KoreanGrade::Moderate) << "pm10"
                                          << "80";
        QTest::addRow("pm10 worse than pm2.5")
            << 24 << 10.0 << 24 << 100.0 << word(KoreanGrade::Bad) << "pm10"
            << "100";
        QTest::addRow("pm2.5 worse than pm10")
            << 24 << 40.0 << 24 << 20.0 << word(KoreanGrade::Bad) << "pm2_5"
            << "40";
        QTest::addRow("pm2.5 short, pm10 enough")
            << 10 << 200.0 << 24 << 40.0 << word(KoreanGrade::Moderate) << "pm10"
            << "40";
    }

    void grades()
    {
        QFETCH(int, pm25Hours);
        QFETCH(double, pm25);
        QFETCH(int, pm10Hours);
        QFETCH(double, pm10);
        const std::int64_t device = addDevice("5331");
        if (pm25Hours > 0)
            addReadings(device, Quantity::Pm2_5, lastHours(pm25Hours, pm25));
        if (pm10Hours > 0)
            addReadings(device, Quantity::Pm10, lastHours(pm10Hours, pm10));

        const auto all = stationStatuses(m_store->database(), kNow);
        QCOMPARE(all.size(), std::size_t{1});
        const StationStatus& s = all.front();
        QTEST(word(s.grade), "grade");
        QTEST(QString::fromLatin1(s.gradedBy == Pollutant::Pm2_5 ? "pm2_5" : "pm10"), "gradedBy");
        QCOMPARE(s.pm2_5.has_value(), pm25Hours > 0);
        QCOMPARE(s.pm10.has_value(), pm10Hours > 0);
        if (s.pm2_5) {
            QCOMPARE(s.pm2_5->hours, pm25Hours);
            QCOMPARE(s.pm2_5->readings, pm25Hours);
            QCOMPARE(s.pm2_5->mean, pm25);
        }
        // The latest reading was at 00:10, 20 minutes before now: the 24 h end with the hour of now.
        QCOMPARE(s.ageSeconds, std::int64_t{20 * 60});
        QCOMPARE(s.windowEnd, kDay + 25 * kHour);
        const StationMean* graded = s.gradedMean();
        QVERIFY(graded);
        QFETCH(QString, value);
        const QString shown = s.grade == KoreanGrade::NotEnoughData
                                  ? QStringLiteral("–")
                                  : QString::number(static_cast<int>(std::floor(graded->mean)));
        QCOMPARE(shown, value);
    }

    void whichDevicesAreStations()
    {
        const std::int64_t fixed = addDevice("1");
        addReadings(fixed, Quantity::Pm2_5, lastHours(24, 10));
        const std::int64_t mobile = addDevice("2");
        addReadings(mobile, Quantity::Pm2_5, lastHours(24, 10));
        m_store->database()
            .prepare("UPDATE sensor_devices SET mobile = 1 WHERE id = ?")
            .bind(1, mobile)
            .run();
        const std::int64_t nowhere = addDevice("3", std::nullopt, std::nullopt);
        addReadings(nowhere, Quantity::Pm2_5, lastHours(24, 10));
        const std::int64_t thermometer = addDevice("4");
        addReadings(thermometer, Quantity::Temperature, lastHours(24, 10));
        const std::int64_t shared = addDevice("5", 37.5, 127.0);
        addReadings(shared, Quantity::Pm10, lastHours(24, 10));
        addReadings(shared, Quantity::Humidity, lastHours(24, 50));
        m_store->database()
            .prepare("UPDATE sensor_devices SET subscribed = 1, name = '시청 앞' WHERE id = ?")
            .bind(1, shared)
            .run();

        const auto all = stationStatuses(m_store->database(), kNow);
        QCOMPARE(all.size(), std::size_t{2});
        QVERIFY(find(all, fixed));
        QVERIFY(!find(all, mobile));
        QVERIFY(!find(all, nowhere));
        QVERIFY(!find(all, thermometer));
        const StationStatus* s = find(all, shared);
        QVERIFY(s);
        QVERIFY(s->subscribed);
        QVERIFY(!find(all, fixed)->subscribed);
        QCOMPARE(s->name, std::string("시청 앞"));
        QCOMPARE(s->externalId, std::string("5"));
        QCOMPARE(s->lat, 37.5);
        QVERIFY(!s->pm2_5);
        QVERIFY(s->pm10);
        QCOMPARE(s->pm2_5Series, std::int64_t{0});
        QVERIFY(s->pm10Series != 0);
        QCOMPARE(s->gradedSeries(), s->pm10Series);
    }

    void staleStationEndsAtItsLatestReading()
    {
        const std::int64_t device = addDevice("9");
        // 24 hours of data ending 2024-05-02T00:10, then silence; asked three days later.
        addReadings(device, Quantity::Pm2_5, lastHours(24, 50));
        // Two readings a week before do not count: they are outside the 24 h.
        addReadings(device, Quantity::Pm2_5,
                    {{kDay - 7 * 86400, 500, FlagNone}, {kDay - 7 * 86400 + 60, 500, FlagNone}});
        const std::int64_t later = kNow + 3 * 86400;
        const auto all = stationStatuses(m_store->database(), later);
        QCOMPARE(all.size(), std::size_t{1});
        const StationStatus& s = all.front();
        QCOMPARE(s.latest, std::optional<std::int64_t>(kDay + 24 * kHour + 600));
        QCOMPARE(s.ageSeconds, later - (kDay + 24 * kHour + 600));
        QCOMPARE(s.windowEnd, kDay + 25 * kHour);
        QVERIFY(s.pm2_5);
        QCOMPARE(s.pm2_5->hours, 24);
        QCOMPARE(s.pm2_5->mean, 50.0);
        QCOMPARE(word(s.grade), word(KoreanGrade::Bad));

        // Flagged readings never enter the mean.
        addReadings(device, Quantity::Pm2_5, {{kDay + 24 * kHour + 900, 1999, FlagImpossible}});
        const auto again = stationStatuses(m_store->database(), later);
        QCOMPARE(again.front().pm2_5->mean, 50.0);
        QCOMPARE(again.front().pm2_5->readings, 24);
    }

    void stationWithoutReadings()
    {
        const std::int64_t device = addDevice("10");
        Transaction tx(m_store->database());
        ObservationStore(m_store->database()).ensureSeries(device, Quantity::Pm2_5);
        tx.commit();
        const auto all = stationStatuses(m_store->database(), kNow);
        QCOMPARE(all.size(), std::size_t{1});
        QCOMPARE(all.front().ageSeconds, std::int64_t{-1});
        QVERIFY(!all.front().latest);
        QCOMPARE(word(all.front().grade), word(KoreanGrade::NotEnoughData));
        QCOMPARE(all.front().pm2_5->hours, 0);
    }
};

QTEST_GUILESS_MAIN(TestStationStatus)
#include "test_station_status.moc"
