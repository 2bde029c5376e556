#include "hub/stations/station_service.h"

#include "core/sensor/observation.h"
#include "core/sync/station_protocol.h"
#include "core/util/ids.h"
#include "core/util/text.h"
#include "core/util/time.h"

#include <Poco/Net/HTTPRequest.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>
#include <utility>

namespace balgul::hub {

namespace {

using Poco::Net::HTTPRequest;
namespace sync = core::sync;
namespace limits = core::sync::station_limits;

constexpr std::string_view kPrefix = "/v1/stations";
constexpr std::int64_t kFutureSlackSeconds = 86400;

void allow(Exchange& ex, const std::string& methods)
{
    ex.response.set("Allow", methods);
    throw HttpError::make(405, "method_not_allowed", "use " + methods + " for " + ex.path);
}

/// A decoder's error as the hub answers it (see station_protocol.h for the codes).
HttpError fromDecode(const core::Error& e)
{
    if (e.code == "invalid_value")
        return HttpError::make(422, e.code, e.message, e.field);
    if (e.code == "too_large")
        return HttpError::make(413, e.code, e.message, e.field);
    return HttpError::make(400, e.code == "malformed_json" ? e.code : "invalid_field", e.message, e.field);
}

HttpError unprocessable(const std::string& field, const std::string& message)
{
    return HttpError::make(422, "invalid_value", field + " " + message, field);
}

const User& requireUser(const std::optional<User>& user)
{
    if (!user)
        throw HttpError::make(401, "unauthorized", "log in first: the token is missing, unknown or expired");
    return *user;
}

bool isCoordinator(const User& user)
{
    return user.role == Role::Coordinator || user.role == Role::Admin;
}

std::int64_t integerParam(const std::string& query, const std::string& name, std::int64_t fallback,
                          std::int64_t min, std::int64_t max)
{
    bool present = false;
    const std::string text = queryValue(query, name, &present);
    if (!present)
        return fallback;
    std::int64_t value = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || r.ec != std::errc() || r.ptr != text.data() + text.size() || value < min ||
        value > max)
        throw HttpError::make(400, "invalid_field",
                              name + " must be a whole number from " + std::to_string(min) + " to " +
                                  std::to_string(max),
                              name);
    return value;
}

std::optional<std::int64_t> timeParam(const std::string& query, const std::string& name)
{
    bool present = false;
    const std::string text = queryValue(query, name, &present);
    if (!present)
        return std::nullopt;
    const auto t = core::parseIso8601(text);
    if (!t)
        throw HttpError::make(400, "invalid_field", name + " must be an ISO 8601 time", name);
    const std::int64_t ms = core::toUnixMs(*t);
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

sync::StationInfo toInfo(const StationRecord& s)
{
    sync::StationInfo info;
    info.id = s.id;
    info.name = s.name;
    info.lat = s.lat;
    info.lon = s.lon;
    info.precision = s.precision;
    info.movedByHub = s.precisionMoved;
    info.sensorType = s.sensorType;
    info.mode = s.mode;
    info.quantities = s.quantities;
    info.updated = core::toIso8601(core::fromUnixMs(s.updated));
    return info;
}

void sendNoContent(Exchange& ex)
{
    ex.response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_NO_CONTENT);
    ex.response.set("Cache-Control", "no-store");
    ex.response.setContentLength(0);
    ex.response.send();
}

} // namespace

StationService::StationService(std::unique_ptr<StationStorage> storage) : m_storage(std::move(storage)) {}

bool StationService::isStationPath(const std::string& path)
{
    return path == kPrefix || path.rfind(std::string(kPrefix) + "/", 0) == 0;
}

void StationService::handle(Exchange& ex, const std::optional<User>& user)
{
    const std::string& method = ex.request.getMethod();
    if (ex.path == kPrefix) {
        if (method != HTTPRequest::HTTP_GET)
            allow(ex, "GET");
        return list(ex);
    }
    std::string rest = ex.path.substr(kPrefix.size() + 1);
    std::string tail;
    if (const auto slash = rest.find('/'); slash != std::string::npos) {
        tail = rest.substr(slash + 1);
        rest.resize(slash);
    }
    if (!tail.empty() && tail != "observations")
        throw HttpError::make(404, "not_found", "no such endpoint");
    if (!core::isCanonicalUuid(rest))
        throw HttpError::make(400, "invalid_field", "a station id is a UUID in lower case", "id");
    if (tail.empty()) {
        if (method == HTTPRequest::HTTP_GET)
            return get(ex, rest);
        if (method == HTTPRequest::HTTP_PUT)
            return put(ex, requireUser(user), rest);
        if (method == HTTPRequest::HTTP_DELETE)
            return erase(ex, requireUser(user), rest);
        allow(ex, "GET, PUT, DELETE");
    }
    if (method == HTTPRequest::HTTP_GET)
        return observations(ex, rest);
    if (method == HTTPRequest::HTTP_POST)
        return addObservations(ex, requireUser(user), rest);
    allow(ex, "GET, POST");
}

StationRecord StationService::existing(const std::string& id)
{
    auto station = m_storage->station(id);
    if (!station)
        throw HttpError::make(404, "not_found", "no shared station " + id);
    return std::move(*station);
}

void StationService::list(Exchange& ex)
{
    StationQuery query;
    bool present = false;
    const std::string bbox = queryValue(ex.query, "bbox", &present);
    if (present) {
        // minLon,minLat,maxLon,maxLat as GeoJSON orders a bounding box.
        double v[4] = {};
        std::size_t start = 0;
        int n = 0;
        for (; n < 4 && start <= bbox.size(); ++n) {
            auto end = bbox.find(',', start);
            if (end == std::string::npos)
                end = bbox.size();
            const char* first = bbox.data() + start;
            const char* last = bbox.data() + end;
            const auto r = std::from_chars(first, last, v[n]);
            if (first == last || r.ec != std::errc() || r.ptr != last || !std::isfinite(v[n]))
                break;
            start = end + 1;
        }
        if (n != 4 || start != bbox.size() + 1 || v[0] > v[2] || v[1] > v[3] || v[1] < -90 || v[3] > 90 ||
            v[0] < -180 || v[2] > 180)
            throw HttpError::make(400, "invalid_field", "bbox must be minLon,minLat,maxLon,maxLat in degrees",
                                  "bbox");
        query.minLon = v[0];
        query.minLat = v[1];
        query.maxLon = v[2];
        query.maxLat = v[3];
    }
    query.afterId = queryValue(ex.query, "after");
    if (core::hasControlCharacter(query.afterId, false))
        throw HttpError::make(400, "invalid_field", "after holds a control character", "after");
    const auto limit = static_cast<std::size_t>(integerParam(
        ex.query, "limit", limits::kMaxStationPage, 1, static_cast<std::int64_t>(limits::kMaxStationPage)));
    query.limit = limit + 1;
    auto rows = m_storage->stations(query);
    sync::StationList out;
    out.more = rows.size() > limit;
    rows.resize(std::min(rows.size(), limit));
    for (const auto& s : rows)
        out.stations.push_back(toInfo(s));
    if (out.more)
        out.next = rows.back().id;
    sendJson(ex, 200, sync::encode(out));
}

void StationService::get(Exchange& ex, const std::string& id)
{
    sendJson(ex, 200, sync::encode(toInfo(existing(id)), true));
}

void StationService::put(Exchange& ex, const User& user, const std::string& id)
{
    const std::string body = readBody(ex, core::sync::limits::kMaxSmallBody, true);
    auto info = sync::decodeStationInfo(body);
    if (!info)
        throw fromDecode(info.error());
    if (!info->id.empty() && info->id != id)
        throw HttpError::make(400, "invalid_field", "id differs from the station id in the path", "id");
    for (const auto& [field, text] : {std::pair<const char*, const std::string*>{"name", &info->name},
                                      {"sensor_type", &info->sensorType}})
        if (core::hasControlCharacter(*text, false))
            throw HttpError::make(400, "invalid_field", std::string(field) + " holds a control character",
                                  field);
    StationRecord record;
    record.id = id;
    record.ownerId = user.id;
    record.name = info->name;
    // The decoder took the place only at the centre of its cell at the declared precision.
    record.lat = info->lat;
    record.lon = info->lon;
    record.precision = info->precision;
    record.sensorType = info->sensorType;
    record.mode = info->mode;
    record.quantities = info->quantities;
    const auto outcome = m_storage->putStation(record, isCoordinator(user));
    if (outcome == PutOutcome::Forbidden)
        throw HttpError::make(403, "forbidden", "this station belongs to someone else");
    sendJson(ex, outcome == PutOutcome::Created ? 201 : 200, sync::encode(toInfo(existing(id)), true));
}

void StationService::erase(Exchange& ex, const User& user, const std::string& id)
{
    const auto station = existing(id);
    if (station.ownerId != user.id && !isCoordinator(user))
        throw HttpError::make(403, "forbidden", "only its owner or a coordinator may remove a station");
    if (!m_storage->eraseStation(id))
        throw HttpError::make(404, "not_found", "no shared station " + id);
    sendNoContent(ex);
}

void StationService::observations(Exchange& ex, const std::string& id)
{
    existing(id);
    ObservationQuery query;
    query.stationId = id;
    bool present = false;
    query.quantity = queryValue(ex.query, "quantity", &present);
    if (present && !core::sensor::quantityFromString(query.quantity))
        throw HttpError::make(400, "invalid_field", "quantity is not a known quantity", "quantity");
    query.from = timeParam(ex.query, "from");
    query.to = timeParam(ex.query, "to");
    query.afterSeq = integerParam(ex.query, "after_seq", 0, 0, INT64_MAX);
    const auto limit =
        static_cast<std::size_t>(integerParam(ex.query, "limit", limits::kDefaultObservationPage, 1,
                                              static_cast<std::int64_t>(limits::kMaxObservationPage)));
    query.limit = limit + 1;
    auto rows = m_storage->observations(query);
    sync::ObservationPage page;
    page.station = id;
    page.more = rows.size() > limit;
    rows.resize(std::min(rows.size(), limit));
    page.next = rows.empty() ? query.afterSeq : rows.back().seq;
    page.observations.reserve(rows.size());
    for (const auto& r : rows) {
        sync::StationObservation o;
        o.seq = r.seq;
        o.kind = r.kind;
        o.quantity = r.quantity;
        o.time = r.time;
        o.value = r.value;
        o.count = r.count;
        o.flags = r.flags;
        page.observations.push_back(std::move(o));
    }
    sendJson(ex, 200, sync::encode(page));
}

void StationService::addObservations(Exchange& ex, const User& user, const std::string& id)
{
    const auto station = existing(id);
    if (station.ownerId != user.id)
        throw HttpError::make(403, "forbidden", "only its owner may add observations to a station");
    const std::string body = readBody(ex, limits::kMaxBatchBytes, true);
    auto batch = sync::decodeObservations(body);
    if (!batch)
        throw fromDecode(batch.error());
    const bool hourly = station.mode == "hourly";
    const std::int64_t latest = core::toUnixMs(core::now()) / 1000 + kFutureSlackSeconds;
    std::set<std::pair<std::string, std::int64_t>> seen;
    std::vector<ObservationRecord> records;
    records.reserve(batch->size());
    for (std::size_t i = 0; i < batch->size(); ++i) {
        const auto& o = (*batch)[i];
        const std::string path = "observations[" + std::to_string(i) + "]";
        if (std::find(station.quantities.begin(), station.quantities.end(), o.quantity) ==
            station.quantities.end())
            throw unprocessable(path + ".quantity", "is not published by this station: " + o.quantity);
        if (hourly && (o.time % 3600) != 0)
            throw unprocessable(path + ".time", "must be the start of an hour for an hourly station");
        if (!hourly && o.count != 1)
            throw unprocessable(path + ".count", "must be 1 for a raw reading");
        if (o.time > latest)
            throw unprocessable(path + ".time", "is in the future");
        if (!seen.emplace(o.quantity, o.time).second)
            throw unprocessable(path + ".time", "repeats an earlier observation of " + o.quantity);
        ObservationRecord r;
        r.quantity = o.quantity;
        r.time = o.time;
        r.value = o.value;
        r.count = o.count;
        r.flags = o.flags;
        records.push_back(std::move(r));
    }
    const auto outcome = m_storage->addObservations(id, station.mode, records);
    if (!outcome)
        throw HttpError::make(404, "not_found", "no shared station " + id);
    if (m_listener && outcome->added + outcome->changed > 0)
        m_listener();
    sendJson(ex, 200,
             "{\"added\":" + std::to_string(outcome->added) +
                 ",\"changed\":" + std::to_string(outcome->changed) +
                 ",\"unchanged\":" + std::to_string(outcome->unchanged) + "}");
}

} // namespace balgul::hub
