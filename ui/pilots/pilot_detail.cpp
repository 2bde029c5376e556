#include "ui/pilots/pilot_detail.h"

#include "ui/date_text.h"
#include "ui/dialog_size.h"
#include "ui/pilots/pilot_colors.h"
#include "ui/pilots/pilot_editor.h"
#include "ui/pilots/pilot_strings.h"
#include "ui/qt_convert.h"

#include "core/pilots/pilot_evidence.h"
#include "core/store/store.h"
#include "core/sync/account.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace balgul::ui {

namespace {

namespace pilots = core::pilots;

QString percent(double value)
{
    //: A signed percentage, e.g. "−12 %".
    const QString digits = QLocale().toString(std::abs(value), 'f', std::abs(value) < 10 ? 1 : 0);
    return value < 0 ? QStringLiteral("−%1 %").arg(digits) : QStringLiteral("+%1 %").arg(digits);
}

/// The zone and outside, before and during: the group means the figure rests on.
QWidget* evaluationChart(const pilots::Goal& goal, const pilots::Evaluation& e, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->legend()->setAlignment(Qt::AlignRight);
    auto* before = new QBarSet(PilotDetail::tr("Before"));
    auto* during = new QBarSet(PilotDetail::tr("During"));
    before->setColor(QColor(0x99, 0x99, 0x99));
    during->setColor(phaseColor(pilots::PilotPhase::Running));
    *before << e.zone.beforeMean << e.outside.beforeMean;
    *during << e.zone.duringMean << e.outside.duringMean;
    auto* series = new QBarSeries;
    series->append(before);
    series->append(during);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append({PilotDetail::tr("In the zone"), PilotDetail::tr("Outside")});
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setTitleText(goalQuantityName(goal.quantity));
    values->setMin(0);
    values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    values->applyNiceNumbers();
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(170);
    return view;
}

} // namespace

PilotDetail::PilotDetail(core::Store& store, QWidget* parent) : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("pilotDetail"));
    setModal(false);
    resizeWithinScreen(this, QSize(560, 680));
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    m_title = new QLabel(body);
    m_title->setObjectName(QStringLiteral("pilotDetailTitle"));
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_facts = new QLabel(body);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    layout->addWidget(m_facts);
    m_text = new QLabel(body);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text);
    m_message = new QLabel(body);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    layout->addWidget(m_message);

    const auto heading = [&] {
        auto* label = new QLabel(body);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        layout->addWidget(label);
        return label;
    };
    m_goalsLabel = heading();
    m_goals = new QWidget(body);
    m_goals->setObjectName(QStringLiteral("pilotDetailGoals"));
    m_goalsLayout = new QVBoxLayout(m_goals);
    m_goalsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_goals);
    m_problemsLabel = heading();
    m_problems = new QListWidget(body);
    m_problems->setObjectName(QStringLiteral("pilotDetailProblems"));
    m_problems->setMaximumHeight(100);
    layout->addWidget(m_problems);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const auto problem = m_store.problem(item->data(Qt::UserRole).toString().toStdString());
        if (problem)
            emit problemActivated(problem->rowid);
    });
    m_testersLabel = heading();
    auto* testers = new QHBoxLayout;
    m_testers = new QLabel(body);
    m_testers->setWordWrap(true);
    m_join = new QPushButton(body);
    m_join->setObjectName(QStringLiteral("pilotDetailJoin"));
    testers->addWidget(m_testers, 1);
    testers->addWidget(m_join);
    layout->addLayout(testers);
    connect(m_join, &QPushButton::clicked, this,
            [this] { setTester(!m_store.isPilotTester(m_pilotId.toStdString())); });
    m_feedback = new QListWidget(body);
    m_feedback->setObjectName(QStringLiteral("pilotDetailFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setMaximumHeight(120);
    layout->addWidget(m_feedback);
    auto* write = new QHBoxLayout;
    m_feedbackText = new QLineEdit(body);
    m_feedbackText->setMaxLength(2000);
    m_rating = new QComboBox(body);
    m_addFeedback = new QPushButton(body);
    write->addWidget(m_feedbackText, 1);
    write->addWidget(m_rating);
    write->addWidget(m_addFeedback);
    layout->addLayout(write);
    const auto add = [this] {
        const int rating = m_rating->currentData().toInt();
        if (addFeedback(m_feedbackText->text(), rating > 0 ? std::optional<int>(rating) : std::nullopt))
            m_feedbackText->clear();
    };
    connect(m_addFeedback, &QPushButton::clicked, this, add);
    connect(m_feedbackText, &QLineEdit::returnPressed, this, add);
    m_historyLabel = heading();
    m_history = new QListWidget(body);
    m_history->setObjectName(QStringLiteral("pilotDetailHistory"));
    m_history->setWordWrap(true);
    m_history->setMaximumHeight(140);
    layout->addWidget(m_history);
    layout->addStretch();
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    auto* buttons = new QHBoxLayout;
    m_showOnMap = new QPushButton(this);
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("pilotDetailEdit"));
    m_phase = new QToolButton(this);
    m_phase->setObjectName(QStringLiteral("pilotDetailPhase"));
    m_phase->setPopupMode(QToolButton::InstantPopup);
    m_phase->setMenu(new QMenu(m_phase));
    m_close = new QPushButton(this);
    buttons->addWidget(m_showOnMap);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_phase);
    buttons->addStretch();
    buttons->addWidget(m_close);
    outer->addLayout(buttons);
    connect(m_showOnMap, &QPushButton::clicked, this, [this] { emit showOnMapRequested(m_pilotId); });
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_pilotId); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    retranslate();
}

void PilotDetail::showPilot(const QString& pilotId)
{
    m_pilotId = pilotId;
    m_message->hide();
    refresh();
}

void PilotDetail::setCanManage(bool canManage)
{
    m_canManage = canManage;
    refresh();
}

QStringList PilotDetail::evaluationTexts() const
{
    return m_evaluationTexts;
}

void PilotDetail::refresh()
{
    const auto pilot = m_store.pilot(m_pilotId.toStdString());
    m_edit->setVisible(m_canManage && pilot);
    m_phase->setVisible(m_canManage && pilot);
    if (!pilot) {
        m_title->setText(tr("This pilot is no longer here."));
        return;
    }
    const auto& f = pilot->fields;
    setWindowTitle(tr("Pilot: %1").arg(QString::fromStdString(f.title)));
    m_title->setText(QString::fromStdString(f.title));
    const QColor colour = phaseColor(pilot->phase);
    std::size_t vertices = 0;
    for (const auto& ring : f.zone)
        vertices += ring.size();
    QString facts = tr("<span style=\"color:%1\">■</span> <b>%2</b> · %3 · %4<br>%5 · made by %6")
                        .arg(colour.name(), phaseName(pilot->phase).toHtmlEscaped(),
                             spanText(f.start, f.end).toHtmlEscaped(), wonText(f.costKrw).toHtmlEscaped(),
                             tr("a zone of %n polygon(s)", nullptr, static_cast<int>(f.zone.size())),
                             QString::fromStdString(pilot->author).toHtmlEscaped());
    if (const QString refused = refusedPilotText(*pilot); !refused.isEmpty())
        facts += QStringLiteral("<br><b>") + refused.toHtmlEscaped() + QStringLiteral("</b>");
    m_facts->setText(facts);
    QStringList text;
    if (!f.description.empty())
        text << QString::fromStdString(f.description);
    if (!f.hypothesis.empty())
        text << tr("Hypothesis: %1").arg(QString::fromStdString(f.hypothesis));
    m_text->setText(text.join(QStringLiteral("\n\n")));
    m_text->setVisible(!text.isEmpty());

    // Goals, each with its evidence once the pilot runs.
    while (QLayoutItem* item = m_goalsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_evaluationTexts.clear();
    const bool evidence =
        pilot->phase == pilots::PilotPhase::Running || pilot->phase == pilots::PilotPhase::Evaluated;
    for (const auto& goal : f.goals) {
        auto* title = new QLabel(QStringLiteral("• ") + goalText(goal), m_goals);
        title->setWordWrap(true);
        m_goalsLayout->addWidget(title);
        QString sentence;
        if (!evidence) {
            sentence = tr("Evaluated with the sensor evidence once the pilot runs.");
        } else if (!pilots::isSensorQuantity(goal.quantity)) {
            sentence = tr("Counts of problems are not evaluated yet; the sensor goals are.");
        } else {
            auto evaluated = pilots::evaluatePilotGoal(m_store, f, goal);
            if (!evaluated) {
                sentence = evaluated.error().code == "not_started" ? tr("The pilot has not started yet.")
                                                                   : tr("The evidence could not be read.");
            } else {
                sentence = evaluationText(goal, *evaluated);
                if (evaluated->enoughData())
                    m_goalsLayout->addWidget(evaluationChart(goal, *evaluated, m_goals));
            }
        }
        auto* words = new QLabel(sentence, m_goals);
        words->setWordWrap(true);
        words->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_goalsLayout->addWidget(words);
        m_evaluationTexts << sentence;
    }

    m_problems->clear();
    for (const auto& id : f.problemIds) {
        const auto problem = m_store.problem(id);
        auto* item = new QListWidgetItem(problem ? QString::fromStdString(problem->title)
                                                 : tr("(a problem not in this profile)"));
        item->setData(Qt::UserRole, QString::fromStdString(id));
        m_problems->addItem(item);
    }
    const auto testers = m_store.pilotTesters(pilot->id);
    QStringList names;
    for (const auto& name : testers)
        names << QString::fromStdString(name);
    m_testers->setText(testers.empty() ? tr("No testers yet.")
                                       : tr("%n tester(s): %1", nullptr, static_cast<int>(testers.size()))
                                             .arg(names.join(QStringLiteral(", "))));
    const bool tester = m_store.isPilotTester(pilot->id);
    const bool open =
        pilot->phase != pilots::PilotPhase::Evaluated && pilot->phase != pilots::PilotPhase::Rejected;
    m_join->setText(tester ? tr("Leave") : tr("Join as tester"));
    m_join->setVisible(tester || open);
    m_feedbackText->setEnabled(tester);
    m_rating->setEnabled(tester);
    m_addFeedback->setEnabled(tester);
    m_feedbackText->setPlaceholderText(tester ? tr("How is it going? Say what you saw, and when.")
                                              : tr("Join as tester to write feedback."));
    m_feedback->clear();
    for (const auto& entry : m_store.pilotFeedback(pilot->id)) {
        QString line =
            tr("%1 · %2").arg(dayTimeText(toQDateTime(entry.created)), QString::fromStdString(entry.author));
        if (entry.rating)
            line += QStringLiteral(" · ") + QString(*entry.rating, QChar(0x2605)) +
                    QString(5 - *entry.rating, QChar(0x2606));
        line += QLatin1Char('\n') + QString::fromStdString(entry.text);
        m_feedback->addItem(line);
    }
    m_feedback->setVisible(m_feedback->count() > 0);

    m_history->clear();
    for (const auto& c : m_store.pilotHistory(pilot->id)) {
        const QString when = dayTimeText(toQDateTime(c.at));
        QString line =
            c.from ? tr("%1 · %2: %3 → %4")
                         .arg(when, QString::fromStdString(c.author), phaseName(*c.from), phaseName(c.to))
                   : tr("%1 · %2: proposed").arg(when, QString::fromStdString(c.author));
        if (!c.note.empty())
            line += QLatin1Char('\n') + QString::fromStdString(c.note);
        if (c.refused)
            line += QLatin1Char('\n') + tr("(refused by the hub)");
        else if (c.local)
            line += QLatin1Char('\n') + tr("(not yet sent to the hub)");
        m_history->addItem(line);
    }

    QMenu* menu = m_phase->menu();
    menu->clear();
    for (int i = 0; i < pilots::kPilotPhaseCount; ++i) {
        const auto to = static_cast<pilots::PilotPhase>(i);
        if (!pilots::isAllowedPhaseTransition(pilot->phase, to))
            continue;
        menu->addAction(phaseName(to), this, [this, to] { askPhase(to); });
    }
    m_phase->setEnabled(!menu->isEmpty());
}

QString PilotDetail::evaluationText(const pilots::Goal& goal, const pilots::Evaluation& e)
{
    const QString what = goalText(goal).section(QLatin1Char(','), 0, 1);
    using R = pilots::NotEnoughData;
    switch (e.notEnough) {
    case R::ZoneStations:
        return tr("%1: not enough data — %n station(s) with data inside the zone, 2 needed.", nullptr,
                  e.zone.stations)
            .arg(what);
    case R::OutsideStations:
        return tr("%1: not enough data — %n station(s) with data outside the zone, 2 needed.", nullptr,
                  e.outside.stations)
            .arg(what);
    case R::ZoneCoverage:
        return tr("%1: not enough data — inside the zone only %2 % of the hours have readings, 75 % needed.")
            .arg(what, QLocale().toString(e.zone.coverage * 100, 'f', 0));
    case R::OutsideCoverage:
        return tr("%1: not enough data — outside the zone only %2 % of the hours have readings, 75 % needed.")
            .arg(what, QLocale().toString(e.outside.coverage * 100, 'f', 0));
    case R::NoBeforeMean:
        return tr("%1: not enough data — the zone has no readings before the pilot to compare with.")
            .arg(what);
    case R::None:
        break;
    }
    const QString target = goal.direction == pilots::GoalDirection::Decrease ? percent(-goal.targetPercent)
                                                                             : percent(goal.targetPercent);
    const QString verdict =
        e.goalMet ? (e.confident ? tr("met") : tr("met, though the interval includes no change"))
                  : tr("not met");
    return tr("%1 in the zone changed %2 while it changed %3 outside: %4 against outside (95 % interval %5 "
              "to "
              "%6); %7 stations inside, %8 outside, %9 hours of data. Goal %10: %11.")
        .arg(what, percent(e.zone.changePercent), percent(e.outside.changePercent), percent(e.didPercent),
             percent(e.lowPercent), percent(e.highPercent), QLocale().toString(e.zone.stations),
             QLocale().toString(e.outside.stations),
             QLocale().toString(static_cast<qlonglong>(e.zone.hours + e.outside.hours)))
        .arg(target, verdict);
}

bool PilotDetail::setTester(bool tester)
{
    if (auto s = m_store.setPilotTester(m_pilotId.toStdString(), tester); !s) {
        m_message->setText(s.error().code == "forbidden" ? tr("This pilot takes no more testers.")
                                                         : PilotEditor::pilotErrorText(s.error()));
        m_message->show();
        return false;
    }
    m_message->hide();
    refresh();
    return true;
}

bool PilotDetail::addFeedback(const QString& text, std::optional<int> rating)
{
    auto added = m_store.addPilotFeedback(m_pilotId.toStdString(), text.toStdString(), rating);
    if (!added) {
        const auto& e = added.error();
        m_message->setText(e.code == "forbidden" ? tr("Join the pilot as a tester to write feedback.")
                           : e.field == "text"   ? tr("Write your feedback (at most 2,000 characters).")
                           : e.field == "rating" ? tr("A rating is from 1 to 5.")
                                                 : PilotEditor::pilotErrorText(e));
        m_message->show();
        return false;
    }
    m_message->hide();
    refresh();
    return true;
}

bool PilotDetail::movePhase(pilots::PilotPhase to, const QString& note)
{
    auto moved = m_store.setPilotPhase(m_pilotId.toStdString(), to, note.toStdString());
    if (!moved) {
        m_message->setText(PilotEditor::pilotErrorText(moved.error()));
        m_message->show();
        return false;
    }
    m_message->hide();
    refresh();
    return true;
}

void PilotDetail::askPhase(pilots::PilotPhase to)
{
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Move to %1").arg(phaseName(to)),
        tr("A note for the pilot's history (what was decided, and why):"), QString(), &ok);
    if (ok)
        movePhase(to, note);
}

void PilotDetail::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PilotDetail::retranslate()
{
    m_goalsLabel->setText(tr("Goals and evidence"));
    m_problemsLabel->setText(tr("Made from these problems"));
    m_historyLabel->setText(tr("History (newest first)"));
    m_testersLabel->setText(tr("Testers and feedback"));
    m_addFeedback->setText(tr("Add feedback"));
    m_rating->clear();
    m_rating->addItem(tr("No rating"), 0);
    for (int stars = 1; stars <= 5; ++stars)
        m_rating->addItem(QString(stars, QChar(0x2605)), stars);
    m_showOnMap->setText(tr("Show on map"));
    m_edit->setText(tr("Edit…"));
    m_phase->setText(tr("Move to…"));
    m_close->setText(tr("Close"));
    if (!m_pilotId.isEmpty())
        refresh();
}

} // namespace balgul::ui
