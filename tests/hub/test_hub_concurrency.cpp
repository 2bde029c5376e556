// Many clients at once on one real balgul-hub: 50 threads, each with its own account and its own
// keep-alive connection, push and pull at the same time. No puller may miss a change (the "no
// gaps" rule of the protocol), no op may be applied twice, and no two changes may share a version.
//
// The load runs until every client made kMaxRounds pushes or BALGUL_HUB_CONCURRENCY_SECONDS
// (default 20) passed, whichever comes first.

#include "hub_process.h"
#include "raw_socket.h"

#include "core/store/store.h"
#include "core/sync/hub_client.h"
#include "core/sync/sync_engine.h"
#include "core/util/ids.h"

#include <QObject>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <set>
#include <thread>

using namespace balgul;
using core::sync::OpStatus;

namespace {

constexpr int kClients = 50;
constexpr int kMaxRounds = 40;
constexpr int kResendEvery = 7; ///< every n-th round the previous batch is sent again

using Clock = std::chrono::steady_clock;

/// What one client saw and did.
struct ClientLog
{
    std::string token;
    std::vector<std::string> errors;
    std::map<std::int64_t, std::string> applied; ///< version → "entity:id" of each applied op
    std::set<std::string> opIds;                 ///< acknowledged ops
    std::vector<std::int64_t> pulledSeqs;        ///< in the order pulled
    std::map<std::string, std::int64_t> view;    ///< "entity:id" → latest version pulled
    std::int64_t cursor = 0;
    int pushes = 0;
};

class Client
{
public:
    Client(int index, int port, ClientLog& log)
        : m_index(index), m_log(log),
          m_hub(core::sync::HubEndpoint{"http://127.0.0.1:" + std::to_string(port), log.token, false, 60})
    {}

    void run(Clock::time_point deadline, std::atomic<int>& pushesDone)
    {
        std::vector<core::sync::Op> previous;
        std::vector<core::sync::PushResult> previousResults;
        for (int round = 0; round < kMaxRounds && Clock::now() < deadline; ++round) {
            if (round > 0 && round % kResendEvery == 0 && !previous.empty()) {
                resend(previous, previousResults);
            } else {
                previous = batch(round);
                previousResults = push(previous);
            }
            ++pushesDone;
            pullAll();
            if (!m_log.errors.empty())
                return;
        }
    }

    void pullAll()
    {
        for (int page = 0; page < 100000; ++page) {
            auto answer = m_hub.send("GET", "/v1/sync/pull?since=" + std::to_string(m_log.cursor));
            if (!answer || answer->status != 200) {
                fail("pull failed: " +
                     (answer ? std::to_string(answer->status) + " " + answer->body : answer.error().message));
                return;
            }
            auto decoded = core::sync::decodePullPage(answer->body);
            if (!decoded) {
                fail("pull page does not decode: " + decoded.error().message);
                return;
            }
            for (const auto& change : decoded->changes) {
                if (change.seq <= m_log.cursor ||
                    (!m_log.pulledSeqs.empty() && change.seq <= m_log.pulledSeqs.back()))
                    fail("seq " + std::to_string(change.seq) + " after " + std::to_string(m_log.cursor));
                m_log.pulledSeqs.push_back(change.seq);
                m_log.view[change.entity + ":" + change.id] = change.version;
                if (change.entity == "problem" && !change.deleted && change.fields &&
                    change.fields->has("owner_id"))
                    m_foreignProblem = change.id;
            }
            if (decoded->next < m_log.cursor)
                fail("the cursor went back");
            m_log.cursor = decoded->next;
            if (!decoded->more)
                return;
        }
    }

private:
    void fail(const std::string& message)
    {
        m_log.errors.push_back("client " + std::to_string(m_index) + ": " + message);
    }

    std::vector<core::sync::Op> batch(int round)
    {
        std::vector<core::sync::Op> ops;
        const std::string title = "c" + std::to_string(m_index) + " r" + std::to_string(round);
        // A new problem every round, an edit of an older one, and a comment on whatever problem
        // was pulled last (often someone else's).
        ops.push_back(
            test::makeOp(core::newUuidV7(), "problem", core::newUuid(), 0, test::problemFields(title)));
        if (!m_mine.empty()) {
            auto& [id, version] = *std::next(m_mine.begin(), round % static_cast<int>(m_mine.size()));
            ops.push_back(test::makeOp(core::newUuidV7(), "problem", id, version,
                                       R"({"title":")" + title + R"( edited"})"));
        }
        if (!m_foreignProblem.empty())
            ops.push_back(
                test::makeOp(core::newUuidV7(), "comment", core::newUuid(), 0,
                             R"({"problem_id":")" + m_foreignProblem + R"(","text":")" + title + "\"}"));
        return ops;
    }

    std::vector<core::sync::PushResult> send(const std::vector<core::sync::Op>& ops)
    {
        const std::string clientId = "client-" + std::to_string(m_index);
        auto answer =
            m_hub.send("POST", "/v1/sync/push", core::sync::encode(core::sync::PushRequest{clientId, ops}));
        if (!answer || answer->status != 200) {
            fail("push failed: " +
                 (answer ? std::to_string(answer->status) + " " + answer->body : answer.error().message));
            return {};
        }
        auto decoded = core::sync::decodePushResponse(answer->body);
        if (!decoded || decoded->results.size() != ops.size()) {
            fail("push answer does not match the batch");
            return {};
        }
        ++m_log.pushes;
        return decoded->results;
    }

    std::vector<core::sync::PushResult> push(const std::vector<core::sync::Op>& ops)
    {
        auto results = send(ops);
        for (std::size_t i = 0; i < results.size(); ++i) {
            const auto& op = ops[i];
            const auto& r = results[i];
            if (r.status != OpStatus::Applied || r.opId != op.opId) {
                fail("op " + op.entity + " not applied: " + std::string(core::sync::toString(r.status)) +
                     " " + r.code + " " + r.message);
                continue;
            }
            const std::string key = op.entity + ":" + op.id;
            if (!m_log.applied.emplace(r.version, key).second)
                fail("version " + std::to_string(r.version) + " given twice");
            m_log.opIds.insert(op.opId);
            if (op.entity == "problem")
                m_mine[op.id] = r.version;
        }
        return results;
    }

    void resend(const std::vector<core::sync::Op>& ops, const std::vector<core::sync::PushResult>& before)
    {
        const auto results = send(ops);
        for (std::size_t i = 0; i < results.size() && i < before.size(); ++i)
            if (!results[i].replayed || results[i].status != before[i].status ||
                results[i].version != before[i].version)
                fail("a repeated op was not answered as it was the first time");
    }

    int m_index;
    ClientLog& m_log;
    core::sync::HubClient m_hub;
    std::map<std::string, std::int64_t> m_mine; ///< own problems → latest version
    std::string m_foreignProblem;
};

int loadSeconds()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("BALGUL_HUB_CONCURRENCY_SECONDS", &ok);
    return ok && seconds > 0 ? seconds : 20;
}

} // namespace

class TestHubConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void manyClientsPushAndPull()
    {
        BALGUL_START_HUB(hub, dir,
                         QStringList{QStringLiteral("open_registration = true"),
                                     QStringLiteral("max_threads = 64"), QStringLiteral("max_queued = 512"),
                                     QStringLiteral("login_attempts_per_address = 100000"),
                                     QStringLiteral("access_log = ")});
        std::vector<ClientLog> logs(kClients);
        for (int i = 0; i < kClients; ++i) {
            const std::string login = "resident" + std::to_string(i);
            const auto reply = hub.request("POST", "/v1/auth/register",
                                           R"({"login":")" + login + R"(","password":"correct horse"})");
            QCOMPARE(reply.status, 201);
            logs[static_cast<std::size_t>(i)].token = hub.login(login);
            QVERIFY(!logs[static_cast<std::size_t>(i)].token.empty());
        }

        const auto started = Clock::now();
        const auto deadline = started + std::chrono::seconds(loadSeconds());
        std::atomic<int> pushesDone{0};
        std::vector<std::unique_ptr<Client>> clients;
        for (int i = 0; i < kClients; ++i)
            clients.push_back(std::make_unique<Client>(i, hub.port(), logs[static_cast<std::size_t>(i)]));
        {
            std::vector<std::jthread> threads;
            for (auto& client : clients)
                threads.emplace_back([&client, deadline, &pushesDone] { client->run(deadline, pushesDone); });
        }
        // Every push is acknowledged: one last pull brings every client to the end.
        for (auto& client : clients)
            client->pullAll();
        const double seconds = std::chrono::duration<double>(Clock::now() - started).count();

        std::map<std::int64_t, std::string> applied;
        std::set<std::string> opIds;
        int pushes = 0;
        for (const auto& log : logs) {
            for (const auto& e : log.errors)
                qWarning() << e.c_str();
            QVERIFY(log.errors.empty());
            for (const auto& [version, key] : log.applied)
                QVERIFY2(applied.emplace(version, key).second, "two clients got the same version");
            opIds.insert(log.opIds.begin(), log.opIds.end());
            pushes += log.pushes;
        }
        qInfo("%d clients, %d pushes, %zu ops in %.1f s", kClients, pushes, opIds.size(), seconds);
        QVERIFY(pushes >= kClients); // the load really ran

        // Ops applied once: the hub recorded exactly the acknowledged ops, and every seq it handed
        // out went to exactly one acknowledged op.
        QCOMPARE(hub.storeQuery("SELECT count(*) FROM ops"), std::to_string(opIds.size()));
        const std::int64_t last = std::stoll(hub.storeQuery("SELECT max(seq) FROM entities"));
        QCOMPARE(static_cast<std::size_t>(last), applied.size());
        QCOMPARE(applied.begin()->first, std::int64_t(1));
        QCOMPARE(applied.rbegin()->first, last);

        std::map<std::string, std::int64_t> hubView;
        for (const auto& row : hub.storeRows("SELECT entity, id, seq FROM entities"))
            hubView[row.at(0) + ":" + row.at(1)] = std::stoll(row.at(2));

        for (std::size_t c = 0; c < logs.size(); ++c) {
            const auto& log = logs[c];
            QCOMPARE(log.cursor, last);
            QCOMPARE(log.pulledSeqs.back(), last);
            // No gaps: a seq a puller never saw belongs to an entity it saw later, at a newer version.
            const std::set<std::int64_t> seen(log.pulledSeqs.begin(), log.pulledSeqs.end());
            QCOMPARE(seen.size(), log.pulledSeqs.size());
            for (const auto& [version, key] : applied) {
                if (seen.count(version))
                    continue;
                const auto it = log.view.find(key);
                if (it == log.view.end() || it->second <= version)
                    QFAIL(qPrintable(QStringLiteral("client %1 missed %2 at seq %3")
                                         .arg(c)
                                         .arg(QString::fromStdString(key))
                                         .arg(version)));
            }
            QVERIFY2(log.view == hubView, "a client's view differs from the hub's");
        }
        QCOMPARE(hub.stop(), 0);
    }

    // Idle connections and slow-loris heads take no request thread: a real client's sync takes
    // about its normal time while 100 idle connections and 20 trickling heads are held open
    // (operating-the-hub.md, "Connections and timeouts"). They come from other loopback addresses
    // than the client, so the per-address cap does not refuse the client itself.
    void idleAndSlowClientsDoNotHoldTheHub()
    {
        BALGUL_START_HUB(hub, dir, QStringList{QStringLiteral("access_log = ")});
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        QVERIFY(!token.empty());
        QTemporaryDir clientDir;
        core::StoreOptions options;
        options.userName = "alice";
        auto store = core::Store::open(clientDir.path().toStdString() + "/balgul.sqlite", options);
        QVERIFY(store);
        int round = 0;
        // One sync of 200 new problems, pushed and pulled back, on a new connection as a client
        // that starts a sync opens one. Seconds, or -1 when it failed.
        const auto syncRound = [&]() -> double {
            std::vector<core::Problem> problems(200);
            for (std::size_t i = 0; i < problems.size(); ++i) {
                auto& p = problems[i];
                p.title = "Round " + std::to_string(round) + " problem " + std::to_string(i);
                p.category = "air";
                p.lat = 36.35 + 0.0001 * static_cast<double>(i);
                p.lon = 127.38;
                p.author = "alice";
            }
            ++round;
            if (!(*store)->insertProblems(problems, true))
                return -1;
            const auto started = Clock::now();
            core::sync::SyncEngine engine(
                **store,
                core::sync::HubEndpoint{"http://127.0.0.1:" + std::to_string(hub.port()), token, false, 60});
            const auto report = engine.syncOnce();
            const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
            if (!report) {
                qWarning() << "sync failed:" << report.error().message.c_str();
                return -1;
            }
            return report->applied == 200 ? seconds : -1;
        };
        const auto median = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return v[v.size() / 2];
        };
        std::vector<double> normal;
        for (int i = 0; i < 3; ++i)
            normal.push_back(syncRound());
        QVERIFY(*std::min_element(normal.begin(), normal.end()) > 0);

        std::vector<std::unique_ptr<test::RawConnection>> idle;
        const char* sources[] = {"127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5"};
        for (int i = 0; i < 100; ++i) {
            idle.push_back(std::make_unique<test::RawConnection>(hub.port(), sources[i % 4]));
            QVERIFY2(idle.back()->isOpen(), "could not open an idle connection");
        }
        std::vector<std::unique_ptr<test::RawConnection>> slow;
        for (int i = 0; i < 20; ++i) {
            slow.push_back(std::make_unique<test::RawConnection>(hub.port(), "127.0.0.6"));
            QVERIFY(slow.back()->isOpen());
            slow.back()->write("GET /v1/info HTTP/1.1\r\nX-Slow: ");
        }
        std::atomic<bool> stop{false};
        std::jthread trickle([&] {
            while (!stop) {
                for (auto& c : slow)
                    c->write("a");
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
            }
        });

        std::vector<double> loaded;
        for (int i = 0; i < 3; ++i)
            loaded.push_back(syncRound());
        stop = true;
        trickle.join();
        int stillOpen = 0;
        for (auto& c : idle)
            stillOpen += c->closedByHub() ? 0 : 1;
        qInfo("sync: %.3f s normally, %.3f s with %d of 100 idle connections still open", median(normal),
              median(loaded), stillOpen);
        QVERIFY(*std::min_element(loaded.begin(), loaded.end()) > 0);
        QVERIFY2(stillOpen >= 90, "the idle connections were not held during the sync");
        QVERIFY2(median(loaded) <= 5 * median(normal), "idle and slow connections held the client up");
    }

    // Past max_connections_per_address an address's new connection is answered 429 at once, while
    // other addresses are served.
    void connectionsPerAddressAreCapped()
    {
        BALGUL_START_HUB(hub, dir, QStringList{QStringLiteral("max_connections_per_address = 4")});
        std::vector<std::unique_ptr<test::RawConnection>> held;
        for (int i = 0; i < 4; ++i) {
            held.push_back(std::make_unique<test::RawConnection>(hub.port(), "127.0.0.7"));
            QVERIFY(held.back()->isOpen());
        }
        test::RawConnection fifth(hub.port(), "127.0.0.7");
        QVERIFY(fifth.isOpen());
        auto refused = test::parseRawReply(fifth.readAll(std::chrono::seconds(10)));
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.headers["retry-after"], std::string("1"));
        const test::HttpReply decoded{refused.status, refused.body, {}};
        QCOMPARE(decoded.errorCode(), std::string("too_many_connections"));
        QCOMPARE(hub.request("GET", "/v1/info").status, 200); // another address
        for (const auto& c : held)
            QVERIFY(!c->closedByHub());
    }
};

QTEST_GUILESS_MAIN(TestHubConcurrency)
#include "test_hub_concurrency.moc"
