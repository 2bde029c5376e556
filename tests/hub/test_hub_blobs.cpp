// Content-addressed blobs on a real balgul-hub: PUT, HEAD, GET, hash checks, hostile names.

#include "hub_process.h"

#include "core/util/ids.h"

#include <QObject>

using namespace balgul;
using core::sync::OpStatus;

class TestHubBlobs : public QObject
{
    Q_OBJECT

private slots:
    void putHeadGet()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        std::string bytes(300000, '\0');
        for (std::size_t i = 0; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>((i * 7919) & 0xff);
        const std::string name = core::sha256Hex(bytes);
        const std::string path = "/v1/blobs/" + name;
        const std::map<std::string, std::string> octets = {{"Content-Type", "application/octet-stream"}};

        QCOMPARE(hub.authed(token, "HEAD", path).status, 404);
        QCOMPARE(hub.authed(token, "GET", path).status, 404);
        QCOMPARE(hub.authed(token, "PUT", path, bytes, octets).status, 201);
        QCOMPARE(hub.authed(token, "PUT", path, bytes, octets).status, 200); // idempotent
        const auto head = hub.authed(token, "HEAD", path);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.headers.at("Content-Length"), std::to_string(bytes.size()));
        const auto get = hub.authed(token, "GET", path);
        QCOMPARE(get.status, 200);
        QVERIFY(get.body == bytes);
        QCOMPARE(hub.request("GET", path).status, 401); // members only
    }

    void wrongHashIs422()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        const std::string name = core::sha256Hex("the real bytes");
        const auto reply = hub.authed(token, "PUT", "/v1/blobs/" + name, "other bytes");
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), std::string("hash_mismatch"));
        QCOMPARE(hub.authed(token, "HEAD", "/v1/blobs/" + name).status, 404);
        QVERIFY(QDir(dir.path() + QStringLiteral("/blobs/tmp")).isEmpty()); // no leftovers
    }

    void hostileNames_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("status");
        const QByteArray good = QByteArray::fromStdString(core::sha256Hex("x"));
        QTest::addRow("upper case") << "/v1/blobs/" + good.toUpper() << 400;
        QTest::addRow("63 characters") << "/v1/blobs/" + good.left(63) << 400;
        QTest::addRow("65 characters") << "/v1/blobs/" + good + "0" << 400;
        QTest::addRow("dot dot") << QByteArray("/v1/blobs/../hub.sqlite") << 400;
        QTest::addRow("encoded dot dot") << QByteArray("/v1/blobs/%2e%2e%2fhub.sqlite") << 400;
        QTest::addRow("nested") << "/v1/blobs/" + good.left(2) + "/" + good << 400;
        QTest::addRow("non hex") << "/v1/blobs/" + QByteArray(64, 'g') << 400;
        QTest::addRow("empty") << QByteArray("/v1/blobs/") << 400;
        QTest::addRow("SQL") << QByteArray("/v1/blobs/'%20OR%201=1--") << 400;
    }

    void hostileNames()
    {
        QFETCH(QByteArray, target);
        QFETCH(int, status);
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        for (const char* method : {"GET", "HEAD", "PUT"}) {
            const auto reply =
                hub.authed(token, method, target.toStdString(), method == std::string("PUT") ? "x" : "");
            QCOMPARE(reply.status, status);
            if (method != std::string("HEAD"))
                QVERIFY(reply.isJsonError());
        }
    }

    void attachmentNeedsItsBlob()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        BALGUL_COMPARE_ENUM(
            hub.push(token, {test::makeOp("p", "problem", test::kProblemA, 0, test::problemFields())})
                .at(0)
                .status,
            OpStatus::Applied);
        const std::string photo = "\x89PNG\r\n\x1a\n fake photo bytes";
        const std::string sha = core::sha256Hex(photo);
        const std::string fields =
            std::string("{\"problem_id\":\"") + test::kProblemA + "\",\"sha256\":\"" + sha +
            "\",\"file_name\":\"a.png\",\"mime\":\"image/png\",\"size\":" + std::to_string(photo.size()) +
            "}";
        const auto missing = hub.push(token, {test::makeOp("a1", "attachment", test::kProblemA, 0, fields)});
        BALGUL_COMPARE_ENUM(missing.at(0).status, OpStatus::Rejected);
        QCOMPARE(missing[0].code, std::string("missing_blob"));

        QCOMPARE(hub.authed(token, "PUT", "/v1/blobs/" + sha, photo).status, 201);
        const auto attached = hub.push(token, {test::makeOp("a2", "attachment", test::kProblemA, 0, fields)});
        BALGUL_COMPARE_ENUM(attached.at(0).status, OpStatus::Applied);
        const auto page = hub.pull(token);
        QCOMPARE(page.changes.back().entity, std::string("attachment"));
        QCOMPARE(page.changes.back().id, std::string(test::kProblemA) + ":" + sha);
    }
};

QTEST_GUILESS_MAIN(TestHubBlobs)
#include "test_hub_blobs.moc"
