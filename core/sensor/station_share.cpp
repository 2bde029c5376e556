#include "core/sensor/station_share.h"

#include "core/sensor/air_quality.h"
#include "core/sensor/observation_store.h"
#include "core/sync/protocol.h"
#include "core/util/ids.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace balgul::core::sensor {

namespace {

using sync::HubClient;

struct LocalDevice
{
    std::int64_t id = 0;
    std::string source;
    std::string externalId;
    std::string sensorType;
    std::optional<double> lat;
    std::optional<double> lon;
    std::string name;
    bool mobile = false;
    std::string shareMode;
    std::string remoteId;
    bool subscribed = false;
    std::string sharePrecision; ///< '' until shared with a precision (or told of the hub's)
};

struct LocalSeries
{
    std::int64_t id = 0;
    Quantity quantity = Quantity::Pm2_5;
};

Error storeFailed(const SqlError& e)
{
    return storeError(e, {});
}

std::optional<LocalDevice> loadDevice(Database& db, std::int64_t deviceId)
{
    auto st =
        db.prepare("SELECT id, source, external_id, sensor_type, lat, lon, name, mobile, share_mode, "
                   "coalesce(remote_id, ''), subscribed, share_precision FROM sensor_devices WHERE id = ?");
    st.bind(1, deviceId);
    if (!st.step())
        return std::nullopt;
    LocalDevice d;
    d.id = st.int64(0);
    d.source = st.text(1);
    d.externalId = st.text(2);
    d.sensorType = st.text(3);
    if (!st.isNull(4))
        d.lat = st.real(4);
    if (!st.isNull(5))
        d.lon = st.real(5);
    d.name = st.text(6);
    d.mobile = st.int64(7) != 0;
    d.shareMode = st.text(8);
    d.remoteId = st.text(9);
    d.subscribed = st.int64(10) != 0;
    d.sharePrecision = st.text(11);
    return d;
}

std::vector<LocalSeries> loadSeries(Database& db, std::int64_t deviceId)
{
    std::vector<LocalSeries> out;
    auto st = db.prepare("SELECT id, quantity FROM sensor_series WHERE device_id = ? ORDER BY id");
    st.bind(1, deviceId);
    while (st.step())
        if (auto q = quantityFromString(st.textView(1)))
            out.push_back(LocalSeries{st.int64(0), *q});
    return out;
}

std::string_view blobColumn(const Statement& st, int column)
{
    const void* data = sqlite3_column_blob(st.handle(), column);
    const int size = sqlite3_column_bytes(st.handle(), column);
    return data ? std::string_view(static_cast<const char*>(data), static_cast<std::size_t>(size))
                : std::string_view();
}

/// The observations one day block sends in `mode`.
std::vector<sync::StationObservation> observationsOf(const std::vector<Reading>& readings, Quantity quantity,
                                                     ShareMode mode)
{
    std::vector<sync::StationObservation> out;
    const std::string word(toString(quantity));
    if (mode == ShareMode::Hourly) {
        for (const WindowMean& m : hourlyMeans(readings)) {
            sync::StationObservation o;
            o.quantity = word;
            o.time = m.start;
            o.value = std::round(m.mean * kValueScale) / kValueScale; // as stored: three decimals
            o.count = m.readings;
            out.push_back(std::move(o));
        }
        return out;
    }
    for (const Reading& r : readings) {
        if (!r.usable())
            continue;
        sync::StationObservation o;
        o.quantity = word;
        o.time = r.time;
        o.value = r.value;
        o.flags = r.flags;
        out.push_back(std::move(o));
    }
    return out;
}

/// A day waiting for the hub's acknowledgement.
struct PendingDay
{
    std::int64_t seriesId = 0;
    std::int64_t day = 0;
    std::string hash;
};

class Sender
{
public:
    Sender(Database& db, HubClient& client, std::string stationId, ShareMode mode, std::size_t batchSize,
           ShareReport& report)
        : m_db(db), m_client(client), m_path("/v1/stations/" + stationId + "/observations"), m_mode(mode),
          m_batchSize(std::max<std::size_t>(1, batchSize)), m_report(report)
    {}

    Status addDay(const PendingDay& day, std::vector<sync::StationObservation> observations)
    {
        for (auto& o : observations) {
            m_batch.push_back(std::move(o));
            if (m_batch.size() >= m_batchSize)
                if (auto s = flush(); !s)
                    return s;
        }
        m_done.push_back(day);
        return {};
    }

    /// Sends the batch (if any) and records the days completed by it once the hub acknowledged.
    Status flush()
    {
        if (!m_batch.empty()) {
            auto answer = m_client.send("POST", m_path, sync::encodeObservations(m_batch));
            if (!answer)
                return answer.error();
            if (auto s = HubClient::check(*answer); !s)
                return s;
            auto counts = sync::parseObject(answer->body);
            if (counts) {
                const auto& o = *counts;
                m_report.added += o->optValue<Poco::Int64>("added", 0);
                m_report.changed += o->optValue<Poco::Int64>("changed", 0);
                m_report.unchanged += o->optValue<Poco::Int64>("unchanged", 0);
            }
            ++m_report.batches;
            m_report.observationsSent += static_cast<std::int64_t>(m_batch.size());
            m_batch.clear();
        }
        if (m_done.empty())
            return {};
        try {
            Transaction tx(m_db);
            auto st =
                m_db.prepare("INSERT OR REPLACE INTO sensor_share_days (series_id, day, mode, block_hash) "
                             "VALUES (?, ?, ?, ?)");
            for (const auto& d : m_done) {
                st.reset();
                st.bind(1, d.seriesId).bind(2, d.day).bind(3, toString(m_mode)).bind(4, d.hash).run();
            }
            tx.commit();
        } catch (const SqlError& e) {
            return storeFailed(e);
        }
        m_report.daysSent += static_cast<int>(m_done.size());
        m_done.clear();
        return {};
    }

private:
    Database& m_db;
    HubClient& m_client;
    std::string m_path;
    ShareMode m_mode;
    std::size_t m_batchSize;
    ShareReport& m_report;
    std::vector<sync::StationObservation> m_batch;
    std::vector<PendingDay> m_done; ///< days whose every observation is in a sent or the current batch
};

/// Days of a series whose block differs from the one the hub acknowledged in `mode`.
std::vector<PendingDay> pendingDays(Database& db, std::int64_t seriesId, ShareMode mode)
{
    std::map<std::int64_t, std::string> sent;
    auto acked = db.prepare("SELECT day, block_hash FROM sensor_share_days WHERE series_id = ? AND mode = ?");
    acked.bind(1, seriesId).bind(2, toString(mode));
    while (acked.step())
        sent[acked.int64(0)] = acked.text(1);
    std::vector<PendingDay> out;
    auto blocks = db.prepare("SELECT day, data FROM sensor_blocks WHERE series_id = ? ORDER BY day");
    blocks.bind(1, seriesId);
    while (blocks.step()) {
        PendingDay d{seriesId, blocks.int64(0), sha256Hex(blobColumn(blocks, 1))};
        const auto it = sent.find(d.day);
        if (it == sent.end() || it->second != d.hash)
            out.push_back(std::move(d));
    }
    return out;
}

std::vector<Reading> dayReadings(Database& db, std::int64_t seriesId, std::int64_t day)
{
    std::vector<Reading> readings;
    auto st = db.prepare("SELECT data FROM sensor_blocks WHERE series_id = ? AND day = ?");
    st.bind(1, seriesId).bind(2, day);
    if (st.step() && !decodeBlock(blobColumn(st, 0), readings))
        throw SqlError{SQLITE_CORRUPT,
                       "a sensor block of series " + std::to_string(seriesId) + " is damaged"};
    return readings;
}

} // namespace

std::string_view toString(ShareMode mode)
{
    return mode == ShareMode::Hourly ? "hourly" : "raw";
}

std::optional<ShareMode> shareModeFromString(std::string_view text)
{
    if (text == "hourly")
        return ShareMode::Hourly;
    if (text == "raw")
        return ShareMode::Raw;
    return std::nullopt;
}

Result<ShareReport> shareStation(Store& store, std::int64_t deviceId, ShareMode mode,
                                 const sync::HubEndpoint& endpoint, const ShareOptions& options)
{
    Database& db = store.database();
    ShareReport report;
    sync::StationInfo info;
    std::vector<LocalSeries> series;
    try {
        const auto device = loadDevice(db, deviceId);
        if (!device)
            return Error::make("not_found", "no sensor device " + std::to_string(deviceId), "device");
        if (device->subscribed)
            return Error::make("subscribed_device", "this device is another resident's station from the hub",
                               "device");
        if (device->mobile)
            return Error::make("mobile_device", "a mobile device has no fixed place to publish", "device");
        if (!device->lat || !device->lon)
            return Error::make("no_location", "the device has no location to publish", "device");
        series = loadSeries(db, deviceId);
        if (series.empty())
            return Error::make("no_series", "the device has no readings to publish", "device");
        // The precision chosen now, else the one chosen last time, else the default.
        const auto precision =
            options.precision
                ? std::optional(*options.precision)
                : geo::precisionFromString(device->sharePrecision.empty() ? sync::kDefaultStationPrecision
                                                                          : device->sharePrecision);
        if (!precision || !sync::isStationPrecision(geo::toString(*precision)))
            return Error::make("invalid_precision", "a station is published exact, at 100m, 500m or 1km",
                               "precision");
        // Only the centre of the place's grid cell leaves this computer.
        const geo::GridCell published = geo::cellOf(*device->lat, *device->lon, *precision);
        report.precision = *precision;
        report.publishedLat = published.lat;
        report.publishedLon = published.lon;

        // The station id is stored before the hub hears of it, so a retry reuses it; a new mode
        // makes every day go out again in that mode.
        Transaction tx(db);
        report.stationId = device->remoteId.empty() ? newUuid() : device->remoteId;
        auto update = db.prepare(
            "UPDATE sensor_devices SET remote_id = ?, share_mode = ?, share_precision = ? WHERE id = ?");
        update.bind(1, report.stationId).bind(2, toString(mode)).bind(3, geo::toString(*precision));
        update.bind(4, deviceId).run();
        tx.commit();

        info.name = device->name.empty() ? device->source + " " + device->externalId : device->name;
        info.lat = published.lat;
        info.lon = published.lon;
        info.precision = std::string(geo::toString(*precision));
        info.sensorType = device->sensorType;
        info.mode = std::string(toString(mode));
        for (const auto& s : series)
            info.quantities.emplace_back(toString(s.quantity));
    } catch (const SqlError& e) {
        return storeFailed(e);
    }

    HubClient client(endpoint);
    auto put = client.send("PUT", "/v1/stations/" + report.stationId, sync::encode(info));
    if (!put)
        return put.error();
    if (auto s = HubClient::check(*put); !s)
        return s.error();
    report.created = put->status == 201;

    Sender sender(db, client, report.stationId, mode, options.batchSize, report);
    try {
        for (const auto& s : series) {
            for (const auto& day : pendingDays(db, s.id, mode)) {
                auto observations = observationsOf(dayReadings(db, s.id, day.day), s.quantity, mode);
                if (auto status = sender.addDay(day, std::move(observations)); !status)
                    return status.error();
            }
        }
    } catch (const SqlError& e) {
        return storeFailed(e);
    }
    if (auto s = sender.flush(); !s)
        return s.error();
    return report;
}

Result<std::vector<PrecisionNotice>> takePrecisionNotices(Store& store, const sync::HubEndpoint& endpoint)
{
    Database& db = store.database();
    std::vector<PrecisionNotice> candidates;
    std::vector<std::string> stationIds;
    try {
        auto st = db.prepare("SELECT id, name, remote_id FROM sensor_devices WHERE remote_id IS NOT NULL "
                             "AND subscribed = 0 AND share_precision = '' ORDER BY id");
        while (st.step()) {
            PrecisionNotice notice;
            notice.deviceId = st.int64(0);
            notice.name = st.text(1);
            candidates.push_back(notice);
            stationIds.push_back(st.text(2));
        }
    } catch (const SqlError& e) {
        return storeFailed(e);
    }
    std::vector<PrecisionNotice> notices;
    if (candidates.empty())
        return notices;
    HubClient client(endpoint);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        auto answer = client.send("GET", "/v1/stations/" + stationIds[i]);
        if (!answer)
            return answer.error();
        if (answer->status == 404)
            continue; // unshared elsewhere: nothing to tell
        if (auto s = HubClient::check(*answer); !s)
            return s.error();
        auto info = sync::decodeStationInfo(answer->body);
        if (!info)
            return info.error();
        PrecisionNotice notice = candidates[i];
        if (notice.name.empty())
            notice.name = info->name;
        notice.precision = info->precision;
        notice.lat = info->lat;
        notice.lon = info->lon;
        notices.push_back(std::move(notice));
    }
    try {
        Transaction tx(db);
        auto update = db.prepare("UPDATE sensor_devices SET share_precision = ? WHERE id = ?");
        for (const auto& notice : notices) {
            update.bind(1, notice.precision).bind(2, notice.deviceId).run();
            update.reset();
        }
        tx.commit();
    } catch (const SqlError& e) {
        return storeFailed(e);
    }
    return notices;
}

Status unshareStation(Store& store, std::int64_t deviceId, const sync::HubEndpoint& endpoint)
{
    Database& db = store.database();
    std::optional<LocalDevice> device;
    try {
        device = loadDevice(db, deviceId);
    } catch (const SqlError& e) {
        return storeFailed(e);
    }
    if (!device)
        return Error::make("not_found", "no sensor device " + std::to_string(deviceId), "device");
    if (device->subscribed || device->remoteId.empty())
        return Error::make("not_shared", "this device is not shared", "device");
    HubClient client(endpoint);
    auto answer = client.send("DELETE", "/v1/stations/" + device->remoteId);
    if (!answer)
        return answer.error();
    if (answer->status != 404) // already gone is what we wanted
        if (auto s = HubClient::check(*answer); !s)
            return s;
    try {
        Transaction tx(db);
        db.prepare("UPDATE sensor_devices SET share_mode = '', remote_id = NULL WHERE id = ?")
            .bind(1, deviceId)
            .run();
        db.prepare("DELETE FROM sensor_share_days WHERE series_id IN "
                   "(SELECT id FROM sensor_series WHERE device_id = ?)")
            .bind(1, deviceId)
            .run();
        tx.commit();
    } catch (const SqlError& e) {
        return storeFailed(e);
    }
    return {};
}

Result<std::vector<sync::StationInfo>> listSharedStations(const sync::HubEndpoint& endpoint,
                                                          const std::string& bbox)
{
    HubClient client(endpoint);
    std::vector<sync::StationInfo> out;
    std::string after;
    for (;;) {
        std::string path = "/v1/stations?limit=" + std::to_string(sync::station_limits::kMaxStationPage);
        if (!bbox.empty())
            path += "&bbox=" + bbox;
        if (!after.empty())
            path += "&after=" + after;
        auto answer = client.send("GET", path);
        if (!answer)
            return answer.error();
        if (auto s = HubClient::check(*answer); !s)
            return s.error();
        auto list = sync::decodeStationList(answer->body);
        if (!list)
            return list.error();
        for (auto& s : list->stations)
            out.push_back(std::move(s));
        if (!list->more || list->next.empty())
            return out;
        after = list->next;
    }
}

Result<std::int64_t> subscribeStation(Store& store, const std::string& stationId,
                                      const sync::HubEndpoint& endpoint)
{
    if (!isUuid(stationId))
        return Error::make("invalid_field", "a station id is a UUID", "station");
    Database& db = store.database();
    try {
        auto own = db.prepare("SELECT 1 FROM sensor_devices WHERE remote_id = ? AND subscribed = 0");
        own.bind(1, stationId);
        if (own.step())
            return Error::make("own_station", "this station is shared from this store", "station");
    } catch (const SqlError& e) {
        return storeFailed(e);
    }
    HubClient client(endpoint);
    auto answer = client.send("GET", "/v1/stations/" + stationId);
    if (!answer)
        return answer.error();
    if (auto s = HubClient::check(*answer); !s)
        return s.error();
    auto info = sync::decodeStationInfo(answer->body);
    if (!info)
        return info.error();
    try {
        Transaction tx(db);
        ObservationStore observations(db);
        Device device;
        device.source = "hub";
        device.externalId = stationId;
        device.sensorType = info->sensorType;
        device.lat = info->lat;
        device.lon = info->lon;
        const std::int64_t id = observations.ensureDevice(device);
        db.prepare(
              "UPDATE sensor_devices SET name = ?, remote_id = ?, subscribed = 1, mobile = 0 WHERE id = ?")
            .bind(1, info->name)
            .bind(2, stationId)
            .bind(3, id)
            .run();
        for (const auto& word : info->quantities)
            if (auto q = quantityFromString(word))
                observations.ensureSeries(id, *q);
        tx.commit();
        return id;
    } catch (const SqlError& e) {
        return storeFailed(e);
    }
}

Status unsubscribeStation(Store& store, std::int64_t deviceId)
{
    Database& db = store.database();
    try {
        const auto device = loadDevice(db, deviceId);
        if (!device)
            return Error::make("not_found", "no sensor device " + std::to_string(deviceId), "device");
        if (!device->subscribed)
            return Error::make("not_subscribed", "this device is not a station from the hub", "device");
        Transaction tx(db);
        db.prepare("DELETE FROM sensor_devices WHERE id = ?").bind(1, deviceId).run();
        tx.commit();
    } catch (const SqlError& e) {
        return storeFailed(e);
    }
    return {};
}

namespace {

/// Stores one page: per series and day, the hub's value replaces a local reading at the same time.
void storePage(Database& db, std::int64_t deviceId, const sync::ObservationPage& page)
{
    ObservationStore store(db);
    std::map<std::pair<std::int64_t, std::int64_t>, std::map<std::int64_t, Reading>> incoming;
    std::map<std::string, std::int64_t> seriesOf;
    for (const auto& o : page.observations) {
        const auto q = quantityFromString(o.quantity);
        if (!q)
            continue;
        auto it = seriesOf.find(o.quantity);
        if (it == seriesOf.end())
            it = seriesOf.emplace(o.quantity, store.ensureSeries(deviceId, *q)).first;
        incoming[{it->second, dayOf(o.time)}][o.time] =
            Reading{o.time, o.value, static_cast<std::uint8_t>(o.flags)};
    }
    for (auto& [key, readings] : incoming) {
        const auto [seriesId, day] = key;
        std::map<std::int64_t, Reading> merged;
        for (const Reading& r : dayReadings(db, seriesId, day))
            merged.emplace(r.time, r);
        for (const auto& [time, r] : readings)
            merged[time] = r;
        db.prepare("DELETE FROM sensor_blocks WHERE series_id = ? AND day = ?")
            .bind(1, seriesId)
            .bind(2, day)
            .run();
        std::vector<Reading> all;
        all.reserve(merged.size());
        for (const auto& [time, r] : merged)
            all.push_back(r);
        store.addReadings(seriesId, std::move(all));
    }
    db.prepare("UPDATE sensor_devices SET remote_seq = ? WHERE id = ?")
        .bind(1, page.next)
        .bind(2, deviceId)
        .run();
}

} // namespace

Result<PullReport> pullSubscriptions(Store& store, const sync::HubEndpoint& endpoint, std::size_t pageSize)
{
    Database& db = store.database();
    struct Subscription
    {
        std::int64_t deviceId;
        std::string stationId;
        std::int64_t cursor;
    };
    std::vector<Subscription> subscriptions;
    try {
        auto st = db.prepare("SELECT id, remote_id, remote_seq FROM sensor_devices "
                             "WHERE subscribed = 1 AND remote_id IS NOT NULL ORDER BY id");
        while (st.step())
            subscriptions.push_back(Subscription{st.int64(0), st.text(1), st.int64(2)});
    } catch (const SqlError& e) {
        return storeFailed(e);
    }
    PullReport report;
    HubClient client(endpoint);
    for (auto& sub : subscriptions) {
        ++report.stations;
        for (;;) {
            auto answer = client.send("GET", "/v1/stations/" + sub.stationId +
                                                 "/observations?after_seq=" + std::to_string(sub.cursor) +
                                                 "&limit=" + std::to_string(pageSize));
            if (!answer)
                return answer.error();
            if (answer->status == 404) {
                report.unshared.push_back(sub.stationId);
                break;
            }
            if (auto s = HubClient::check(*answer); !s)
                return s.error();
            auto page = sync::decodeObservationPage(answer->body);
            if (!page)
                return page.error();
            try {
                Transaction tx(db);
                storePage(db, sub.deviceId, *page);
                tx.commit();
            } catch (const SqlError& e) {
                return storeFailed(e);
            }
            ++report.pages;
            report.observations += static_cast<std::int64_t>(page->observations.size());
            sub.cursor = page->next;
            if (!page->more || page->observations.empty())
                break;
        }
    }
    return report;
}

} // namespace balgul::core::sensor
