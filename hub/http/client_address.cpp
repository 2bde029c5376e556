#include "hub/http/client_address.h"

#include <Poco/Net/HTTPRequest.h>
#include <Poco/String.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <optional>

namespace balgul::hub {

namespace {

using Poco::Net::IPAddress;

/// IPv4 addresses seen through an IPv6 socket (::ffff:a.b.c.d) compare as IPv4.
IPAddress canonical(const IPAddress& address)
{
    if (address.family() == IPAddress::IPv6 && address.isIPv4Mapped())
        return IPAddress(static_cast<const unsigned char*>(address.addr()) + 12, 4);
    return address;
}

std::optional<IPAddress> parseAddress(std::string_view text)
{
    IPAddress address;
    if (text.empty() || !IPAddress::tryParse(std::string(text), address))
        return std::nullopt;
    return canonical(address);
}

/// An X-Forwarded-For item: an address, perhaps with a port ("203.0.113.5:4711",
/// "[2001:db8::1]:4711") as some proxies write it.
std::optional<IPAddress> parseForwarded(std::string_view item)
{
    while (!item.empty() && (item.front() == ' ' || item.front() == '\t'))
        item.remove_prefix(1);
    while (!item.empty() && (item.back() == ' ' || item.back() == '\t'))
        item.remove_suffix(1);
    if (!item.empty() && item.front() == '[') {
        const auto close = item.find(']');
        if (close == std::string_view::npos)
            return std::nullopt;
        return parseAddress(item.substr(1, close - 1));
    }
    if (std::count(item.begin(), item.end(), ':') == 1)
        item = item.substr(0, item.find(':'));
    return parseAddress(item);
}

bool isTrusted(const IPAddress& address, const std::vector<AddressRange>& trusted)
{
    return std::any_of(trusted.begin(), trusted.end(),
                       [&](const AddressRange& range) { return range.contains(address); });
}

} // namespace

bool AddressRange::contains(const IPAddress& address) const
{
    const IPAddress candidate = canonical(address);
    if (candidate.family() != network.family())
        return false;
    const auto* a = static_cast<const unsigned char*>(candidate.addr());
    const auto* b = static_cast<const unsigned char*>(network.addr());
    const unsigned whole = prefixBits / 8;
    if (std::memcmp(a, b, whole) != 0)
        return false;
    const unsigned rest = prefixBits % 8;
    if (rest == 0)
        return true;
    const auto mask = static_cast<unsigned char>(0xff << (8 - rest));
    return (a[whole] & mask) == (b[whole] & mask);
}

core::Result<std::vector<AddressRange>> parseAddressRanges(std::string_view text)
{
    std::vector<AddressRange> ranges;
    std::string item;
    const auto invalid = [](const std::string& what) {
        return core::Error::make("invalid_field",
                                 "\"" + what + "\" is not an IP address or CIDR block (10.0.0.0/8, fd00::/8)",
                                 "trusted_proxies");
    };
    const auto take = [&]() -> core::Status {
        const auto slash = item.find('/');
        const auto address = parseAddress(std::string_view(item).substr(0, slash));
        if (!address)
            return invalid(item);
        const unsigned maxBits = address->length() * 8;
        unsigned bits = maxBits;
        if (slash != std::string::npos) {
            const char* first = item.data() + slash + 1;
            const char* last = item.data() + item.size();
            const auto r = std::from_chars(first, last, bits);
            if (first == last || r.ec != std::errc() || r.ptr != last || bits > maxBits)
                return invalid(item);
        }
        ranges.push_back(AddressRange{*address, bits});
        item.clear();
        return {};
    };
    bool separated = true; // an item is due: at the start and after a comma
    for (const char c : text) {
        if (c == ',' || c == ' ' || c == '\t') {
            if (!item.empty()) {
                if (auto s = take(); !s)
                    return s.error();
            } else if (c == ',' && separated) {
                return invalid(std::string());
            }
            if (c == ',')
                separated = true;
            continue;
        }
        separated = false;
        item += c;
    }
    if (!item.empty()) {
        if (auto s = take(); !s)
            return s.error();
    } else if (separated && !ranges.empty()) {
        return invalid(std::string());
    }
    return ranges;
}

std::string clientAddress(const IPAddress& peer, const Poco::Net::HTTPRequest& request,
                          const std::vector<AddressRange>& trustedProxies)
{
    IPAddress client = canonical(peer);
    if (trustedProxies.empty() || !isTrusted(client, trustedProxies))
        return client.toString();
    std::vector<std::string_view> hops;
    std::vector<std::string> headers;
    for (auto it = request.find("X-Forwarded-For"); it != request.end(); ++it) {
        if (Poco::icompare(it->first, "X-Forwarded-For") != 0)
            break;
        headers.push_back(it->second);
    }
    for (const std::string& header : headers) {
        std::string_view rest = header;
        for (;;) {
            const auto comma = rest.find(',');
            hops.push_back(rest.substr(0, comma));
            if (comma == std::string_view::npos)
                break;
            rest.remove_prefix(comma + 1);
        }
    }
    // From the proxy next to the hub outwards: the first hop that is no trusted proxy is the
    // client; what it claims about hops before it cannot be believed.
    for (auto hop = hops.rbegin(); hop != hops.rend(); ++hop) {
        const auto address = parseForwarded(*hop);
        if (!address)
            break;
        client = *address;
        if (!isTrusted(client, trustedProxies))
            break;
    }
    return client.toString();
}

} // namespace balgul::hub
