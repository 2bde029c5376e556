#pragma once

#include "hub/blobs/blob_store.h"
#include "hub/sync/hub_storage.h"
#include "hub/voting/voting_changes.h"

#include "core/sync/protocol.h"

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <mutex>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace balgul::hub {

class HistoryMark;

/// A pull whose cursor is past the hub's last seq: the cursor comes from another history (the API
/// answers 409 `cursor_ahead` with the hub's epoch and last seq).
struct CursorAhead
{
    std::string epoch;
    std::int64_t lastSeq = 0;
};

/// The push and pull rules of sync-protocol.md over any HubStorage: idempotent ops, one seq
/// per change, per-field merge, authorization. Throws StorageError when the storage fails
/// (then nothing of the push was committed).
class SyncService
{
public:
    SyncService(HubStorage& storage, const BlobStore& blobs) : m_storage(storage), m_blobs(blobs) {}

    /// Applies every op in one transaction and answers one result per op, in order. Pushes that
    /// arrive while another is committing are applied together in the next transaction (group
    /// commit: one durable write for many clients); each is answered as if it had run alone, in
    /// the order they were taken.
    core::sync::PushResponse push(const User& user, const core::sync::PushRequest& request);
    /// Changes after `since` (at most `limit`, capped at the protocol's page size), with the
    /// number of changes after the page when `count` asks for it. Throws CursorAhead when `since`
    /// is past the last seq.
    core::sync::PullPage pull(const User& user, std::int64_t since, std::size_t limit, bool count = false);
    /// The current epoch and last seq (no list of epochs).
    core::sync::HubHistory head();
    /// Told of every head a pull reads and of every seq a push commits (none when null).
    void setHistoryMark(HistoryMark* mark) { m_mark = mark; }

private:
    struct PendingPush
    {
        const User* user = nullptr;
        const core::sync::PushRequest* request = nullptr;
        /// The invites of this hub that the push's rounds name (read before its transaction, which
        /// then needs no second connection for them).
        std::set<std::string> invites;
        core::sync::PushResponse response;
        std::exception_ptr error;
        std::condition_variable wake; ///< told when it may lead a group, or is answered
        bool taken = false;           ///< in a group being applied
        bool done = false;            ///< answered (committed and marked, or failed)
    };

    /// Runs a group of pushes in one transaction; when that fails, each alone (so one push's
    /// storage failure is not every client's). The history mark is push()'s, after it.
    void runGroup(const std::vector<PendingPush*>& group);
    /// What a push's ops will look up (HubTransaction::prefetch).
    struct Lookups
    {
        std::vector<std::string> opIds;
        std::vector<std::pair<std::string, std::string>> entities;
    };
    static void addLookups(const PendingPush& push, Lookups& lookups);
    /// Applies a push's ops; `prefetched` when its lookups were prefetched already (by its group).
    void applyPush(HubTransaction& tx, PendingPush& push, bool prefetched);
    /// Tells the history mark the highest version a committed group answered.
    void markCommitted(const std::vector<PendingPush*>& group);
    core::sync::PushResult apply(HubTransaction& tx, const User& user, const std::string& clientId,
                                 const core::sync::Op& op, const std::set<std::string>& invites);

    HubStorage& m_storage;
    const BlobStore& m_blobs;
    HistoryMark* m_mark = nullptr;

    /// The rounds ballots were checked against (used by the group being applied).
    RoundCache m_rounds;

    std::mutex m_queueMutex;
    std::vector<PendingPush*> m_queue;
    bool m_committing = false;
};

} // namespace balgul::hub
