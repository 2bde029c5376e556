// The MyData vault: making it, unlocking and locking, new passphrases and costs, the idle lock.
// Records and sealed items are in vault_records.cpp; the cryptography in vault_crypto.cpp.

#include "core/mydata/vault.h"

#include "core/store/database.h"
#include "core/store/store.h"
#include "core/util/time.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <cmath>
#include <thread>

namespace balgul::core::mydata {

namespace {

constexpr int kVaultFormat = 1;
constexpr std::string_view kKdfName = "argon2id";
/// Calibration raises the memory past 64 MiB only up to this, and only when more than this many
/// passes would be needed for the target.
constexpr std::uint32_t kCalibrationMaxMemoryKiB = 256 * 1024;
constexpr double kCalibrationMaxPasses = 8;
constexpr std::int64_t kMaxIdleTimeoutSeconds = 7 * 24 * 3600;

/// What the wrapped data key is bound to besides its id: the vault's format and every KDF cost,
/// so a row whose costs were altered does not unwrap.
std::string keyAad(int format, std::string_view kdf, int kdfVersion, const KdfParams& p)
{
    return "balgul-vault-key:" + std::to_string(format) + ':' + std::string(kdf) + ':' +
           std::to_string(kdfVersion) + ':' + std::to_string(p.memoryKiB) + ':' + std::to_string(p.timeCost) +
           ':' + std::to_string(p.parallelism);
}

std::int64_t unixSeconds()
{
    return toUnixMs(now()) / 1000;
}

Error noVault()
{
    return Error::make("no_vault", "this profile has no MyData vault yet");
}

Status checkPassphrase(std::string_view passphrase, const char* field)
{
    if (passphrase.empty())
        return Error::make("invalid_field", "the passphrase is empty", field);
    return Status::success();
}

} // namespace

struct Vault::Row
{
    int format = 0;
    std::string kdf;
    int kdfVersion = 0;
    KdfParams params;
    std::string salt;
    std::string keyNonce;
    std::string wrappedKey;
    std::int64_t idleTimeout = 0;
};

Vault::Vault(Store& store) : m_store(store) {}

Vault::~Vault()
{
    lock();
}

Error Vault::storeFailure(const SqlError& e) const
{
    return storeError(e, m_store.path(), "store_failed", "the vault could not be read or written");
}

Result<std::optional<Vault::Row>> Vault::readRow()
{
    try {
        auto st = m_store.database().prepare("SELECT format, kdf, kdf_version, memory_kib, time_cost, "
                                             "parallelism, salt, key_nonce, wrapped_key, "
                                             "idle_timeout FROM vault WHERE id = 1");
        if (!st.step())
            return std::optional<Row>();
        Row row;
        row.format = st.integer(0);
        row.kdf = st.text(1);
        row.kdfVersion = st.integer(2);
        const std::int64_t memory = st.int64(3);
        const std::int64_t time = st.int64(4);
        const std::int64_t lanes = st.int64(5);
        row.salt = std::string(st.blobView(6));
        row.keyNonce = std::string(st.blobView(7));
        row.wrappedKey = std::string(st.blobView(8));
        row.idleTimeout = st.int64(9);
        if (memory < 0 || memory > crypto::kMaxMemoryKiB || time < 0 || time > crypto::kMaxTimeCost ||
            lanes < 0 || lanes > crypto::kMaxParallelism)
            return Error::make("unsupported_vault", "the vault's key derivation costs are out of range");
        row.params = {static_cast<std::uint32_t>(memory), static_cast<std::uint32_t>(time),
                      static_cast<std::uint32_t>(lanes)};
        return std::optional<Row>(std::move(row));
    } catch (const SqlError& e) {
        return storeFailure(e);
    }
}

Result<bool> Vault::exists()
{
    auto row = readRow();
    if (!row)
        return row.error();
    return row->has_value();
}

Result<KdfParams> Vault::params()
{
    auto row = readRow();
    if (!row)
        return row.error();
    if (!*row)
        return noVault();
    return (*row)->params;
}

Status Vault::create(std::string_view passphrase, const KdfParams& params)
{
    if (Status ok = checkPassphrase(passphrase, "passphrase"); !ok)
        return ok;
    if (Status ok = crypto::checkKdfParams(params); !ok)
        return ok;
    auto existing = readRow();
    if (!existing)
        return existing.error();
    if (*existing)
        return Error::make("vault_exists", "this profile already has a MyData vault");

    SecureBuffer dataKey(crypto::kKeyBytes);
    if (Status ok = crypto::fillRandom(dataKey); !ok)
        return ok;
    auto salt = crypto::randomBytes(crypto::kSaltBytes);
    if (!salt)
        return salt.error();
    auto passphraseKey = crypto::deriveKey(passphrase, *salt, params);
    if (!passphraseKey)
        return passphraseKey.error();
    auto wrapped = crypto::seal(*passphraseKey, dataKey.view(),
                                keyAad(kVaultFormat, kKdfName, crypto::kArgon2Version, params));
    if (!wrapped)
        return wrapped.error();
    try {
        Database& db = m_store.database();
        Transaction tx(db);
        const std::int64_t at = unixSeconds();
        db.prepare(
              "INSERT INTO vault (id, format, kdf, kdf_version, memory_kib, time_cost, parallelism, salt, "
              "key_nonce, wrapped_key, idle_timeout, created, changed) "
              "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, kVaultFormat)
            .bind(2, kKdfName)
            .bind(3, crypto::kArgon2Version)
            .bind(4, static_cast<std::int64_t>(params.memoryKiB))
            .bind(5, static_cast<std::int64_t>(params.timeCost))
            .bind(6, static_cast<std::int64_t>(params.parallelism))
            .bindBlob(7, *salt)
            .bindBlob(8, wrapped->nonce)
            .bindBlob(9, wrapped->ciphertext)
            .bind(10, kDefaultIdleTimeoutSeconds)
            .bind(11, at)
            .bind(12, at)
            .run();
        tx.commit();
    } catch (const SqlError& e) {
        return storeFailure(e);
    }
    m_key = std::move(dataKey);
    m_idleTimeout = kDefaultIdleTimeoutSeconds;
    touch();
    return Status::success();
}

Result<SecureBuffer> Vault::unwrap(const Row& row, std::string_view passphrase)
{
    if (row.format != kVaultFormat || row.kdf != kKdfName || row.kdfVersion != crypto::kArgon2Version)
        return Error::make("unsupported_vault", "the vault was made by a newer Balgul (format " +
                                                    std::to_string(row.format) + ", " + row.kdf + ")");
    if (Status ok = crypto::checkKdfParams(row.params); !ok)
        return Error::make("unsupported_vault", "the vault's key derivation costs are out of range");
    auto passphraseKey = crypto::deriveKey(passphrase, row.salt, row.params);
    if (!passphraseKey)
        return passphraseKey.error();
    auto dataKey = crypto::open(*passphraseKey, row.keyNonce, row.wrappedKey,
                                keyAad(row.format, row.kdf, row.kdfVersion, row.params));
    if (!dataKey) {
        if (dataKey.error().code == "authentication_failed")
            return Error::make("wrong_passphrase", "the passphrase does not open this vault", "passphrase");
        return dataKey.error();
    }
    if (dataKey->size() != crypto::kKeyBytes)
        return Error::make("unsupported_vault", "the vault's data key has the wrong size");
    return dataKey;
}

Status Vault::unlock(std::string_view passphrase)
{
    auto row = readRow();
    if (!row)
        return row.error();
    if (!*row)
        return noVault();
    auto dataKey = unwrap(**row, passphrase);
    if (!dataKey)
        return dataKey.error();
    m_key = std::move(*dataKey);
    m_idleTimeout = (*row)->idleTimeout;
    touch();
    return Status::success();
}

void Vault::lock()
{
    m_key.clear();
}

Status Vault::rewrap(std::string_view oldPassphrase, std::string_view newPassphrase,
                     const std::optional<KdfParams>& stronger)
{
    if (Status ok = checkPassphrase(newPassphrase, "newPassphrase"); !ok)
        return ok;
    if (stronger) {
        if (Status ok = crypto::checkKdfParams(*stronger); !ok)
            return ok;
    }
    auto row = readRow();
    if (!row)
        return row.error();
    if (!*row)
        return noVault();
    const Row& current = **row;
    if (stronger) {
        const KdfParams& was = current.params;
        const bool lowers = stronger->memoryKiB < was.memoryKiB || stronger->timeCost < was.timeCost;
        const bool raises = stronger->memoryKiB > was.memoryKiB || stronger->timeCost > was.timeCost;
        if (lowers || !raises)
            return Error::make("weaker_params",
                               "stronger costs raise the memory or the time and lower neither (now " +
                                   std::to_string(was.memoryKiB / 1024) + " MiB, " +
                                   std::to_string(was.timeCost) + " passes)");
    }
    auto dataKey = unwrap(current, oldPassphrase);
    if (!dataKey)
        return dataKey.error();
    if (isUnlocked() && CRYPTO_memcmp(dataKey->data(), m_key.data(), crypto::kKeyBytes) != 0)
        return Error::make("vault_changed",
                           "the vault was replaced while it was open; lock and unlock it again");

    const KdfParams params = stronger ? *stronger : current.params;
    auto salt = crypto::randomBytes(crypto::kSaltBytes);
    if (!salt)
        return salt.error();
    auto passphraseKey = crypto::deriveKey(newPassphrase, *salt, params);
    if (!passphraseKey)
        return passphraseKey.error();
    auto wrapped = crypto::seal(*passphraseKey, dataKey->view(),
                                keyAad(current.format, current.kdf, current.kdfVersion, params));
    if (!wrapped)
        return wrapped.error();
    try {
        Database& db = m_store.database();
        Transaction tx(db);
        db.prepare(
              "UPDATE vault SET memory_kib = ?, time_cost = ?, parallelism = ?, salt = ?, key_nonce = ?, "
              "wrapped_key = ?, changed = ? WHERE id = 1 AND wrapped_key = ?")
            .bind(1, static_cast<std::int64_t>(params.memoryKiB))
            .bind(2, static_cast<std::int64_t>(params.timeCost))
            .bind(3, static_cast<std::int64_t>(params.parallelism))
            .bindBlob(4, *salt)
            .bindBlob(5, wrapped->nonce)
            .bindBlob(6, wrapped->ciphertext)
            .bind(7, unixSeconds())
            .bindBlob(8, current.wrappedKey)
            .run();
        if (db.changes() != 1)
            return Error::make("vault_changed", "the vault's key was changed elsewhere meanwhile; try again");
        tx.commit();
    } catch (const SqlError& e) {
        return storeFailure(e);
    }
    if (isUnlocked())
        touch();
    return Status::success();
}

Status Vault::changePassphrase(std::string_view oldPassphrase, std::string_view newPassphrase)
{
    return rewrap(oldPassphrase, newPassphrase, std::nullopt);
}

Status Vault::strengthen(std::string_view passphrase, const KdfParams& stronger)
{
    return rewrap(passphrase, passphrase, stronger);
}

Result<KdfCalibration> Vault::calibrate(std::chrono::milliseconds target)
{
    if (target.count() <= 0)
        return Error::make("invalid_field", "the calibration's target time is positive", "target");
    KdfParams p;
    p.memoryKiB = crypto::kMinMemoryKiB;
    p.parallelism = std::thread::hardware_concurrency() >= 2 ? 2 : 1;

    // A derivation costs about base + passes * perPass (both in proportion to the memory): the
    // first pass also maps and fills the memory, and it is wiped after the last.
    p.timeCost = 1;
    auto one = crypto::timeKdf(p);
    if (!one)
        return one.error();
    p.timeCost = 3;
    auto three = crypto::timeKdf(p);
    if (!three)
        return three.error();
    const double t1 = static_cast<double>(one->count());
    const double t3 = static_cast<double>(three->count());
    // Against a noisy clock, a pass is never counted as less than an eighth of a whole derivation.
    const double perPass = std::max({(t3 - t1) / 2.0, t1 / 8.0, 1.0});
    const double base = std::max(0.0, t1 - perPass);
    const double wanted = static_cast<double>(target.count());

    double scale = 1; // the memory, in multiples of 64 MiB
    const auto passesFor = [&](double s) { return (wanted - base * s) / (perPass * s); };
    while (passesFor(scale) > kCalibrationMaxPasses &&
           static_cast<double>(crypto::kMinMemoryKiB) * scale * 2 <= kCalibrationMaxMemoryKiB)
        scale *= 2;
    p.memoryKiB = static_cast<std::uint32_t>(crypto::kMinMemoryKiB * scale);
    const double passCost = perPass * scale;
    const auto clampPasses = [](double passes) {
        return static_cast<std::uint32_t>(std::clamp(passes, 1.0, static_cast<double>(crypto::kMaxTimeCost)));
    };
    p.timeCost = clampPasses(std::round(passesFor(scale)));

    auto measured = crypto::timeKdf(p);
    if (!measured)
        return measured.error();
    // At most two corrections from what was measured.
    for (int correction = 0; correction < 2; ++correction) {
        const double took = static_cast<double>(measured->count());
        std::uint32_t next = p.timeCost;
        if (took > wanted * 1.3)
            next = clampPasses(p.timeCost - std::ceil((took - wanted) / passCost));
        else if (took < wanted * 0.75)
            next = clampPasses(p.timeCost + std::max(1.0, std::floor((wanted - took) / passCost)));
        if (next == p.timeCost)
            break;
        p.timeCost = next;
        measured = crypto::timeKdf(p);
        if (!measured)
            return measured.error();
    }
    return KdfCalibration{p, *measured};
}

Result<std::int64_t> Vault::idleTimeout()
{
    auto row = readRow();
    if (!row)
        return row.error();
    if (!*row)
        return noVault();
    return (*row)->idleTimeout;
}

Status Vault::setIdleTimeout(std::int64_t seconds)
{
    if (seconds < 0 || seconds > kMaxIdleTimeoutSeconds)
        return Error::make("invalid_field", "the idle time is between 0 (never lock) and 7 days",
                           "idleTimeout");
    try {
        Database& db = m_store.database();
        Transaction tx(db);
        db.prepare("UPDATE vault SET idle_timeout = ? WHERE id = 1").bind(1, seconds).run();
        if (db.changes() != 1)
            return noVault();
        tx.commit();
    } catch (const SqlError& e) {
        return storeFailure(e);
    }
    m_idleTimeout = seconds;
    return Status::success();
}

void Vault::touch()
{
    m_lastUse = Clock::now();
}

bool Vault::lockIfIdle(Clock::time_point now)
{
    if (!isUnlocked() || m_idleTimeout <= 0 || now - m_lastUse < std::chrono::seconds(m_idleTimeout))
        return false;
    lock();
    return true;
}

Status Vault::requireUnlocked()
{
    lockIfIdle(Clock::now());
    if (!isUnlocked())
        return Error::make("vault_locked", "the MyData vault is locked: unlock it with its passphrase first");
    touch();
    return Status::success();
}

} // namespace balgul::core::mydata
