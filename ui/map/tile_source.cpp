#include "ui/map/tile_source.h"

namespace balgul::ui {

TileSource::TileSource(QObject* parent) : QObject(parent) {}

TileSource::~TileSource() = default;

void TileSource::cancelPending() {}

int TileSource::minZoom() const
{
    return 0;
}

int TileSource::maxZoom() const
{
    return 19;
}

QImage decodeTileImage(const QByteArray& bytes)
{
    QImage image;
    if (bytes.isEmpty() || !image.loadFromData(bytes))
        return {};
    if (image.format() != QImage::Format_ARGB32_Premultiplied && image.format() != QImage::Format_RGB32)
        image = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                              : QImage::Format_RGB32);
    return image;
}

} // namespace balgul::ui
