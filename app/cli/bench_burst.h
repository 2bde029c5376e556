#pragma once

// Many HTTP requests sent to a benchmark's hub at once from one thread (`bench ballots`). Each
// request has a connection of its own, opened, written and read with poll(): the load generator
// itself takes a small part of the machine, so the figures are the hub's, not those of a thousand
// client threads sharing its cores.

#include <cstdint>
#include <string>
#include <vector>

namespace balgul::cli {

struct BurstRequest
{
    std::string method;
    std::string path;
    std::string token; ///< bearer token ("" for none)
    std::string body;  ///< JSON
};

struct BurstAnswer
{
    int status = 0; ///< 0 when no answer arrived
    std::string body;
    std::string error; ///< why no answer arrived
    double ms = 0;     ///< from the request's connect to its answer's last byte
};

/// Sends every request at once to 127.0.0.1:`port` and waits for every answer (at most
/// `timeoutSeconds` in all). The answers are in the requests' order.
std::vector<BurstAnswer> sendBurst(std::uint16_t port, const std::vector<BurstRequest>& requests,
                                   int timeoutSeconds = 60);

} // namespace balgul::cli
