#pragma once

// What `balgul-hub user …` does to the hub store.

#include "hub/sync/hub_storage.h"

#include "core/util/result.h"

#include <cstdint>
#include <string>

namespace balgul::hub {

/// Errors: `invalid_field`, `login_taken`.
core::Result<User> addUser(HubStorage& storage, const std::string& login, Role role,
                           const std::string& password, const std::string& displayName, int iterations);
/// Sets a new password and ends every session of the account (its tokens are revoked); the number
/// of sessions ended. Errors: `not_found`, `invalid_field`.
core::Result<std::int64_t> setPassword(HubStorage& storage, const std::string& login,
                                       const std::string& password, int iterations);
core::Status setRole(HubStorage& storage, const std::string& login, Role role);
/// A disabled account cannot sign in and its sessions end; enabling lets it sign in again (old
/// sessions stay ended). Errors: `not_found`.
core::Status setDisabled(HubStorage& storage, const std::string& login, bool disabled);

} // namespace balgul::hub
