#pragma once

// The Open311 GeoReport v2 facade of the hub (sync-protocol.md, "Open311 GeoReport v2 facade"):
//
//   GET  /open311/v2/services.{json,xml}                 categories as services
//   GET  /open311/v2/services/{service_code}.{json,xml}  a service definition (no attributes)
//   GET  /open311/v2/requests.{json,xml}                 problems, filtered by service_request_id,
//                                                        service_code, status, start_date, end_date
//   GET  /open311/v2/requests/{id}.{json,xml}            one problem
//   POST /open311/v2/requests.{json,xml}                 files a new problem (form-encoded)
//
// Reading is public, as GeoReport clients expect; it shows no author and no account. Filing
// needs a user: `api_key` (form or query) or an `Authorization: Bearer` header, both holding a
// session token from POST /v1/auth/login. The problem is made by the same SyncService push a
// client sends, so sequence numbers, versions and authorization stay one code path; it shows in
// /v1/sync/pull like any other. Errors use the spec's format and HTTP status:
// [{"code":400,"description":"…"}] or <errors><error><code>400</code>…</error></errors>.

#include "hub/http/http_support.h"
#include "hub/hub_context.h"

#include <string_view>

namespace balgul::hub::open311 {

inline constexpr std::string_view kPathPrefix = "/open311/";

inline bool isOpen311Path(std::string_view path)
{
    return path.starts_with(kPathPrefix);
}

/// Answers one request under /open311/. Every failure is answered here in the spec's format.
void handle(HubContext& hub, Exchange& ex);

} // namespace balgul::hub::open311
