#pragma once

#include "core/util/result.h"

#include <chrono>
#include <cstddef>
#include <istream>
#include <set>
#include <string>
#include <vector>

namespace balgul::hub {

/// Content-addressed attachment bytes on disk: `<dir>/ab/abcdef…` by SHA-256.
/// Writes go to a temporary file that is synced and renamed, so a blob is whole or absent.
/// Several hub processes may share the folder.
class BlobStore
{
public:
    explicit BlobStore(std::string dir);

    /// Names are exactly 64 lower-case hex characters; anything else is never a path.
    static bool isValidName(const std::string& sha256);

    bool has(const std::string& sha256) const;
    /// Size in bytes, or -1 when absent.
    long long size(const std::string& sha256) const;
    std::string path(const std::string& sha256) const;

    /// Reads `in` to its end (at most `maxBytes`), checking the bytes hash to `sha256`.
    /// Returns true when stored now, false when the blob was already there.
    /// Errors: `too_large` (413), `hash_mismatch` (422), `io_error`.
    core::Result<bool> put(const std::string& sha256, std::istream& in, std::size_t maxBytes);

    /// Restarts the grace period of a stored blob (see removeUnreferenced): its file's time
    /// becomes now. Nothing when the blob is absent.
    void touch(const std::string& sha256) const;

    /// Removes what crashed uploads left in `tmp/`: every file there that no upload is writing
    /// (an upload holds a lock on its file while it writes). How many were removed.
    int removeLeftoverUploads() const;

    struct Removed
    {
        std::vector<std::string> names;
        long long bytes = 0;
    };
    /// Removes every stored blob not in `keep` whose file is older than `grace`.
    Removed removeUnreferenced(const std::set<std::string>& keep, std::chrono::seconds grace) const;

private:
    std::string m_dir;
};

} // namespace balgul::hub
