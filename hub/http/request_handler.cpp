#include "hub/http/request_handler.h"

#include "hub/api.h"
#include "hub/http/client_address.h"
#include "hub/mydata/mydata_service.h"
#include "hub/open311/open311.h"
#include "hub/stations/station_service.h"
#include "hub/voting/voting_service.h"

#include "core/util/text.h"
#include "core/util/time.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/URI.h>

#include <chrono>
#include <iostream>
#include <vector>

namespace balgul::hub {

namespace {

using Poco::Net::HTTPRequest;

constexpr std::string_view kBlobPrefix = "/v1/blobs/";

class InFlight
{
public:
    explicit InFlight(std::atomic<int>& counter) : m_counter(counter) { ++m_counter; }
    ~InFlight() { --m_counter; }
    InFlight(const InFlight&) = delete;
    InFlight& operator=(const InFlight&) = delete;

private:
    std::atomic<int>& m_counter;
};

class HubRequestHandler final : public Poco::Net::HTTPRequestHandler
{
public:
    explicit HubRequestHandler(HubContext& hub) : m_hub(hub) {}

    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) override
    {
        InFlight inFlight(m_hub.inFlight);
        const auto started = std::chrono::steady_clock::now();
        Exchange ex{request,
                    response,
                    {},
                    {},
                    clientAddress(request.clientAddress().host(), request, m_hub.config.trustedProxies),
                    0};
        int status = 500;
        try {
            route(ex);
            status = response.getStatus();
        } catch (const HttpError& e) {
            status = fail(ex, e);
        } catch (const StorageError& e) {
            std::cerr << "balgul-hub: storage failure: " << escapeLogText(e.what()) << '\n';
            status = fail(ex, HttpError::make(500, "internal", "the hub could not complete the request"));
        } catch (const std::exception& e) {
            std::cerr << "balgul-hub: request failed: " << escapeLogText(e.what()) << '\n';
            status = fail(ex, HttpError::make(500, "internal", "the hub could not complete the request"));
        } catch (...) {
            status = fail(ex, HttpError::make(500, "internal", "the hub could not complete the request"));
        }
        const auto ms =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
        m_hub.log.write(core::toIso8601(core::now()) + " " + ex.address + " " + request.getMethod() + " " +
                        (ex.path.empty() ? std::string("-") : ex.path) + " " + std::to_string(status) + " " +
                        std::to_string(ex.bytesSent) + " " + std::to_string(ms.count()) + "ms");
    }

private:
    int fail(Exchange& ex, const HttpError& error)
    {
        // An unread body would be taken for the next request: close the connection instead,
        // after reading what is left of a modest body, so the client sees this answer rather
        // than a reset connection.
        ex.response.setKeepAlive(false);
        drainRequestBody(ex.request, 32 << 20);
        if (!ex.response.sent())
            sendError(ex, error);
        return error.status;
    }

    void route(Exchange& ex)
    {
        auto& request = ex.request;
        try {
            const Poco::URI uri(request.getURI());
            ex.path = uri.getPath();
            ex.query = uri.getRawQuery();
        } catch (const Poco::Exception&) {
            throw HttpError::make(400, "bad_request", "the request target is malformed");
        }
        if (core::hasControlCharacter(ex.path, false) && !open311::isOpen311Path(ex.path))
            throw HttpError::make(400, "invalid_field", "the path holds a control character", "path");
        const std::string& method = request.getMethod();
        const auto only = [&](const std::string& allowed) {
            if (method != allowed) {
                ex.response.set("Allow", allowed);
                throw HttpError::make(405, "method_not_allowed", "use " + allowed + " for " + ex.path);
            }
        };

        if (ex.path == "/v1/info") {
            only(HTTPRequest::HTTP_GET);
            return api::info(m_hub, ex);
        }
        if (ex.path == "/v1/auth/register") {
            only(HTTPRequest::HTTP_POST);
            return api::registerUser(m_hub, ex);
        }
        if (ex.path == "/v1/auth/login") {
            only(HTTPRequest::HTTP_POST);
            return api::login(m_hub, ex);
        }
        if (ex.path == "/v1/auth/logout") {
            only(HTTPRequest::HTTP_POST);
            return api::logout(m_hub, ex);
        }
        if (open311::isOpen311Path(ex.path))
            return open311::handle(m_hub, ex);        // public reads; answers errors in GeoReport's format
        if (StationService::isStationPath(ex.path)) { // public reads; writes need a live token
            const auto user = m_hub.auth.userForAuthorization(request.get("Authorization", ""));
            return m_hub.stations->handle(ex, user);
        }
        if (VotingService::isVotingPath(ex.path)) // public reads
            return m_hub.voting->handle(ex);
        if (mydata::MydataService::isMydataPath(ex.path)) { // the key is public; the rest needs a live token
            const auto user = m_hub.auth.userForAuthorization(request.get("Authorization", ""));
            return m_hub.mydata->handle(ex, user);
        }
        const bool isBlob = ex.path.rfind(kBlobPrefix, 0) == 0;
        if (ex.path != "/v1/sync/push" && ex.path != "/v1/sync/pull" && !isBlob)
            throw HttpError::make(404, "not_found", "no such endpoint");
        if (ex.path == "/v1/sync/push")
            only(HTTPRequest::HTTP_POST);
        else if (ex.path == "/v1/sync/pull")
            only(HTTPRequest::HTTP_GET);
        else if (method != HTTPRequest::HTTP_GET && method != HTTPRequest::HTTP_HEAD &&
                 method != HTTPRequest::HTTP_PUT) {
            ex.response.set("Allow", "GET, HEAD, PUT");
            throw HttpError::make(405, "method_not_allowed", "use GET, HEAD or PUT for a blob");
        }

        const auto user = m_hub.auth.userForAuthorization(request.get("Authorization", ""));
        if (!user)
            throw HttpError::make(401, "unauthorized",
                                  "log in first: the token is missing, unknown or expired");
        if (ex.path == "/v1/sync/push")
            return api::push(m_hub, ex, *user);
        if (ex.path == "/v1/sync/pull")
            return api::pull(m_hub, ex, *user);
        return api::blob(m_hub, ex, *user, ex.path.substr(kBlobPrefix.size()));
    }

    HubContext& m_hub;
};

} // namespace

Poco::Net::HTTPRequestHandler*
HubRequestHandlerFactory::createRequestHandler(const Poco::Net::HTTPServerRequest&)
{
    return new HubRequestHandler(m_hub);
}

} // namespace balgul::hub
