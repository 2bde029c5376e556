#pragma once

// The little-endian base-128 varints and zig-zag signed varints of the stored reading and position
// blocks.

#include <cstdint>
#include <string>
#include <string_view>

namespace balgul::core::sensor {

inline void putVarint(std::string& out, std::uint64_t v)
{
    while (v >= 0x80) {
        out.push_back(static_cast<char>((v & 0x7F) | 0x80));
        v >>= 7;
    }
    out.push_back(static_cast<char>(v));
}

inline void putSigned(std::string& out, std::int64_t v)
{
    putVarint(out, (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
}

/// False when the bytes end inside a varint or it is longer than 64 bits.
inline bool getVarint(std::string_view bytes, std::size_t& pos, std::uint64_t& v)
{
    v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= bytes.size())
            return false;
        const auto b = static_cast<std::uint8_t>(bytes[pos++]);
        v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
        if ((b & 0x80) == 0)
            return true;
    }
    return false;
}

inline bool getSigned(std::string_view bytes, std::size_t& pos, std::int64_t& v)
{
    std::uint64_t u = 0;
    if (!getVarint(bytes, pos, u))
        return false;
    v = static_cast<std::int64_t>(u >> 1) ^ -static_cast<std::int64_t>(u & 1);
    return true;
}

} // namespace balgul::core::sensor
