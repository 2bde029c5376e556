// Minimization (core/mydata/minimize.h): a property test over a few hundred random sets of records
// (periods, cells, sums, withheld home and night-time cells, what the encoded rows hold) and small
// cases worked out by hand.

#include "core/mydata/consent.h"
#include "core/mydata/minimize.h"
#include "core/mydata/share_codec.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <QObject>
#include <QTest>

#include <cmath>
#include <ctime>
#include <map>
#include <random>
#include <set>
#include <string>
#include <tuple>

using namespace balgul::core;
using namespace balgul::core::mydata;

namespace {

constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kDay = 86400;
constexpr std::int64_t k2024 = 1704067200; // 2024-01-01T00:00:00Z

Consent consentFor(std::vector<Category> categories, Aggregate aggregate, geo::Precision grid)
{
    Consent draft;
    draft.principal = "0193a000-0000-7000-8000-0000000000aa";
    draft.purpose = "walking counts for the path lighting pilot";
    draft.purposeCategory = "dpv:PublicBenefit";
    draft.recipient = {RecipientKind::Hub, "https://hub.example", "Jungang hub"};
    draft.categories = std::move(categories);
    draft.aggregate = aggregate;
    draft.grid = grid;
    draft.retentionDays = 90;
    draft.expires = k2024 + 400 * kDay;
    draft.withdrawal = "Balgul > MyData > Consents";
    return newConsent(draft, k2024);
}

/// The period start worked out apart from the code under test (timegm for months).
std::int64_t expectedPeriod(std::int64_t t, Aggregate aggregate)
{
    switch (aggregate) {
    case Aggregate::Raw:
        return t;
    case Aggregate::Hourly:
        return t - t % kHour;
    case Aggregate::Daily:
        return t - t % kDay;
    case Aggregate::Monthly: {
        const std::time_t tt = static_cast<std::time_t>(t);
        std::tm tm{};
        gmtime_r(&tt, &tm);
        tm.tm_mday = 1;
        tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
        return static_cast<std::int64_t>(timegm(&tm));
    }
    }
    return t;
}

bool knownUnit(Category c, const std::string& unit)
{
    static const std::map<Category, std::set<std::string>> units{
        {Category::Electricity, {"Wh"}},      {Category::Gas, {"Wh", "m3", "therm"}},
        {Category::Mobility, {""}},           {Category::Steps, {"count"}},
        {Category::HeartRate, {"count/min"}}, {Category::WalkingDistance, {"m"}},
    };
    return units.at(c).count(unit) > 0;
}

RecordBlock intervals(Category c, std::string unit, std::vector<Interval> readings)
{
    RecordBlock b;
    b.category = c;
    b.unit = std::move(unit);
    b.intervals = std::move(readings);
    b.start = b.intervals.empty() ? 0 : b.intervals.front().start;
    b.end = b.intervals.empty() ? 0 : b.intervals.back().start + b.intervals.back().duration;
    return b;
}

RecordBlock track(std::vector<TrackPoint> points)
{
    RecordBlock b;
    b.category = Category::Mobility;
    b.points = std::move(points);
    return b;
}

/// One random case: blocks of every category, a consent naming some of them, a home and a
/// night-time spot that most night-time points are at.
struct Case
{
    std::vector<RecordBlock> blocks;
    Consent consent;
    MinimizeContext context;
    Place home;
    Place night;
    std::int64_t untimed = 0;
    std::int64_t timedHomePoints = 0;
    std::int64_t blocksOutside = 0;
};

Case randomCase(std::mt19937& rng)
{
    auto uniform = [&rng](double lo, double hi) {
        return std::uniform_real_distribution<double>(lo, hi)(rng);
    };
    auto integer = [&rng](std::int64_t lo, std::int64_t hi) {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
    };
    Case c;
    std::vector<Category> categories;
    for (Category cat : allCategories())
        if (uniform(0, 1) < (cat == Category::Mobility ? 0.75 : 0.55))
            categories.push_back(cat);
    if (categories.empty())
        categories.push_back(Category::Mobility);
    const auto aggregate = static_cast<Aggregate>(integer(0, 3));
    const bool places =
        std::find(categories.begin(), categories.end(), Category::Mobility) != categories.end();
    const std::vector<geo::Precision> grids =
        places ? std::vector{geo::Precision::M250, geo::Precision::M500, geo::Precision::Km1}
               : std::vector{geo::Precision::Exact, geo::Precision::M250, geo::Precision::M500,
                             geo::Precision::Km1};
    c.consent =
        consentFor(categories, aggregate, grids[static_cast<std::size_t>(integer(0, grids.size() - 1))]);
    const int offsets[] = {9 * 3600, 9 * 3600, 0, -5 * 3600};
    c.context.localOffsetSeconds = offsets[integer(0, 3)];
    c.home = {uniform(37.45, 37.65), uniform(126.90, 127.10)};
    if (uniform(0, 1) < 0.8)
        c.context.home = c.home;
    const geo::GridCell nightCell =
        geo::cellOf(uniform(37.45, 37.65), uniform(126.90, 127.10), geo::Precision::M100);
    c.night = {nightCell.lat, nightCell.lon};

    const std::int64_t base = k2024 + integer(0, 365 * kDay);
    const std::int64_t span = integer(kDay, 4 * kDay);
    auto series = [&](Category cat, std::string unit, std::int64_t stepLo, std::int64_t stepHi,
                      std::int64_t duration, double lo, double hi, bool whole) {
        std::vector<Interval> readings;
        for (std::int64_t t = base + integer(0, 600); t < base + span; t += integer(stepLo, stepHi)) {
            const double v = whole ? std::floor(uniform(lo, hi)) : uniform(lo, hi);
            readings.push_back({t, duration, v});
        }
        c.blocks.push_back(intervals(cat, std::move(unit), std::move(readings)));
    };
    series(Category::Electricity, "Wh", 900, 900, 900, 0, 2000, false);
    series(Category::Gas, integer(0, 1) ? "m3" : "Wh", 3600, 3600, 3600, 0, 3, false);
    series(Category::Steps, "count", 60, 900, 60, 0, 200, true);
    series(Category::HeartRate, "count/min", 60, 1200, 0, 48, 180, false);
    series(Category::WalkingDistance, "m", 300, 300, 300, 0, 500, false);
    if (integer(0, 1))
        series(Category::Steps, "count", 3600, 7200, 3600, 0, 3000, true); // a second source

    auto localTime = [&](std::int64_t day, std::int64_t localSecond) {
        return day + localSecond - c.context.localOffsetSeconds;
    };
    std::vector<TrackPoint> points;
    const std::int64_t firstDay = base - base % kDay;
    for (std::int64_t day = firstDay; day < base + span; day += kDay) {
        for (std::int64_t i = integer(20, 40); i > 0; --i) // nights at the night-time spot
            points.push_back({localTime(day, integer(22 * kHour, 30 * kHour - 1)),
                              c.night.lat + uniform(-2.5e-5, 2.5e-5), c.night.lon + uniform(-3e-5, 3e-5)});
        for (std::int64_t i = integer(2, 8); i > 0; --i, ++c.timedHomePoints) // days at home
            points.push_back({localTime(day, integer(8 * kHour, 20 * kHour - 1)),
                              c.home.lat + uniform(-1e-4, 1e-4), c.home.lon + uniform(-1e-4, 1e-4)});
        for (std::int64_t i = integer(20, 80); i > 0; --i) // about town, at any hour
            points.push_back({day + integer(0, kDay - 1), uniform(37.45, 37.65), uniform(126.90, 127.10)});
    }
    for (std::int64_t i = integer(0, 5); i > 0; --i, ++c.untimed)
        points.push_back({std::nullopt, uniform(37.45, 37.65), uniform(126.90, 127.10)});
    std::shuffle(points.begin(), points.end(), rng);
    const std::size_t half = points.size() / 2;
    const auto middle = points.begin() + static_cast<std::ptrdiff_t>(half);
    c.blocks.push_back(track(std::vector<TrackPoint>(points.begin(), middle)));
    c.blocks.push_back(track(std::vector<TrackPoint>(middle, points.end())));
    for (const RecordBlock& b : c.blocks)
        if (std::find(categories.begin(), categories.end(), b.category) == categories.end())
            ++c.blocksOutside;
    return c;
}

bool consented(const Consent& c, Category cat)
{
    return std::find(c.categories.begin(), c.categories.end(), cat) != c.categories.end();
}

/// The cell's centre and corners (just inside): a grid cell holding any of them overlaps it.
std::vector<Place> outline(const geo::GridCell& cell)
{
    const double dLat = cell.halfLat - 1e-8;
    const double dLon = cell.halfLon - 1e-8;
    return {{cell.lat, cell.lon},
            {cell.lat - dLat, cell.lon - dLon},
            {cell.lat - dLat, cell.lon + dLon},
            {cell.lat + dLat, cell.lon - dLon},
            {cell.lat + dLat, cell.lon + dLon}};
}

std::int64_t at(const char* iso)
{
    std::tm tm{};
    strptime(iso, "%Y-%m-%dT%H:%M:%S", &tm);
    return static_cast<std::int64_t>(timegm(&tm));
}

} // namespace

class TestMydataMinimize : public QObject
{
    Q_OBJECT

private slots:
    void propertiesOverRandomRecords()
    {
        std::mt19937 rng(20250301);
        int fineCasesWithHome = 0;
        int kmCasesShowingHome = 0;
        for (int n = 0; n < 300; ++n) {
            const Case c = randomCase(rng);
            const std::string where = "case " + std::to_string(n);
            auto result = minimize(c.blocks, c.consent, c.context);
            QVERIFY2(result, where.c_str());
            const std::vector<SharedRow>& rows = result->rows;
            const MinimizeReport& report = result->report;
            const Aggregate aggregate = c.consent.aggregate;
            const geo::Precision grid = c.consent.grid;
            const bool fine = geo::cellMetres(grid) < 1000;

            // What should come out, worked out here: sums and counts per category, unit and period.
            std::map<std::tuple<Category, std::string, std::int64_t>, std::pair<double, std::int64_t>>
                expected;
            std::map<std::pair<Category, std::string>, double> totals;
            std::map<std::pair<std::int64_t, std::string>, std::int64_t> expectedCells;
            for (const RecordBlock& b : c.blocks) {
                if (!consented(c.consent, b.category))
                    continue;
                for (const Interval& r : b.intervals) {
                    auto& e = expected[{b.category, b.unit, expectedPeriod(r.start, aggregate)}];
                    e.first += r.value;
                    ++e.second;
                    totals[{b.category, b.unit}] += r.value;
                }
                for (const TrackPoint& p : b.points)
                    if (p.time)
                        ++expectedCells[{expectedPeriod(*p.time, aggregate),
                                         geo::cellOf(p.lat, p.lon, grid).id()}];
            }

            std::map<std::pair<Category, std::string>, double> rowTotals;
            std::size_t mobilityRows = 0;
            bool homeCellShown = false;
            for (std::size_t i = 0; i < rows.size(); ++i) {
                const SharedRow& r = rows[i];
                if (i > 0) {
                    const SharedRow& p = rows[i - 1];
                    QVERIFY2(std::tie(p.category, p.unit, p.periodStart, p.cell) <
                                 std::tie(r.category, r.unit, r.periodStart, r.cell),
                             (where + " rows sorted, one per key").c_str());
                }
                QVERIFY2(consented(c.consent, r.category),
                         (where + " a category outside the consent").c_str());
                QVERIFY(r.aggregate == aggregate);
                QVERIFY2(expectedPeriod(r.periodStart, aggregate) == r.periodStart,
                         (where + " period aligned").c_str());
                QVERIFY2(knownUnit(r.category, r.unit), (where + " unit " + r.unit).c_str());
                QVERIFY(r.count >= 1);
                if (r.category == Category::Mobility) {
                    ++mobilityRows;
                    const auto cell = geo::cellFromId(r.cell);
                    QVERIFY2(cell, (where + " cell " + r.cell).c_str());
                    QVERIFY(cell->precision == grid);
                    QCOMPARE(cell->id(), r.cell);
                    QCOMPARE(r.value, 0.0);
                    const auto e = expectedCells.find({r.periodStart, r.cell});
                    QVERIFY2(e != expectedCells.end(), (where + " a cell no point was in").c_str());
                    QCOMPARE(r.count, e->second);
                    if (c.context.home && cell->contains(c.home.lat, c.home.lon))
                        homeCellShown = true;
                    if (fine) {
                        QVERIFY2(!c.context.home || !cell->contains(c.home.lat, c.home.lon),
                                 (where + " home cell").c_str());
                        QVERIFY2(!cell->contains(c.night.lat, c.night.lon),
                                 (where + " night-time cell").c_str());
                    }
                    continue;
                }
                QVERIFY(r.cell.empty());
                const auto e = expected.find({r.category, r.unit, r.periodStart});
                QVERIFY2(e != expected.end(), (where + " a period without readings").c_str());
                QCOMPARE(r.count, e->second.second);
                const double want = r.category == Category::HeartRate
                                        ? e->second.first / static_cast<double>(e->second.second)
                                        : e->second.first;
                QVERIFY2(std::abs(r.value - want) <= 1e-9 * std::max(1.0, std::abs(want)),
                         (where + " value").c_str());
                rowTotals[{r.category, r.unit}] += r.value;
            }
            // Every period with readings has its row; sums are conserved.
            QCOMPARE(rows.size() - mobilityRows, expected.size());
            for (const auto& [key, total] : totals) {
                if (key.first == Category::HeartRate)
                    continue;
                QVERIFY2(std::abs(rowTotals[key] - total) <= 1e-9 * std::max(1.0, std::abs(total)),
                         (where + " sum of " + std::string(toString(key.first))).c_str());
            }
            // Mobility: every timed point is in a row unless its row was withheld, and only on fine grids.
            if (consented(c.consent, Category::Mobility)) {
                QCOMPARE(report.pointsUntimed, c.untimed);
                QCOMPARE(std::int64_t(expectedCells.size() - mobilityRows),
                         report.rowsWithheldHome + report.rowsWithheldNightPlace);
                const auto night = nightPlace(c.blocks, c.context.localOffsetSeconds);
                QVERIFY2(night && night->contains(c.night.lat, c.night.lon),
                         (where + " night-time place").c_str());
                if (fine) {
                    QVERIFY(report.nightPlaceFound);
                    QVERIFY(report.rowsWithheldNightPlace + report.rowsWithheldHome > 0);
                    if (c.context.home && c.timedHomePoints > 0) {
                        QVERIFY(report.rowsWithheldHome > 0);
                        ++fineCasesWithHome;
                    }
                    for (const SharedRow& r : rows)
                        if (r.category == Category::Mobility)
                            for (const Place& corner : outline(*night))
                                QVERIFY2(!geo::cellFromId(r.cell)->contains(corner.lat, corner.lon),
                                         (where + " a cell overlapping the night-time place").c_str());
                } else {
                    QCOMPARE(report.rowsWithheldHome + report.rowsWithheldNightPlace, std::int64_t(0));
                    if (c.context.home && c.timedHomePoints > 0) {
                        QVERIFY2(homeCellShown, (where + " at 1 km the home cell is shared").c_str());
                        ++kmCasesShowingHome;
                    }
                }
            } else {
                QCOMPARE(mobilityRows, std::size_t(0));
                QCOMPARE(report.pointsUntimed, std::int64_t(0));
            }
            QCOMPARE(report.blocksOutsideConsent, c.blocksOutside);

            // As it leaves: the seven members and nothing else, reading back the same, within scope.
            const std::string json = encodeSharedRows(rows);
            Poco::JSON::Parser parser;
            const auto tree = parser.parse(json).extract<Poco::JSON::Object::Ptr>();
            const auto items = tree->getArray("rows");
            QCOMPARE(items->size(), rows.size());
            const std::set<std::string> members{"category", "unit",  "aggregate", "period_start",
                                                "value",    "count", "cell"};
            for (std::size_t i = 0; i < items->size(); ++i) {
                std::set<std::string> names;
                for (const auto& [name, value] : *items->getObject(static_cast<unsigned>(i)))
                    names.insert(name);
                QVERIFY2(names == members, (where + " members of a row").c_str());
            }
            for (const char* leak : {"\"lat\"", "\"lon\"", "\"id\"", "\"device\"", "\"source\"", "\"file\""})
                QVERIFY2(json.find(leak) == std::string::npos, (where + " " + leak).c_str());
            auto back = decodeSharedRows(json);
            QVERIFY2(back, back ? where.c_str() : back.error().toString().c_str());
            QCOMPARE(back->size(), rows.size());
            for (std::size_t i = 0; i < rows.size(); ++i)
                QVERIFY(sameRow((*back)[i], rows[i]));
            const Status scope = checkRowsAgainstConsent(rows, c.consent);
            QVERIFY2(scope, scope ? where.c_str() : scope.error().toString().c_str());

            // The same input, the same rows.
            auto again = minimize(c.blocks, c.consent, c.context);
            QVERIFY(again);
            QCOMPARE(again->rows.size(), rows.size());
            for (std::size_t i = 0; i < rows.size(); ++i)
                QVERIFY(sameRow(again->rows[i], rows[i]));
            QVERIFY(again->report == report);

            std::size_t previewed = 0;
            for (const CategoryPreview& p : previewSummary(rows)) {
                QVERIFY(consented(c.consent, p.category));
                previewed += p.rows;
            }
            QCOMPARE(previewed, rows.size());
        }
        // The cases covered what they are meant to.
        QVERIFY(fineCasesWithHome > 20);
        QVERIFY(kmCasesShowingHome > 10);
    }

    void hourlySumsOfQuarterHours()
    {
        const std::int64_t t0 = at("2024-03-10T00:00:00");
        std::vector<Interval> readings;
        for (int i = 0; i < 8; ++i)
            readings.push_back({t0 + i * 900, 900, double(i + 1)});
        const Consent c = consentFor({Category::Electricity}, Aggregate::Hourly, geo::Precision::Exact);
        auto out = minimize({intervals(Category::Electricity, "Wh", readings)}, c);
        QVERIFY(out);
        QCOMPARE(out->rows.size(), std::size_t(2));
        QCOMPARE(out->rows[0].periodStart, t0);
        QCOMPARE(out->rows[0].value, 10.0); // 1+2+3+4
        QCOMPARE(out->rows[0].count, std::int64_t(4));
        QCOMPARE(out->rows[1].periodStart, t0 + kHour);
        QCOMPARE(out->rows[1].value, 26.0); // 5+6+7+8
        QCOMPARE(out->rows[0].unit, std::string("Wh"));
        QVERIFY(out->rows[0].cell.empty());
    }

    void daysAndMonthsAcrossAMonthEnd()
    {
        const std::vector<Interval> readings{{at("2024-01-31T23:45:00"), 900, 5},
                                             {at("2024-02-01T00:00:00"), 900, 7},
                                             {at("2024-02-29T12:00:00"), 900, 1}};
        auto daily = minimize({intervals(Category::Gas, "m3", readings)},
                              consentFor({Category::Gas}, Aggregate::Daily, geo::Precision::Exact));
        QVERIFY(daily);
        QCOMPARE(daily->rows.size(), std::size_t(3));
        QCOMPARE(daily->rows[0].periodStart, at("2024-01-31T00:00:00"));
        QCOMPARE(daily->rows[1].periodStart, at("2024-02-01T00:00:00"));
        QCOMPARE(daily->rows[2].periodStart, at("2024-02-29T00:00:00"));
        auto monthly = minimize({intervals(Category::Gas, "m3", readings)},
                                consentFor({Category::Gas}, Aggregate::Monthly, geo::Precision::Exact));
        QVERIFY(monthly);
        QCOMPARE(monthly->rows.size(), std::size_t(2));
        QCOMPARE(monthly->rows[0].periodStart, at("2024-01-01T00:00:00"));
        QCOMPARE(monthly->rows[0].value, 5.0);
        QCOMPARE(monthly->rows[1].periodStart, at("2024-02-01T00:00:00"));
        QCOMPARE(monthly->rows[1].value, 8.0);
        QCOMPARE(monthly->rows[1].count, std::int64_t(2));
        QVERIFY(monthly->rows[1].aggregate == Aggregate::Monthly);
    }

    void heartRateMeans()
    {
        const std::int64_t ten = at("2024-05-02T10:00:00");
        const std::vector<Interval> samples{
            {ten + 60, 0, 60}, {ten + 1200, 0, 70}, {ten + 3599, 0, 80}, {ten + 3600, 0, 100}};
        const RecordBlock block = intervals(Category::HeartRate, "count/min", samples);
        auto hourly =
            minimize({block}, consentFor({Category::HeartRate}, Aggregate::Hourly, geo::Precision::Exact));
        QVERIFY(hourly);
        QCOMPARE(hourly->rows.size(), std::size_t(2));
        QCOMPARE(hourly->rows[0].value, 70.0);
        QCOMPARE(hourly->rows[0].count, std::int64_t(3));
        QCOMPARE(hourly->rows[1].value, 100.0);
        auto daily =
            minimize({block}, consentFor({Category::HeartRate}, Aggregate::Daily, geo::Precision::Exact));
        QVERIFY(daily);
        QCOMPARE(daily->rows.size(), std::size_t(1));
        QCOMPARE(daily->rows[0].value, 77.5); // (60+70+80+100)/4
        QCOMPARE(daily->rows[0].count, std::int64_t(4));
        // Raw keeps each reading's own time; two at the same second are one row.
        auto raw = minimize(
            {intervals(Category::HeartRate, "count/min", {{ten, 0, 60}, {ten, 0, 64}, {ten + 5, 0, 90}})},
            consentFor({Category::HeartRate}, Aggregate::Raw, geo::Precision::Exact));
        QVERIFY(raw);
        QCOMPARE(raw->rows.size(), std::size_t(2));
        QCOMPARE(raw->rows[0].periodStart, ten);
        QCOMPARE(raw->rows[0].value, 62.0);
        QCOMPARE(raw->rows[1].periodStart, ten + 5);
    }

    void onlyTheConsentsCategories()
    {
        const std::int64_t t = at("2024-05-02T10:00:00");
        const std::vector<RecordBlock> blocks{intervals(Category::Steps, "count", {{t, 60, 100}}),
                                              intervals(Category::HeartRate, "count/min", {{t, 0, 70}}),
                                              track({{t, 37.5, 127.0}})};
        auto out = minimize(blocks, consentFor({Category::Steps}, Aggregate::Daily, geo::Precision::Exact));
        QVERIFY(out);
        QCOMPARE(out->rows.size(), std::size_t(1));
        QVERIFY(out->rows[0].category == Category::Steps);
        QCOMPARE(out->report.blocksOutsideConsent, std::int64_t(2));
        const auto preview = previewSummary(out->rows);
        QCOMPARE(preview.size(), std::size_t(1));
        QVERIFY(preview[0].category == Category::Steps);
        QCOMPARE(preview[0].rows, std::size_t(1));
        QCOMPARE(preview[0].readings, std::int64_t(1));
    }

    void unusableReadingsAndPointsAreCounted()
    {
        const std::int64_t t = at("2024-05-02T03:00:00");
        const std::vector<RecordBlock> blocks{
            intervals(Category::Steps, "count", {{t, 60, std::nan("")}, {t + 60, 60, 5}, {-100, 60, 5}}),
            track(
                {{std::nullopt, 37.5, 127.0}, {t, 95.0, 127.0}, {t, 37.5, std::nan("")}, {t, 37.5, 127.0}})};
        auto out = minimize(
            blocks, consentFor({Category::Steps, Category::Mobility}, Aggregate::Daily, geo::Precision::Km1));
        QVERIFY(out);
        QCOMPARE(out->report.readingsUnusable, std::int64_t(2));
        QCOMPARE(out->report.pointsUntimed, std::int64_t(1));
        QCOMPARE(out->report.pointsUnusable, std::int64_t(2));
        QCOMPARE(out->rows.size(), std::size_t(2));
        QVERIFY(out->rows[0].category == Category::Mobility);
        QCOMPARE(out->rows[0].count, std::int64_t(1));
        QCOMPARE(out->rows[1].value, 5.0);
    }

    void mobilityCountsPointsPerCell()
    {
        const std::int64_t t = at("2024-05-02T03:00:00"); // 12:00 in Korea
        const geo::GridCell cell = geo::cellOf(37.5665, 126.978, geo::Precision::Km1);
        const std::vector<RecordBlock> blocks{track({{t, cell.lat, cell.lon},
                                                     {t + 600, cell.lat + 1e-4, cell.lon},
                                                     {t + 1200, cell.lat, cell.lon - 1e-4}})};
        auto out = minimize(blocks, consentFor({Category::Mobility}, Aggregate::Hourly, geo::Precision::Km1));
        QVERIFY(out);
        QCOMPARE(out->rows.size(), std::size_t(1));
        QCOMPARE(out->rows[0].cell, cell.id());
        QCOMPARE(out->rows[0].count, std::int64_t(3));
        QCOMPARE(out->rows[0].value, 0.0);
        QCOMPARE(out->rows[0].unit, std::string());
        // Never an exact place: a consent cannot carry one, and minimize refuses it.
        Consent exact = consentFor({Category::Mobility}, Aggregate::Hourly, geo::Precision::Km1);
        exact.grid = geo::Precision::Exact;
        auto refused = minimize(blocks, exact);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, std::string("grid"));
        exact.grid = geo::Precision::M100;
        QVERIFY(!minimize(blocks, exact));
    }

    void homeCellWithheldOnlyBelowOneKilometre()
    {
        const Place home{37.5012, 127.0396};
        const Place office{37.5665, 126.9780};
        std::vector<TrackPoint> points;
        const std::int64_t noon = at("2024-05-02T03:00:00"); // 12:00 in Korea
        for (int day = 0; day < 3; ++day) {
            points.push_back({noon + day * kDay, home.lat, home.lon});
            points.push_back({noon + day * kDay + 4 * kHour, office.lat, office.lon});
        }
        MinimizeContext context;
        context.home = home;
        for (auto grid : {geo::Precision::M250, geo::Precision::M500}) {
            auto out =
                minimize({track(points)}, consentFor({Category::Mobility}, Aggregate::Daily, grid), context);
            QVERIFY(out);
            QCOMPARE(out->rows.size(), std::size_t(3)); // the office, each day
            QCOMPARE(out->report.rowsWithheldHome, std::int64_t(3));
            for (const SharedRow& r : out->rows)
                QVERIFY(geo::cellFromId(r.cell)->contains(office.lat, office.lon));
        }
        auto km = minimize({track(points)},
                           consentFor({Category::Mobility}, Aggregate::Daily, geo::Precision::Km1), context);
        QVERIFY(km);
        QCOMPARE(km->rows.size(), std::size_t(6));
        QCOMPARE(km->report.rowsWithheldHome, std::int64_t(0));
        QVERIFY(!km->report.nightPlaceFound); // not looked for at 1 km
    }

    void nightPlaceFollowsTheLocalClock()
    {
        QVERIFY(isNightTime(at("2024-05-02T13:00:00"), 9 * 3600));  // 22:00 in Korea
        QVERIFY(!isNightTime(at("2024-05-02T12:59:59"), 9 * 3600)); // 21:59:59
        QVERIFY(isNightTime(at("2024-05-02T20:59:59"), 9 * 3600));  // 05:59:59
        QVERIFY(!isNightTime(at("2024-05-02T21:00:00"), 9 * 3600)); // 06:00
        QVERIFY(isNightTime(at("2024-05-02T23:30:00"), 0));
        QVERIFY(isNightTime(at("2024-05-02T03:00:00"), -5 * 3600)); // 22:00 the day before

        // Evenings at one spot, 23:00 to 03:00 in Korea (14:00 to 18:00 UTC).
        const geo::GridCell spot = geo::cellOf(37.55, 126.99, geo::Precision::M100);
        const Place elsewhere{37.60, 127.05};
        std::vector<TrackPoint> points;
        for (int i = 0; i < 5; ++i) {
            points.push_back({at("2024-05-02T14:00:00") + i * kHour, spot.lat, spot.lon});
            points.push_back({at("2024-05-02T02:00:00") + i * kHour, elsewhere.lat, elsewhere.lon});
        }
        const auto night = nightPlace({track(points)}, 9 * 3600);
        QVERIFY(night);
        QCOMPARE(night->id(), spot.id());
        const Consent c = consentFor({Category::Mobility}, Aggregate::Daily, geo::Precision::M500);
        auto korea = minimize({track(points)}, c);
        QVERIFY(korea);
        QVERIFY(korea->report.nightPlaceFound);
        QCOMPARE(korea->report.rowsWithheldNightPlace, std::int64_t(1));
        QCOMPARE(korea->rows.size(), std::size_t(1));
        QVERIFY(geo::cellFromId(korea->rows[0].cell)->contains(elsewhere.lat, elsewhere.lon));
        // On UTC the spot is visited by day and `elsewhere` (02:00–06:00 UTC) is the night-time place.
        MinimizeContext utc;
        utc.localOffsetSeconds = 0;
        auto onUtc = minimize({track(points)}, c, utc);
        QVERIFY(onUtc);
        QCOMPARE(onUtc->rows.size(), std::size_t(1));
        QVERIFY(geo::cellFromId(onUtc->rows[0].cell)->contains(spot.lat, spot.lon));
        // No timed night-time points: nothing to withhold.
        QVERIFY(!nightPlace({track({{std::nullopt, spot.lat, spot.lon}})}, 9 * 3600));
    }

    void periods()
    {
        QCOMPARE(periodStartOf(at("2024-02-29T13:45:10"), Aggregate::Hourly), at("2024-02-29T13:00:00"));
        QCOMPARE(periodStartOf(at("2024-02-29T13:45:10"), Aggregate::Daily), at("2024-02-29T00:00:00"));
        QCOMPARE(periodStartOf(at("2024-02-29T13:45:10"), Aggregate::Monthly), at("2024-02-01T00:00:00"));
        QCOMPARE(periodStartOf(at("2024-02-29T13:45:10"), Aggregate::Raw), at("2024-02-29T13:45:10"));
        QVERIFY(isPeriodStart(at("2024-12-01T00:00:00"), Aggregate::Monthly));
        QVERIFY(!isPeriodStart(at("2024-12-02T00:00:00"), Aggregate::Monthly));
        QVERIFY(!isPeriodStart(at("2024-12-01T00:30:00"), Aggregate::Hourly));
    }
};

QTEST_GUILESS_MAIN(TestMydataMinimize)
#include "test_mydata_minimize.moc"
