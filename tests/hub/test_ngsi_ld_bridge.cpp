// The NGSI-LD bridge of a real balgul-hub against a small broker started here (Poco HTTPServer on
// a loopback port) that records every upsert and can refuse chosen entities once with a 207.

#include "hub_process.h"
#include "ngsi_broker.h"

#include "hub/stations/ngsi_ld_bridge.h"

#include <Poco/JSON/Array.h>

#include <QObject>

#include <algorithm>
#include <chrono>
#include <functional>
#include <mutex>
#include <set>
#include <thread>

using namespace balgul;
using test::Broker;

namespace {

constexpr const char* kStation = "9c0e1d2f-3a4b-4c5d-8e6f-000000000001";

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 20000)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (std::chrono::steady_clock::now() < deadline) {
        if (condition())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return condition();
}

std::string aqo(const std::string& time)
{
    return std::string("urn:ngsi-ld:AirQualityObserved:") + kStation + ":" + time;
}

std::string observation(const std::string& quantity, const std::string& time, double value)
{
    return R"({"quantity":")" + quantity + R"(","time":")" + time + R"(","value":)" + std::to_string(value) +
           "}";
}

std::string batch(const std::vector<std::string>& items)
{
    std::string out = R"({"observations":[)";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? "," : "") + items[i];
    return out + "]}";
}

/// Starts a hub forwarding to `broker`, with alice's raw station; returns alice's token.
std::string publish(test::HubProcess& hub)
{
    if (!hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")))
        return {};
    const std::string token = hub.login("alice");
    const auto put = hub.authed(
        token, "PUT", std::string("/v1/stations/") + kStation,
        R"({"name":"School road","lat":36.35,"lon":127.38,"precision":"exact","sensor_type":"SDS011","mode":"raw",)"
        R"("quantities":["pm2_5","pm10","temperature","humidity","noise_laeq","pressure"]})");
    return put.status == 201 ? token : std::string();
}

int post(test::HubProcess& hub, const std::string& token, const std::vector<std::string>& items)
{
    return hub.authed(token, "POST", std::string("/v1/stations/") + kStation + "/observations", batch(items))
        .status;
}

std::int64_t count(const std::vector<std::string>& ids, const std::string& id)
{
    return std::count(ids.begin(), ids.end(), id);
}

} // namespace

class TestNgsiLdBridge : public QObject
{
    Q_OBJECT

private slots:
    void entitiesFromObservations()
    {
        hub::StationRecord station;
        station.id = kStation;
        station.lat = 36.35;
        station.lon = 127.38;
        station.mode = "hourly";
        const auto make = [](const char* quantity, const char* kind, double value) {
            hub::ObservationRecord o;
            o.quantity = quantity;
            o.kind = kind;
            o.time = 1793523600;
            o.value = value;
            return o;
        };
        const std::vector<hub::ObservationRecord> both = {make("pm2_5", "raw", 20),
                                                          make("pm2_5", "hourly", 10)};
        auto entities = hub::buildNgsiEntities(station, 1793523600, both);
        QCOMPARE(entities.size(), std::size_t(1));
        QCOMPARE(entities[0].id, aqo("2026-11-01T09:00:00Z"));
        QVERIFY(entities[0].json.find(R"("pm25":{"type":"Property","value":10,)") != std::string::npos);
        station.mode = "raw";
        entities = hub::buildNgsiEntities(station, 1793523600, both);
        QVERIFY(entities.at(0).json.find(R"("pm25":{"type":"Property","value":20,)") != std::string::npos);
        // Quantities the data models do not carry here send nothing.
        QVERIFY(hub::buildNgsiEntities(station, 1793523600, {make("pressure", "raw", 1013)}).empty());
    }

    void forwardsAirQualityAndNoise()
    {
        Broker broker;
        BALGUL_START_HUB(hub, dir, {broker.configLine()});
        const std::string token = publish(hub);
        QVERIFY(!token.empty());
        QCOMPARE(post(hub, token,
                      {observation("pm2_5", "2026-11-01T09:00:00Z", 41.5),
                       observation("pm10", "2026-11-01T09:00:00Z", 77),
                       observation("temperature", "2026-11-01T09:00:00Z", 12.5),
                       observation("humidity", "2026-11-01T09:00:00Z", 54),
                       observation("noise_laeq", "2026-11-01T09:00:00Z", 61.2),
                       observation("pressure", "2026-11-01T09:00:00Z", 1013.2),
                       observation("pm2_5", "2026-11-01T09:01:00Z", 40)}),
                 200);
        const std::string noise =
            std::string("urn:ngsi-ld:NoiseLevelObserved:") + kStation + ":2026-11-01T09:00:00Z";
        QVERIFY(waitFor([&] {
            const auto ids = broker.state.ids();
            return count(ids, aqo("2026-11-01T09:00:00Z")) && count(ids, aqo("2026-11-01T09:01:00Z")) &&
                   count(ids, noise);
        }));
        QVERIFY(waitFor([&] {
            return hub.storeQuery("SELECT value FROM station_meta WHERE key = 'forward_cursor'") == "7";
        }));

        std::lock_guard lock(broker.state.mutex);
        Poco::JSON::Object::Ptr air;
        for (const auto& u : broker.state.upserts) {
            QCOMPARE(u.path, std::string("/ngsi-ld/v1/entityOperations/upsert"));
            QCOMPARE(u.contentType, std::string("application/ld+json"));
            for (std::size_t i = 0; i < u.entities->size(); ++i) {
                auto e = u.entities->getObject(static_cast<unsigned>(i));
                if (e->getValue<std::string>("id") == aqo("2026-11-01T09:00:00Z"))
                    air = e;
            }
        }
        QVERIFY(air);
        QCOMPARE(air->getValue<std::string>("type"), std::string("AirQualityObserved"));
        QCOMPARE(air->getObject("pm25")->getValue<std::string>("type"), std::string("Property"));
        QCOMPARE(air->getObject("pm25")->getValue<double>("value"), 41.5);
        QCOMPARE(air->getObject("pm25")->getValue<std::string>("observedAt"),
                 std::string("2026-11-01T09:00:00Z"));
        QCOMPARE(air->getObject("pm10")->getValue<double>("value"), 77.0);
        QCOMPARE(air->getObject("temperature")->getValue<double>("value"), 12.5);
        QCOMPARE(air->getObject("relativeHumidity")->getValue<double>("value"), 0.54);
        QVERIFY(!air->has("pressure"));
        auto location = air->getObject("location");
        QCOMPARE(location->getValue<std::string>("type"), std::string("GeoProperty"));
        auto coordinates = location->getObject("value")->getArray("coordinates");
        QCOMPARE(coordinates->getElement<double>(0), 127.38);
        QCOMPARE(coordinates->getElement<double>(1), 36.35);
        QCOMPARE(air->getObject("dateObserved")->getObject("value")->getValue<std::string>("@value"),
                 std::string("2026-11-01T09:00:00Z"));
        auto context = air->getArray("@context");
        QVERIFY(context);
        QCOMPARE(context->getElement<std::string>(0), std::string(hub::kEnvironmentContext));
    }

    void refusedEntitiesAreRetried()
    {
        Broker broker;
        const std::string refused = aqo("2026-11-01T09:00:00Z");
        broker.state.refuseOnce.insert(refused);
        BALGUL_START_HUB(hub, dir, {broker.configLine()});
        const std::string token = publish(hub);
        QVERIFY(!token.empty());
        QCOMPARE(post(hub, token,
                      {observation("pm2_5", "2026-11-01T09:00:00Z", 41.5),
                       observation("pm2_5", "2026-11-01T10:00:00Z", 12)}),
                 200);
        // The refused entity comes again; the one the broker took does not.
        QVERIFY(waitFor([&] { return count(broker.state.ids(), refused) == 2; }));
        QVERIFY(
            waitFor([&] { return hub.storeQuery("SELECT count(*) FROM station_forward_retries") == "0"; }));
        QCOMPARE(count(broker.state.ids(), aqo("2026-11-01T10:00:00Z")), std::int64_t(1));
        std::lock_guard lock(broker.state.mutex);
        const auto& retry = broker.state.upserts.back();
        QCOMPARE(retry.ids, std::vector<std::string>{refused});
        QCOMPARE(retry.entities->getObject(0)->getObject("pm25")->getValue<double>("value"), 41.5);
    }

    void restartSendsNothingTwice()
    {
        Broker broker;
        BALGUL_START_HUB(hub, dir, {broker.configLine()});
        const std::string token = publish(hub);
        QVERIFY(!token.empty());
        QCOMPARE(post(hub, token, {observation("pm2_5", "2026-11-01T09:00:00Z", 41.5)}), 200);
        QVERIFY(waitFor([&] {
            return hub.storeQuery("SELECT value FROM station_meta WHERE key = 'forward_cursor'") == "1";
        }));
        QCOMPARE(hub.stop(), 0);
        {
            std::lock_guard lock(broker.state.mutex);
            broker.state.upserts.clear();
        }
        QVERIFY(hub.start());
        QCOMPARE(post(hub, token, {observation("pm2_5", "2026-11-01T10:00:00Z", 12)}), 200);
        QVERIFY(waitFor([&] { return count(broker.state.ids(), aqo("2026-11-01T10:00:00Z")) == 1; }));
        QCOMPARE(broker.state.ids(), std::vector<std::string>{aqo("2026-11-01T10:00:00Z")});
    }
};

QTEST_GUILESS_MAIN(TestNgsiLdBridge)
#include "test_ngsi_ld_bridge.moc"
