#pragma once

// The vault's cryptography (docs/mydata.md, "The vault"): Argon2id key derivation from a
// passphrase (libargon2), AES-256-GCM sealing and opening (OpenSSL EVP) and random bytes
// (RAND_bytes). Keys are only ever held in SecureBuffer.

#include "core/mydata/secure_memory.h"
#include "core/util/result.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace balgul::core::mydata {

/// Argon2id's costs. Stored with the vault; the same passphrase under other costs gives another key.
struct KdfParams
{
    std::uint32_t memoryKiB = 64 * 1024; ///< memory cost, KiB
    std::uint32_t timeCost = 3;          ///< passes over the memory
    std::uint32_t parallelism = 1;       ///< lanes (and threads)

    friend bool operator==(const KdfParams&, const KdfParams&) = default;
};

/// What a calibration chose and how long one derivation with it took here.
struct KdfCalibration
{
    KdfParams params;
    std::chrono::milliseconds measured{0};
};

namespace crypto {

inline constexpr std::size_t kKeyBytes = 32;   ///< AES-256
inline constexpr std::size_t kNonceBytes = 12; ///< GCM's 96-bit nonce
inline constexpr std::size_t kTagBytes = 16;   ///< GCM's full tag
inline constexpr std::size_t kSaltBytes = 16;
/// Argon2's version number (1.3), stored with the vault.
inline constexpr int kArgon2Version = 0x13;

inline constexpr std::uint32_t kMinMemoryKiB = 64 * 1024;       ///< 64 MiB
inline constexpr std::uint32_t kMaxMemoryKiB = 4 * 1024 * 1024; ///< 4 GiB
inline constexpr std::uint32_t kMaxTimeCost = 64;
inline constexpr std::uint32_t kMaxParallelism = 2;

/// `invalid_field` naming the cost out of range: memory 64 MiB to 4 GiB, time 1 to 64,
/// parallelism 1 or 2.
Status checkKdfParams(const KdfParams& params);

/// `count` bytes from OpenSSL's CSPRNG; `crypto_failed` when it has none to give.
Result<std::string> randomBytes(std::size_t count);
/// Fills a buffer from OpenSSL's CSPRNG.
Status fillRandom(SecureBuffer& buffer);

/// Argon2id (version 1.3) of the passphrase and salt: a kKeyBytes key. `kdf_failed` when the
/// memory cannot be had.
Result<SecureBuffer> deriveKey(std::string_view passphrase, std::string_view salt, const KdfParams& params);

/// Times deriveKey with the given costs (a throwaway passphrase and salt).
Result<std::chrono::milliseconds> timeKdf(const KdfParams& params);

/// A sealed value: a fresh random nonce, and the ciphertext with its tag at the end.
struct SealedBytes
{
    std::string nonce;
    std::string ciphertext;
};

/// AES-256-GCM of `plaintext` under `key` (kKeyBytes) with `aad` authenticated beside it.
Result<SealedBytes> seal(const SecureBuffer& key, std::string_view plaintext, std::string_view aad);

/// The plaintext of a sealed value, in locked memory; `authentication_failed` when the key, the
/// nonce, the ciphertext, its tag or the associated data differ from those it was sealed with.
Result<SecureBuffer> open(const SecureBuffer& key, std::string_view nonce, std::string_view ciphertext,
                          std::string_view aad);

} // namespace crypto
} // namespace balgul::core::mydata
