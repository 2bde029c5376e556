#include "ui/category_names.h"

#include "core/domain/category.h"
#include "ui/qt_convert.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace balgul::ui {

namespace {

class CategoryNames
{
    Q_DECLARE_TR_FUNCTIONS(CategoryNames)

public:
    static QString name(std::string_view code)
    {
        if (code == "air")
            return tr("Fine dust / air quality");
        if (code == "energy")
            return tr("Energy");
        if (code == "recycling")
            return tr("Recycling and resource circulation");
        if (code == "traffic")
            return tr("Traffic");
        if (code == "safety")
            return tr("Safety");
        if (code == "noise")
            return tr("Noise");
        if (code == "green")
            return tr("Green space");
        if (code == "welfare")
            return tr("Accessibility and welfare");
        if (code == "other")
            return tr("Other");
        return toQ(code);
    }

    static QString status(core::ProblemStatus status)
    {
        switch (status) {
        case core::ProblemStatus::New:
            return tr("New");
        case core::ProblemStatus::Confirmed:
            return tr("Confirmed");
        case core::ProblemStatus::InProgress:
            return tr("In progress");
        case core::ProblemStatus::Resolved:
            return tr("Fixed");
        case core::ProblemStatus::Closed:
            return tr("Closed, not fixed");
        case core::ProblemStatus::Reopened:
            return tr("Reopened");
        }
        return tr("Unknown");
    }
};

QPixmap dotPixmap(const QColor& color, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(130), 1.0));
    painter.setBrush(color);
    const qreal margin = size / 5.0;
    painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
    return pixmap;
}

} // namespace

QString categoryName(std::string_view code)
{
    return CategoryNames::name(code);
}

QColor categoryColor(std::string_view code)
{
    const core::Category* category = core::findCategory(code);
    if (!category)
        return QColor(0x7F, 0x8C, 0x8D);
    return QColor::fromRgb(static_cast<QRgb>(category->colorRgb | 0xFF000000u));
}

QIcon categoryIcon(std::string_view code)
{
    static QHash<QString, QIcon> cache;
    const QString key = toQ(code);
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return it.value();
    const QColor color = categoryColor(code);
    QIcon icon;
    for (const int size : {12, 16, 24, 32}) {
        icon.addPixmap(dotPixmap(color, size, 1.0));
        icon.addPixmap(dotPixmap(color, size, 2.0));
    }
    cache.insert(key, icon);
    return icon;
}

QString statusName(core::ProblemStatus status)
{
    return CategoryNames::status(status);
}

QStringList categoryCodes()
{
    QStringList codes;
    for (const core::Category& category : core::defaultCategories())
        codes.append(toQ(category.code));
    return codes;
}

QList<core::ProblemStatus> allStatuses()
{
    QList<core::ProblemStatus> statuses;
    for (int i = 0; i < core::kProblemStatusCount; ++i)
        statuses.append(static_cast<core::ProblemStatus>(i));
    return statuses;
}

} // namespace balgul::ui
