#pragma once

// The hub token of a profile: a file `hub-token` beside the profile's store, readable and
// writable by the owner only (0600). Shared by balgul-cli and the desktop app.

#include "core/util/result.h"

#include <string>

namespace balgul::core::sync {

/// `<folder of storePath>/hub-token` ("hub-token" when the store path has no folder).
std::string tokenPathFor(const std::string& storePath);

/// Writes the token (created 0600 before any byte is written, then renamed into place).
Status writeToken(const std::string& path, const std::string& token);

/// The token, or "" when there is none.
std::string readToken(const std::string& path);

/// Forgets the token (signing out). No error when there was none.
Status removeToken(const std::string& path);

} // namespace balgul::core::sync
