#include "hub/blobs/blob_collector.h"

#include <cstdio>
#include <set>

namespace balgul::hub {

std::string BlobCollection::summary() const
{
    char size[32];
    if (bytes >= 1024 * 1024)
        std::snprintf(size, sizeof size, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    else
        std::snprintf(size, sizeof size, "%.1f KiB", static_cast<double>(bytes) / 1024.0);
    return "removed " + std::to_string(removed) +
           (removed == 1 ? " unreferenced blob (" : " unreferenced blobs (") + size + ") and " +
           std::to_string(leftovers) + (leftovers == 1 ? " unfinished upload" : " unfinished uploads");
}

BlobCollection collectBlobs(HubStorage& storage, const BlobStore& blobs, std::chrono::seconds grace)
{
    BlobCollection done;
    done.leftovers = blobs.removeLeftoverUploads();
    const auto referenced = storage.referencedBlobs();
    const std::set<std::string> keep(referenced.begin(), referenced.end());
    const auto removed = blobs.removeUnreferenced(keep, grace);
    storage.forgetBlobs(removed.names);
    done.removed = static_cast<int>(removed.names.size());
    done.bytes = removed.bytes;
    return done;
}

} // namespace balgul::hub
