#include "ui/map/tile_source_factory.h"

#include "ui/map/mbtiles_tile_source.h"
#include "ui/map/xyz_tile_source.h"

#include <QCoreApplication>

namespace balgul::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(balgul::ui::TileSourceFactory)
};

} // namespace

std::unique_ptr<TileSource> createTileSource(const QString& kind, const QString& urlOrPath, QString* error)
{
    if (error)
        error->clear();
    const QString which = kind.trimmed().toLower();
    if (which.isEmpty() || which == QLatin1String("none"))
        return nullptr;
    if (which == QLatin1String("osm") || which == QLatin1String("xyz")) {
        const QString urlTemplate =
            urlOrPath.trimmed().isEmpty() ? XyzTileSource::defaultTemplate() : urlOrPath.trimmed();
        if (!XyzTileSource::isValidTemplate(urlTemplate)) {
            if (error)
                *error = Text::tr("The tile address “%1” is not a usable template: it needs an http or https "
                                  "address with {z}, {x} and {y}.")
                             .arg(urlTemplate);
            return nullptr;
        }
        return std::make_unique<XyzTileSource>(urlTemplate);
    }
    if (which == QLatin1String("mbtiles"))
        return MbtilesTileSource::open(urlOrPath, error);
    if (error)
        *error = Text::tr("Unknown kind of map tiles “%1” (expected osm, mbtiles or none).").arg(kind);
    return nullptr;
}

} // namespace balgul::ui
