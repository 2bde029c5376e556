#pragma once

#include "hub/hub_context.h"

#include <Poco/Net/HTTPRequestHandlerFactory.h>

namespace balgul::hub {

/// Routes every request to its endpoint, authenticates it, turns every failure into a JSON
/// error (never a 500 for bad input), counts in-flight requests and writes the access log.
class HubRequestHandlerFactory final : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit HubRequestHandlerFactory(HubContext& hub) : m_hub(hub) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

private:
    HubContext& m_hub;
};

} // namespace balgul::hub
