#pragma once

// The MyData vault in the client store (docs/mydata.md, "The vault"): a resident's personal
// records, each sealed with AES-256-GCM under a random data key; the data key is wrapped by a key
// derived from the passphrase with Argon2id, so a new passphrase re-wraps one key and leaves the
// records as they are. Locked until unlocked; the data key is held in locked memory and wiped on
// lock, on an idle lock and when the Vault is destroyed.
//
// In the store, only what is needed to find rows is plain: record ids (random UUIDs), each record's
// category word and its import's id (a UUID). Times, values, units, track points and every other
// personal text (an import's report, file names) are only inside ciphertexts.

#include "core/mydata/record.h"
#include "core/mydata/secure_memory.h"
#include "core/mydata/vault_crypto.h"
#include "core/util/result.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core {
class Store;
struct SqlError;
} // namespace balgul::core

namespace balgul::core::mydata {

/// A vault record as listed: found without decrypting anything.
struct VaultRecordInfo
{
    std::string id;
    Category category = Category::Electricity;
    std::string importId;
};

/// A sealed item: other personal bytes kept in the vault (an import's report, with file names).
struct SealedItem
{
    std::string id;
    std::string kind;     ///< a plain word saying what the bytes are ("import_report")
    std::string importId; ///< the import it belongs to, or ""
    std::string bytes;    ///< empty in listSealed()
};

/// The vault of one store. Not thread-safe (like Store); a derivation (create, unlock,
/// changePassphrase, strengthen, calibrate) takes about half a second, so the app runs it off the
/// GUI thread.
///
/// Errors: `no_vault`, `vault_exists`, `wrong_passphrase`, `vault_locked`, `not_found`, `tampered`
/// (field and message name the record), `record_corrupt`, `weaker_params`, `vault_changed`,
/// `unsupported_vault`, `invalid_field`, `kdf_failed`, `crypto_failed`, and the store's own
/// (`store_failed`, `store_corrupt`).
class Vault
{
public:
    using Clock = std::chrono::steady_clock;
    /// How long the vault stays unlocked without use, unless set otherwise.
    static constexpr std::int64_t kDefaultIdleTimeoutSeconds = 300;

    explicit Vault(Store& store);
    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    /// True when the store holds a vault.
    Result<bool> exists();
    bool isUnlocked() const { return !m_key.empty(); }
    /// The stored key derivation costs.
    Result<KdfParams> params();
    /// False when the system refused to lock the data key's memory (RLIMIT_MEMLOCK): it may then
    /// be swapped out. True while locked.
    bool keyInLockedMemory() const { return m_key.locked(); }

    /// Makes the vault (a new random data key, wrapped under `passphrase` with `params`) and leaves
    /// it unlocked. Refuses an empty passphrase and costs out of crypto::checkKdfParams's range.
    Status create(std::string_view passphrase, const KdfParams& params);
    /// `wrong_passphrase` (and still locked) when the passphrase does not unwrap the data key.
    Status unlock(std::string_view passphrase);
    /// Wipes the data key. Harmless when already locked.
    void lock();
    /// Wraps the data key under a new passphrase (a new salt, the same costs), in one transaction;
    /// no record is rewritten. Locked or unlocked, the vault stays as it was.
    Status changePassphrase(std::string_view oldPassphrase, std::string_view newPassphrase);
    /// Wraps the data key again under costs that raise the memory or the time and lower neither
    /// (`weaker_params` otherwise).
    Status strengthen(std::string_view passphrase, const KdfParams& stronger);
    /// Costs for which one derivation takes about `target` here: at least 64 MiB of memory,
    /// parallelism 1 or 2 (as the machine has cores), the time cost (and past 8 passes, the memory)
    /// raised to meet the target. Takes a few derivations' time.
    static Result<KdfCalibration>
    calibrate(std::chrono::milliseconds target = std::chrono::milliseconds(500));

    // Idle lock ------------------------------------------------------------------------------------
    /// Seconds without use after which lockIfIdle() locks; 0 never. Stored with the vault.
    Result<std::int64_t> idleTimeout();
    Status setIdleTimeout(std::int64_t seconds);
    /// Counts as a use (every call below counts as one too).
    void touch();
    /// Locks when unlocked and unused for the idle timeout at `now`; true when it locked. The app's
    /// timer calls it; every call below calls it first as well.
    bool lockIfIdle(Clock::time_point now);

    // Records (unlocked only) ------------------------------------------------------------------
    /// Seals and stores every block in ONE transaction, each under a new random UUID, and returns the
    /// ids in the blocks' order. `importId` is the import's UUID. All or nothing: a block the codec
    /// refuses (core/mydata/record_codec.h) aborts with its 1-based index in Error::line.
    Result<std::vector<std::string>> putAll(const std::vector<RecordBlock>& blocks,
                                            const std::string& importId);
    /// A record decrypted; `tampered` when it fails authentication (never its bytes).
    Result<RecordBlock> get(const std::string& id);
    /// Every record (or a category's) in the order stored, without decrypting. A row whose category
    /// word is unknown (altered outside Balgul) is left out; verifyAll() names it.
    Result<std::vector<VaultRecordInfo>> list(std::optional<Category> category = std::nullopt);
    Status remove(const std::string& id);
    /// Removes an import's records and sealed items; returns how many rows went.
    Result<std::size_t> removeImport(const std::string& importId);
    /// The ids of records and sealed items that cannot be read: they fail authentication or do not
    /// decode. Empty when everything is sound.
    Result<std::vector<std::string>> verifyAll();

    // Sealed items (unlocked only) -------------------------------------------------------------
    /// Seals other personal bytes; `kind` is a word of a-z, 0-9 and '_' (at most 40), `importId`
    /// the import's UUID or "". Returns the item's id.
    Result<std::string> putSealed(const std::string& kind, std::string_view bytes,
                                  const std::string& importId = {});
    Result<SealedItem> getSealed(const std::string& id);
    /// Every sealed item (or a kind's) without its bytes, in the order stored.
    Result<std::vector<SealedItem>> listSealed(const std::optional<std::string>& kind = std::nullopt);
    Status removeSealed(const std::string& id);

private:
    struct Row;
    Result<std::optional<Row>> readRow();
    Status requireUnlocked();
    /// Unwraps the data key of `row` with `passphrase`.
    Result<SecureBuffer> unwrap(const Row& row, std::string_view passphrase);
    /// Unwraps with `oldPassphrase`, wraps again under `newPassphrase` and `params`, writes the row.
    Status rewrap(std::string_view oldPassphrase, std::string_view newPassphrase,
                  const std::optional<KdfParams>& params);
    Error storeFailure(const SqlError& e) const;

    Store& m_store;
    SecureBuffer m_key;
    std::int64_t m_idleTimeout = kDefaultIdleTimeoutSeconds;
    Clock::time_point m_lastUse{};
};

} // namespace balgul::core::mydata
