#include "ui/voting/voting_panel.h"

#include "core/store/store.h"
#include "ui/date_text.h"
#include "ui/pilots/pilot_strings.h"
#include "ui/qt_convert.h"
#include "ui/sync/hub_error_text.h"
#include "ui/voting/results_view.h"
#include "ui/voting/voting_strings.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace balgul::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kClockMs = 30000; ///< how often the states are read again by the clock

using core::voting::RoundState;

/// A round's lines, word-wrapped at the width the list paints them in and measured the way they
/// are painted, so the line that says where one's ballot stands is never cut short. The default
/// size hint can lay a line out wider than it is painted (a list made narrower since, text that
/// breaks only at a few places), and the painting then ends the item with "…".
class RoundLineDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const auto* view = qobject_cast<const QListView*>(item.widget);
        if (!view)
            return size;
        const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        const int width = std::max(view->viewport()->width() - 2 * view->spacing() - 2 * margin,
                                   item.fontMetrics.averageCharWidth() * 8);
        QString text = item.text;
        text.replace(QLatin1Char('\n'), QChar::LineSeparator);
        QTextLayout layout(text, item.font);
        QTextOption wrap;
        wrap.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(wrap);
        qreal height = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            height += line.height();
        }
        layout.endLayout();
        size.setHeight(std::max(size.height(), static_cast<int>(std::ceil(height)) + 2));
        return size;
    }
};

QLabel* heading(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return label;
}

QLabel* wrapped(QWidget* parent, const char* name = nullptr)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (name)
        label->setObjectName(QString::fromLatin1(name));
    return label;
}

} // namespace

VotingPanel::VotingPanel(core::Store& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_newRound = new QPushButton(this);
    m_newRound->setObjectName(QStringLiteral("votingNewRound"));
    connect(m_newRound, &QPushButton::clicked, this, &VotingPanel::newRoundRequested);
    top->addWidget(m_summary, 1);
    top->addWidget(m_newRound);
    layout->addLayout(top);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_list = new QListWidget(splitter);
    m_list->setObjectName(QStringLiteral("votingRounds"));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 26);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setResizeMode(QListView::Adjust); // the lines wrap again when the list narrows
    m_list->setItemDelegate(new RoundLineDelegate(m_list));
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (!item)
            return;
        m_roundId = item->data(kIdRole).toString();
        showRound();
    });

    auto* scroll = m_scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_view = new QWidget;
    auto* view = new QVBoxLayout(m_view);
    m_empty = wrapped(m_view);
    view->addWidget(m_empty);
    m_title = heading(m_view);
    m_title->setObjectName(QStringLiteral("roundViewTitle"));
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    view->addWidget(m_title);
    m_facts = wrapped(m_view, "roundViewFacts");
    view->addWidget(m_facts);
    m_description = wrapped(m_view);
    view->addWidget(m_description);
    // The round on the left, its results (once closed) on the right: the dock is wide and low.
    m_columns = new QWidget(m_view);
    auto* columns = new QHBoxLayout(m_columns);
    columns->setContentsMargins(0, 0, 0, 0);
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(left, 2);
    columns->addSpacing(fontMetrics().averageCharWidth() * 3);
    columns->addLayout(right, 3);
    view->addWidget(m_columns);
    m_rulesHeading = heading(m_columns);
    left->addWidget(m_rulesHeading);
    m_rules = wrapped(m_columns, "roundViewRules");
    left->addWidget(m_rules);
    m_candidatesHeading = heading(m_columns);
    left->addWidget(m_candidatesHeading);
    m_candidates = new QWidget(m_columns);
    m_candidates->setObjectName(QStringLiteral("roundViewCandidates"));
    m_candidatesGrid = new QGridLayout(m_candidates);
    m_candidatesGrid->setContentsMargins(0, 0, 0, 0);
    m_candidatesGrid->setHorizontalSpacing(16);
    left->addWidget(m_candidates);
    m_ballotHeading = heading(m_columns);
    left->addWidget(m_ballotHeading);
    m_ballot = wrapped(m_columns, "roundViewBallot");
    left->addWidget(m_ballot);
    auto* receiptRow = new QHBoxLayout;
    m_receipt = new QLabel(m_columns);
    m_receipt->setObjectName(QStringLiteral("roundViewReceipt"));
    m_receipt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyReceipt = new QToolButton(m_columns);
    m_copyReceipt->setObjectName(QStringLiteral("roundViewCopyReceipt"));
    m_copyReceipt->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copyReceipt->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_copyReceipt, &QToolButton::clicked, this, [this] {
        if (!m_receiptText.empty())
            QApplication::clipboard()->setText(toQ(m_receiptText));
    });
    receiptRow->addWidget(m_receipt);
    receiptRow->addWidget(m_copyReceipt);
    receiptRow->addStretch();
    left->addLayout(receiptRow);
    auto* buttons = new QHBoxLayout;
    m_vote = new QPushButton(m_columns);
    m_vote->setObjectName(QStringLiteral("roundViewVote"));
    m_close = new QPushButton(m_columns);
    m_close->setObjectName(QStringLiteral("roundViewClose"));
    connect(m_vote, &QPushButton::clicked, this, [this] { emit voteRequested(m_roundId); });
    connect(m_close, &QPushButton::clicked, this, [this] { emit closeRoundRequested(m_roundId); });
    buttons->addWidget(m_vote);
    buttons->addWidget(m_close);
    buttons->addStretch();
    left->addLayout(buttons);
    left->addStretch(1);
    m_resultsHeading = heading(m_columns);
    right->addWidget(m_resultsHeading);
    m_resultsNote = wrapped(m_columns, "roundViewResultsNote");
    right->addWidget(m_resultsNote);
    m_results = new ResultsView(m_columns);
    m_results->setObjectName(QStringLiteral("resultsView"));
    m_results->setMinimumWidth(fontMetrics().averageCharWidth() * 52);
    // The columns share the width by their stretch, not by how long their sentences are.
    for (QLabel* label : {m_rules, m_ballot, m_resultsNote})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    right->addWidget(m_results);
    right->addStretch(1);
    view->addStretch(1);
    scroll->setWidget(m_view);
    splitter->addWidget(m_list);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_clock = new QTimer(this);
    m_clock->setInterval(kClockMs);
    // Only a round opening or closing changes what the panel shows with time: reading it again
    // every tick would rebuild the view under the reader.
    connect(m_clock, &QTimer::timeout, this, [this] {
        if (isVisible() && statesNow() != m_shownStates)
            refresh();
    });
    m_clock->start();
    m_listener = m_store.addListener([this](const core::StoreChange& change) { onStoreChange(change); });
    retranslate();
    refresh();
}

VotingPanel::~VotingPanel()
{
    m_store.removeListener(m_listener);
}

void VotingPanel::setCanManage(bool canManage)
{
    if (m_canManage == canManage && !m_newRound->isHidden() == canManage)
        return;
    m_canManage = canManage;
    m_newRound->setVisible(canManage);
    showRound();
}

void VotingPanel::onStoreChange(const core::StoreChange& change)
{
    using Kind = core::StoreChange::Kind;
    if (change.kind != Kind::VotingChanged && change.kind != Kind::PilotsChanged &&
        change.kind != Kind::Reset)
        return;
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        m_shownResults.clear(); // the results may have come
        refresh();
    });
}

void VotingPanel::refresh()
{
    m_rounds = m_store.rounds();
    m_shownStates = statesNow();
    fillList();
    // The same round shown again (a sync, a round opening) stays where its reader had scrolled.
    const int scrolled = m_scroll->verticalScrollBar()->value();
    const QString shown = m_roundId;
    showRound();
    if (m_roundId == shown && scrolled > 0) {
        m_view->layout()->activate();
        QTimer::singleShot(0, this, [this, scrolled, shown] {
            if (m_roundId == shown)
                m_scroll->verticalScrollBar()->setValue(scrolled);
        });
    }
}

std::vector<RoundState> VotingPanel::statesNow() const
{
    const auto now = core::now();
    std::vector<RoundState> states;
    states.reserve(m_rounds.size());
    for (const auto& round : m_rounds)
        states.push_back(round.stateAt(now));
    return states;
}

QString VotingPanel::listText(const core::voting::LocalRound& round) const
{
    const RoundState state = round.stateAt(core::now());
    const QString when =
        state == RoundState::Upcoming ? tr("opens %1").arg(dayTimeText(toQDateTime(round.info.opens)))
        : state == RoundState::Open   ? tr("closes %1").arg(dayTimeText(toQDateTime(round.info.closes)))
                                      : tr("closed %1").arg(dayTimeText(toQDateTime(round.info.closes)));
    QString ballot;
    if (state != RoundState::Upcoming) {
        const auto mine = m_store.myBallot(round.info.id);
        using S = core::voting::BallotState;
        if (!mine)
            ballot = state == RoundState::Open ? tr("not voted") : QString();
        else if (mine->state == S::Pending)
            ballot = tr("waiting to be sent");
        else if (mine->state == S::Accepted)
            ballot = tr("counted");
        else
            ballot = tr("refused: %1").arg(refusalShortText(mine->refusalCode));
    }
    QStringList second{roundStateName(state), when};
    if (!ballot.isEmpty())
        second << ballot;
    return toQ(round.info.title) + QLatin1Char('\n') + second.join(QStringLiteral(" · "));
}

QString VotingPanel::roundLine(const QString& roundId) const
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(kIdRole).toString() == roundId)
            return m_list->item(row)->text();
    return {};
}

void VotingPanel::fillList()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    QListWidgetItem* current = nullptr;
    int open = 0;
    for (const auto& round : m_rounds) {
        auto* item = new QListWidgetItem(listText(round), m_list);
        item->setData(kIdRole, toQ(round.info.id));
        const RoundState state = round.stateAt(core::now());
        if (state == RoundState::Open) {
            ++open;
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        if (toQ(round.info.id) == m_roundId)
            current = item;
    }
    if (!current && m_list->count() > 0)
        current = m_list->item(0);
    if (current) {
        m_list->setCurrentItem(current);
        m_roundId = current->data(kIdRole).toString();
    } else {
        m_roundId.clear();
    }
    m_summary->setText(
        m_rounds.empty() ? tr("No voting rounds yet. A coordinator opens one on pilots in the voting phase.")
                         : tr("%n round(s), %1 open", nullptr, static_cast<int>(m_rounds.size())).arg(open));
}

void VotingPanel::setSelectedRound(const QString& roundId)
{
    m_roundId = roundId;
    fillList();
    showRound();
}

void VotingPanel::showRound()
{
    const core::voting::LocalRound* round = nullptr;
    for (const auto& r : m_rounds)
        if (toQ(r.info.id) == m_roundId)
            round = &r;
    const bool has = round != nullptr;
    m_empty->setVisible(!has);
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_title, m_facts, m_description, m_columns, m_rulesHeading, m_rules, m_candidatesHeading,
             m_candidates, m_ballotHeading, m_ballot, m_receipt, m_copyReceipt, m_vote, m_close,
             m_resultsHeading, m_resultsNote, m_results})
        w->setVisible(has);
    if (!has) {
        m_empty->setText(m_rounds.empty() ? QString() : tr("Choose a round on the left."));
        return;
    }
    const auto& info = round->info;
    const RoundState state = round->stateAt(core::now());
    m_title->setText(toQ(info.title));
    QStringList facts{roundStateName(state), tr("%1 – %2").arg(dayTimeText(toQDateTime(info.opens)),
                                                               dayTimeText(toQDateTime(info.closes)))};
    if (!info.eligibleAccounts.empty())
        facts << tr("open to a named group of %n account(s)", nullptr,
                    static_cast<int>(info.eligibleAccounts.size()));
    if (!info.eligibleInvite.empty())
        facts << tr("open to the accounts that joined with invite %1").arg(toQ(info.eligibleInvite));
    if (round->localOnly) {
        facts << tr("kept on this computer only");
    } else if (!round->refusalCode.empty()) {
        facts << tr("refused by the hub: %1").arg(hubRefusalText(round->refusalCode, round->refusalMessage));
    } else if (round->pending) {
        facts << tr("waiting to be sent to the hub");
    }
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    m_description->setText(toQ(info.description));
    m_description->setVisible(!info.description.empty());
    m_rules->setText(tr("%1 ballot: %2\n%3\nBudget: %4")
                         .arg(ballotTypeName(info.round.ballot.type), ballotRulesText(info.round),
                              ruleText(info.round), wonText(info.round.budget)));
    fillCandidates(*round);

    // This profile's ballot.
    const auto mine = m_store.myBallot(info.id);
    QString ballotText = myBallotStateText(mine);
    if (mine && !mine->ballot.choices.empty()) {
        QStringList chosen;
        for (const auto& c : mine->ballot.choices)
            chosen
                << (info.round.ballot.type == core::voting::BallotType::Cumulative
                        ? tr("%1 (%n point(s))", nullptr, c.points).arg(projectName(info.round, c.projectId))
                        : projectName(info.round, c.projectId));
        ballotText += QLatin1Char('\n') + tr("Your choices: %1").arg(chosen.join(tr(", ")));
    }
    m_ballot->setText(ballotText);
    if (mine && mine->state == core::voting::BallotState::Refused) {
        QPalette red = m_ballot->palette();
        red.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
        m_ballot->setPalette(red);
    } else {
        m_ballot->setPalette(palette());
    }
    m_receiptText = mine ? mine->receipt : std::string();
    m_receipt->setText(tr("Receipt: %1").arg(shortReceipt(m_receiptText)));
    m_receipt->setToolTip(toQ(m_receiptText));
    m_receipt->setVisible(!m_receiptText.empty());
    m_copyReceipt->setVisible(!m_receiptText.empty());
    const bool open = state == RoundState::Open && !round->localOnly;
    m_vote->setVisible(open);
    m_vote->setText(mine ? tr("Change my ballot…") : tr("Vote…"));
    m_close->setVisible(open && m_canManage);

    // Results, once closed.
    const bool closed = state == RoundState::Closed;
    m_resultsHeading->setVisible(closed);
    m_resultsNote->setVisible(closed && !round->hasResults);
    m_resultsNote->setText(round->localOnly ? tr("Its results are not here.")
                                            : tr("The results come from the hub with the next sync."));
    m_results->setVisible(closed && round->hasResults);
    auto* columns = static_cast<QHBoxLayout*>(m_columns->layout());
    columns->setStretch(2, closed ? 3 : 0);
    if (closed && round->hasResults) {
        if (m_shownResults != info.id) {
            const auto json = m_store.roundResults(info.id);
            m_results->setResults(json ? *json : std::string());
            m_shownResults = info.id;
        }
        m_results->setMyBallot(mine);
    }
}

void VotingPanel::fillCandidates(const core::voting::LocalRound& round)
{
    while (QLayoutItem* item = m_candidatesGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    for (const auto& project : round.info.round.projects) {
        auto* name = new QLabel(toQ(project.name.empty() ? project.id : project.name), m_candidates);
        name->setWordWrap(true);
        name->setMinimumWidth(std::min(fontMetrics().horizontalAdvance(name->text()) + 4,
                                       fontMetrics().averageCharWidth() * 26));
        auto* cost = new QLabel(wonText(project.cost), m_candidates);
        cost->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const auto pilot = m_store.pilot(project.id);
        auto* problems = new QLabel(m_candidates);
        auto* map = new QLabel(m_candidates);
        if (pilot) {
            problems->setText(
                tr("%n problem(s)", nullptr, static_cast<int>(pilot->fields.problemIds.size())));
            map->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                             .arg(toQ(project.id), tr("Show on map").toHtmlEscaped()));
            map->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
            connect(map, &QLabel::linkActivated, this, &VotingPanel::showPilotOnMapRequested);
        }
        m_candidatesGrid->addWidget(name, row, 0);
        m_candidatesGrid->addWidget(cost, row, 1);
        m_candidatesGrid->addWidget(problems, row, 2);
        m_candidatesGrid->addWidget(map, row, 3);
        ++row;
    }
    m_candidatesGrid->setColumnStretch(4, 1);
}

void VotingPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VotingPanel::retranslate()
{
    m_newRound->setText(tr("Open a round…"));
    m_newRound->setToolTip(tr("Open a voting round on the pilots in the voting phase"));
    m_rulesHeading->setText(tr("Rules"));
    m_candidatesHeading->setText(tr("Candidates"));
    m_ballotHeading->setText(tr("My ballot"));
    m_resultsHeading->setText(tr("Results"));
    m_copyReceipt->setText(tr("Copy"));
    m_copyReceipt->setToolTip(tr("Copy the whole receipt"));
    m_close->setText(tr("Close round now"));
    m_close->setToolTip(tr("End the voting now; the hub's clock decides the closing time"));
    refresh();
}

} // namespace balgul::ui
