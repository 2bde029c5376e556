#include "ui/map/station_layer.h"

#include "ui/map/map_view.h"
#include "ui/map/map_viewport.h"
#include "ui/qt_convert.h"
#include "ui/sensor/grade_colors.h"

#include <QLocale>
#include <QPainter>

#include <cmath>

namespace balgul::ui {

namespace {

using core::sensor::KoreanGrade;
using core::sensor::StationMean;
using core::sensor::StationStatus;

const QColor kSharedRing(0x6a, 0x1b, 0x9a);

QString ageText(std::int64_t seconds)
{
    if (seconds < 0)
        return StationLayer::tr("no readings yet");
    if (seconds < 3600)
        return StationLayer::tr("%n minute(s) ago", nullptr, static_cast<int>(seconds / 60));
    if (seconds < 2 * 86400)
        return StationLayer::tr("%n hour(s) ago", nullptr, static_cast<int>(seconds / 3600));
    return StationLayer::tr("%n day(s) ago", nullptr, static_cast<int>(seconds / 86400));
}

QString meanLine(const QString& pollutant, const StationMean& m)
{
    const QLocale locale;
    const QString hours = StationLayer::tr("%1 of 24 h").arg(m.hours);
    if (m.hours == 0)
        return StationLayer::tr("%1: no readings in the last 24 h").arg(pollutant);
    return StationLayer::tr("%1: %2 µg/m³ (24 h mean, %3) · %4")
        .arg(pollutant, locale.toString(m.mean, 'f', 1), hours, gradeName(m.grade));
}

} // namespace

StationLayer::StationLayer(MapView* map, QObject* parent) : QObject(parent), m_map(map)
{
    if (m_map)
        m_map->addOverlay(this);
}

StationLayer::~StationLayer()
{
    if (m_map)
        m_map->removeOverlay(this);
}

void StationLayer::setStations(std::vector<StationStatus> stations)
{
    m_stations = std::move(stations);
    if (m_selected != 0 && !station(m_selected))
        m_selected = 0;
    repaint();
}

const StationStatus* StationLayer::station(std::int64_t deviceId) const
{
    for (const StationStatus& s : m_stations)
        if (s.deviceId == deviceId)
            return &s;
    return nullptr;
}

void StationLayer::setVisible(bool visible)
{
    if (m_visible == visible)
        return;
    m_visible = visible;
    repaint();
}

void StationLayer::setSelectedStation(std::int64_t deviceId)
{
    m_selected = deviceId;
    repaint();
}

void StationLayer::repaint()
{
    if (m_map)
        m_map->update();
}

std::optional<std::int64_t> StationLayer::stationAt(const MapViewport& viewport, const QPointF& pixel) const
{
    if (!m_visible)
        return std::nullopt;
    std::optional<std::int64_t> best;
    double bestDistance = kRadius + 2;
    for (const StationStatus& s : m_stations) {
        const QPointF at = viewport.pixelFor(QGeoCoordinate(s.lat, s.lon));
        const double distance = std::hypot(at.x() - pixel.x(), at.y() - pixel.y());
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = s.deviceId;
        }
    }
    return best;
}

QString StationLayer::valueText(const StationStatus& station)
{
    const StationMean* mean = station.gradedMean();
    if (!mean || station.grade == KoreanGrade::NotEnoughData)
        return QStringLiteral("–");
    return QLocale().toString(std::floor(mean->mean), 'f', 0);
}

QString StationLayer::toolTipText(const StationStatus& station)
{
    const QString id = toQ(station.source) + u' ' + toQ(station.externalId);
    const QString name = station.name.empty() ? id : toQ(station.name);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped());
    lines << (station.name.empty() ? toQ(station.sensorType)
                                   : id + QStringLiteral(" · ") + toQ(station.sensorType))
                 .toHtmlEscaped();
    lines << StationLayer::tr("Grade: %1").arg(gradeName(station.grade)).toHtmlEscaped();
    if (station.pm2_5)
        lines << meanLine(QStringLiteral("PM2.5"), *station.pm2_5).toHtmlEscaped();
    if (station.pm10)
        lines << meanLine(QStringLiteral("PM10"), *station.pm10).toHtmlEscaped();
    lines << StationLayer::tr("Latest reading: %1").arg(ageText(station.ageSeconds)).toHtmlEscaped();
    if (station.subscribed)
        lines << StationLayer::tr("Shared by another resident through the hub").toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

void StationLayer::paintOverlay(QPainter& painter, const MapViewport& viewport)
{
    if (!m_visible || m_stations.empty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QFont font = painter.font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.8);
    painter.setFont(font);
    const QRectF bounds(QPointF(-kRadius * 2, -kRadius * 2), QSizeF(viewport.size().width() + kRadius * 4,
                                                                    viewport.size().height() + kRadius * 4));
    const StationStatus* selected = nullptr;
    auto draw = [&](const StationStatus& s) {
        const QPointF at = viewport.pixelFor(QGeoCoordinate(s.lat, s.lon));
        const bool isSelected = s.deviceId == m_selected;
        painter.setOpacity(s.ageSeconds < 0 || s.ageSeconds > kStaleSeconds ? 0.55 : 1.0);
        if (s.subscribed) {
            painter.setPen(QPen(kSharedRing, 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(at, kRadius + 3, kRadius + 3);
        }
        painter.setPen(QPen(isSelected ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white), isSelected ? 3 : 2));
        painter.setBrush(gradeColor(s.grade));
        painter.drawEllipse(at, kRadius, kRadius);
        painter.setPen(gradeTextColor(s.grade));
        painter.drawText(QRectF(at.x() - kRadius, at.y() - kRadius, kRadius * 2, kRadius * 2),
                         Qt::AlignCenter, valueText(s));
    };
    for (const StationStatus& s : m_stations) {
        const QPointF at = viewport.pixelFor(QGeoCoordinate(s.lat, s.lon));
        if (!bounds.contains(at))
            continue;
        if (s.deviceId == m_selected)
            selected = &s;
        else
            draw(s);
    }
    if (selected)
        draw(*selected);
    painter.restore();
}

bool StationLayer::clickOverlay(const MapViewport& viewport, const QPointF& pixel)
{
    const auto hit = stationAt(viewport, pixel);
    if (!hit)
        return false;
    setSelectedStation(*hit);
    emit stationActivated(*hit);
    return true;
}

QString StationLayer::overlayToolTip(const MapViewport& viewport, const QPointF& pixel) const
{
    const auto hit = stationAt(viewport, pixel);
    if (!hit)
        return {};
    return toolTipText(*station(*hit));
}

} // namespace balgul::ui
