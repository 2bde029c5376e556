// The ballot dialog for each ballot type, offscreen: the rules are checked as the ballot is filled
// in ("Cast ballot" only when it keeps them, a line saying what is wrong otherwise), the budget bar
// fills with the chosen cost and a pilot that no longer fits is disabled with the reason beside it,
// and a ballot is cast with the keyboard alone.

#include "core/voting/round_json.h"
#include "ui/voting/ballot_dialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

using namespace balgul;
namespace voting = core::voting;

namespace {

constexpr std::int64_t kMillion = 1000000;

voting::RoundInfo roundOf(voting::BallotType type)
{
    voting::RoundInfo info;
    info.id = "0193a000-0000-7000-8000-000000000001";
    info.title = "Cleaner air near schools";
    info.round.projects = {{"p1", "Shade trees", 20 * kMillion, 1},
                           {"p2", "Quiet streets", 25 * kMillion, 2},
                           {"p3", "Clean buses", 45 * kMillion, 3}};
    info.round.ballot.type = type;
    info.round.budget = 45 * kMillion;
    for (const auto& p : info.round.projects)
        info.pilotIds.push_back(p.id);
    info.opens = core::now() - std::chrono::hours(1);
    info.closes = core::now() + std::chrono::hours(24);
    return info;
}

QPushButton* castButton(ui::BallotDialog& dialog)
{
    return dialog.findChild<QPushButton*>(QStringLiteral("ballotCast"));
}

template <typename T> T* choice(ui::BallotDialog& dialog, int index)
{
    return dialog.findChild<T*>(QStringLiteral("ballotChoice%1").arg(index));
}

QString problemLine(ui::BallotDialog& dialog)
{
    return dialog.findChild<QLabel*>(QStringLiteral("ballotProblem"))->text();
}

} // namespace

class TestBallotDialog : public QObject
{
    Q_OBJECT

private slots:
    void chooseOneNeedsExactlyOne();
    void approvalKeepsItsLeastAndMost();
    void cumulativeCountsThePointsLeft();
    void budgetBarFillsAndDisablesWhatDoesNotFit();
    void earlierBallotIsShown();
    void keyboardAloneCastsAChooseOneBallot();
    void keyboardAloneCastsAnApprovalBallot();
};

void TestBallotDialog::chooseOneNeedsExactlyOne()
{
    ui::BallotDialog dialog(roundOf(voting::BallotType::ChooseOne));
    QVERIFY(choice<QRadioButton>(dialog, 0));
    QVERIFY(!castButton(dialog)->isEnabled());
    QVERIFY(problemLine(dialog).contains(QStringLiteral("Choose one pilot")));
    choice<QRadioButton>(dialog, 1)->setChecked(true);
    QVERIFY(castButton(dialog)->isEnabled());
    QVERIFY(dialog.problemTexts().isEmpty());
    choice<QRadioButton>(dialog, 2)->setChecked(true); // radio buttons: still one
    QCOMPARE(dialog.ballot().choices.size(), std::size_t(1));
    QCOMPARE(dialog.ballot().choices.front().projectId, std::string("p3"));
}

void TestBallotDialog::approvalKeepsItsLeastAndMost()
{
    auto info = roundOf(voting::BallotType::Approval);
    info.round.ballot.minChoices = 1;
    info.round.ballot.maxChoices = 2;
    ui::BallotDialog dialog(info);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("ballotLimits"))
                ->text()
                .contains(QStringLiteral("at most 2")));
    QVERIFY(!castButton(dialog)->isEnabled()); // too few
    QVERIFY(problemLine(dialog).contains(QStringLiteral("at least 1")));
    choice<QCheckBox>(dialog, 0)->setChecked(true);
    QVERIFY(castButton(dialog)->isEnabled());
    choice<QCheckBox>(dialog, 1)->setChecked(true);
    QVERIFY(castButton(dialog)->isEnabled());
    choice<QCheckBox>(dialog, 2)->setChecked(true); // too many
    QVERIFY(!castButton(dialog)->isEnabled());
    QVERIFY2(problemLine(dialog).contains(QStringLiteral("at most 2")), qPrintable(problemLine(dialog)));
    QVERIFY(problemLine(dialog).contains(QStringLiteral("you chose 3")));
    choice<QCheckBox>(dialog, 0)->setChecked(false);
    QVERIFY(castButton(dialog)->isEnabled());
    QCOMPARE(dialog.ballot().choices.size(), std::size_t(2));
}

void TestBallotDialog::cumulativeCountsThePointsLeft()
{
    auto info = roundOf(voting::BallotType::Cumulative);
    info.round.ballot.maxTotalPoints = 5;
    info.round.ballot.maxPointsPerProject = 3;
    ui::BallotDialog dialog(info);
    auto* first = choice<QSpinBox>(dialog, 0);
    auto* second = choice<QSpinBox>(dialog, 1);
    QVERIFY(first && second);
    QCOMPARE(first->maximum(), 3); // at most 3 on one pilot
    auto* left = dialog.findChild<QLabel*>(QStringLiteral("ballotLeft"));
    QVERIFY(left->text().contains(QStringLiteral("5 point(s) left")));
    first->setValue(3);
    QVERIFY(left->text().contains(QStringLiteral("2 point(s) left")));
    QVERIFY(castButton(dialog)->isEnabled());
    second->setValue(3); // 6 of 5
    QVERIFY(!castButton(dialog)->isEnabled());
    QVERIFY(left->text().contains(QStringLiteral("1 point(s) too many")));
    QVERIFY2(problemLine(dialog).contains(QStringLiteral("in all")), qPrintable(problemLine(dialog)));
    second->setValue(2);
    QVERIFY(castButton(dialog)->isEnabled());
    const auto ballot = dialog.ballot();
    QCOMPARE(ballot.choices.size(), std::size_t(2));
    QCOMPARE(ballot.choices[0].points, 3);
    QCOMPARE(ballot.choices[1].points, 2);
}

void TestBallotDialog::budgetBarFillsAndDisablesWhatDoesNotFit()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ui::BallotDialog dialog(roundOf(voting::BallotType::BudgetApproval));
    auto* bar = dialog.findChild<QProgressBar*>(QStringLiteral("ballotBudgetBar"));
    QVERIFY(bar);
    QCOMPARE(bar->value(), 0);
    QVERIFY(castButton(dialog)->isEnabled());       // an empty budget ballot keeps the rules
    choice<QCheckBox>(dialog, 0)->setChecked(true); // 20 of 45 million
    QCOMPARE(bar->value(), 444);
    QCOMPARE(bar->format(), QStringLiteral("₩20,000,000 of ₩45,000,000"));
    // 25 million left: the 45 million pilot does not fit, the 25 million one does.
    QVERIFY(choice<QCheckBox>(dialog, 1)->isEnabled());
    QVERIFY(!choice<QCheckBox>(dialog, 2)->isEnabled());
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("ballotNote2"))->text(),
             QStringLiteral("₩25,000,000 left; costs ₩45,000,000"));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("ballotNote1"))->text().isEmpty());
    choice<QCheckBox>(dialog, 1)->setChecked(true); // the whole budget
    QCOMPARE(bar->value(), 1000);
    QVERIFY(castButton(dialog)->isEnabled());
    QVERIFY(choice<QCheckBox>(dialog, 0)->isEnabled()); // chosen ones stay to be unticked
    choice<QCheckBox>(dialog, 0)->setChecked(false);
    choice<QCheckBox>(dialog, 1)->setChecked(false);
    QVERIFY(choice<QCheckBox>(dialog, 2)->isEnabled());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("ballotNote2"))->text().isEmpty());

    // Over the limit (a ballot set from elsewhere): the Cast button is off and the line says why.
    auto info = roundOf(voting::BallotType::BudgetApproval);
    ui::BallotDialog over(info);
    voting::Ballot both;
    both.choices = {{"p2", 1}, {"p3", 1}};
    over.setBallot(both);
    QVERIFY(!castButton(over)->isEnabled());
    QVERIFY2(problemLine(over).contains(QStringLiteral("₩70,000,000")), qPrintable(problemLine(over)));
    QLocale::setDefault(QLocale::system());
}

void TestBallotDialog::earlierBallotIsShown()
{
    ui::BallotDialog dialog(roundOf(voting::BallotType::Approval));
    voting::Ballot earlier;
    earlier.choices = {{"p2", 1}};
    dialog.setBallot(earlier);
    QVERIFY(!choice<QCheckBox>(dialog, 0)->isChecked());
    QVERIFY(choice<QCheckBox>(dialog, 1)->isChecked());
    QVERIFY(castButton(dialog)->isEnabled());
}

void TestBallotDialog::keyboardAloneCastsAChooseOneBallot()
{
    ui::BallotDialog dialog(roundOf(voting::BallotType::ChooseOne));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(QApplication::focusWidget(), choice<QRadioButton>(dialog, 0));
    // Enter with nothing chosen casts nothing.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    // Down moves to the next pilot and chooses it; Enter casts.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), choice<QRadioButton>(dialog, 1));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(choice<QRadioButton>(dialog, 1)->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.ballot().choices.front().projectId, std::string("p2"));
}

void TestBallotDialog::keyboardAloneCastsAnApprovalBallot()
{
    auto info = roundOf(voting::BallotType::Approval);
    info.round.ballot.minChoices = 2;
    ui::BallotDialog dialog(info);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(QApplication::focusWidget(), choice<QCheckBox>(dialog, 0));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), choice<QCheckBox>(dialog, 1));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
    const auto ballot = dialog.ballot();
    QCOMPARE(ballot.choices.size(), std::size_t(2));
    QCOMPARE(ballot.choices[0].projectId, std::string("p1"));
    QCOMPARE(ballot.choices[1].projectId, std::string("p3"));
}

QTEST_MAIN(TestBallotDialog)
#include "test_ballot_dialog.moc"
