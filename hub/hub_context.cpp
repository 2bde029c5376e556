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

std::string escapeLogText(std::string_view text)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7F || c == '\\') {
            out += "\\x";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        } else {
            out += ch;
        }
    }
    return out;
}

void AccessLog::write(const std::string& line)
{
    if (!m_enabled)
        return;
    const std::string safe = escapeLogText(line);
    std::lock_guard lock(m_mutex);
    if (m_stderr)
        std::cerr << safe << '\n' << std::flush;
    else
        m_file << safe << '\n' << std::flush;
}

HubContext::HubContext(HubConfig hubConfig)
    : config(std::move(hubConfig)), storage(openStorage(config)), blobs(config.blobDir()),
      auth(*storage, config), sync(*storage, blobs), historyMark(config.historyMarkPath()),
      log(config.accessLog)
{
    // A store restored from a backup has gone back in history: a new epoch tells the clients.
    if (const std::string note = storage->openNote(); !note.empty())
        std::cerr << "balgul-hub: " << note << '\n';
    if (const std::string note = historyMark.reconcile(*storage); !note.empty())
        std::cerr << "balgul-hub: " << note << '\n';
    sync.setHistoryMark(&historyMark);
    stations = std::make_unique<StationService>(openStationStorage(config));
    voting = std::make_unique<VotingService>(openVotingStorage(config));
    mydata = std::make_unique<mydata::MydataService>(mydata::openMydataStorage(config), *storage, config);
    mydata->sweep(); // consents that expired while the hub was down, before anyone is answered
    if (!config.ngsiLdUrl.empty()) {
        NgsiLdOptions options;
        options.url = config.ngsiLdUrl;
        ngsiLd = std::make_unique<NgsiLdBridge>(stations->storage(), options);
        stations->setObservationListener([bridge = ngsiLd.get()] { bridge->notify(); });
        ngsiLd->start();
    }
    housekeeping = std::make_unique<Housekeeping>(*storage, blobs, auth.limiter(), config,
                                                  [service = mydata.get()] { service->sweep(); });
}

} // namespace balgul::hub
