#include "ui/pilots/pilot_strings.h"

#include "ui/category_names.h"
#include "ui/sync/hub_error_text.h"

#include <QCoreApplication>
#include <QLocale>

namespace balgul::ui {

namespace {

class PilotStrings
{
    Q_DECLARE_TR_FUNCTIONS(PilotStrings)

public:
    static QString phase(core::pilots::PilotPhase phase);
    static QString quantity(core::pilots::GoalQuantity quantity);
    static QString statistic(core::pilots::GoalStatistic statistic);
    static QString direction(core::pilots::GoalDirection direction);
    static QString goal(const core::pilots::Goal& goal);
    static QString won(std::int64_t won);
    static QString span(core::pilots::Date start, core::pilots::Date end);
    static QString refused(const core::pilots::Pilot& pilot)
    {
        if (pilot.refusalCode.empty())
            return {};
        return tr("Refused by the hub: %1").arg(hubRefusalText(pilot.refusalCode, pilot.refusalMessage));
    }
};

} // namespace

QString phaseName(core::pilots::PilotPhase phase)
{
    return PilotStrings::phase(phase);
}

QString refusedPilotText(const core::pilots::Pilot& pilot)
{
    return PilotStrings::refused(pilot);
}

QString goalQuantityName(core::pilots::GoalQuantity quantity)
{
    return PilotStrings::quantity(quantity);
}

QString PilotStrings::phase(core::pilots::PilotPhase phase)
{
    using P = core::pilots::PilotPhase;
    switch (phase) {
    case P::Proposed:
        return tr("Proposed");
    case P::Voting:
        return tr("Voting");
    case P::Selected:
        return tr("Selected");
    case P::Running:
        return tr("Running");
    case P::Evaluated:
        return tr("Evaluated");
    case P::Rejected:
        return tr("Rejected");
    }
    return {};
}

QString goalStatisticName(core::pilots::GoalStatistic statistic)
{
    return PilotStrings::statistic(statistic);
}

QString goalDirectionName(core::pilots::GoalDirection direction)
{
    return PilotStrings::direction(direction);
}

QString goalText(const core::pilots::Goal& goal)
{
    return PilotStrings::goal(goal);
}

QString wonText(std::int64_t won)
{
    return PilotStrings::won(won);
}

QString spanText(core::pilots::Date start, core::pilots::Date end)
{
    return PilotStrings::span(start, end);
}

QString PilotStrings::quantity(core::pilots::GoalQuantity quantity)
{
    using Q = core::pilots::GoalQuantity;
    switch (quantity) {
    case Q::Pm25:
        return tr("PM2.5");
    case Q::Pm10:
        return tr("PM10");
    case Q::Noise:
        return tr("Noise");
    case Q::Temperature:
        return tr("Temperature");
    case Q::ProblemCount:
        return tr("Problems filed");
    }
    return {};
}

QString PilotStrings::statistic(core::pilots::GoalStatistic statistic)
{
    using S = core::pilots::GoalStatistic;
    switch (statistic) {
    case S::Mean24h:
        return tr("24 h mean");
    case S::DailyMean:
        return tr("daily mean");
    case S::CountPerWeek:
        return tr("per week");
    }
    return {};
}

QString PilotStrings::direction(core::pilots::GoalDirection direction)
{
    return direction == core::pilots::GoalDirection::Decrease ? tr("decrease") : tr("increase");
}

QString PilotStrings::goal(const core::pilots::Goal& goal)
{
    QString what = quantity(goal.quantity);
    if (goal.quantity == core::pilots::GoalQuantity::ProblemCount && !goal.category.empty())
        what = tr("%1 (%2)").arg(what, categoryName(goal.category));
    const QString target = QLocale().toString(goal.targetPercent, 'g', 4);
    //: A pilot's goal, e.g. "PM2.5, 24 h mean, down 10 %".
    return goal.direction == core::pilots::GoalDirection::Decrease
               ? tr("%1, %2, down %3 %").arg(what, statistic(goal.statistic), target)
               : tr("%1, %2, up %3 %").arg(what, statistic(goal.statistic), target);
}

QString PilotStrings::won(std::int64_t won)
{
    //: An amount of Korean won, e.g. "₩30,000,000".
    return tr("₩%1").arg(QLocale().toString(static_cast<qlonglong>(won)));
}

QDate toQDate(core::pilots::Date date)
{
    if (!date.ok())
        return {};
    return QDate(static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
                 static_cast<int>(static_cast<unsigned>(date.day())));
}

core::pilots::Date fromQDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return core::pilots::Date{std::chrono::year(date.year()),
                              std::chrono::month(static_cast<unsigned>(date.month())),
                              std::chrono::day(static_cast<unsigned>(date.day()))};
}

QString PilotStrings::span(core::pilots::Date start, core::pilots::Date end)
{
    const QLocale locale;
    //: A pilot's dates, from – to.
    return tr("%1 – %2").arg(locale.toString(toQDate(start), QLocale::ShortFormat),
                             locale.toString(toQDate(end), QLocale::ShortFormat));
}

} // namespace balgul::ui
