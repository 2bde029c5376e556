// Hostile and broken requests: the right 4xx, a JSON error body, and a hub store unchanged.

#include "hub_process.h"
#include "open311_reader.h"
#include "raw_socket.h"

#include "core/util/ids.h"

#include <Poco/DeflatingStream.h>

#include <QObject>

#include <memory>

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

    std::unique_ptr<QTemporaryDir> m_sharedDir;
    std::unique_ptr<test::HubProcess> m_shared; ///< one hub for the raw-request rows

    test::HubProcess* sharedHub()
    {
        if (!m_shared) {
            m_sharedDir = std::make_unique<QTemporaryDir>();
            m_shared = std::make_unique<test::HubProcess>(
                m_sharedDir->path(), QStringList{QStringLiteral("header_timeout_seconds = 1")});
            if (!m_shared->start())
                return nullptr;
        }
        return m_shared.get();
    }

    /// A citizen's token on the shared hub ("" when it could not be had).
    std::string sharedToken()
    {
        if (m_sharedToken.empty() && sharedHub() &&
            m_shared->addUser(QStringLiteral("alice"), QStringLiteral("citizen")))
            m_sharedToken = m_shared->login("alice");
        return m_sharedToken;
    }
    std::string m_sharedToken;

private slots:
    // Requests refused before any endpoint sees them still get the protocol's error body (the
    // GeoReport format under /open311/) and the right status, never an empty answer or none.
    void refusedBeforeRouting_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code"); // "xml" / "open311": an Open311 error body instead

        const QByteArray longQuery(100 * 1024, 'a');
        QTest::addRow("100 kB URL") << ("GET /v1/info?x=" + longQuery + " HTTP/1.1\r\nHost: hub\r\n\r\n")
                                    << 414 << QByteArray("uri_too_long");
        QTest::addRow("100 kB URL under /open311/, XML")
            << ("GET /open311/v2/requests.xml?x=" + longQuery + " HTTP/1.1\r\nHost: hub\r\n\r\n") << 414
            << QByteArray("xml");
        QTest::addRow("100 kB URL under /open311/, JSON")
            << ("GET /open311/v2/requests.json?x=" + longQuery + " HTTP/1.1\r\nHost: hub\r\n\r\n") << 414
            << QByteArray("open311");
        QTest::addRow("100 kB header")
            << ("GET /v1/info HTTP/1.1\r\nHost: hub\r\nX-Big: " + longQuery + "\r\n\r\n") << 431
            << QByteArray("header_too_large");
        QByteArray manyFields = "GET /v1/info HTTP/1.1\r\nHost: hub\r\n";
        for (int i = 0; i < 1000; ++i)
            manyFields += "X-Field-" + QByteArray::number(i) + ": " + QByteArray::number(i) + "\r\n";
        QTest::addRow("1,000 headers") << (manyFields + "\r\n") << 431 << QByteArray("header_too_large");
        QTest::addRow("HTTP/0.9") << QByteArray("GET /v1/info\r\n") << 400 << QByteArray("bad_request");
        QTest::addRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505
                                        << QByteArray("http_version_not_supported");
        QTest::addRow("TLS on the plain port")
            << QByteArray::fromHex("16030100c4010000c00303") + QByteArray(180, '\x01') << 400
            << QByteArray("bad_request");
        QTest::addRow("binary garbage")
            << QByteArray("\x00\x01\x02\xff\r\n\r\n", 8) << 400 << QByteArray("bad_request");
        const QByteArray post =
            "POST /v1/sync/push HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n";
        QTest::addRow("Content-Length: abc")
            << (post + "Content-Length: abc\r\n\r\n{}") << 400 << QByteArray("bad_request");
        QTest::addRow("negative Content-Length")
            << (post + "Content-Length: -5\r\n\r\n{}") << 400 << QByteArray("bad_request");
        QTest::addRow("Content-Length past 64 bits")
            << (post + "Content-Length: 99999999999999999999999\r\n\r\n{}") << 400
            << QByteArray("bad_request");
        QTest::addRow("absurd Content-Length")
            << (post + "Content-Length: 9000000000000000\r\n\r\n{}") << 413 << QByteArray("too_large");
        QTest::addRow("two different Content-Lengths")
            << (post + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}") << 400
            << QByteArray("bad_request");
        QTest::addRow("Content-Length and chunked")
            << (post + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n{}") << 400
            << QByteArray("bad_request");
        QTest::addRow("unknown transfer coding")
            << (post + "Transfer-Encoding: gzip\r\n\r\n{}") << 400 << QByteArray("bad_request");
        QTest::addRow("NUL in a header") << QByteArray("GET /v1/info HTTP/1.1\r\nX-A: a\0b\r\n\r\n", 35)
                                         << 400 << QByteArray("bad_request");
        QTest::addRow("no colon in a header") << QByteArray("GET /v1/info HTTP/1.1\r\nnot a header\r\n\r\n")
                                              << 400 << QByteArray("bad_request");
        QTest::addRow("space in the target")
            << QByteArray("GET /v1/in fo HTTP/1.1\r\n\r\n") << 400 << QByteArray("bad_request");
        QTest::addRow("head cut short (slow client)")
            << QByteArray("GET /v1/info HTTP/1.1\r\nHost: h") << 408 << QByteArray("request_timeout");
    }

    void refusedBeforeRouting()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        auto* hub = sharedHub();
        QVERIFY2(hub, "balgul-hub did not start");
        auto reply = test::rawExchange(hub->port(), bytes.toStdString());
        QCOMPARE(reply.status, status);
        QVERIFY2(!reply.body.empty(), "the answer has no body");
        QCOMPARE(reply.headers["connection"], std::string("close"));
        if (code == "xml") {
            QVERIFY2(reply.headers["content-type"].rfind("text/xml", 0) == 0,
                     reply.headers["content-type"].c_str());
            const auto errors = test::open311::parseXml(reply.body);
            QVERIFY2(errors.ok && errors.root == QStringLiteral("errors"), reply.body.c_str());
            QCOMPARE(errors.values.value(0).value(QStringLiteral("code")), QString::number(status));
        } else if (code == "open311") {
            const auto errors = test::open311::parseJson(reply.body);
            QVERIFY2(errors.ok && errors.values.size() == 1, reply.body.c_str());
            QCOMPARE(errors.values.value(0).value(QStringLiteral("code")), QString::number(status));
        } else {
            QVERIFY2(reply.headers["content-type"].rfind("application/json", 0) == 0,
                     reply.headers["content-type"].c_str());
            const test::HttpReply decoded{reply.status, reply.body, {}};
            QVERIFY2(decoded.isJsonError(), reply.body.substr(0, 200).c_str());
            QCOMPARE(decoded.errorCode(), code.toStdString());
        }
        QCOMPARE(hub->request("GET", "/v1/info").status, 200); // still serving
    }

    // Control characters are refused in every text field of every endpoint, ids are lower case, and
    // times are read by the one parser every Balgul reader uses: 400 naming the field, nothing
    // changed. (One hub for every row.)
    void refusedFields_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        const QByteArray push = "/v1/sync/push";
        const auto deleteOp = [](const std::string& opId, const std::string& clientTime) {
            return QByteArray::fromStdString(
                pushWith("{\"op_id\":\"" + opId + "\",\"kind\":\"delete\",\"entity\":\"problem\",\"id\":\"" +
                         test::kProblemA + "\",\"client_time\":\"" + clientTime + "\"}"));
        };
        QTest::addRow("NUL in an op id")
            << QByteArray("POST") << push << deleteOp("o\\u0000", "2026-01-01T00:00:00Z") << 400
            << QByteArray("invalid_field");
        QTest::addRow("line feed in the client id")
            << QByteArray("POST") << push << QByteArray("{\"client_id\":\"c\\nd\",\"ops\":[]}") << 400
            << QByteArray("invalid_field");
        QTest::addRow("client_time at hour 24")
            << QByteArray("POST") << push << deleteOp("o-24", "2026-01-01T24:00:00Z") << 400
            << QByteArray("invalid_field");
        QTest::addRow("client_time in year 0000")
            << QByteArray("POST") << push << deleteOp("o-0", "0000-01-01T00:00:00Z") << 400
            << QByteArray("invalid_field");
        QTest::addRow("line feed in a path") << QByteArray("GET") << QByteArray("/v1/sync/pull%0A")
                                             << QByteArray() << 400 << QByteArray("invalid_field");
        QTest::addRow("NUL in a login")
            << QByteArray("POST") << QByteArray("/v1/auth/login")
            << QByteArray("{\"login\":\"al\\u0000ice\",\"password\":\"correct horse\"}") << 400
            << QByteArray("invalid_field");
        QTest::addRow("tab in a password")
            << QByteArray("POST") << QByteArray("/v1/auth/login")
            << QByteArray("{\"login\":\"alice\",\"password\":\"correct\\thorse\"}") << 400
            << QByteArray("invalid_field");
        QTest::addRow("escape in a display name")
            << QByteArray("POST") << QByteArray("/v1/auth/register")
            << QByteArray(
                   "{\"login\":\"bob\",\"password\":\"correct horse\",\"display_name\":\"B\\u001bob\"}")
            << 400 << QByteArray("invalid_field");
        QTest::addRow("line feed in an invite code")
            << QByteArray("POST") << QByteArray("/v1/auth/register")
            << QByteArray("{\"login\":\"bob\",\"password\":\"correct horse\",\"invite\":\"ABCD\\nEFGH\"}")
            << 400 << QByteArray("invalid_field");
        const QByteArray station = "/v1/stations/0b4fd5a5-7d8e-4c52-9d1c-6a3f1e2b7c90";
        const QByteArray stationBody =
            "\"lat\":36.35,\"lon\":127.38,\"mode\":\"hourly\",\"quantities\":[\"pm2_5\"]}";
        QTest::addRow("NUL in a station name")
            << QByteArray("PUT") << station << "{\"name\":\"a\\u0000b\"," + stationBody << 400
            << QByteArray("invalid_field");
        QTest::addRow("line feed in a sensor type")
            << QByteArray("PUT") << station << "{\"name\":\"ok\",\"sensor_type\":\"SDS\\n011\"," + stationBody
            << 400 << QByteArray("invalid_field");
        QTest::addRow("upper-case station id")
            << QByteArray("PUT") << QByteArray("/v1/stations/0B4FD5A5-7D8E-4C52-9D1C-6A3F1E2B7C90")
            << "{\"name\":\"ok\"," + stationBody << 400 << QByteArray("invalid_field");
        QTest::addRow("NUL in a station cursor")
            << QByteArray("GET") << QByteArray("/v1/stations?after=a%00b") << QByteArray() << 400
            << QByteArray("invalid_field");
    }

    void refusedFields()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        const std::string token = sharedToken();
        QVERIFY2(!token.empty(), "balgul-hub did not start");
        const auto before = m_shared->pull(token);
        const auto reply =
            m_shared->authed(token, method.toStdString(), target.toStdString(), body.toStdString());
        QCOMPARE(reply.status, status);
        QVERIFY2(reply.isJsonError(), reply.body.substr(0, 200).c_str());
        QCOMPARE(reply.errorCode(), code.toStdString());
        const auto after = m_shared->pull(token);
        QCOMPARE(after.next, before.next);
        QCOMPARE(m_shared->request("GET", "/v1/stations").body.find("\"stations\":[]") != std::string::npos,
                 true);
    }

    // An op whose fields hold a control character, an upper-case id or a time the parser refuses is
    // rejected naming the field, and changes nothing. (One hub for every row.)
    void refusedOpFields_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::addColumn<QByteArray>("field");
        QTest::addRow("upper-case id") << QByteArray("UPPER") << QByteArray("id");
        const QByteArray place = ",\"category\":\"air\",\"lat\":1,\"lon\":1}";
        QTest::addRow("NUL in the title") << "{\"title\":\"a\\u0000b\"" + place << QByteArray("title");
        QTest::addRow("line feed in the title") << "{\"title\":\"a\\nb\"" + place << QByteArray("title");
        QTest::addRow("DEL in the title") << "{\"title\":\"a\\u007fb\"" + place << QByteArray("title");
        QTest::addRow("escape in the description")
            << "{\"title\":\"t\",\"description\":\"a\\u001b[31m\"" + place << QByteArray("description");
        QTest::addRow("NUL in the address")
            << "{\"title\":\"t\",\"address\":\"a\\u0000\"" + place << QByteArray("address");
        QTest::addRow("created at hour 24")
            << "{\"title\":\"t\",\"created\":\"2026-01-01T24:00:00Z\"" + place << QByteArray("created");
        QTest::addRow("created in year 0000")
            << "{\"title\":\"t\",\"created\":\"0000-01-01T00:00:00Z\"" + place << QByteArray("created");
        QTest::addRow("upper-case duplicate_of")
            << "{\"title\":\"t\",\"duplicate_of\":\"6F1C2B1E-1D2A-4C3B-9A8B-0123456789AB\"" + place
            << QByteArray("duplicate_of");
    }

    void refusedOpFields()
    {
        QFETCH(QByteArray, fields);
        QFETCH(QByteArray, field);
        const std::string token = sharedToken();
        QVERIFY2(!token.empty(), "balgul-hub did not start");
        const bool upper = fields == "UPPER";
        const std::string id = core::newUuid();
        const auto op = test::makeOp(core::newUuid(), "problem",
                                     upper ? QByteArray::fromStdString(id).toUpper().toStdString() : id, 0,
                                     upper ? test::problemFields() : fields.toStdString());
        const auto before = m_shared->pull(token);
        const auto results = m_shared->push(token, {op});
        QCOMPARE(results.size(), std::size_t(1));
        BALGUL_COMPARE_ENUM(results[0].status, OpStatus::Rejected);
        QCOMPARE(results[0].code, std::string("invalid_field"));
        QVERIFY2(results[0].message.rfind(field.toStdString(), 0) == 0, results[0].message.c_str());
        QCOMPARE(m_shared->pull(token).next, before.next);
    }

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

    // A body within the size limit that would parse into a huge tree is refused while it is
    // parsed: the hub's peak memory grows by little more than the body itself.
    void bodiesDoNotBecomeHugeTrees_data()
    {
        QTest::addColumn<QByteArray>("filler"); // repeated to fill the body
        QTest::addRow("empty arrays") << QByteArray("[],");
        QTest::addRow("empty objects") << QByteArray("{},");
        QTest::addRow("numbers") << QByteArray("0,");
    }

    void bodiesDoNotBecomeHugeTrees()
    {
        QFETCH(QByteArray, filler);
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        BALGUL_COMPARE_ENUM(
            hub.push(token, {test::makeOp("seed", "problem", test::kProblemA, 0, test::problemFields())})
                .at(0)
                .status,
            OpStatus::Applied);
        const auto peakKiB = [&hub] {
            QFile status(QStringLiteral("/proc/%1/status").arg(hub.process().processId()));
            if (!status.open(QIODevice::ReadOnly))
                return -1LL;
            for (const QByteArray& line : status.readAll().split('\n'))
                if (line.startsWith("VmHWM:"))
                    return line.mid(6).trimmed().split(' ').value(0).toLongLong();
            return -1LL;
        };
        const long long before = peakKiB();
        QVERIFY(before > 0);

        const std::size_t size = core::sync::limits::kMaxPushBytes - 64;
        std::string body = "{\"client_id\":\"c\",\"ops\":[],\"pad\":[";
        while (body.size() + filler.size() + 2 < size)
            body += filler.toStdString();
        body += "0]}";
        const auto reply = hub.authed(token, "POST", "/v1/sync/push", body);
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.errorCode(), std::string("too_large"));

        const long long grown = peakKiB() - before;
        qInfo("peak memory grew by %lld KiB for a %zu KiB body", grown, body.size() / 1024);
        QVERIFY2(grown < 48 * 1024, "the body became a tree many times its size");
        QCOMPARE(hub.pull(token).changes.size(), std::size_t(1));
    }

    // Multi-line text keeps its tabs and line ends.
    void multiLineTextKeepsTabsAndLineEnds()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        auto op = test::makeOp("o1", "problem", test::kProblemA, 0, test::problemFields());
        op.fields->set("description", std::string("first line\n\tindented\r\nlast"));
        BALGUL_COMPARE_ENUM(hub.push(token, {op}).at(0).status, OpStatus::Applied);
        const auto page = hub.pull(token);
        QCOMPARE(page.changes.at(0).fields->getValue<std::string>("description"),
                 std::string("first line\n\tindented\r\nlast"));
    }

    // A refused station write changes nothing, on either backend (a NUL once reached PostgreSQL).
    void refusedStationWritesChangeNothing()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        const std::string path = "/v1/stations/0b4fd5a5-7d8e-4c52-9d1c-6a3f1e2b7c90";
        const std::string tail =
            R"(,"lat":36.35,"lon":127.38,"precision":"exact","mode":"hourly","quantities":["pm2_5"]})";
        QCOMPARE(hub.authed(token, "PUT", path, R"({"name":"School gate")" + tail).status, 201);
        for (const std::string& name :
             {std::string("a\\u0000b"), std::string("a\\u0007b"), std::string("two\\nlines")}) {
            const auto reply = hub.authed(token, "PUT", path, "{\"name\":\"" + name + "\"" + tail);
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.errorCode(), std::string("invalid_field"));
        }
        const auto got = hub.request("GET", path);
        QCOMPARE(got.status, 200);
        QVERIFY2(got.body.find("School gate") != std::string::npos, got.body.c_str());
        const auto later = hub.request("GET", path + "/observations?from=2026-01-01T24:00:00Z");
        QCOMPARE(later.status, 400);
        QCOMPARE(later.errorCode(), std::string("invalid_field"));
        QCOMPARE(hub.request("GET", "/v1/stations/0B4FD5A5-7D8E-4C52-9D1C-6A3F1E2B7C90").status, 400);
    }

    // A %0A (or any control character) in a path cannot forge a line of the access log.
    void accessLogLinesCannotBeForged()
    {
        QTemporaryDir logDir;
        const QString logPath = logDir.path() + QStringLiteral("/access.log");
        BALGUL_START_HUB(hub, dir, QStringList{QStringLiteral("access_log = ") + logPath});
        hub.request("GET",
                    "/v1/nothing%0A2026-01-01T00:00:00Z%2010.0.0.1%20POST%20/v1/sync/push%20200%200%201ms");
        hub.request("GET", "/open311/v2/requests/x%0D%0Aforged.json");
        test::rawExchange(hub.port(), "GET /v1/in\x01"
                                      "fo HTTP/1.1\r\n\r\n");
        QCOMPARE(hub.stop(), 0);
        QFile file(logPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray log = file.readAll();
        const QList<QByteArray> lines = log.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        for (const QByteArray& line : lines) {
            QVERIFY2(!line.contains('\r') && !line.contains('\x01'), line.constData());
            QVERIFY2(line.startsWith("20"), line.constData()); // each line is a request's own
        }
        QVERIFY2(log.contains("/v1/nothing\\x0A2026-01-01T00:00:00Z"), log.constData());
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
