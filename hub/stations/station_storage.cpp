#include "hub/stations/station_storage.h"

#include "hub/sync/postgres_hub_storage.h"

#include "core/geo/grid_cell.h"
#include "core/sync/station_protocol.h"

namespace balgul::hub {

std::string defaultPrecision()
{
    return std::string(core::sync::kDefaultStationPrecision);
}

void movePlace(StationRecord& station, const std::string& precision)
{
    const auto grid = core::geo::precisionFromString(precision).value_or(core::geo::Precision::M500);
    const auto cell = core::geo::cellOf(station.lat, station.lon, grid);
    station.lat = cell.lat;
    station.lon = cell.lon;
    station.precision = std::string(core::geo::toString(grid));
}

std::string joinQuantities(const std::vector<std::string>& quantities)
{
    std::string out;
    for (const auto& q : quantities) {
        if (!out.empty())
            out += ',';
        out += q;
    }
    return out;
}

std::vector<std::string> splitQuantities(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find(',', start);
        if (end == std::string::npos)
            end = text.size();
        if (end > start)
            out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::unique_ptr<StationStorage> openStationStorage(const HubConfig& config)
{
    if (!config.database.empty())
        return openPostgresStationStorage(config.database);
    return openSqliteStationStorage(config.storePath());
}

} // namespace balgul::hub
