#pragma once

// The client side of sync-protocol.md: photos' bytes first, then the outbox in batches, then
// the hub's changes page by page. Safe to kill at any instant and to run again: op ids are
// made at queue time and reused on every retry, an op leaves the outbox only in the
// transaction that records its answer, and a page is applied with its cursor in one
// transaction. No Qt; run it on a worker thread with its own Store.

#include "core/store/store.h"
#include "core/sync/hub_client.h"
#include "core/sync/protocol.h"
#include "core/util/progress.h"
#include "core/util/result.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace balgul::core::sync {

struct SyncReport
{
    int blobsUploaded = 0;
    int blobsPresent = 0; ///< already on the hub (HEAD said so)
    int blobsDownloaded = 0;
    int roundResults = 0; ///< closed rounds' published answers fetched
    int opsPushed = 0;
    int batches = 0;
    int applied = 0;
    int conflicts = 0;
    int rejected = 0;
    int replayed = 0; ///< answers the hub gave before (counted by their status too)
    int changesPulled = 0;
    int pages = 0;
    int deferred = 0;
    bool epochChanged = false;
    int requeued = 0; ///< after a new epoch: ops sent again because the hub may have lost them
    double pushSeconds = 0;
    double pullSeconds = 0; ///< the pull from its first request to its last page written
    /// Of the pull, on the thread that fetches pages: asking for them, reading and decoding the
    /// answers. It runs beside the writing, so the two add up to more than pullSeconds.
    double fetchSeconds = 0;
    double applySeconds = 0; ///< of the pull: writing pages into the store (with their index)

    /// A few lines for people (the CLI prints this).
    std::string summary() const;
};

struct LoginAnswer
{
    std::string token;
    std::string userId;
    std::string role;
    std::string expires;
    std::string displayName; ///< the account's name as others see it ("" when the hub gives none)
};

class SyncEngine
{
public:
    SyncEngine(Store& store, HubEndpoint endpoint);

    /// One full round: upload missing photos, push the outbox, pull until `more` is false,
    /// download photos. Errors: `network`, `unauthorized` and the hub's codes, `cancelled`,
    /// `store_failed`. Whatever finished before an error stays done: a pull cancelled or cut
    /// off keeps every page it wrote, and the next round carries on after the last one.
    ///
    /// `progress` hears "upload", "push", "pull" and "download" with counts that only grow. For
    /// "pull", `done` is the changes written to the store this round and `total` what the hub said
    /// there was when the pull began (grown by changes made meanwhile; -1 when the hub does not
    /// tell), reaching `done` with the last page. Pages are fetched on a thread of their own a
    /// couple of pages ahead of the store writing them.
    Result<SyncReport> syncOnce(Progress* progress = nullptr);

    /// Batch limits (the protocol's maximum by default; tests use smaller ones).
    void setBatchLimits(std::size_t maxOps, std::size_t maxBytes);
    /// Changes asked for per pull page (the protocol's maximum by default; tests use fewer).
    void setPullPageSize(std::size_t changes);
    /// Pulled changes written per transaction at most (100,000 by default; tests use fewer).
    void setPullGroupChanges(std::int64_t changes);

    /// POST /v1/auth/register: creates an account, with an invite code where the hub asks for one
    /// ("" when it is open to everyone). Sign in with login() afterwards.
    static Status registerAccount(const std::string& url, const std::string& login,
                                  const std::string& password, const std::string& displayName,
                                  const std::string& invite, bool verifyPeer);
    /// POST /v1/auth/login.
    static Result<LoginAnswer> login(const std::string& url, const std::string& login,
                                     const std::string& password, bool verifyPeer = true);
    /// POST /v1/auth/logout: the hub revokes `endpoint.token`. A token the hub no longer knows
    /// (401) counts as signed out; errors: `network` and the hub's other codes.
    static Status logout(const HubEndpoint& endpoint);

private:
    /// Asks for the page at the cursor: a new epoch (or a cursor ahead of the hub) starts one.
    Status checkEpoch(SyncReport& report);
    /// The hub's history changed: learns from /v1/info what it still holds of what this store saw
    /// and puts back into the outbox what it may have lost (Store::beginNewEpoch).
    Status startNewEpoch(const std::string& epoch, SyncReport& report);
    /// A 409 `cursor_ahead` answer's body (with the hub's epoch), nullopt for any other answer.
    static std::optional<ApiError> cursorAhead(const HttpAnswer& answer);
    Status uploadBlobs(SyncReport& report, Progress* progress);
    Status push(SyncReport& report, Progress* progress);
    Status pull(SyncReport& report, Progress* progress);
    Status pullPages(SyncReport& report, Progress* progress);
    Status downloadBlobs(SyncReport& report, Progress* progress);
    /// Fetches the published answer of every closed round whose answer this profile lacks
    /// (docs/voting.md "Published results"); a round the hub has not closed yet waits.
    Status fetchRoundResults(SyncReport& report);

    Store& m_store;
    HubClient m_client;
    std::size_t m_maxOps;
    std::size_t m_maxBytes;
    std::size_t m_pullPageSize;
    std::int64_t m_pullGroupChanges;
};

} // namespace balgul::core::sync
