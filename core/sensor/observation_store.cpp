#include "core/sensor/observation_store.h"

#include "core/util/time.h"

#include <algorithm>
#include <map>
#include <sqlite3.h>

namespace balgul::core::sensor {

namespace {

std::string_view blobColumn(const Statement& st, int column)
{
    const void* data = sqlite3_column_blob(st.handle(), column);
    const int size = sqlite3_column_bytes(st.handle(), column);
    return data ? std::string_view(static_cast<const char*>(data), static_cast<std::size_t>(size))
                : std::string_view();
}

Error sqlFailure(const SqlError& e)
{
    return storeError(e, {});
}

Series readSeries(const Statement& st)
{
    Series s;
    s.id = st.int64(0);
    s.deviceId = st.int64(1);
    s.quantity = quantityFromString(st.textView(2)).value_or(Quantity::Pm2_5);
    s.source = st.text(3);
    s.externalId = st.text(4);
    s.sensorType = st.text(5);
    return s;
}

constexpr std::string_view kSeriesSelect =
    "SELECT s.id, s.device_id, s.quantity, d.source, d.external_id, d.sensor_type "
    "FROM sensor_series s JOIN sensor_devices d ON d.id = s.device_id ";

// Sorts by time and settles equal times: same value kept once, different values all flagged.
void settle(std::vector<Reading>& readings)
{
    if (!std::is_sorted(readings.begin(), readings.end(),
                        [](const Reading& a, const Reading& b) { return a.time < b.time; }))
        std::stable_sort(readings.begin(), readings.end(),
                         [](const Reading& a, const Reading& b) { return a.time < b.time; });
    std::vector<Reading> out;
    out.reserve(readings.size());
    std::size_t i = 0;
    while (i < readings.size()) {
        std::size_t j = i + 1;
        while (j < readings.size() && readings[j].time == readings[i].time)
            ++j;
        const std::size_t runStart = out.size();
        for (std::size_t k = i; k < j; ++k) {
            auto same = std::find_if(out.begin() + static_cast<std::ptrdiff_t>(runStart), out.end(),
                                     [&](const Reading& r) { return r.value == readings[k].value; });
            if (same != out.end())
                same->flags |= readings[k].flags;
            else
                out.push_back(readings[k]);
        }
        if (out.size() - runStart > 1)
            for (std::size_t k = runStart; k < out.size(); ++k)
                out[k].flags |= FlagConflictingDuplicate;
        i = j;
    }
    readings = std::move(out);
}

} // namespace

std::int64_t ObservationStore::ensureDevice(const Device& device)
{
    auto find = m_db.prepare("SELECT id FROM sensor_devices WHERE source = ? AND external_id = ?");
    find.bind(1, device.source).bind(2, device.externalId);
    if (find.step()) {
        const std::int64_t id = find.int64(0);
        auto update = m_db.prepare(
            "UPDATE sensor_devices SET sensor_type = coalesce(nullif(?, ''), sensor_type), "
            "lat = coalesce(?, lat), lon = coalesce(?, lon), name = coalesce(nullif(?, ''), name), "
            "mobile = max(mobile, ?) WHERE id = ?");
        update.bind(1, device.sensorType);
        device.lat ? update.bind(2, *device.lat) : update.bindNull(2);
        device.lon ? update.bind(3, *device.lon) : update.bindNull(3);
        update.bind(4, device.name).bind(5, device.mobile ? 1 : 0);
        update.bind(6, id).run();
        return id;
    }
    auto insert =
        m_db.prepare("INSERT INTO sensor_devices (source, external_id, sensor_type, lat, lon, created, "
                     "name, mobile) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, device.source).bind(2, device.externalId).bind(3, device.sensorType);
    device.lat ? insert.bind(4, *device.lat) : insert.bindNull(4);
    device.lon ? insert.bind(5, *device.lon) : insert.bindNull(5);
    insert.bind(6, toUnixMs(now())).bind(7, device.name).bind(8, device.mobile ? 1 : 0).run();
    return m_db.lastInsertRowid();
}

std::int64_t ObservationStore::ensureSeries(std::int64_t deviceId, Quantity quantity)
{
    auto find = m_db.prepare("SELECT id FROM sensor_series WHERE device_id = ? AND quantity = ?");
    find.bind(1, deviceId).bind(2, toString(quantity));
    if (find.step())
        return find.int64(0);
    m_db.prepare("INSERT INTO sensor_series (device_id, quantity, unit) VALUES (?, ?, ?)")
        .bind(1, deviceId)
        .bind(2, toString(quantity))
        .bind(3, unitOf(quantity))
        .run();
    return m_db.lastInsertRowid();
}

std::int64_t ObservationStore::addDay(std::int64_t seriesId, std::int64_t day, std::vector<Reading>& readings,
                                      bool settled)
{
    if (readings.empty())
        return 0;
    if (!m_load)
        m_load.emplace(m_db.prepare("SELECT data FROM sensor_blocks WHERE series_id = ? AND day = ?"));
    if (!m_save)
        m_save.emplace(
            m_db.prepare("INSERT OR REPLACE INTO sensor_blocks (series_id, day, count, first_time, "
                         "last_time, data) VALUES (?, ?, ?, ?, ?, ?)"));
    m_load->reset();
    m_load->bind(1, seriesId).bind(2, day);
    std::size_t before = 0;
    if (m_load->step()) {
        std::vector<Reading> merged;
        if (!decodeBlock(blobColumn(*m_load, 0), merged)) {
            m_db.noteDamage();
            throw SqlError{SQLITE_CORRUPT,
                           "a sensor block of series " + std::to_string(seriesId) + " is damaged"};
        }
        before = merged.size();
        merged.insert(merged.end(), readings.begin(), readings.end());
        readings = std::move(merged);
        settled = false;
    }
    m_load->reset();
    if (!settled)
        settle(readings);
    auto block = encodeBlock(readings);
    if (!block)
        throw SqlError{SQLITE_RANGE, "a reading of series " + std::to_string(seriesId) +
                                         " cannot be stored: its value is beyond ±1e12 or not a number"};
    m_save->reset();
    m_save->bind(1, seriesId)
        .bind(2, day)
        .bind(3, static_cast<std::int64_t>(readings.size()))
        .bind(4, readings.front().time)
        .bind(5, readings.back().time)
        .bindBlob(6, *block)
        .run();
    return static_cast<std::int64_t>(readings.size()) - static_cast<std::int64_t>(before);
}

std::int64_t ObservationStore::addReadings(std::int64_t seriesId, std::vector<Reading> readings)
{
    std::map<std::int64_t, std::vector<Reading>> byDay;
    for (const Reading& r : readings)
        byDay[dayOf(r.time)].push_back(r);
    std::int64_t gained = 0;
    for (auto& [day, fresh] : byDay)
        gained += addDay(seriesId, day, fresh, false);
    return gained;
}

Result<std::vector<Device>> ObservationStore::devices()
{
    try {
        std::vector<Device> out;
        auto st = m_db.prepare(
            "SELECT id, source, external_id, sensor_type, lat, lon, name, mobile, share_mode, "
            "coalesce(remote_id, ''), subscribed, share_precision FROM sensor_devices ORDER BY id");
        while (st.step()) {
            Device d;
            d.id = st.int64(0);
            d.source = st.text(1);
            d.externalId = st.text(2);
            d.sensorType = st.text(3);
            if (!st.isNull(4) && !st.isNull(5)) {
                d.lat = st.real(4);
                d.lon = st.real(5);
            }
            d.name = st.text(6);
            d.mobile = st.int64(7) != 0;
            d.shareMode = st.text(8);
            d.remoteId = st.text(9);
            d.subscribed = st.int64(10) != 0;
            d.sharePrecision = st.text(11);
            out.push_back(std::move(d));
        }
        return out;
    } catch (const SqlError& e) {
        return sqlFailure(e);
    }
}

Result<std::vector<Series>> ObservationStore::allSeries()
{
    try {
        std::vector<Series> out;
        auto st = m_db.prepare(std::string(kSeriesSelect) + "ORDER BY d.source, d.external_id, s.quantity");
        while (st.step())
            out.push_back(readSeries(st));
        return out;
    } catch (const SqlError& e) {
        return sqlFailure(e);
    }
}

Result<std::optional<Series>> ObservationStore::findSeries(const std::string& source,
                                                           const std::string& externalId, Quantity quantity)
{
    try {
        auto st = m_db.prepare(std::string(kSeriesSelect) +
                               "WHERE d.source = ? AND d.external_id = ? AND s.quantity = ?");
        st.bind(1, source).bind(2, externalId).bind(3, toString(quantity));
        if (st.step())
            return std::optional<Series>(readSeries(st));
        return std::optional<Series>();
    } catch (const SqlError& e) {
        return sqlFailure(e);
    }
}

Result<std::vector<Reading>> ObservationStore::readings(std::int64_t seriesId, std::int64_t from,
                                                        std::int64_t to)
{
    try {
        std::vector<Reading> all;
        auto st = m_db.prepare("SELECT data FROM sensor_blocks WHERE series_id = ? AND day BETWEEN ? AND ? "
                               "AND last_time >= ? AND first_time < ? ORDER BY day");
        st.bind(1, seriesId).bind(2, dayOf(from)).bind(3, dayOf(to)).bind(4, from).bind(5, to);
        while (st.step())
            if (!decodeBlock(blobColumn(st, 0), all))
                return Error::make("store_failed", "a sensor block is damaged");
        std::vector<Reading> out;
        std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                     [&](const Reading& r) { return r.time >= from && r.time < to; });
        return out;
    } catch (const SqlError& e) {
        return sqlFailure(e);
    }
}

Result<std::int64_t> ObservationStore::readingCount(std::int64_t seriesId)
{
    try {
        auto st = m_db.prepare("SELECT coalesce(sum(count), 0) FROM sensor_blocks WHERE series_id = ?");
        st.bind(1, seriesId);
        st.step();
        return st.int64(0);
    } catch (const SqlError& e) {
        return sqlFailure(e);
    }
}

} // namespace balgul::core::sensor
