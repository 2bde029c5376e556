#pragma once

#include "core/domain/problem.h"
#include "core/util/result.h"

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core {

class Store;

/// Files larger than this are refused before they are read.
inline constexpr std::uintmax_t kGeoJsonMaxFileBytes = 256u << 20;
inline constexpr std::size_t kGeoJsonMaxFeatures = 1'000'000;

struct ImportReport
{
    std::size_t features = 0;     ///< features in the file
    std::size_t imported = 0;     ///< problems added to the store
    std::vector<std::string> ids; ///< their ids, in file order (an undo removes exactly these)
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

/// Imports every feature of a GeoJSON file in one transaction, queueing sync ops: any bad
/// feature and nothing changes. Ids already in the store (or repeated in the file) are
/// replaced by new ones. Problems without an author get the store's user name.
Result<ImportReport> importGeoJson(Store& store, const std::string& path);

/// Writes every problem as an RFC 7946 FeatureCollection (no "crs"; [lon, lat] with 7
/// decimals), one feature per line, with supports and comments counts.
Status exportGeoJson(Store& store, std::ostream& out);
/// Appends one problem as the Feature exportGeoJson writes for it.
void appendGeoJsonFeature(std::string& out, const Problem& problem);

} // namespace balgul::core
