#include "hub/stations/ngsi_ld_bridge.h"

#include "core/sync/hub_client.h"
#include "core/sync/protocol.h"
#include "core/sync/station_protocol.h"
#include "core/util/json_writer.h"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <optional>
#include <set>

namespace balgul::hub {

namespace {

using core::jsonNumber;
using core::jsonQuote;
using core::sync::isoSeconds;

constexpr const char* kUpsertPath = "/ngsi-ld/v1/entityOperations/upsert";

struct Forwarded
{
    const char* type;
    const char* property;
    const char* unitCode; ///< UN/CEFACT common code
    double scale;
};

/// What goes out, by stored quantity word.
const std::map<std::string, Forwarded>& forwarded()
{
    static const std::map<std::string, Forwarded> table = {
        {"pm2_5", {"AirQualityObserved", "pm25", "GQ", 1.0}},
        {"pm10", {"AirQualityObserved", "pm10", "GQ", 1.0}},
        {"temperature", {"AirQualityObserved", "temperature", "CEL", 1.0}},
        {"humidity", {"AirQualityObserved", "relativeHumidity", "C62", 0.01}},
        {"noise_laeq", {"NoiseLevelObserved", "LAeq", "2N", 1.0}},
        {"noise_lamax", {"NoiseLevelObserved", "LAmax", "2N", 1.0}},
    };
    return table;
}

std::string property(const std::string& value, const std::string& extra = {})
{
    return "{\"type\":\"Property\",\"value\":" + value + extra + "}";
}

std::string dateTime(std::int64_t time)
{
    return "{\"@type\":\"DateTime\",\"@value\":" + jsonQuote(isoSeconds(time)) + "}";
}

} // namespace

std::string ngsiEntityId(const std::string& type, const std::string& stationId, std::int64_t time)
{
    return "urn:ngsi-ld:" + type + ":" + stationId + ":" + isoSeconds(time);
}

std::vector<NgsiEntity> buildNgsiEntities(const StationRecord& station, std::int64_t time,
                                          const std::vector<ObservationRecord>& observations)
{
    // type -> property -> the chosen observation
    std::map<std::string, std::map<std::string, const ObservationRecord*>> chosen;
    for (const auto& o : observations) {
        const auto it = forwarded().find(o.quantity);
        if (it == forwarded().end() || o.time != time)
            continue;
        const ObservationRecord*& slot = chosen[it->second.type][it->second.property];
        if (!slot || (slot->kind != station.mode && o.kind == station.mode))
            slot = &o;
    }
    const std::string observedAt = jsonQuote(isoSeconds(time));
    const std::string location = "{\"type\":\"GeoProperty\",\"value\":{\"type\":\"Point\",\"coordinates\":[" +
                                 jsonNumber(station.lon) + "," + jsonNumber(station.lat) + "]}}";
    const std::string context =
        "[" + jsonQuote(kEnvironmentContext) + "," + jsonQuote(kNgsiLdCoreContext) + "]";
    std::vector<NgsiEntity> out;
    for (const auto& [type, properties] : chosen) {
        NgsiEntity e;
        e.id = ngsiEntityId(type, station.id, time);
        std::string json = "{\"id\":" + jsonQuote(e.id) + ",\"type\":" + jsonQuote(type);
        bool hourly = false;
        for (const auto& [name, o] : properties) {
            const Forwarded& f = forwarded().at(o->quantity);
            hourly = hourly || o->kind == "hourly";
            json += "," + jsonQuote(name) + ":" +
                    property(jsonNumber(o->value * f.scale),
                             ",\"unitCode\":" + jsonQuote(f.unitCode) + ",\"observedAt\":" + observedAt);
        }
        json += ",\"dateObserved\":" + property(dateTime(time));
        if (type == "NoiseLevelObserved") {
            json += ",\"dateObservedFrom\":" + property(dateTime(time));
            json += ",\"dateObservedTo\":" + property(dateTime(hourly ? time + 3600 : time));
        }
        json += ",\"location\":" + location;
        if (!station.name.empty())
            json += ",\"name\":" + property(jsonQuote(station.name));
        json += ",\"@context\":" + context + "}";
        e.json = std::move(json);
        out.push_back(std::move(e));
    }
    return out;
}

NgsiLdBridge::NgsiLdBridge(StationStorage& storage, NgsiLdOptions options)
    : m_storage(storage), m_options(std::move(options))
{}

NgsiLdBridge::~NgsiLdBridge()
{
    stop();
}

void NgsiLdBridge::start()
{
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
}

void NgsiLdBridge::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void NgsiLdBridge::notify()
{
    {
        std::lock_guard lock(m_mutex);
        m_pending = true;
    }
    m_wake.notify_all();
}

void NgsiLdBridge::run()
{
    auto pause = m_options.pollInterval;
    std::string lastError;
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return;
            m_pending = false;
        }
        Round round;
        try {
            round = forwardOnce();
        } catch (const std::exception& e) {
            round.error = true;
            round.message = e.what();
        }
        if (round.error) {
            if (round.message != lastError)
                std::cerr << "balgul-hub: NGSI-LD broker: " << round.message << " (will retry)\n";
            lastError = round.message;
            pause = std::min<std::chrono::milliseconds>(pause * 2, std::chrono::seconds(60));
        } else {
            if (!lastError.empty())
                std::cerr << "balgul-hub: NGSI-LD broker: forwarding again\n";
            lastError.clear();
            pause = m_options.pollInterval;
            if (round.more)
                continue;
        }
        std::unique_lock lock(m_mutex);
        m_wake.wait_for(lock, pause, [this, &round] { return m_stopping || (m_pending && !round.error); });
    }
}

NgsiLdBridge::Round NgsiLdBridge::forwardOnce()
{
    Round round;
    const auto retries = m_storage.forwardRetries(m_options.entitiesPerRequest);
    const auto page = m_storage.observationsAfter(m_storage.forwardCursor(), m_options.pageSize);
    round.more = page.size() == m_options.pageSize;
    std::set<ForwardKey> keys(retries.begin(), retries.end());
    for (const auto& o : page)
        if (forwarded().count(o.quantity))
            keys.insert(ForwardKey{o.stationId, o.time});

    std::map<std::string, std::optional<StationRecord>> stations;
    std::vector<NgsiEntity> entities;
    std::map<std::string, ForwardKey> keyOf;
    std::map<ForwardKey, ForwardOutcome> outcomes;
    for (const auto& key : keys) {
        auto it = stations.find(key.stationId);
        if (it == stations.end())
            it = stations.emplace(key.stationId, m_storage.station(key.stationId)).first;
        ForwardOutcome& outcome = outcomes[key];
        outcome.key = key;
        if (!it->second) // unshared since: nothing to send
            continue;
        outcome.lat = it->second->lat;
        outcome.lon = it->second->lon;
        auto built =
            buildNgsiEntities(*it->second, key.time, m_storage.observationsAt(key.stationId, key.time));
        for (auto& e : built) {
            keyOf.emplace(e.id, key);
            entities.push_back(std::move(e));
        }
    }

    core::sync::HubClient client(core::sync::HubEndpoint{m_options.url, {}, true, 30});
    std::set<ForwardKey> failed;
    for (std::size_t start = 0; start < entities.size(); start += m_options.entitiesPerRequest) {
        const std::size_t end = std::min(entities.size(), start + m_options.entitiesPerRequest);
        std::string body = "[";
        for (std::size_t i = start; i < end; ++i)
            body += (i > start ? "," : "") + entities[i].json;
        body += "]";
        auto answer = client.send("POST", kUpsertPath, body, "application/ld+json");
        if (!answer) {
            round.error = true;
            round.message = answer.error().message;
            return round;
        }
        if (answer->status == 207) {
            // Per entity: the ids in `errors` failed, every other one was taken.
            std::set<std::string> refused;
            auto parsed = core::sync::parseObject(answer->body);
            Poco::JSON::Array::Ptr errors = parsed ? (*parsed)->getArray("errors") : nullptr;
            for (std::size_t i = 0; errors && i < errors->size(); ++i) {
                auto item = errors->getObject(static_cast<unsigned>(i));
                if (item && item->has("entityId") && item->get("entityId").isString())
                    refused.insert(item->getValue<std::string>("entityId"));
            }
            for (std::size_t i = start; i < end; ++i)
                if (!errors || refused.count(entities[i].id))
                    failed.insert(keyOf.at(entities[i].id));
            round.failed += errors ? refused.size() : end - start;
            round.sent += (end - start) - (errors ? refused.size() : end - start);
        } else if (answer->status >= 200 && answer->status < 300) {
            round.sent += end - start;
        } else {
            round.error = true;
            round.message = "the broker answered HTTP " + std::to_string(answer->status);
            return round;
        }
    }
    std::vector<ForwardOutcome> recorded;
    recorded.reserve(outcomes.size());
    for (auto& [key, outcome] : outcomes) {
        outcome.delivered = !failed.count(key);
        recorded.push_back(outcome);
    }
    std::optional<std::int64_t> cursor;
    if (!page.empty())
        cursor = page.back().seq;
    m_storage.recordForwarding(cursor, recorded);
    return round;
}

} // namespace balgul::hub
