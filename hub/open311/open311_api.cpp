#include "hub/open311/open311.h"

#include "hub/open311/open311_format.h"
#include "hub/open311/open311_model.h"

#include "core/domain/category.h"
#include "core/domain/problem.h"
#include "core/util/ids.h"
#include "core/util/text.h"
#include "core/util/time.h"

#include <Poco/DeflatingStream.h>
#include <Poco/Exception.h>
#include <Poco/Net/MediaType.h>
#include <Poco/String.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iostream>
#include <map>
#include <sstream>
#include <vector>

namespace balgul::hub::open311 {

namespace {

using Poco::Net::HTTPRequest;

constexpr std::string_view kVersionPrefix = "/open311/v2/";
/// A form with a 10,000-character Korean description, percent-encoded, fits easily.
constexpr std::size_t kMaxFormBytes = 256u << 10;
/// The client id the facade pushes under: the field merge's "who wrote this" for Open311 edits.
constexpr std::string_view kClientId = "open311";

enum class Resource
{
    Services,
    ServiceDefinition,
    Requests,
    Request,
};

struct Target
{
    Resource resource = Resource::Services;
    std::string key; ///< the service code or request id of a single-item resource
};

HttpError notFound(const std::string& message)
{
    return HttpError::make(404, "not_found", message);
}

/// Splits /open311/v2/<resource>[/<key>].<format>. Sets `format` as soon as it is known, so even
/// an error about the rest of the path answers in the format asked for.
Target parseTarget(const std::string& path, Format& format)
{
    if (!path.starts_with(kVersionPrefix))
        throw notFound("this hub speaks GeoReport v2 under /open311/v2/");
    const std::string rest = path.substr(kVersionPrefix.size());
    const auto dot = rest.rfind('.');
    if (dot == std::string::npos || rest.find('/', dot) != std::string::npos)
        throw notFound("add the format to the resource: .json or .xml");
    const auto parsed = formatFromExtension(std::string_view(rest).substr(dot + 1));
    if (!parsed)
        throw notFound("the format must be .json or .xml");
    format = *parsed;
    if (core::hasControlCharacter(path, false))
        throw HttpError::make(400, "invalid_field", "the path holds a control character", "path");
    const std::string name = rest.substr(0, dot);
    if (name == "services")
        return {Resource::Services, {}};
    if (name == "requests")
        return {Resource::Requests, {}};
    const auto slash = name.find('/');
    if (slash != std::string::npos && name.find('/', slash + 1) == std::string::npos &&
        slash + 1 < name.size()) {
        const std::string head = name.substr(0, slash);
        if (head == "services")
            return {Resource::ServiceDefinition, name.substr(slash + 1)};
        if (head == "requests")
            return {Resource::Request, name.substr(slash + 1)};
    }
    throw notFound("no such GeoReport resource: " + name);
}

void send(Exchange& ex, int status, Format format, const std::string& body)
{
    auto& response = ex.response;
    response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
    response.setContentType(contentType(format));
    response.set("Cache-Control", "no-store");
    std::string payload = body;
    const std::string accept = Poco::toLower(ex.request.get("Accept-Encoding", ""));
    if (payload.size() > 1024 && accept.find("gzip") != std::string::npos) {
        std::ostringstream compressed;
        Poco::DeflatingOutputStream deflater(compressed, Poco::DeflatingStreamBuf::STREAM_GZIP);
        deflater << payload;
        deflater.close();
        payload = compressed.str();
        response.set("Content-Encoding", "gzip");
    }
    response.setContentLength64(static_cast<Poco::Int64>(payload.size()));
    response.send().write(payload.data(), static_cast<std::streamsize>(payload.size()));
    ex.bytesSent = payload.size();
}

void requireMethod(Exchange& ex, const std::string& allowed)
{
    if (ex.request.getMethod() != allowed) {
        ex.response.set("Allow", allowed);
        throw HttpError::make(405, "method_not_allowed", "use " + allowed + " for " + ex.path);
    }
}

// GET ---------------------------------------------------------------------------------------

/// Reads go to the storage's reading connections (never the push's writer lock): one query for
/// an id list, one for a filtered listing.
std::vector<ServiceRequest> findRequests(HubContext& hub, const RequestQuery& query)
{
    std::vector<ServiceRequest> out;
    if (!query.ids.empty()) {
        std::vector<std::string> wanted; // each UUID once, in the order asked
        for (const auto& id : query.ids)
            if (core::isCanonicalUuid(id) && std::find(wanted.begin(), wanted.end(), id) == wanted.end())
                wanted.push_back(id);
        std::map<std::string, ServiceRequest> found;
        for (const auto& state : hub.storage->problemsById(wanted))
            if (auto r = toServiceRequest(state, hub.config.name))
                found.emplace(state.id, std::move(*r));
        for (const auto& id : wanted)
            if (auto it = found.find(id); it != found.end())
                out.push_back(std::move(it->second));
        return out;
    }
    for (const auto& state : hub.storage->findProblems(toProblemFilter(query)))
        if (auto r = toServiceRequest(state, hub.config.name))
            out.push_back(std::move(*r));
    return out;
}

void getRequest(HubContext& hub, Exchange& ex, Format format, const std::string& id)
{
    if (core::isUuid(id) && !core::isCanonicalUuid(id))
        throw HttpError::make(400, "invalid_field", "a service request id is a UUID in lower case",
                              "service_request_id");
    std::optional<ServiceRequest> found;
    if (core::isCanonicalUuid(id))
        for (const auto& state : hub.storage->problemsById({id}))
            found = toServiceRequest(state, hub.config.name);
    if (!found)
        throw notFound("there is no service request " + id);
    send(ex, 200, format, encodeRequests(format, {*found}));
}

// POST --------------------------------------------------------------------------------------

/// A field of an application/x-www-form-urlencoded body ("" when absent). '+' is a space there;
/// Poco's decoder only honours that after a '?', so it is replaced before decoding.
std::string formValue(const std::string& form, const std::string& name, bool* present = nullptr)
{
    std::string spaced = form;
    std::replace(spaced.begin(), spaced.end(), '+', ' ');
    return queryValue(spaced, name, present);
}

std::optional<double> parseNumber(const std::string& text)
{
    const std::string t = core::trimmed(text);
    double value = 0;
    const auto r = std::from_chars(t.data(), t.data() + t.size(), value);
    if (t.empty() || r.ec != std::errc() || r.ptr != t.data() + t.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<User> poster(HubContext& hub, Exchange& ex, const std::string& form)
{
    const std::string header = ex.request.get("Authorization", "");
    if (!header.empty())
        return hub.auth.userForAuthorization(header);
    bool present = false;
    std::string key = formValue(form, "api_key", &present);
    if (!present)
        key = queryValue(ex.query, "api_key", &present);
    if (!present)
        return std::nullopt;
    return hub.auth.userForAuthorization("Bearer " + core::trimmed(key));
}

void checkFormType(const Exchange& ex)
{
    const std::string type = ex.request.getContentType();
    if (type.empty())
        return;
    bool form = false;
    try {
        form = Poco::Net::MediaType(type).matches("application", "x-www-form-urlencoded");
    } catch (const Poco::Exception&) {
    }
    if (!form)
        throw HttpError::make(415, "unsupported_media_type",
                              "send the request as application/x-www-form-urlencoded");
}

void postRequest(HubContext& hub, Exchange& ex, Format format)
{
    checkFormType(ex);
    const std::string form = readBody(ex, kMaxFormBytes, false);
    const auto user = poster(hub, ex, form);
    if (!user)
        throw HttpError::make(403, "forbidden",
                              "a valid api_key is needed to file a request: log in with POST /v1/auth/login "
                              "and send its token as api_key (or as an Authorization: Bearer header)");

    const std::string serviceCode = core::trimmed(formValue(form, "service_code"));
    if (serviceCode.empty())
        throw HttpError::make(400, "invalid_field", "service_code is missing", "service_code");
    const auto* category = core::findCategory(serviceCode);
    if (!category)
        throw HttpError::make(400, "invalid_field",
                              "service_code '" + serviceCode + "' is not a service of this hub",
                              "service_code");

    bool hasLat = false;
    bool hasLong = false;
    const std::string latText = formValue(form, "lat", &hasLat);
    const std::string longText = formValue(form, "long", &hasLong);
    if (!hasLat && !hasLong) {
        bool byAddress = false;
        formValue(form, "address_string", &byAddress);
        if (!byAddress)
            formValue(form, "address_id", &byAddress);
        throw HttpError::make(400, "invalid_field",
                              byAddress
                                  ? "lat and long are needed: this hub cannot look up address_string or "
                                    "address_id"
                                  : "a location is needed: lat and long",
                              "lat");
    }
    if (!hasLat || !hasLong)
        throw HttpError::make(400, "invalid_field", "both lat and long are needed", hasLat ? "long" : "lat");
    const auto lat = parseNumber(latText);
    if (!lat)
        throw HttpError::make(400, "invalid_field", "lat must be a number", "lat");
    const auto lon = parseNumber(longText);
    if (!lon)
        throw HttpError::make(400, "invalid_field", "long must be a number", "long");

    const std::string description = core::trimmed(formValue(form, "description"));
    const std::string address = core::trimmed(formValue(form, "address_string"));
    // first_name, last_name, email, phone, device_id and media_url are not kept: the hub stores no
    // contact details, the author shown is the account's name (set by the sync rules, as for any
    // client), and attachments travel as content-addressed blobs, not links.

    core::sync::Op op;
    op.opId = core::newUuidV7();
    op.entity = "problem";
    op.id = core::newUuidV7();
    op.baseVersion = 0;
    const std::string now = core::toIso8601(core::now());
    op.clientTime = now;
    op.fields = new Poco::JSON::Object;
    op.fields->set("title", titleFor(description, category->nameEn));
    if (!description.empty())
        op.fields->set("description", description);
    op.fields->set("category", serviceCode);
    op.fields->set("status", std::string("new"));
    op.fields->set("lat", *lat);
    op.fields->set("lon", *lon);
    if (!address.empty())
        op.fields->set("address", address);
    op.fields->set("created", now);

    const auto response = hub.sync.push(*user, core::sync::PushRequest{std::string(kClientId), {op}});
    if (response.results.size() != 1)
        throw HttpError::make(500, "internal", "the hub could not file the request");
    const auto& result = response.results.front();
    if (result.status == core::sync::OpStatus::Rejected) {
        // Field errors read "lat: must be within -90..90"; GeoReport calls lon "long".
        std::string message = result.message;
        if (message.starts_with("lon:"))
            message = "long:" + message.substr(4);
        throw HttpError::fromCode(result.code, message);
    }
    send(ex, 201, format, encodeCreated(format, op.id, "", user->id));
}

void dispatch(HubContext& hub, Exchange& ex, const Target& target, Format format)
{
    switch (target.resource) {
    case Resource::Services:
        requireMethod(ex, HTTPRequest::HTTP_GET);
        return send(ex, 200, format, encodeServices(format, services()));
    case Resource::ServiceDefinition: {
        requireMethod(ex, HTTPRequest::HTTP_GET);
        for (const auto& s : services())
            if (s.code == target.key)
                return send(ex, 200, format, encodeServiceDefinition(format, s));
        throw notFound("there is no service " + target.key);
    }
    case Resource::Requests:
        if (ex.request.getMethod() == HTTPRequest::HTTP_POST)
            return postRequest(hub, ex, format);
        if (ex.request.getMethod() != HTTPRequest::HTTP_GET) {
            ex.response.set("Allow", "GET, POST");
            throw HttpError::make(405, "method_not_allowed", "use GET or POST for " + ex.path);
        }
        return send(ex, 200, format,
                    encodeRequests(format, findRequests(hub, parseRequestQuery(ex.query, core::now()))));
    case Resource::Request:
        requireMethod(ex, HTTPRequest::HTTP_GET);
        return getRequest(hub, ex, format, target.key);
    }
}

void fail(Exchange& ex, Format format, int status, const std::string& description)
{
    ex.response.setKeepAlive(false);
    drainRequestBody(ex.request, 4 << 20);
    if (!ex.response.sent())
        send(ex, status, format, encodeError(format, status, description));
}

} // namespace

void handle(HubContext& hub, Exchange& ex)
{
    Format format = Format::Json;
    try {
        const Target target = parseTarget(ex.path, format);
        dispatch(hub, ex, target, format);
    } catch (const HttpError& e) {
        if (e.status == 429 && e.retryAfterSeconds > 0)
            ex.response.set("Retry-After", std::to_string(e.retryAfterSeconds));
        fail(ex, format, e.status, e.error.message);
    } catch (const std::exception& e) {
        std::cerr << "balgul-hub: open311 request failed: " << escapeLogText(e.what()) << '\n';
        fail(ex, format, 500, "the hub could not complete the request");
    }
}

} // namespace balgul::hub::open311
