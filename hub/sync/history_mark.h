#pragma once

// The hub's own note of how far its store's history went, kept in the data folder and not in the
// store. Restoring a backup (a copied hub.sqlite, a pg_restore) brings the store's old last seq
// back but not this file, so at start the hub sees that its store went back and takes a new epoch
// (sync-protocol.md "Epochs and cursors", operating-the-hub.md "Back up and restore").

#include "hub/sync/hub_storage.h"

#include <cstdint>
#include <mutex>
#include <string>

namespace balgul::hub {

class HistoryMark
{
public:
    explicit HistoryMark(std::string path) : m_path(std::move(path)) {}
    ~HistoryMark();
    HistoryMark(const HistoryMark&) = delete;
    HistoryMark& operator=(const HistoryMark&) = delete;

    /// At start: takes a new epoch when the store is behind the mark (its last seq is lower in the
    /// marked epoch, or the marked epoch is not among its epochs: an older backup), then marks the
    /// store's head. Returns a line for the operator when it took a new epoch, "" otherwise. An
    /// unreadable mark is taken as none (the store is marked as it is). Throws StorageError.
    std::string reconcile(HubStorage& storage);
    /// The store's head as a request saw it; the file is written when it moved on.
    void advance(const std::string& epoch, std::int64_t lastSeq);
    /// A seq a push committed, in the epoch last marked.
    void advance(std::int64_t lastSeq);

private:
    /// Rewrites the file in place; false when that failed.
    bool write(const std::string& epoch, std::int64_t lastSeq);

    std::string m_path;
    std::mutex m_mutex;
    std::string m_epoch;
    std::int64_t m_lastSeq = -1;
    int m_fd = -1;         ///< the file, open from the first write on
    long long m_size = -1; ///< its length after the last write (-1: not known)
};

} // namespace balgul::hub
