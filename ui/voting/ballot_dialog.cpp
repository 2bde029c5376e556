#include "ui/voting/ballot_dialog.h"

#include "core/voting/ballot_rules.h"
#include "ui/pilots/pilot_strings.h"
#include "ui/qt_convert.h"
#include "ui/voting/voting_strings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace balgul::ui {

namespace {

using core::voting::BallotType;

constexpr int kBarScale = 1000; ///< the budget bar counts in thousandths of the limit

} // namespace

BallotDialog::BallotDialog(const core::voting::RoundInfo& info, QWidget* parent)
    : QDialog(parent), m_info(info)
{
    setObjectName(QStringLiteral("ballotDialog"));
    build();
    retranslate();
    update();
}

void BallotDialog::build()
{
    const auto type = m_info.round.ballot.type;
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_heading->setText(toQ(m_info.title));
    layout->addWidget(m_heading);
    m_limits = new QLabel(this);
    m_limits->setObjectName(QStringLiteral("ballotLimits"));
    m_limits->setWordWrap(true);
    layout->addWidget(m_limits);

    if (type == BallotType::BudgetApproval) {
        m_budgetBar = new QProgressBar(this);
        m_budgetBar->setObjectName(QStringLiteral("ballotBudgetBar"));
        m_budgetBar->setRange(0, kBarScale);
        m_budgetBar->setTextVisible(true);
        m_budgetBar->setAlignment(Qt::AlignCenter);
        layout->addWidget(m_budgetBar);
    }
    if (type != BallotType::ChooseOne) {
        m_left = new QLabel(this);
        m_left->setObjectName(QStringLiteral("ballotLeft"));
        layout->addWidget(m_left);
    }

    auto* body = new QWidget;
    auto* grid = new QGridLayout(body);
    grid->setColumnStretch(2, 1);
    grid->setHorizontalSpacing(12);
    if (type == BallotType::ChooseOne) {
        m_group = new QButtonGroup(this);
        m_group->setExclusive(true);
    }
    QWidget* previous = nullptr;
    int row = 0;
    for (const auto& project : m_info.round.projects) {
        const int index = row;
        const QString name = toQ(project.name.empty() ? project.id : project.name);
        QWidget* control = nullptr;
        if (type == BallotType::Cumulative) {
            auto* label = new QLabel(name, body);
            auto* spin = new QSpinBox(body);
            const auto& b = m_info.round.ballot;
            spin->setRange(0, b.maxPointsPerProject > 0 ? b.maxPointsPerProject
                              : b.maxTotalPoints > 0    ? b.maxTotalPoints
                                                        : 1000000);
            spin->setAccessibleName(name);
            label->setBuddy(spin);
            connect(spin, &QSpinBox::valueChanged, this, &BallotDialog::update);
            m_spins.push_back(spin);
            auto* pair = new QHBoxLayout;
            pair->addWidget(spin);
            pair->addWidget(label, 1);
            grid->addLayout(pair, row, 0);
            control = spin;
        } else {
            QAbstractButton* button = nullptr;
            if (type == BallotType::ChooseOne) {
                button = new QRadioButton(name, body);
                m_group->addButton(button, index);
            } else {
                button = new QCheckBox(name, body);
            }
            connect(button, &QAbstractButton::toggled, this, &BallotDialog::update);
            m_buttons.push_back(button);
            grid->addWidget(button, row, 0);
            control = button;
        }
        control->setObjectName(QStringLiteral("ballotChoice%1").arg(index));
        auto* cost = new QLabel(wonText(project.cost), body);
        cost->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(cost, row, 1);
        auto* note = new QLabel(body);
        note->setObjectName(QStringLiteral("ballotNote%1").arg(index));
        note->setWordWrap(true);
        QPalette muted = note->palette();
        muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
        note->setPalette(muted);
        grid->addWidget(note, row, 2);
        m_notes.push_back(note);
        if (previous)
            setTabOrder(previous, control);
        previous = control;
        ++row;
    }
    grid->setRowStretch(row, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    layout->addWidget(scroll, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("ballotProblem"));
    m_problem->setWordWrap(true);
    QPalette red = m_problem->palette();
    red.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_problem->setPalette(red);
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(this);
    m_cast = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_cast->setObjectName(QStringLiteral("ballotCast"));
    m_cast->setDefault(true);
    m_cast->setAutoDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canCast())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (previous)
        setTabOrder(previous, m_cast);
    if (!m_buttons.empty())
        m_buttons.front()->setFocus();
    else if (!m_spins.empty())
        m_spins.front()->setFocus();

    const int rows = static_cast<int>(m_info.round.projects.size());
    resize(QSize(560, 220 + std::min(rows, 10) * fontMetrics().height() * 2).expandedTo(minimumSizeHint()));
}

QString BallotDialog::roundId() const
{
    return toQ(m_info.id);
}

std::int64_t BallotDialog::costLimit() const
{
    const auto& b = m_info.round.ballot;
    return b.maxTotalCost > 0 ? b.maxTotalCost : m_info.round.budget;
}

void BallotDialog::setBallot(const core::voting::Ballot& ballot)
{
    const auto& projects = m_info.round.projects;
    for (std::size_t i = 0; i < projects.size(); ++i) {
        const auto choice = std::find_if(ballot.choices.begin(), ballot.choices.end(),
                                         [&](const auto& c) { return c.projectId == projects[i].id; });
        const int points = choice == ballot.choices.end() ? 0 : choice->points;
        if (i < m_spins.size()) {
            const QSignalBlocker block(m_spins[i]);
            m_spins[i]->setValue(points);
        }
        if (i < m_buttons.size()) {
            const QSignalBlocker block(m_buttons[i]);
            m_buttons[i]->setChecked(points > 0);
        }
    }
    update();
}

core::voting::Ballot BallotDialog::ballot() const
{
    core::voting::Ballot out;
    const auto& projects = m_info.round.projects;
    for (std::size_t i = 0; i < projects.size(); ++i) {
        int points = 0;
        if (i < m_spins.size())
            points = m_spins[i]->value();
        else if (i < m_buttons.size())
            points = m_buttons[i]->isChecked() ? 1 : 0;
        if (points > 0)
            out.choices.push_back({projects[i].id, points});
    }
    return out;
}

bool BallotDialog::canCast() const
{
    return m_problems.isEmpty();
}

void BallotDialog::update()
{
    const core::voting::Ballot current = ballot();
    m_problems.clear();
    for (const auto& problem : core::voting::checkBallot(m_info.round, current))
        m_problems << ballotProblemText(problem, m_info.round);
    m_problem->setText(m_problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!m_problems.isEmpty());
    m_cast->setEnabled(m_problems.isEmpty());

    const auto& projects = m_info.round.projects;
    const auto& b = m_info.round.ballot;
    if (b.type == BallotType::BudgetApproval) {
        std::int64_t chosen = 0;
        for (const auto& c : current.choices)
            for (const auto& p : projects)
                if (p.id == c.projectId)
                    chosen += p.cost;
        const std::int64_t limit = costLimit();
        const std::int64_t left = limit - chosen;
        const double share = limit > 0 ? static_cast<double>(chosen) / static_cast<double>(limit) : 0;
        m_budgetBar->setValue(static_cast<int>(std::clamp(share, 0.0, 1.0) * kBarScale));
        //: The budget bar: the chosen pilots' cost of the budget.
        m_budgetBar->setFormat(tr("%1 of %2").arg(wonText(chosen), wonText(limit)));
        m_left->setText(left >= 0 ? tr("%1 left to spend").arg(wonText(left))
                                  : tr("%1 over the budget").arg(wonText(-left)));
        for (std::size_t i = 0; i < projects.size(); ++i) {
            const bool checked = m_buttons[i]->isChecked();
            const bool fits = checked || projects[i].cost <= left;
            m_buttons[i]->setEnabled(fits);
            //: Beside a pilot that does not fit the money left.
            m_notes[i]->setText(
                fits ? QString()
                     : tr("%1 left; costs %2")
                           .arg(wonText(std::max<std::int64_t>(left, 0)), wonText(projects[i].cost)));
        }
    } else if (b.type == BallotType::Cumulative) {
        int total = 0;
        for (QSpinBox* spin : m_spins)
            total += spin->value();
        if (b.maxTotalPoints > 0)
            m_left->setText(b.maxTotalPoints >= total
                                ? tr("%n point(s) left", nullptr, b.maxTotalPoints - total)
                                : tr("%n point(s) too many", nullptr, total - b.maxTotalPoints));
        else
            m_left->setText(tr("%n point(s) given", nullptr, total));
    } else if (b.type == BallotType::Approval) {
        m_left->setText(tr("%n pilot(s) chosen", nullptr, static_cast<int>(current.choices.size())));
    }
}

void BallotDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void BallotDialog::retranslate()
{
    setWindowTitle(tr("Vote: %1").arg(toQ(m_info.title)));
    m_limits->setText(ballotRulesText(m_info.round));
    m_cast->setText(tr("Cast ballot"));
    if (m_cast->isVisible() || !m_problem->text().isEmpty())
        update();
}

} // namespace balgul::ui
