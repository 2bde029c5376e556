#include "core/sync/hub_client.h"

#include "core/sync/protocol.h"

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <mutex>
#include <sstream>

namespace balgul::core::sync {

namespace {

struct ParsedUrl
{
    bool https = false;
    std::string host;
    std::uint16_t port = 0;
    std::string prefix;
};

Result<ParsedUrl> parseUrl(const std::string& url)
{
    try {
        Poco::URI uri(url);
        ParsedUrl p;
        if (uri.getScheme() != "http" && uri.getScheme() != "https")
            return Error::make("invalid_url", "the hub URL must start with http:// or https://", "hub");
        if (uri.getHost().empty())
            return Error::make("invalid_url", "the hub URL has no host", "hub");
        p.https = uri.getScheme() == "https";
        p.host = uri.getHost();
        p.port = uri.getPort();
        p.prefix = uri.getPath();
        while (!p.prefix.empty() && p.prefix.back() == '/')
            p.prefix.pop_back();
        return p;
    } catch (const Poco::Exception& e) {
        return Error::make("invalid_url", "the hub URL is not valid: " + e.message(), "hub");
    }
}

void initializeSsl()
{
    static std::once_flag once;
    std::call_once(once, [] { Poco::Net::initializeSSL(); });
}

} // namespace

Status checkHubUrl(const std::string& url)
{
    auto p = parseUrl(url);
    if (!p)
        return p.error();
    return {};
}

HubClient::HubClient(HubEndpoint endpoint) : m_endpoint(std::move(endpoint))
{
    if (auto p = parseUrl(m_endpoint.url)) {
        m_https = p->https;
        m_host = p->host;
        m_port = p->port;
        m_prefix = p->prefix;
    }
}

HubClient::~HubClient() = default;

Poco::Net::HTTPClientSession& HubClient::session()
{
    if (!m_session) {
        if (m_https) {
            initializeSsl();
            Poco::Net::Context::Ptr context = new Poco::Net::Context(
                Poco::Net::Context::TLS_CLIENT_USE, "", "", "",
                m_endpoint.verifyPeer ? Poco::Net::Context::VERIFY_RELAXED : Poco::Net::Context::VERIFY_NONE,
                9, true);
            m_session = std::make_unique<Poco::Net::HTTPSClientSession>(m_host, m_port, context);
        } else {
            m_session = std::make_unique<Poco::Net::HTTPClientSession>(m_host, m_port);
        }
        m_session->setTimeout(Poco::Timespan(m_endpoint.timeoutSeconds, 0));
        m_session->setKeepAlive(true);
    }
    return *m_session;
}

Result<HttpAnswer> HubClient::send(const std::string& method, const std::string& path,
                                   const std::string& body, const std::string& contentType)
{
    if (m_host.empty()) {
        auto p = parseUrl(m_endpoint.url);
        return p ? Error::make("invalid_url", "the hub URL has no host", "hub") : p.error();
    }
    std::string lastError;
    for (int attempt = 0; attempt < 2; ++attempt) {
        try {
            auto& s = session();
            Poco::Net::HTTPRequest request(method, m_prefix + path, Poco::Net::HTTPMessage::HTTP_1_1);
            request.setKeepAlive(true);
            if (!m_endpoint.token.empty())
                request.set("Authorization", "Bearer " + m_endpoint.token);
            if (method == "POST" || method == "PUT") {
                request.setContentType(contentType);
                request.setContentLength64(static_cast<Poco::Int64>(body.size()));
            }
            std::ostream& out = s.sendRequest(request);
            out.write(body.data(), static_cast<std::streamsize>(body.size()));
            Poco::Net::HTTPResponse response;
            std::istream& in = s.receiveResponse(response);
            HttpAnswer answer;
            answer.status = static_cast<int>(response.getStatus());
            if (method != "HEAD") {
                std::ostringstream text;
                Poco::StreamCopier::copyStream(in, text);
                answer.body = text.str();
            }
            if (!response.getKeepAlive())
                m_session.reset();
            return answer;
        } catch (const Poco::Exception& e) {
            lastError = e.displayText();
            m_session.reset();
        } catch (const std::exception& e) {
            lastError = e.what();
            m_session.reset();
        }
    }
    return Error::make("network", "the hub could not be reached: " + lastError);
}

Status HubClient::check(const HttpAnswer& answer)
{
    if (answer.status >= 200 && answer.status < 300)
        return {};
    if (auto e = decodeApiError(answer.body))
        return Error::make(e->code, e->message + " (HTTP " + std::to_string(answer.status) + ")", e->field);
    return Error::make("http_" + std::to_string(answer.status),
                       "the hub answered HTTP " + std::to_string(answer.status));
}

} // namespace balgul::core::sync
