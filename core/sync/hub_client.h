#pragma once

// A small HTTP(S) client for the hub (Poco), used by the sync engine: one keep-alive
// connection, bearer token, timeouts, and protocol error bodies turned into core::Error.

#include "core/util/result.h"

#include <cstdint>
#include <memory>
#include <string>

namespace Poco::Net {
class HTTPClientSession;
}

namespace balgul::core::sync {

struct HubEndpoint
{
    std::string url;         ///< "http://host:port" or "https://host" (a path prefix is kept)
    std::string token;       ///< bearer token from login (empty for login itself)
    bool verifyPeer = true;  ///< check the hub's TLS certificate; off only for tests
    int timeoutSeconds = 60; ///< connect, send and receive
};

struct HttpAnswer
{
    int status = 0;
    std::string body;
};

class HubClient
{
public:
    explicit HubClient(HubEndpoint endpoint);
    ~HubClient();
    HubClient(const HubClient&) = delete;
    HubClient& operator=(const HubClient&) = delete;

    /// Sends one request. A transport failure is Error `network` (retried once on a fresh
    /// connection first, which is safe: every hub call of the protocol is idempotent).
    /// Any status is returned as is; see check().
    Result<HttpAnswer> send(const std::string& method, const std::string& path, const std::string& body = {},
                            const std::string& contentType = "application/json");
    /// An answer that is not 2xx as an Error with the hub's code and message (`http_<status>`
    /// when the body is not a protocol error).
    static Status check(const HttpAnswer& answer);

    const HubEndpoint& endpoint() const { return m_endpoint; }

private:
    Poco::Net::HTTPClientSession& session();

    HubEndpoint m_endpoint;
    std::string m_host;
    std::string m_prefix;
    std::uint16_t m_port = 0;
    bool m_https = false;
    std::unique_ptr<Poco::Net::HTTPClientSession> m_session;
};

/// "http(s)://host[:port][/prefix]" is a URL the client can reach; Error `invalid_url` otherwise.
Status checkHubUrl(const std::string& url);

} // namespace balgul::core::sync
