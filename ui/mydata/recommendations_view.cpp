// "For you": the recommendations worked out on the vault's worker, their reasons in words, and the
// household size they compare electricity use with.

#include "ui/mydata/recommendations_view.h"

#include "core/mydata/vault.h"
#include "core/store/store.h"
#include "ui/category_names.h"
#include "ui/mydata/mydata_text.h"
#include "ui/mydata/vault_session.h"
#include "ui/qt_convert.h"

#include <QDateTime>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace balgul::ui {

namespace mydata = core::mydata;

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;
/// Two weeks of tracks before "a week" is a fair way to say how often.
constexpr int kWeeksSpan = 14;

} // namespace

QString recommendationReason(const mydata::Recommendation& r)
{
    QStringList parts;
    if (r.routeDays > 0) {
        QString route;
        if (r.kind == mydata::SubjectKind::Pilot)
            route =
                r.spanDays >= kWeeksSpan
                    ? RecommendationsView::tr("Your usual route passes through its zone, %n day(s) a week",
                                              nullptr, r.daysPerWeek)
                    : RecommendationsView::tr("Your route passed through its zone on %1 of the %2 days of "
                                              "your tracks")
                          .arg(r.routeDays)
                          .arg(r.spanDays);
        else
            route =
                r.spanDays >= kWeeksSpan
                    ? RecommendationsView::tr("On your usual route, %n day(s) a week", nullptr, r.daysPerWeek)
                    : RecommendationsView::tr("On your route on %1 of the %2 days of your tracks")
                          .arg(r.routeDays)
                          .arg(r.spanDays);
        if (r.kind == mydata::SubjectKind::Problem && r.nearestMeters >= 0)
            route = RecommendationsView::tr("%1, within %2 m")
                        .arg(route)
                        .arg(std::max(10.0, std::round(r.nearestMeters / 10.0) * 10.0), 0, 'f', 0);
        parts << route;
    }
    if (r.energy)
        parts << RecommendationsView::tr(
                     "Your household uses about %1 kWh of electricity a month, more than the "
                     "%2 kWh reference for %n people",
                     nullptr, r.householdSize)
                     .arg(QLocale().toString(r.monthlyKwh, 'f', 0),
                          QLocale().toString(r.referenceKwh, 'f', 0));
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

RecommendationsView::RecommendationsView(VaultSession& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_note = new QLabel(tr("Worked out on this computer from your tracks and your electricity use. Nothing "
                           "about you leaves it."),
                        this);
    m_note->setObjectName(QStringLiteral("recommendationsNote"));
    m_note->setWordWrap(true);
    m_household = new QSpinBox(this);
    m_household->setObjectName(QStringLiteral("householdSize"));
    m_household->setRange(0, 20);
    m_household->setSpecialValueText(tr("not given"));
    m_household->setToolTip(
        tr("Kept in the vault. Used only to compare your electricity use with a household "
           "of the same size."));
    auto* householdLabel = new QLabel(tr("People in your &household:"), this);
    householdLabel->setBuddy(m_household);
    top->addWidget(m_note, 1);
    top->addWidget(householdLabel);
    top->addWidget(m_household);
    layout->addLayout(top);
    m_empty =
        new QLabel(tr("Nothing to suggest yet. Import GPX tracks of where you go, or your electricity use "
                      "with your household's size, and problems and pilots along your way show up here."),
                   this);
    m_empty->setObjectName(QStringLiteral("recommendationsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("recommendationsTable"));
    m_table->setHorizontalHeaderLabels({tr("What"), tr("Title"), tr("Why")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(1, fontMetrics().averageCharWidth() * 40);
    layout->addWidget(m_table, 1);
    connect(m_household, &QSpinBox::valueChanged, this, &RecommendationsView::householdEdited);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) { activate(row); });
}

void RecommendationsView::clear()
{
    ++m_generation;
    m_working = false;
    m_items.clear();
    m_table->setRowCount(0);
    m_empty->hide();
    m_loadingHousehold = true;
    m_household->setValue(0);
    m_loadingHousehold = false;
}

void RecommendationsView::refresh()
{
    if (m_session.state() != VaultState::Unlocked) {
        clear();
        return;
    }
    if (const auto& contents = m_session.contents()) {
        m_loadingHousehold = true;
        m_household->setValue(contents->household.size);
        m_loadingHousehold = false;
    }
    mydata::RecommendOptions options;
    options.householdSize = m_household->value();
    options.localOffsetSeconds = QDateTime::currentDateTime().offsetFromUtc();
    const int generation = ++m_generation;
    m_working = true;
    m_session.run(
        [options](core::Store& store, mydata::Vault& vault, VaultOutcome& o) {
            auto blocks =
                VaultSession::readBlocks(vault, {mydata::Category::Mobility, mydata::Category::Electricity});
            if (!blocks)
                return o.fail(blocks.error());
            o.recommendations = mydata::recommend(*blocks, mydata::openProblemSites(store),
                                                  mydata::livePilotSites(store), options);
            mydata::describeProblems(store, o.recommendations);
        },
        [this, alive = QPointer<QWidget>(this), generation](const VaultOutcome& outcome) {
            if (!alive || generation != m_generation)
                return;
            m_working = false;
            m_items = outcome.ok ? outcome.recommendations : std::vector<mydata::Recommendation>{};
            showItems();
            if (!outcome.ok) {
                m_empty->setText(myDataErrorText(outcome.error));
                m_empty->show();
            }
            emit updated();
        });
}

void RecommendationsView::showItems()
{
    m_empty->setVisible(m_items.empty());
    m_table->setRowCount(static_cast<int>(m_items.size()));
    for (int row = 0; row < static_cast<int>(m_items.size()); ++row) {
        const mydata::Recommendation& r = m_items[static_cast<std::size_t>(row)];
        const QString what = r.kind == mydata::SubjectKind::Pilot
                                 ? tr("Pilot")
                                 : tr("Problem · %1").arg(categoryName(r.category));
        const QString hint = r.kind == mydata::SubjectKind::Pilot
                                 ? tr("Double-click to open the pilot")
                                 : tr("Double-click to show the problem on the map");
        const QStringList texts{what, toQ(r.title), recommendationReason(r)};
        for (int column = 0; column < 3; ++column) {
            auto* item = new QTableWidgetItem(texts[column]);
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            item->setToolTip(column == 2 ? texts[column] : hint);
            m_table->setItem(row, column, item);
        }
    }
}

void RecommendationsView::householdEdited()
{
    if (m_loadingHousehold || m_session.state() != VaultState::Unlocked)
        return;
    Household household = m_session.contents() ? m_session.contents()->household : Household{};
    household.size = m_household->value();
    // The session reads its contents again, and the dock works the recommendations out anew.
    m_session.setHousehold(household);
}

void RecommendationsView::activate(int row)
{
    if (row < 0 || row >= static_cast<int>(m_items.size()))
        return;
    const mydata::Recommendation& r = m_items[static_cast<std::size_t>(row)];
    if (r.kind == mydata::SubjectKind::Pilot)
        emit showPilotRequested(toQ(r.id));
    else
        emit showProblemRequested(r.rowid);
}

} // namespace balgul::ui
