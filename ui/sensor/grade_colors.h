#pragma once

#include "core/sensor/air_quality.h"

#include <QColor>
#include <QString>

#include <optional>

#include <vector>

namespace balgul::ui {

/// The colour of a Korean air quality grade, as Korean forecasts draw them: 좋음 blue, 보통 green,
/// 나쁨 orange, 매우나쁨 red, and grey for "not enough data".
QColor gradeColor(core::sensor::KoreanGrade grade);
/// A text colour that reads well on gradeColor(grade).
QColor gradeTextColor(core::sensor::KoreanGrade grade);
/// The grade's name in the user's language ("Good" / "좋음", …, "Not enough data" / "자료 부족").
QString gradeName(core::sensor::KoreanGrade grade);

/// One grade's concentration range [from, to) in µg/m³; the worst grade has no upper bound (to is
/// infinity). Lower bounds are where core::sensor::koreanGrade changes (it truncates to whole µg/m³,
/// so PM2.5 15.9 is still 좋음 and 보통 starts at 16).
struct GradeBand
{
    core::sensor::KoreanGrade grade;
    double from;
    double to;
};
/// The four bands of a pollutant, best first.
std::vector<GradeBand> gradeBands(core::sensor::Pollutant pollutant);

/// The pollutant a quantity measures when Korean grades apply to it (PM2.5, PM10).
std::optional<core::sensor::Pollutant> pollutantOf(core::sensor::Quantity quantity);

} // namespace balgul::ui
