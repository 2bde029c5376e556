#include "hub/http/hub_server.h"

#include "hub/http/connection_server.h"
#include "hub/http/hub_connection.h"
#include "hub/http/request_handler.h"

#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include <chrono>
#include <thread>

namespace balgul::hub {

HubServer::HubServer(const HubConfig& config) : m_context(std::make_unique<HubContext>(config))
{
    Poco::Net::ServerSocket socket;
    socket.bind(Poco::Net::SocketAddress(config.bind, static_cast<Poco::UInt16>(config.port)), true);
    socket.listen(1024);
    m_port = socket.address().port();

    ConnectionLimits limits;
    limits.workers = config.maxThreads;
    limits.maxQueued = config.maxQueued;
    limits.maxPerAddress = config.maxConnectionsPerAddress;
    limits.headerTimeout = std::chrono::seconds(config.headerTimeoutSeconds);
    limits.keepAliveTimeout = std::chrono::seconds(config.keepAliveSeconds);
    RequestTimeouts timeouts;
    timeouts.read = std::chrono::seconds(config.readTimeoutSeconds);
    timeouts.request = std::chrono::seconds(config.requestTimeoutSeconds);

    m_factory = std::make_unique<HubRequestHandlerFactory>(*m_context);
    m_handler = std::make_unique<HubConnectionHandler>(*m_context, *m_factory, timeouts);
    m_server = std::make_unique<ConnectionServer>(socket, limits, *m_handler);
}

HubServer::~HubServer()
{
    shutdown();
}

void HubServer::start()
{
    m_server->start();
}

std::uint16_t HubServer::port() const
{
    return m_port;
}

void HubServer::shutdown()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_server->stopAccepting(); // no new connections; idle keep-alive ones are closed
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::seconds(m_context->config.shutdownGraceSeconds);
    while ((m_context->inFlight.load() > 0 || m_server->busy()) &&
           std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    m_server->stop(); // anything past the grace period
}

} // namespace balgul::hub
