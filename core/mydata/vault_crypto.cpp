// The vault's cryptography: Argon2id through libargon2, AES-256-GCM through OpenSSL EVP.

#include "core/mydata/vault_crypto.h"

#include <argon2.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <climits>
#include <memory>

namespace balgul::core::mydata::crypto {

namespace {

static_assert(kArgon2Version == ARGON2_VERSION_13);

struct CipherContextFree
{
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextFree>;

Error cryptoFailed(const std::string& what)
{
    return Error::make("crypto_failed", "the encryption library failed: " + what);
}

const unsigned char* bytesOf(std::string_view s)
{
    return reinterpret_cast<const unsigned char*>(s.data());
}

bool fitsInt(std::size_t n)
{
    return n <= static_cast<std::size_t>(INT_MAX);
}

} // namespace

Status checkKdfParams(const KdfParams& params)
{
    if (params.memoryKiB < kMinMemoryKiB || params.memoryKiB > kMaxMemoryKiB)
        return Error::make("invalid_field", "the key derivation's memory is between 64 MiB and 4 GiB",
                           "memoryKiB");
    if (params.timeCost < 1 || params.timeCost > kMaxTimeCost)
        return Error::make("invalid_field", "the key derivation's time cost is between 1 and 64", "timeCost");
    if (params.parallelism < 1 || params.parallelism > kMaxParallelism)
        return Error::make("invalid_field", "the key derivation's parallelism is 1 or 2", "parallelism");
    return Status::success();
}

Result<std::string> randomBytes(std::size_t count)
{
    std::string out(count, '\0');
    if (!fitsInt(count) ||
        RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(count)) != 1)
        return cryptoFailed("no random bytes");
    return out;
}

Status fillRandom(SecureBuffer& buffer)
{
    if (!fitsInt(buffer.size()) || RAND_bytes(buffer.data(), static_cast<int>(buffer.size())) != 1)
        return cryptoFailed("no random bytes");
    return Status::success();
}

Result<SecureBuffer> deriveKey(std::string_view passphrase, std::string_view salt, const KdfParams& params)
{
    if (Status checked = checkKdfParams(params); !checked)
        return checked.error();
    if (salt.size() < ARGON2_MIN_SALT_LENGTH || passphrase.size() > ARGON2_MAX_PWD_LENGTH)
        return Error::make("kdf_failed", "the key derivation's salt or passphrase has an impossible length");
    SecureBuffer key(kKeyBytes);
    // libargon2 wipes its working memory before freeing it.
    const int rc = argon2id_hash_raw(params.timeCost, params.memoryKiB, params.parallelism, passphrase.data(),
                                     passphrase.size(), salt.data(), salt.size(), key.data(), key.size());
    if (rc != ARGON2_OK)
        return Error::make("kdf_failed", std::string("the key derivation failed (") +
                                             argon2_error_message(rc) + "); with " +
                                             std::to_string(params.memoryKiB / 1024) +
                                             " MiB of memory it needs that much free");
    return key;
}

Result<std::chrono::milliseconds> timeKdf(const KdfParams& params)
{
    auto salt = randomBytes(kSaltBytes);
    auto passphrase = randomBytes(16);
    if (!salt || !passphrase)
        return cryptoFailed("no random bytes");
    const auto started = std::chrono::steady_clock::now();
    auto key = deriveKey(*passphrase, *salt, params);
    const auto took = std::chrono::steady_clock::now() - started;
    if (!key)
        return key.error();
    return std::chrono::duration_cast<std::chrono::milliseconds>(took);
}

Result<SealedBytes> seal(const SecureBuffer& key, std::string_view plaintext, std::string_view aad)
{
    if (key.size() != kKeyBytes)
        return cryptoFailed("a key of the wrong size");
    if (!fitsInt(plaintext.size()) || !fitsInt(aad.size()))
        return cryptoFailed("a value too large to seal");
    auto nonce = randomBytes(kNonceBytes);
    if (!nonce)
        return nonce.error();
    SealedBytes out;
    out.nonce = std::move(*nonce);
    out.ciphertext.resize(plaintext.size() + kTagBytes);
    auto* cipher = reinterpret_cast<unsigned char*>(out.ciphertext.data());

    CipherContext ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(kNonceBytes), nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), bytesOf(out.nonce)) != 1)
        return cryptoFailed("AES-256-GCM set-up");
    int len = 0;
    if (!aad.empty() &&
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytesOf(aad), static_cast<int>(aad.size())) != 1)
        return cryptoFailed("AES-256-GCM associated data");
    if (EVP_EncryptUpdate(ctx.get(), cipher, &len, bytesOf(plaintext), static_cast<int>(plaintext.size())) !=
        1)
        return cryptoFailed("AES-256-GCM encryption");
    int finalLen = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), cipher + len, &finalLen) != 1 ||
        static_cast<std::size_t>(len + finalLen) != plaintext.size())
        return cryptoFailed("AES-256-GCM encryption");
    const int tagBytes = static_cast<int>(kTagBytes);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, tagBytes, cipher + plaintext.size()) != 1)
        return cryptoFailed("AES-256-GCM tag");
    return out;
}

Result<SecureBuffer> open(const SecureBuffer& key, std::string_view nonce, std::string_view ciphertext,
                          std::string_view aad)
{
    if (key.size() != kKeyBytes)
        return cryptoFailed("a key of the wrong size");
    if (nonce.size() != kNonceBytes || ciphertext.size() < kTagBytes)
        return Error::make("authentication_failed", "the sealed value has no room for its nonce or tag");
    if (!fitsInt(ciphertext.size()) || !fitsInt(aad.size()))
        return cryptoFailed("a value too large to open");
    const std::size_t plainSize = ciphertext.size() - kTagBytes;
    // GCM checks the tag only at the end: the plaintext is written into locked memory first and
    // wiped with it when the tag does not match, so nothing unauthenticated is ever handed out.
    SecureBuffer plain(plainSize);
    unsigned char spare = 0;
    unsigned char* out = plainSize > 0 ? plain.data() : &spare;
    std::string tag(ciphertext.substr(plainSize));

    CipherContext ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(kNonceBytes), nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), bytesOf(nonce)) != 1)
        return cryptoFailed("AES-256-GCM set-up");
    int len = 0;
    if (!aad.empty() &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytesOf(aad), static_cast<int>(aad.size())) != 1)
        return cryptoFailed("AES-256-GCM associated data");
    if (EVP_DecryptUpdate(ctx.get(), out, &len, bytesOf(ciphertext), static_cast<int>(plainSize)) != 1)
        return cryptoFailed("AES-256-GCM decryption");
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagBytes), tag.data()) != 1)
        return cryptoFailed("AES-256-GCM tag");
    int finalLen = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), out + len, &finalLen) != 1)
        return Error::make("authentication_failed", "the sealed value failed authentication");
    return plain;
}

} // namespace balgul::core::mydata::crypto
