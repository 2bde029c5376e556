#include "hub/sync/history_mark.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>

namespace balgul::hub {

namespace {

struct Mark
{
    std::string epoch;
    std::int64_t lastSeq = 0;
};

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

/// The mark's `epoch = …` and `last_seq = …` lines; nullopt when the file is missing or not one.
std::optional<Mark> readMark(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        return std::nullopt;
    Mark mark;
    bool seq = false;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line.front() == '#')
            continue;
        const auto eq = line.find('=');
        if (eq == std::string::npos)
            return std::nullopt;
        const std::string key = trimmed(line.substr(0, eq));
        const std::string value = trimmed(line.substr(eq + 1));
        if (key == "epoch") {
            mark.epoch = value;
        } else if (key == "last_seq") {
            const auto r = std::from_chars(value.data(), value.data() + value.size(), mark.lastSeq);
            if (r.ec != std::errc() || r.ptr != value.data() + value.size() || mark.lastSeq < 0)
                return std::nullopt;
            seq = true;
        }
    }
    if (mark.epoch.empty() || !seq)
        return std::nullopt;
    return mark;
}

/// Removes the temporary files that earlier versions' writes of the mark left when their process
/// was killed (a minute old: another such process may be writing its own now).
void removeLeftovers(const std::string& path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path mark(path);
    const std::string prefix = mark.filename().string() + ".tmp-";
    const auto old = fs::file_time_type::clock::now() - std::chrono::minutes(1);
    const fs::path folder = mark.parent_path().empty() ? fs::path(".") : mark.parent_path();
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        std::error_code timeError;
        if (name.rfind(prefix, 0) == 0 && it->last_write_time(timeError) < old && !timeError)
            fs::remove(it->path(), timeError);
    }
}

} // namespace

std::string HistoryMark::reconcile(HubStorage& storage)
{
    removeLeftovers(m_path);
    auto history = storage.history();
    std::string note;
    if (const auto mark = readMark(m_path)) {
        const bool known =
            std::any_of(history.epochs.begin(), history.epochs.end(),
                        [&](const core::sync::EpochEntry& e) { return e.epoch == mark->epoch; });
        const bool wentBack = mark->epoch == history.epoch && history.lastSeq < mark->lastSeq;
        if (!known || wentBack) {
            const std::string why =
                wentBack ? "the store's last seq " + std::to_string(history.lastSeq) + " is behind the " +
                               std::to_string(mark->lastSeq) + " this hub saw before"
                         : "the store has never had epoch " + mark->epoch + ", which this hub saw before";
            history = storage.takeNewEpoch(history.epoch);
            note = why + " (restored from a backup?): new epoch " + history.epoch + " from seq " +
                   std::to_string(history.lastSeq);
        }
    }
    std::lock_guard lock(m_mutex);
    if (!write(history.epoch, history.lastSeq))
        throw StorageError("cannot write " + m_path);
    return note;
}

void HistoryMark::advance(const std::string& epoch, std::int64_t lastSeq)
{
    std::lock_guard lock(m_mutex);
    if (epoch == m_epoch && lastSeq <= m_lastSeq)
        return;
    // A mark that cannot be written is only a weaker check at the next start: the request goes on.
    write(epoch, lastSeq);
}

void HistoryMark::advance(std::int64_t lastSeq)
{
    std::lock_guard lock(m_mutex);
    if (m_epoch.empty() || lastSeq <= m_lastSeq)
        return;
    write(m_epoch, lastSeq);
}

HistoryMark::~HistoryMark()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool HistoryMark::write(const std::string& epoch, std::int64_t lastSeq)
{
    // Rewritten in place at one length: no new file and no rename per commit, which on ext4 made
    // each commit's fdatasync wait for a journal commit of the directory's changes. The text stays
    // within one 512-byte sector, which a disk writes whole; a mark that is unreadable after a
    // crash anyway is taken as none at the next start (reconcile()).
    char seq[24];
    std::snprintf(seq, sizeof seq, "%019lld", static_cast<long long>(lastSeq));
    const std::string text =
        "# balgul-hub: how far the store's history went when this hub last saw it. Keep it out of\n"
        "# backups and restores (operating-the-hub.md, \"Back up and restore\").\n"
        "epoch = " +
        epoch + "\nlast_seq = " + seq + '\n';
    if (m_fd < 0) {
        m_fd = ::open(m_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (m_fd < 0)
            return false;
        m_size = -1;
    }
    if (::pwrite(m_fd, text.data(), text.size(), 0) != static_cast<ssize_t>(text.size())) {
        ::close(m_fd);
        m_fd = -1;
        return false;
    }
    const auto size = static_cast<off_t>(text.size());
    if (m_size != size) { // the first write, or an epoch of another length: cut what is past it
        if (::ftruncate(m_fd, size) != 0)
            return false;
        m_size = size;
    }
    m_epoch = epoch;
    m_lastSeq = lastSeq;
    return true;
}

} // namespace balgul::hub
