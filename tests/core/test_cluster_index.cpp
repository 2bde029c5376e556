// ClusterIndex against a brute-force binning of the same points into the same cells.

#include "core/geo/cluster_index.h"

#include <QTest>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <set>
#include <vector>

using balgul::core::ProblemPoint;
using balgul::core::geo::ClusterIndex;
using balgul::core::geo::project;
using balgul::core::geo::WorldPoint;

namespace {

enum class Spread
{
    World,   ///< uniform over the Mercator world
    City,    ///< dense hotspots around Daejeon with background spread and exact duplicates
    Corners, ///< many points on the world's edges and corners
};

std::vector<ProblemPoint> makePoints(Spread spread, std::size_t count, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<int> category(0, 8);
    std::vector<ProblemPoint> points;
    const double hotspots[][2] = {
        {36.3504, 127.3845}, {36.3322, 127.4343}, {36.4267, 127.3920}, {36.3620, 127.3560}};
    for (std::size_t i = 0; i < count; ++i) {
        ProblemPoint p;
        p.rowid = static_cast<std::int64_t>(i) * 7 + 3;
        p.category = static_cast<std::uint8_t>(category(rng));
        if (spread == Spread::World) {
            p.lat = -85.0511 + unit(rng) * 2 * 85.0511;
            p.lon = -180 + unit(rng) * 360;
        } else if (spread == Spread::City) {
            const double pick = unit(rng);
            if (pick < 0.1 && !points.empty()) { // an exact duplicate of an earlier position
                const ProblemPoint& twin = points[static_cast<std::size_t>(unit(rng) * points.size())];
                p.lat = twin.lat;
                p.lon = twin.lon;
            } else if (pick < 0.7) {
                std::normal_distribution<double> offset(0.0, 0.004 + 0.02 * unit(rng));
                const auto& h = hotspots[static_cast<std::size_t>(unit(rng) * 4)];
                p.lat = h[0] + offset(rng);
                p.lon = h[1] + offset(rng);
            } else {
                p.lat = 36.19 + unit(rng) * 0.31;
                p.lon = 127.25 + unit(rng) * 0.31;
            }
        } else {
            const double lats[] = {-90, -85.0511287798066, -85.05, 0, 85.05, 85.0511287798066, 90};
            const double lons[] = {-180, -179.999999, 0, 179.999999, 180};
            p.lat = lats[static_cast<std::size_t>(unit(rng) * 7)];
            p.lon = lons[static_cast<std::size_t>(unit(rng) * 5)];
            if (unit(rng) < 0.3)
                p.lat = -90 + unit(rng) * 180;
        }
        if (unit(rng) < 0.01)
            p.category = static_cast<std::uint8_t>(15 + unit(rng) * 10); // past the mask's last bit
        points.push_back(p);
    }
    return points;
}

/// What one item must be: the points of one cell (or one point above maxZoom).
struct Expected
{
    std::uint64_t cell = 0;
    std::uint32_t count = 0;
    double sumLat = 0;
    double sumLon = 0;
    std::uint16_t mask = 0;
    std::map<int, int> categories;
    std::vector<std::int64_t> rowids;

    std::uint8_t dominant() const
    {
        int best = -1, bestCount = 0;
        for (const auto& [category, n] : categories)
            if (n > bestCount)
                best = category, bestCount = n;
        return static_cast<std::uint8_t>(best);
    }
};

std::uint64_t cellOf(double w, std::uint64_t cells)
{
    const double c = std::floor(w * static_cast<double>(cells));
    if (!(c > 0))
        return 0;
    return std::min(static_cast<std::uint64_t>(c), cells - 1);
}

/// The zoom a query uses: the floor, at least 0, at most where cell coordinates reach 32 bits.
int queryZoom(const ClusterIndex& index, double zoom)
{
    const int highest = 32 - std::countr_zero(index.cellsPerAxis(0));
    return std::clamp(static_cast<int>(std::floor(zoom)), 0, highest);
}

/// Bins every finite point whose cell at the zoom touches the box; above maxZoom one entry per point.
std::vector<Expected> bruteForce(const std::vector<ProblemPoint>& points, const ClusterIndex& index,
                                 WorldPoint topLeft, WorldPoint bottomRight, double zoom)
{
    const int z = queryZoom(index, zoom);
    const std::uint64_t cells = index.cellsPerAxis(z);
    const std::uint64_t cx0 = cellOf(topLeft.x, cells), cx1 = cellOf(bottomRight.x, cells);
    const std::uint64_t cy0 = cellOf(topLeft.y, cells), cy1 = cellOf(bottomRight.y, cells);
    const bool alone = z > index.options().maxZoom;
    std::map<std::pair<std::uint64_t, std::int64_t>, Expected> bins;
    for (const ProblemPoint& p : points) {
        if (!std::isfinite(p.lat) || !std::isfinite(p.lon))
            continue;
        const WorldPoint w = project(p.lat, p.lon);
        const std::uint64_t cx = cellOf(w.x, cells), cy = cellOf(w.y, cells);
        if (cx < cx0 || cx > cx1 || cy < cy0 || cy > cy1)
            continue;
        const std::uint64_t cell = (cy << 32) | cx;
        Expected& e = bins[{cell, alone ? p.rowid : 0}];
        e.cell = cell;
        ++e.count;
        e.sumLat += p.lat;
        e.sumLon += p.lon;
        e.mask |= static_cast<std::uint16_t>(1u << std::min<int>(p.category, 15));
        ++e.categories[p.category];
        e.rowids.push_back(p.rowid);
    }
    std::vector<Expected> out;
    for (auto& [key, e] : bins) {
        std::sort(e.rowids.begin(), e.rowids.end());
        out.push_back(std::move(e));
    }
    return out;
}

/// Compares a query with the brute force; on mismatch reports the first difference.
void compareWithBruteForce(const std::vector<ProblemPoint>& points, const ClusterIndex& index,
                           WorldPoint topLeft, WorldPoint bottomRight, double zoom)
{
    const auto items = index.query(topLeft, bottomRight, zoom);
    const auto expected = bruteForce(points, index, topLeft, bottomRight, zoom);
    const int z = queryZoom(index, zoom);
    QCOMPARE(items.size(), expected.size());
    for (std::size_t i = 1; i < items.size(); ++i)
        QVERIFY2(items[i - 1].cell <= items[i].cell, "items come row by row");
    auto sorted = items;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        return a.cell != b.cell ? a.cell < b.cell : a.rowid < b.rowid;
    });
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const auto& item = sorted[i];
        const Expected& e = expected[i];
        QCOMPARE(item.cell, e.cell);
        QCOMPARE(item.count, e.count);
        QCOMPARE(item.level, z);
        QCOMPARE(item.categoryMask, e.mask);
        QCOMPARE(item.category, e.dominant());
        QVERIFY(std::binary_search(e.rowids.begin(), e.rowids.end(), item.rowid));
        QVERIFY(std::abs(item.lat - e.sumLat / e.count) <= 1e-9);
        QVERIFY(std::abs(item.lon - e.sumLon / e.count) <= 1e-9);
        if (item.count == 1) {
            QCOMPARE(item.lat, e.sumLat); // a single point is shown where it is, exactly
            QCOMPARE(item.lon, e.sumLon);
        }
        auto members = index.members(item, std::numeric_limits<std::size_t>::max());
        std::sort(members.begin(), members.end());
        QCOMPARE(members, e.rowids);
    }
}

/// A viewport of `width` x `height` pixels centred on a world point at a zoom.
std::pair<WorldPoint, WorldPoint> viewport(WorldPoint centre, double zoom, double width, double height)
{
    const double scale = 256.0 * std::exp2(zoom);
    return {{centre.x - width / 2 / scale, centre.y - height / 2 / scale},
            {centre.x + width / 2 / scale, centre.y + height / 2 / scale}};
}

ClusterIndex::Item onlyItem(const ClusterIndex& index, double zoom)
{
    const auto items = index.query({0, 0}, {1, 1}, zoom);
    return items.size() == 1 ? items.front() : ClusterIndex::Item{};
}

} // namespace

class TestClusterIndex : public QObject
{
    Q_OBJECT

private slots:
    void queryMatchesBruteForce_data();
    void queryMatchesBruteForce();
    void expansionZoomIsWhereTheClusterSplits_data();
    void expansionZoomIsWhereTheClusterSplits();
    void worldEdges();
    void emptyIndex();
    void singlePoint();
    void duplicatesStayOneClusterUpToMaxZoom();
    void fractionalZoomUsesTheFloor();
    void dominantCategoryTieTakesLowestIndex();
    void membersHonourLimit();
    void nonFinitePointsAreLeftOut();
    void optionsAreNormalised();
};

void TestClusterIndex::queryMatchesBruteForce_data()
{
    QTest::addColumn<int>("spread");
    QTest::addColumn<qulonglong>("seed");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("cellPixels");
    QTest::addColumn<int>("maxZoom");

    QTest::addRow("city seed 1") << int(Spread::City) << 1ULL << 12000 << 64 << 18;
    QTest::addRow("city seed 2") << int(Spread::City) << 2ULL << 12000 << 64 << 18;
    QTest::addRow("city seed 3, 32 px cells") << int(Spread::City) << 3ULL << 10000 << 32 << 18;
    QTest::addRow("city seed 4, max zoom 14") << int(Spread::City) << 4ULL << 10000 << 64 << 14;
    QTest::addRow("world seed 5") << int(Spread::World) << 5ULL << 12000 << 64 << 18;
    QTest::addRow("world seed 6, 256 px cells") << int(Spread::World) << 6ULL << 10000 << 256 << 16;
    QTest::addRow("corners seed 7") << int(Spread::Corners) << 7ULL << 3000 << 64 << 18;
}

void TestClusterIndex::queryMatchesBruteForce()
{
    QFETCH(int, spread);
    QFETCH(qulonglong, seed);
    QFETCH(int, count);
    QFETCH(int, cellPixels);
    QFETCH(int, maxZoom);

    const auto points = makePoints(Spread(spread), std::size_t(count), seed);
    ClusterIndex index({maxZoom, cellPixels});
    index.build(points);
    QCOMPARE(index.size(), points.size());

    std::mt19937_64 rng(seed * 1000 + 17);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (int i = 0; i < 80; ++i) {
        // Zooms 0-20, most of them fractional; centres on points (crowded views) or anywhere.
        double zoom = unit(rng) * 21;
        if (i % 5 == 0)
            zoom = std::floor(zoom);
        const ProblemPoint& p = points[std::size_t(unit(rng) * points.size())];
        const WorldPoint centre = i % 4 == 3 ? WorldPoint{unit(rng), unit(rng)} : project(p.lat, p.lon);
        const auto [topLeft, bottomRight] =
            viewport(centre, zoom, 200 + unit(rng) * 1400, 150 + unit(rng) * 900);
        compareWithBruteForce(points, index, topLeft, bottomRight, zoom);
        if (QTest::currentTestFailed()) {
            qWarning("viewport %d: zoom %.3f centre %.9f %.9f", i, zoom, centre.x, centre.y);
            return;
        }
    }
}

void TestClusterIndex::expansionZoomIsWhereTheClusterSplits_data()
{
    QTest::addColumn<qulonglong>("seed");
    QTest::addRow("seed 11") << 11ULL;
    QTest::addRow("seed 12") << 12ULL;
    QTest::addRow("seed 13") << 13ULL;
}

void TestClusterIndex::expansionZoomIsWhereTheClusterSplits()
{
    QFETCH(qulonglong, seed);
    const auto points = makePoints(Spread::City, 5000, seed);
    ClusterIndex index;
    index.build(points);
    const int maxZoom = index.options().maxZoom;

    int checked = 0;
    for (int zoom = 0; zoom <= maxZoom; ++zoom) {
        for (const auto& cluster : index.query({0, 0}, {1, 1}, zoom)) {
            if (cluster.count < 2 || (checked++ % 7) != 0)
                continue;
            const int expansion = index.expansionZoom(cluster);
            QVERIFY(expansion > zoom);
            QVERIFY(expansion <= maxZoom + 1);
            auto members = index.members(cluster, cluster.count);
            std::sort(members.begin(), members.end());
            // Where do the members go at each deeper zoom? One item until `expansion`, then several.
            const std::uint64_t cells = index.cellsPerAxis(zoom);
            const WorldPoint tl{static_cast<double>(cluster.cell & 0xFFFFFFFF) / cells,
                                static_cast<double>(cluster.cell >> 32) / cells};
            const WorldPoint br{tl.x + 0.999999 / cells, tl.y + 0.999999 / cells};
            for (int deeper = zoom + 1; deeper <= expansion; ++deeper) {
                std::vector<std::int64_t> seen;
                std::size_t holding = 0;
                for (const auto& item : index.query(tl, br, deeper)) {
                    auto part = index.members(item, item.count);
                    const bool inside = std::binary_search(members.begin(), members.end(), part.front());
                    if (!inside)
                        continue;
                    ++holding;
                    seen.insert(seen.end(), part.begin(), part.end());
                }
                std::sort(seen.begin(), seen.end());
                QCOMPARE(seen, members);
                QCOMPARE(holding > 1, deeper == expansion);
            }
        }
    }
    QVERIFY(checked > 50);
}

void TestClusterIndex::worldEdges()
{
    const std::vector<ProblemPoint> points{
        {1, 85.0511287798066, -180, 0, 0},
        {2, 85.0511287798066, 180, 1, 0},
        {3, -85.0511287798066, -180, 2, 0},
        {4, -85.0511287798066, 180, 3, 0},
        {5, 90, 0, 4, 0},
        {6, -90, 0, 5, 0},
        {7, 0, 180, 6, 0},
        {8, 0, -180, 7, 0},
        {9, 89.9, 179.9999999, 8, 0},
    };
    ClusterIndex index;
    index.build(points);
    for (const double zoom : {0.0, 3.0, 10.0, 18.0, 19.0, 22.0, 35.0}) {
        // The whole world and more: clamped, nothing lost.
        compareWithBruteForce(points, index, {-0.5, -0.5}, {1.5, 1.5}, zoom);
        std::uint32_t total = 0;
        for (const auto& item : index.query({-0.5, -0.5}, {1.5, 1.5}, zoom))
            total += item.count;
        QCOMPARE(total, 9u);
        // Each corner alone.
        compareWithBruteForce(points, index, {0, 0}, {1e-12, 1e-12}, zoom);
        compareWithBruteForce(points, index, {1 - 1e-12, 1 - 1e-12}, {1, 1}, zoom);
    }
    // A box entirely off the world still clamps onto its edge cells.
    const auto west = index.query({-2, 0.4}, {-1, 0.6}, 5);
    QCOMPARE(west.size(), 1u);
    QCOMPARE(west.front().rowid, 8);
    // Corners sit in the extreme cells.
    const auto all = index.query({0, 0}, {1, 1}, 18);
    const std::uint64_t last = index.cellsPerAxis(18) - 1;
    const auto corner = std::find_if(all.begin(), all.end(), [](const auto& i) { return i.rowid == 4; });
    QVERIFY(corner != all.end());
    QCOMPARE(corner->cell, (last << 32) | last);
}

void TestClusterIndex::emptyIndex()
{
    ClusterIndex unbuilt;
    QVERIFY(unbuilt.empty());
    QVERIFY(unbuilt.query({0, 0}, {1, 1}, 5).empty());

    ClusterIndex index;
    index.build({});
    QVERIFY(index.empty());
    QCOMPARE(index.size(), 0u);
    for (const double zoom : {0.0, 8.5, 18.0, 25.0})
        QVERIFY(index.query({0, 0}, {1, 1}, zoom).empty());
    ClusterIndex::Item bogus;
    bogus.count = 5;
    bogus.level = 3;
    QVERIFY(index.members(bogus).empty());
    QCOMPARE(index.expansionZoom(bogus), 3);
    QVERIFY(index.memoryBytes() > 0);
}

void TestClusterIndex::singlePoint()
{
    const std::vector<ProblemPoint> points{{42, 36.3504119, 127.3845475, 3, 0}};
    ClusterIndex index;
    index.build(points);
    QCOMPARE(index.size(), 1u);
    const WorldPoint w = project(36.3504119, 127.3845475);
    for (int zoom = 0; zoom <= 24; ++zoom) {
        const auto [tl, br] = viewport(w, zoom, 1440, 900);
        const auto items = index.query(tl, br, zoom);
        QCOMPARE(items.size(), 1u);
        QCOMPARE(items[0].count, 1u);
        QCOMPARE(items[0].rowid, 42);
        QCOMPARE(items[0].lat, 36.3504119);
        QCOMPARE(items[0].lon, 127.3845475);
        QCOMPARE(items[0].category, 3);
        QCOMPARE(items[0].categoryMask, 1 << 3);
        QCOMPARE(index.members(items[0]), std::vector<std::int64_t>{42});
    }
    // A viewport elsewhere is empty.
    const auto [tl, br] = viewport({0.2, 0.7}, 12, 1440, 900);
    QVERIFY(index.query(tl, br, 12).empty());
}

void TestClusterIndex::duplicatesStayOneClusterUpToMaxZoom()
{
    std::vector<ProblemPoint> points;
    for (int i = 0; i < 50; ++i)
        points.push_back({100 + i, 36.35, 127.38, static_cast<std::uint8_t>(i % 3), 0});
    ClusterIndex index;
    index.build(points);
    const int maxZoom = index.options().maxZoom;
    const WorldPoint w = project(36.35, 127.38);
    for (int zoom = 0; zoom <= maxZoom; ++zoom) {
        const auto [tl, br] = viewport(w, zoom, 1440, 900);
        const auto items = index.query(tl, br, zoom);
        QCOMPARE(items.size(), 1u);
        QCOMPARE(items[0].count, 50u);
        QVERIFY(std::abs(items[0].lat - 36.35) < 1e-12);
        QVERIFY(std::abs(items[0].lon - 127.38) < 1e-12);
        QCOMPARE(items[0].categoryMask, 0b111);
        QCOMPARE(items[0].category, 0); // 17 zeros, 17 ones, 16 twos: the lowest wins the tie
        QCOMPARE(index.expansionZoom(items[0]), maxZoom + 1);
        QCOMPARE(index.members(items[0]).size(), 50u);
    }
    for (const int zoom : {maxZoom + 1, maxZoom + 3}) {
        const auto [tl, br] = viewport(w, zoom, 1440, 900);
        const auto items = index.query(tl, br, zoom);
        QCOMPARE(items.size(), 50u);
        std::set<std::int64_t> rowids;
        for (const auto& item : items) {
            QCOMPARE(item.count, 1u);
            QCOMPARE(item.lat, 36.35);
            rowids.insert(item.rowid);
        }
        QCOMPARE(rowids.size(), 50u);
    }
}

void TestClusterIndex::fractionalZoomUsesTheFloor()
{
    const auto points = makePoints(Spread::City, 3000, 21);
    ClusterIndex index;
    index.build(points);
    const WorldPoint c = project(36.35, 127.38);
    for (const double zoom : {7.0, 11.0, 15.0, 18.0}) {
        const auto [tl, br] = viewport(c, zoom, 1440, 900);
        const auto whole = index.query(tl, br, zoom);
        const auto fractional = index.query(tl, br, zoom + 0.999);
        QCOMPARE(fractional.size(), whole.size());
        for (std::size_t i = 0; i < whole.size(); ++i) {
            QCOMPARE(fractional[i].cell, whole[i].cell);
            QCOMPARE(fractional[i].count, whole[i].count);
            QCOMPARE(fractional[i].level, static_cast<int>(zoom));
        }
        QVERIFY(!whole.empty());
    }
    QCOMPARE(index.query({0, 0}, {1, 1}, -3.5).size(), index.query({0, 0}, {1, 1}, 0).size());
}

void TestClusterIndex::dominantCategoryTieTakesLowestIndex()
{
    // Two of category 7, two of 2, one of 20 (mask bit 15): the tie goes to 2.
    const std::vector<ProblemPoint> points{
        {1, 10, 10, 7, 0}, {2, 10, 10, 2, 0}, {3, 10, 10, 7, 0}, {4, 10, 10, 2, 0}, {5, 10, 10, 20, 0}};
    ClusterIndex index;
    index.build(points);
    const auto item = onlyItem(index, 4);
    QCOMPARE(item.count, 5u);
    QCOMPARE(item.category, 2);
    QCOMPARE(item.categoryMask, (1 << 2) | (1 << 7) | (1 << 15));

    // Three of 20 outvote two of 7: categories past bit 15 are still counted by their own value.
    const std::vector<ProblemPoint> more{
        {1, 10, 10, 20, 0}, {2, 10, 10, 20, 0}, {3, 10, 10, 20, 0}, {4, 10, 10, 7, 0}, {5, 10, 10, 7, 0}};
    index.build(more);
    QCOMPARE(onlyItem(index, 4).category, 20);

    // Only categories past bit 15: one mask bit, yet the most frequent of them is named.
    const std::vector<ProblemPoint> high{{1, 10, 10, 16, 0}, {2, 10, 10, 20, 0}, {3, 10, 10, 20, 0}};
    index.build(high);
    QCOMPARE(onlyItem(index, 4).categoryMask, 1 << 15);
    QCOMPARE(onlyItem(index, 4).category, 20);
}

void TestClusterIndex::membersHonourLimit()
{
    std::vector<ProblemPoint> points;
    for (int i = 0; i < 30; ++i)
        points.push_back({i + 1, 36.35 + i * 1e-7, 127.38, 0, 0});
    ClusterIndex index;
    index.build(points);
    const auto item = onlyItem(index, 10);
    QCOMPARE(item.count, 30u);
    QCOMPARE(index.members(item, 7).size(), 7u);
    QCOMPARE(index.members(item, 0).size(), 0u);
    QCOMPARE(index.members(item).size(), 30u);
}

void TestClusterIndex::nonFinitePointsAreLeftOut()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const std::vector<ProblemPoint> points{{1, nan, 10, 0, 0}, {2, 10, inf, 0, 0}, {3, 10, 10, 0, 0}};
    ClusterIndex index;
    index.build(points);
    QCOMPARE(index.size(), 1u);
    QCOMPARE(onlyItem(index, 0).rowid, 3);
    QVERIFY(index.query({nan, 0}, {1, 1}, 3).empty());
    QVERIFY(index.query({0, 0}, {1, 1}, nan).empty());
}

void TestClusterIndex::optionsAreNormalised()
{
    ClusterIndex odd({40, 100});
    QCOMPARE(odd.options().cellPixels, 64);
    QCOMPARE(odd.options().maxZoom, 29); // 31 grid levels less 2 for 64-pixel cells
    QCOMPARE(odd.cellsPerAxis(0), 4u);
    ClusterIndex wide({18, 256});
    QCOMPARE(wide.cellsPerAxis(3), 8u);
}

QTEST_GUILESS_MAIN(TestClusterIndex)
#include "test_cluster_index.moc"
