// Shared sensor stations on a real balgul-hub: publishing, idempotent observation batches,
// paging, who may do what, and every bad input answered with the right 4xx.

#include "hub_process.h"

#include "core/geo/grid_cell.h"
#include "core/sync/station_protocol.h"
#include "core/util/json_writer.h"

#include <QObject>

using namespace balgul;

namespace {

constexpr const char* kStation = "5b1d7c1e-3f2a-4c3b-9a8b-00000000000a";
constexpr const char* kOther = "5b1d7c1e-3f2a-4c3b-9a8b-00000000000b";

/// A station published exactly at (lat, lon), as its owner may choose.
std::string stationBody(const std::string& mode = "hourly", double lat = 36.35, double lon = 127.38,
                        const std::string& precision = "exact")
{
    return R"({"name":"School road","lat":)" + core::jsonNumber(lat) + R"(,"lon":)" + core::jsonNumber(lon) +
           R"(,"precision":")" + precision + R"(","sensor_type":"SDS011","mode":")" + mode +
           R"(","quantities":["pm2_5","pm10"]})";
}

std::string observation(const std::string& quantity, const std::string& time, double value, int count = 1)
{
    return R"({"quantity":")" + quantity + R"(","time":")" + time + R"(","value":)" +
           core::jsonNumber(value) + R"(,"count":)" + std::to_string(count) + "}";
}

std::string batch(const std::vector<std::string>& items)
{
    std::string out = R"({"observations":[)";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? "," : "") + items[i];
    return out + "]}";
}

std::string path(const char* id, const std::string& tail = {})
{
    return std::string("/v1/stations/") + id + tail;
}

/// {"added":a,"changed":c,"unchanged":u} as a string "a/c/u".
std::string counts(const test::HttpReply& reply)
{
    auto o = core::sync::parseObject(reply.body);
    if (!o)
        return "not json: " + reply.body;
    return std::to_string((*o)->getValue<int>("added")) + "/" +
           std::to_string((*o)->getValue<int>("changed")) + "/" +
           std::to_string((*o)->getValue<int>("unchanged"));
}

} // namespace

class TestHubStations : public QObject
{
    Q_OBJECT

    // One hub for the data-driven rows (each row uses a station of its own): alice and bob are
    // citizens, carol a coordinator.
    QTemporaryDir m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    int m_row = 0;
    std::map<std::string, std::string> m_tokens; ///< by login (logins are rate limited)

    /// A fresh station id per row.
    std::string nextStation()
    {
        return "5b1d7c1e-3f2a-4c3b-9a8b-1" +
               QString::number(++m_row).rightJustified(11, QLatin1Char('0')).toStdString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hub = std::make_unique<test::HubProcess>(m_dir.path());
        QVERIFY(m_hub->start());
        QVERIFY(m_hub->addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        QVERIFY(m_hub->addUser(QStringLiteral("bob"), QStringLiteral("citizen")));
        QVERIFY(m_hub->addUser(QStringLiteral("carol"), QStringLiteral("coordinator")));
        for (const char* login : {"alice", "bob", "carol"}) {
            m_tokens[login] = m_hub->login(login);
            QVERIFY(!m_tokens[login].empty());
        }
    }

    void publishListAndRead()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        QCOMPARE(hub.authed(token, "PUT", path(kStation), stationBody()).status, 201);
        QCOMPARE(hub.authed(token, "PUT", path(kStation), stationBody("hourly", 36.36)).status, 200);
        QCOMPARE(hub.authed(token, "PUT", path(kOther), stationBody("raw", 37.5, 127.0)).status, 201);

        const auto list = hub.request("GET", "/v1/stations"); // anonymous
        QCOMPARE(list.status, 200);
        auto decoded = core::sync::decodeStationList(list.body);
        QVERIFY2(decoded.ok(), list.body.c_str());
        QCOMPARE(decoded->stations.size(), std::size_t(2));
        QCOMPARE(decoded->stations[0].id, std::string(kStation));
        QCOMPARE(decoded->stations[0].lat, 36.36);
        QCOMPARE(decoded->stations[0].quantities, (std::vector<std::string>{"pm2_5", "pm10"}));
        QCOMPARE(decoded->stations[1].mode, std::string("raw"));

        // A box around Daejeon holds only the first; paging by one follows `next`.
        auto boxed =
            core::sync::decodeStationList(hub.request("GET", "/v1/stations?bbox=127,36,128,37").body);
        QVERIFY(boxed.ok());
        QCOMPARE(boxed->stations.size(), std::size_t(1));
        QCOMPARE(boxed->stations[0].id, std::string(kStation));
        auto first = core::sync::decodeStationList(hub.request("GET", "/v1/stations?limit=1").body);
        QVERIFY(first.ok() && first->more);
        auto second = core::sync::decodeStationList(
            hub.request("GET", "/v1/stations?limit=1&after=" + first->next).body);
        QVERIFY(second.ok() && !second->more);
        QCOMPARE(second->stations.at(0).id, std::string(kOther));

        const auto one = hub.request("GET", path(kStation));
        QCOMPARE(one.status, 200);
        QCOMPARE(core::sync::decodeStationInfo(one.body)->name, std::string("School road"));
    }

    void batchesAreIdempotent()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        QCOMPARE(hub.authed(token, "PUT", path(kStation), stationBody()).status, 201);
        const std::string body = batch({observation("pm2_5", "2026-11-01T09:00:00Z", 41.5, 58),
                                        observation("pm10", "2026-11-01T09:00:00Z", 77.25, 58),
                                        observation("pm2_5", "2026-11-01T10:00:00Z", 12.125, 60)});
        const auto first = hub.authed(token, "POST", path(kStation, "/observations"), body);
        QCOMPARE(first.status, 200);
        QCOMPARE(counts(first), std::string("3/0/0"));
        const std::string seqs = "SELECT seq FROM station_observations ORDER BY seq";
        const auto before = hub.storeRows(seqs);
        QCOMPARE(before.size(), std::size_t(3));

        // The same batch again (a retry after a lost answer) changes nothing.
        const auto retry = hub.authed(token, "POST", path(kStation, "/observations"), body);
        QCOMPARE(counts(retry), std::string("0/0/3"));
        QVERIFY(hub.storeRows(seqs) == before);
        QCOMPARE(hub.storeQuery("SELECT count(*) FROM station_observations"), std::string("3"));

        // An hourly mean that gained readings replaces the stored one and takes a new seq.
        const auto corrected = hub.authed(token, "POST", path(kStation, "/observations"),
                                          batch({observation("pm2_5", "2026-11-01T10:00:00Z", 13.5, 61)}));
        QCOMPARE(counts(corrected), std::string("0/1/0"));
        auto page = core::sync::decodeObservationPage(
            hub.request("GET", path(kStation, "/observations?after_seq=3")).body);
        QVERIFY(page.ok());
        QCOMPARE(page->observations.size(), std::size_t(1));
        QCOMPARE(page->observations[0].seq, std::int64_t(4));
        QCOMPARE(page->observations[0].value, 13.5);
        QCOMPARE(page->observations[0].count, std::int64_t(61));
        QCOMPARE(page->observations[0].kind, std::string("hourly"));
    }

    void observationsArePagedAndFiltered()
    {
        BALGUL_START_HUB(hub, dir);
        QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
        const auto token = hub.login("alice");
        QCOMPARE(hub.authed(token, "PUT", path(kStation), stationBody("raw")).status, 201);
        std::vector<std::string> items;
        for (int minute = 0; minute < 10; ++minute) {
            const std::string t = "2026-11-01T09:0" + std::to_string(minute) + ":00Z";
            items.push_back(observation("pm2_5", t, 10 + minute));
            items.push_back(observation("pm10", t, 20 + minute));
        }
        QCOMPARE(hub.authed(token, "POST", path(kStation, "/observations"), batch(items)).status, 200);

        std::int64_t after = 0;
        std::vector<std::int64_t> seqs;
        for (int pages = 0; pages < 10; ++pages) {
            auto page = core::sync::decodeObservationPage(
                hub.request("GET", path(kStation, "/observations?limit=7&after_seq=" + std::to_string(after)))
                    .body);
            QVERIFY(page.ok());
            for (const auto& o : page->observations)
                seqs.push_back(o.seq);
            after = page->next;
            if (!page->more)
                break;
        }
        QCOMPARE(seqs.size(), std::size_t(20));
        QVERIFY(std::is_sorted(seqs.begin(), seqs.end()));

        auto window = core::sync::decodeObservationPage(
            hub.request("GET",
                        path(kStation, "/observations?quantity=pm10&from=2026-11-01T09:02:00Z&to=2026-11-"
                                       "01T09:05:00Z"))
                .body);
        QVERIFY(window.ok());
        QCOMPARE(window->observations.size(), std::size_t(3));
        QCOMPARE(window->observations[0].value, 22.0);
        QCOMPARE(window->observations[2].time, std::int64_t(1793523840)); // 09:04
    }

    void authorization_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("status");
        const QString anonymous = QStringLiteral("anonymous"), owner = QStringLiteral("owner"),
                      other = QStringLiteral("other citizen"), coordinator = QStringLiteral("coordinator");
        const QString put = QStringLiteral("put"), post = QStringLiteral("post"),
                      del = QStringLiteral("delete"), read = QStringLiteral("read");
        QTest::addRow("anonymous reads") << anonymous << read << 200;
        QTest::addRow("anonymous put") << anonymous << put << 401;
        QTest::addRow("anonymous post") << anonymous << post << 401;
        QTest::addRow("anonymous delete") << anonymous << del << 401;
        QTest::addRow("owner put") << owner << put << 200;
        QTest::addRow("owner post") << owner << post << 200;
        QTest::addRow("owner delete") << owner << del << 204;
        QTest::addRow("other citizen put") << other << put << 403;
        QTest::addRow("other citizen post") << other << post << 403;
        QTest::addRow("other citizen delete") << other << del << 403;
        QTest::addRow("coordinator put") << coordinator << put << 200;
        QTest::addRow("coordinator post") << coordinator << post << 403;
        QTest::addRow("coordinator delete") << coordinator << del << 204;
    }

    void authorization()
    {
        QFETCH(QString, who);
        QFETCH(QString, action);
        QFETCH(int, status);
        auto& hub = *m_hub;
        const std::string id = nextStation();
        const char* stationId = id.c_str();
        const auto alice = m_tokens["alice"];
        QCOMPARE(hub.authed(alice, "PUT", path(stationId), stationBody()).status, 201);
        QCOMPARE(hub.authed(alice, "POST", path(stationId, "/observations"),
                            batch({observation("pm2_5", "2026-11-01T09:00:00Z", 30, 60)}))
                     .status,
                 200);
        std::string token;
        if (who == QStringLiteral("owner"))
            token = alice;
        else if (who == QStringLiteral("other citizen"))
            token = m_tokens["bob"];
        else if (who == QStringLiteral("coordinator"))
            token = m_tokens["carol"];
        const auto send = [&](const std::string& method, const std::string& target, const std::string& body) {
            return token.empty() ? hub.request(method, target, body)
                                 : hub.authed(token, method, target, body);
        };
        test::HttpReply reply;
        if (action == QStringLiteral("read"))
            reply = send("GET", path(stationId, "/observations"), {});
        else if (action == QStringLiteral("put"))
            reply = send("PUT", path(stationId), stationBody("hourly", 36.4));
        else if (action == QStringLiteral("post"))
            reply = send("POST", path(stationId, "/observations"),
                         batch({observation("pm2_5", "2026-11-01T10:00:00Z", 99, 60)}));
        else
            reply = send("DELETE", path(stationId), {});
        QCOMPARE(reply.status, status);
        if (status >= 400)
            QVERIFY(reply.isJsonError());
        // The owner never changes, whoever edits the station.
        QCOMPARE(hub.storeQuery(std::string("SELECT count(*) FROM stations WHERE id = '") + stationId +
                                "' AND owner_id <> (SELECT id FROM users WHERE login = 'alice')"),
                 std::string("0"));
        const std::string observations =
            hub.storeQuery("SELECT count(*) FROM station_observations WHERE station_id = '" + id + "'");
        if (status == 204) {
            QCOMPARE(hub.request("GET", path(stationId)).status, 404);
            QCOMPARE(observations, std::string("0")); // the hub's copy is erased
        } else {
            QCOMPARE(observations,
                     std::string(action == QStringLiteral("post") && status == 200 ? "2" : "1"));
        }
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QString post = QStringLiteral("POST"), put = QStringLiteral("PUT"), get = QStringLiteral("GET");
        const QString obs = QString::fromLatin1(path(kStation, "/observations"));
        const QString station = QString::fromLatin1(path(kStation));
        const auto b = [](const std::string& s) { return QByteArray::fromStdString(s); };
        const std::string ok = observation("pm2_5", "2026-11-01T09:00:00Z", 30, 60);
        QTest::addRow("not json") << post << obs << QByteArray("{nope") << 400 << "malformed_json"
                                  << "";
        QTest::addRow("no observations") << post << obs << QByteArray("{}") << 400 << "invalid_field"
                                         << "observations";
        QTest::addRow("value a string")
            << post << obs
            << b(batch({ok, R"({"quantity":"pm10","time":"2026-11-01T09:00:00Z","value":"12"})"})) << 400
            << "invalid_field"
            << "observations[1].value";
        QTest::addRow("implausible value")
            << post << obs << b(batch({ok, observation("pm10", "2026-11-01T09:00:00Z", -5)})) << 422
            << "invalid_value"
            << "observations[1].value";
        QTest::addRow("unknown quantity")
            << post << obs << b(batch({observation("ozone", "2026-11-01T09:00:00Z", 5)})) << 422
            << "invalid_value"
            << "observations[0].quantity";
        QTest::addRow("quantity not published")
            << post << obs << b(batch({observation("temperature", "2026-11-01T09:00:00Z", 5)})) << 422
            << "invalid_value"
            << "observations[0].quantity";
        QTest::addRow("hourly time off the hour")
            << post << obs << b(batch({observation("pm10", "2026-11-01T09:30:00Z", 5)})) << 422
            << "invalid_value"
            << "observations[0].time";
        QTest::addRow("time not a time")
            << post << obs << b(batch({observation("pm10", "yesterday", 5)})) << 422 << "invalid_value"
            << "observations[0].time";
        QTest::addRow("time in the future")
            << post << obs << b(batch({observation("pm10", "2999-01-01T00:00:00Z", 5)})) << 422
            << "invalid_value"
            << "observations[0].time";
        QTest::addRow("repeated key") << post << obs << b(batch({ok, ok})) << 422 << "invalid_value"
                                      << "observations[1].time";
        QTest::addRow("negative count")
            << post << obs << b(batch({observation("pm10", "2026-11-01T09:00:00Z", 5, 0)})) << 422
            << "invalid_value"
            << "observations[0].count";
        std::vector<std::string> many(core::sync::station_limits::kMaxObservationsPerBatch + 1, ok);
        QTest::addRow("too many") << post << obs << b(batch(many)) << 413 << "too_large"
                                  << "observations";
        QTest::addRow("unknown station") << post << QString::fromLatin1(path(kOther, "/observations"))
                                         << b(batch({ok})) << 404 << "not_found"
                                         << "";
        QTest::addRow("id not a uuid")
            << put << QStringLiteral("/v1/stations/not-a-uuid") << b(stationBody()) << 400 << "invalid_field"
            << "id";
        QTest::addRow("bad mode") << put << station << b(stationBody("daily")) << 422 << "invalid_value"
                                  << "mode";
        QTest::addRow("lat out of range")
            << put << station << b(stationBody("raw", 91)) << 400 << "invalid_field"
            << "lat";
        // A place finer than the precision the station declares is refused before anything is kept.
        QTest::addRow("place finer than 500m")
            << put << station << b(stationBody("raw", 36.35, 127.38, "500m")) << 400 << "invalid_field"
            << "lat";
        QTest::addRow("place finer than 1km")
            << put << station << b(stationBody("raw", 36.35, 127.38, "1km")) << 400 << "invalid_field"
            << "lat";
        QTest::addRow("100m cell centre declared 1km")
            << put << station
            << b(stationBody("raw", core::geo::cellOf(36.35, 127.38, core::geo::Precision::M100).lat,
                             core::geo::cellOf(36.35, 127.38, core::geo::Precision::M100).lon, "1km"))
            << 400 << "invalid_field"
            << "lat";
        QTest::addRow("unknown precision")
            << put << station << b(stationBody("raw", 36.35, 127.38, "250m")) << 422 << "invalid_value"
            << "precision";
        QTest::addRow("no precision")
            << put << station
            << QByteArray(
                   R"({"name":"x","lat":1,"lon":2,"sensor_type":"","mode":"raw","quantities":["pm10"]})")
            << 400 << "invalid_field"
            << "precision";
        QTest::addRow("no quantities")
            << put << station
            << QByteArray(R"({"lat":1,"lon":2,"precision":"exact","mode":"raw","quantities":[]})") << 422
            << "invalid_value"
            << "quantities";
        QTest::addRow("bad bbox") << get << QStringLiteral("/v1/stations?bbox=1,2,3") << QByteArray() << 400
                                  << "invalid_field"
                                  << "bbox";
        QTest::addRow("bad after_seq")
            << get << obs + QStringLiteral("?after_seq=-1") << QByteArray() << 400 << "invalid_field"
            << "after_seq";
        QTest::addRow("bad from") << get << obs + QStringLiteral("?from=soon") << QByteArray() << 400
                                  << "invalid_field"
                                  << "from";
        QTest::addRow("unknown tail")
            << get << station + QStringLiteral("/readings") << QByteArray() << 404 << "not_found"
            << "";
        QTest::addRow("delete the list") << QStringLiteral("DELETE") << QStringLiteral("/v1/stations")
                                         << QByteArray() << 405 << "method_not_allowed"
                                         << "";
    }

    void badInput()
    {
        QFETCH(QString, method);
        QFETCH(QString, target);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        auto& hub = *m_hub;
        const std::string id = nextStation();
        const auto token = m_tokens["alice"];
        QCOMPARE(hub.authed(token, "PUT", path(id.c_str()), stationBody()).status, 201);
        target.replace(QString::fromLatin1(kStation), QString::fromStdString(id));
        const auto reply = hub.authed(token, method.toStdString(), target.toStdString(), body.toStdString());
        QCOMPARE(reply.status, status);
        QCOMPARE(QString::fromStdString(reply.errorCode()), code);
        auto error = core::sync::decodeApiError(reply.body);
        QVERIFY(error.ok());
        QCOMPARE(QString::fromStdString(error->field), field);
        // Nothing of a refused batch is kept, and the hub still answers.
        QCOMPARE(hub.storeQuery("SELECT count(*) FROM station_observations WHERE station_id = '" + id + "'"),
                 std::string("0"));
        QCOMPARE(hub.request("GET", "/v1/stations").status, 200);
    }

    void wrongContentTypeIs415()
    {
        auto& hub = *m_hub;
        const auto token = m_tokens["alice"];
        const auto reply = hub.authed(token, "PUT", path(nextStation().c_str()), stationBody(),
                                      {{"Content-Type", "text/plain"}});
        QCOMPARE(reply.status, 415);
        QCOMPARE(reply.errorCode(), std::string("unsupported_media_type"));
    }
};

QTEST_GUILESS_MAIN(TestHubStations)
#include "test_hub_stations.moc"
