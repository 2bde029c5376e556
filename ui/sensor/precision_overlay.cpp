#include "ui/sensor/precision_overlay.h"

#include "ui/map/map_viewport.h"
#include "ui/map/marker_painter.h"

#include <QCoreApplication>
#include <QGeoCoordinate>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>

namespace balgul::ui {

namespace {

const QColor kPublic(0x1a, 0x73, 0xe8);
const QColor kPrivate(0xb3, 0x26, 0x1e);

} // namespace

void PrecisionOverlay::setPlace(double lat, double lon, core::geo::Precision precision)
{
    m_lat = lat;
    m_lon = lon;
    m_cell = core::geo::cellOf(lat, lon, precision);
    m_set = true;
}

void PrecisionOverlay::paintOverlay(QPainter& painter, const MapViewport& viewport)
{
    if (!m_set)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF truePlace = viewport.pixelFor(QGeoCoordinate(m_lat, m_lon));
    const QPointF published = viewport.pixelFor(QGeoCoordinate(m_cell.lat, m_cell.lon));
    if (m_cell.precision != core::geo::Precision::Exact) {
        const QPointF topLeft =
            viewport.pixelFor(QGeoCoordinate(m_cell.lat + m_cell.halfLat, m_cell.lon - m_cell.halfLon));
        const QPointF bottomRight =
            viewport.pixelFor(QGeoCoordinate(m_cell.lat - m_cell.halfLat, m_cell.lon + m_cell.halfLon));
        QColor fill = kPublic;
        fill.setAlpha(48);
        painter.setBrush(fill);
        painter.setPen(QPen(kPublic, 2, Qt::DashLine));
        painter.drawRect(QRectF(topLeft, bottomRight));
    }
    // The true place: a small ring, drawn under the public pin.
    painter.setBrush(Qt::white);
    painter.setPen(QPen(kPrivate, 3));
    painter.drawEllipse(truePlace, 6, 6);
    markers::paintPin(painter, published, kPublic);
    painter.restore();
}

QString PrecisionOverlay::overlayToolTip(const MapViewport& viewport, const QPointF& pixel) const
{
    if (!m_set)
        return {};
    const QPointF truePlace = viewport.pixelFor(QGeoCoordinate(m_lat, m_lon));
    const QPointF published = viewport.pixelFor(QGeoCoordinate(m_cell.lat, m_cell.lon));
    if (QLineF(pixel, truePlace).length() < 10)
        return QCoreApplication::translate("balgul::ui::PrecisionOverlay",
                                           "Your station's place: stays on this computer");
    if (QLineF(pixel, published).length() < 16)
        return QCoreApplication::translate("balgul::ui::PrecisionOverlay",
                                           "What others see: the centre of the cell");
    return {};
}

} // namespace balgul::ui
