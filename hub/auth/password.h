#pragma once

// Password hashing (PBKDF2-HMAC-SHA256, random salt) and bearer tokens (256 random bits,
// kept by the hub only as their SHA-256).

#include <string>
#include <string_view>

namespace balgul::hub {

inline constexpr int kDefaultPasswordIterations = 600000;
/// The floor accepted from a configuration (test hubs use it to keep suites fast).
inline constexpr int kMinPasswordIterations = 1000;

/// "pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>".
std::string hashPassword(std::string_view password, int iterations = kDefaultPasswordIterations);
/// True when `password` matches `stored` (constant-time comparison of the derived keys).
bool verifyPassword(std::string_view password, std::string_view stored);
/// The iteration count recorded in a stored hash, or 0 when the text is not one.
int passwordIterations(std::string_view stored);

/// `bytes` random bytes from the kernel.
std::string randomBytes(std::size_t bytes);
/// A new bearer token: 64 lower-case hex characters.
std::string newToken();
/// What the hub stores for a token.
std::string tokenHash(std::string_view token);

} // namespace balgul::hub
