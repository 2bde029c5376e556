#pragma once

// What the hub keeps of MyData (docs/mydata.md "On the hub"): consents, the rows shared under them,
// the batches that brought the rows (for replays), the erasure receipts, the epsilon ledger of
// noisy aggregates and the hub's signing key. Tables of their own beside the sync store (SQLite:
// the same file through a connection of its own; PostgreSQL: the same database through a pool of
// its own), made idempotently at open.
//
// A shared row is stored under its consent's id only: the rows' table has no account. The account
// that registered a consent is kept with the consent, to authorize its owner and to count distinct
// residents behind an aggregate; nothing a coordinator reads answers it. Failures of the database
// throw StorageError (hub_storage.h).

#include "hub/hub_config.h"
#include "hub/sync/hub_storage.h"

#include "core/mydata/shared_row.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::hub::mydata {

/// A consent's state on the hub. It leaves Active once, by its owner's withdrawal or by its expiry.
enum class ConsentState
{
    Active,
    Withdrawn,
    Expired,
};
/// "active", "withdrawn", "expired".
std::string_view toString(ConsentState state);
std::optional<ConsentState> consentStateFromString(std::string_view text);

struct ConsentRecord
{
    std::string id;
    std::string ownerId;
    std::string body;            ///< encodeConsent() of the consent, its principal the owner's account
    std::int64_t expires = 0;    ///< UTC seconds
    std::int64_t registered = 0; ///< UTC seconds, by the hub's clock
    ConsentState state = ConsentState::Active;
    std::int64_t ended = 0; ///< UTC seconds of the erasure; 0 while active
    /// The state last written to the sync store as a `consent` entity ("" before the first).
    std::string published;
};

/// An erasure receipt as kept and answered.
struct Receipt
{
    std::string consentId;
    std::string reason;    ///< "withdrawn" or "expired"
    std::string payload;   ///< the exact JSON text that was signed
    std::string signature; ///< base64 of the Ed25519 signature
    std::string keyId;
};

/// Rows a batch added and rows it replaced (the same consent, category, unit, aggregate, period
/// and cell sent again).
struct BatchCounts
{
    std::int64_t added = 0;
    std::int64_t replaced = 0;
};

enum class BatchOutcome
{
    Stored,       ///< committed now; `answer` is the one made
    Replayed,     ///< the batch id was stored before under this consent; `answer` is its first
    OtherConsent, ///< the batch id was stored under another consent
    NotActive,    ///< the consent has ended (`state` says how) or is past its expiry
    NoConsent,
};

struct BatchResult
{
    BatchOutcome outcome = BatchOutcome::NoConsent;
    std::string answer;
    ConsentState state = ConsentState::Active;
};

/// Makes a batch's answer from what it did, inside its transaction (the answer is kept for replays).
using AnswerMaker = std::function<std::string(const BatchCounts&)>;
/// Makes and signs the receipt of an erasure (rows erased per category, at UTC seconds), inside its
/// transaction.
using ReceiptMaker =
    std::function<Receipt(const std::map<std::string, std::int64_t>& erased, std::int64_t at)>;

/// One stored row as an aggregate reads it, with the consent it came under.
struct Contribution
{
    std::string residentId; ///< the consent's owner: counted, never answered
    std::string consentId;
    std::int64_t registered = 0; ///< the consent's registration, to pick one of a resident's consents
    std::string unit;
    std::string cell;
    core::mydata::Aggregate aggregate = core::mydata::Aggregate::Daily;
    std::int64_t periodStart = 0;
    double value = 0;
    std::int64_t count = 0;
};

/// What one noisy query spent of a consent: `epsilon` per released cell, `cells` cells.
struct EpsilonCharge
{
    std::string consentId;
    double epsilon = 0;
    std::int64_t cells = 0;
};

class MydataStorage
{
public:
    virtual ~MydataStorage() = default;

    virtual std::optional<ConsentRecord> consent(const std::string& id) = 0;
    /// Stores `record` unless its id is taken; answers the stored record either way (compare its
    /// owner and body to tell).
    virtual ConsentRecord registerConsent(const ConsentRecord& record) = 0;
    /// One transaction: the batch is looked up first (a replay answers what it answered, whatever
    /// the consent's state now), then the consent must be active and before its expiry at `now`,
    /// then every row is stored (replacing a row with the same key) and the answer kept.
    virtual BatchResult addShares(const std::string& consentId, const std::string& batchId,
                                  const std::vector<core::mydata::SharedRow>& rows, std::int64_t now,
                                  const AnswerMaker& answer) = 0;
    /// One transaction: every share under the consent erased, the consent marked `reason`
    /// (Withdrawn or Expired) at `now`, its receipt made and kept. A consent that has ended already
    /// answers the receipt it has. nullopt when there is no such consent.
    virtual std::optional<Receipt> erase(const std::string& consentId, ConsentState reason, std::int64_t now,
                                         const ReceiptMaker& makeReceipt) = 0;
    /// Active consents whose expiry is at or before `now`.
    virtual std::vector<std::string> expiredConsents(std::int64_t now) = 0;
    /// Consents whose state was not yet written to the sync store.
    virtual std::vector<ConsentRecord> unpublished() = 0;
    virtual void markPublished(const std::string& consentId, ConsentState state) = 0;

    /// Stored rows of a consent per category.
    virtual std::map<std::string, std::int64_t> rowCounts(const std::string& consentId) = 0;
    virtual std::optional<Receipt> receipt(const std::string& consentId) = 0;
    /// The epsilon the ledger holds against a consent, every query summed.
    virtual double epsilonSpent(const std::string& consentId) = 0;

    /// Rows of `category` with a period starting in [from, to), under consents active and before
    /// their expiry at `now`.
    virtual std::vector<Contribution> contributions(core::mydata::Category category, std::int64_t from,
                                                    std::int64_t to, std::int64_t now) = 0;
    /// One transaction: one ledger line per charged consent.
    virtual void recordEpsilon(const std::string& queryId, const std::vector<EpsilonCharge>& charges,
                               std::int64_t at) = 0;

    /// The hub's raw Ed25519 private key: the stored one, or `candidate` stored when there is none
    /// (the first start; processes starting together keep the one stored first).
    virtual std::string signingKey(const std::string& candidate) = 0;
};

std::unique_ptr<MydataStorage> openSqliteMydataStorage(const std::string& path);
std::unique_ptr<MydataStorage> openPostgresMydataStorage(const std::string& url, int maxConnections = 4);
/// The store `config` names, as openHubStorage() chooses.
std::unique_ptr<MydataStorage> openMydataStorage(const HubConfig& config);

} // namespace balgul::hub::mydata
