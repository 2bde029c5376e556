#pragma once

// Clean-up of the blob folder: bytes no live attachment references, once they are older than the
// grace period (an upload comes before the push that references it), and what crashed uploads
// left in `blobs/tmp`. Run at start, every `blob_gc_interval_hours`, and by `balgul-hub blobs gc`.

#include "hub/blobs/blob_store.h"
#include "hub/sync/hub_storage.h"

#include <chrono>
#include <string>

namespace balgul::hub {

struct BlobCollection
{
    int removed = 0;     ///< unreferenced blobs past the grace
    long long bytes = 0; ///< their size
    int leftovers = 0;   ///< files of unfinished uploads

    /// "removed 2 unreferenced blobs (2.0 KiB) and 0 unfinished uploads".
    std::string summary() const;
};

/// Removes the leftovers and the unreferenced blobs older than `grace`, and forgets the removed
/// ones in the store (they no longer count towards their uploader's quota).
BlobCollection collectBlobs(HubStorage& storage, const BlobStore& blobs, std::chrono::seconds grace);

} // namespace balgul::hub
