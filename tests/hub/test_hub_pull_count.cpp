// A pull that asks how much is left (`count=true`) for a first sync's progress bar, and the hub
// filled for benchmarks (`balgul-hub bench-fill`): on SQLite, and on PostgreSQL under hub.postgres.

#include "hub_process.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <set>

using namespace balgul;

namespace {

constexpr int kProblems = 250;

} // namespace

class TestHubPullCount : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void remainingOnlyWhenAsked();
    void remainingCountsWhatFollowsThePage();
    void remainingGrowsWithNewChanges();
    void countTakesTrueOrFalse_data();
    void countTakesTrueOrFalse();
    void filledProblemsAreWhatAPushLeaves();
    void fillRefusesABadCount();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    std::string m_token;
};

void TestHubPullCount::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_hub = std::make_unique<test::HubProcess>(m_dir.path());
    // Filled before it serves, as `balgul-cli bench first-sync` does.
    QByteArray out;
    QCOMPARE(m_hub->adminCommand(QStringLiteral("bench-fill"),
                                 {QStringLiteral("--problems"), QString::number(kProblems)}, {}, &out),
             0);
    QVERIFY2(out.startsWith(QByteArray::number(kProblems) + " problems"), out.constData());
    QVERIFY2(m_hub->start(), "balgul-hub did not start");
    QVERIFY(m_hub->addUser(QStringLiteral("minji"), QStringLiteral("citizen")));
    m_token = m_hub->login("minji");
    QVERIFY(!m_token.empty());
}

void TestHubPullCount::cleanupTestCase()
{
    if (m_hub)
        QCOMPARE(m_hub->stop(), 0);
}

void TestHubPullCount::remainingOnlyWhenAsked()
{
    const auto reply = m_hub->authed(m_token, "GET", "/v1/sync/pull?since=0&limit=100");
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.body.find("\"remaining\"") == std::string::npos, reply.body.substr(0, 200).c_str());
    auto page = core::sync::decodePullPage(reply.body);
    QVERIFY(page);
    QCOMPARE(page->remaining, std::int64_t{-1});
    QCOMPARE(page->changes.size(), std::size_t{100});
}

void TestHubPullCount::remainingCountsWhatFollowsThePage()
{
    struct Case
    {
        std::int64_t since;
        std::size_t changes;
        std::int64_t remaining;
    };
    // The fill's problems took seqs 1..250, one each.
    for (const Case& c : {Case{0, 100, 150}, Case{100, 100, 50}, Case{200, 50, 0}, Case{kProblems, 0, 0}}) {
        const auto reply = m_hub->authed(
            m_token, "GET", "/v1/sync/pull?since=" + std::to_string(c.since) + "&limit=100&count=true");
        QCOMPARE(reply.status, 200);
        auto page = core::sync::decodePullPage(reply.body);
        QVERIFY(page);
        QCOMPARE(page->changes.size(), c.changes);
        QCOMPARE(page->remaining, c.remaining);
        QCOMPARE(page->more, c.remaining > 0);
    }
}

void TestHubPullCount::remainingGrowsWithNewChanges()
{
    // A change made after a pull began comes on top: it follows every page.
    const auto before = core::sync::decodePullPage(
        m_hub->authed(m_token, "GET", "/v1/sync/pull?since=0&limit=10&count=true").body);
    QVERIFY(before);
    const auto results = m_hub->push(
        m_token, {test::makeOp("op-count-1", "problem", test::kProblemA, 0, test::problemFields())});
    QCOMPARE(results.size(), std::size_t{1});
    QVERIFY(results[0].status == core::sync::OpStatus::Applied);
    const auto after = core::sync::decodePullPage(
        m_hub->authed(m_token, "GET", "/v1/sync/pull?since=0&limit=10&count=true").body);
    QVERIFY(after);
    QCOMPARE(after->remaining, before->remaining + 1);
}

void TestHubPullCount::countTakesTrueOrFalse_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    QTest::addRow("true") << QStringLiteral("true") << 200;
    QTest::addRow("false") << QStringLiteral("false") << 200;
    QTest::addRow("1") << QStringLiteral("1") << 400;
    QTest::addRow("yes") << QStringLiteral("yes") << 400;
    QTest::addRow("empty") << QString() << 400;
}

void TestHubPullCount::countTakesTrueOrFalse()
{
    QFETCH(QString, value);
    QFETCH(int, status);
    const auto reply =
        m_hub->authed(m_token, "GET", "/v1/sync/pull?since=0&limit=5&count=" + value.toStdString());
    QCOMPARE(reply.status, status);
    if (status == 400) {
        QCOMPARE(reply.errorCode(), std::string("invalid_field"));
        auto e = core::sync::decodeApiError(reply.body);
        QVERIFY(e);
        QCOMPARE(e->field, std::string("count"));
    }
}

void TestHubPullCount::filledProblemsAreWhatAPushLeaves()
{
    const auto page = m_hub->pull(m_token, 0);
    QCOMPARE(page.changes.size(), std::size_t{kProblems} + 1);
    std::set<std::string> ids;
    for (std::size_t i = 0; i < kProblems; ++i) {
        const auto& c = page.changes[i];
        QCOMPARE(c.entity, std::string("problem"));
        QCOMPARE(c.seq, static_cast<std::int64_t>(i + 1));
        QVERIFY(!c.deleted);
        QVERIFY(c.fields);
        for (const char* name : {"title", "description", "category", "status", "lat", "lon", "created",
                                 "author", "author_id", "owner_id"})
            QVERIFY2(c.fields->has(name), name);
        QCOMPARE(c.fields->getValue<std::string>("author"), std::string("bench-author"));
        QCOMPARE(c.fields->getValue<std::string>("owner_id"), c.fields->getValue<std::string>("author_id"));
        ids.insert(c.id);
    }
    QCOMPARE(ids.size(), std::size_t{kProblems});
    // Their field stamps are a push's: the problems' own seq, one client.
    const std::string stamps = m_hub->storeQuery("SELECT stamps FROM entities WHERE seq = 7");
    QVERIFY2(stamps.find("[7,\"bench-fill\"]") != std::string::npos, stamps.c_str());
}

void TestHubPullCount::fillRefusesABadCount()
{
    const std::string before = m_hub->storeQuery("SELECT count(*) FROM entities");
    for (const QString& count : {QStringLiteral("0"), QStringLiteral("many"), QString()}) {
        QStringList args{QStringLiteral("--problems")};
        if (!count.isEmpty())
            args << count;
        QCOMPARE(m_hub->adminCommand(QStringLiteral("bench-fill"), args), 2);
    }
    QCOMPARE(m_hub->storeQuery("SELECT count(*) FROM entities"), before);
}

QTEST_GUILESS_MAIN(TestHubPullCount)
#include "test_hub_pull_count.moc"
