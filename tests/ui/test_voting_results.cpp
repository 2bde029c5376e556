// A closed round's results view, offscreen, from a published answer made with
// core::voting::publishedResultsJson: the selected pilots and each one's reason in words, the other
// rules' outcome, "Verify my ballot" and "Verify the tally" holding — and saying what is wrong once
// the published list is tampered with.

#include "core/voting/receipt.h"
#include "core/voting/round_json.h"
#include "ui/voting/results_view.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace balgul;
namespace voting = core::voting;

namespace {

constexpr std::int64_t kMillion = 1000000;

struct Cast
{
    voting::PublishedBallot published;
    std::string secret;
};

voting::RoundInfo closedRound()
{
    voting::RoundInfo info;
    info.id = "0193a000-0000-7000-8000-000000000002";
    info.title = "Cleaner air near schools";
    info.round.projects = {{"0193b000-0000-7000-8000-000000000001", "Shade trees", 20 * kMillion, 1},
                           {"0193b000-0000-7000-8000-000000000002", "Quiet streets", 30 * kMillion, 2},
                           {"0193b000-0000-7000-8000-000000000003", "Clean buses", 10 * kMillion, 3}};
    info.round.ballot.type = voting::BallotType::Approval;
    info.round.rule = voting::Rule::Greedy;
    info.round.budget = 45 * kMillion;
    for (const auto& p : info.round.projects)
        info.pilotIds.push_back(p.id);
    info.opens = core::now() - std::chrono::hours(48);
    info.closes = core::now() - std::chrono::hours(1);
    return info;
}

Cast cast(const voting::RoundInfo& info, std::vector<int> projects)
{
    voting::Ballot ballot;
    for (int i : projects)
        ballot.choices.push_back({info.round.projects[static_cast<std::size_t>(i)].id, 1});
    Cast c;
    c.secret = voting::newBallotSecret();
    c.published.choices = voting::canonicalChoices(ballot);
    c.published.receipt = voting::ballotReceipt(info.id, c.published.choices, c.secret);
    return c;
}

voting::MyBallot mine(const Cast& c, const std::string& roundId)
{
    voting::MyBallot b;
    b.roundId = roundId;
    b.state = voting::BallotState::Accepted;
    b.choices = b.acceptedChoices = c.published.choices;
    b.receipt = b.acceptedReceipt = c.published.receipt;
    b.secret = b.acceptedSecret = c.secret;
    return b;
}

} // namespace

class TestVotingResults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsSelectedPilotsWithReasons();
    void verifiesBallotAndTally();
    void tamperedListIsCaught();
    void unreadableAnswerSaysSo();

private:
    voting::RoundInfo m_info;
    std::vector<Cast> m_casts;
    std::string m_json;
};

void TestVotingResults::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_info = closedRound();
    // Shade trees 3 votes, Quiet streets 2, Clean buses 1: greedy takes Shade trees (25 million
    // left), skips Quiet streets (30 million) and takes Clean buses.
    m_casts = {cast(m_info, {0, 1}), cast(m_info, {0, 1}), cast(m_info, {0, 2})};
    std::vector<voting::PublishedBallot> ballots;
    for (const auto& c : m_casts)
        ballots.push_back(c.published);
    m_json = voting::publishedResultsJson(m_info, ballots);
}

void TestVotingResults::showsSelectedPilotsWithReasons()
{
    ui::ResultsView view;
    view.resize(900, 700);
    QVERIFY(view.setResults(m_json));
    QCOMPARE(view.selectedNames(),
             (QStringList{QStringLiteral("Shade trees"), QStringLiteral("Clean buses")}));
    auto* table = view.findChild<QTableWidget*>(QStringLiteral("resultsTable"));
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Shade trees"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("3"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("₩20,000,000"));
    const QStringList reasons = view.reasonTexts();
    QVERIFY2(reasons.at(0).startsWith(QStringLiteral("Selected")), qPrintable(reasons.at(0)));
    QCOMPARE(reasons.at(1), QStringLiteral("Skipped: ₩25,000,000 left, costs ₩30,000,000."));
    QVERIFY2(reasons.at(2).startsWith(QStringLiteral("Selected")), qPrintable(reasons.at(2)));
    const QString summary = view.findChild<QLabel*>(QStringLiteral("resultsSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("2 pilot(s) selected")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("₩30,000,000")), qPrintable(summary));
    // Without skipping, the selection stops at Quiet streets: Clean buses is lost.
    const QStringList comparison = view.comparisonTexts();
    QVERIFY2(comparison.join(QLatin1Char('|'))
                 .contains(QStringLiteral("With Greedy without skipping: without Clean buses.")),
             qPrintable(comparison.join(QLatin1Char('|'))));
}

void TestVotingResults::verifiesBallotAndTally()
{
    ui::ResultsView view;
    QVERIFY(view.setResults(m_json));
    auto* verifyBallot = view.findChild<QPushButton*>(QStringLiteral("resultsVerifyBallot"));
    QVERIFY(!verifyBallot->isEnabled()); // no ballot of this profile
    view.setMyBallot(mine(m_casts[2], m_info.id));
    QVERIFY(verifyBallot->isEnabled());
    verifyBallot->click();
    const QString check = view.findChild<QLabel*>(QStringLiteral("resultsCheck"))->text();
    QVERIFY2(
        check.contains(QStringLiteral(
            "Your ballot is in the published list with the choices you cast, and its Merkle proof holds.")),
        qPrintable(check));
    QVERIFY(view.lastCheckHeld());
    view.findChild<QPushButton*>(QStringLiteral("resultsVerifyTally"))->click();
    const QString tally = view.findChild<QLabel*>(QStringLiteral("resultsCheck"))->text();
    QVERIFY2(tally.contains(QStringLiteral("The published tally follows from the 3 published ballot(s).")),
             qPrintable(tally));
    QVERIFY(view.lastCheckHeld());
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("resultsLimits"))
                ->text()
                .contains(QStringLiteral("not coercion-resistant")));
}

void TestVotingResults::tamperedListIsCaught()
{
    // The hub swaps the third voter's choices (Shade trees, Clean buses) for Quiet streets alone.
    QJsonObject published = QJsonDocument::fromJson(QByteArray::fromStdString(m_json)).object();
    QJsonArray ballots = published.value(QStringLiteral("ballots")).toArray();
    voting::Ballot swapped;
    swapped.choices = {{m_info.round.projects[1].id, 1}};
    const QString swappedText = QString::fromStdString(voting::canonicalChoices(swapped));
    bool found = false;
    for (qsizetype i = 0; i < ballots.size(); ++i) {
        QJsonObject b = ballots.at(i).toObject();
        if (b.value(QStringLiteral("receipt")).toString().toStdString() == m_casts[2].published.receipt) {
            b.insert(QStringLiteral("choices"), swappedText);
            ballots.replace(i, b);
            found = true;
        }
    }
    QVERIFY(found);
    published.insert(QStringLiteral("ballots"), ballots);
    const std::string tampered = QJsonDocument(published).toJson(QJsonDocument::Compact).toStdString();

    ui::ResultsView view;
    QVERIFY(view.setResults(tampered));
    view.setMyBallot(mine(m_casts[2], m_info.id));
    const QString ballot = view.verifyMyBallot();
    QVERIFY(!view.lastCheckHeld());
    QVERIFY2(ballot.contains(QStringLiteral("with other choices")), qPrintable(ballot));
    const QString tally = view.verifyTally();
    QVERIFY(!view.lastCheckHeld());
    QVERIFY2(tally.startsWith(QStringLiteral("The published results do not add up:")), qPrintable(tally));
    QVERIFY2(tally.contains(QStringLiteral("Merkle root")), qPrintable(tally));

    // Another voter's ballot is still there as cast, but the changed list no longer leads to the
    // published root: every voter who checks sees it.
    view.setMyBallot(mine(m_casts[0], m_info.id));
    const QString other = view.verifyMyBallot();
    QVERIFY(!view.lastCheckHeld());
    QVERIFY2(other.contains(QStringLiteral("does not lead to the published root")), qPrintable(other));
}

void TestVotingResults::unreadableAnswerSaysSo()
{
    ui::ResultsView view;
    QVERIFY(!view.setResults("not json"));
    QVERIFY(!view.published());
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("resultsSummary"))
                ->text()
                .contains(QStringLiteral("cannot be read")));
    QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("resultsVerifyTally"))->isEnabled());
}

QTEST_MAIN(TestVotingResults)
#include "test_voting_results.moc"
