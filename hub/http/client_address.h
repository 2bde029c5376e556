#pragma once

// Who a request comes from, as the operator's reverse proxy reports it: the socket peer, unless
// the peer is a trusted proxy, in which case the right-most address of X-Forwarded-For that is
// not itself a trusted proxy.

#include "core/util/result.h"

#include <Poco/Net/IPAddress.h>

#include <string>
#include <string_view>
#include <vector>

namespace Poco::Net {
class HTTPRequest;
}

namespace balgul::hub {

/// One address ("10.0.0.7", "::1") or a CIDR block ("10.0.0.0/8", "fd00::/8").
struct AddressRange
{
    Poco::Net::IPAddress network;
    unsigned prefixBits = 0;

    bool contains(const Poco::Net::IPAddress& address) const;
};

/// A comma- or space-separated list of addresses and CIDR blocks (the `trusted_proxies` setting).
/// Errors: `invalid_field` naming the item that is not one.
core::Result<std::vector<AddressRange>> parseAddressRanges(std::string_view text);

/// The client's address for rate limits and the access log: `peer`, or, when `peer` is in
/// `trustedProxies`, the right-most X-Forwarded-For address outside them (every X-Forwarded-For
/// header of the request, in order). An item that is not an address ends the walk: the last
/// trusted hop before it is the client.
std::string clientAddress(const Poco::Net::IPAddress& peer, const Poco::Net::HTTPRequest& request,
                          const std::vector<AddressRange>& trustedProxies);

} // namespace balgul::hub
