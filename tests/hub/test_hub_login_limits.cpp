// Login limits against a real balgul-hub: clients counted by the address the operator's proxy
// reports, counters shared by every hub process on one store, a growing delay per account instead
// of a lock-out, and counters that never outlive the login window.

#include "hub_process.h"

#include <QFile>
#include <QObject>
#include <QProcess>

#include <chrono>
#include <string>
#include <thread>

using namespace balgul;

namespace {

/// A login attempt as a client behind a proxy: `forwardedFor` is the X-Forwarded-For header
/// ("" for none).
test::HttpReply attempt(test::HubProcess& hub, const std::string& login, const std::string& password,
                        const std::string& forwardedFor = {})
{
    std::map<std::string, std::string> headers;
    if (!forwardedFor.empty())
        headers["X-Forwarded-For"] = forwardedFor;
    return hub.request("POST", "/v1/auth/login",
                       R"({"login":")" + login + R"(","password":")" + password + R"("})", headers);
}

int retryAfter(const test::HttpReply& reply)
{
    const auto it = reply.headers.find("Retry-After");
    return it == reply.headers.end() ? -1 : std::stoi(it->second);
}

} // namespace

class TestHubLoginLimits : public QObject
{
    Q_OBJECT

private slots:
    void forwardedClientsAreCountedApart()
    {
        BALGUL_START_HUB(hub, dir,
                         {QStringLiteral("trusted_proxies = 127.0.0.1, 10.0.0.0/8"),
                          QStringLiteral("login_attempts_per_address = 3"),
                          QStringLiteral("login_attempts_per_login = 100")});
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        // Resident A guesses three unknown logins: the fourth attempt from A is refused.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(attempt(hub, "ghost" + std::to_string(i), "guess guess", "203.0.113.5").status, 401);
        const auto limited = attempt(hub, "ghost9", "guess guess", "203.0.113.5");
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), std::string("rate_limited"));
        QVERIFY(retryAfter(limited) >= 1 && retryAfter(limited) <= 60);
        // Addresses A writes in front of the real one do not make it someone else: the right-most
        // untrusted address is the client.
        QCOMPARE(attempt(hub, "ghost9", "guess guess", "198.51.100.200, 203.0.113.5").status, 429);
        QCOMPARE(attempt(hub, "ghost9", "guess guess", "198.51.100.200, 203.0.113.5, 10.1.2.3").status, 429);

        // Resident B, behind the same proxy, is not limited by A.
        QCOMPARE(attempt(hub, "ghost9", "guess guess", "198.51.100.7").status, 401);
        const auto b = attempt(hub, "alice", "correct horse", "198.51.100.7, 10.0.0.1");
        QCOMPARE(b.status, 200);
        // Without the header the proxy itself is the client.
        QCOMPARE(attempt(hub, "alice", "correct horse").status, 200);
    }

    void untrustedPeerCannotChooseItsAddress()
    {
        BALGUL_START_HUB(hub, dir,
                         {QStringLiteral("trusted_proxies = 10.0.0.0/8"),
                          QStringLiteral("login_attempts_per_address = 3"),
                          QStringLiteral("login_attempts_per_login = 100")});
        for (int i = 0; i < 3; ++i)
            QCOMPARE(
                attempt(hub, "ghost" + std::to_string(i), "guess guess", "203.0.113." + std::to_string(i))
                    .status,
                401);
        // 127.0.0.1 is no trusted proxy: its header is ignored and every attempt is its own.
        const auto limited = attempt(hub, "ghost9", "guess guess", "198.51.100.7");
        QCOMPARE(limited.status, 429);
        QVERIFY(retryAfter(limited) >= 1);
    }

    void badTrustedProxiesAreRefused_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addRow("not an address") << QStringLiteral("trusted_proxies = proxy.example");
        QTest::addRow("prefix too long") << QStringLiteral("trusted_proxies = 10.0.0.0/33");
        QTest::addRow("prefix not a number") << QStringLiteral("trusted_proxies = 10.0.0.0/x");
        QTest::addRow("empty item") << QStringLiteral("trusted_proxies = 127.0.0.1,,::1");
    }

    void badTrustedProxiesAreRefused()
    {
        QFETCH(QString, line);
        QTemporaryDir dir;
        QFile config(dir.filePath(QStringLiteral("hub.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("# the proxies in front of the hub\n" + line.toUtf8() + "\n");
        config.close();
        QProcess hub;
        hub.start(test::hubBinary(),
                  {QStringLiteral("serve"), QStringLiteral("--config"), config.fileName(),
                   QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(hub.waitForFinished(30000));
        QCOMPARE(hub.exitCode(), 2);
        const QByteArray error = hub.readAllStandardError();
        QVERIFY2(error.contains("hub.conf:2") && error.contains("trusted_proxies"), error.constData());
    }

    void processesShareTheCounters()
    {
        const QStringList config = {QStringLiteral("trusted_proxies = 127.0.0.1"),
                                    QStringLiteral("login_attempts_per_address = 4"),
                                    QStringLiteral("login_attempts_per_login = 2")};
        BALGUL_START_HUB(first, dir, config);
        test::HubProcess second(dir.path(), config); // the same store (and PostgreSQL schema)
        QVERIFY2(second.start(), "the second balgul-hub did not start");
        QVERIFY(first.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));

        // Two wrong passwords on one process delay alice's next attempt on the other.
        QCOMPARE(attempt(first, "alice", "guess guess", "203.0.113.5").status, 401);
        QCOMPARE(attempt(first, "alice", "guess guess", "203.0.113.5").status, 401);
        auto delayed = attempt(second, "alice", "guess again", "203.0.113.5");
        if (delayed.status == 401) // the first second's delay passed already; the next one is longer
            delayed = attempt(second, "alice", "guess again", "203.0.113.5");
        QCOMPARE(delayed.status, 429);
        QVERIFY(retryAfter(delayed) >= 1);

        // Four attempts from one address in all, whichever process takes them.
        QCOMPARE(attempt(second, "ghost1", "guess guess", "198.51.100.7").status, 401);
        QCOMPARE(attempt(first, "ghost2", "guess guess", "198.51.100.7").status, 401);
        QCOMPARE(attempt(second, "ghost3", "guess guess", "198.51.100.7").status, 401);
        QCOMPARE(attempt(first, "ghost4", "guess guess", "198.51.100.7").status, 401);
        const auto limited = attempt(second, "ghost5", "guess guess", "198.51.100.7");
        QCOMPARE(limited.status, 429);
        QCOMPARE(attempt(first, "ghost6", "guess guess", "198.51.100.7").status, 429);
        QCOMPARE(second.stop(), 0);
    }

    void wrongPasswordsDelayButNeverLockOut()
    {
        BALGUL_START_HUB(
            hub, dir,
            {QStringLiteral("login_attempts_per_login = 3"), QStringLiteral("login_delay_max_seconds = 2")});
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        // Someone sends ten wrong passwords at once: three are checked, the rest wait.
        int checked = 0;
        int delayed = 0;
        for (int i = 0; i < 10; ++i) {
            const auto reply = attempt(hub, "alice", "guess " + std::to_string(i));
            if (reply.status == 401)
                ++checked;
            if (reply.status == 429) {
                ++delayed;
                QCOMPARE(reply.errorCode(), std::string("rate_limited"));
                QVERIFY2(retryAfter(reply) >= 1 && retryAfter(reply) <= 2,
                         std::to_string(retryAfter(reply)).c_str());
            }
        }
        QCOMPARE(checked + delayed, 10);
        QVERIFY(checked >= 3);

        // Alice's correct password inside the delay is refused too, with the wait…
        const auto refused = attempt(hub, "alice", "correct horse");
        if (refused.status == 429) {
            const int wait = retryAfter(refused);
            QVERIFY2(wait >= 1 && wait <= 2, std::to_string(wait).c_str());
            // …and taken once the wait is over.
            std::this_thread::sleep_for(std::chrono::seconds(wait));
            QCOMPARE(attempt(hub, "alice", "correct horse").status, 200);
        } else {
            QCOMPARE(refused.status, 200);
        }
        // A success clears the account's counter.
        QCOMPARE(hub.storeQuery("SELECT count(*) FROM login_counters WHERE key LIKE 'l:%'"),
                 std::string("0"));
    }

    void delayGrowsUpToTheCap()
    {
        BALGUL_START_HUB(
            hub, dir,
            {QStringLiteral("login_attempts_per_login = 2"), QStringLiteral("login_delay_max_seconds = 10")});
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto delayMs = [&] {
            return hub.storeQuery(
                "SELECT next_allowed - window_start FROM login_counters WHERE key = 'l:alice'");
        };
        QCOMPARE(attempt(hub, "alice", "guess guess").status, 401);
        QCOMPARE(hub.storeQuery("SELECT next_allowed FROM login_counters WHERE key = 'l:alice'"),
                 std::string("0"));                                 // no delay yet
        QCOMPARE(attempt(hub, "ALICE", "guess guess").status, 401); // logins are case-insensitive
        // Each further attempt waits twice as long as the one before, up to the cap. Here the wait
        // is made to pass by moving the counter's time back rather than by sleeping.
        for (const char* expected : {"1000", "2000", "4000", "8000", "10000", "10000"}) {
            QCOMPARE(delayMs(), std::string(expected));
            QCOMPARE(attempt(hub, "alice", "correct horse").status, 429);
            hub.storeQuery("UPDATE login_counters SET next_allowed = 0 WHERE key = 'l:alice'");
            QCOMPARE(attempt(hub, "alice", "guess again").status, 401);
        }
    }

    void countersDoNotOutliveTheWindow()
    {
        BALGUL_START_HUB(hub, dir, {QStringLiteral("trusted_proxies = 127.0.0.1")});
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        QCOMPARE(attempt(hub, "alice", "guess guess", "203.0.113.5").status, 401);
        QCOMPARE(attempt(hub, "nobody", "guess guess", "203.0.113.6").status, 401);
        QCOMPARE(hub.storeQuery("SELECT count(*) FROM login_counters"), std::string("4"));
        // The store keeps only counts of addresses and logins, no passwords.
        QCOMPARE(hub.storeQuery("SELECT count(*) FROM login_counters WHERE key LIKE '%guess%'"),
                 std::string("0"));

        // A minute later (the window moved back by an hour) they are gone at the next attempt.
        hub.storeQuery("UPDATE login_counters SET window_start = window_start - 3600000");
        QCOMPARE(attempt(hub, "alice", "correct horse", "198.51.100.7").status, 200);
        const auto keys = hub.storeRows("SELECT key FROM login_counters ORDER BY key");
        QCOMPARE(keys.size(), std::size_t(1));
        QCOMPARE(keys[0][0], std::string("a:198.51.100.7"));
    }
};

QTEST_GUILESS_MAIN(TestHubLoginLimits)
#include "test_hub_login_limits.moc"
