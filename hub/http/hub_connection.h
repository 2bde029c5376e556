#pragma once

// The HTTP side of a hub connection on a worker thread: one request whose head the gate read
// (connection_server.h) goes through Poco's request and response classes to the request handler
// factory, with a read timeout per read and a deadline for the whole request.

#include "hub/http/connection_server.h"
#include "hub/hub_context.h"

#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerParams.h>

#include <chrono>

namespace balgul::hub {

struct RequestTimeouts
{
    std::chrono::seconds read{30};     ///< the longest wait for the next bytes of a body
    std::chrono::seconds request{120}; ///< the longest a request's body may take to arrive
};

class HubConnectionHandler final : public ConnectionHandler
{
public:
    HubConnectionHandler(HubContext& hub, Poco::Net::HTTPRequestHandlerFactory& factory,
                         RequestTimeouts timeouts);

    bool serve(Connection& connection) override;
    std::string refusal(const HeadError& error, const std::string& target,
                        const std::string& address) override;

private:
    HubContext& m_hub;
    Poco::Net::HTTPRequestHandlerFactory& m_factory;
    RequestTimeouts m_timeouts;
    Poco::Net::HTTPServerParams::Ptr m_params;
};

} // namespace balgul::hub
