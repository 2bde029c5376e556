// The status machine: every transition a coordinator may make, the author's reopen, and nothing for
// other citizens, as one table.

#include "core/triage/status_rules.h"

#include <QObject>
#include <QTest>

using namespace balgul::core;
using triage::CloseReason;
using triage::StatusActor;

Q_DECLARE_METATYPE(balgul::core::ProblemStatus)
Q_DECLARE_METATYPE(balgul::core::triage::CloseReason)
Q_DECLARE_METATYPE(balgul::core::triage::StatusActor)

namespace {

constexpr ProblemStatus kAll[] = {ProblemStatus::New,        ProblemStatus::Confirmed,
                                  ProblemStatus::InProgress, ProblemStatus::Resolved,
                                  ProblemStatus::Closed,     ProblemStatus::Reopened};

/// The transitions a coordinator may make, written out once more by hand.
bool expectedTransition(ProblemStatus from, ProblemStatus to)
{
    using S = ProblemStatus;
    if (from == to || to == S::New)
        return false;
    if (to == S::Reopened)
        return from == S::Resolved || from == S::Closed;
    switch (from) {
    case S::Resolved:
        return to == S::Closed;
    case S::Closed:
        return false;
    case S::Confirmed:
        return to != S::Confirmed;
    default:
        return true;
    }
}

const char* name(ProblemStatus s)
{
    static std::string names[kProblemStatusCount];
    auto& n = names[static_cast<int>(s)];
    n = std::string(toString(s));
    return n.c_str();
}

} // namespace

class TestStatusRules : public QObject
{
    Q_OBJECT

private slots:
    void namesRoundTrip()
    {
        for (ProblemStatus s : kAll)
            QCOMPARE(problemStatusFromString(toString(s)), std::optional<ProblemStatus>(s));
        QCOMPARE(toString(ProblemStatus::Reopened), std::string_view("reopened"));
        for (int i = 0; i < triage::kCloseReasonCount; ++i) {
            const auto r = static_cast<CloseReason>(i);
            QCOMPARE(triage::closeReasonFromString(triage::toString(r)), std::optional<CloseReason>(r));
        }
        QVERIFY(!triage::closeReasonFromString("fixed"));
    }

    void coordinatorTransitions_data()
    {
        QTest::addColumn<ProblemStatus>("from");
        QTest::addColumn<ProblemStatus>("to");
        QTest::addColumn<bool>("allowed");
        for (ProblemStatus from : kAll)
            for (ProblemStatus to : kAll)
                QTest::addRow("%s to %s", name(from), name(to)) << from << to << expectedTransition(from, to);
    }
    void coordinatorTransitions()
    {
        QFETCH(ProblemStatus, from);
        QFETCH(ProblemStatus, to);
        QFETCH(bool, allowed);
        QCOMPARE(triage::isAllowedTransition(from, to), allowed);
        const CloseReason reason = to == ProblemStatus::Closed ? CloseReason::Referred : CloseReason::None;
        const auto s = triage::checkStatusChange(StatusActor::Coordinator, from, to, "Looked at it", reason);
        QCOMPARE(s.ok(), allowed);
        if (!allowed)
            QCOMPARE(s.error().code, std::string("invalid_transition"));
    }

    void rules_data()
    {
        QTest::addColumn<StatusActor>("actor");
        QTest::addColumn<ProblemStatus>("from");
        QTest::addColumn<ProblemStatus>("to");
        QTest::addColumn<QString>("note");
        QTest::addColumn<CloseReason>("reason");
        QTest::addColumn<QString>("expected"); // "" or the error code, then the field after a colon

        using S = ProblemStatus;
        using R = CloseReason;
        const auto C = StatusActor::Coordinator;
        const auto A = StatusActor::Author;
        const auto O = StatusActor::Citizen;
        QTest::addRow("coordinator confirms with a note")
            << C << S::New << S::Confirmed << "Seen it" << R::None << "";
        QTest::addRow("coordinator without a note")
            << C << S::New << S::Confirmed << "  " << R::None << "invalid_field:note";
        QTest::addRow("coordinator closes with a reason")
            << C << S::New << S::Closed << "Same as #12" << R::Duplicate << "";
        QTest::addRow("coordinator closes without a reason")
            << C << S::New << S::Closed << "Gone" << R::None << "invalid_field:reason";
        QTest::addRow("coordinator gives a reason when fixing")
            << C << S::InProgress << S::Resolved << "Done" << R::Referred << "invalid_field:reason";
        QTest::addRow("coordinator reopens a fixed problem")
            << C << S::Resolved << S::Reopened << "Back again" << R::None << "";
        QTest::addRow("coordinator moves back to new")
            << C << S::Confirmed << S::New << "Oops" << R::None << "invalid_transition:to";
        QTest::addRow("coordinator note too long")
            << C << S::New << S::Confirmed
            << QString(static_cast<qsizetype>(triage::kStatusNoteMax) + 1, QLatin1Char('x')) << R::None
            << "invalid_field:note";
        QTest::addRow("coordinator note with a control character")
            << C << S::New << S::Confirmed << QStringLiteral("a\x01") << R::None << "invalid_field:note";
        QTest::addRow("author reopens a fixed problem")
            << A << S::Resolved << S::Reopened << "Still broken" << R::None << "";
        QTest::addRow("author reopens a closed problem")
            << A << S::Closed << S::Reopened << "Not a duplicate" << R::None << "";
        QTest::addRow("author reopens without a reason")
            << A << S::Closed << S::Reopened << "" << R::None << "invalid_field:note";
        QTest::addRow("author reopens twice")
            << A << S::Reopened << S::Reopened << "Again" << R::None << "forbidden:";
        QTest::addRow("author reopens an open problem")
            << A << S::Confirmed << S::Reopened << "Why" << R::None << "forbidden:";
        QTest::addRow("author confirms") << A << S::New << S::Confirmed << "Mine" << R::None << "forbidden:";
        QTest::addRow("author closes") << A << S::New << S::Closed << "Mine" << R::Duplicate << "forbidden:";
        QTest::addRow("author marks fixed")
            << A << S::InProgress << S::Resolved << "Fixed" << R::None << "forbidden:";
        QTest::addRow("citizen reopens")
            << O << S::Closed << S::Reopened << "Me too" << R::None << "forbidden:";
        QTest::addRow("citizen confirms") << O << S::New << S::Confirmed << "Yes" << R::None << "forbidden:";
    }
    void rules()
    {
        QFETCH(StatusActor, actor);
        QFETCH(ProblemStatus, from);
        QFETCH(ProblemStatus, to);
        QFETCH(QString, note);
        QFETCH(CloseReason, reason);
        QFETCH(QString, expected);
        const auto s = triage::checkStatusChange(actor, from, to, note.toStdString(), reason);
        if (expected.isEmpty()) {
            QVERIFY2(s.ok(), s.ok() ? "" : s.error().message.c_str());
            return;
        }
        QVERIFY(!s.ok());
        const auto parts = expected.split(QLatin1Char(':'));
        QCOMPARE(QString::fromStdString(s.error().code), parts[0]);
        if (!parts[1].isEmpty())
            QCOMPARE(QString::fromStdString(s.error().field), parts[1]);
        QVERIFY(!s.error().message.empty());
    }
};

QTEST_GUILESS_MAIN(TestStatusRules)
#include "test_status_rules.moc"
