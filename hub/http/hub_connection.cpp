#include "hub/http/hub_connection.h"

#include "hub/open311/open311.h"
#include "hub/open311/open311_format.h"

#include "core/sync/protocol.h"
#include "core/util/time.h"

#include <Poco/Net/HTTPChunkedStream.h>
#include <Poco/Net/HTTPFixedLengthStream.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponseImpl.h>
#include <Poco/Net/HTTPServerSession.h>
#include <Poco/Timestamp.h>

#include <algorithm>
#include <optional>
#include <sstream>

namespace balgul::hub {

namespace {

using Clock = std::chrono::steady_clock;

/// Requests on one connection before the hub closes it (the client opens another).
constexpr int kMaxRequestsPerConnection = 1000;
/// What is read of a body the handler left unread before the connection is given up instead.
constexpr std::streamsize kMaxUnreadBody = 64 * 1024;
/// The most of a refused request's target written to the access log.
constexpr std::size_t kMaxLoggedTarget = 256;

/// Poco's server session on a connection the gate owns: reads wait at most the read timeout and
/// never past the request's deadline, and the socket outlives the session.
class HubSession final : public Poco::Net::HTTPServerSession
{
public:
    HubSession(const Poco::Net::StreamSocket& socket, Poco::Net::HTTPServerParams::Ptr params,
               Clock::time_point deadline, std::chrono::seconds readTimeout)
        : HTTPServerSession(socket, params), m_deadline(deadline), m_readTimeout(readTimeout)
    {}
    ~HubSession() override { detachSocket(); }
    HubSession(const HubSession&) = delete;
    HubSession& operator=(const HubSession&) = delete;

    /// Bytes read past the request (a pipelined request): the gate cannot take them over.
    bool hasBuffered() const { return buffered() > 0; }

protected:
    int read(char* buffer, std::streamsize length) override
    {
        if (buffered() == 0) {
            const auto left =
                std::chrono::duration_cast<std::chrono::microseconds>(m_deadline - Clock::now());
            if (left.count() <= 0)
                throw Poco::TimeoutException("the request did not arrive in time");
            const auto wait = std::min<std::chrono::microseconds>(left, m_readTimeout);
            socket().setReceiveTimeout(Poco::Timespan(wait.count()));
        }
        return HTTPServerSession::read(buffer, length);
    }

private:
    Clock::time_point m_deadline;
    std::chrono::seconds m_readTimeout;
};

/// A request whose head the gate read: Poco's parser fills it from those bytes, the body comes
/// from the session.
class HubRequest final : public Poco::Net::HTTPServerRequest
{
public:
    HubRequest(HubSession& session, Poco::Net::HTTPServerResponse& response,
               const Poco::Net::HTTPServerParams& params, const std::string& head)
        : m_response(response), m_params(params)
    {
        std::istringstream in(head);
        read(in);
        m_client = session.clientAddress();
        m_server = session.serverAddress();
        if (getChunkedTransferEncoding())
            m_body = std::make_unique<Poco::Net::HTTPChunkedInputStream>(session);
        else // without a length a request has no body (RFC 9112, 6.3)
            m_body = std::make_unique<Poco::Net::HTTPFixedLengthInputStream>(
                session, hasContentLength() ? getContentLength64() : 0);
    }

    std::istream& stream() override { return *m_body; }
    const Poco::Net::SocketAddress& clientAddress() const override { return m_client; }
    const Poco::Net::SocketAddress& serverAddress() const override { return m_server; }
    const Poco::Net::HTTPServerParams& serverParams() const override { return m_params; }
    Poco::Net::HTTPServerResponse& response() const override { return m_response; }
    bool secure() const override { return false; }

private:
    Poco::Net::HTTPServerResponse& m_response;
    const Poco::Net::HTTPServerParams& m_params;
    Poco::Net::SocketAddress m_client;
    Poco::Net::SocketAddress m_server;
    std::unique_ptr<std::istream> m_body;
};

/// Reads what a handler left of the body so the next head starts where it should; false when more
/// than a little is left or it does not come (the connection is closed then).
bool finishBody(std::istream& body)
{
    char buffer[8192];
    std::streamsize left = kMaxUnreadBody;
    while (left > 0) {
        body.read(buffer, std::min<std::streamsize>(left, sizeof buffer));
        const std::streamsize n = body.gcount();
        if (n == 0)
            return body.eof() && !body.bad();
        left -= n;
    }
    return false;
}

} // namespace

HubConnectionHandler::HubConnectionHandler(HubContext& hub, Poco::Net::HTTPRequestHandlerFactory& factory,
                                           RequestTimeouts timeouts)
    : m_hub(hub), m_factory(factory), m_timeouts(timeouts), m_params(new Poco::Net::HTTPServerParams)
{
    m_params->setKeepAlive(true);
    m_params->setTimeout(Poco::Timespan(static_cast<long>(timeouts.read.count()), 0));
    m_params->setServerName("balgul-hub");
}

bool HubConnectionHandler::serve(Connection& connection)
{
    HubSession session(connection.socket, m_params, Clock::now() + m_timeouts.request, m_timeouts.read);
    bool keepAlive = false;
    {
        Poco::Net::HTTPServerResponseImpl response(session);
        std::optional<HubRequest> request;
        try {
            request.emplace(session, response, *m_params, connection.head);
        } catch (const Poco::Exception& e) {
            // checkHead() passed it, so this is rare: a head Poco's parser still refuses.
            const std::string answer =
                refusal(HeadError{400, "bad_request", "the request head is malformed: " + e.message(), {}},
                        headTarget(connection.head), connection.address);
            connection.socket.sendBytes(answer.data(), static_cast<int>(answer.size()));
            return false;
        }
        response.setDate(Poco::Timestamp());
        response.setVersion(request->getVersion());
        keepAlive = request->getKeepAlive() && connection.requests + 1 < kMaxRequestsPerConnection;
        response.setKeepAlive(keepAlive);
        response.set("Server", "balgul-hub");
        std::unique_ptr<Poco::Net::HTTPRequestHandler> handler(m_factory.createRequestHandler(*request));
        if (request->getExpectContinue())
            response.sendContinue();
        handler->handleRequest(*request, response);
        keepAlive = keepAlive && response.sent() && response.getKeepAlive() && finishBody(request->stream());
    }
    // A pipelined request read into the session's buffer cannot go back to the gate: closing the
    // connection tells the client to send it again.
    return keepAlive && !session.hasBuffered();
}

std::string HubConnectionHandler::refusal(const HeadError& error, const std::string& target,
                                          const std::string& address)
{
    const std::string path = target.substr(0, target.find('?'));
    std::string body;
    std::string type;
    if (open311::isOpen311Path(path)) {
        const auto format = path.ends_with(".xml") ? open311::Format::Xml : open311::Format::Json;
        body = open311::encodeError(format, error.status, error.message);
        type = open311::contentType(format);
    } else {
        core::sync::ApiError api;
        api.code = error.code;
        api.message = error.message;
        api.field = error.field;
        body = core::sync::encode(api);
        type = "application/json; charset=utf-8";
    }
    std::string out = "HTTP/1.1 " + std::to_string(error.status) + " " +
                      Poco::Net::HTTPResponse::getReasonForStatus(
                          static_cast<Poco::Net::HTTPResponse::HTTPStatus>(error.status)) +
                      "\r\n";
    out += "Server: balgul-hub\r\nContent-Type: " + type + "\r\nCache-Control: no-store\r\n";
    out += "Content-Length: " + std::to_string(body.size()) + "\r\nConnection: close\r\n";
    if (error.status == 429 || error.status == 503)
        out += "Retry-After: 1\r\n";
    out += "\r\n";
    out += body;
    m_hub.log.write(core::toIso8601(core::now()) + " " + address + " - " +
                    (path.empty() ? std::string("-") : path.substr(0, kMaxLoggedTarget)) + " " +
                    std::to_string(error.status) + " " + std::to_string(body.size()) + " 0ms");
    return out;
}

} // namespace balgul::hub
