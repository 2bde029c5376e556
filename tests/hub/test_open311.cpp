// The Open311 GeoReport v2 facade against a real balgul-hub: services, requests and their
// filters, one request, filing a request, and errors in the spec's format, in JSON and XML.
// The listing among many problems and its reads under load: test_open311_load.cpp.

#include "hub_process.h"
#include "open311_problems.h"
#include "open311_reader.h"

#include "core/util/ids.h"
#include "core/util/time.h"

#include <QObject>

#include <memory>

using namespace balgul;
using test::makeOp;
using namespace test::open311;

namespace {

const QStringList kServiceFields = {QStringLiteral("service_code"), QStringLiteral("service_name"),
                                    QStringLiteral("description"),  QStringLiteral("metadata"),
                                    QStringLiteral("type"),         QStringLiteral("keywords"),
                                    QStringLiteral("group")};
const QStringList kRequestFields = {QStringLiteral("service_request_id"),
                                    QStringLiteral("status"),
                                    QStringLiteral("status_notes"),
                                    QStringLiteral("service_name"),
                                    QStringLiteral("service_code"),
                                    QStringLiteral("description"),
                                    QStringLiteral("agency_responsible"),
                                    QStringLiteral("service_notice"),
                                    QStringLiteral("requested_datetime"),
                                    QStringLiteral("updated_datetime"),
                                    QStringLiteral("expected_datetime"),
                                    QStringLiteral("address"),
                                    QStringLiteral("address_id"),
                                    QStringLiteral("zipcode"),
                                    QStringLiteral("lat"),
                                    QStringLiteral("long"),
                                    QStringLiteral("media_url")};

// The fixture's problems (UUIDs) and what the filters should make of them.
const std::string kRecentAir = "11111111-1111-4111-8111-111111111111";    // 1 day old, new
const std::string kEnergyWorked = "22222222-2222-4222-8222-222222222222"; // 5 days, in_progress
const std::string kTrafficDone = "33333333-3333-4333-8333-333333333333";  // 10 days, resolved
const std::string kOldAir = "44444444-4444-4444-8444-444444444444";       // 200 days, new
const std::string kUndated = "55555555-5555-4555-8555-555555555555";      // no created time, new
const std::string kDeleted = "66666666-6666-4666-8666-666666666666";      // 2 days, deleted
const std::string kMissing = "77777777-7777-4777-8777-777777777777";      // never existed

QStringList qIds(std::initializer_list<std::string> list)
{
    QStringList out;
    for (const auto& s : list)
        out << QString::fromStdString(s);
    return out;
}

} // namespace

class TestOpen311 : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    std::string m_citizen;   ///< token of citizen "mina"
    std::string m_citizenId; ///< her user id
    std::string m_coordinator;

    test::HttpReply get(const std::string& target) { return m_hub->request("GET", target); }

    std::int64_t lastSeq() { return m_hub->pull(m_citizen).next; }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_hub = std::make_unique<test::HubProcess>(m_dir->path(),
                                                   QStringList{QStringLiteral("name = Daejeon Lab")});
        QVERIFY2(m_hub->start(), "balgul-hub did not start");
        QVERIFY(m_hub->addUser(QStringLiteral("mina"), QStringLiteral("citizen")));
        QVERIFY(m_hub->addUser(QStringLiteral("joon"), QStringLiteral("coordinator")));
        const auto reply =
            m_hub->request("POST", "/v1/auth/login", R"({"login":"mina","password":"correct horse"})");
        auto login = core::sync::parseObject(reply.body);
        QVERIFY(login);
        m_citizen = (*login)->getValue<std::string>("token");
        m_citizenId = (*login)->getValue<std::string>("user_id");
        m_coordinator = m_hub->login("joon");
        QVERIFY(!m_coordinator.empty());

        using namespace std::chrono_literals;
        const auto citizenOps = m_hub->push(
            m_citizen, {makeOp("f1", "problem", kRecentAir, 0, problem("air", "new", iso(24h))),
                        makeOp("f4", "problem", kOldAir, 0, problem("air", "new", iso(200 * 24h))),
                        makeOp("f5", "problem", kUndated, 0, problem("safety", "new", "")),
                        makeOp("f6", "problem", kDeleted, 0, problem("air", "new", iso(48h)))});
        const auto staffOps = m_hub->push(
            m_coordinator,
            {makeOp("f2", "problem", kEnergyWorked, 0, problem("energy", "in_progress", iso(5 * 24h))),
             makeOp("f3", "problem", kTrafficDone, 0, problem("traffic", "resolved", iso(10 * 24h))),
             makeOp("f7", "problem", kDeleted, 0, "{}", core::sync::OpKind::Delete)});
        QCOMPARE(citizenOps.size() + staffOps.size(), std::size_t(7));
        for (const auto& r : citizenOps)
            QCOMPARE(test::name(r.status), std::string("applied"));
        for (const auto& r : staffOps)
            QCOMPARE(test::name(r.status), std::string("applied"));
    }

    void services_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addRow("json") << QStringLiteral("json");
        QTest::addRow("xml") << QStringLiteral("xml");
    }
    void services()
    {
        QFETCH(QString, format);
        const auto reply = get("/open311/v2/services." + format.toStdString());
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.headers.at("Content-Type")
                    .starts_with(format == QLatin1String("xml") ? "text/xml" : "application/json"));
        const auto r = parse(reply.body, format);
        QVERIFY2(r.ok, reply.body.c_str());
        if (format == QLatin1String("xml")) {
            QCOMPARE(r.root, QStringLiteral("services"));
            QCOMPARE(r.recordName, QStringLiteral("service"));
        }
        QCOMPARE(r.values.size(), 9);
        for (const auto& names : r.names)
            QCOMPARE(names, kServiceFields);
        QCOMPARE(r.values[0].value(QStringLiteral("service_code")), QStringLiteral("air"));
        QCOMPARE(r.values[0].value(QStringLiteral("service_name")),
                 QStringLiteral("Fine dust / air quality"));
        QCOMPARE(r.values[0].value(QStringLiteral("metadata")), QStringLiteral("false"));
        QCOMPARE(r.values[0].value(QStringLiteral("type")), QStringLiteral("realtime"));
        QVERIFY(r.values[0].value(QStringLiteral("keywords")).contains(QString::fromUtf8("미세먼지")));
        QCOMPARE(r.values[8].value(QStringLiteral("service_code")), QStringLiteral("other"));

        const auto definition = get("/open311/v2/services/noise." + format.toStdString());
        QCOMPARE(definition.status, 200);
        QVERIFY(definition.body.find("noise") != std::string::npos);
        QVERIFY(definition.body.find("attributes") != std::string::npos);
    }

    void requests_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // ids, in order

        using namespace std::chrono_literals;
        const QString json = QStringLiteral("json");
        const QString xml = QStringLiteral("xml");
        const auto at = [](std::chrono::hours ago) { return QString::fromStdString(formEncode(iso(ago))); };
        const QStringList window = qIds({kRecentAir, kEnergyWorked, kTrafficDone, kUndated});
        QTest::addRow("default 90 days, newest first") << json << QString() << window;
        QTest::addRow("xml default") << xml << QString() << window;
        QTest::addRow("status open") << json << QStringLiteral("status=open")
                                     << qIds({kRecentAir, kEnergyWorked, kUndated});
        QTest::addRow("status closed") << json << QStringLiteral("status=closed") << qIds({kTrafficDone});
        QTest::addRow("xml status closed") << xml << QStringLiteral("status=closed") << qIds({kTrafficDone});
        QTest::addRow("status list") << json << QStringLiteral("status=open,closed") << window;
        QTest::addRow("service_code") << json << QStringLiteral("service_code=air") << qIds({kRecentAir});
        QTest::addRow("service_code list")
            << json << QStringLiteral("service_code=air,traffic") << qIds({kRecentAir, kTrafficDone});
        QTest::addRow("code and status")
            << json << QStringLiteral("service_code=energy&status=closed") << QStringList();
        QTest::addRow("old range")
            << json << QStringLiteral("start_date=%1&end_date=%2").arg(at(220 * 24h), at(140 * 24h))
            << qIds({kOldAir});
        QTest::addRow("start_date only")
            << json << QStringLiteral("start_date=%1").arg(at(7 * 24h)) << qIds({kRecentAir, kEnergyWorked});
        QTest::addRow("end_date only")
            << json << QStringLiteral("end_date=%1").arg(at(72h)) << qIds({kEnergyWorked, kTrafficDone});
        QTest::addRow("ids override the rest")
            << json
            << QStringLiteral("service_code=traffic&service_request_id=%1,%2,%3,not-a-uuid,%1")
                       .arg(QString::fromStdString(kOldAir), QString::fromStdString(kMissing),
                            QString::fromStdString(kDeleted)) +
                   QStringLiteral(",") + QString::fromStdString(kRecentAir)
            << qIds({kOldAir, kRecentAir});
        QTest::addRow("xml ids") << xml
                                 << QStringLiteral("service_request_id=") + QString::fromStdString(kUndated)
                                 << qIds({kUndated});
        QTest::addRow("jurisdiction_id ignored")
            << json << QStringLiteral("jurisdiction_id=city&status=closed") << qIds({kTrafficDone});
    }
    void requests()
    {
        QFETCH(QString, format);
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        std::string target = "/open311/v2/requests." + format.toStdString();
        if (!query.isEmpty())
            target += "?" + query.toStdString();
        const auto reply = get(target);
        QCOMPARE(reply.status, 200);
        const auto r = parse(reply.body, format);
        QVERIFY2(r.ok, reply.body.c_str());
        if (format == QLatin1String("xml")) {
            QCOMPARE(r.root, QStringLiteral("service_requests"));
            if (!expected.isEmpty())
                QCOMPARE(r.recordName, QStringLiteral("request"));
        }
        QCOMPARE(ids(r), expected);
        for (const auto& names : r.names)
            QCOMPARE(names, kRequestFields);
    }

    void requestById_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addRow("json") << QStringLiteral("json");
        QTest::addRow("xml") << QStringLiteral("xml");
    }
    void requestById()
    {
        QFETCH(QString, format);
        const auto reply = get("/open311/v2/requests/" + kTrafficDone + "." + format.toStdString());
        QCOMPARE(reply.status, 200);
        const auto r = parse(reply.body, format);
        QVERIFY2(r.ok, reply.body.c_str());
        QCOMPARE(r.values.size(), 1);
        QCOMPARE(r.names[0], kRequestFields);
        const auto& v = r.values[0];
        QCOMPARE(v.value(QStringLiteral("service_request_id")), QString::fromStdString(kTrafficDone));
        QCOMPARE(v.value(QStringLiteral("status")), QStringLiteral("closed"));
        QCOMPARE(v.value(QStringLiteral("status_notes")), QStringLiteral("resolved"));
        QCOMPARE(v.value(QStringLiteral("service_code")), QStringLiteral("traffic"));
        QCOMPARE(v.value(QStringLiteral("service_name")), QStringLiteral("Traffic"));
        QCOMPARE(v.value(QStringLiteral("description")), QStringLiteral("Problem\n\nSeen <here> & there"));
        QCOMPARE(v.value(QStringLiteral("agency_responsible")), QStringLiteral("Daejeon Lab"));
        QCOMPARE(v.value(QStringLiteral("address")), QStringLiteral("Daejeon"));
        QCOMPARE(v.value(QStringLiteral("lat")).toDouble(), 36.35);
        QCOMPARE(v.value(QStringLiteral("long")).toDouble(), 127.38);
        QVERIFY(core::parseIso8601(v.value(QStringLiteral("requested_datetime")).toStdString()));
    }

    void statusMapping_data()
    {
        QTest::addColumn<QString>("balgulStatus");
        QTest::addColumn<QString>("open311Status");
        QTest::addRow("new") << QStringLiteral("new") << QStringLiteral("open");
        QTest::addRow("confirmed") << QStringLiteral("confirmed") << QStringLiteral("open");
        QTest::addRow("in_progress") << QStringLiteral("in_progress") << QStringLiteral("open");
        QTest::addRow("resolved") << QStringLiteral("resolved") << QStringLiteral("closed");
        QTest::addRow("closed") << QStringLiteral("closed") << QStringLiteral("closed");
    }
    void statusMapping()
    {
        QFETCH(QString, balgulStatus);
        QFETCH(QString, open311Status);
        const std::string id = core::newUuid();
        const auto results =
            m_hub->push(m_coordinator, {makeOp("status-" + id, "problem", id, 0,
                                               problem("green", balgulStatus.toStdString(), iso({})))});
        QCOMPARE(results.size(), std::size_t(1));
        QCOMPARE(test::name(results[0].status), std::string("applied"));
        const auto reply = get("/open311/v2/requests/" + id + ".json");
        QCOMPARE(reply.status, 200);
        const auto r = parseJson(reply.body);
        QCOMPARE(r.values.size(), 1);
        QCOMPARE(r.values[0].value(QStringLiteral("status")), open311Status);
    }

    void post_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("auth"); // form, header or query
        QTest::addRow("json, api_key in form") << QStringLiteral("json") << QStringLiteral("form");
        QTest::addRow("xml, api_key in form") << QStringLiteral("xml") << QStringLiteral("form");
        QTest::addRow("json, bearer header") << QStringLiteral("json") << QStringLiteral("header");
        QTest::addRow("xml, api_key in query") << QStringLiteral("xml") << QStringLiteral("query");
    }
    void post()
    {
        QFETCH(QString, format);
        QFETCH(QString, auth);
        const std::string description = "학교 앞 도로 <먼지> & 매연이 심해요\n아침 8시 + 저녁에 특히";
        std::string form = "service_code=noise&lat=36.351&long=127.384&address_string=" +
                           formEncode("대전 유성구 대학로 99") + "&description=" + formEncode(description) +
                           "&first_name=Jisoo&last_name=Kim&email=jisoo%40example.org&phone=010-0000-0000";
        std::string target = "/open311/v2/requests." + format.toStdString();
        std::map<std::string, std::string> headers{{"Content-Type", "application/x-www-form-urlencoded"}};
        if (auth == QLatin1String("form"))
            form += "&api_key=" + m_citizen;
        else if (auth == QLatin1String("query"))
            target += "?api_key=" + m_citizen;
        else
            headers["Authorization"] = "Bearer " + m_citizen;
        const std::int64_t before = lastSeq();

        const auto reply = m_hub->request("POST", target, form, headers);
        QCOMPARE(reply.status, 201);
        const auto r = parse(reply.body, format);
        QVERIFY2(r.ok, reply.body.c_str());
        QCOMPARE(r.values.size(), 1);
        if (format == QLatin1String("xml")) {
            QCOMPARE(r.root, QStringLiteral("service_requests"));
            QCOMPARE(r.recordName, QStringLiteral("request"));
        }
        QCOMPARE(r.names[0], (QStringList{QStringLiteral("service_request_id"),
                                          QStringLiteral("service_notice"), QStringLiteral("account_id")}));
        const std::string id = r.values[0].value(QStringLiteral("service_request_id")).toStdString();
        QVERIFY(core::isUuid(id));
        QCOMPARE(r.values[0].value(QStringLiteral("account_id")).toStdString(), m_citizenId);

        // The same push path as a client: it is in the pull, owned by the poster.
        const auto page = m_hub->pull(m_citizen, before);
        QCOMPARE(page.changes.size(), std::size_t(1));
        const auto& c = page.changes[0];
        QCOMPARE(c.entity, std::string("problem"));
        QCOMPARE(c.id, id);
        QCOMPARE(c.fields->getValue<std::string>("owner_id"), m_citizenId);
        QCOMPARE(c.fields->getValue<std::string>("category"), std::string("noise"));
        QCOMPARE(c.fields->getValue<std::string>("status"), std::string("new"));
        QCOMPARE(c.fields->getValue<std::string>("title"),
                 std::string("학교 앞 도로 <먼지> & 매연이 심해요"));
        QCOMPARE(c.fields->getValue<std::string>("description"), description);
        QCOMPARE(c.fields->getValue<std::string>("address"), std::string("대전 유성구 대학로 99"));
        // The author is the account's name: first_name and last_name are contact details, not kept.
        QCOMPARE(c.fields->getValue<std::string>("author"), std::string("mina"));
        QCOMPARE(c.fields->getValue<std::string>("author_id"), m_citizenId);
        QCOMPARE(c.fields->getValue<double>("lat"), 36.351);
        QCOMPARE(c.fields->getValue<double>("lon"), 127.384);
        QVERIFY(!c.fields->has("email"));
        QVERIFY(core::parseIso8601(c.fields->getValue<std::string>("created")));

        // And back through GeoReport, in the list and by id.
        const auto one = get("/open311/v2/requests/" + id + "." + format.toStdString());
        QCOMPARE(one.status, 200);
        const auto back = parse(one.body, format);
        QCOMPARE(back.values.size(), 1);
        QCOMPARE(back.values[0].value(QStringLiteral("description")), QString::fromStdString(description));
        QCOMPARE(back.values[0].value(QStringLiteral("status")), QStringLiteral("open"));
        QCOMPARE(back.values[0].value(QStringLiteral("service_code")), QStringLiteral("noise"));
        const auto list = get("/open311/v2/requests.json?service_code=noise");
        QVERIFY(ids(parseJson(list.body)).contains(QString::fromStdString(id)));
    }

    void postWithoutDescriptionIsTitledByService()
    {
        const auto reply = m_hub->request("POST", "/open311/v2/requests.json",
                                          "service_code=welfare&lat=36.3&long=127.3&api_key=" + m_citizen,
                                          {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(reply.status, 201);
        const std::string id =
            parseJson(reply.body).values.value(0).value(QStringLiteral("service_request_id")).toStdString();
        const auto page = m_hub->pull(m_citizen);
        bool found = false;
        for (const auto& c : page.changes)
            if (c.id == id) {
                found = true;
                QCOMPARE(c.fields->getValue<std::string>("title"), std::string("Accessibility and welfare"));
                QCOMPARE(c.fields->getValue<std::string>("author"),
                         std::string("mina")); // the account's name
            }
        QVERIFY(found);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target"); // without the extension's dot-format
        QTest::addColumn<QByteArray>("body");   // "{token}" becomes the citizen's token
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");

        const QByteArray form = "application/x-www-form-urlencoded";
        const QByteArray key = "&api_key={token}";
        const auto get = [&](const char* name, const QString& format, const QByteArray& target, int status) {
            QTest::addRow("%s", name)
                << format << QByteArray("GET") << target << QByteArray() << QByteArray() << status;
        };
        const auto post = [&](const char* name, const QString& format, const QByteArray& body, int status,
                              const QByteArray& type = "application/x-www-form-urlencoded") {
            QTest::addRow("%s", name) << format << QByteArray("POST") << QByteArray("/open311/v2/requests.")
                                      << body << type << status;
        };
        const QString json = QStringLiteral("json");
        const QString xml = QStringLiteral("xml");
        const QByteArray missing = QByteArray::fromStdString(kMissing);
        get("unknown id", json, "/open311/v2/requests/" + missing + ".", 404);
        get("unknown id xml", xml, "/open311/v2/requests/" + missing + ".", 404);
        get("malformed id", xml, "/open311/v2/requests/not-a-uuid.", 404);
        get("deleted id", json, "/open311/v2/requests/" + QByteArray::fromStdString(kDeleted) + ".", 404);
        get("unknown service", json, "/open311/v2/services/potholes.", 404);
        get("unknown status", json, "/open311/v2/requests.?status=pending&x=", 400);
        get("unknown service_code", xml, "/open311/v2/requests.?service_code=potholes&x=", 400);
        get("start_date not ISO", json, "/open311/v2/requests.?start_date=yesterday&x=", 400);
        get("range over 90 days", xml,
            "/open311/v2/requests.?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z&x=", 400);
        get("reversed range", json,
            "/open311/v2/requests.?start_date=2026-02-01T00:00:00Z&end_date=2026-01-01T00:00:00Z&x=", 400);
        get("empty id list", json, "/open311/v2/requests.?service_request_id=,,&x=", 400);
        get("unknown resource", json, "/open311/v2/tokens/abc.", 404);
        get("unknown format", json, "/open311/v2/services.csv?", 404);
        get("no format", json, "/open311/v2/services?", 404);
        get("other version", json, "/open311/v1/services.json?", 404);
        QTest::addRow("DELETE requests")
            << json << QByteArray("DELETE") << QByteArray("/open311/v2/requests.") << QByteArray()
            << QByteArray() << 405;
        QTest::addRow("POST services") << xml << QByteArray("POST") << QByteArray("/open311/v2/services.")
                                       << QByteArray("x=1") << form << 405;
        post("no api_key", json, "service_code=air&lat=36.3&long=127.3", 403);
        post("unknown api_key", xml, "service_code=air&lat=36.3&long=127.3&api_key=" + QByteArray(64, 'a'),
             403);
        post("no service_code", json, "lat=36.3&long=127.3" + key, 400);
        post("unknown service_code", xml, "service_code=potholes&lat=36.3&long=127.3" + key, 400);
        post("no location", json, "service_code=air&description=dust" + key, 400);
        post("address_string only", xml, "service_code=air&address_string=City+Hall" + key, 400);
        post("lat without long", json, "service_code=air&lat=36.3" + key, 400);
        post("lat not a number", json, "service_code=air&lat=north&long=127.3" + key, 400);
        post("lat out of range", xml, "service_code=air&lat=91&long=127.3" + key, 400);
        post("long out of range", json, "service_code=air&lat=36&long=-181" + key, 400);
        post("description too long", json,
             "service_code=air&lat=36.3&long=127.3&description=" + QByteArray(10001, 'x') + key, 400);
        post("invalid UTF-8", xml, "service_code=air&lat=36.3&long=127.3&description=%FF%FE" + key, 400);
        // Ids are lower case, text has no control characters, and times are read by the one
        // parser every Balgul reader uses.
        const QByteArray upper = "AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA";
        get("upper-case id", json, "/open311/v2/requests/" + upper + ".", 400);
        get("upper-case id xml", xml, "/open311/v2/requests/" + upper + ".", 400);
        get("upper-case id in a list", json,
            "/open311/v2/requests.?service_request_id=" + upper + "&x=", 400);
        get("NUL in an id list", xml, "/open311/v2/requests.?service_request_id=a%00b&x=", 400);
        get("line feed in the path", json, "/open311/v2/requests/a%0Ab.", 400);
        get("hour 24", json, "/open311/v2/requests.?start_date=2026-01-01T24:00:00Z&x=", 400);
        get("year 0000", xml, "/open311/v2/requests.?end_date=0000-01-01T00:00:00Z&x=", 400);
        post("NUL in the description", json, "service_code=air&lat=36.3&long=127.3&description=a%00b" + key,
             400);
        post("escape in the address", xml, "service_code=air&lat=36.3&long=127.3&address_string=a%1Bb" + key,
             400);
        post("line feed in the address", json,
             "service_code=air&lat=36.3&long=127.3&address_string=a%0Ab" + key, 400);
        post("JSON body", json, R"({"service_code":"air"})", 415, "application/json");
        post("too large", xml, "service_code=air&description=" + QByteArray(300 * 1024, 'x') + key, 413);
    }
    void errors()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);

        std::string path = target.toStdString();
        // "…." and "….?query" take the format after the dot.
        if (const auto q = path.find('?'); q != std::string::npos) {
            if (path[q - 1] == '.')
                path.insert(q, format.toStdString());
        } else if (path.ends_with('.')) {
            path += format.toStdString();
        }
        std::string payload = body.toStdString();
        if (const auto at = payload.find("{token}"); at != std::string::npos)
            payload.replace(at, 7, m_citizen);
        std::map<std::string, std::string> headers;
        if (!contentType.isEmpty())
            headers["Content-Type"] = contentType.toStdString();
        const std::int64_t before = lastSeq();

        const auto reply = m_hub->request(method.toStdString(), path, payload, headers);
        QCOMPARE(reply.status, status);
        const QString answered =
            path.find(".xml") != std::string::npos ? QStringLiteral("xml") : QStringLiteral("json");
        const auto r = parse(reply.body, answered);
        QVERIFY2(r.ok, reply.body.c_str());
        if (answered == QLatin1String("xml")) {
            QCOMPARE(r.root, QStringLiteral("errors"));
            QCOMPARE(r.recordName, QStringLiteral("error"));
        }
        QCOMPARE(r.values.size(), 1);
        QCOMPARE(r.names[0], (QStringList{QStringLiteral("code"), QStringLiteral("description")}));
        QCOMPARE(r.values[0].value(QStringLiteral("code")).toInt(), status);
        QVERIFY(!r.values[0].value(QStringLiteral("description")).isEmpty());
        QCOMPARE(lastSeq(), before); // nothing was written
    }

    void cleanupTestCase()
    {
        if (m_hub)
            QCOMPARE(m_hub->stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOpen311)
#include "test_open311.moc"
