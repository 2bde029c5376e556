#include "ui/map/grade_legend.h"

#include "ui/sensor/grade_colors.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>
#include <array>

namespace balgul::ui {

namespace {

using core::sensor::KoreanGrade;

constexpr std::array kGrades{KoreanGrade::Good, KoreanGrade::Moderate, KoreanGrade::Bad, KoreanGrade::VeryBad,
                             KoreanGrade::NotEnoughData};
constexpr int kPadding = 8;
constexpr int kSwatch = 12;
constexpr int kEdge = 8;
const QColor kSharedRing(0x6a, 0x1b, 0x9a);

} // namespace

GradeLegend::GradeLegend(QWidget* map) : QWidget(map)
{
    setObjectName(QStringLiteral("gradeLegend"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_TranslucentBackground);
    move(kEdge, kEdge);
    resize(sizeHint());
}

QString GradeLegend::title() const
{
    return tr("Air quality, 24 h mean");
}

QStringList GradeLegend::rowTexts() const
{
    QStringList rows;
    for (const KoreanGrade grade : kGrades)
        rows << gradeName(grade);
    rows << tr("Shared through the hub");
    return rows;
}

QSize GradeLegend::sizeHint() const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics titleMetrics(bold);
    const QFontMetrics metrics(font());
    int width = titleMetrics.horizontalAdvance(title());
    for (const QString& row : rowTexts())
        width = std::max(width, kSwatch + 6 + metrics.horizontalAdvance(row));
    const int rows = static_cast<int>(rowTexts().size());
    const int line = std::max(metrics.height(), kSwatch + 2);
    return {width + 2 * kPadding, titleMetrics.height() + 4 + rows * line + 2 * kPadding};
}

void GradeLegend::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 215));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

    const QColor ink(0x26, 0x32, 0x38);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics titleMetrics(bold);
    const QFontMetrics metrics(font());
    painter.setFont(bold);
    painter.setPen(ink);
    painter.drawText(QRect(kPadding, kPadding, width() - 2 * kPadding, titleMetrics.height()), Qt::AlignLeft,
                     title());
    painter.setFont(font());
    const int line = std::max(metrics.height(), kSwatch + 2);
    int y = kPadding + titleMetrics.height() + 4;
    const QStringList rows = rowTexts();
    for (int i = 0; i < rows.size(); ++i, y += line) {
        const QRectF swatch(kPadding, y + (line - kSwatch) / 2.0, kSwatch, kSwatch);
        if (i < static_cast<int>(kGrades.size())) {
            painter.setPen(QPen(Qt::white, 1));
            painter.setBrush(gradeColor(kGrades[static_cast<std::size_t>(i)]));
        } else {
            painter.setPen(QPen(kSharedRing, 2.5));
            painter.setBrush(Qt::NoBrush);
        }
        painter.drawEllipse(swatch.adjusted(1, 1, -1, -1));
        painter.setPen(ink);
        painter.drawText(QRect(kPadding + kSwatch + 6, y, width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                         rows[i]);
    }
}

void GradeLegend::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        resize(sizeHint());
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace balgul::ui
