// The protocol codecs shared by the client and the hub: round trips and strict decoding.

#include "core/sync/protocol.h"
#include "protocol_printers.h"

#include <QObject>
#include <QTest>

using namespace balgul::core;
using namespace balgul::core::sync;

class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void pushRequestRoundTrip()
    {
        PushRequest request;
        request.clientId = "6f1c";
        Op op;
        op.opId = "0b7e";
        op.entity = "problem";
        op.id = "a41d";
        op.baseVersion = 812;
        op.clientTime = "2026-11-26T09:12:03Z";
        op.fields = new Poco::JSON::Object;
        op.fields->set("title", std::string("미세먼지 \"quoted\""));
        op.fields->set("lat", 36.35);
        request.ops.push_back(op);
        Op del = op;
        del.opId = "91aa";
        del.kind = OpKind::Delete;
        del.fields = new Poco::JSON::Object;
        request.ops.push_back(del);

        const auto decoded = decodePushRequest(encode(request));
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : decoded.error().toString().c_str());
        QCOMPARE(decoded->clientId, request.clientId);
        QCOMPARE(decoded->ops.size(), std::size_t(2));
        QCOMPARE(decoded->ops[0].baseVersion, std::int64_t(812));
        QCOMPARE(decoded->ops[0].fields->getValue<std::string>("title"), std::string("미세먼지 \"quoted\""));
        QCOMPARE(decoded->ops[0].fields->getValue<double>("lat"), 36.35);
        BALGUL_COMPARE_ENUM(decoded->ops[1].kind, OpKind::Delete);
        QCOMPARE(decoded->ops[1].clientTime, op.clientTime);
    }

    void resultsAndPagesRoundTrip()
    {
        PushResponse response;
        PushResult conflict;
        conflict.opId = "a";
        conflict.status = OpStatus::Conflict;
        conflict.version = 1299;
        conflict.appliedFields = {"category"};
        conflict.conflicts = new Poco::JSON::Object;
        conflict.conflicts->set("title", std::string("hub's value"));
        PushResult rejected;
        rejected.opId = "b";
        rejected.status = OpStatus::Rejected;
        rejected.code = "forbidden";
        rejected.message = "only a coordinator may change a problem's status";
        response.results = {conflict, rejected};
        const auto back = decodePushResponse(encode(response));
        QVERIFY(back.ok());
        BALGUL_COMPARE_ENUM(back->results[0].status, OpStatus::Conflict);
        QCOMPARE(back->results[0].appliedFields, conflict.appliedFields);
        QCOMPARE(back->results[0].conflicts->getValue<std::string>("title"), std::string("hub's value"));
        QCOMPARE(back->results[1].code, rejected.code);
        QCOMPARE(back->results[1].message, rejected.message);

        PullPage page;
        page.epoch = "3c9e";
        page.next = 1290;
        page.more = true;
        Change c;
        c.seq = 1201;
        c.entity = "problem";
        c.id = "a41d";
        c.version = 1201;
        c.deleted = true;
        c.fields = new Poco::JSON::Object;
        page.changes.push_back(c);
        const auto pageBack = decodePullPage(encode(page));
        QVERIFY(pageBack.ok());
        QCOMPARE(pageBack->epoch, page.epoch);
        QCOMPARE(pageBack->next, page.next);
        QVERIFY(pageBack->more);
        QVERIFY(pageBack->changes.at(0).deleted);

        const auto error =
            decodeApiError(encode(ApiError{"invalid_field", "lat must be within -90..90", "lat"}));
        QVERIFY(error.ok());
        QCOMPARE(error->field, std::string("lat"));
    }

    void strictDecoding_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QByteArray>("field");
        const auto op = [](const char* members) {
            return QByteArray("{\"client_id\":\"c\",\"ops\":[{\"op_id\":\"o\",\"kind\":\"upsert\",\"entity\":"
                              "\"problem\",\"id\":\"x\",") +
                   members + "}]}";
        };
        QTest::addRow("not JSON") << QByteArray("{") << QByteArray("malformed_json") << QByteArray();
        QTest::addRow("array at the top") << QByteArray("[]") << QByteArray("malformed_json") << QByteArray();
        QTest::addRow("no client id")
            << QByteArray("{\"ops\":[]}") << QByteArray("invalid_field") << QByteArray("client_id");
        QTest::addRow("client id a number") << QByteArray("{\"client_id\":5,\"ops\":[]}")
                                            << QByteArray("invalid_field") << QByteArray("client_id");
        QTest::addRow("op not an object") << QByteArray("{\"client_id\":\"c\",\"ops\":[1]}")
                                          << QByteArray("invalid_field") << QByteArray("ops[0]");
        QTest::addRow("base version fractional")
            << op("\"base_version\":1.5,\"fields\":{}") << QByteArray("invalid_field")
            << QByteArray("ops[0].base_version");
        QTest::addRow("base version boolean")
            << op("\"base_version\":true,\"fields\":{}") << QByteArray("invalid_field")
            << QByteArray("ops[0].base_version");
        QTest::addRow("base version negative")
            << op("\"base_version\":-1,\"fields\":{}") << QByteArray("invalid_field")
            << QByteArray("ops[0].base_version");
        QTest::addRow("upsert without fields")
            << op("\"base_version\":0") << QByteArray("invalid_field") << QByteArray("ops[0].fields");
        QTest::addRow("id too long") << QByteArray("{\"client_id\":\"") + QByteArray(200, 'c') +
                                            "\",\"ops\":[]}"
                                     << QByteArray("too_large") << QByteArray("client_id");
    }

    void strictDecoding()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, code);
        QFETCH(QByteArray, field);
        const auto decoded = decodePushRequest(json.toStdString());
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, code.toStdString());
        QCOMPARE(decoded.error().field, field.toStdString());
    }

    void unknownEntityAndTooManyOps()
    {
        const auto entity = decodePushRequest("{\"client_id\":\"c\",\"ops\":[{\"op_id\":\"o\",\"kind\":"
                                              "\"delete\",\"entity\":\"vote\",\"id\":\"x\"}]}");
        QVERIFY(!entity.ok());
        QCOMPARE(entity.error().code, std::string("unknown_entity"));
        QCOMPARE(entity.error().field, std::string("ops[0].entity"));

        std::string ops;
        for (std::size_t i = 0; i <= limits::kMaxOpsPerPush; ++i)
            ops += (i ? "," : "") +
                   std::string("{\"op_id\":\"o\",\"kind\":\"delete\",\"entity\":\"problem\",\"id\":\"x\"}");
        const auto many = decodePushRequest("{\"client_id\":\"c\",\"ops\":[" + ops + "]}");
        QVERIFY(!many.ok());
        QCOMPARE(many.error().code, std::string("too_large"));
        ops.erase(ops.rfind(",{"));
        QVERIFY(decodePushRequest("{\"client_id\":\"c\",\"ops\":[" + ops + "]}").ok());
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "test_protocol.moc"
