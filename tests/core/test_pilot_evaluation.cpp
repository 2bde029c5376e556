// A pilot's evaluation (core/pilots/evaluation.h): the difference in differences of daily means
// between the zone's stations and the outside ones, its bootstrap interval, and "not enough data"
// said with its reason instead of a number.

#include "core/pilots/evaluation.h"

#include <QTest>

#include <random>

using namespace balgul::core::pilots;

namespace {

/// A station's daily means: `before` days around `level`, then `during` days around
/// `level * (1 + change)`, each day with normal noise of `noise` and `hours` hours of data.
StationDays station(std::mt19937& random, const std::string& id, bool inZone, double level, double change,
                    int days = 30, double noise = 2.0, int hours = 24)
{
    std::normal_distribution<double> jitter(0, noise);
    StationDays s;
    s.stationId = id;
    s.inZone = inZone;
    for (int d = 0; d < days; ++d) {
        s.before.push_back(level + jitter(random));
        s.hoursBefore.push_back(hours);
        s.during.push_back(level * (1 + change) + jitter(random));
        s.hoursDuring.push_back(hours);
    }
    return s;
}

std::vector<StationDays> city(double zoneChange, double outsideChange, int inside = 4, int outside = 9,
                              int zoneHours = 24, unsigned seed = 7)
{
    std::mt19937 random(seed);
    std::vector<StationDays> all;
    for (int i = 0; i < inside; ++i)
        all.push_back(station(random, "in" + std::to_string(i), true, 40, zoneChange, 30, 2.0, zoneHours));
    for (int i = 0; i < outside; ++i)
        all.push_back(station(random, "out" + std::to_string(i), false, 40, outsideChange));
    return all;
}

Goal pm25Down(double percent)
{
    Goal g;
    g.quantity = GoalQuantity::Pm25;
    g.direction = GoalDirection::Decrease;
    g.targetPercent = percent;
    return g;
}

} // namespace

class TestPilotEvaluation : public QObject
{
    Q_OBJECT

private slots:
    void aRealEffectIsFoundWithItsInterval()
    {
        // The zone falls 15 %, the city around it 3 %: the pilot's own effect is about −12 %.
        auto e = evaluate(city(-0.15, -0.03), pm25Down(10));
        QVERIFY(e);
        QVERIFY(e->enoughData());
        QCOMPARE(e->zone.stations, 4);
        QCOMPARE(e->outside.stations, 9);
        QCOMPARE(e->zone.hours, std::int64_t(4 * 60 * 24));
        QCOMPARE(e->zone.coverage, 1.0);
        QVERIFY2(std::abs(e->didPercent + 12) < 1.5, std::to_string(e->didPercent).c_str());
        QVERIFY2(std::abs(e->zone.changePercent + 15) < 1.5, std::to_string(e->zone.changePercent).c_str());
        QVERIFY2(std::abs(e->outside.changePercent + 3) < 1.0,
                 std::to_string(e->outside.changePercent).c_str());
        QVERIFY(e->lowPercent < e->didPercent && e->didPercent < e->highPercent);
        QVERIFY(e->highPercent < 0);
        QVERIFY(e->highPercent - e->lowPercent < 6); // 30 days of four stations: a tight interval
        QVERIFY(e->goalMet);
        QVERIFY(e->confident);
        QVERIFY(!evaluate(city(-0.15, -0.03), pm25Down(20))->goalMet);
    }

    void aCityWideTrendIsNotThePilots()
    {
        // Everything falls 20 %: the zone did no better than outside.
        auto e = evaluate(city(-0.20, -0.20), pm25Down(10));
        QVERIFY(e && e->enoughData());
        QVERIFY2(std::abs(e->didPercent) < 2, std::to_string(e->didPercent).c_str());
        QVERIFY(e->lowPercent < 0 && e->highPercent > 0);
        QVERIFY(!e->goalMet);
        QVERIFY(!e->confident);
    }

    void theIntervalCoversTheTruth()
    {
        // 200 cities drawn with a known effect of −12 %: the 95 % interval must hold it in at
        // least 90 % of them.
        EvaluationOptions options;
        options.bootstrapRounds = 500;
        int covered = 0;
        for (unsigned seed = 1; seed <= 200; ++seed) {
            options.seed = seed;
            auto e = evaluate(city(-0.15, -0.03, 4, 9, 24, seed), pm25Down(10), options);
            QVERIFY(e && e->enoughData());
            covered += e->lowPercent <= -12 && -12 <= e->highPercent;
        }
        qInfo("the interval held the truth in %d of 200 cities", covered);
        QVERIFY2(covered >= 180, (std::to_string(covered) + " of 200").c_str());
    }

    void theSameDataAndSeedGiveTheSameInterval()
    {
        const auto data = city(-0.10, 0);
        auto a = evaluate(data, pm25Down(5));
        auto b = evaluate(data, pm25Down(5));
        QVERIFY(a && b);
        QCOMPARE(a->lowPercent, b->lowPercent);
        QCOMPARE(a->highPercent, b->highPercent);
        EvaluationOptions other;
        other.seed = 99;
        auto c = evaluate(data, pm25Down(5), other);
        QCOMPARE(c->didPercent, a->didPercent);
        QVERIFY(c->lowPercent != a->lowPercent);
    }

    void tooFewStationsOrHoursSayWhy()
    {
        auto oneInside = evaluate(city(-0.15, -0.03, 1, 9), pm25Down(10));
        QVERIFY(oneInside);
        QCOMPARE(int(oneInside->notEnough), int(NotEnoughData::ZoneStations));
        QCOMPARE(oneInside->didPercent, 0.0); // never a number
        QCOMPARE(int(evaluate(city(-0.15, -0.03, 4, 1), pm25Down(10))->notEnough),
                 int(NotEnoughData::OutsideStations));
        // Half the hours inside: coverage 50 %.
        auto sparse = evaluate(city(-0.15, -0.03, 4, 9, 12), pm25Down(10));
        QCOMPARE(int(sparse->notEnough), int(NotEnoughData::ZoneCoverage));
        QCOMPARE(sparse->zone.coverage, 0.5);
        // A station without any data does not count as one.
        auto data = city(-0.15, -0.03, 2, 9);
        for (auto& v : data[0].before)
            v.reset();
        for (auto& v : data[0].during)
            v.reset();
        QCOMPARE(int(evaluate(data, pm25Down(10))->notEnough), int(NotEnoughData::ZoneStations));
    }

    void badInputIsRefused()
    {
        auto data = city(-0.1, 0);
        data[3].during.pop_back();
        auto e = evaluate(data, pm25Down(10));
        QVERIFY(!e);
        QCOMPARE(e.error().field, std::string("stations"));
        QVERIFY(e.error().message.find("in3") != std::string::npos);
        Goal count;
        count.quantity = GoalQuantity::ProblemCount;
        count.statistic = GoalStatistic::CountPerWeek;
        count.category = "air";
        QVERIFY(!evaluate(city(-0.1, 0), count));
    }
};

QTEST_APPLESS_MAIN(TestPilotEvaluation)
#include "test_pilot_evaluation.moc"
