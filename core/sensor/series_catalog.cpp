#include "core/sensor/series_catalog.h"

#include <algorithm>

namespace balgul::core::sensor {

Result<std::vector<SeriesSummary>> seriesCatalog(Database& db)
{
    try {
        auto st = db.prepare(
            "SELECT s.id, s.device_id, s.quantity, d.source, d.external_id, d.sensor_type, d.name, "
            "coalesce(sum(b.count), 0), coalesce(min(b.first_time), 0), coalesce(max(b.last_time), 0) "
            "FROM sensor_series s JOIN sensor_devices d ON d.id = s.device_id "
            "LEFT JOIN sensor_blocks b ON b.series_id = s.id "
            "GROUP BY s.id");
        std::vector<SeriesSummary> out;
        while (st.step()) {
            const auto quantity = quantityFromString(st.textView(2));
            if (!quantity)
                continue; // a quantity of a newer version of the app
            SeriesSummary s;
            s.seriesId = st.int64(0);
            s.deviceId = st.int64(1);
            s.quantity = *quantity;
            s.source = st.text(3);
            s.externalId = st.text(4);
            s.sensorType = st.text(5);
            s.deviceName = st.text(6);
            s.readings = st.int64(7);
            s.firstTime = st.int64(8);
            s.lastTime = st.int64(9);
            out.push_back(std::move(s));
        }
        // By the device's label (its name, or source and id), then the quantity's order.
        const auto label = [](const SeriesSummary& s) {
            return s.deviceName.empty() ? s.source + " " + s.externalId : s.deviceName;
        };
        std::sort(out.begin(), out.end(), [&](const SeriesSummary& a, const SeriesSummary& b) {
            const std::string la = label(a), lb = label(b);
            if (la != lb)
                return la < lb;
            if (a.deviceId != b.deviceId)
                return a.deviceId < b.deviceId;
            return static_cast<int>(a.quantity) < static_cast<int>(b.quantity);
        });
        return out;
    } catch (const SqlError& e) {
        return Error::make("store_failed", e.message);
    }
}

} // namespace balgul::core::sensor
