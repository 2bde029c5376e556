#include "hub/blobs/blob_store.h"

#include "core/util/ids.h"
#include "core/util/text.h"

#include <Poco/SHA2Engine.h>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

namespace balgul::hub {

namespace {

class FileHandle
{
public:
    explicit FileHandle(int fd) : m_fd(fd) {}
    ~FileHandle()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileHandle(const FileHandle&) = delete;
    FileHandle& operator=(const FileHandle&) = delete;
    int get() const { return m_fd; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }

private:
    int m_fd;
};

bool writeAll(int fd, const char* data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

void syncDir(const std::string& dir)
{
    FileHandle fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() >= 0)
        ::fsync(fd.get());
}

} // namespace

BlobStore::BlobStore(std::string dir) : m_dir(std::move(dir))
{
    std::filesystem::create_directories(m_dir + "/tmp");
}

bool BlobStore::isValidName(const std::string& sha256)
{
    return core::isSha256Hex(sha256);
}

std::string BlobStore::path(const std::string& sha256) const
{
    return m_dir + "/" + sha256.substr(0, 2) + "/" + sha256;
}

bool BlobStore::has(const std::string& sha256) const
{
    return size(sha256) >= 0;
}

long long BlobStore::size(const std::string& sha256) const
{
    if (!isValidName(sha256))
        return -1;
    struct stat st
    {};
    if (::stat(path(sha256).c_str(), &st) != 0 || !S_ISREG(st.st_mode))
        return -1;
    return static_cast<long long>(st.st_size);
}

core::Result<bool> BlobStore::put(const std::string& sha256, std::istream& in, std::size_t maxBytes)
{
    if (!isValidName(sha256))
        return core::Error::make("invalid_field", "a blob name is 64 lower-case hex characters", "sha256");
    // The lock on the temporary file tells removeLeftoverUploads() (in this or another process)
    // that the file is being written. A file that lost the race to a clean-up is made again.
    std::string tmp;
    int opened = -1;
    for (int tries = 0; opened < 0; ++tries) {
        tmp = m_dir + "/tmp/" + core::newUuid();
        FileHandle made(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640));
        if (made.get() < 0)
            return core::Error::make("io_error", std::string("cannot write a blob: ") + std::strerror(errno));
        struct stat st
        {};
        if (::flock(made.get(), LOCK_EX | LOCK_NB) == 0 && ::fstat(made.get(), &st) == 0 && st.st_nlink > 0) {
            opened = made.release();
            break;
        }
        if (tries == 3)
            return core::Error::make("io_error",
                                     "cannot write a blob: its temporary file keeps disappearing");
    }
    FileHandle fd(opened);
    const auto fail = [&](core::Error e) -> core::Result<bool> {
        std::remove(tmp.c_str());
        ::close(fd.release());
        return e;
    };

    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    std::vector<char> buffer(64 * 1024);
    std::size_t total = 0;
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        const auto n = static_cast<std::size_t>(in.gcount());
        if (n == 0)
            break;
        total += n;
        if (total > maxBytes)
            return fail(
                core::Error::make("too_large", "a blob has at most " + std::to_string(maxBytes) + " bytes"));
        engine.update(buffer.data(), static_cast<unsigned>(n));
        if (!writeAll(fd.get(), buffer.data(), n))
            return fail(
                core::Error::make("io_error", std::string("cannot write a blob: ") + std::strerror(errno)));
    }
    if (in.bad())
        return fail(core::Error::make("io_error", "the upload broke off"));
    if (Poco::DigestEngine::digestToHex(engine.digest()) != sha256)
        return fail(core::Error::make("hash_mismatch", "the bytes do not hash to the name", "sha256"));
    if (has(sha256)) { // already stored: the same bytes, by their name
        std::remove(tmp.c_str());
        ::close(fd.release());
        touch(sha256);
        return false;
    }
    if (::fsync(fd.get()) != 0)
        return fail(core::Error::make("io_error", "cannot sync a blob"));
    const std::string dir = m_dir + "/" + sha256.substr(0, 2);
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (std::rename(tmp.c_str(), path(sha256).c_str()) != 0)
        return fail(
            core::Error::make("io_error", std::string("cannot store a blob: ") + std::strerror(errno)));
    ::close(fd.release());
    syncDir(dir);
    return true;
}

void BlobStore::touch(const std::string& sha256) const
{
    if (!isValidName(sha256))
        return;
    ::utimensat(AT_FDCWD, path(sha256).c_str(), nullptr, 0);
}

int BlobStore::removeLeftoverUploads() const
{
    int removed = 0;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(m_dir + "/tmp", ec)) {
        std::error_code typeError;
        if (!entry.is_regular_file(typeError))
            continue;
        const std::string file = entry.path().string();
        FileHandle fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
        // Removed while locked, so an upload cannot take the file between the check and the removal.
        if (fd.get() >= 0 && ::flock(fd.get(), LOCK_EX | LOCK_NB) == 0 && ::unlink(file.c_str()) == 0)
            ++removed;
    }
    return removed;
}

BlobStore::Removed BlobStore::removeUnreferenced(const std::set<std::string>& keep,
                                                 std::chrono::seconds grace) const
{
    Removed removed;
    const auto cutoff = std::filesystem::file_time_type::clock::now() - grace;
    std::error_code ec;
    for (const auto& folder : std::filesystem::directory_iterator(m_dir, ec)) {
        const std::string prefix = folder.path().filename().string();
        std::error_code typeError;
        if (prefix.size() != 2 || !folder.is_directory(typeError))
            continue;
        std::error_code listError;
        for (const auto& entry : std::filesystem::directory_iterator(folder.path(), listError)) {
            const std::string name = entry.path().filename().string();
            if (!isValidName(name) || name.compare(0, 2, prefix) != 0 || keep.contains(name))
                continue;
            std::error_code statError;
            const auto written = entry.last_write_time(statError);
            const auto bytes = entry.file_size(statError);
            if (statError || written > cutoff)
                continue;
            if (::unlink(entry.path().c_str()) == 0) {
                removed.names.push_back(name);
                removed.bytes += static_cast<long long>(bytes);
            }
        }
    }
    return removed;
}

} // namespace balgul::hub
