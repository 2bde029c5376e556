#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace balgul::core {

/// A random (version 4) UUID, lower-case with dashes: entity ids.
std::string newUuid();
/// A time-ordered (version 7) UUID: sync op ids, so the outbox sorts by creation.
std::string newUuidV7();
bool isUuid(std::string_view text);

/// SHA-256 of bytes, as 64 lower-case hex characters.
std::string sha256Hex(std::string_view bytes);
bool isSha256Hex(std::string_view text);

} // namespace balgul::core
