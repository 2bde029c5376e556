#pragma once

#include "ui/map/tile_source.h"

#include <QString>

#include <memory>

namespace balgul::ui {

/// Makes the tile source a setting names.
///
/// `kind` is "osm" (a web XYZ server; `urlOrPath` is its URL template, empty for the
/// OpenStreetMap default), "mbtiles" (`urlOrPath` is the pack file) or "none" (plain basemap).
/// Returns nullptr for "none" (with `error` cleared) and on failure (with `error` set to a
/// sentence for the user).
std::unique_ptr<TileSource> createTileSource(const QString& kind, const QString& urlOrPath, QString* error);

} // namespace balgul::ui
