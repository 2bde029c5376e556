#include "hub/http/hub_server.h"

#include "hub/http/request_handler.h"

#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/ThreadPool.h>

#include <chrono>
#include <thread>

namespace balgul::hub {

HubServer::HubServer(const HubConfig& config) : m_context(std::make_unique<HubContext>(config))
{
    Poco::Net::ServerSocket socket;
    socket.bind(Poco::Net::SocketAddress(config.bind, static_cast<Poco::UInt16>(config.port)), true);
    socket.listen(128);
    m_port = socket.address().port();

    auto* params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(config.maxThreads);
    params->setMaxQueued(config.maxQueued);
    params->setKeepAlive(true);
    params->setMaxKeepAliveRequests(1000);
    params->setKeepAliveTimeout(Poco::Timespan(15, 0));
    params->setTimeout(Poco::Timespan(60, 0));
    params->setServerName("balgul-hub");

    m_pool = std::make_unique<Poco::ThreadPool>(2, config.maxThreads + 2);
    m_server = std::make_unique<Poco::Net::HTTPServer>(new HubRequestHandlerFactory(*m_context), *m_pool,
                                                       socket, params);
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
    m_server->stop(); // no new connections
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::seconds(m_context->config.shutdownGraceSeconds);
    while (m_context->inFlight.load() > 0 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    m_server->stopAll(true); // idle keep-alive connections, and anything past the grace period
    m_pool->joinAll();
}

} // namespace balgul::hub
