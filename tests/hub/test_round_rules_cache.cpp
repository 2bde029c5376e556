// The rules a hub checks ballots against: read from a round's stored fields once per version of
// the round, read again for a new version, and forgotten when a failed transaction may give the
// same version to different fields (hub/voting/voting_changes.h, RoundRulesCache).

#include "hub/voting/voting_changes.h"

#include <Poco/JSON/Object.h>

#include <QObject>
#include <QTest>

using namespace balgul;
using namespace balgul::hub;

namespace {

EntityState roundAt(std::int64_t seq, std::int64_t budget)
{
    EntityState round;
    round.entity = "round";
    round.id = "0193a0c2-0000-7000-8000-000000000001";
    round.seq = seq;
    round.fields = new Poco::JSON::Object;
    round.fields->set("title", std::string("Round"));
    round.fields->set("ballot_type", std::string("budget-approval"));
    round.fields->set("rule", std::string("greedy"));
    round.fields->set("budget", Poco::Int64(budget));
    round.fields->set("opens", std::string("2026-12-01T00:00:00Z"));
    round.fields->set("closes", std::string("2026-12-15T00:00:00Z"));
    return round;
}

} // namespace

class TestRoundRulesCache : public QObject
{
    Q_OBJECT

private slots:
    void oneReadPerVersionOfTheRound()
    {
        RoundRulesCache rules;
        const auto& first = rules.rulesOf(roundAt(7, 1000));
        QVERIFY(first);
        QCOMPARE(first->round.budget, std::int64_t(1000));
        // The same version is not read again: its fields cannot have changed under it.
        QCOMPARE(rules.rulesOf(roundAt(7, 5000))->round.budget, std::int64_t(1000));
        // A new version is.
        QCOMPARE(rules.rulesOf(roundAt(8, 5000))->round.budget, std::int64_t(5000));
    }

    void forgottenAfterAFailedTransaction()
    {
        RoundRulesCache rules;
        QCOMPARE(rules.rulesOf(roundAt(9, 1000))->round.budget, std::int64_t(1000));
        rules.clear(); // version 9 rolled back: the next transaction may give it to other fields
        QCOMPARE(rules.rulesOf(roundAt(9, 2000))->round.budget, std::int64_t(2000));
    }

    void aRoundThatBreaksItsRulesStaysRefused()
    {
        RoundRulesCache rules;
        EntityState broken = roundAt(3, 1000);
        broken.fields->set("rule", std::string("borda"));
        const auto& info = rules.rulesOf(broken);
        QVERIFY(!info);
        QCOMPARE(info.error().field, std::string("rule"));
        QVERIFY(!rules.rulesOf(broken));
    }
};

QTEST_GUILESS_MAIN(TestRoundRulesCache)
#include "test_round_rules_cache.moc"
