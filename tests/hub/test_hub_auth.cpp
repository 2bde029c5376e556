// Users, logins and tokens against a real balgul-hub.

#include "hub_process.h"

#include "core/util/time.h"

#include <QObject>
#include <QRegularExpression>

#include <algorithm>

#include <thread>

using namespace balgul;

class TestHubAuth : public QObject
{
    Q_OBJECT

private slots:
    void userAddAndLogin()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("coordinator")));
        QVERIFY(
            !hub.addUser(QStringLiteral("Alice"), QStringLiteral("citizen"))); // logins are case-insensitive

        const auto reply =
            hub.request("POST", "/v1/auth/login", "{\"login\":\"alice\",\"password\":\"correct horse\"}");
        QCOMPARE(reply.status, 200);
        auto body = core::sync::parseObject(reply.body);
        QVERIFY(body.ok());
        const std::string token = (*body)->getValue<std::string>("token");
        QCOMPARE(token.size(), std::size_t(64));
        QCOMPARE((*body)->getValue<std::string>("role"), std::string("coordinator"));
        QVERIFY(core::parseIso8601((*body)->getValue<std::string>("expires")) > core::now());
        QCOMPARE(hub.authed(token, "GET", "/v1/sync/pull").status, 200);

        // The store keeps only the token's hash.
        QCOMPARE(hub.storeQuery("SELECT count(*) FROM tokens"), std::string("1"));
        QCOMPARE(hub.storeQuery("SELECT count(*) FROM tokens WHERE hash = '" + token + "'"),
                 std::string("0"));

        QByteArray listing;
        QCOMPARE(hub.userCommand({QStringLiteral("list")}, {}, &listing), 0);
        QVERIFY(listing.contains("alice\tcoordinator"));
    }

    void wrongCredentials_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addRow("wrong password")
            << QByteArray("{\"login\":\"alice\",\"password\":\"wrong horse\"}") << 401;
        QTest::addRow("unknown login")
            << QByteArray("{\"login\":\"mallory\",\"password\":\"correct horse\"}") << 401;
        QTest::addRow("SQL in the login")
            << QByteArray("{\"login\":\"alice' OR '1'='1\",\"password\":\"x' OR 1=1 --\"}") << 401;
        QTest::addRow("password not a string")
            << QByteArray("{\"login\":\"alice\",\"password\":12345678}") << 400;
        QTest::addRow("no password") << QByteArray("{\"login\":\"alice\"}") << 400;
    }

    void wrongCredentials()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto reply = hub.request("POST", "/v1/auth/login", body.toStdString());
        QCOMPARE(reply.status, status);
        QVERIFY(reply.isJsonError());
        QVERIFY(reply.body.find("token") == std::string::npos);
    }

    void badTokens_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addRow("none") << QStringLiteral("none");
        QTest::addRow("forged") << QStringLiteral("forged");
        QTest::addRow("SQL") << QStringLiteral("sql");
        QTest::addRow("expired") << QStringLiteral("expired");
        QTest::addRow("upper case copy") << QStringLiteral("upper");
    }

    void badTokens()
    {
        QFETCH(QString, kind);
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        std::string token = hub.login("alice");
        QVERIFY(!token.empty());
        std::map<std::string, std::string> headers;
        if (kind == QStringLiteral("forged"))
            token = std::string(64, 'a');
        else if (kind == QStringLiteral("sql"))
            token = "' OR 1=1 --";
        else if (kind == QStringLiteral("upper"))
            std::transform(token.begin(), token.end(), token.begin(),
                           [](char c) { return char(std::toupper(c)); });
        else if (kind == QStringLiteral("expired")) {
            hub.storeQuery("UPDATE tokens SET expires = 0");
        }
        if (kind != QStringLiteral("none"))
            headers["Authorization"] = "Bearer " + token;
        const auto reply = hub.request("GET", "/v1/sync/pull", {}, headers);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), std::string("unauthorized"));
        QCOMPARE(reply.headers.at("WWW-Authenticate"), std::string("Bearer"));
    }

    void loginIsRateLimited()
    {
        BALGUL_START_HUB(hub, dir, {QStringLiteral("login_attempts_per_login = 3")});
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(
                hub.request("POST", "/v1/auth/login", "{\"login\":\"alice\",\"password\":\"guess guess\"}")
                    .status,
                401);
        const auto limited =
            hub.request("POST", "/v1/auth/login", "{\"login\":\"alice\",\"password\":\"correct horse\"}");
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), std::string("rate_limited"));
        QVERIFY(std::stoi(limited.headers.at("Retry-After")) >= 1);
    }

    void registration_data()
    {
        QTest::addColumn<bool>("open");
        QTest::addRow("closed") << false;
        QTest::addRow("open") << true;
    }

    void registration()
    {
        QFETCH(bool, open);
        BALGUL_START_HUB(hub, dir, {open ? QStringLiteral("open_registration = true") : QString()});
        const auto reply =
            hub.request("POST", "/v1/auth/register",
                        "{\"login\":\"dana\",\"password\":\"long enough\",\"display_name\":\"다나\"}");
        if (!open) {
            QCOMPARE(reply.status, 403);
            QCOMPARE(reply.errorCode(), std::string("registration_closed"));
            QVERIFY(hub.login("dana", "long enough").empty());
            return;
        }
        QCOMPARE(reply.status, 201);
        QVERIFY(!hub.login("dana", "long enough").empty());
        const auto again =
            hub.request("POST", "/v1/auth/register", "{\"login\":\"DANA\",\"password\":\"long enough\"}");
        QCOMPARE(again.status, 409);
        const auto shortPassword =
            hub.request("POST", "/v1/auth/register", "{\"login\":\"eve\",\"password\":\"short\"}");
        QCOMPARE(shortPassword.status, 400);
        QCOMPARE(shortPassword.errorCode(), std::string("invalid_field"));
    }

    void invites_data()
    {
        QTest::addColumn<bool>("open");
        QTest::addRow("closed hub") << false;
        QTest::addRow("open hub") << true;
    }

    void invites()
    {
        QFETCH(bool, open);
        BALGUL_START_HUB(hub, dir, {open ? QStringLiteral("open_registration = true") : QString()});
        QByteArray code;
        QCOMPARE(
            hub.adminCommand(QStringLiteral("invite"),
                             {QStringLiteral("create"), QStringLiteral("--role"),
                              QStringLiteral("coordinator"), QStringLiteral("--uses"), QStringLiteral("2"),
                              QStringLiteral("--note"), QStringLiteral("동구 발굴단")},
                             {}, &code),
            0);
        code = code.trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$"))
                     .match(QString::fromLatin1(code))
                     .hasMatch(),
                 code.constData());
        // Only the code's hash is stored.
        QCOMPARE(hub.storeQuery("SELECT count(*) FROM invites WHERE code_hash LIKE '%" +
                                code.left(4).toStdString() + "%'"),
                 std::string("0"));

        auto registerWith = [&](const std::string& login, const std::string& invite) {
            return hub.request("POST", "/v1/auth/register",
                               R"({"login":")" + login + R"(","password":"long enough","invite":")" + invite +
                                   R"("})");
        };
        // Case, dashes and look-alike letters do not matter.
        std::string typed = code.toLower().toStdString();
        typed.erase(std::remove(typed.begin(), typed.end(), '-'), typed.end());
        auto first = registerWith("mina", typed);
        QCOMPARE(first.status, 201);
        QVERIFY(first.body.find("\"role\":\"coordinator\"") != std::string::npos);
        QVERIFY(!hub.login("mina", "long enough").empty());

        // A taken login does not use up the invite.
        QCOMPARE(registerWith("MINA", code.toStdString()).status, 409);
        QCOMPARE(registerWith("jun", code.toStdString()).status, 201);
        const auto usedUp = registerWith("dana", code.toStdString());
        QCOMPARE(usedUp.status, 403);
        QCOMPARE(usedUp.errorCode(), std::string("invalid_invite"));
        QVERIFY(hub.login("dana", "long enough").empty());

        for (const std::string& bad : std::vector<std::string>{"AAAA-BBBB-CCCC-DDDD", "not a code",
                                                               "' OR 1=1 --", std::string(5000, 'A')}) {
            const auto reply = registerWith("erin", bad);
            QCOMPARE(reply.status, 403);
            QCOMPARE(reply.errorCode(), std::string("invalid_invite"));
        }
        QCOMPARE(hub.storeQuery("SELECT count(*) FROM users"), std::string("2"));

        // Revoked invites let no one in; the listing says so.
        QByteArray second;
        QCOMPARE(hub.adminCommand(QStringLiteral("invite"), {QStringLiteral("create")}, {}, &second), 0);
        QByteArray listing;
        QCOMPARE(hub.adminCommand(QStringLiteral("invite"), {QStringLiteral("list")}, {}, &listing), 0);
        const QList<QByteArray> lines = listing.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.last().contains("used up or revoked") && lines.last().contains("동구 발굴단"),
                 listing.constData());
        const QByteArray newest = lines.first().split('\t').first();
        QVERIFY(lines.first().contains("\tcitizen\t1\t") && lines.first().contains("live"));
        QCOMPARE(hub.adminCommand(QStringLiteral("invite"),
                                  {QStringLiteral("revoke"), QString::fromLatin1(newest)}),
                 0);
        QCOMPARE(registerWith("erin", second.trimmed().toStdString()).status, 403);
        QVERIFY(hub.adminCommand(QStringLiteral("invite"),
                                 {QStringLiteral("revoke"), QStringLiteral("nothing")}) != 0);
        QVERIFY(
            hub.adminCommand(QStringLiteral("invite"), {QStringLiteral("create"), QStringLiteral("--role"),
                                                        QStringLiteral("admin")}) != 0);
        QVERIFY(hub.adminCommand(QStringLiteral("invite"),
                                 {QStringLiteral("create"), QStringLiteral("--uses"), QStringLiteral("0")}) !=
                0);
    }

    void roleAndPasswordCommands()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        QCOMPARE(hub.userCommand({QStringLiteral("role"), QStringLiteral("alice"), QStringLiteral("admin")}),
                 0);
        QCOMPARE(hub.userCommand(
                     {QStringLiteral("passwd"), QStringLiteral("alice"), QStringLiteral("--password-stdin")},
                     "new battery staple\n"),
                 0);
        QVERIFY(hub.login("alice").empty());
        const auto reply = hub.request("POST", "/v1/auth/login",
                                       "{\"login\":\"alice\",\"password\":\"new battery staple\"}");
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.find("\"role\":\"admin\"") != std::string::npos);
        QVERIFY(hub.userCommand(
                    {QStringLiteral("role"), QStringLiteral("nobody"), QStringLiteral("admin")}) != 0);
    }

    void passwordChangeEndsEverySession()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("bob"), QStringLiteral("citizen")));
        QVERIFY(hub.addUser(QStringLiteral("carol"), QStringLiteral("citizen")));
        const std::string laptop = hub.login("bob");
        const std::string phone = hub.login("bob");
        const std::string carol = hub.login("carol");
        QCOMPARE(hub.authed(laptop, "GET", "/v1/sync/pull").status, 200);
        QCOMPARE(hub.authed(phone, "GET", "/v1/sync/pull").status, 200);

        QCOMPARE(hub.userCommand(
                     {QStringLiteral("passwd"), QStringLiteral("bob"), QStringLiteral("--password-stdin")},
                     "new battery staple\n"),
                 0);
        for (const std::string& token : {laptop, phone}) {
            const auto reply = hub.authed(token, "GET", "/v1/sync/pull");
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.errorCode(), std::string("unauthorized"));
        }
        QCOMPARE(hub.authed(carol, "GET", "/v1/sync/pull").status, 200); // only bob's sessions end
        QVERIFY(!hub.login("bob", "new battery staple").empty());
    }

    void disabledAccountIsLockedOut()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("bob"), QStringLiteral("citizen")));
        const std::string token = hub.login("bob");
        QCOMPARE(hub.authed(token, "GET", "/v1/sync/pull").status, 200);

        QCOMPARE(hub.userCommand({QStringLiteral("disable"), QStringLiteral("bob")}), 0);
        QCOMPARE(hub.authed(token, "GET", "/v1/sync/pull").status, 401);
        const auto refused =
            hub.request("POST", "/v1/auth/login", R"({"login":"bob","password":"correct horse"})");
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), std::string("account_disabled"));
        QVERIFY(refused.body.find("token") == std::string::npos);
        // A wrong password says nothing about the account.
        QCOMPARE(hub.request("POST", "/v1/auth/login", R"({"login":"bob","password":"wrong horse"})").status,
                 401);
        QCOMPARE(hub.storeQuery("SELECT count(*) FROM tokens"), std::string("0"));
        QByteArray listing;
        QCOMPARE(hub.userCommand({QStringLiteral("list")}, {}, &listing), 0);
        QVERIFY2(listing.contains("bob\tcitizen\t") && listing.contains("\tdisabled"), listing.constData());

        QCOMPARE(hub.userCommand({QStringLiteral("enable"), QStringLiteral("bob")}), 0);
        QCOMPARE(hub.authed(token, "GET", "/v1/sync/pull").status, 401); // old sessions stay ended
        const std::string fresh = hub.login("bob");
        QVERIFY(!fresh.empty());
        QCOMPARE(hub.authed(fresh, "GET", "/v1/sync/pull").status, 200);

        QVERIFY(hub.userCommand({QStringLiteral("disable"), QStringLiteral("nobody")}) != 0);
        QVERIFY(hub.userCommand({QStringLiteral("enable")}) != 0);
    }

    void logoutRevokesTheCallersToken()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("bob"), QStringLiteral("citizen")));
        const std::string laptop = hub.login("bob");
        const std::string phone = hub.login("bob");

        const auto out = hub.authed(laptop, "POST", "/v1/auth/logout");
        QCOMPARE(out.status, 204);
        QVERIFY(out.body.empty());
        QCOMPARE(hub.authed(laptop, "GET", "/v1/sync/pull").status, 401);
        QCOMPARE(hub.authed(phone, "GET", "/v1/sync/pull").status, 200); // the other session stays

        const auto again = hub.authed(laptop, "POST", "/v1/auth/logout");
        QCOMPARE(again.status, 401);
        QCOMPARE(again.errorCode(), std::string("unauthorized"));
        const auto anonymous = hub.request("POST", "/v1/auth/logout");
        QCOMPARE(anonymous.status, 401);
        QVERIFY(anonymous.isJsonError());
        const auto get = hub.authed(phone, "GET", "/v1/auth/logout");
        QCOMPARE(get.status, 405);
        QCOMPARE(hub.authed(phone, "GET", "/v1/sync/pull").status, 200);
        QCOMPARE(hub.storeQuery("SELECT count(*) FROM tokens"), std::string("1"));
    }

    void defaultHashUses600000Iterations()
    {
        QTemporaryDir dir;
        test::HubProcess hub(dir.path());
        QCOMPARE(hub.userCommand({QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--role"),
                                  QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                                 "correct horse\n", nullptr, false),
                 0);
        const std::string stored = hub.storeQuery("SELECT password_hash FROM users WHERE login = 'admin'");
        QVERIFY2(stored.rfind("pbkdf2-sha256$600000$", 0) == 0, stored.c_str());
        QVERIFY(stored.find("correct horse") == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestHubAuth)
#include "test_hub_auth.moc"
