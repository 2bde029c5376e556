#include "ui/map/basemap_painter.h"

#include "ui/map/map_viewport.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <array>
#include <cmath>

namespace balgul::ui::basemap {

namespace {

/// Gives the map's words one translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(balgul::ui::MapBasemap)
};

const QColor kGraticule{0x9A, 0xA5, 0xB1, 110};
const QColor kGraticuleLabel{0x5F, 0x6B, 0x78};
const QColor kInk{0x26, 0x32, 0x38};
constexpr double kEdge = 8.0; ///< margin of the corner furniture

int decimalsFor(double step)
{
    return step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(step) - 1e-9));
}

QString latitudeLabel(double lat, int decimals)
{
    const QString number = QLocale().toString(std::abs(lat), 'f', decimals);
    if (std::abs(lat) < 1e-9)
        return Text::tr("%1°").arg(number);
    return lat > 0 ? Text::tr("%1°N").arg(number) : Text::tr("%1°S").arg(number);
}

QString longitudeLabel(double lon, int decimals)
{
    const QString number = QLocale().toString(std::abs(lon), 'f', decimals);
    if (std::abs(lon) < 1e-9 || std::abs(std::abs(lon) - 180) < 1e-9)
        return Text::tr("%1°").arg(number);
    return lon > 0 ? Text::tr("%1°E").arg(number) : Text::tr("%1°W").arg(number);
}

void drawLabel(QPainter& painter, const QPointF& at, const QString& text, Qt::Alignment align)
{
    const QFontMetricsF metrics(painter.font());
    QRectF box = metrics.boundingRect(text).adjusted(-3, -1, 3, 1);
    box.moveTopLeft(at);
    if (align & Qt::AlignRight)
        box.moveRight(at.x());
    if (align & Qt::AlignBottom)
        box.moveBottom(at.y());
    if (align & Qt::AlignVCenter)
        box.moveTop(at.y() - box.height() / 2);
    if (align & Qt::AlignHCenter)
        box.moveLeft(at.x() - box.width() / 2);
    painter.fillRect(box, QColor(255, 255, 255, 170));
    painter.drawText(box, Qt::AlignCenter, text);
}

} // namespace

double graticuleStep(double zoom, double minPixels)
{
    static constexpr std::array<double, 3> kMantissas{1, 2, 5};
    const double degreesPerPixel = 360.0 / (core::geo::kTileSize * std::exp2(zoom));
    const double minimum = degreesPerPixel * minPixels;
    for (int exponent = -6; exponent <= 2; ++exponent)
        for (double mantissa : kMantissas) {
            const double step = mantissa * std::pow(10.0, exponent);
            if (step >= minimum)
                return std::min(step, 30.0);
        }
    return 30.0;
}

double roundScaleLength(double maxMeters)
{
    if (!(maxMeters > 0))
        return 0;
    const double power = std::pow(10.0, std::floor(std::log10(maxMeters)));
    for (double mantissa : {5.0, 2.0, 1.0})
        if (mantissa * power <= maxMeters)
            return mantissa * power;
    return power;
}

QString formatDistance(double meters)
{
    if (meters >= 1000)
        return Text::tr("%1 km").arg(QLocale().toString(meters / 1000, 'g', 6));
    return Text::tr("%1 m").arg(QLocale().toString(meters, 'g', 6));
}

void paintBackground(QPainter& painter, const MapViewport& viewport)
{
    const QRectF all(QPointF(0, 0), viewport.size());
    const QRectF world(viewport.worldToPixel({0, 0}), viewport.worldToPixel({1, 1}));
    painter.fillRect(all, kOutsideWorld);
    painter.fillRect(all.intersected(world), kLand);
}

void paintGraticule(QPainter& painter, const MapViewport& viewport, GraticulePart part)
{
    const double step = graticuleStep(viewport.zoom());
    const int decimals = decimalsFor(step);
    const QGeoRectangle region = viewport.visibleRegion();
    const double width = viewport.size().width();
    const double height = viewport.size().height();

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    QPen pen(kGraticule);
    pen.setWidthF(1.0);
    painter.setPen(pen);
    const bool lines = part == GraticulePart::Lines;
    if (lines) // no lines beyond the antimeridian or the poles of the projection
        painter.setClipRect(QRectF(viewport.worldToPixel({0, 0}), viewport.worldToPixel({1, 1})),
                            Qt::IntersectClip);

    std::vector<std::pair<double, QString>> meridians;
    const auto firstLon = static_cast<long>(std::ceil(region.topLeft().longitude() / step - 1e-9));
    const auto lastLon = static_cast<long>(std::floor(region.bottomRight().longitude() / step + 1e-9));
    for (long i = firstLon; i <= lastLon; ++i) {
        const double lon = static_cast<double>(i) * step;
        const double x = std::round(viewport.pixelFor(QGeoCoordinate(0, lon)).x()) + 0.5;
        if (lines)
            painter.drawLine(QPointF(x, 0), QPointF(x, height));
        meridians.emplace_back(x, longitudeLabel(lon, decimals));
    }
    std::vector<std::pair<double, QString>> parallels;
    const double south = std::max(region.bottomRight().latitude(), -core::geo::kMaxLatitude);
    const double north = std::min(region.topLeft().latitude(), core::geo::kMaxLatitude);
    const auto firstLat = static_cast<long>(std::ceil(south / step - 1e-9));
    const auto lastLat = static_cast<long>(std::floor(north / step + 1e-9));
    for (long i = firstLat; i <= lastLat; ++i) {
        const double lat = static_cast<double>(i) * step;
        const double y = std::round(viewport.pixelFor(QGeoCoordinate(lat, 0)).y()) + 0.5;
        if (lines)
            painter.drawLine(QPointF(0, y), QPointF(width, y));
        parallels.emplace_back(y, latitudeLabel(lat, decimals));
    }
    if (lines) {
        painter.restore();
        return;
    }

    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    painter.setPen(kGraticuleLabel);
    for (const auto& [x, label] : meridians)
        if (x > 40 && x < width - 40)
            drawLabel(painter, QPointF(x, 4), label, Qt::AlignHCenter | Qt::AlignTop);
    for (const auto& [y, label] : parallels)
        if (y > 24 && y < height - 40)
            drawLabel(painter, QPointF(4, y), label, Qt::AlignLeft | Qt::AlignVCenter);
    painter.restore();
}

void paintScaleBar(QPainter& painter, const MapViewport& viewport)
{
    constexpr double kMaxBarPixels = 120;
    const double lat =
        viewport.coordinateAt(QPointF(viewport.size().width() / 2, viewport.size().height() / 2)).latitude();
    const double metersPerPixel = core::geo::metersPerPixel(lat, viewport.zoom());
    const double meters = roundScaleLength(metersPerPixel * kMaxBarPixels);
    if (!(meters > 0))
        return;
    const double pixels = meters / metersPerPixel;
    const QString label = formatDistance(meters);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const double bottom = viewport.size().height() - kEdge;
    const QRectF panel(kEdge, bottom - metrics.height() - 12,
                       std::max(pixels, metrics.horizontalAdvance(label)) + 12, metrics.height() + 12);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 190));
    painter.drawRoundedRect(panel, 3, 3);

    const double left = panel.left() + 6;
    const double barY = panel.bottom() - 5;
    QPen pen(kInk, 2.0);
    pen.setCapStyle(Qt::FlatCap);
    painter.setPen(pen);
    QPainterPath bar;
    bar.moveTo(left, barY - 5);
    bar.lineTo(left, barY);
    bar.lineTo(left + pixels, barY);
    bar.lineTo(left + pixels, barY - 5);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(bar);
    painter.drawText(QRectF(left, panel.top() + 2, panel.width() - 12, metrics.height()), Qt::AlignLeft,
                     label);
    painter.restore();
}

void paintAttribution(QPainter& painter, const MapViewport& viewport, const QString& text)
{
    if (text.isEmpty())
        return;
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.8);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, viewport.size().width() * 0.6);
    QRectF box(0, 0, metrics.horizontalAdvance(shown) + 8, metrics.height() + 2);
    box.moveBottomRight(QPointF(viewport.size().width(), viewport.size().height()));
    painter.fillRect(box, QColor(255, 255, 255, 200));
    painter.setPen(kInk);
    painter.drawText(box, Qt::AlignCenter, shown);
    painter.restore();
}

void paintZoomIndicator(QPainter& painter, const MapViewport& viewport)
{
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.8);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const QString text = Text::tr("Zoom %1").arg(QLocale().toString(viewport.zoom(), 'f', 1));
    QRectF box(0, 0, metrics.horizontalAdvance(text) + 10, metrics.height() + 4);
    box.moveTopRight(QPointF(viewport.size().width() - kEdge, kEdge));
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 190));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(kInk);
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

void paintBanner(QPainter& painter, const MapViewport& viewport, const QString& text)
{
    painter.save();
    const QFontMetricsF metrics(painter.font());
    const QString shown = metrics.elidedText(text, Qt::ElideRight, viewport.size().width() - 40);
    QRectF box(0, 0, metrics.horizontalAdvance(shown) + 24, metrics.height() + 12);
    box.moveCenter(QPointF(viewport.size().width() / 2, kEdge + box.height() / 2 + 20));
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x26, 0x32, 0x38, 220));
    painter.drawRoundedRect(box, box.height() / 2, box.height() / 2);
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter, shown);
    painter.restore();
}

} // namespace balgul::ui::basemap
