// Sensor statistics: block encoding, means with coverage, Korean grades, CAI, WHO levels,
// US EPA AQI against hand-computed tables, and the evidence fingerprint.

#include "core/sensor/air_quality.h"
#include "core/sensor/observation_store.h"
#include "tests/support/test_support.h"

#include <QTest>

#include <limits>

using namespace balgul::core::sensor;

Q_DECLARE_METATYPE(Pollutant)

namespace {

constexpr std::int64_t kDay = 1714521600; // 2024-05-01T00:00:00Z

// One reading every 10 minutes for `hours` hours from the day's start, value = hour + 1.
std::vector<Reading> hoursOfData(int hours)
{
    std::vector<Reading> out;
    for (int h = 0; h < hours; ++h)
        for (int m = 0; m < 60; m += 10)
            out.push_back({kDay + h * 3600 + m * 60, double(h + 1), FlagNone});
    return out;
}

} // namespace

class TestSensorStats : public QObject
{
    Q_OBJECT

private slots:
    void blockRoundTrip()
    {
        const std::vector<Reading> in{{kDay, 9.53, FlagNone},
                                      {kDay + 149, 21.63, FlagImpossible},
                                      {kDay + 149, -235, FlagSentinel | FlagConflictingDuplicate},
                                      {kDay + 86399, 0.001, FlagNone}};
        std::vector<Reading> out;
        QVERIFY(decodeBlock(encodeBlock(in).value(), out));
        QVERIFY(out == in);
        std::string damaged = encodeBlock(in).value();
        damaged.pop_back();
        std::vector<Reading> none;
        QVERIFY(!decodeBlock(damaged, none));
    }

    // A value the block cannot hold as written is refused, never wrapped: 9.3e15 thousandths-scaled
    // overflowed the 64-bit delta and read back as −9.22e15.
    void blockRefusesWhatItCannotHold_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("storable");
        QTest::addRow("largest storable") << kMaxStoredValue << true;
        QTest::addRow("most negative storable") << -kMaxStoredValue << true;
        QTest::addRow("just past the limit") << 1.000001e12 << false;
        QTest::addRow("9.3e15 (wrapped before)") << 9.3e15 << false;
        QTest::addRow("1e300") << 1e300 << false;
        QTest::addRow("-1e300") << -1e300 << false;
        QTest::addRow("infinity") << std::numeric_limits<double>::infinity() << false;
        QTest::addRow("nan") << std::numeric_limits<double>::quiet_NaN() << false;
    }
    void blockRefusesWhatItCannotHold()
    {
        QFETCH(double, value);
        QFETCH(bool, storable);
        QCOMPARE(isStorableValue(value), storable);
        const std::vector<Reading> in{{kDay, 12.5, FlagNone}, {kDay + 60, value, FlagImpossible}};
        const auto block = encodeBlock(in);
        QCOMPARE(block.has_value(), storable);
        if (!storable)
            return;
        std::vector<Reading> out;
        QVERIFY(decodeBlock(*block, out));
        QCOMPARE(out.size(), std::size_t{2});
        QCOMPARE(out[1].value, value); // kept as written, sign and all
    }

    void means()
    {
        const auto readings = hoursOfData(18);
        const auto hourly = hourlyMeans(readings);
        QCOMPARE(hourly.size(), std::size_t{18});
        QCOMPARE(hourly[3].mean, 4.0);
        QCOMPARE(hourly[3].readings, 6);
        const auto daily = dailyMeans(readings);
        QCOMPARE(daily.size(), std::size_t{1});
        QCOMPARE(daily[0].hours, 18);
        QCOMPARE(daily[0].mean, 9.5); // mean of 1..18
        QVERIFY(daily[0].enough);
        const auto short17 = dailyMeans(hoursOfData(17));
        QCOMPARE(short17[0].hours, 17);
        QVERIFY(!short17[0].enough);
        QVERIFY(koreanGrade(Pollutant::Pm10, short17[0]) == KoreanGrade::NotEnoughData);
        QCOMPARE(koreanName(KoreanGrade::NotEnoughData), std::string_view("자료 부족"));

        auto flagged = readings;
        flagged[0].value = 5000;
        flagged[0].flags = FlagImpossible;
        QCOMPARE(hourlyMeans(flagged)[0].readings, 5); // the flagged reading does not count

        const auto rolling = rolling24hMeans(hoursOfData(30));
        QCOMPARE(rolling.size(), std::size_t{30});
        QCOMPARE(rolling[29].hours, 24);
        QCOMPARE(rolling[29].mean, 18.5); // mean of 7..30
        QVERIFY(!rolling[16].enough);
        QVERIFY(rolling[17].enough);
    }

    void koreanGrades_data()
    {
        QTest::addColumn<Pollutant>("pollutant");
        QTest::addColumn<double>("mean");
        QTest::addColumn<QString>("grade");
        QTest::addRow("pm10 30 good") << Pollutant::Pm10 << 30.0 << "좋음";
        QTest::addRow("pm10 30.9 truncated good") << Pollutant::Pm10 << 30.9 << "좋음";
        QTest::addRow("pm10 31 moderate") << Pollutant::Pm10 << 31.0 << "보통";
        QTest::addRow("pm10 80 moderate") << Pollutant::Pm10 << 80.0 << "보통";
        QTest::addRow("pm10 81 bad") << Pollutant::Pm10 << 81.0 << "나쁨";
        QTest::addRow("pm10 151 very bad") << Pollutant::Pm10 << 151.0 << "매우나쁨";
        QTest::addRow("pm25 15 good") << Pollutant::Pm2_5 << 15.0 << "좋음";
        QTest::addRow("pm25 16 moderate") << Pollutant::Pm2_5 << 16.0 << "보통";
        QTest::addRow("pm25 36 bad") << Pollutant::Pm2_5 << 36.0 << "나쁨";
        QTest::addRow("pm25 76 very bad") << Pollutant::Pm2_5 << 76.0 << "매우나쁨";
    }
    void koreanGrades()
    {
        QFETCH(Pollutant, pollutant);
        QFETCH(double, mean);
        QFETCH(QString, grade);
        QCOMPARE(QString::fromUtf8(koreanName(koreanGrade(pollutant, mean)).data()), grade);
    }

    void indexes_data()
    {
        QTest::addColumn<Pollutant>("pollutant");
        QTest::addColumn<double>("concentration");
        QTest::addColumn<int>("cai");
        QTest::addColumn<int>("aqi");
        QTest::addColumn<QString>("who");
        // CAI: (I_hi − I_lo)/(BP_hi − BP_lo)·(C − BP_lo) + I_lo, rounded. AQI: EPA 2024.
        QTest::addRow("pm10 30") << Pollutant::Pm10 << 30.0 << 50 << 28 << "guideline";     // 50/54·30
        QTest::addRow("pm10 45") << Pollutant::Pm10 << 45.0 << 65 << 42 << "guideline";     // 49/49·14+51
        QTest::addRow("pm10 100") << Pollutant::Pm10 << 100.0 << 142 << 73 << "it2";        // 149/69·19+101
        QTest::addRow("pm10 154") << Pollutant::Pm10 << 154.0 << 253 << 100 << "above_it1"; // 249/449·3+251
        QTest::addRow("pm25 10") << Pollutant::Pm2_5 << 10.0 << 33 << 53 << "guideline";    // 50/15·10
        QTest::addRow("pm25 12") << Pollutant::Pm2_5 << 12.0 << 40 << 56 << "guideline";    // 49/26.3·2.9+51
        QTest::addRow("pm25 20") << Pollutant::Pm2_5 << 20.0 << 61 << 71 << "it4";          // 49/19·4+51
        QTest::addRow("pm25 35.4") << Pollutant::Pm2_5 << 35.4 << 100 << 100 << "it3";
        QTest::addRow("pm25 9.05 truncates to 9.0") << Pollutant::Pm2_5 << 9.05 << 30 << 50 << "guideline";
        QTest::addRow("pm25 80") << Pollutant::Pm2_5 << 80.0 << 253 << 168
                                 << "above_it1"; // 249/424·4+251; 49/69.9·24.5+151
    }
    void indexes()
    {
        QFETCH(Pollutant, pollutant);
        QFETCH(double, concentration);
        QFETCH(int, cai);
        QFETCH(int, aqi);
        QFETCH(QString, who);
        QCOMPARE(caiIndex(pollutant, concentration), cai);
        QCOMPARE(epaAqi(pollutant, concentration), aqi);
        QCOMPARE(QString::fromUtf8(toString(whoLevel(pollutant, concentration)).data()), who);
    }

    void overallCai()
    {
        QCOMPARE(caiOverall(45, 20), 65);
        QCOMPARE(caiOverall(-1, 20), 61);
        QCOMPARE(epaCategory(101), std::string_view("Unhealthy for Sensitive Groups"));
    }

    void fingerprint()
    {
        Series s;
        s.source = "sensor.community";
        s.externalId = "5331";
        s.quantity = Quantity::Pm10;
        const auto readings = hoursOfData(3);
        const std::string base = evidenceFingerprint(s, kDay, kDay + 3 * 3600, readings);
        QCOMPARE(base.size(), std::size_t{64});
        QCOMPARE(evidenceFingerprint(s, kDay, kDay + 3 * 3600, readings), base);
        auto changed = readings;
        changed[7].value += 0.001;
        QVERIFY(evidenceFingerprint(s, kDay, kDay + 3 * 3600, changed) != base);
        auto reflagged = readings;
        reflagged[7].flags = FlagImpossible;
        QVERIFY(evidenceFingerprint(s, kDay, kDay + 3 * 3600, reflagged) != base);
        auto fewer = readings;
        fewer.pop_back();
        QVERIFY(evidenceFingerprint(s, kDay, kDay + 3 * 3600, fewer) != base);
        // Readings outside the window do not count.
        auto outside = readings;
        outside.push_back({kDay + 5 * 3600, 1, FlagNone});
        QCOMPARE(evidenceFingerprint(s, kDay, kDay + 3 * 3600, outside), base);
        s.quantity = Quantity::Pm2_5;
        QVERIFY(evidenceFingerprint(s, kDay, kDay + 3 * 3600, readings) != base);
    }
};

QTEST_GUILESS_MAIN(TestSensorStats)
#include "test_sensor_stats.moc"
