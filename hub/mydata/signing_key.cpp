// Ed25519 signing and verification of erasure receipts through OpenSSL's EVP interface, and the
// base64 the receipts and the published key are written in.

#include "hub/mydata/signing_key.h"

#include "core/util/ids.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>
#include <stdexcept>
#include <vector>

namespace balgul::hub::mydata {

namespace {

constexpr std::size_t kKeyBytes = 32;
constexpr std::size_t kSignatureBytes = 64;

struct PkeyFree
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

const unsigned char* bytesOf(std::string_view text)
{
    return reinterpret_cast<const unsigned char*>(text.data());
}

Pkey privateKeyOf(std::string_view raw)
{
    if (raw.size() != kKeyBytes)
        return nullptr;
    return Pkey(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytesOf(raw), raw.size()));
}

std::optional<std::string> publicOf(EVP_PKEY* key)
{
    std::string out(kKeyBytes, '\0');
    std::size_t length = out.size();
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(out.data()), &length) != 1 ||
        length != kKeyBytes)
        return std::nullopt;
    return out;
}

} // namespace

SigningKey SigningKey::generate()
{
    std::string raw(kKeyBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), static_cast<int>(raw.size())) != 1)
        throw std::runtime_error("the system's random source gave no bytes for the hub's signing key");
    auto key = fromPrivate(raw);
    if (!key)
        throw std::runtime_error("OpenSSL could not make an Ed25519 key");
    return std::move(*key);
}

std::optional<SigningKey> SigningKey::fromPrivate(std::string_view raw)
{
    const Pkey key = privateKeyOf(raw);
    if (!key)
        return std::nullopt;
    auto publicKey = publicOf(key.get());
    if (!publicKey)
        return std::nullopt;
    return SigningKey(std::string(raw), std::move(*publicKey));
}

std::string SigningKey::keyId() const
{
    return keyIdOf(m_public);
}

std::string SigningKey::sign(std::string_view message) const
{
    const Pkey key = privateKeyOf(m_private);
    const MdCtx ctx(EVP_MD_CTX_new());
    std::string signature(kSignatureBytes, '\0');
    std::size_t length = signature.size();
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       bytesOf(message), message.size()) != 1 ||
        length != kSignatureBytes)
        throw std::runtime_error("OpenSSL could not sign with the hub's Ed25519 key");
    return signature;
}

std::string keyIdOf(std::string_view publicKey)
{
    return core::sha256Hex(publicKey).substr(0, 16);
}

bool verifySignature(std::string_view publicKey, std::string_view message, std::string_view signature)
{
    if (publicKey.size() != kKeyBytes || signature.size() != kSignatureBytes)
        return false;
    const Pkey key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytesOf(publicKey), publicKey.size()));
    const MdCtx ctx(EVP_MD_CTX_new());
    return key && ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), bytesOf(signature), signature.size(), bytesOf(message),
                            message.size()) == 1;
}

std::string toBase64(std::string_view bytes)
{
    std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), bytesOf(bytes),
                                  static_cast<int>(bytes.size()));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

std::optional<std::string> fromBase64(std::string_view text)
{
    if (text.size() % 4 != 0 || text.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                                       "0123456789+/=") != std::string_view::npos)
        return std::nullopt;
    const std::size_t pad =
        text.empty() ? 0 : (text.back() == '=') + (text.size() > 1 && text[text.size() - 2] == '=');
    if (text.substr(0, text.size() - pad).find('=') != std::string_view::npos)
        return std::nullopt;
    std::string out(3 * (text.size() / 4), '\0');
    const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()), bytesOf(text),
                                  static_cast<int>(text.size()));
    if (n < 0)
        return std::nullopt;
    out.resize(static_cast<std::size_t>(n) - pad);
    return out;
}

} // namespace balgul::hub::mydata
