#include "hub/auth/password.h"

#include "core/util/ids.h"
#include "core/util/text.h"

#include <Poco/HMACEngine.h>
#include <Poco/PBKDF2Engine.h>
#include <Poco/SHA2Engine.h>

#include <sys/random.h>

#include <cerrno>
#include <charconv>
#include <stdexcept>
#include <vector>

namespace balgul::hub {

namespace {

/// HMACEngine needs the block and digest sizes as enum members.
class Sha256Engine : public Poco::SHA2Engine
{
public:
    enum
    {
        BLOCK_SIZE = 64,
        DIGEST_SIZE = 32
    };
    Sha256Engine() : Poco::SHA2Engine(Poco::SHA2Engine::SHA_256) {}
};

constexpr std::string_view kScheme = "pbkdf2-sha256";
constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kKeyBytes = 32;

std::string derive(std::string_view password, const std::string& salt, int iterations)
{
    Poco::PBKDF2Engine<Poco::HMACEngine<Sha256Engine>> engine(salt, static_cast<unsigned>(iterations),
                                                              kKeyBytes);
    engine.update(password.data(), static_cast<unsigned>(password.size()));
    const auto& digest = engine.digest();
    return core::toHex(std::string_view(reinterpret_cast<const char*>(digest.data()), digest.size()));
}

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        const auto at = text.find(separator, start);
        parts.push_back(
            text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
        if (at == std::string_view::npos)
            return parts;
        start = at + 1;
    }
}

bool fromHex(std::string_view hex, std::string& out)
{
    if (hex.size() % 2 != 0)
        return false;
    out.clear();
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        unsigned value = 0;
        const auto r = std::from_chars(hex.data() + i, hex.data() + i + 2, value, 16);
        if (r.ec != std::errc() || r.ptr != hex.data() + i + 2)
            return false;
        out.push_back(static_cast<char>(value));
    }
    return true;
}

} // namespace

std::string randomBytes(std::size_t bytes)
{
    std::string out(bytes, '\0');
    std::size_t filled = 0;
    while (filled < bytes) {
        const ssize_t n = getrandom(out.data() + filled, bytes - filled, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throw std::runtime_error("no random bytes from the kernel");
        }
        filled += static_cast<std::size_t>(n);
    }
    return out;
}

std::string hashPassword(std::string_view password, int iterations)
{
    const std::string salt = randomBytes(kSaltBytes);
    return std::string(kScheme) + "$" + std::to_string(iterations) + "$" + core::toHex(salt) + "$" +
           derive(password, salt, iterations);
}

int passwordIterations(std::string_view stored)
{
    const auto parts = split(stored, '$');
    if (parts.size() != 4 || parts[0] != kScheme)
        return 0;
    int iterations = 0;
    const auto r = std::from_chars(parts[1].data(), parts[1].data() + parts[1].size(), iterations);
    if (r.ec != std::errc() || r.ptr != parts[1].data() + parts[1].size() || iterations < 1)
        return 0;
    return iterations;
}

bool verifyPassword(std::string_view password, std::string_view stored)
{
    const int iterations = passwordIterations(stored);
    const auto parts = split(stored, '$');
    std::string salt;
    if (iterations == 0 || !fromHex(parts[2], salt))
        return false;
    const std::string derived = derive(password, salt, iterations);
    const std::string_view expected = parts[3];
    if (derived.size() != expected.size())
        return false;
    unsigned char difference = 0;
    for (std::size_t i = 0; i < derived.size(); ++i)
        difference |= static_cast<unsigned char>(derived[i] ^ expected[i]);
    return difference == 0;
}

std::string newToken()
{
    return core::toHex(randomBytes(32));
}

std::string tokenHash(std::string_view token)
{
    return core::sha256Hex(token);
}

} // namespace balgul::hub
