#pragma once

#include "core/geo/mercator.h"
#include "core/store/store.h"

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace balgul::core::geo {

/// Clusters of map points per zoom level, built once and queried per frame.
///
/// A hierarchical grid: at zoom z the world is cut into square cells of `cellPixels`
/// screen pixels, that is `256 * 2^z / cellPixels` cells per axis; cell (cx, cy) holds
/// the points with `cx == floor(x * cellsPerAxis)` and `cy == floor(y * cellsPerAxis)`
/// (world units, clamped to the world). A cell holding one point is that point, a cell
/// holding more is a cluster at their mean latitude and longitude.
///
/// Points are sorted once by the Morton (Z-order) key of their finest cell, so every cell
/// of every level is a contiguous run of points; levels are built bottom-up from the finest
/// one (a parent key is a child key >> 2) and each level is kept as an array of cells
/// sorted row by row, so a viewport is a few binary searches and a scan of the cells it
/// shows: a frame costs what it shows, not what the store holds.
///
/// Queries are exact: the items equal a brute-force binning of the points whose cell
/// touches the viewport. Above `maxZoom` every such point is an item of its own.
/// An index is immutable once built; copies share it, and const calls are thread-safe.
class ClusterIndex
{
public:
    struct Options
    {
        int maxZoom = 18;    ///< above this every point is shown alone (at most 31 - log2(256/cellPixels))
        int cellPixels = 64; ///< power of two in [1, 256] (other values are rounded down)
    };

    struct Item
    {
        double lat = 0; ///< point position, or mean position of the cluster's points
        double lon = 0;
        std::uint32_t count = 1;        ///< 1: a single problem
        std::int64_t rowid = 0;         ///< the problem (count == 1), or one member of the cluster
        std::uint16_t categoryMask = 0; ///< bit i set: category i present (categories >= 15 share bit 15)
        std::uint8_t category = 0;      ///< the most frequent category (the lowest index on a tie)
        std::int32_t level = 0;         ///< zoom level the item comes from
        std::uint64_t cell = 0;         ///< (cy << 32) | cx of its cell at that zoom
    };

    ClusterIndex();
    explicit ClusterIndex(Options options);

    /// Replaces the content. Points with a non-finite latitude or longitude are left out.
    void build(std::span<const ProblemPoint> points);
    /// Number of points indexed.
    std::size_t size() const;
    bool empty() const { return size() == 0; }

    /// Everything in the cells touching a world-unit box at a zoom (fractional zooms use the
    /// floor; negative ones count as 0, and ones past 32 - log2(256 / cellPixels) as that),
    /// row by row from the north-west. The box is clamped to
    /// the world; it does not wrap around the antimeridian.
    std::vector<Item> query(WorldPoint topLeft, WorldPoint bottomRight, double zoom) const;
    /// The zoom at which a cluster first splits into more than one item
    /// (maxZoom + 1 when its points share one finest cell); an item's own level for a single point.
    int expansionZoom(const Item& cluster) const;
    /// Row ids of every problem inside a cluster (at most `limit`), in index order.
    std::vector<std::int64_t> members(const Item& cluster, std::size_t limit = 1000) const;
    /// Bytes held by the index.
    std::size_t memoryBytes() const;
    const Options& options() const { return m_options; }

    /// Cells per axis at a zoom for these options (the grid a query bins into).
    std::uint64_t cellsPerAxis(int zoom) const;

private:
    struct Impl;
    Options m_options;
    int m_levelOffset = 2; ///< grid level of zoom 0: log2(256 / cellPixels)
    std::shared_ptr<const Impl> m_impl;
};

} // namespace balgul::core::geo
