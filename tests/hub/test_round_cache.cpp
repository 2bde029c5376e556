// The rounds a hub checks ballots against (hub/voting/voting_changes.h, RoundCache), on a real
// SQLite hub store: a round's row is read and its rules parsed once per version, read again for a
// new version, its version asked once per transaction (again after a round op of that transaction),
// and forgotten when a failed transaction may give the same version to other fields.

#include "hub/sync/hub_storage.h"
#include "hub/voting/voting_changes.h"

#include <Poco/JSON/Object.h>

#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace balgul;
using namespace balgul::hub;

namespace {

const std::string kRound = "0193a0c2-0000-7000-8000-000000000001";

EntityState roundAt(std::int64_t seq, std::int64_t budget)
{
    EntityState round;
    round.entity = "round";
    round.id = kRound;
    round.ownerId = "lab";
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

/// Writes the round's row as it is (the store does not check versions; the hub's service does).
void store(HubStorage& storage, const EntityState& round)
{
    auto tx = storage.begin();
    tx->saveEntity(round);
    tx->commit();
}

std::int64_t budgetOf(RoundCache& rounds, HubStorage& storage)
{
    auto tx = storage.begin();
    rounds.beginTransaction();
    const auto round = rounds.load(*tx, kRound);
    if (!round)
        return -1;
    const auto& rules = rounds.rulesOf(*round);
    return rules ? rules->round.budget : -2;
}

} // namespace

class TestRoundCache : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_storage = openSqliteHubStorage(m_dir.filePath(QString("hub-%1.sqlite").arg(++m_n)).toStdString());
    }

    void cleanup() { m_storage.reset(); }

    void noRoundNoEntry()
    {
        RoundCache rounds;
        auto tx = m_storage->begin();
        QVERIFY(!rounds.load(*tx, kRound));
    }

    void oneReadPerVersionOfTheRound()
    {
        RoundCache rounds;
        store(*m_storage, roundAt(7, 1000));
        QCOMPARE(budgetOf(rounds, *m_storage), std::int64_t(1000));
        // The same version is not read again: the hub gives a changed round a new one.
        store(*m_storage, roundAt(7, 5000));
        QCOMPARE(budgetOf(rounds, *m_storage), std::int64_t(1000));
        // A new version is read.
        store(*m_storage, roundAt(8, 5000));
        QCOMPARE(budgetOf(rounds, *m_storage), std::int64_t(5000));
    }

    void itsVersionIsAskedOncePerTransaction()
    {
        RoundCache rounds;
        store(*m_storage, roundAt(7, 1000));
        const auto budgetIn = [&rounds](HubTransaction& tx) {
            const auto round = rounds.load(tx, kRound);
            return round && rounds.rulesOf(*round) ? rounds.rulesOf(*round)->round.budget : -1;
        };
        {
            auto tx = m_storage->begin();
            rounds.beginTransaction();
            QCOMPARE(budgetIn(*tx), std::int64_t(1000));
            // Only this transaction writes: a round op of it says so, and the round is read again.
            tx->saveEntity(roundAt(8, 4000));
            QCOMPARE(budgetIn(*tx), std::int64_t(1000));
            rounds.changedHere(kRound);
            QCOMPARE(budgetIn(*tx), std::int64_t(4000));
            tx->commit();
        }
        // Another transaction changed it: the next one asks again.
        store(*m_storage, roundAt(9, 6000));
        auto tx = m_storage->begin();
        QCOMPARE(budgetIn(*tx), std::int64_t(4000)); // not told of a new transaction
        rounds.beginTransaction();
        QCOMPARE(budgetIn(*tx), std::int64_t(6000));
    }

    void forgottenAfterAFailedTransaction()
    {
        RoundCache rounds;
        store(*m_storage, roundAt(9, 1000));
        QCOMPARE(budgetOf(rounds, *m_storage), std::int64_t(1000));
        // Version 9 rolled back, and the next transaction gave it to other fields.
        store(*m_storage, roundAt(9, 2000));
        rounds.clear();
        QCOMPARE(budgetOf(rounds, *m_storage), std::int64_t(2000));
    }

    void aRoundThatBreaksItsRulesStaysRefused()
    {
        RoundCache rounds;
        EntityState broken = roundAt(3, 1000);
        broken.fields->set("rule", std::string("borda"));
        store(*m_storage, broken);
        auto tx = m_storage->begin();
        const auto round = rounds.load(*tx, kRound);
        QVERIFY(round);
        const auto& rules = rounds.rulesOf(*round);
        QVERIFY(!rules);
        QCOMPARE(rules.error().field, std::string("rule"));
        QVERIFY(!rounds.rulesOf(*rounds.load(*tx, kRound)));
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<HubStorage> m_storage;
};

QTEST_GUILESS_MAIN(TestRoundCache)
#include "test_round_cache.moc"
