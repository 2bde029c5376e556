#include "ui/voting/round_dialog.h"

#include "core/store/store.h"
#include "core/voting/round_json.h"
#include "ui/dialog_size.h"
#include "ui/error_text.h"
#include "ui/pilots/pilot_strings.h"
#include "ui/qt_convert.h"
#include "ui/voting/voting_strings.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace balgul::ui {

namespace {

using core::voting::BallotType;
using core::voting::Rule;

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kCostRole = Qt::UserRole + 2;

enum Row
{
    RowTitle,
    RowDescription,
    RowPilots,
    RowType,
    RowMinChoices,
    RowMaxChoices,
    RowMaxPoints,
    RowMaxPerPilot,
    RowRule,
    RowBudget,
    RowMinScore,
    RowVoters,
    RowOpens,
    RowCloses,
    RowCount,
};

core::Timestamp toTimestamp(const QDateTime& time)
{
    return core::fromUnixMs(time.toMSecsSinceEpoch());
}

} // namespace

RoundDialog::RoundDialog(core::Store& store, QWidget* parent) : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("roundDialog"));
    auto* outer = new QVBoxLayout(this);
    // The form scrolls when the screen is small (a 1024×600 netbook, 200 % scale); the message and
    // the buttons below it stay in view.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    m_form = new QFormLayout(page);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(page);
    outer->addWidget(scroll, 1);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("roundTitle"));
    m_title->setMaxLength(200);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("roundDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(fontMetrics().lineSpacing() * 4);
    m_pilots = new QListWidget(this);
    m_pilots->setObjectName(QStringLiteral("roundPilots"));
    m_pilots->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    for (const auto& pilot : m_store.pilots()) {
        if (pilot.phase != core::pilots::PilotPhase::Voting)
            continue;
        auto* item = new QListWidgetItem(
            tr("%1 — %2").arg(toQ(pilot.fields.title), wonText(pilot.fields.costKrw)), m_pilots);
        item->setData(kIdRole, toQ(pilot.id));
        item->setData(kCostRole, static_cast<qlonglong>(pilot.fields.costKrw));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("roundBallotType"));
    for (auto type :
         {BallotType::Approval, BallotType::BudgetApproval, BallotType::ChooseOne, BallotType::Cumulative})
        m_type->addItem(QString(), static_cast<int>(type));
    auto spin = [this](const char* name, int min, int max, int value) {
        auto* box = new QSpinBox(this);
        box->setObjectName(QString::fromLatin1(name));
        box->setRange(min, max);
        box->setValue(value);
        connect(box, &QSpinBox::valueChanged, this, &RoundDialog::update);
        return box;
    };
    m_minChoices = spin("roundMinChoices", 0, static_cast<int>(core::voting::kRoundMaxCandidates), 0);
    m_maxChoices = spin("roundMaxChoices", 0, static_cast<int>(core::voting::kRoundMaxCandidates), 3);
    m_maxPoints = spin("roundMaxPoints", 1, 1000, 10);
    m_maxPerPilot = spin("roundMaxPerPilot", 0, 1000, 5);
    m_rule = new QComboBox(this);
    m_rule->setObjectName(QStringLiteral("roundRule"));
    for (auto rule : {Rule::Greedy, Rule::GreedyNoSkip, Rule::GreedyThreshold, Rule::EqualShares})
        m_rule->addItem(QString(), static_cast<int>(rule));
    m_budget = new QDoubleSpinBox(this);
    m_budget->setObjectName(QStringLiteral("roundBudget"));
    m_budget->setDecimals(0);
    m_budget->setRange(0, 1e15);
    m_budget->setSingleStep(1000000);
    m_budget->setGroupSeparatorShown(true);
    m_budget->setAlignment(Qt::AlignRight);
    m_budgetHint = new QLabel(this);
    m_budgetHint->setWordWrap(true);
    auto* budgetRow = new QWidget(this);
    auto* budgetLayout = new QHBoxLayout(budgetRow);
    budgetLayout->setContentsMargins(0, 0, 0, 0);
    budgetLayout->addWidget(m_budget, 1);
    budgetLayout->addWidget(m_budgetHint, 1);
    m_minScore = spin("roundMinScore", 0, 1000000, 1);
    // Who may vote: every resident, or the accounts that registered with one invite (a group the
    // hub's operator invited together); the hub checks that the invite is its own.
    m_voters = new QComboBox(this);
    m_voters->setObjectName(QStringLiteral("roundVoters"));
    m_voters->addItem(QString());
    m_voters->addItem(QString());
    m_invite = new QLineEdit(this);
    m_invite->setObjectName(QStringLiteral("roundInvite"));
    m_invite->setMaxLength(8);
    auto* votersRow = new QWidget(this);
    auto* votersLayout = new QHBoxLayout(votersRow);
    votersLayout->setContentsMargins(0, 0, 0, 0);
    votersLayout->addWidget(m_voters, 1);
    votersLayout->addWidget(m_invite, 1);
    connect(m_voters, &QComboBox::currentIndexChanged, this, &RoundDialog::update);
    connect(m_invite, &QLineEdit::textChanged, this, &RoundDialog::update);
    m_opens = new QDateTimeEdit(this);
    m_opens->setObjectName(QStringLiteral("roundOpens"));
    m_closes = new QDateTimeEdit(this);
    m_closes->setObjectName(QStringLiteral("roundCloses"));
    QDateTime start = QDateTime::currentDateTime();
    start.setTime(QTime(start.time().hour(), start.time().minute()));
    start = start.addSecs(60);
    for (QDateTimeEdit* edit : {m_opens, m_closes}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_opens->setDateTime(start);
    m_closes->setDateTime(start.addDays(7));
    // Connected once the times are set: update() needs the form's rows, made below.
    for (QDateTimeEdit* edit : {m_opens, m_closes})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &RoundDialog::update);

    QWidget* fields[RowCount] = {m_title,      m_description, m_pilots,      m_type,  m_minChoices,
                                 m_maxChoices, m_maxPoints,   m_maxPerPilot, m_rule,  budgetRow,
                                 m_minScore,   votersRow,     m_opens,       m_closes};
    for (int row = 0; row < RowCount; ++row) {
        m_labels[row] = new QLabel(this);
        m_labels[row]->setBuddy(row == RowBudget ? m_budget : row == RowVoters ? m_voters : fields[row]);
        m_form->addRow(m_labels[row], fields[row]);
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("roundMessage"));
    m_message->setWordWrap(true);
    QPalette red = m_message->palette();
    red.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_message->setPalette(red);
    outer->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("roundCreate"));
    m_create->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (create())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);

    connect(m_title, &QLineEdit::textChanged, this, &RoundDialog::update);
    connect(m_pilots, &QListWidget::itemChanged, this, &RoundDialog::update);
    connect(m_type, &QComboBox::currentIndexChanged, this, &RoundDialog::update);
    connect(m_rule, &QComboBox::currentIndexChanged, this, &RoundDialog::update);
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, &RoundDialog::update);
    retranslate();
    const QSize form = page->sizeHint();
    resizeWithinScreen(this, QSize(std::max(600, form.width() + 40), form.height() + 120));
}

void RoundDialog::setPilots(const QStringList& pilotIds)
{
    for (int row = 0; row < m_pilots->count(); ++row) {
        QListWidgetItem* item = m_pilots->item(row);
        item->setCheckState(pilotIds.contains(item->data(kIdRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

std::int64_t RoundDialog::chosenCost() const
{
    std::int64_t cost = 0;
    for (int row = 0; row < m_pilots->count(); ++row)
        if (m_pilots->item(row)->checkState() == Qt::Checked)
            cost += m_pilots->item(row)->data(kCostRole).toLongLong();
    return cost;
}

core::voting::RoundDraft RoundDialog::draft() const
{
    core::voting::RoundDraft d;
    d.title = toStd(m_title->text().trimmed());
    d.description = toStd(m_description->toPlainText().trimmed());
    for (int row = 0; row < m_pilots->count(); ++row)
        if (m_pilots->item(row)->checkState() == Qt::Checked)
            d.pilotIds.push_back(toStd(m_pilots->item(row)->data(kIdRole).toString()));
    d.ballot.type = static_cast<BallotType>(m_type->currentData().toInt());
    if (d.ballot.type == BallotType::Approval) {
        d.ballot.minChoices = m_minChoices->value();
        d.ballot.maxChoices = m_maxChoices->value();
    } else if (d.ballot.type == BallotType::Cumulative) {
        d.ballot.maxTotalPoints = m_maxPoints->value();
        d.ballot.maxPointsPerProject = m_maxPerPilot->value();
    }
    d.rule = static_cast<Rule>(m_rule->currentData().toInt());
    d.budget = static_cast<std::int64_t>(std::llround(m_budget->value()));
    if (d.rule == Rule::GreedyThreshold)
        d.minScore = m_minScore->value();
    if (m_voters->currentIndex() == 1)
        d.eligibleInvite = toStd(m_invite->text().trimmed().toLower());
    d.opens = toTimestamp(m_opens->dateTime());
    d.closes = toTimestamp(m_closes->dateTime());
    return d;
}

QString RoundDialog::problem() const
{
    const auto d = draft();
    if (d.title.empty())
        return tr("Give the round a title.");
    if (m_pilots->count() == 0)
        return tr("No pilot is in the voting phase. Move the pilots to decide between to “Voting” on the "
                  "Pilots board first.");
    if (d.pilotIds.empty())
        return tr("Tick at least one pilot to vote on.");
    if (d.ballot.type == BallotType::Approval && d.ballot.minChoices > 0 && d.ballot.maxChoices > 0 &&
        d.ballot.minChoices > d.ballot.maxChoices)
        return tr("The least number of pilots a ballot approves is more than the most.");
    if (d.ballot.type == BallotType::Approval && d.ballot.minChoices > static_cast<int>(d.pilotIds.size()))
        return tr("A ballot cannot approve more pilots than the round has.");
    if (d.ballot.type == BallotType::Cumulative && d.ballot.maxPointsPerProject > d.ballot.maxTotalPoints)
        return tr("The points on one pilot are more than the points in all.");
    if (d.budget <= 0)
        return tr("Set a budget above %1.").arg(wonText(0));
    if (m_voters->currentIndex() == 1 &&
        !QRegularExpression(QStringLiteral("^[0-9a-f]{8}$")).match(toQ(d.eligibleInvite)).hasMatch())
        return tr("Enter the invite's id as the hub's operator gave it: eight characters, 0–9 and a–f.");
    if (d.closes <= d.opens)
        return tr("The round must close after it opens.");
    if (d.closes <= core::now())
        return tr("The closing time has passed; choose a later one.");
    return {};
}

bool RoundDialog::create()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        m_message->setText(why);
        return false;
    }
    auto made = m_store.createRound(draft());
    if (!made) {
        QString text = describeError(made.error());
        if (!made.error().message.empty())
            text += QStringLiteral(" (") + toQ(made.error().message) + QLatin1Char(')');
        m_message->setText(text);
        return false;
    }
    emit created(toQ(made->info.id));
    return true;
}

void RoundDialog::update()
{
    const auto type = static_cast<BallotType>(m_type->currentData().toInt());
    const auto rule = static_cast<Rule>(m_rule->currentData().toInt());
    m_form->setRowVisible(RowMinChoices, type == BallotType::Approval);
    m_form->setRowVisible(RowMaxChoices, type == BallotType::Approval);
    m_form->setRowVisible(RowMaxPoints, type == BallotType::Cumulative);
    m_form->setRowVisible(RowMaxPerPilot, type == BallotType::Cumulative);
    m_form->setRowVisible(RowMinScore, rule == Rule::GreedyThreshold);
    m_invite->setVisible(m_voters->currentIndex() == 1);
    m_budgetHint->setText(tr("The ticked pilots cost %1 in all.").arg(wonText(chosenCost())));
    const QString why = problem();
    m_message->setText(why);
    m_create->setEnabled(why.isEmpty());
}

void RoundDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RoundDialog::retranslate()
{
    setWindowTitle(tr("Open a Voting Round"));
    const QString labels[RowCount] = {
        tr("&Title:"),    tr("&Description:"), tr("&Pilots:"),        tr("&Ballot:"),
        tr("At &least:"), tr("At &most:"),     tr("P&oints in all:"), tr("Points on o&ne pilot:"),
        tr("&Rule:"),     tr("B&udget:"),      tr("Minimum &score:"), tr("Who may &vote:"),
        tr("Op&ens:"),    tr("&Closes:")};
    for (int row = 0; row < RowCount; ++row)
        m_labels[row]->setText(labels[row]);
    m_title->setPlaceholderText(tr("e.g. Cleaner air near schools, spring 2026"));
    m_voters->setItemText(0, tr("Every resident"));
    m_voters->setItemText(1, tr("Those who joined with the invite"));
    //: An invite's id as `balgul-hub invite list` shows it.
    m_invite->setPlaceholderText(tr("invite id, e.g. 3f2a9c1b"));
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, ballotTypeName(static_cast<BallotType>(m_type->itemData(i).toInt())));
    for (int i = 0; i < m_rule->count(); ++i)
        m_rule->setItemText(i, ruleDisplayName(static_cast<Rule>(m_rule->itemData(i).toInt())));
    //: A spin box's value 0: no limit.
    m_minChoices->setSpecialValueText(tr("no limit"));
    m_maxChoices->setSpecialValueText(tr("no limit"));
    m_maxPerPilot->setSpecialValueText(tr("no limit"));
    m_minChoices->setSuffix(tr(" pilot(s)"));
    m_maxChoices->setSuffix(tr(" pilot(s)"));
    m_maxPoints->setSuffix(tr(" point(s)"));
    m_maxPerPilot->setSuffix(tr(" point(s)"));
    m_minScore->setSuffix(tr(" vote(s)"));
    //: Before the budget amount in its spin box.
    m_budget->setPrefix(tr("₩"));
    m_create->setText(tr("Open round"));
    update();
}

} // namespace balgul::ui
