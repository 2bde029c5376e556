#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace balgul::core {

/// A random (version 4) UUID, lower-case with dashes: client ids, file names, hub secrets.
std::string newUuid();
/// A time-ordered (version 7) UUID: entity and sync op ids. New rows land at the end of the
/// B-trees keyed by them (here and on the hub) instead of on a random page each, which keeps a
/// push of many new problems to a few written pages.
std::string newUuidV7();
/// A name-based UUID (version 8, from SHA-256): the same name gives the same id on every run, so
/// an entity the hub derives from an op (the status history entry of a field change) gets the same
/// id when the op is sent again after a hub restore.
std::string uuidFromName(std::string_view name);
bool isUuid(std::string_view text);
/// A UUID as Balgul writes every id: lower-case hex with dashes. An upper-case UUID is refused where
/// an id comes in (the hub), never folded, so one thing never has two ids.
bool isCanonicalUuid(std::string_view text);

/// SHA-256 of bytes, as 64 lower-case hex characters.
std::string sha256Hex(std::string_view bytes);
bool isSha256Hex(std::string_view text);

} // namespace balgul::core
