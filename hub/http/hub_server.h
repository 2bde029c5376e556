#pragma once

#include "hub/hub_config.h"
#include "hub/hub_context.h"

#include <cstdint>
#include <memory>

namespace balgul::hub {

class ConnectionServer;
class HubConnectionHandler;
class HubRequestHandlerFactory;

/// A hub listening on HTTP: a gate thread reads request heads, worker threads run the requests
/// (connection_server.h), with keep-alive.
class HubServer
{
public:
    /// Opens the store and binds the socket (throws StorageError or Poco::Exception).
    explicit HubServer(const HubConfig& config);
    ~HubServer();
    HubServer(const HubServer&) = delete;
    HubServer& operator=(const HubServer&) = delete;

    void start();
    /// The bound port (the chosen one with port 0).
    std::uint16_t port() const;
    /// Stops accepting, lets in-flight requests finish (up to the grace period), then closes
    /// every connection and joins the request threads.
    void shutdown();

    HubContext& context() { return *m_context; }

private:
    std::unique_ptr<HubContext> m_context;
    std::unique_ptr<HubRequestHandlerFactory> m_factory;
    std::unique_ptr<HubConnectionHandler> m_handler;
    std::unique_ptr<ConnectionServer> m_server;
    std::uint16_t m_port = 0;
    bool m_stopped = false;
};

} // namespace balgul::hub
