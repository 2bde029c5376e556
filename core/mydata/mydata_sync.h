#pragma once

// Sharing personal records with the hub under a consent (docs/mydata.md, "Sharing from the app and
// the CLI"): the hub's signing key pinned in the profile, consents kept in the store and registered
// on the hub, the minimized rows sent in batches whose ids are kept in the vault before they leave
// (a batch sent again after a lost answer is counted once), and withdrawal with the hub's signed
// erasure receipt, verified against the pinned key before it is kept.
//
// The protocol is docs/sync-protocol.md "MyData" (hub/mydata on the other side): GET /v1/hub/key,
// PUT /v1/mydata/consents/{id}, POST …/{id}/shares, POST …/{id}/withdraw, GET …/{id}.
//
// Errors of this layer: `hub_key_invalid` (the hub's key answer is not an Ed25519 key),
// `hub_key_changed` (the hub answers another key than the one pinned), `receipt_invalid` (a
// receipt whose signature does not verify, or whose payload is not an erasure receipt of this
// consent), `not_found` (no such consent here), `consent_withdrawn`, `consent_expired`,
// `consent_not_active` (given from a later time on), `not_logged_in`, `record_corrupt` (a consent or
// share log item kept here that does not read), `bad_answer` (a hub answer without what it must
// hold), and those of the vault, the store, the hub and the network.

#include "core/mydata/consent.h"
#include "core/mydata/kantara.h"
#include "core/mydata/minimize.h"
#include "core/mydata/share_codec.h"
#include "core/mydata/shared_row.h"
#include "core/sync/hub_client.h"
#include "core/util/result.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core {
class Store;
}
namespace balgul::core::sync {
struct Change;
}

namespace balgul::core::mydata {

class Vault;

// The hub's key -----------------------------------------------------------------------------------

/// The hub's Ed25519 public key, which signs erasure receipts.
struct HubKey
{
    std::string publicKey; ///< raw, 32 bytes
    std::string keyId;     ///< the first 16 hex digits of the SHA-256 of the raw key

    std::string base64() const;
    bool operator==(const HubKey&) const = default;
};

/// {"algorithm":"Ed25519","public_key":"<base64>","key_id"} as the hub answers it; `hub_key_invalid`
/// naming the member when it is not an Ed25519 key or its id is not the key's.
Result<HubKey> decodeHubKey(std::string_view json);
/// GET /v1/hub/key (no sign-in needed).
Result<HubKey> fetchHubKey(const sync::HubEndpoint& endpoint);
/// The key pinned in the profile for the hub at `hubUrl`; nullopt before the first pin.
Result<std::optional<HubKey>> pinnedHubKey(Store& store, const std::string& hubUrl);
/// Fetches the hub's key; the first time it is pinned in the profile, later it must be the pinned
/// one: another key is `hub_key_changed` and changes nothing (a hub that lost its key, or someone
/// answering in its place, is not trusted with a resident's receipts).
Result<HubKey> pinHubKey(Store& store, const sync::HubEndpoint& endpoint);

// Erasure receipts -------------------------------------------------------------------------------

/// The hub's signed statement of what it erased under a consent.
struct ErasureReceipt
{
    std::string payload;   ///< the exact JSON text the hub signed
    std::string signature; ///< base64 of the 64-byte Ed25519 signature
    std::string keyId;
    // Read from the payload once the signature verified:
    std::string consentId;
    std::string hub;                            ///< the hub's name
    std::string reason;                         ///< "withdrawn" or "expired"
    std::int64_t erasedAt = 0;                  ///< UTC seconds
    std::map<std::string, std::int64_t> erased; ///< rows per category word

    /// {"payload","signature","key_id"}: the form kept in the profile and answered by the hub.
    std::string json() const;
    std::int64_t rowsErased() const;
};

/// Verifies an answer {"payload","signature","key_id"} with Ed25519 (OpenSSL) against `key`, and
/// only then reads the payload ({"type":"erasure","consent_id","hub","erased","erased_at","reason"}).
/// Anything that does not verify or does not read is `receipt_invalid` (the field names the
/// member), never a receipt.
Result<ErasureReceipt> verifyErasureReceipt(std::string_view answerJson, const HubKey& key);

// Consents in the profile ------------------------------------------------------------------------

/// Where a consent stands between this profile and the hub (the `status` column).
enum class LocalConsentState
{
    Pending,   ///< kept here, not yet registered on the hub (it has not answered)
    Given,     ///< registered on the hub
    Withdrawn, ///< withdrawn on the hub (its erasure receipt is kept)
    Expired,   ///< past its expiry and erased by the hub
};
/// "pending", "given", "withdrawn", "expired".
std::string_view toString(LocalConsentState state);
std::optional<LocalConsentState> localConsentStateFromString(std::string_view text);

struct StoredConsent
{
    Consent consent;
    LocalConsentState state = LocalConsentState::Pending;
    std::int64_t updated = 0; ///< UTC seconds
};

/// Writes the consent (encodeConsent) and its state, replacing what was kept under its id.
Status saveConsent(Store& store, const Consent& consent, LocalConsentState state);
/// Every consent, the most recently given first.
Result<std::vector<StoredConsent>> loadConsents(Store& store);
/// `not_found` when there is none.
Result<StoredConsent> loadConsent(Store& store, const std::string& consentId);

/// A receipt kept in the profile: `consent` is the Kantara Consent Receipt made when the hub took
/// the consent; `erasure` the hub's signed erasure receipt ({"payload","signature","key_id"}).
struct StoredReceipt
{
    std::int64_t id = 0;
    std::string consentId;
    std::string kind; ///< "consent" or "erasure"
    std::string json;
    std::int64_t created = 0; ///< UTC seconds
};
/// The receipts of a consent (every consent's when `consentId` is empty), oldest first.
Result<std::vector<StoredReceipt>> loadReceipts(Store& store, const std::string& consentId = {});

// Giving and withdrawing -------------------------------------------------------------------------

/// The hub's name as GET /v1/info answers it.
Result<std::string> fetchHubName(const sync::HubEndpoint& endpoint);
/// Who runs the hub as GET /v1/info states it (`controller`: name, contact, e-mail, phone, postal
/// address, country, privacy policy; the hub's operator sets them): the members it states, the
/// name at least (the hub's name from a hub that states nothing more).
Result<ControllerInfo> fetchHubController(const sync::HubEndpoint& endpoint);

struct GivenConsent
{
    Consent consent;            ///< as registered (its principal the signed-in account)
    std::string kantaraReceipt; ///< the receipt kept
};

/// Keeps the consent here first (pending: `validateConsent` must hold; the principal is the
/// profile's hub account when empty), pins the hub's key, registers the consent on the hub
/// (PUT, idempotent) and, once the hub took it, marks it given and keeps its Kantara Consent
/// Receipt. The receipt's controller is `controller` with what it leaves empty taken from the hub:
/// what the hub states (fetchHubController), its URL, its key, and for the members the hub does not
/// state (contact, email, phone, policy URL) the hub's name and URL or kControllerNotStated.
/// When the hub cannot be reached the consent stays pending (registerConsent() tries again); when
/// the hub refuses it, it is removed here and the hub's error is answered.
Result<GivenConsent> giveConsent(Store& store, Consent consent, const sync::HubEndpoint& endpoint,
                                 const ControllerInfo& controller = {});
/// Registers a pending consent again (a given one is answered as it is).
Result<GivenConsent> registerConsent(Store& store, const std::string& consentId,
                                     const sync::HubEndpoint& endpoint,
                                     const ControllerInfo& controller = {});

/// What the receipt says for controller details the hub does not publish.
inline constexpr const char* kControllerNotStated = "not stated by the hub";

struct WithdrawOutcome
{
    /// The hub's receipt, verified; nullopt only when the hub never had the consent (a pending one).
    std::optional<ErasureReceipt> receipt;
    bool keptBefore = false; ///< the same receipt was kept already (a withdrawal asked again)
};

/// Withdraws the consent on the hub (POST …/withdraw), which erases every row under it and answers
/// its signed receipt; the receipt is verified against the pinned key (pinned now when it is not
/// yet), kept, and the consent marked withdrawn (or expired, when the hub had erased it for its
/// expiry first) here, in one transaction. Asked again (an answer lost), the hub answers the same
/// receipt, which is kept once.
Result<WithdrawOutcome> withdrawConsent(Store& store, const std::string& consentId,
                                        const sync::HubEndpoint& endpoint);

/// What the hub holds under a consent (GET …/{id}, its owner only).
struct HubConsentStatus
{
    std::string status;                       ///< "active", "withdrawn" or "expired"
    std::map<std::string, std::int64_t> rows; ///< stored rows per category
    double epsilonSpent = 0;
    std::optional<ErasureReceipt> receipt; ///< verified, when the consent has ended
};
/// Asks the hub; a consent that ended there is recorded here as a pull's tombstone would be.
Result<HubConsentStatus> fetchConsentStatus(Store& store, const std::string& consentId,
                                            const sync::HubEndpoint& endpoint);

/// A `consent` change of the sync pull (docs/sync-protocol.md "MyData"): a tombstone (status
/// "withdrawn" or "expired", with the hub's receipt) marks the consent ended here and keeps the
/// erasure receipt when it verifies against the key pinned for the profile's hub. A receipt that
/// does not verify is not kept; the consent is still marked ended, the safe side, since nothing more
/// leaves under it. A live change changes nothing. Runs inside the pull's transaction; throws
/// SqlError.
void applyConsentChange(Store& store, const sync::Change& change);

// Sharing ----------------------------------------------------------------------------------------

/// What a share sends, as the preview shows it.
struct SharePlan
{
    Consent consent;
    /// Rows sent in new batches, in minimize()'s order: the consent's rows the hub does not hold yet
    /// (new, or changed since they were sent).
    std::vector<SharedRow> rows;
    /// Rows of batches sent before whose answer never came: sent again as they were, under their
    /// batch ids, before the new ones.
    std::vector<SharedRow> pending;
    std::size_t pendingBatches = 0;
    /// Rows minimize() made that the hub acknowledged before, unchanged: not sent again.
    std::int64_t alreadyShared = 0;
    MinimizeReport report;
    /// previewSummary() of `pending` and `rows` together: what leaves, per category.
    std::vector<CategoryPreview> summary;

    std::size_t rowCount() const { return rows.size() + pending.size(); }
};

struct ShareOptions
{
    std::size_t batchSize = share_limits::kMaxRowsPerBatch; ///< rows a batch, 1..kMaxRowsPerBatch
};

/// A batch kept in the vault before it is sent: the body is exactly what is POSTed, every time.
struct ShareBatch
{
    std::string batchId;
    std::string body; ///< {"batch_id","rows":[…]}
    std::vector<SharedRow> rows;
};

/// The rows shareUnderConsent() would send now, by the same path: the consent's categories read
/// from the vault (unlocked), minimized under the consent and `context`, less what the hub
/// acknowledged unchanged. Errors: the consent's (`not_found`, `consent_withdrawn`,
/// `consent_expired`), the vault's (`vault_locked`, `tampered`), minimize()'s.
Result<SharePlan> previewShare(Store& store, Vault& vault, const std::string& consentId,
                               const MinimizeContext& context = {});

/// Plans as previewShare() does and keeps the new rows in the vault as pending batches, each with a
/// new batch id, before anything is sent. Returns every pending batch of the consent, older first.
Result<std::vector<ShareBatch>> queueShare(Store& store, Vault& vault, const std::string& consentId,
                                           const MinimizeContext& context = {},
                                           const ShareOptions& options = {});

struct ShareReport
{
    int batches = 0;          ///< batches the hub answered now
    int batchesSentAgain = 0; ///< of those, batches kept from an earlier share whose answer was lost
    std::int64_t rowsSent = 0;
    std::int64_t added = 0; ///< as the hub counted them (a batch sent again: its first answer)
    std::int64_t replaced = 0;
    std::int64_t alreadyShared = 0;
    MinimizeReport report;
    std::vector<CategoryPreview> summary;
};

/// Sends the consent's share: a pending consent is registered first; queueShare(), then every
/// pending batch in order under its own batch id, each answer kept in the vault as it comes. A batch
/// whose answer is lost stays pending and goes again, unchanged, at the next share; the hub counts
/// it once. A batch the hub refuses is kept as refused and not sent again; the share stops with
/// the hub's error.
Result<ShareReport> shareUnderConsent(Store& store, Vault& vault, const std::string& consentId,
                                      const sync::HubEndpoint& endpoint, const MinimizeContext& context = {},
                                      const ShareOptions& options = {});

/// Every row the hub acknowledged under the consent, the latest of each key, in minimize()'s order:
/// what it holds while the consent is active.
Result<std::vector<SharedRow>> sharedRows(Store& store, Vault& vault, const std::string& consentId);

} // namespace balgul::core::mydata
