#include "ui/map/marker_painter.h"

#include "core/domain/category.h"
#include "ui/map/map_viewport.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace balgul::ui::markers {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(balgul::ui::MapMarkers)
};

using Item = core::geo::ClusterIndex::Item;

constexpr double kSingleRadius = 6.0;
constexpr double kSelectedRadius = 9.0;
constexpr double kHitSlop = 4.0; ///< extra pixels around a dot that still count as a hit
const QColor kInk{0x26, 0x32, 0x38};

constexpr int kSpriteCacheSize = 2048;

/// The disc and its ring of category colours, centred on `at`.
void drawClusterBody(QPainter& painter, const QPointF& at, double r, const Item& item)
{
    const auto categories = core::defaultCategories();
    std::vector<QColor> ring;
    for (std::size_t i = 0; i < categories.size() && i < 16; ++i)
        if (item.categoryMask & (1u << i))
            ring.push_back(categoryColor(i));
    if (ring.empty())
        ring.push_back(categoryColor(item.category));

    const QRectF disc(at.x() - r, at.y() - r, 2 * r, 2 * r);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawEllipse(disc);

    const double ringWidth = std::max(3.0, r * 0.28);
    const QRectF ringRect = disc.adjusted(ringWidth / 2, ringWidth / 2, -ringWidth / 2, -ringWidth / 2);
    QPen pen;
    pen.setWidthF(ringWidth);
    pen.setCapStyle(Qt::FlatCap);
    const int span = 360 * 16 / static_cast<int>(ring.size());
    painter.setBrush(Qt::NoBrush);
    for (std::size_t i = 0; i < ring.size(); ++i) {
        pen.setColor(ring[i]);
        painter.setPen(pen);
        const int start = 90 * 16 - static_cast<int>(i) * span; // clockwise from twelve o'clock
        painter.drawArc(ringRect, start, ring.size() == 1 ? 360 * 16 : -span);
    }
    painter.setPen(QPen(QColor(0, 0, 0, 60), 1.0));
    painter.drawEllipse(disc);
}

void drawSingle(QPainter& painter, const QPointF& at, const QColor& color, bool selected)
{
    if (selected) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(color.red(), color.green(), color.blue(), 70));
        painter.drawEllipse(at, kSelectedRadius + 7, kSelectedRadius + 7);
        painter.setPen(QPen(kInk, 2.5));
        painter.setBrush(color);
        painter.drawEllipse(at, kSelectedRadius, kSelectedRadius);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawEllipse(at, 3.0, 3.0);
        return;
    }
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(color);
    painter.drawEllipse(at, kSingleRadius, kSingleRadius);
}

/// A transparent square image of `side` logical pixels at the screen's scale.
QImage blankSprite(double side, qreal dpr)
{
    const int pixels = static_cast<int>(std::ceil(side * dpr));
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    return image;
}

} // namespace

double radiusFor(std::uint32_t count)
{
    if (count <= 1)
        return kSingleRadius;
    return 10.0 + 4.5 * std::log10(static_cast<double>(count));
}

QColor categoryColor(std::size_t categoryIndex)
{
    const auto categories = core::defaultCategories();
    if (categories.empty())
        return QColor(0x7F, 0x8C, 0x8D);
    const std::uint32_t rgb = categories[std::min(categoryIndex, categories.size() - 1)].colorRgb;
    return QColor::fromRgb(static_cast<QRgb>(0xFF000000u | rgb));
}

QString formatCount(std::uint32_t count)
{
    if (count < 1000)
        return QString::number(count);
    if (count < 10000)
        return Text::tr("%1k").arg(QLocale().toString(count / 1000.0, 'f', 1));
    return Text::tr("%1k").arg(QLocale().toString(count / 1000));
}

Painter::Painter() : m_sprites(kSpriteCacheSize) {}

const QImage& Painter::clusterSprite(const Item& item, double radius, qreal dpr)
{
    const quint64 key = (1ULL << 63) | (static_cast<quint64>(item.categoryMask) << 32) |
                        (static_cast<quint64>(std::lround(radius * 4)) << 16) |
                        (static_cast<quint64>(item.categoryMask ? 0 : item.category) << 8) |
                        static_cast<quint64>(std::lround(dpr * 8) & 0xFF);
    if (const QImage* cached = m_sprites.object(key))
        return *cached;
    const double half = radius + 1;
    auto* image = new QImage(blankSprite(2 * half, dpr));
    QPainter painter(image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    drawClusterBody(painter, QPointF(half, half), radius, item);
    painter.end();
    m_sprites.insert(key, image);
    return *image;
}

const QImage& Painter::singleSprite(std::size_t category, bool selected, qreal dpr)
{
    const quint64 key = (static_cast<quint64>(category) << 16) | (selected ? 0x100u : 0u) |
                        static_cast<quint64>(std::lround(dpr * 8) & 0xFF);
    if (const QImage* cached = m_sprites.object(key))
        return *cached;
    const double half = (selected ? kSelectedRadius + 7 : kSingleRadius) + 1.5;
    auto* image = new QImage(blankSprite(2 * half, dpr));
    QPainter painter(image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    drawSingle(painter, QPointF(half, half), categoryColor(category), selected);
    painter.end();
    m_sprites.insert(key, image);
    return *image;
}

void Painter::paint(QPainter& painter, const MapViewport& viewport, std::span<const Item> items,
                    std::int64_t selectedRowid, bool counts)
{
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    auto blit = [&painter](const QPointF& center, const QImage& sprite) {
        // Placed on whole device pixels, so sprites stay crisp instead of being resampled.
        const qreal ratio = sprite.devicePixelRatio();
        const QSizeF size = QSizeF(sprite.size()) / ratio;
        const QPointF topLeft(std::round((center.x() - size.width() / 2) * ratio) / ratio,
                              std::round((center.y() - size.height() / 2) * ratio) / ratio);
        painter.drawImage(topLeft, sprite);
    };

    painter.save();
    QFont font = painter.font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    painter.setPen(kInk);

    for (const Item& item : items) {
        if (item.count <= 1)
            continue;
        const double r = std::round(radiusFor(item.count) * 2) / 2;
        const QPointF at = viewport.pixelFor(QGeoCoordinate(item.lat, item.lon));
        blit(at, clusterSprite(item, r, dpr));
        if (counts)
            painter.drawText(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                             formatCount(item.count));
    }
    const Item* selected = nullptr;
    for (const Item& item : items) {
        if (item.count != 1)
            continue;
        if (selectedRowid != 0 && item.rowid == selectedRowid) {
            selected = &item;
            continue;
        }
        blit(viewport.pixelFor(QGeoCoordinate(item.lat, item.lon)), singleSprite(item.category, false, dpr));
    }
    if (selected)
        blit(viewport.pixelFor(QGeoCoordinate(selected->lat, selected->lon)),
             singleSprite(selected->category, true, dpr));
    painter.restore();
}

void Painter::paintCounts(QPainter& painter, const MapViewport& viewport, std::span<const Item> items)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QFont font = painter.font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    for (const Item& item : items) {
        if (item.count <= 1)
            continue;
        const QPointF at = viewport.pixelFor(QGeoCoordinate(item.lat, item.lon));
        const QString text = formatCount(item.count);
        QRectF plate(0, 0, metrics.horizontalAdvance(text) + 6, metrics.height());
        plate.moveCenter(at);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 235));
        painter.drawRoundedRect(plate, plate.height() / 2, plate.height() / 2);
        painter.setPen(kInk);
        painter.drawText(plate, Qt::AlignCenter, text);
    }
    painter.restore();
}

std::optional<Item> hitTest(const MapViewport& viewport, std::span<const Item> items, const QPointF& pixel)
{
    const Item* best = nullptr;
    double bestDistance = 0;
    bool bestSingle = false;
    for (const Item& item : items) {
        const QPointF at = viewport.pixelFor(QGeoCoordinate(item.lat, item.lon));
        const double distance = std::hypot(at.x() - pixel.x(), at.y() - pixel.y());
        const bool single = item.count <= 1;
        const double reach = single ? kSelectedRadius + kHitSlop : radiusFor(item.count) + 1;
        if (distance > reach)
            continue;
        if (!best || (single && !bestSingle) || (single == bestSingle && distance < bestDistance)) {
            best = &item;
            bestDistance = distance;
            bestSingle = single;
        }
    }
    return best ? std::optional<Item>(*best) : std::nullopt;
}

void paintPin(QPainter& painter, const QPointF& tip, const QColor& color)
{
    constexpr double kHead = 11.0;
    constexpr double kHeight = 34.0;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QPointF head(tip.x(), tip.y() - kHeight + kHead);
    QPainterPath pin;
    pin.moveTo(tip);
    pin.cubicTo(tip.x() - 3, tip.y() - 10, head.x() - kHead, head.y() + 6, head.x() - kHead, head.y());
    pin.arcTo(QRectF(head.x() - kHead, head.y() - kHead, 2 * kHead, 2 * kHead), 180, -180);
    pin.cubicTo(head.x() + kHead, head.y() + 6, tip.x() + 3, tip.y() - 10, tip.x(), tip.y());
    pin.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 50));
    painter.drawEllipse(tip, 6.0, 2.5);
    painter.setPen(QPen(color.darker(150), 1.5));
    painter.setBrush(color);
    painter.drawPath(pin);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawEllipse(head, 4.5, 4.5);
    painter.restore();
}

void paintMyPosition(QPainter& painter, const QPointF& at, double accuracyPixels)
{
    const QColor blue(0x1A, 0x73, 0xE8);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (accuracyPixels > 8) {
        painter.setPen(QPen(QColor(blue.red(), blue.green(), blue.blue(), 120), 1.0));
        painter.setBrush(QColor(blue.red(), blue.green(), blue.blue(), 40));
        painter.drawEllipse(at, accuracyPixels, accuracyPixels);
    }
    painter.setPen(QPen(Qt::white, 2.5));
    painter.setBrush(blue);
    painter.drawEllipse(at, 7.0, 7.0);
    painter.restore();
}

} // namespace balgul::ui::markers
