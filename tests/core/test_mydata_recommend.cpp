// "For you" recommendations (core/mydata/recommend.h) on hand-computed cases: a problem on the
// usual route and how many days a week, the resident's local day, the 100 m neighbourhood across a
// cell edge, pilots whose zone the route passes through, the household's monthly electricity use
// against the reference for its size, the order, and the store's open problems and live pilots.

#include "core/geo/grid_cell.h"
#include "core/mydata/recommend.h"
#include "core/store/store.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace balgul::core;
using namespace balgul::core::mydata;
using namespace std::chrono;

namespace {

constexpr double kLat = 36.3504;
constexpr double kLon = 127.3845;
constexpr double kMetresPerDegree = 111320.0;
/// 2025-03-03T00:00:00+09:00, the start of a Korean day.
constexpr std::int64_t kKoreanMidnight = 1740927600;
constexpr std::int64_t kDay = 86400;

double north(double metres)
{
    return kLat + metres / kMetresPerDegree;
}

/// One Mobility block per point list, as the GPX importer would make (one UTC day's points).
RecordBlock track(const std::vector<TrackPoint>& points)
{
    RecordBlock block;
    block.category = Category::Mobility;
    block.points = points;
    if (!points.empty() && points.front().time) {
        block.start = *points.front().time;
        block.end = *points.back().time;
    }
    return block;
}

/// At 08:00 Korean time on day `day` (0 = 2025-03-03), at (lat, lon).
TrackPoint at(int day, double lat, double lon, int hour = 8)
{
    return {kKoreanMidnight + day * kDay + hour * 3600, lat, lon};
}

ProblemSite problem(std::int64_t rowid, double lat, double lon)
{
    ProblemSite site;
    site.rowid = rowid;
    site.id = "p" + std::to_string(rowid);
    site.title = "problem " + std::to_string(rowid);
    site.category = "air";
    site.lat = lat;
    site.lon = lon;
    return site;
}

/// `days` days of `perDay` readings of `wh` Wh each (24: hourly) from UTC day `firstDay` (days
/// since 1970).
std::vector<RecordBlock> electricity(std::int64_t firstDay, int days, double wh, int perDay = 24)
{
    const std::int64_t length = kDay / perDay;
    std::vector<RecordBlock> blocks;
    for (int d = 0; d < days; ++d) {
        RecordBlock block;
        block.category = Category::Electricity;
        block.unit = "Wh";
        for (int i = 0; i < perDay; ++i)
            block.intervals.push_back({(firstDay + d) * kDay + i * length, length, wh});
        block.start = block.intervals.front().start;
        block.end = block.intervals.back().start + length;
        blocks.push_back(std::move(block));
    }
    return blocks;
}

pilots::Ring square(double lat, double lon, double size)
{
    return {{lat, lon}, {lat, lon + size}, {lat + size, lon + size}, {lat + size, lon}};
}

} // namespace

class TestMydataRecommend : public QObject
{
    Q_OBJECT

private slots:
    void problemOnTheUsualRoute();
    void oneDayIsNotARoute();
    void daysAreTheResidentsLocalDays();
    void neighbourCellAcrossAnEdge();
    void untimedPointsCountForNothing();
    void pilotZoneOnTheRoute();
    void monthlyElectricityUse();
    void referenceForHouseholdSize();
    void energyPilotWhenUseIsHigh_data();
    void energyPilotWhenUseIsHigh();
    void orderAndLimit();
    void storeOpenProblemsAndLivePilots();
};

void TestMydataRecommend::problemOnTheUsualRoute()
{
    // 14 days of tracks; on 6 of them (days 0, 2, 4, 7, 9, 11) the route passes 50 m north of the
    // problem, on the others 1 km north. 6 days of 14 are 3 days a week.
    std::vector<RecordBlock> blocks;
    for (int day = 0; day < 14; ++day) {
        const bool near = day == 0 || day == 2 || day == 4 || day == 7 || day == 9 || day == 11;
        blocks.push_back(track({at(day, north(near ? 50 : 1000), kLon), at(day, north(1000), kLon, 18)}));
    }
    const auto out = recommend(blocks, {problem(1, kLat, kLon), problem(2, north(300), kLon)}, {}, {});
    QCOMPARE(out.size(), std::size_t(1));
    QCOMPARE(out[0].kind, SubjectKind::Problem);
    QCOMPARE(out[0].rowid, std::int64_t(1));
    QCOMPARE(out[0].routeDays, 6);
    QCOMPARE(out[0].spanDays, 14);
    QCOMPARE(out[0].daysPerWeek, 3);
    QVERIFY2(std::abs(out[0].nearestMeters - 50) < 1, qPrintable(QString::number(out[0].nearestMeters)));
    QVERIFY(!out[0].energy);
}

void TestMydataRecommend::oneDayIsNotARoute()
{
    // Passed on one day only: not a usual route (minDays 2); with minDays 1 it is, 1 day in 7.
    std::vector<RecordBlock> blocks{track({at(0, kLat, kLon)}), track({at(6, north(2000), kLon)})};
    QVERIFY(recommend(blocks, {problem(1, kLat, kLon)}, {}, {}).empty());
    RecommendOptions once;
    once.minDays = 1;
    const auto out = recommend(blocks, {problem(1, kLat, kLon)}, {}, once);
    QCOMPARE(out.size(), std::size_t(1));
    QCOMPARE(out[0].routeDays, 1);
    QCOMPARE(out[0].spanDays, 7);
    QCOMPARE(out[0].daysPerWeek, 1);
}

void TestMydataRecommend::daysAreTheResidentsLocalDays()
{
    // 14:00 and 16:00 UTC of one UTC day are 23:00 and 01:00 the next day in Korea: two days at
    // +09:00, one day at UTC.
    const std::int64_t utcDay = 20150 * kDay;
    std::vector<RecordBlock> blocks{
        track({TrackPoint{utcDay + 14 * 3600, kLat, kLon}, TrackPoint{utcDay + 16 * 3600, kLat, kLon}})};
    const auto korea = recommend(blocks, {problem(1, kLat, kLon)}, {}, {});
    QCOMPARE(korea.size(), std::size_t(1));
    QCOMPARE(korea[0].routeDays, 2);
    QCOMPARE(korea[0].spanDays, 2);
    QCOMPARE(korea[0].daysPerWeek, 7);
    RecommendOptions utc;
    utc.localOffsetSeconds = 0;
    QVERIFY(recommend(blocks, {problem(1, kLat, kLon)}, {}, utc).empty());
}

void TestMydataRecommend::neighbourCellAcrossAnEdge()
{
    // The problem just south of a 100 m cell's northern edge, the route 80 m north of it in the
    // next band of cells: it is on the route. 130 m north is not (nearMeters 100).
    const geo::GridCell cell = geo::cellOf(kLat, kLon, geo::Precision::M100);
    const double edge = cell.lat + cell.halfLat;
    const double problemLat = edge - 1e-6;
    const double routeLat = problemLat + 80 / kMetresPerDegree;
    QVERIFY(geo::cellOf(routeLat, kLon, geo::Precision::M100).row != cell.row);
    std::vector<RecordBlock> blocks{track({at(0, routeLat, kLon)}), track({at(1, routeLat, kLon)})};
    const auto out = recommend(blocks, {problem(1, problemLat, kLon)}, {}, {});
    QCOMPARE(out.size(), std::size_t(1));
    QVERIFY(std::abs(out[0].nearestMeters - 80) < 1);

    const double farLat = problemLat + 130 / kMetresPerDegree;
    std::vector<RecordBlock> far{track({at(0, farLat, kLon)}), track({at(1, farLat, kLon)})};
    QVERIFY(recommend(far, {problem(1, problemLat, kLon)}, {}, {}).empty());
}

void TestMydataRecommend::untimedPointsCountForNothing()
{
    RecordBlock untimed;
    untimed.category = Category::Mobility;
    untimed.points = {TrackPoint{std::nullopt, kLat, kLon}, TrackPoint{std::nullopt, kLat, kLon}};
    QVERIFY(recommend({untimed}, {problem(1, kLat, kLon)}, {}, {}).empty());
    // Other categories' blocks are not tracks.
    QVERIFY(recommend(electricity(20150, 10, 100), {problem(1, kLat, kLon)}, {}, {}).empty());
}

void TestMydataRecommend::pilotZoneOnTheRoute()
{
    // A 0.01° zone; over 7 days the route enters it on days 1, 3 and 5 and stays south of it on
    // the others: 3 days a week. A second zone 0.1° east is never entered.
    PilotSite inside{"pilot-a", "Clean air streets", {square(kLat, kLon, 0.01)}, false};
    PilotSite away{"pilot-b", "Far away", {square(kLat, kLon + 0.1, 0.01)}, false};
    std::vector<RecordBlock> blocks;
    for (int day = 0; day < 7; ++day) {
        const bool enters = day % 2 == 1;
        blocks.push_back(track({at(day, enters ? kLat + 0.005 : kLat - 0.005, kLon + 0.005)}));
    }
    const auto out = recommend(blocks, {}, {inside, away}, {});
    QCOMPARE(out.size(), std::size_t(1));
    QCOMPARE(out[0].kind, SubjectKind::Pilot);
    QCOMPARE(out[0].id, std::string("pilot-a"));
    QCOMPARE(out[0].routeDays, 3);
    QCOMPARE(out[0].spanDays, 7);
    QCOMPARE(out[0].daysPerWeek, 3);
    QVERIFY(!out[0].energy);
}

void TestMydataRecommend::monthlyElectricityUse()
{
    // 10 days of 24 × 500 Wh = 12 kWh a day: 360 kWh per 30 days.
    auto use = monthlyElectricity(electricity(20150, 10, 500));
    QVERIFY(use);
    QCOMPARE(use->days, 10.0);
    QCOMPARE(use->monthlyKwh, 360.0);

    // A day more than a year before the latest one is left out.
    auto blocks = electricity(20150, 10, 500);
    auto old = electricity(20150 - 400, 1, 100000);
    blocks.insert(blocks.end(), old.begin(), old.end());
    use = monthlyElectricity(blocks);
    QVERIFY(use);
    QCOMPARE(use->days, 10.0);
    QCOMPARE(use->monthlyKwh, 360.0);

    // Readings of 10 local days start and end inside UTC days: what counts is the time they cover.
    auto shifted = electricity(20150, 10, 500);
    for (RecordBlock& b : shifted)
        for (Interval& i : b.intervals)
            i.start -= 9 * 3600;
    use = monthlyElectricity(shifted);
    QVERIFY(use);
    QCOMPARE(use->monthlyKwh, 360.0);
    // A gap of five days between two stretches of four is no use at all in those days.
    auto gap = electricity(20150, 4, 500);
    auto later = electricity(20159, 4, 500);
    gap.insert(gap.end(), later.begin(), later.end());
    use = monthlyElectricity(gap);
    QVERIFY(use);
    QCOMPARE(use->days, 8.0);
    QCOMPARE(use->monthlyKwh, 360.0);

    // Six days are too few to judge; gas is not electricity.
    QVERIFY(!monthlyElectricity(electricity(20150, 6, 500)));
    auto gas = electricity(20150, 10, 500);
    for (RecordBlock& b : gas)
        b.category = Category::Gas;
    QVERIFY(!monthlyElectricity(gas));
}

void TestMydataRecommend::referenceForHouseholdSize()
{
    QCOMPARE(referenceMonthlyKwh(0), 0.0);
    QCOMPARE(referenceMonthlyKwh(1), 200.0);
    QCOMPARE(referenceMonthlyKwh(2), 250.0);
    QCOMPARE(referenceMonthlyKwh(3), 300.0);
    QCOMPARE(referenceMonthlyKwh(4), 350.0);
    QCOMPARE(referenceMonthlyKwh(5), 400.0);
    QCOMPARE(referenceMonthlyKwh(9), 400.0);
}

void TestMydataRecommend::energyPilotWhenUseIsHigh_data()
{
    QTest::addColumn<int>("household");
    QTest::addColumn<double>("wh");
    QTest::addColumn<int>("perDay");
    QTest::addColumn<bool>("recommended");
    // 500 Wh an hour is 12 kWh a day, 360 kWh a month.
    QTest::addRow("four people, 360 above 350") << 4 << 500.0 << 24 << true;
    QTest::addRow("five people, 360 below 400") << 5 << 500.0 << 24 << false;
    QTest::addRow("no household size given") << 0 << 500.0 << 24 << false;
    // 10 kWh a day is 300 kWh a month: at the reference for three, not above it.
    QTest::addRow("three people, at the reference") << 3 << 10000.0 << 1 << false;
    QTest::addRow("one person, 216 above 200") << 1 << 300.0 << 24 << true;
}

void TestMydataRecommend::energyPilotWhenUseIsHigh()
{
    QFETCH(int, household);
    QFETCH(double, wh);
    QFETCH(int, perDay);
    QFETCH(bool, recommended);
    PilotSite energy{"pilot-energy", "Shared solar", {square(kLat + 1, kLon, 0.01)}, true};
    PilotSite other{"pilot-air", "Clean air", {square(kLat + 1, kLon, 0.01)}, false};
    RecommendOptions options;
    options.householdSize = household;
    const auto out = recommend(electricity(20150, 10, wh, perDay), {}, {energy, other}, options);
    QCOMPARE(out.size(), std::size_t(recommended ? 1 : 0));
    if (recommended) {
        QCOMPARE(out[0].id, std::string("pilot-energy"));
        QVERIFY(out[0].energy);
        QCOMPARE(out[0].routeDays, 0);
        QCOMPARE(out[0].householdSize, household);
        QCOMPARE(out[0].referenceKwh, referenceMonthlyKwh(household));
        QCOMPARE(out[0].monthlyKwh, wh * perDay * 30 / 1000);
    }
}

void TestMydataRecommend::orderAndLimit()
{
    // Problems 1 (4 days), 2 (2 days, 10 m), 3 (2 days, 40 m) and a pilot (2 days): the pilot
    // first, then 1, 2, 3.
    std::vector<RecordBlock> blocks;
    const double p2 = north(500), p3 = north(1000);
    for (int day = 0; day < 4; ++day) {
        std::vector<TrackPoint> points{at(day, north(5), kLon)};
        if (day < 2) {
            points.push_back(at(day, p2 + 10 / kMetresPerDegree, kLon, 9));
            points.push_back(at(day, p3 + 40 / kMetresPerDegree, kLon, 10));
        }
        blocks.push_back(track(points));
    }
    PilotSite pilot{"pilot", "Zone", {square(north(490), kLon - 0.0001, 0.0002)}, false};
    const auto out =
        recommend(blocks, {problem(3, p3, kLon), problem(2, p2, kLon), problem(1, kLat, kLon)}, {pilot}, {});
    QCOMPARE(out.size(), std::size_t(4));
    QCOMPARE(out[0].kind, SubjectKind::Pilot);
    QCOMPARE(out[0].routeDays, 2);
    QCOMPARE(out[1].rowid, std::int64_t(1));
    QCOMPARE(out[1].routeDays, 4);
    QCOMPARE(out[2].rowid, std::int64_t(2));
    QCOMPARE(out[3].rowid, std::int64_t(3));

    RecommendOptions two;
    two.maxItems = 2;
    const auto limited =
        recommend(blocks, {problem(3, p3, kLon), problem(2, p2, kLon), problem(1, kLat, kLon)}, {pilot}, two);
    QCOMPARE(limited.size(), std::size_t(2));
    QCOMPARE(limited[1].rowid, std::int64_t(1));
}

void TestMydataRecommend::storeOpenProblemsAndLivePilots()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StoreOptions options;
    options.userName = "lab";
    auto opened = Store::open((dir.path() + QStringLiteral("/balgul.sqlite")).toStdString(), options);
    QVERIFY(opened);
    Store& store = **opened;
    auto add = [&](const std::string& title, const std::string& category, ProblemStatus status) {
        Problem p;
        p.title = title;
        p.category = category;
        p.status = status;
        p.lat = kLat;
        p.lon = kLon;
        auto made = store.createProblem(p);
        return made ? *made : Problem{};
    };
    const Problem open = add("Streetlight out", "safety", ProblemStatus::New);
    const Problem energyProblem = add("Old boilers", "energy", ProblemStatus::Confirmed);
    const Problem fixed = add("Fixed pothole", "traffic", ProblemStatus::Resolved);
    QVERIFY(!open.id.empty() && !energyProblem.id.empty() && !fixed.id.empty());

    const auto sites = openProblemSites(store);
    QCOMPARE(sites.size(), std::size_t(2));
    for (const ProblemSite& s : sites)
        QVERIFY(s.rowid != fixed.rowid);

    pilots::PilotFields fields;
    fields.title = "Shared solar";
    fields.problemIds = {energyProblem.id};
    fields.zone = {square(kLat, kLon, 0.01)};
    fields.start = 2026y / March / 1d;
    fields.end = 2026y / August / 31d;
    fields.goals = {pilots::Goal{pilots::GoalQuantity::ProblemCount, "energy",
                                 pilots::GoalStatistic::CountPerWeek, pilots::GoalDirection::Decrease, 10}};
    auto solar = store.createPilot(fields);
    QVERIFY2(solar, solar ? "" : solar.error().message.c_str());
    fields.title = "Safer crossings";
    fields.problemIds = {open.id};
    fields.goals[0].category = "safety";
    auto crossings = store.createPilot(fields);
    QVERIFY(crossings);
    QVERIFY(store.setPilotPhase(crossings->id, pilots::PilotPhase::Rejected, "not now"));

    const auto pilotSites = livePilotSites(store);
    QCOMPARE(pilotSites.size(), std::size_t(1));
    QCOMPARE(pilotSites[0].id, solar->id);
    QVERIFY(pilotSites[0].energy);

    // The recommended problems get their ids and titles from the store.
    std::vector<RecordBlock> blocks{track({at(0, kLat, kLon)}), track({at(1, kLat, kLon)})};
    auto out = recommend(blocks, sites, {}, {});
    QCOMPARE(out.size(), std::size_t(2));
    describeProblems(store, out);
    QStringList titles;
    for (const Recommendation& r : out)
        titles << QString::fromStdString(r.title);
    titles.sort();
    QCOMPARE(titles, QStringList({QStringLiteral("Old boilers"), QStringLiteral("Streetlight out")}));
}

QTEST_GUILESS_MAIN(TestMydataRecommend)
#include "test_mydata_recommend.moc"
