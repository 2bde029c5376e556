#pragma once

#include "hub/blob_store.h"
#include "hub/hub_storage.h"

#include "core/sync/protocol.h"

#include <cstddef>
#include <cstdint>

namespace balgul::hub {

/// The push and pull rules of sync-protocol.md over any HubStorage: idempotent ops, one seq
/// per change, per-field merge, authorization. Throws StorageError when the storage fails
/// (then nothing of the push was committed).
class SyncService
{
public:
    SyncService(HubStorage& storage, const BlobStore& blobs) : m_storage(storage), m_blobs(blobs) {}

    /// Applies every op in one transaction and answers one result per op, in order.
    core::sync::PushResponse push(const User& user, const core::sync::PushRequest& request);
    /// Changes after `since` (at most `limit`, capped at the protocol's page size).
    core::sync::PullPage pull(const User& user, std::int64_t since, std::size_t limit);

private:
    core::sync::PushResult apply(HubTransaction& tx, const User& user, const std::string& clientId,
                                 const core::sync::Op& op);

    HubStorage& m_storage;
    const BlobStore& m_blobs;
};

} // namespace balgul::hub
