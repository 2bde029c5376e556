#include "core/sensor/station_status.h"

#include "core/sensor/observation_store.h"

#include <map>

namespace balgul::core::sensor {

namespace {

constexpr std::int64_t kHour = 3600;

std::int64_t hourOf(std::int64_t t)
{
    return (t >= 0 ? t / kHour : -((-t + kHour - 1) / kHour)) * kHour;
}

struct StationSeries
{
    std::int64_t pm2_5 = 0;
    std::int64_t pm10 = 0;
};

std::optional<std::int64_t> latestReading(Database& db, std::int64_t seriesId)
{
    auto st = db.prepare("SELECT max(last_time) FROM sensor_blocks WHERE series_id = ?");
    st.bind(1, seriesId);
    if (st.step() && !st.isNull(0))
        return st.int64(0);
    return std::nullopt;
}

StationMean meanOf(Database& db, std::int64_t seriesId, Pollutant p, std::int64_t from, std::int64_t to)
{
    StationMean m;
    auto readings = ObservationStore(db).readings(seriesId, from, to);
    if (!readings)
        return m;
    const std::vector<WindowMean> hourly = hourlyMeans(*readings);
    double sum = 0;
    for (const WindowMean& h : hourly) {
        sum += h.mean;
        m.readings += h.readings;
    }
    m.hours = static_cast<int>(hourly.size());
    if (m.hours > 0)
        m.mean = sum / m.hours;
    m.grade = m.hours >= kMinHoursPerDay ? koreanGrade(p, m.mean) : KoreanGrade::NotEnoughData;
    return m;
}

int severity(KoreanGrade g)
{
    return g == KoreanGrade::NotEnoughData ? -1 : static_cast<int>(g);
}

} // namespace

const StationMean* StationStatus::gradedMean() const
{
    const auto& chosen = gradedBy == Pollutant::Pm2_5 ? pm2_5 : pm10;
    return chosen ? &*chosen : nullptr;
}

std::vector<StationStatus> stationStatuses(Database& db, std::int64_t now)
{
    std::vector<StationStatus> out;
    try {
        std::map<std::int64_t, std::pair<StationStatus, StationSeries>> stations;
        auto st = db.prepare("SELECT d.id, d.source, d.external_id, d.name, d.sensor_type, d.lat, d.lon, "
                             "d.subscribed, s.id, s.quantity FROM sensor_devices d "
                             "JOIN sensor_series s ON s.device_id = d.id "
                             "WHERE d.lat IS NOT NULL AND d.lon IS NOT NULL AND d.mobile = 0 "
                             "AND s.quantity IN ('pm2_5', 'pm10') ORDER BY d.id");
        while (st.step()) {
            auto& [status, series] = stations[st.int64(0)];
            status.deviceId = st.int64(0);
            status.source = st.text(1);
            status.externalId = st.text(2);
            status.name = st.text(3);
            status.sensorType = st.text(4);
            status.lat = st.real(5);
            status.lon = st.real(6);
            status.subscribed = st.int64(7) != 0;
            (st.textView(9) == "pm2_5" ? series.pm2_5 : series.pm10) = st.int64(8);
        }
        for (auto& [id, entry] : stations) {
            auto& [status, series] = entry;
            for (const std::int64_t s : {series.pm2_5, series.pm10})
                if (s != 0)
                    if (const auto latest = latestReading(db, s);
                        latest && (!status.latest || *latest > *status.latest))
                        status.latest = latest;
            const std::int64_t end =
                status.latest && now - *status.latest > kStationRecentSeconds ? *status.latest : now;
            status.windowEnd = hourOf(end) + kHour;
            const std::int64_t from = status.windowEnd - 24 * kHour;
            if (status.latest)
                status.ageSeconds = std::max<std::int64_t>(0, now - *status.latest);
            status.pm2_5Series = series.pm2_5;
            status.pm10Series = series.pm10;
            if (series.pm2_5 != 0)
                status.pm2_5 = meanOf(db, series.pm2_5, Pollutant::Pm2_5, from, status.windowEnd);
            if (series.pm10 != 0)
                status.pm10 = meanOf(db, series.pm10, Pollutant::Pm10, from, status.windowEnd);
            status.gradedBy = status.pm2_5 ? Pollutant::Pm2_5 : Pollutant::Pm10;
            const KoreanGrade g25 = status.pm2_5 ? status.pm2_5->grade : KoreanGrade::NotEnoughData;
            const KoreanGrade g10 = status.pm10 ? status.pm10->grade : KoreanGrade::NotEnoughData;
            if (severity(g10) > severity(g25))
                status.gradedBy = Pollutant::Pm10;
            status.grade = severity(g10) > severity(g25) ? g10 : g25;
            out.push_back(std::move(status));
        }
    } catch (const SqlError&) {
        // A store that cannot answer shows no stations rather than failing the map.
    }
    return out;
}

} // namespace balgul::core::sensor
