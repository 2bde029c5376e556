#pragma once

#include "core/domain/problem.h"
#include "core/store/store.h"
#include "core/util/result.h"

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core {

class Progress;

/// Files larger than this are refused before they are read. The file is read a piece at a time,
/// so its size does not weigh on memory: the limit only turns away what is surely not a layer.
inline constexpr std::uintmax_t kGeoJsonMaxFileBytes = std::uintmax_t{4} << 30;
inline constexpr std::size_t kGeoJsonMaxFeatures = 1'000'000;

struct ImportReport
{
    std::size_t features = 0;         ///< features in the file
    std::size_t imported = 0;         ///< problems added to the store
    std::vector<std::string> ids;     ///< their ids, in file order (an undo removes exactly these)
    std::vector<std::int64_t> rowids; ///< their row ids, in file order
    std::optional<GeoBox> bounds;     ///< the box around them (none when nothing was imported)
};

/// Reads problems from a GeoJSON FeatureCollection of points, as QGIS writes it: an optional
/// "crs" (only CRS84 / EPSG:4326), Point (or single-point MultiPoint) geometries and the
/// properties id, title (or name), description, category (code, English or Korean name),
/// status, address, author, created and updated (ISO 8601). Other properties are ignored.
///
/// Every error names the file, the line and the field ("features[3].properties.title").
/// `fileName` only labels errors. Ids that are not UUIDs, or repeat an earlier feature's,
/// are left empty (the store assigns one).
Result<std::vector<Problem>> readGeoJsonProblems(std::string_view text, const std::string& fileName);

struct GeoJsonImportOptions
{
    /// Hears "read" (bytes of the file read, of its size) and "features" (features read; total -1)
    /// every few hundred features, then "index" from the store; cancelled() stops the import, which
    /// then fails with `cancelled` and changes nothing. May be null.
    Progress* progress = nullptr;
    /// List the new problems' ids and row ids in the report (an undo needs them; a million take about
    /// 90 MB).
    bool keepIds = true;
};

/// Imports every feature of a GeoJSON file in one transaction (core::BulkWriter), queueing sync
/// ops: any bad feature and nothing changes. The file is read feature by feature, so memory stays
/// bounded whatever its size; errors name the file, the line and the field as readGeoJsonProblems'
/// do. Ids already in the store (or repeated in the file) are replaced by new ones. Problems
/// without an author get the store's user name.
Result<ImportReport> importGeoJson(Store& store, const std::string& path,
                                   const GeoJsonImportOptions& options = {});

/// Writes every problem as an RFC 7946 FeatureCollection (no "crs"; [lon, lat] with 7
/// decimals), one feature per line, with supports and comments counts.
Status exportGeoJson(Store& store, std::ostream& out);
/// Appends one problem as the Feature exportGeoJson writes for it.
void appendGeoJsonFeature(std::string& out, const Problem& problem);

} // namespace balgul::core
