// A new member's first sync of a hub with many problems, against a real balgul-hub (filled with
// `balgul-hub bench-fill`) and real profile stores: the progress counts only grow and reach the
// total, and a pull cancelled mid-way carries on from the last page it wrote, with nothing lost or
// written twice.

#include "sync_fixture.h"

#include "core/demo/demo_generator.h"
#include "core/store/bulk_writer.h"
#include "core/util/progress.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <vector>

using namespace balgul;

namespace {

constexpr int kProblems = 1000;
constexpr int kComments = 3;
constexpr std::int64_t kPage = 100;

/// Records the pull's reports; cancels once `cancelAt` changes were written (never when < 0).
class Recorder final : public core::Progress
{
public:
    explicit Recorder(std::int64_t cancelAt = -1) : m_cancelAt(cancelAt) {}

    void report(std::string_view stage, std::int64_t done, std::int64_t total) override
    {
        std::lock_guard lock(m_mutex);
        if (stage != "pull")
            return;
        reports.emplace_back(done, total);
        if (m_cancelAt >= 0 && done >= m_cancelAt)
            m_cancel = true;
    }
    bool cancelled() const override
    {
        std::lock_guard lock(m_mutex);
        return m_cancel;
    }

    std::vector<std::pair<std::int64_t, std::int64_t>> reports;

private:
    mutable std::mutex m_mutex;
    std::int64_t m_cancelAt;
    bool m_cancel = false;
};

std::int64_t storeCount(core::Store& store, const std::string& sql)
{
    auto st = store.database().prepare(sql);
    return st.step() ? st.int64(0) : -1;
}

std::set<std::string> localProblemIds(core::Store& store)
{
    std::set<std::string> ids;
    auto st = store.database().prepare("SELECT id FROM problems WHERE deleted = 0");
    while (st.step())
        ids.insert(st.text(0));
    return ids;
}

} // namespace

class TestSyncFirstSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void progressCountsGrowAndReachTheTotal();
    void cancelledPullCarriesOnFromTheLastWrittenPage();
    void groupsLeaveTheMapIndexesToTheLast();

private:
    /// A new member's empty profile, signed in.
    std::unique_ptr<test::Client> newMember(const QString& dir);
    std::unique_ptr<core::sync::SyncEngine> engineFor(test::Client& client);
    std::set<std::string> hubProblemIds();

    QTemporaryDir m_hubDir;
    std::unique_ptr<test::HubProcess> m_hub;
    std::int64_t m_changes = 0;
};

void TestSyncFirstSync::initTestCase()
{
    QVERIFY(m_hubDir.isValid());
    m_hub = std::make_unique<test::HubProcess>(m_hubDir.path());
    QCOMPARE(m_hub->adminCommand(QStringLiteral("bench-fill"),
                                 {QStringLiteral("--problems"), QString::number(kProblems)}),
             0);
    QVERIFY2(m_hub->start(), "balgul-hub did not start");
    QVERIFY(m_hub->addUser(QStringLiteral("minji"), QStringLiteral("citizen")));
    QVERIFY(m_hub->addUser(QStringLiteral("jun"), QStringLiteral("citizen")));
    // A few comments by a member on problems of the fill: children after their problems.
    const std::string token = m_hub->login("minji");
    const std::string problem = m_hub->storeQuery("SELECT id FROM entities WHERE seq = 5");
    std::vector<core::sync::Op> ops;
    for (int i = 0; i < kComments; ++i)
        ops.push_back(test::makeOp("op-comment-" + std::to_string(i), "comment",
                                   "c0000000-0000-4000-8000-00000000000" + std::to_string(i), 0,
                                   R"({"problem_id":")" + problem + R"(","text":"저도 봤어요"})"));
    const auto results = m_hub->push(token, ops);
    QCOMPARE(results.size(), std::size_t{kComments});
    for (const auto& r : results)
        QVERIFY(r.status == core::sync::OpStatus::Applied);
    m_changes = test::hubCount(*m_hub, "SELECT count(*) FROM entities");
    QCOMPARE(m_changes, std::int64_t{kProblems + kComments});
}

void TestSyncFirstSync::cleanupTestCase()
{
    if (m_hub)
        QCOMPARE(m_hub->stop(), 0);
}

std::unique_ptr<test::Client> TestSyncFirstSync::newMember(const QString& dir)
{
    auto client = std::make_unique<test::Client>();
    if (!test::makeClient(*client, (dir + QStringLiteral("/balgul.sqlite")).toStdString(), "jun", *m_hub))
        return nullptr;
    return client;
}

std::unique_ptr<core::sync::SyncEngine> TestSyncFirstSync::engineFor(test::Client& client)
{
    auto engine = std::make_unique<core::sync::SyncEngine>(
        *client.store, core::sync::HubEndpoint{test::hubUrl(*m_hub), client.token, true, 30});
    engine->setPullPageSize(static_cast<std::size_t>(kPage));
    return engine;
}

std::set<std::string> TestSyncFirstSync::hubProblemIds()
{
    std::set<std::string> ids;
    for (const auto& row :
         m_hub->storeRows("SELECT id FROM entities WHERE entity = 'problem' AND NOT deleted"))
        ids.insert(row.at(0));
    return ids;
}

void TestSyncFirstSync::progressCountsGrowAndReachTheTotal()
{
    QTemporaryDir dir;
    auto client = newMember(dir.path());
    QVERIFY(client);
    Recorder progress;
    auto engine = engineFor(*client);
    auto report = engine->syncOnce(&progress);
    QVERIFY2(report, report ? "" : report.error().toString().c_str());
    QCOMPARE(report->changesPulled, static_cast<int>(m_changes));
    QCOMPARE(report->pages, static_cast<int>((m_changes + kPage - 1) / kPage));

    // The first report comes with the first page's answer: nothing written yet, the hub's count.
    QVERIFY(progress.reports.size() >= 2);
    QCOMPARE(progress.reports.front(), std::make_pair(std::int64_t{0}, m_changes));
    for (std::size_t i = 1; i < progress.reports.size(); ++i) {
        const auto& [done, total] = progress.reports[i];
        QVERIFY(done >= progress.reports[i - 1].first);
        QVERIFY(total >= progress.reports[i - 1].second);
        QVERIFY(done <= total);
    }
    QCOMPARE(progress.reports.back(), std::make_pair(m_changes, m_changes));

    QCOMPARE(localProblemIds(*client->store), hubProblemIds());
    QCOMPARE(storeCount(*client->store, "SELECT count(*) FROM comments"), std::int64_t{kComments});
    QCOMPARE(client->store->syncValue("cursor"), std::to_string(m_changes));
}

void TestSyncFirstSync::cancelledPullCarriesOnFromTheLastWrittenPage()
{
    QTemporaryDir dir;
    auto client = newMember(dir.path());
    QVERIFY(client);
    {
        // Cancelled once three pages are written: the fetcher has asked for pages beyond them.
        Recorder progress(3 * kPage);
        auto engine = engineFor(*client);
        auto report = engine->syncOnce(&progress);
        QVERIFY(!report);
        QCOMPARE(report.error().code, std::string("cancelled"));
    }
    // Exactly the three pages written, and the cursor after the third: the fill's seqs are 1..1000.
    QCOMPARE(storeCount(*client->store, "SELECT count(*) FROM problems"), std::int64_t{3 * kPage});
    QCOMPARE(client->store->syncValue("cursor"), std::to_string(3 * kPage));
    const std::set<std::string> first = localProblemIds(*client->store);

    // The next sync carries on after the third page: it pulls only what is left.
    Recorder progress;
    auto engine = engineFor(*client);
    auto report = engine->syncOnce(&progress);
    QVERIFY2(report, report ? "" : report.error().toString().c_str());
    QCOMPARE(report->changesPulled, static_cast<int>(m_changes - 3 * kPage));
    QCOMPARE(progress.reports.front(), std::make_pair(std::int64_t{0}, m_changes - 3 * kPage));
    QCOMPARE(progress.reports.back(), std::make_pair(m_changes - 3 * kPage, m_changes - 3 * kPage));

    // Nothing lost, nothing twice.
    const std::set<std::string> all = localProblemIds(*client->store);
    QCOMPARE(all, hubProblemIds());
    QCOMPARE(storeCount(*client->store, "SELECT count(*) FROM problems"), std::int64_t{kProblems});
    QCOMPARE(storeCount(*client->store, "SELECT count(DISTINCT id) FROM problems"), std::int64_t{kProblems});
    QCOMPARE(storeCount(*client->store, "SELECT count(*) FROM comments"), std::int64_t{kComments});
    for (const auto& id : first)
        QVERIFY(all.count(id));
    QCOMPARE(client->store->syncValue("cursor"), std::to_string(m_changes));
}

/// A pull in several groups sorts the map and time indexes once, with its last group: between two
/// groups another connection reads every committed problem without them, and a pull that stopped
/// between two groups (a crash) has them back after the next sync, even one with nothing to pull.
void TestSyncFirstSync::groupsLeaveTheMapIndexesToTheLast()
{
    QTemporaryDir dir;
    auto client = newMember(dir.path());
    QVERIFY(client);
    const std::string path = (dir.path() + QStringLiteral("/balgul.sqlite")).toStdString();
    const auto plainIndexes = [](core::Database& db) {
        auto st =
            db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'problems' "
                       "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'");
        return st.step() ? st.int64(0) : -1;
    };
    QCOMPARE(plainIndexes(client->store->database()), std::int64_t{2});

    /// At each report, what another connection sees of the file.
    struct Seen
    {
        std::int64_t done, problems, indexes, recorded;
    };
    class Reader final : public core::Progress
    {
    public:
        Reader(std::string path, std::function<std::int64_t(core::Database&)> indexes)
            : m_path(std::move(path)), m_indexes(std::move(indexes))
        {}
        void report(std::string_view stage, std::int64_t done, std::int64_t) override
        {
            if (stage != "pull" || done == 0)
                return;
            core::Database db;
            db.openReadOnly(m_path);
            auto count = [&](const char* sql) {
                auto st = db.prepare(sql);
                return st.step() ? st.int64(0) : -1;
            };
            seen.push_back({done, count("SELECT count(*) FROM problems WHERE deleted = 0"), m_indexes(db),
                            count("SELECT count(*) FROM meta WHERE key LIKE 'dropped_index:%'")});
        }
        bool cancelled() const override { return false; }
        std::vector<Seen> seen;

    private:
        std::string m_path;
        std::function<std::int64_t(core::Database&)> m_indexes;
    };

    Reader reader(path, plainIndexes);
    auto engine = engineFor(*client);
    engine->setPullGroupChanges(3 * kPage);
    auto report = engine->syncOnce(&reader);
    QVERIFY2(report, report ? "" : report.error().toString().c_str());
    QCOMPARE(report->changesPulled, static_cast<int>(m_changes));
    // Reports come after each page; a group is committed after its third page. Between groups the
    // committed problems are there to read, the two indexes not (and said to be missing).
    int between = 0;
    for (const Seen& s : reader.seen) {
        if (s.done % (3 * kPage) != 0 || s.done >= m_changes)
            continue;
        ++between;
        QCOMPARE(s.problems, s.done);
        QCOMPARE(s.indexes, std::int64_t{0});
        QCOMPARE(s.recorded, std::int64_t{2});
    }
    QCOMPARE(between, static_cast<int>((m_changes - 1) / (3 * kPage)));
    QCOMPARE(reader.seen.back().done, m_changes);
    QCOMPARE(reader.seen.back().indexes, std::int64_t{2});
    QCOMPARE(reader.seen.back().recorded, std::int64_t{0});
    QCOMPARE(localProblemIds(*client->store), hubProblemIds());
    QCOMPARE(client->store->allPoints(true).size(), std::size_t{kProblems});

    // A pull stopped between two groups leaves them dropped, as any write told that another follows
    // (here 300 problems of this profile's own); the next sync has nothing to pull and makes them.
    {
        auto writer = core::BulkWriter::begin(*client->store);
        QVERIFY(writer);
        for (core::Problem& p : core::generateDemoProblems(3 * kPage, 5)) {
            p.id.clear(); // a new id: the demo's may be the hub's
            auto added = (*writer)->add(p);
            QVERIFY2(added, added ? "" : added.error().toString().c_str());
        }
        (*writer)->leaveIndexesDropped();
        QVERIFY((*writer)->commit());
    }
    QCOMPARE(plainIndexes(client->store->database()), std::int64_t{0});
    auto again = engineFor(*client)->syncOnce();
    QVERIFY2(again, again ? "" : again.error().toString().c_str());
    QCOMPARE(again->changesPulled, 0);
    QCOMPARE(plainIndexes(client->store->database()), std::int64_t{2});
    QCOMPARE(storeCount(*client->store, "SELECT count(*) FROM meta WHERE key LIKE 'dropped_index:%'"),
             std::int64_t{0});
    QCOMPARE(storeCount(*client->store,
                        "SELECT count(*) FROM problems INDEXED BY problems_point WHERE deleted = 0"),
             std::int64_t{kProblems + 3 * kPage});
}

QTEST_GUILESS_MAIN(TestSyncFirstSync)
#include "test_sync_first_sync.moc"
