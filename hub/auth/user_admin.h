#pragma once

// What `balgul-hub user …` does to the hub store.

#include "hub/sync/hub_storage.h"

#include "core/util/result.h"

#include <string>

namespace balgul::hub {

/// Errors: `invalid_field`, `login_taken`.
core::Result<User> addUser(HubStorage& storage, const std::string& login, Role role,
                           const std::string& password, const std::string& displayName, int iterations);
/// Errors: `not_found`, `invalid_field`.
core::Status setPassword(HubStorage& storage, const std::string& login, const std::string& password,
                         int iterations);
core::Status setRole(HubStorage& storage, const std::string& login, Role role);

} // namespace balgul::hub
