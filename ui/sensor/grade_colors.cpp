#include "ui/sensor/grade_colors.h"

#include <QCoreApplication>

#include <limits>

namespace balgul::ui {

using core::sensor::KoreanGrade;
using core::sensor::Pollutant;

QColor gradeColor(KoreanGrade grade)
{
    switch (grade) {
    case KoreanGrade::Good:
        return QColor(0x1e, 0x88, 0xe5);
    case KoreanGrade::Moderate:
        return QColor(0x43, 0xa0, 0x47);
    case KoreanGrade::Bad:
        return QColor(0xfb, 0x8c, 0x00);
    case KoreanGrade::VeryBad:
        return QColor(0xe5, 0x39, 0x35);
    case KoreanGrade::NotEnoughData:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QColor gradeTextColor(KoreanGrade grade)
{
    return grade == KoreanGrade::Bad || grade == KoreanGrade::NotEnoughData ? QColor(0x21, 0x21, 0x21)
                                                                            : QColor(Qt::white);
}

QString gradeName(KoreanGrade grade)
{
    switch (grade) {
    case KoreanGrade::Good:
        return QCoreApplication::translate("balgul::ui::GradeColors", "Good",
                                           "Korean air quality grade 좋음");
    case KoreanGrade::Moderate:
        return QCoreApplication::translate("balgul::ui::GradeColors", "Moderate",
                                           "Korean air quality grade 보통");
    case KoreanGrade::Bad:
        return QCoreApplication::translate("balgul::ui::GradeColors", "Bad", "Korean air quality grade 나쁨");
    case KoreanGrade::VeryBad:
        return QCoreApplication::translate("balgul::ui::GradeColors", "Very bad",
                                           "Korean air quality grade 매우나쁨");
    case KoreanGrade::NotEnoughData:
        break;
    }
    return QCoreApplication::translate("balgul::ui::GradeColors", "Not enough data",
                                       "too few hours of data for a grade (자료 부족)");
}

std::vector<GradeBand> gradeBands(Pollutant pollutant)
{
    constexpr double kOpen = std::numeric_limits<double>::infinity();
    if (pollutant == Pollutant::Pm2_5)
        return {{KoreanGrade::Good, 0, 16},
                {KoreanGrade::Moderate, 16, 36},
                {KoreanGrade::Bad, 36, 76},
                {KoreanGrade::VeryBad, 76, kOpen}};
    return {{KoreanGrade::Good, 0, 31},
            {KoreanGrade::Moderate, 31, 81},
            {KoreanGrade::Bad, 81, 151},
            {KoreanGrade::VeryBad, 151, kOpen}};
}

std::optional<Pollutant> pollutantOf(core::sensor::Quantity quantity)
{
    if (quantity == core::sensor::Quantity::Pm2_5)
        return Pollutant::Pm2_5;
    if (quantity == core::sensor::Quantity::Pm10)
        return Pollutant::Pm10;
    return std::nullopt;
}

} // namespace balgul::ui
