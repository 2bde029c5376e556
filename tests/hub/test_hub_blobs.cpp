// Content-addressed blobs on a real balgul-hub: PUT, HEAD, GET, hash checks, hostile names.

#include "hub_process.h"

#include "core/util/ids.h"

#include <QObject>

#include <chrono>
#include <filesystem>

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

    void quotaPerAccount()
    {
        BALGUL_START_HUB(hub, dir, {QStringLiteral("blob_quota_mib = 1")});
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        QVERIFY(hub.addUser(QStringLiteral("bob"), QStringLiteral("citizen")));
        const auto alice = hub.login("alice");
        const auto bob = hub.login("bob");
        const std::string first = photo(600 * 1024, 1);
        const std::string second = photo(600 * 1024, 2);

        QCOMPARE(hub.authed(alice, "PUT", blobPath(first), first, kOctets).status, 201);
        const auto over = hub.authed(alice, "PUT", blobPath(second), second, kOctets);
        QCOMPARE(over.status, 413);
        QCOMPARE(over.errorCode(), std::string("quota_exceeded"));
        QCOMPARE(hub.authed(alice, "HEAD", blobPath(second)).status, 404);
        QVERIFY(QDir(dir.path() + QStringLiteral("/blobs/tmp")).isEmpty());
        // Bytes the hub has already cost nothing again; another account has its own quota.
        QCOMPARE(hub.authed(alice, "PUT", blobPath(first), first, kOctets).status, 200);
        QCOMPARE(hub.authed(bob, "PUT", blobPath(first), first, kOctets).status, 200);
        QCOMPARE(hub.authed(bob, "PUT", blobPath(second), second, kOctets).status, 201);
        QCOMPARE(hub.authed(alice, "GET", blobPath(second)).status, 200);
    }

    void orphansAreCollectedAfterTheGrace()
    {
        BALGUL_START_HUB(hub, dir, {QStringLiteral("blob_grace_hours = 24")});
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        BALGUL_COMPARE_ENUM(
            hub.push(token, {test::makeOp("p", "problem", test::kProblemA, 0, test::problemFields())})
                .at(0)
                .status,
            OpStatus::Applied);
        const std::string attached = photo(1000, 1);
        const std::string oldOrphan = photo(1000, 2);
        const std::string youngOrphan = photo(1000, 3);
        const std::string detached = photo(1000, 4);
        for (const auto* bytes : {&attached, &oldOrphan, &youngOrphan, &detached})
            QCOMPARE(hub.authed(token, "PUT", blobPath(*bytes), *bytes, kOctets).status, 201);
        for (const auto* bytes : {&attached, &detached})
            BALGUL_COMPARE_ENUM(hub.push(token, {test::makeOp(core::sha256Hex(*bytes), "attachment",
                                                              test::kProblemA, 0, attachmentFields(*bytes))})
                                    .at(0)
                                    .status,
                                OpStatus::Applied);
        // The attachment that held `detached` is deleted: its bytes are an orphan now.
        const std::string detachedId = std::string(test::kProblemA) + ":" + core::sha256Hex(detached);
        const std::string version = hub.storeQuery(
            "SELECT seq FROM entities WHERE entity = 'attachment' AND id = '" + detachedId + "'");
        auto remove =
            test::makeOp("d", "attachment", test::kProblemA, std::stoll(version),
                         R"({"sha256":")" + core::sha256Hex(detached) + R"("})", core::sync::OpKind::Delete);
        BALGUL_COMPARE_ENUM(hub.push(token, {remove}).at(0).status, OpStatus::Applied);

        for (const auto* bytes : {&attached, &oldOrphan, &detached})
            age(dir.path(), *bytes, std::chrono::hours(48));
        QByteArray report;
        QCOMPARE(hub.adminCommand(QStringLiteral("blobs"), {QStringLiteral("gc")}, {}, &report), 0);
        QVERIFY2(report.contains("removed 2 "), report.constData());
        QCOMPARE(hub.authed(token, "HEAD", blobPath(attached)).status, 200);    // referenced
        QCOMPARE(hub.authed(token, "HEAD", blobPath(youngOrphan)).status, 200); // within the grace
        QCOMPARE(hub.authed(token, "HEAD", blobPath(oldOrphan)).status, 404);
        QCOMPARE(hub.authed(token, "HEAD", blobPath(detached)).status, 404);
        QVERIFY(!QFile::exists(blobFile(dir.path(), oldOrphan)));

        // The hub collects at start as well; a HEAD or PUT restarts an orphan's grace.
        age(dir.path(), youngOrphan, std::chrono::hours(48));
        const std::string touched = photo(1000, 5);
        QCOMPARE(hub.authed(token, "PUT", blobPath(touched), touched, kOctets).status, 201);
        age(dir.path(), touched, std::chrono::hours(48));
        QCOMPARE(hub.authed(token, "HEAD", blobPath(touched)).status, 200);
        QCOMPARE(hub.stop(), 0);
        QVERIFY(hub.start());
        QVERIFY(!QFile::exists(blobFile(dir.path(), youngOrphan)));
        QVERIFY(QFile::exists(blobFile(dir.path(), touched)));
        QVERIFY(QFile::exists(blobFile(dir.path(), attached)));
    }

    void collectedBlobsFreeTheQuota()
    {
        BALGUL_START_HUB(hub, dir, {QStringLiteral("blob_quota_mib = 1")});
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        const std::string first = photo(600 * 1024, 1);
        const std::string second = photo(600 * 1024, 2);
        QCOMPARE(hub.authed(token, "PUT", blobPath(first), first, kOctets).status, 201);
        QCOMPARE(hub.authed(token, "PUT", blobPath(second), second, kOctets).status, 413);
        age(dir.path(), first, std::chrono::hours(24 * 30));
        QCOMPARE(hub.adminCommand(QStringLiteral("blobs"), {QStringLiteral("gc")}), 0);
        QCOMPARE(hub.authed(token, "PUT", blobPath(second), second, kOctets).status, 201);
    }

    void tmpLeftoversAreRemovedAtStart()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("blobs/tmp")));
        for (const char* name : {"6b1f0c2e-3d4a-4b5c-8d9e-0f1a2b3c4d5e", "half-written"}) {
            QFile leftover(dir.path() + QStringLiteral("/blobs/tmp/") + QLatin1String(name));
            QVERIFY(leftover.open(QIODevice::WriteOnly));
            leftover.write(QByteArray(4096, 'x'));
        }
        test::HubProcess hub(dir.path());
        QVERIFY(hub.start());
        QVERIFY(QDir(dir.path() + QStringLiteral("/blobs/tmp")).isEmpty());
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        const std::string bytes = photo(1000, 1);
        QCOMPARE(hub.authed(token, "PUT", blobPath(bytes), bytes, kOctets).status, 201);
    }

private:
    inline static const std::map<std::string, std::string> kOctets = {
        {"Content-Type", "application/octet-stream"}};

    /// `size` bytes that differ by `seed`.
    static std::string photo(std::size_t size, int seed)
    {
        std::string bytes(size, '\0');
        for (std::size_t i = 0; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>((i * 7919 + static_cast<std::size_t>(seed) * 104729) >> 3);
        bytes[0] = static_cast<char>(seed);
        return bytes;
    }
    static std::string blobPath(const std::string& bytes) { return "/v1/blobs/" + core::sha256Hex(bytes); }
    static QString blobFile(const QString& dataDir, const std::string& bytes)
    {
        const QString sha = QString::fromStdString(core::sha256Hex(bytes));
        return dataDir + QStringLiteral("/blobs/") + sha.left(2) + QLatin1Char('/') + sha;
    }
    /// Makes a stored blob look `by` older, as if it had been uploaded that long ago.
    static void age(const QString& dataDir, const std::string& bytes, std::chrono::hours by)
    {
        const std::filesystem::path file = blobFile(dataDir, bytes).toStdString();
        std::filesystem::last_write_time(file, std::filesystem::last_write_time(file) - by);
    }
    static std::string attachmentFields(const std::string& bytes)
    {
        return std::string("{\"problem_id\":\"") + test::kProblemA + "\",\"sha256\":\"" +
               core::sha256Hex(bytes) +
               "\",\"file_name\":\"a.jpg\",\"mime\":\"image/jpeg\",\"size\":" + std::to_string(bytes.size()) +
               "}";
    }
};

QTEST_GUILESS_MAIN(TestHubBlobs)
#include "test_hub_blobs.moc"
