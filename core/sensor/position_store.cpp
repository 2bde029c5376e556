#include "core/sensor/position_store.h"
#include "core/sensor/varint.h"

#include "core/sensor/observation.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <sqlite3.h>

namespace balgul::core::sensor {

namespace {

constexpr char kPositionBlockVersion = 1;

std::int64_t toFixed(double degrees)
{
    return std::llround(degrees * kPositionScale);
}

bool validFix(const PositionFix& f)
{
    return std::isfinite(f.lat) && std::isfinite(f.lon) && std::abs(f.lat) <= 90 && std::abs(f.lon) <= 180;
}

std::string_view blobColumn(const Statement& st, int column)
{
    const void* data = sqlite3_column_blob(st.handle(), column);
    const int size = sqlite3_column_bytes(st.handle(), column);
    return data ? std::string_view(static_cast<const char*>(data), static_cast<std::size_t>(size))
                : std::string_view();
}

} // namespace

std::string encodePositionBlock(const std::vector<PositionFix>& fixes)
{
    std::string out;
    out.reserve(2 + fixes.size() * 6);
    out.push_back(kPositionBlockVersion);
    putVarint(out, fixes.size());
    std::int64_t time = 0, lat = 0, lon = 0;
    for (const PositionFix& f : fixes) {
        const std::int64_t fixLat = toFixed(f.lat), fixLon = toFixed(f.lon);
        putSigned(out, f.time - time);
        putSigned(out, fixLat - lat);
        putSigned(out, fixLon - lon);
        time = f.time;
        lat = fixLat;
        lon = fixLon;
    }
    return out;
}

bool decodePositionBlock(std::string_view bytes, std::vector<PositionFix>& out)
{
    std::size_t pos = 0;
    if (bytes.empty() || bytes[pos++] != kPositionBlockVersion)
        return false;
    std::uint64_t count = 0;
    if (!getVarint(bytes, pos, count) || count > bytes.size())
        return false;
    std::int64_t time = 0, lat = 0, lon = 0;
    out.reserve(out.size() + count);
    for (std::uint64_t i = 0; i < count; ++i) {
        std::int64_t dt = 0, dlat = 0, dlon = 0;
        if (!getSigned(bytes, pos, dt) || !getSigned(bytes, pos, dlat) || !getSigned(bytes, pos, dlon))
            return false;
        time += dt;
        lat += dlat;
        lon += dlon;
        out.push_back(
            {time, static_cast<double>(lat) / kPositionScale, static_cast<double>(lon) / kPositionScale});
    }
    return pos == bytes.size();
}

std::int64_t PositionStore::addPositions(std::int64_t deviceId, std::vector<PositionFix> fixes)
{
    std::map<std::int64_t, std::vector<PositionFix>> byDay;
    for (PositionFix& f : fixes) {
        if (!validFix(f))
            continue;
        // Round now, so a fix read back compares equal to the one stored again.
        f.lat = static_cast<double>(toFixed(f.lat)) / kPositionScale;
        f.lon = static_cast<double>(toFixed(f.lon)) / kPositionScale;
        byDay[dayOf(f.time)].push_back(f);
    }
    std::int64_t gained = 0;
    auto load = m_db.prepare("SELECT data FROM sensor_positions WHERE device_id = ? AND day = ?");
    auto save = m_db.prepare(
        "INSERT OR REPLACE INTO sensor_positions (device_id, day, count, data) VALUES (?, ?, ?, ?)");
    for (auto& [day, fresh] : byDay) {
        std::vector<PositionFix> merged;
        load.reset();
        load.bind(1, deviceId).bind(2, day);
        if (load.step() && !decodePositionBlock(blobColumn(load, 0), merged))
            throw SqlError{SQLITE_CORRUPT,
                           "a position block of device " + std::to_string(deviceId) + " is damaged"};
        const std::size_t before = merged.size();
        merged.insert(merged.end(), fresh.begin(), fresh.end());
        std::stable_sort(merged.begin(), merged.end(),
                         [](const PositionFix& a, const PositionFix& b) { return a.time < b.time; });
        // One fix per second: the one added last wins.
        std::vector<PositionFix> unique;
        unique.reserve(merged.size());
        for (const PositionFix& f : merged) {
            if (!unique.empty() && unique.back().time == f.time)
                unique.back() = f;
            else
                unique.push_back(f);
        }
        gained += static_cast<std::int64_t>(unique.size()) - static_cast<std::int64_t>(before);
        save.reset();
        save.bind(1, deviceId)
            .bind(2, day)
            .bind(3, static_cast<std::int64_t>(unique.size()))
            .bindBlob(4, encodePositionBlock(unique))
            .run();
    }
    return gained;
}

Result<std::vector<PositionFix>> PositionStore::positions(std::int64_t deviceId, std::int64_t from,
                                                          std::int64_t to)
{
    try {
        std::vector<PositionFix> all;
        auto st = m_db.prepare(
            "SELECT data FROM sensor_positions WHERE device_id = ? AND day BETWEEN ? AND ? ORDER BY day");
        st.bind(1, deviceId).bind(2, dayOf(from)).bind(3, dayOf(to));
        while (st.step())
            if (!decodePositionBlock(blobColumn(st, 0), all))
                return Error::make("store_failed", "a position block is damaged");
        std::vector<PositionFix> out;
        std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                     [&](const PositionFix& f) { return f.time >= from && f.time < to; });
        return out;
    } catch (const SqlError& e) {
        return storeError(e, {});
    }
}

Result<std::int64_t> PositionStore::positionCount(std::int64_t deviceId)
{
    try {
        auto st = m_db.prepare("SELECT coalesce(sum(count), 0) FROM sensor_positions WHERE device_id = ?");
        st.bind(1, deviceId);
        st.step();
        return st.int64(0);
    } catch (const SqlError& e) {
        return storeError(e, {});
    }
}

} // namespace balgul::core::sensor
