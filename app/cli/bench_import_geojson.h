#pragma once

#include "app/cli/commands.h"

namespace balgul::cli {

/// `balgul-cli bench import-geojson`: a GeoJSON import of N features into a fresh store, its
/// features/s and peak memory, beside ogr2ogr loading the same file into a GeoPackage.
int runBenchImportGeoJson(const Args& args);

} // namespace balgul::cli
