#pragma once

// GeoReport v2 bodies in its two formats: XML (required by the spec) and JSON. Element and
// member names are the spec's; text is UTF-8, XML with its declaration.

#include "hub/open311/open311_model.h"

#include <string>
#include <string_view>
#include <vector>

namespace balgul::hub::open311 {

enum class Format
{
    Json,
    Xml,
};

/// "json" or "xml"; nullopt for anything else.
std::optional<Format> formatFromExtension(std::string_view extension);
/// The Content-Type of an answer in `format` (UTF-8).
std::string contentType(Format format);

/// `[{service_code, …}]` or `<services><service>…</service></services>`.
std::string encodeServices(Format format, const std::vector<Service>& services);
/// The definition of a service without attributes (every Balgul service has metadata=false).
std::string encodeServiceDefinition(Format format, const Service& service);
/// `[{service_request_id, status, …}]` or `<service_requests><request>…</request></service_requests>`.
std::string encodeRequests(Format format, const std::vector<ServiceRequest>& requests);
/// The answer to POST requests: one request with its id, the notice and the account id.
std::string encodeCreated(Format format, const std::string& id, const std::string& notice,
                          const std::string& accountId);
/// `[{"code":400,"description":"…"}]` or `<errors><error><code>…</code>…</error></errors>`.
std::string encodeError(Format format, int code, const std::string& description);

} // namespace balgul::hub::open311
