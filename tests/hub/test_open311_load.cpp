// The Open311 listing under load, each test with a hub of its own: among 1,300 problems it answers
// what filtering every problem by the GeoReport rules answers, its reads never wait for the writer's
// lock (held from outside, on SQLite or PostgreSQL), and pushes complete while many readers list
// and look up requests.

#include "hub_process.h"
#include "open311_problems.h"
#include "open311_reader.h"

#include "core/util/ids.h"
#include "core/util/time.h"

#include <QObject>

#include <algorithm>
#include <atomic>
#include <optional>
#include <set>
#include <thread>
#include <vector>

using namespace balgul;
using test::makeOp;
using namespace test::open311;

namespace {

/// The hub's writer lock taken from outside, as another hub process's push would hold it: SQLite's
/// write lock (BEGIN IMMEDIATE) or, on PostgreSQL, the seq_counter row (FOR UPDATE) in a psql
/// session kept open.
class WriterLock
{
public:
    explicit WriterLock(test::HubProcess& hub) : m_hub(hub)
    {
        if (hub.database().isEmpty()) {
            m_db.open(hub.storePath(), false);
            m_db.exec("BEGIN IMMEDIATE");
            m_held = true;
            return;
        }
        m_psql.start(QStringLiteral("psql"),
                     {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"), QStringLiteral("-v"),
                      QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), hub.database()});
        m_psql.write("BEGIN;\nSELECT last_seq FROM seq_counter FOR UPDATE;\n");
        // Held once PostgreSQL shows the row lock's table lock granted to another session.
        for (int i = 0; i < 200 && !m_held; ++i) {
            m_held = test::psqlQuery(
                         hub.database(),
                         "SELECT count(*) FROM pg_locks WHERE relation = 'seq_counter'::regclass "
                         "AND mode = 'RowShareLock' AND granted AND pid <> pg_backend_pid();\n") == "1";
            if (!m_held)
                QTest::qWait(50);
        }
    }
    ~WriterLock()
    {
        if (m_hub.database().isEmpty()) {
            if (m_held)
                m_db.exec("ROLLBACK");
            return;
        }
        m_psql.write("ROLLBACK;\n");
        m_psql.closeWriteChannel();
        m_psql.waitForFinished(10000);
    }
    WriterLock(const WriterLock&) = delete;
    WriterLock& operator=(const WriterLock&) = delete;

    bool held() const { return m_held; }

private:
    test::HubProcess& m_hub;
    core::Database m_db;
    QProcess m_psql;
    bool m_held = false;
};

} // namespace

class TestOpen311Load : public QObject
{
    Q_OBJECT

private slots:
    // The listing is one query with its filters and limit in SQL: it answers exactly what filtering
    // and sorting every stored problem by the GeoReport rules answers, the cap of 1000 included.
    void listingEqualsFilteringEveryProblem()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("lee"), QStringLiteral("coordinator")));
        const auto token = hub.login("lee");
        QVERIFY(!token.empty());

        struct Seeded
        {
            std::string id;
            std::string category;
            bool closed = false;
            std::optional<core::Timestamp> created;
            std::int64_t seq = 0;
            bool deleted = false;
        };
        const char* categories[] = {"air", "energy", "noise", "traffic"};
        const char* statuses[] = {"new", "confirmed", "in_progress", "resolved", "closed"};
        const auto now = std::chrono::floor<std::chrono::seconds>(core::now());
        std::vector<Seeded> seeded(1300);
        std::vector<core::sync::Op> ops;
        for (std::size_t i = 0; i < seeded.size(); ++i) {
            auto& p = seeded[i];
            p.id = core::newUuid();
            p.category = categories[i % 4];
            const std::string status = statuses[(i / 4) % 5];
            p.closed = status == "resolved" || status == "closed";
            std::string created;
            if (i % 13 != 0) { // every 13th has no creation time
                // Spread over 80 days; every 7th shares its time with the one before.
                const auto t = now - std::chrono::minutes(((i % 7 == 0 ? i - 1 : i) * 887) % (80 * 24 * 60));
                p.created = t;
                created = core::toIso8601(t);
                if (i % 3 == 0) { // the same instant written in Korean time
                    created = core::toIso8601(t + std::chrono::hours(9));
                    created.replace(created.size() - 1, 1, "+09:00");
                }
            }
            ops.push_back(makeOp("seed-" + p.id, "problem", p.id, 0, problem(p.category, status, created)));
        }
        const auto pushAll = [&](std::vector<core::sync::Op>& batch, const std::vector<std::size_t>& which) {
            for (std::size_t from = 0; from < batch.size(); from += 400) {
                const std::vector<core::sync::Op> part(
                    batch.begin() + static_cast<long>(from),
                    batch.begin() + static_cast<long>(std::min(batch.size(), from + 400)));
                const auto results = hub.push(token, part);
                if (results.size() != part.size())
                    return false;
                for (std::size_t k = 0; k < results.size(); ++k) {
                    if (results[k].status != core::sync::OpStatus::Applied)
                        return false;
                    seeded[which[from + k]].seq = results[k].version;
                }
            }
            return true;
        };
        std::vector<std::size_t> all(seeded.size());
        for (std::size_t i = 0; i < all.size(); ++i)
            all[i] = i;
        QVERIFY(pushAll(ops, all));
        // Then some are deleted and some closed, so the index follows changes too.
        ops.clear();
        std::vector<std::size_t> changed;
        for (std::size_t i = 5; i < seeded.size(); i += 17) {
            ops.push_back(makeOp("delete-" + seeded[i].id, "problem", seeded[i].id, seeded[i].seq, "{}",
                                 core::sync::OpKind::Delete));
            seeded[i].deleted = true;
            changed.push_back(i);
        }
        for (std::size_t i = 2; i < seeded.size(); i += 19) {
            if (seeded[i].deleted)
                continue;
            ops.push_back(makeOp("close-" + seeded[i].id, "problem", seeded[i].id, seeded[i].seq,
                                 R"({"status":"closed"})"));
            seeded[i].closed = true;
            changed.push_back(i);
        }
        QVERIFY(pushAll(ops, changed));

        const auto expected = [&](const std::set<std::string>& codes, std::optional<bool> closed,
                                  std::optional<core::Timestamp> start, std::optional<core::Timestamp> end) {
            const bool explicitWindow = start || end;
            core::Timestamp from = core::now() - std::chrono::days(90);
            core::Timestamp to = core::Timestamp::max();
            if (start && end) {
                from = *start;
                to = *end;
            } else if (start) {
                from = *start;
                to = *start + std::chrono::days(90);
            } else if (end) {
                from = *end - std::chrono::days(90);
                to = *end;
            }
            std::vector<const Seeded*> hits;
            for (const auto& p : seeded) {
                if (p.deleted || (!codes.empty() && !codes.contains(p.category)) ||
                    (closed && p.closed != *closed))
                    continue;
                if (p.created ? (*p.created < from || *p.created > to) : explicitWindow)
                    continue;
                hits.push_back(&p);
            }
            std::sort(hits.begin(), hits.end(), [](const Seeded* a, const Seeded* b) {
                if (a->created.has_value() != b->created.has_value())
                    return a->created.has_value();
                if (a->created && *a->created != *b->created)
                    return *a->created > *b->created;
                return a->seq > b->seq;
            });
            QStringList out;
            for (std::size_t i = 0; i < hits.size() && i < 1000; ++i)
                out << QString::fromStdString(hits[i]->id);
            return out;
        };

        const auto at = [&](std::chrono::hours ago) { return now - ago; };
        const auto param = [](core::Timestamp t) { return formEncode(core::toIso8601(t)); };
        using namespace std::chrono_literals;
        struct Case
        {
            std::string query;
            QStringList ids;
        };
        const std::vector<Case> cases = {
            {"", expected({}, std::nullopt, std::nullopt, std::nullopt)},
            {"status=open", expected({}, false, std::nullopt, std::nullopt)},
            {"status=closed", expected({}, true, std::nullopt, std::nullopt)},
            {"status=open,closed", expected({}, std::nullopt, std::nullopt, std::nullopt)},
            {"service_code=air,noise", expected({"air", "noise"}, std::nullopt, std::nullopt, std::nullopt)},
            {"service_code=energy&status=closed", expected({"energy"}, true, std::nullopt, std::nullopt)},
            {"start_date=" + param(at(60 * 24h)) + "&end_date=" + param(at(30 * 24h)),
             expected({}, std::nullopt, at(60 * 24h), at(30 * 24h))},
            {"start_date=" + param(at(50 * 24h)), expected({}, std::nullopt, at(50 * 24h), std::nullopt)},
            {"end_date=" + param(at(10 * 24h)) + "&service_code=traffic&status=open",
             expected({"traffic"}, false, std::nullopt, at(10 * 24h))},
        };
        QVERIFY(cases[0].ids.size() == 1000); // the cap is reached
        for (const auto& c : cases) {
            const auto reply = hub.request("GET", "/open311/v2/requests.json?" + c.query);
            QCOMPARE(reply.status, 200);
            const auto r = parseJson(reply.body);
            QVERIFY2(r.ok, c.query.c_str());
            QVERIFY2(ids(r) == c.ids, qPrintable(QStringLiteral("%1: %2 ids, %3 expected")
                                                     .arg(QString::fromStdString(c.query))
                                                     .arg(ids(r).size())
                                                     .arg(c.ids.size())));
        }
    }

    // Anonymous reads take no part in the push's lock: with the writer lock held from outside (as
    // a long push of another hub process holds it), every Open311 read still answers.
    void readsNeverTakeTheWritersLock()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("mina"), QStringLiteral("citizen")));
        const auto token = hub.login("mina");
        std::vector<core::sync::Op> ops;
        std::string idList;
        for (int i = 0; i < 20; ++i) {
            const std::string id = core::newUuid();
            idList += (i ? "," : "") + id;
            ops.push_back(
                makeOp("o" + id, "problem", id, 0, problem("air", "new", iso(std::chrono::hours(i)))));
        }
        for (const auto& r : hub.push(token, ops))
            QCOMPARE(test::name(r.status), std::string("applied"));
        {
            WriterLock lock(hub);
            QVERIFY2(lock.held(), "could not take the writer lock");
            const auto one = hub.request("GET", "/open311/v2/requests/" + ops[3].id + ".json");
            QCOMPARE(one.status, 200);
            QCOMPARE(parseJson(one.body).values.size(), 1);
            const auto listed = hub.request("GET", "/open311/v2/requests.xml?service_request_id=" + idList);
            QCOMPARE(listed.status, 200);
            QCOMPARE(parseXml(listed.body).values.size(), 20);
            const auto recent = hub.request("GET", "/open311/v2/requests.json?service_code=air");
            QCOMPARE(recent.status, 200);
            QCOMPARE(parseJson(recent.body).values.size(), 20);
        }
        // The hub writes again once the lock is gone.
        const std::string id = core::newUuid();
        QCOMPARE(
            test::name(hub.push(token, {makeOp("after", "problem", id, 0, problem("air", "new", iso({})))})
                           .at(0)
                           .status),
            std::string("applied"));
    }

    // Pushes complete while many anonymous readers list and look up requests at the same time.
    void pushesCompleteWhileManyReadsRun()
    {
        BALGUL_START_HUB(hub, dir, QStringList{QStringLiteral("access_log = ")});
        QVERIFY(hub.addUser(QStringLiteral("mina"), QStringLiteral("citizen")));
        const auto token = hub.login("mina");
        std::string idList;
        std::vector<core::sync::Op> ops;
        for (int i = 0; i < 300; ++i) {
            const std::string id = core::newUuid();
            idList += (i ? "," : "") + id;
            ops.push_back(
                makeOp("seed" + id, "problem", id, 0, problem("noise", "new", iso(std::chrono::hours(i)))));
        }
        QCOMPARE(hub.push(token, ops).size(), ops.size());

        std::atomic<bool> stop{false};
        std::atomic<int> reads{0};
        std::atomic<int> failedReads{0};
        std::vector<std::jthread> readers;
        for (int r = 0; r < 6; ++r)
            readers.emplace_back([&, r] {
                while (!stop) {
                    const auto reply =
                        r % 2 ? hub.request("GET", "/open311/v2/requests.json?service_request_id=" + idList)
                              : hub.request("GET", "/open311/v2/requests.xml");
                    ++(reply.status == 200 ? reads : failedReads);
                }
            });
        int applied = 0;
        for (int round = 0; round < 30; ++round) {
            std::vector<core::sync::Op> batch;
            for (int i = 0; i < 20; ++i) {
                const std::string id = core::newUuid();
                batch.push_back(makeOp("p" + id, "problem", id, 0, problem("air", "new", iso({}))));
            }
            for (const auto& result : hub.push(token, batch))
                applied += result.status == core::sync::OpStatus::Applied ? 1 : 0;
        }
        stop = true;
        readers.clear();
        QCOMPARE(applied, 600);
        QCOMPARE(failedReads.load(), 0);
        QVERIFY(reads.load() > 0);
    }
};

QTEST_GUILESS_MAIN(TestOpen311Load)
#include "test_open311_load.moc"
