#include "core/geo/cluster_index.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>

namespace balgul::core::geo {

namespace {

constexpr int kMaxGridLevel = 32; ///< row-major keys keep cx and cy in 32 bits each

/// One cell of one level. `first` and `count` name its run of points in index order.
struct Cell
{
    std::uint64_t key = 0; ///< Morton key while building, (cy << 32) | cx once finished
    std::uint32_t first = 0;
    std::uint32_t count = 0;
    double lat = 0; ///< sum while building, mean once finished
    double lon = 0;
    std::uint16_t mask = 0;
    std::uint8_t category = 0;
};

struct KeyIndex
{
    std::uint64_t key;
    std::uint32_t index;
};

/// LSD radix sort by key, 8 bits per pass; passes where every key has the same digit are skipped.
void radixSort(std::vector<KeyIndex>& items)
{
    const std::size_t n = items.size();
    if (n < 2)
        return;
    std::vector<std::array<std::uint32_t, 256>> counts(8);
    for (auto& c : counts)
        c.fill(0);
    for (const KeyIndex& item : items)
        for (int d = 0; d < 8; ++d)
            ++counts[d][(item.key >> (8 * d)) & 0xFF];
    std::vector<KeyIndex> scratch(n);
    for (int d = 0; d < 8; ++d) {
        auto& count = counts[d];
        if (count[(items[0].key >> (8 * d)) & 0xFF] == n)
            continue;
        std::uint32_t offset = 0;
        for (auto& c : count) {
            const std::uint32_t here = c;
            c = offset;
            offset += here;
        }
        for (const KeyIndex& item : items)
            scratch[count[(item.key >> (8 * d)) & 0xFF]++] = item;
        items.swap(scratch);
    }
}

std::uint64_t spreadBits(std::uint32_t v)
{
    std::uint64_t x = v;
    x = (x | (x << 16)) & 0x0000FFFF0000FFFFULL;
    x = (x | (x << 8)) & 0x00FF00FF00FF00FFULL;
    x = (x | (x << 4)) & 0x0F0F0F0F0F0F0F0FULL;
    x = (x | (x << 2)) & 0x3333333333333333ULL;
    x = (x | (x << 1)) & 0x5555555555555555ULL;
    return x;
}

std::uint32_t compactBits(std::uint64_t x)
{
    x &= 0x5555555555555555ULL;
    x = (x | (x >> 1)) & 0x3333333333333333ULL;
    x = (x | (x >> 2)) & 0x0F0F0F0F0F0F0F0FULL;
    x = (x | (x >> 4)) & 0x00FF00FF00FF00FFULL;
    x = (x | (x >> 8)) & 0x0000FFFF0000FFFFULL;
    x = (x | (x >> 16)) & 0x00000000FFFFFFFFULL;
    return static_cast<std::uint32_t>(x);
}

std::uint64_t morton(std::uint32_t cx, std::uint32_t cy)
{
    return spreadBits(cx) | (spreadBits(cy) << 1);
}

std::uint64_t rowKey(std::uint64_t cx, std::uint64_t cy)
{
    return (cy << 32) | cx;
}

/// floor(w * 2^level) clamped to the grid; exact, since scaling by a power of two is.
std::uint32_t cellCoord(double w, int level)
{
    const double cells = std::ldexp(1.0, level);
    const double c = std::floor(w * cells);
    if (!(c > 0))
        return 0;
    if (c >= cells)
        return static_cast<std::uint32_t>(cells - 1);
    return static_cast<std::uint32_t>(c);
}

std::uint16_t categoryBit(std::uint8_t category)
{
    return static_cast<std::uint16_t>(1u << std::min<unsigned>(category, 15));
}

constexpr std::size_t kCategoryBuckets = 16; ///< categories 0-14, and one bucket for all from 15
using CategoryCounts = std::array<std::uint32_t, kCategoryBuckets>;

std::size_t categoryBucket(std::uint8_t category)
{
    return std::min<std::size_t>(category, kCategoryBuckets - 1);
}

/// Number of distinct values of key(item) >> shift in a sequence sorted by key.
template <typename T, typename Key> std::size_t countRuns(const std::vector<T>& items, int shift, Key key)
{
    std::size_t runs = 0;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (i == 0 || (key(items[i]) >> shift) != (key(items[i - 1]) >> shift))
            ++runs;
    return runs;
}

/// Sets each cell's most frequent category (the lowest on a tie) from its bucket counts; when
/// the shared last bucket leads, counts the cell's points one by one.
void nameCategories(std::vector<Cell>& cells, const std::vector<CategoryCounts>& counts,
                    const std::vector<std::uint8_t>& categories)
{
    std::array<std::uint32_t, 256> histogram{}; // all zero between cells
    for (std::size_t i = 0; i < cells.size(); ++i) {
        Cell& c = cells[i];
        const auto& bucket = counts[i];
        const auto lead =
            static_cast<std::size_t>(std::max_element(bucket.begin(), bucket.end()) - bucket.begin());
        if (lead < kCategoryBuckets - 1) {
            c.category = static_cast<std::uint8_t>(lead);
            continue;
        }
        const auto begin = categories.begin() + c.first;
        const auto end = begin + c.count;
        std::uint32_t best = 0;
        for (auto it = begin; it != end; ++it) {
            const std::uint32_t seen = ++histogram[*it];
            if (seen > best || (seen == best && *it < c.category)) {
                best = seen;
                c.category = *it;
            }
        }
        for (auto it = begin; it != end; ++it)
            histogram[*it] = 0;
    }
}

} // namespace

struct ClusterIndex::Impl
{
    int finestLevel = 0; ///< grid level of maxZoom
    // Points in Morton order of their finest cell, one array per field.
    std::vector<double> lat;
    std::vector<double> lon;
    std::vector<std::int64_t> rowid;
    std::vector<std::uint8_t> category;
    std::vector<std::vector<Cell>> levels; ///< per zoom 0..maxZoom, row-major

    ClusterIndex::Item pointItem(std::uint32_t i, int zoom, std::uint64_t cell) const
    {
        ClusterIndex::Item item;
        item.lat = lat[i];
        item.lon = lon[i];
        item.count = 1;
        item.rowid = rowid[i];
        item.categoryMask = categoryBit(category[i]);
        item.category = category[i];
        item.level = zoom;
        item.cell = cell;
        return item;
    }

    const Cell* findCell(int zoom, std::uint64_t key) const
    {
        if (zoom < 0 || zoom >= static_cast<int>(levels.size()))
            return nullptr;
        const auto& cells = levels[static_cast<std::size_t>(zoom)];
        const auto it = std::lower_bound(cells.begin(), cells.end(), key,
                                         [](const Cell& c, std::uint64_t k) { return c.key < k; });
        return it != cells.end() && it->key == key ? &*it : nullptr;
    }
};

namespace {

/// Calls `visit` for every cell of a row-major level inside [cx0, cx1] x [cy0, cy1], skipping
/// empty rows and the parts of rows outside the range by binary search.
template <typename Visit>
void scanCells(const std::vector<Cell>& cells, std::uint64_t cx0, std::uint64_t cy0, std::uint64_t cx1,
               std::uint64_t cy1, Visit&& visit)
{
    const auto less = [](const Cell& c, std::uint64_t k) { return c.key < k; };
    const std::uint64_t endKey = rowKey(cx1, cy1);
    auto it = std::lower_bound(cells.begin(), cells.end(), rowKey(cx0, cy0), less);
    while (it != cells.end() && it->key <= endKey) {
        const std::uint64_t cx = it->key & 0xFFFFFFFFULL;
        const std::uint64_t cy = it->key >> 32;
        if (cx < cx0) {
            it = std::lower_bound(it, cells.end(), rowKey(cx0, cy), less);
        } else if (cx > cx1) {
            it = std::lower_bound(it, cells.end(), rowKey(cx0, cy + 1), less);
        } else {
            visit(*it);
            ++it;
        }
    }
}

} // namespace

ClusterIndex::ClusterIndex() : ClusterIndex(Options{}) {}

ClusterIndex::ClusterIndex(Options options) : m_options(options)
{
    const int pixels = std::clamp(m_options.cellPixels, 1, 256);
    m_options.cellPixels = static_cast<int>(std::bit_floor(static_cast<unsigned>(pixels)));
    m_levelOffset = 8 - std::countr_zero(static_cast<unsigned>(m_options.cellPixels));
    m_options.maxZoom = std::clamp(m_options.maxZoom, 0, 31 - m_levelOffset);
    m_impl = std::make_shared<Impl>();
}

std::uint64_t ClusterIndex::cellsPerAxis(int zoom) const
{
    return std::uint64_t{1} << std::clamp(zoom + m_levelOffset, 0, kMaxGridLevel);
}

void ClusterIndex::build(std::span<const ProblemPoint> points)
{
    auto impl = std::make_shared<Impl>();
    const int finest = m_options.maxZoom + m_levelOffset;
    impl->finestLevel = finest;

    // Finest-cell Morton key of every point with usable coordinates, then sort by it.
    std::vector<KeyIndex> keys;
    keys.reserve(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        const ProblemPoint& p = points[i];
        if (!std::isfinite(p.lat) || !std::isfinite(p.lon))
            continue;
        const WorldPoint w = project(p.lat, p.lon);
        keys.push_back(
            {morton(cellCoord(w.x, finest), cellCoord(w.y, finest)), static_cast<std::uint32_t>(i)});
    }
    radixSort(keys);

    const std::size_t n = keys.size();
    impl->lat.resize(n);
    impl->lon.resize(n);
    impl->rowid.resize(n);
    impl->category.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const ProblemPoint& p = points[keys[i].index];
        impl->lat[i] = p.lat;
        impl->lon[i] = p.lon;
        impl->rowid[i] = p.rowid;
        impl->category[i] = p.category;
    }

    // Levels bottom-up in Morton order: runs of equal keys form a cell; a parent is key >> 2.
    // Category counts go up with the cells, one array per level, so naming the most frequent
    // category costs the cells of a level rather than its points.
    std::vector<std::vector<Cell>> levels(static_cast<std::size_t>(m_options.maxZoom) + 1);
    std::vector<CategoryCounts> counts, parentCounts;
    {
        auto& cells = levels.back();
        const std::size_t runs = countRuns(keys, 0, [](const KeyIndex& k) { return k.key; });
        cells.reserve(runs);
        counts.reserve(runs);
        for (std::size_t i = 0; i < n; ++i) {
            if (cells.empty() || cells.back().key != keys[i].key) {
                cells.push_back({keys[i].key, static_cast<std::uint32_t>(i), 0, 0, 0, 0, 0});
                counts.push_back({});
            }
            Cell& c = cells.back();
            ++c.count;
            c.lat += impl->lat[i];
            c.lon += impl->lon[i];
            c.mask |= categoryBit(impl->category[i]);
            ++counts.back()[categoryBucket(impl->category[i])];
        }
        nameCategories(cells, counts, impl->category);
    }
    keys = {};
    for (int zoom = m_options.maxZoom - 1; zoom >= 0; --zoom) {
        const auto& children = levels[static_cast<std::size_t>(zoom) + 1];
        auto& cells = levels[static_cast<std::size_t>(zoom)];
        const std::size_t runs = countRuns(children, 2, [](const Cell& c) { return c.key; });
        cells.reserve(runs);
        parentCounts.clear();
        parentCounts.reserve(runs);
        for (std::size_t j = 0; j < children.size(); ++j) {
            const Cell& child = children[j];
            const std::uint64_t key = child.key >> 2;
            if (cells.empty() || cells.back().key != key) {
                cells.push_back({key, child.first, 0, 0, 0, 0, 0});
                parentCounts.push_back({});
            }
            Cell& c = cells.back();
            c.count += child.count;
            c.lat += child.lat;
            c.lon += child.lon;
            c.mask |= child.mask;
            for (std::size_t b = 0; b < kCategoryBuckets; ++b)
                parentCounts.back()[b] += counts[j][b];
        }
        counts.swap(parentCounts);
        nameCategories(cells, counts, impl->category);
    }
    counts = {};
    parentCounts = {};

    // Finish each level: means, row-major order.
    std::vector<KeyIndex> order;
    for (auto& cells : levels) {
        for (Cell& c : cells) {
            c.lat /= c.count;
            c.lon /= c.count;
        }
        order.resize(cells.size());
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const std::uint64_t key = cells[i].key;
            order[i] = {rowKey(compactBits(key), compactBits(key >> 1)), static_cast<std::uint32_t>(i)};
        }
        radixSort(order);
        std::vector<Cell> sorted(cells.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            sorted[i] = cells[order[i].index];
            sorted[i].key = order[i].key;
        }
        cells.swap(sorted);
    }
    impl->levels = std::move(levels);
    m_impl = std::move(impl);
}

std::size_t ClusterIndex::size() const
{
    return m_impl->rowid.size();
}

std::vector<ClusterIndex::Item> ClusterIndex::query(WorldPoint topLeft, WorldPoint bottomRight,
                                                    double zoom) const
{
    std::vector<Item> items;
    const Impl& impl = *m_impl;
    if (impl.rowid.empty() || std::isnan(zoom) || std::isnan(topLeft.x) || std::isnan(topLeft.y) ||
        std::isnan(bottomRight.x) || std::isnan(bottomRight.y))
        return items;
    const int z = static_cast<int>(
        std::clamp(std::floor(zoom), 0.0, static_cast<double>(kMaxGridLevel - m_levelOffset)));
    const int level = z + m_levelOffset;
    const std::uint64_t cx0 = cellCoord(std::min(topLeft.x, bottomRight.x), level);
    const std::uint64_t cx1 = cellCoord(std::max(topLeft.x, bottomRight.x), level);
    const std::uint64_t cy0 = cellCoord(std::min(topLeft.y, bottomRight.y), level);
    const std::uint64_t cy1 = cellCoord(std::max(topLeft.y, bottomRight.y), level);

    if (z <= m_options.maxZoom) {
        scanCells(impl.levels[static_cast<std::size_t>(z)], cx0, cy0, cx1, cy1, [&](const Cell& c) {
            if (c.count == 1) {
                items.push_back(impl.pointItem(c.first, z, c.key));
                return;
            }
            Item item;
            item.lat = c.lat;
            item.lon = c.lon;
            item.count = c.count;
            item.rowid = impl.rowid[c.first];
            item.categoryMask = c.mask;
            item.category = c.category;
            item.level = z;
            item.cell = c.key;
            items.push_back(item);
        });
        return items;
    }

    // Above maxZoom: every point alone; the finest cells covering the box hold the candidates.
    const int shift = level - impl.finestLevel;
    scanCells(impl.levels.back(), cx0 >> shift, cy0 >> shift, cx1 >> shift, cy1 >> shift, [&](const Cell& c) {
        for (std::uint32_t i = c.first; i < c.first + c.count; ++i) {
            const WorldPoint w = project(impl.lat[i], impl.lon[i]);
            const std::uint64_t cx = cellCoord(w.x, level);
            const std::uint64_t cy = cellCoord(w.y, level);
            if (cx >= cx0 && cx <= cx1 && cy >= cy0 && cy <= cy1)
                items.push_back(impl.pointItem(i, z, rowKey(cx, cy)));
        }
    });
    // Inside one finest cell the points are in Morton order of their finer cells: make it rows.
    std::stable_sort(items.begin(), items.end(),
                     [](const Item& a, const Item& b) { return a.cell < b.cell; });
    return items;
}

int ClusterIndex::expansionZoom(const Item& cluster) const
{
    if (cluster.count <= 1)
        return cluster.level;
    const Impl& impl = *m_impl;
    const Cell* cell = impl.findCell(cluster.level, cluster.cell);
    if (!cell)
        return cluster.level;
    // Points are in Morton order, so the run splits exactly where its first and last points part.
    const std::uint32_t last = cell->first + cell->count - 1;
    const WorldPoint a = project(impl.lat[cell->first], impl.lon[cell->first]);
    const WorldPoint b = project(impl.lat[last], impl.lon[last]);
    const int finest = impl.finestLevel;
    const std::uint64_t key = morton(cellCoord(a.x, finest), cellCoord(a.y, finest)) ^
                              morton(cellCoord(b.x, finest), cellCoord(b.y, finest));
    if (key == 0)
        return m_options.maxZoom + 1;
    // Bit pair j of a Morton key is bit j of cx and cy, which first counts j levels above the
    // finest one: the highest differing pair names the zoom where the two points part.
    const int highestPair = (63 - std::countl_zero(key)) / 2;
    return m_options.maxZoom - highestPair;
}

std::vector<std::int64_t> ClusterIndex::members(const Item& cluster, std::size_t limit) const
{
    std::vector<std::int64_t> out;
    if (limit == 0)
        return out;
    if (cluster.count <= 1) {
        out.push_back(cluster.rowid);
        return out;
    }
    const Impl& impl = *m_impl;
    const Cell* cell = impl.findCell(cluster.level, cluster.cell);
    if (!cell)
        return out;
    const std::size_t count = std::min<std::size_t>(cell->count, limit);
    out.assign(impl.rowid.begin() + cell->first, impl.rowid.begin() + cell->first + count);
    return out;
}

std::size_t ClusterIndex::memoryBytes() const
{
    const Impl& impl = *m_impl;
    std::size_t bytes = sizeof(Impl) + impl.lat.capacity() * sizeof(double) +
                        impl.lon.capacity() * sizeof(double) + impl.rowid.capacity() * sizeof(std::int64_t) +
                        impl.category.capacity();
    for (const auto& cells : impl.levels)
        bytes += sizeof(cells) + cells.capacity() * sizeof(Cell);
    return bytes;
}

} // namespace balgul::core::geo
