#include "ui/voting/results_view.h"

#include "core/voting/receipt.h"
#include "core/voting/round_json.h"
#include "ui/pilots/pilot_strings.h"
#include "ui/qt_convert.h"
#include "ui/voting/voting_strings.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace balgul::ui {

namespace {

enum Column
{
    ColumnName,
    ColumnScore,
    ColumnCost,
    ColumnSelected,
    ColumnReason,
    ColumnCount,
};

QLabel* wrapped(QWidget* parent, const QString& objectName = {})
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

} // namespace

ResultsView::ResultsView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = wrapped(this, QStringLiteral("resultsSummary"));
    layout->addWidget(m_summary);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ColumnName, QHeaderView::Interactive);
    header->setSectionResizeMode(ColumnReason, QHeaderView::Stretch);
    header->resizeSection(ColumnName, fontMetrics().averageCharWidth() * 24);
    // Wrapped rows take their height once the columns have their widths.
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_fitQueued) {
            m_fitQueued = true;
            QTimer::singleShot(0, this, [this] {
                m_fitQueued = false;
                fitTable();
            });
        }
    });
    layout->addWidget(m_table);

    m_comparisonHeading = new QLabel(this);
    QFont bold = m_comparisonHeading->font();
    bold.setBold(true);
    m_comparisonHeading->setFont(bold);
    layout->addWidget(m_comparisonHeading);
    m_comparisonLabel = wrapped(this, QStringLiteral("resultsComparison"));
    layout->addWidget(m_comparisonLabel);

    auto* buttons = new QHBoxLayout;
    m_verifyBallot = new QPushButton(this);
    m_verifyBallot->setObjectName(QStringLiteral("resultsVerifyBallot"));
    m_verifyTally = new QPushButton(this);
    m_verifyTally->setObjectName(QStringLiteral("resultsVerifyTally"));
    buttons->addWidget(m_verifyBallot);
    buttons->addWidget(m_verifyTally);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_verifyBallot, &QPushButton::clicked, this, [this] { verifyMyBallot(); });
    connect(m_verifyTally, &QPushButton::clicked, this, [this] { verifyTally(); });
    m_check = wrapped(this, QStringLiteral("resultsCheck"));
    m_check->hide();
    layout->addWidget(m_check);
    m_limits = wrapped(this, QStringLiteral("resultsLimits"));
    QPalette muted = m_limits->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_limits->setPalette(muted);
    layout->addWidget(m_limits);
    layout->addStretch(1);
    retranslate();
}

bool ResultsView::setResults(const std::string& json)
{
    m_published.reset();
    m_ballots.clear();
    m_tally = {};
    m_differences.clear();
    m_readError.clear();
    m_checked = false;
    m_check->hide();
    auto parsed = core::voting::parsePublishedResults(json);
    if (!parsed) {
        m_readError = tr("These results cannot be read: %1").arg(toQ(parsed.error().message));
        fill();
        return false;
    }
    m_published = std::move(parsed).value();
    for (const auto& b : m_published->ballots)
        if (auto ballot = core::voting::parseChoices(b.choices))
            m_ballots.push_back(std::move(ballot).value());
    m_tally = core::voting::tally(m_published->info.round, m_ballots);
    m_differences = core::voting::compareRules(m_published->info.round, m_ballots);
    fill();
    return true;
}

void ResultsView::setMyBallot(const std::optional<core::voting::MyBallot>& ballot)
{
    m_myBallot = ballot;
    m_verifyBallot->setEnabled(m_published.has_value() && m_myBallot.has_value());
}

QString ResultsView::verifyMyBallot()
{
    if (!m_published)
        return {};
    std::string receipt;
    std::string choices;
    if (m_myBallot) {
        receipt = m_myBallot->acceptedReceipt;
        choices = m_myBallot->acceptedChoices;
        if (receipt.empty() && m_myBallot->state == core::voting::BallotState::Accepted) {
            receipt = m_myBallot->receipt;
            choices = m_myBallot->choices;
        }
    }
    core::voting::InclusionCheck check;
    if (!receipt.empty())
        check = core::voting::checkInclusion(*m_published, receipt, choices);
    const bool held = check.found && check.sameChoices && check.proofHolds;
    const QString text = inclusionText(check, !receipt.empty());
    showCheck(text, held);
    return text;
}

QString ResultsView::verifyTally()
{
    if (!m_published)
        return {};
    const auto verification = core::voting::verifyPublished(*m_published);
    const QString text = verificationText(verification, m_published->ballots.size());
    showCheck(text, verificationHolds(verification));
    return text;
}

void ResultsView::showCheck(const QString& text, bool held)
{
    m_lastHeld = held;
    m_checked = true;
    const QString mark = held ? QStringLiteral("✔ ") : QStringLiteral("✘ ");
    m_check->setText(mark + text);
    QPalette palette = m_check->palette();
    palette.setColor(QPalette::WindowText, held ? QColor(0x1b, 0x6e, 0x2a) : QColor(0xb0, 0x20, 0x20));
    m_check->setPalette(palette);
    m_check->show();
}

QStringList ResultsView::reasonTexts() const
{
    QStringList out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        out << m_table->item(row, ColumnReason)->text();
    return out;
}

QStringList ResultsView::selectedNames() const
{
    QStringList out;
    if (!m_published)
        return out;
    for (const auto& id : m_published->selected)
        out << projectName(m_published->info.round, id);
    return out;
}

void ResultsView::fill()
{
    m_table->setRowCount(0);
    m_comparison.clear();
    const bool ok = m_published.has_value();
    m_table->setVisible(ok);
    m_comparisonHeading->setVisible(ok);
    m_comparisonLabel->setVisible(ok);
    m_verifyTally->setEnabled(ok);
    m_verifyBallot->setEnabled(ok && m_myBallot.has_value());
    if (!ok) {
        m_summary->setText(m_readError);
        return;
    }
    const auto& round = m_published->info.round;
    if (auto* scoreHeader = m_table->horizontalHeaderItem(ColumnScore))
        scoreHeader->setText(round.ballot.type == core::voting::BallotType::Cumulative ? tr("Points")
                                                                                       : tr("Votes"));
    std::int64_t cost = 0;
    for (const auto& id : m_published->selected)
        for (const auto& p : round.projects)
            if (p.id == id)
                cost += p.cost;
    m_summary->setText(
        tr("%n pilot(s) selected, costing %1 of the %2 budget, from %L3 ballots by the rule “%4”.", nullptr,
           static_cast<int>(m_published->selected.size()))
            .arg(wonText(cost), wonText(round.budget))
            .arg(static_cast<qlonglong>(m_published->ballots.size()))
            .arg(ruleDisplayName(round.rule)));

    // The rule's order, as the recomputed tally ranks them; published scores and selection.
    std::vector<const core::voting::ProjectResult*> order;
    for (const auto& r : m_tally.projects)
        order.push_back(&r);
    std::stable_sort(order.begin(), order.end(), [](const auto* a, const auto* b) {
        return (a->rank == 0 ? 1 << 30 : a->rank) < (b->rank == 0 ? 1 << 30 : b->rank);
    });
    QFont bold = m_table->font();
    bold.setBold(true);
    for (const auto* r : order) {
        const bool selected = std::find(m_published->selected.begin(), m_published->selected.end(),
                                        r->projectId) != m_published->selected.end();
        std::int64_t score = r->score;
        for (const auto& [id, published] : m_published->scores)
            if (id == r->projectId)
                score = published;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(projectName(round, r->projectId));
        name->setData(Qt::UserRole, toQ(r->projectId));
        auto* scoreItem = new QTableWidgetItem(QLocale().toString(static_cast<qlonglong>(score)));
        scoreItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* costItem = new QTableWidgetItem(wonText(r->cost));
        costItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* selectedItem = new QTableWidgetItem(selected ? tr("✔ Selected") : tr("—"));
        auto* reason = new QTableWidgetItem(reasonText(r->reason, round));
        if (selected) {
            name->setFont(bold);
            selectedItem->setFont(bold);
        }
        m_table->setItem(row, ColumnName, name);
        m_table->setItem(row, ColumnScore, scoreItem);
        m_table->setItem(row, ColumnCost, costItem);
        m_table->setItem(row, ColumnSelected, selectedItem);
        m_table->setItem(row, ColumnReason, reason);
    }
    for (const auto& difference : m_differences)
        m_comparison << ruleDifferenceText(difference, round);
    m_comparisonLabel->setText(m_comparison.isEmpty() ? tr("No other rule to compare with.")
                                                      : m_comparison.join(QLatin1Char('\n')));
    fitTable();
}

void ResultsView::fitTable()
{
    if (!m_table->isVisibleTo(this) && m_table->rowCount() == 0)
        return;
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
}

void ResultsView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitTable();
}

void ResultsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ResultsView::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Pilot"), tr("Votes"), tr("Cost"), tr("Selected"), tr("Why")});
    m_comparisonHeading->setText(tr("Under the other rules"));
    m_verifyBallot->setText(tr("Verify my ballot"));
    m_verifyBallot->setToolTip(tr("Look for your receipt in the published list, with the choices you cast, "
                                  "and check its Merkle proof"));
    m_verifyTally->setText(tr("Verify the tally"));
    m_verifyTally->setToolTip(tr("Count the published ballots again by the round's rule and check the "
                                 "Merkle root"));
    m_limits->setText(checkingLimitsText());
    if (m_published || !m_readError.isEmpty())
        fill();
}

} // namespace balgul::ui
