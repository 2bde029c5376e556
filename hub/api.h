#pragma once

// The endpoints of hub protocol v1. Each answers through `ex` or throws HttpError; the
// request handler catches everything else at its boundary.

#include "hub/http/http_support.h"
#include "hub/hub_context.h"

namespace balgul::hub::api {

void info(HubContext& hub, Exchange& ex);
void registerUser(HubContext& hub, Exchange& ex);
void login(HubContext& hub, Exchange& ex);
/// POST /v1/auth/logout: revokes the caller's token (204), 401 when it is not live.
void logout(HubContext& hub, Exchange& ex);
void push(HubContext& hub, Exchange& ex, const User& user);
void pull(HubContext& hub, Exchange& ex, const User& user);
/// HEAD, GET and PUT of /v1/blobs/{sha256}.
void blob(HubContext& hub, Exchange& ex, const User& user, const std::string& name);

/// A JSON body's string member, or HttpError 400 naming it (also when it holds a control character).
std::string requireString(const Poco::JSON::Object::Ptr& body, const std::string& key, bool required = true);

} // namespace balgul::hub::api
