#include "core/util/ids.h"

#include "core/util/text.h"
#include "core/util/time.h"

#include <Poco/SHA2Engine.h>

#include <algorithm>
#include <array>
#include <mutex>
#include <random>

namespace balgul::core {

namespace {

std::array<unsigned char, 16> randomBytes()
{
    static std::mutex mutex;
    static std::mt19937_64 engine{std::random_device{}()};
    std::array<unsigned char, 16> out{};
    std::lock_guard lock(mutex);
    for (std::size_t i = 0; i < out.size(); i += 8) {
        const std::uint64_t r = engine();
        for (std::size_t k = 0; k < 8; ++k)
            out[i + k] = static_cast<unsigned char>(r >> (8 * k));
    }
    return out;
}

std::string format(const std::array<unsigned char, 16>& b)
{
    std::string hex = toHex(std::string_view(reinterpret_cast<const char*>(b.data()), b.size()));
    return hex.substr(0, 8) + '-' + hex.substr(8, 4) + '-' + hex.substr(12, 4) + '-' + hex.substr(16, 4) +
           '-' + hex.substr(20);
}

} // namespace

std::string newUuid()
{
    auto b = randomBytes();
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40);
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);
    return format(b);
}

std::string newUuidV7()
{
    // Monotonic within the process (RFC 9562 method 1): a 12-bit counter in rand_a orders ids
    // made in the same millisecond, so the outbox sorts in the order ops were made.
    static std::mutex mutex;
    static std::uint64_t lastMs = 0;
    static std::uint16_t counter = 0;
    auto b = randomBytes();
    std::uint64_t ms = static_cast<std::uint64_t>(toUnixMs(now()));
    {
        std::lock_guard lock(mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++counter > 0x0FFF) {
                ++ms;
                counter = 0;
            }
        } else {
            counter = 0;
        }
        lastMs = ms;
    }
    for (int i = 0; i < 6; ++i)
        b[static_cast<std::size_t>(i)] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    b[6] = static_cast<unsigned char>(0x70 | (counter >> 8));
    b[7] = static_cast<unsigned char>(counter & 0xFF);
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);
    return format(b);
}

std::string uuidFromName(std::string_view name)
{
    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    engine.update(name.data(), static_cast<unsigned>(name.size()));
    const auto& digest = engine.digest();
    std::array<unsigned char, 16> b{};
    std::copy_n(digest.begin(), b.size(), b.begin());
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x80);
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);
    return format(b);
}

bool isUuid(std::string_view s)
{
    if (s.size() != 36)
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
            return false;
        }
    }
    return true;
}

bool isCanonicalUuid(std::string_view s)
{
    return isUuid(s) && std::none_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'F'; });
}

std::string sha256Hex(std::string_view bytes)
{
    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    engine.update(bytes.data(), static_cast<unsigned>(bytes.size()));
    return Poco::DigestEngine::digestToHex(engine.digest());
}

bool isSha256Hex(std::string_view s)
{
    if (s.size() != 64)
        return false;
    for (const char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

} // namespace balgul::core
