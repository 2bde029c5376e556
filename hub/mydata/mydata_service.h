#pragma once

// The MyData endpoints (docs/sync-protocol.md "MyData", docs/mydata.md "On the hub"): the hub's
// public signing key, consents registered by their residents, rows shared under them, withdrawal
// with a signed erasure receipt, a consent's status for its owner, and aggregates across residents
// for coordinators (at least k residents a cell, optionally with Laplace noise at a stated epsilon
// charged to the consents behind it). Consents past their expiry are erased by sweep().
//
// Who does what comes from the account behind the token, never from a body: a consent belongs to
// the account that registered it, and another account hears of it only as "no such consent".

#include "hub/http/http_support.h"
#include "hub/hub_config.h"
#include "hub/mydata/mydata_storage.h"
#include "hub/mydata/signing_key.h"
#include "hub/sync/hub_storage.h"

#include <memory>
#include <optional>
#include <string>

namespace balgul::hub::mydata {

class MydataService
{
public:
    /// Takes the hub's signing key from `storage` (making it at the first start). `sync` is where
    /// the `consent` entities the pulls carry are written. Throws StorageError.
    MydataService(std::unique_ptr<MydataStorage> storage, HubStorage& sync, const HubConfig& config);

    static bool isMydataPath(const std::string& path);
    /// Answers one request under /v1/mydata or /v1/hub/key, or throws HttpError. `user` is empty
    /// when the request carries no live token (enough for the key).
    void handle(Exchange& ex, const std::optional<User>& user);

    /// Erases every consent past its expiry (reason "expired") and writes every consent state the
    /// sync store does not hold yet. Run at start and by the housekeeping; failures are logged and
    /// left for the next run.
    void sweep();

    const SigningKey& key() const { return m_key; }

private:
    void publicKey(Exchange& ex);
    void registerConsent(Exchange& ex, const User& user, const std::string& id);
    void share(Exchange& ex, const User& user, const std::string& id);
    void withdraw(Exchange& ex, const User& user, const std::string& id);
    void status(Exchange& ex, const User& user, const std::string& id);
    void aggregates(Exchange& ex, const User& user);

    /// The consent of `user` (404 for anyone else's and for none), erased first when it is past
    /// its expiry by the hub's clock.
    ConsentRecord ownConsent(const User& user, const std::string& id);
    /// Erases a consent under `reason`, then writes its tombstone; the receipt.
    std::optional<Receipt> erase(const std::string& id, ConsentState reason);
    /// Writes the consent's state to the sync store; a failure is logged, and sweep() tries again.
    void publish(const std::string& id);

    std::unique_ptr<MydataStorage> m_storage;
    HubStorage& m_sync;
    std::string m_hubName;
    int m_k;
    SigningKey m_key;
};

} // namespace balgul::hub::mydata
