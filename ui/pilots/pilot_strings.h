#pragma once

// A pilot's goals, dates and money in the user's language.

#include "core/pilots/pilot.h"
#include "core/pilots/pilot_rules.h"

#include <QDate>
#include <QString>

namespace balgul::ui {

/// "Proposed", "Voting", "Selected", "Running", "Evaluated", "Rejected".
QString phaseName(core::pilots::PilotPhase phase);
QString goalQuantityName(core::pilots::GoalQuantity quantity);
QString goalStatisticName(core::pilots::GoalStatistic statistic);
QString goalDirectionName(core::pilots::GoalDirection direction);
/// "PM2.5, 24 h mean, down 10 %"; a count names its category.
QString goalText(const core::pilots::Goal& goal);
/// "₩30,000,000" in the user's digit grouping.
QString wonText(std::int64_t won);
QDate toQDate(core::pilots::Date date);
core::pilots::Date fromQDate(const QDate& date);
/// "1 Mar 2026 – 31 Aug 2026" in the user's short date format.
QString spanText(core::pilots::Date start, core::pilots::Date end);
/// "Refused by the hub: …" with the hub's reason (the field at fault); empty when the hub took it.
QString refusedPilotText(const core::pilots::Pilot& pilot);

} // namespace balgul::ui
