// `balgul-cli station …`: share sensor stations through the hub, list and subscribe to others'.

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/sensor/observation_store.h"
#include "core/sensor/station_share.h"
#include "core/store/store.h"
#include "core/sync/credentials.h"

#include <charconv>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace balgul::cli {

namespace {

std::optional<std::int64_t> wholeNumber(const std::string& text)
{
    std::int64_t n = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return n;
}

/// The hub (from --hub or the login) and the token of the login; `needToken` asks for one.
core::Result<core::sync::HubEndpoint> endpointFor(const Args& args, core::Store& store, bool needToken)
{
    std::string hub = args.option("hub");
    if (hub.empty())
        hub = store.syncValue("hub_url");
    if (hub.empty())
        return core::Error::make(
            "no_hub", "no hub: run `balgul-cli login --hub URL --user LOGIN` first, or pass --hub URL");
    const std::string token = core::sync::readToken(core::sync::tokenPathFor(args.storePath));
    if (needToken && token.empty())
        return core::Error::make("not_logged_in", "not logged in: run `balgul-cli login --hub " + hub +
                                                      " --user LOGIN` first");
    return core::sync::HubEndpoint{hub, token, !args.flag("insecure"), 60};
}

/// A device by its row id, or by its external id when that names exactly one device.
core::Result<std::int64_t> findDevice(core::Store& store, const std::string& word)
{
    auto& db = store.database();
    try {
        if (const auto id = wholeNumber(word)) {
            auto st = db.prepare("SELECT id FROM sensor_devices WHERE id = ?");
            st.bind(1, *id);
            if (st.step())
                return *id;
        }
        auto st = db.prepare("SELECT id FROM sensor_devices WHERE external_id = ? OR remote_id = ?");
        st.bind(1, word).bind(2, word);
        std::vector<std::int64_t> found;
        while (st.step())
            found.push_back(st.int64(0));
        if (found.size() == 1)
            return found.front();
        if (found.size() > 1)
            return core::Error::make("ambiguous",
                                     "several devices are called " + word +
                                         "; use the number from "
                                         "`station devices`",
                                     "device");
    } catch (const core::SqlError& e) {
        return core::Error::make("store_failed", e.message);
    }
    return core::Error::make("not_found", "no sensor device " + word + " (see `station devices`)", "device");
}

/// What the public can learn of a station published at `precision` at (lat, lon).
std::string describePlace(core::geo::Precision precision, double lat, double lon)
{
    std::ostringstream out;
    out << std::fixed << std::setprecision(6) << "published at " << lat << ", " << lon;
    if (precision == core::geo::Precision::Exact)
        return out.str() + " (exact): anyone can see where the station is, to within a few metres";
    const auto cell = core::geo::cellOf(lat, lon, precision);
    out << " (" << core::geo::toString(precision) << ", cell " << cell.id()
        << "): others see only this cell's centre, the same at every share; they can learn that the "
           "station is somewhere in the cell, about "
        << static_cast<int>(core::geo::cellMetres(precision)) << " m across, and not where in it";
    return out.str();
}

/// Tells, once, of the stations the hub moved to the default precision.
void tellPrecisionNotices(core::Store& store, const core::sync::HubEndpoint& endpoint)
{
    auto notices = core::sensor::takePrecisionNotices(store, endpoint);
    if (!notices)
        return; // the command itself will meet the same hub
    for (const auto& n : *notices)
        std::cout << "notice: the hub now publishes your station " << n.name << " (device " << n.deviceId
                  << ") at " << n.precision
                  << " precision, no longer at its exact place; choose another with "
                  << "`balgul-cli station share " << n.deviceId << " --precision exact|100m|500m|1km`\n";
}

int devices(core::Store& store)
{
    core::sensor::ObservationStore observations(store.database());
    auto all = observations.devices();
    if (!all)
        return failed(all.error());
    auto series = observations.allSeries();
    if (!series)
        return failed(series.error());
    std::cout << "id\tsource\texternal id\tname\tshared\tstation\tquantities\n";
    for (const core::sensor::Device& d : *all) {
        std::string quantities;
        for (const core::sensor::Series& s : *series)
            if (s.deviceId == d.id)
                quantities +=
                    (quantities.empty() ? "" : ",") + std::string(core::sensor::toString(s.quantity));
        const std::string shared = d.subscribed ? std::string("subscribed") : d.shareMode;
        std::cout << d.id << '\t' << d.source << '\t' << d.externalId << '\t' << d.name << '\t'
                  << (shared.empty() ? "-" : shared) << '\t' << (d.remoteId.empty() ? "-" : d.remoteId)
                  << '\t' << quantities << '\n';
    }
    return kOk;
}

} // namespace

int runStation(const Args& args)
{
    const auto words = args.positional();
    if (words.empty())
        return usage("station needs share, unshare, list, subscribe, pull or devices");
    const std::string& what = words.front();
    core::StoreOptions options;
    options.create = true;
    auto store = core::Store::open(args.storePath, options);
    if (!store)
        return failed(store.error());
    if (what == "devices")
        return devices(**store);

    const bool needToken = what != "list";
    auto endpoint = endpointFor(args, **store, needToken);
    if (!endpoint)
        return usage(endpoint.error().message);

    if (needToken)
        tellPrecisionNotices(**store, *endpoint);

    if (what == "share") {
        if (words.size() != 2)
            return usage("station share DEVICE [--mode hourly|raw] [--precision exact|100m|500m|1km]");
        const auto mode = core::sensor::shareModeFromString(args.option("mode", "hourly"));
        if (!mode)
            return usage("--mode takes hourly or raw");
        std::optional<core::geo::Precision> precision;
        if (const std::string word = args.option("precision"); !word.empty()) {
            precision = core::geo::precisionFromString(word);
            if (!precision || !core::sync::isStationPrecision(word))
                return usage("--precision takes exact, 100m, 500m or 1km");
        }
        auto device = findDevice(**store, words[1]);
        if (!device)
            return failed(device.error());
        core::sensor::ShareOptions shareOptions;
        shareOptions.precision = precision;
        if (const std::string batch = args.option("batch"); !batch.empty()) {
            const auto n = wholeNumber(batch);
            if (!n || *n < 1 || *n > static_cast<std::int64_t>(shareOptions.batchSize))
                return usage("--batch takes a number from 1 to " + std::to_string(shareOptions.batchSize));
            shareOptions.batchSize = static_cast<std::size_t>(*n);
        }
        auto report = core::sensor::shareStation(**store, *device, *mode, *endpoint, shareOptions);
        if (!report)
            return failed(report.error());
        std::cout << (report->created ? "published station " : "updated station ") << report->stationId
                  << " (" << core::sensor::toString(*mode) << ")\n"
                  << describePlace(report->precision, report->publishedLat, report->publishedLon) << '\n'
                  << "sent " << report->observationsSent << " observations of " << report->daysSent
                  << " days in " << report->batches << " batches: " << report->added << " new, "
                  << report->changed << " changed, " << report->unchanged << " already on the hub\n";
        return kOk;
    }
    if (what == "unshare") {
        if (words.size() != 2)
            return usage("station unshare DEVICE");
        auto device = findDevice(**store, words[1]);
        if (!device)
            return failed(device.error());
        if (auto s = core::sensor::unshareStation(**store, *device, *endpoint); !s)
            return failed(s.error());
        std::cout << "the hub no longer shares device " << words[1] << " and erased its observations\n";
        return kOk;
    }
    if (what == "list") {
        auto stations = core::sensor::listSharedStations(*endpoint, args.option("bbox"));
        if (!stations)
            return failed(stations.error());
        std::cout << "id\tname\tlat\tlon\tprecision\tsensor\tmode\tquantities\tupdated\n";
        for (const auto& s : *stations) {
            std::string quantities;
            for (const auto& q : s.quantities)
                quantities += (quantities.empty() ? "" : ",") + q;
            std::cout << s.id << '\t' << s.name << '\t' << s.lat << '\t' << s.lon << '\t' << s.precision
                      << '\t' << s.sensorType << '\t' << s.mode << '\t' << quantities << '\t' << s.updated
                      << '\n';
        }
        return kOk;
    }
    if (what == "subscribe") {
        if (words.size() != 2)
            return usage("station subscribe STATION-ID");
        auto device = core::sensor::subscribeStation(**store, words[1], *endpoint);
        if (!device)
            return failed(device.error());
        std::cout << "subscribed to " << words[1] << " as device " << *device
                  << "; run `balgul-cli station pull` to fetch its observations\n";
        return kOk;
    }
    if (what == "pull") {
        auto report = core::sensor::pullSubscriptions(**store, *endpoint);
        if (!report)
            return failed(report.error());
        std::cout << "pulled " << report->observations << " observations of " << report->stations
                  << " subscribed stations in " << report->pages << " pages\n";
        for (const auto& id : report->unshared)
            std::cout << "station " << id << " is no longer shared on the hub (its readings stay here)\n";
        return kOk;
    }
    return usage("unknown station command '" + what + "'");
}

} // namespace balgul::cli
