// Hostile and broken requests: the right 4xx, a JSON error body, and a hub store unchanged.

#include "hub_process.h"

#include <Poco/DeflatingStream.h>

#include <QObject>

using namespace balgul;
using core::sync::OpStatus;

namespace {

std::string gzip(const std::string& bytes)
{
    std::ostringstream out;
    Poco::DeflatingOutputStream deflater(out, Poco::DeflatingStreamBuf::STREAM_GZIP);
    deflater << bytes;
    deflater.close();
    return out.str();
}

std::string pushWith(const std::string& opJson)
{
    return "{\"client_id\":\"c\",\"ops\":[" + opJson + "]}";
}

std::string problemOp(const std::string& fieldsJson, const std::string& entity = "problem")
{
    return std::string("{\"op_id\":\"o-bad\",\"kind\":\"upsert\",\"entity\":\"") + entity + "\",\"id\":\"" +
           test::kProblemB + "\",\"base_version\":0,\"fields\":" + fieldsJson + "}";
}

} // namespace

class TestHubBadInput : public QObject
{
    Q_OBJECT

private slots:
    void rejected_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("headers"); // "Name: value" lines; "gzip" compresses the body
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");

        const QByteArray push = "/v1/sync/push";
        QTest::addRow("malformed JSON")
            << QByteArray("POST") << push << QByteArray("{\"client_id\":\"c\",\"ops\":[") << QByteArray()
            << 400 << QByteArray("malformed_json");
        QTest::addRow("trailing garbage")
            << QByteArray("POST") << push << QByteArray("{\"client_id\":\"c\",\"ops\":[]} x") << QByteArray()
            << 400 << QByteArray("malformed_json");
        QTest::addRow("not an object") << QByteArray("POST") << push << QByteArray("[1,2,3]") << QByteArray()
                                       << 400 << QByteArray("malformed_json");
        QTest::addRow("invalid UTF-8")
            << QByteArray("POST") << push << QByteArray("{\"client_id\":\"\xff\xfe\",\"ops\":[]}")
            << QByteArray() << 400 << QByteArray("malformed_json");
        QTest::addRow("ops is an object")
            << QByteArray("POST") << push << QByteArray("{\"client_id\":\"c\",\"ops\":{}}") << QByteArray()
            << 400 << QByteArray("invalid_field");
        QTest::addRow("base_version a string")
            << QByteArray("POST") << push
            << QByteArray::fromStdString(
                   pushWith("{\"op_id\":\"o\",\"kind\":\"upsert\",\"entity\":\"problem\",\"id\":\"x\",\"base_"
                            "version\":\"0\",\"fields\":{}}"))
            << QByteArray() << 400 << QByteArray("invalid_field");
        QTest::addRow("fields an array")
            << QByteArray("POST") << push
            << QByteArray::fromStdString(pushWith(
                   "{\"op_id\":\"o\",\"kind\":\"upsert\",\"entity\":\"problem\",\"id\":\"x\",\"fields\":[]}"))
            << QByteArray() << 400 << QByteArray("invalid_field");
        QTest::addRow("unknown entity") << QByteArray("POST") << push
                                        << QByteArray::fromStdString(pushWith(problemOp("{}", "ballot_box")))
                                        << QByteArray() << 400 << QByteArray("unknown_entity");
        QTest::addRow("unknown kind")
            << QByteArray("POST") << push
            << QByteArray::fromStdString(pushWith(
                   "{\"op_id\":\"o\",\"kind\":\"drop\",\"entity\":\"problem\",\"id\":\"x\",\"fields\":{}}"))
            << QByteArray() << 400 << QByteArray("invalid_field");
        QTest::addRow("deeply nested") << QByteArray("POST") << push
                                       << QByteArray("{\"client_id\":\"c\",\"ops\":[],\"x\":") +
                                              QByteArray(5000, '[') + QByteArray(5000, ']') + "}"
                                       << QByteArray() << 400 << QByteArray("malformed_json");
        QTest::addRow("10 MB string")
            << QByteArray("POST") << push
            << QByteArray::fromStdString(
                   pushWith(problemOp("{\"title\":\"" + std::string(10'000'000, 'a') + "\"}")))
            << QByteArray() << 413 << QByteArray("too_large");
        std::string manyOps;
        for (int i = 0; i < 501; ++i)
            manyOps += (i ? "," : "") + std::string("{\"op_id\":\"o") + std::to_string(i) +
                       "\",\"kind\":\"delete\",\"entity\":\"problem\",\"id\":\"x\"}";
        QTest::addRow("501 ops") << QByteArray("POST") << push << QByteArray::fromStdString(pushWith(manyOps))
                                 << QByteArray() << 413 << QByteArray("too_large");
        QTest::addRow("gzip bomb") << QByteArray("POST") << push
                                   << QByteArray::fromStdString("{\"client_id\":\"c\",\"ops\":[],\"pad\":\"" +
                                                                std::string(64 << 20, ' ') + "\"}")
                                   << QByteArray("gzip") << 413 << QByteArray("too_large");
        // Poco's inflater ends a truncated stream quietly: the body then fails as JSON.
        QTest::addRow("truncated gzip")
            << QByteArray("POST") << push << QByteArray("\x1f\x8b\x08\x00garbage")
            << QByteArray("Content-Encoding: gzip") << 400 << QByteArray("malformed_json");
        QTest::addRow("unknown encoding")
            << QByteArray("POST") << push << QByteArray("{}") << QByteArray("Content-Encoding: br") << 415
            << QByteArray("unsupported_media_type");
        QTest::addRow("form instead of JSON") << QByteArray("POST") << push << QByteArray("a=1")
                                              << QByteArray("Content-Type: application/x-www-form-urlencoded")
                                              << 415 << QByteArray("unsupported_media_type");
        QTest::addRow("SQL in since")
            << QByteArray("GET") << QByteArray("/v1/sync/pull?since=0;DROP%20TABLE%20entities")
            << QByteArray() << QByteArray() << 400 << QByteArray("invalid_field");
        QTest::addRow("negative since") << QByteArray("GET") << QByteArray("/v1/sync/pull?since=-1")
                                        << QByteArray() << QByteArray() << 400 << QByteArray("invalid_field");
        QTest::addRow("limit zero") << QByteArray("GET") << QByteArray("/v1/sync/pull?limit=0")
                                    << QByteArray() << QByteArray() << 400 << QByteArray("invalid_field");
        QTest::addRow("unknown endpoint") << QByteArray("GET") << QByteArray("/v1/../etc/passwd")
                                          << QByteArray() << QByteArray() << 404 << QByteArray("not_found");
        QTest::addRow("wrong method") << QByteArray("DELETE") << push << QByteArray() << QByteArray() << 405
                                      << QByteArray("method_not_allowed");
    }

    void rejected()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, headers);
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        BALGUL_COMPARE_ENUM(
            hub.push(token, {test::makeOp("seed", "problem", test::kProblemA, 0, test::problemFields())})
                .at(0)
                .status,
            OpStatus::Applied);
        const auto before = hub.pull(token);

        std::map<std::string, std::string> extra;
        std::string payload = body.toStdString();
        for (const QByteArray& line : headers.split('\n')) {
            if (line == "gzip") {
                payload = gzip(payload);
                extra["Content-Encoding"] = "gzip";
            } else if (const auto colon = line.indexOf(':'); colon > 0) {
                extra[line.left(colon).toStdString()] = line.mid(colon + 1).trimmed().toStdString();
            }
        }
        const auto reply = hub.authed(token, method.toStdString(), target.toStdString(), payload, extra);
        QCOMPARE(reply.status, status);
        QVERIFY2(reply.isJsonError(), reply.body.substr(0, 200).c_str());
        QCOMPARE(reply.errorCode(), code.toStdString());

        const auto after = hub.pull(token);
        QCOMPARE(after.next, before.next);
        QCOMPARE(after.changes.size(), before.changes.size());
        QCOMPARE(hub.request("GET", "/v1/info").status, 200); // still serving
    }

    void invalidFieldValuesRejectTheOp_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::addColumn<QByteArray>("field");
        QTest::addRow("latitude out of range")
            << QByteArray("{\"title\":\"t\",\"category\":\"air\",\"lat\":91,\"lon\":1}") << QByteArray("lat");
        QTest::addRow("latitude a string")
            << QByteArray("{\"title\":\"t\",\"category\":\"air\",\"lat\":\"north\",\"lon\":1}")
            << QByteArray("lat");
        QTest::addRow("unknown category")
            << QByteArray("{\"title\":\"t\",\"category\":\"ufo\",\"lat\":1,\"lon\":1}")
            << QByteArray("category");
        QTest::addRow("title too long")
            << QByteArray::fromStdString("{\"title\":\"" + std::string(201, 'x') +
                                         "\",\"category\":\"air\",\"lat\":1,\"lon\":1}")
            << QByteArray("title");
        QTest::addRow("missing title")
            << QByteArray("{\"category\":\"air\",\"lat\":1,\"lon\":1}") << QByteArray("title");
        QTest::addRow("unknown field")
            << QByteArray("{\"title\":\"t\",\"category\":\"air\",\"lat\":1,\"lon\":1,\"owner_id\":\"me\"}")
            << QByteArray("owner_id");
        QTest::addRow("non-UUID id") << QByteArray("ID") << QByteArray("id");
    }

    void invalidFieldValuesRejectTheOp()
    {
        QFETCH(QByteArray, fields);
        QFETCH(QByteArray, field);
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        const bool badId = fields == "ID";
        const auto op =
            test::makeOp("o1", "problem", badId ? std::string("1; DROP TABLE entities") : test::kProblemB, 0,
                         badId ? test::problemFields() : fields.toStdString());
        const auto results = hub.push(token, {op});
        QCOMPARE(results.size(), std::size_t(1));
        BALGUL_COMPARE_ENUM(results[0].status, OpStatus::Rejected);
        QCOMPARE(results[0].code, std::string("invalid_field"));
        QVERIFY2(results[0].message.rfind(field.toStdString(), 0) == 0, results[0].message.c_str());
        QVERIFY(hub.pull(token).changes.empty());
    }

    void sqlMetacharactersAreJustText()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        const std::string title = "x'); DROP TABLE entities; -- \\\" 먼지 %_";
        auto op = test::makeOp("o1", "problem", test::kProblemA, 0, test::problemFields());
        op.fields->set("title", title);
        BALGUL_COMPARE_ENUM(hub.push(token, {op}).at(0).status, OpStatus::Applied);
        const auto page = hub.pull(token);
        QCOMPARE(page.changes.size(), std::size_t(1));
        QCOMPARE(page.changes[0].fields->getValue<std::string>("title"), title);
        BALGUL_COMPARE_ENUM(
            hub.push(token, {test::makeOp("o2", "problem", test::kProblemB, 0, test::problemFields())})
                .at(0)
                .status,
            OpStatus::Applied);
    }
};

QTEST_GUILESS_MAIN(TestHubBadInput)
#include "test_hub_bad_input.moc"
