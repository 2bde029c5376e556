#pragma once

// The hub's Ed25519 key pair, which signs erasure receipts (docs/mydata.md "On the hub"). Made at
// the hub's first start and kept in its database (MydataStorage::signingKey()), so every hub
// process on one database signs with the same key. Clients verify a receipt against the public key
// `GET /v1/hub/key` publishes; its id is the first 16 hex digits of the SHA-256 of the raw key.
// Ed25519 through OpenSSL's EVP interface.

#include <optional>
#include <string>
#include <string_view>

namespace balgul::hub::mydata {

class SigningKey
{
public:
    /// A new key pair from the system's random source. Throws std::runtime_error when OpenSSL fails.
    static SigningKey generate();
    /// The key pair of a raw 32-byte private key; nullopt when it is not one.
    static std::optional<SigningKey> fromPrivate(std::string_view raw);

    const std::string& privateKey() const { return m_private; } ///< raw, 32 bytes
    const std::string& publicKey() const { return m_public; }   ///< raw, 32 bytes
    std::string keyId() const;
    /// The 64-byte signature of `message` (Ed25519 signs the message itself, no digest first).
    std::string sign(std::string_view message) const;

private:
    SigningKey(std::string privateKey, std::string publicKey)
        : m_private(std::move(privateKey)), m_public(std::move(publicKey))
    {}

    std::string m_private;
    std::string m_public;
};

/// The first 16 hex digits of the SHA-256 of a raw public key.
std::string keyIdOf(std::string_view publicKey);
/// True when `signature` is `publicKey`'s Ed25519 signature of `message`.
bool verifySignature(std::string_view publicKey, std::string_view message, std::string_view signature);

/// Standard base64 with padding, no line breaks.
std::string toBase64(std::string_view bytes);
/// nullopt when `text` is not standard padded base64.
std::optional<std::string> fromBase64(std::string_view text);

} // namespace balgul::hub::mydata
