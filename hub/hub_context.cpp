#include "hub/hub_context.h"

#include "hub/sync/postgres_hub_storage.h"

#include <filesystem>
#include <iostream>

namespace balgul::hub {

namespace {

std::unique_ptr<HubStorage> openStorage(const HubConfig& config)
{
    std::error_code ec;
    std::filesystem::create_directories(config.dataDir, ec);
    if (ec)
        throw StorageError("cannot make the data folder " + config.dataDir + ": " + ec.message());
    return openHubStorage(config);
}

} // namespace

AccessLog::AccessLog(const std::string& target)
{
    if (target.empty()) {
        m_enabled = false;
    } else if (target != "-") {
        m_stderr = false;
        m_file.open(target, std::ios::app);
        if (!m_file)
            throw StorageError("cannot open the access log " + target);
    }
}

void AccessLog::write(const std::string& line)
{
    if (!m_enabled)
        return;
    std::lock_guard lock(m_mutex);
    if (m_stderr)
        std::cerr << line << '\n' << std::flush;
    else
        m_file << line << '\n' << std::flush;
}

HubContext::HubContext(HubConfig hubConfig)
    : config(std::move(hubConfig)), storage(openStorage(config)), blobs(config.blobDir()),
      auth(*storage, config), sync(*storage, blobs), log(config.accessLog)
{
    stations = std::make_unique<StationService>(openStationStorage(config));
    if (!config.ngsiLdUrl.empty()) {
        NgsiLdOptions options;
        options.url = config.ngsiLdUrl;
        ngsiLd = std::make_unique<NgsiLdBridge>(stations->storage(), options);
        stations->setObservationListener([bridge = ngsiLd.get()] { bridge->notify(); });
        ngsiLd->start();
    }
    housekeeping = std::make_unique<Housekeeping>(*storage, blobs, auth.limiter(), config);
}

} // namespace balgul::hub
