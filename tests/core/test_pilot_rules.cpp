// The rules of an agile pilot (core/pilots/pilot_rules.h): the phase machine, zones that may not
// cross themselves, at most six months between start and end, and measurable goals.

#include "core/pilots/pilot_rules.h"

#include <QTest>

#include <cmath>
#include <numbers>
#include <random>

using namespace balgul::core;
using namespace balgul::core::pilots;
using namespace std::chrono;

namespace {

Ring square(double lat = 36.35, double lon = 127.38, double size = 0.01)
{
    return {{lat, lon}, {lat, lon + size}, {lat + size, lon + size}, {lat + size, lon}};
}

/// A convex polygon: `n` points on a circle, in angle order.
Ring convex(std::mt19937& random, std::size_t n)
{
    std::uniform_real_distribution<double> angle(0, 2 * std::numbers::pi);
    std::vector<double> angles(n);
    for (double& a : angles)
        a = angle(random);
    std::sort(angles.begin(), angles.end());
    angles.erase(std::unique(angles.begin(), angles.end()), angles.end());
    Ring ring;
    for (const double a : angles)
        ring.push_back({36.35 + 0.01 * std::sin(a), 127.38 + 0.01 * std::cos(a)});
    return ring;
}

PilotFields validPilot()
{
    PilotFields p;
    p.title = "둔산동 미세먼지 저감 시범사업";
    p.hypothesis = "Watering the roads at 6 a.m. lowers PM10 in the morning rush.";
    p.problemIds = {"0190a0c2-0000-7000-8000-000000000001"};
    p.zone = {square()};
    p.start = 2026y / March / 1;
    p.end = 2026y / August / 31;
    p.costKrw = 45'000'000;
    p.goals = {Goal{}};
    return p;
}

} // namespace

class TestPilotRules : public QObject
{
    Q_OBJECT

private slots:
    void phasesMoveOnlyAsAllowed()
    {
        using P = PilotPhase;
        const std::vector<std::pair<P, P>> allowed = {
            {P::Proposed, P::Voting},  {P::Proposed, P::Selected}, {P::Proposed, P::Rejected},
            {P::Voting, P::Selected},  {P::Voting, P::Rejected},   {P::Voting, P::Proposed},
            {P::Selected, P::Running}, {P::Selected, P::Rejected}, {P::Running, P::Evaluated},
        };
        int allowedCount = 0;
        for (int f = 0; f < kPilotPhaseCount; ++f)
            for (int t = 0; t < kPilotPhaseCount; ++t) {
                const auto from = static_cast<P>(f);
                const auto to = static_cast<P>(t);
                const bool expected =
                    std::find(allowed.begin(), allowed.end(), std::make_pair(from, to)) != allowed.end();
                QVERIFY2(isAllowedPhaseTransition(from, to) == expected,
                         (std::string(toString(from)) + " -> " + std::string(toString(to))).c_str());
                allowedCount += expected;
            }
        QCOMPARE(allowedCount, 9);
        for (int f = 0; f < kPilotPhaseCount; ++f)
            QCOMPARE(pilotPhaseFromString(toString(static_cast<P>(f))), std::optional<P>(static_cast<P>(f)));
        QVERIFY(!pilotPhaseFromString("Running"));
        QVERIFY(!pilotPhaseFromString(""));
    }

    void goalsAreMeasurable()
    {
        Goal pm;
        QVERIFY(checkGoal(pm, 0));
        pm.statistic = GoalStatistic::CountPerWeek;
        auto s = checkGoal(pm, 2);
        QVERIFY(!s);
        QCOMPARE(s.error().field, std::string("goals[2].statistic"));

        Goal count;
        count.quantity = GoalQuantity::ProblemCount;
        count.statistic = GoalStatistic::CountPerWeek;
        QCOMPARE(checkGoal(count, 0).error().field, std::string("goals[0].category"));
        count.category = "recycling";
        QVERIFY(checkGoal(count, 0));

        for (const double bad : {0.0, -5.0, 150.0, std::nan(""), HUGE_VAL}) {
            Goal g;
            g.targetPercent = bad;
            QCOMPARE(checkGoal(g, 1).error().field, std::string("goals[1].target_percent"));
        }
        Goal up;
        up.direction = GoalDirection::Increase;
        up.quantity = GoalQuantity::Temperature;
        up.targetPercent = 150;
        QVERIFY(checkGoal(up, 0));
        for (const char* name : {"pm25", "pm10", "noise", "temperature", "problem_count"})
            QCOMPARE(toString(*goalQuantityFromString(name)), std::string_view(name));
        QCOMPARE(toString(*goalStatisticFromString("daily_mean")), std::string_view("daily_mean"));
        QCOMPARE(toString(*goalDirectionFromString("increase")), std::string_view("increase"));
        QVERIFY(!goalQuantityFromString("PM2.5"));
    }

    void ringsThatCrossThemselvesAreRefused()
    {
        QVERIFY(checkRing(square(), 0));
        // A bow tie: edges 1–2 and 3–4 cross.
        Ring bowtie = {{0, 0}, {1, 1}, {1, 0}, {0, 1}};
        auto s = checkRing(bowtie, 1);
        QVERIFY(!s);
        QCOMPARE(s.error().field, std::string("zone[1]"));
        QVERIFY2(s.error().message.find("crosses itself between vertices 1–2 and 3–4") != std::string::npos,
                 s.error().message.c_str());
        // A figure eight that only touches itself at a vertex is refused too.
        Ring eight = {{0, 0}, {0, 2}, {1, 1}, {2, 2}, {2, 0}, {1, 1}};
        QVERIFY(!checkRing(eight, 0));
        // A concave "U" is a fine zone.
        Ring u = {{0, 0}, {0, 3}, {3, 3}, {3, 2}, {1, 2}, {1, 1}, {3, 1}, {3, 0}};
        QVERIFY(checkRing(u, 0));
        QVERIFY(!checkRing({{0, 0}, {1, 1}}, 0));                 // too few
        QVERIFY(!checkRing({{0, 0}, {1, 1}, {2, 2}}, 0));         // no area
        QVERIFY(!checkRing({{0, 0}, {0, 0}, {1, 1}, {1, 0}}, 0)); // a vertex twice in a row
        QVERIFY(!checkRing({{0, 0}, {91, 1}, {1, 0}}, 0));        // not on the Earth
        QVERIFY(!checkRing({{0, 0}, {std::nan(""), 1}, {1, 0}}, 0));
    }

    void convexRingsPassAndSwappingTwoVerticesMakesThemCross()
    {
        std::mt19937 random(20261204);
        std::uniform_int_distribution<std::size_t> size(4, 40);
        for (int round = 0; round < 300; ++round) {
            Ring ring = convex(random, size(random));
            if (ring.size() < 4)
                continue;
            QVERIFY(checkRing(ring, 0));
            QVERIFY(!firstSelfIntersection(ring));
            std::uniform_int_distribution<std::size_t> at(0, ring.size() - 1);
            const std::size_t i = at(random);
            std::swap(ring[i], ring[(i + 1) % ring.size()]);
            QVERIFY2(firstSelfIntersection(ring), ("round " + std::to_string(round)).c_str());
            QVERIFY(!checkRing(ring, 0));
        }
    }

    void zonesContainWhatIsInside()
    {
        Ring u = {{0, 0}, {0, 3}, {3, 3}, {3, 2}, {1, 2}, {1, 1}, {3, 1}, {3, 0}};
        QVERIFY(ringContains(u, {0.5, 0.5}));
        QVERIFY(ringContains(u, {2.5, 2.5}));
        QVERIFY(!ringContains(u, {1.5, 2.0 - 0.5})); // in the notch of the U
        QVERIFY(ringContains(u, {0, 1.5}));          // on an edge
        QVERIFY(!ringContains(u, {4, 4}));
        QVERIFY(zoneContains({square(0, 0, 1), square(5, 5, 1)}, {5.5, 5.5}));
        QVERIFY(!zoneContains({square(0, 0, 1), square(5, 5, 1)}, {3, 3}));
        QVERIFY(!zoneContains({}, {0, 0}));
    }

    void aPilotRunsAtMostSixMonths()
    {
        QCOMPARE(latestEnd(2026y / March / 1), year_month_day(2026y / August / 31));
        QCOMPARE(latestEnd(2026y / January / 15), year_month_day(2026y / July / 14));
        QCOMPARE(latestEnd(2026y / August / 31), year_month_day(2027y / February / 28));
        QCOMPARE(latestEnd(2027y / August / 31), year_month_day(2028y / February / 29));
        QCOMPARE(latestEnd(2026y / December / 1), year_month_day(2027y / May / 31));

        PilotFields p = validPilot();
        QVERIFY(checkPilot(p));
        p.end = 2026y / September / 1;
        auto s = checkPilot(p);
        QVERIFY(!s);
        QCOMPARE(s.error().field, std::string("end"));
        QVERIFY2(s.error().message.find("2026-08-31") != std::string::npos, s.error().message.c_str());
        p.end = 2026y / February / 28;
        QCOMPARE(checkPilot(p).error().field, std::string("end"));
        p.end = p.start; // one day
        QVERIFY(checkPilot(p));
    }

    void aPilotNamesItsFault()
    {
        const auto fieldOf = [](const PilotFields& p) { return checkPilot(p).error().field; };
        PilotFields p = validPilot();
        p.title = "   ";
        QCOMPARE(fieldOf(p), std::string("title"));
        p = validPilot();
        p.title = std::string(201, 'x');
        QCOMPARE(fieldOf(p), std::string("title"));
        p = validPilot();
        p.problemIds.clear();
        QCOMPARE(fieldOf(p), std::string("problem_ids"));
        p = validPilot();
        p.zone.clear();
        QCOMPARE(fieldOf(p), std::string("zone"));
        p = validPilot();
        p.zone.push_back({{0, 0}, {1, 1}, {1, 0}, {0, 1}});
        QCOMPARE(fieldOf(p), std::string("zone[1]"));
        p = validPilot();
        p.costKrw = -1;
        QCOMPARE(fieldOf(p), std::string("cost_krw"));
        p = validPilot();
        p.goals.clear();
        QCOMPARE(fieldOf(p), std::string("goals"));
        p = validPilot();
        p.start = year_month_day{2026y / February / 30};
        QCOMPARE(fieldOf(p), std::string("start"));
    }

    void datesReadAndWrite()
    {
        QCOMPARE(toString(2026y / March / 1), std::string("2026-03-01"));
        QCOMPARE(parseDate("2028-02-29"), std::optional<Date>(2028y / February / 29));
        for (const char* bad :
             {"2027-02-29", "2026-3-01", "2026-03-01T00:00", "", "abcd-ef-gh", "2026-13-01"})
            QVERIFY2(!parseDate(bad), bad);
    }
};

QTEST_APPLESS_MAIN(TestPilotRules)
#include "test_pilot_rules.moc"
