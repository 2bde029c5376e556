// Locked, wiped memory for the vault's keys and plaintext (mmap + mlock + MADV_DONTDUMP).

#include "core/mydata/secure_memory.h"

#include <openssl/crypto.h>

#include <new>
#include <utility>

#include <sys/mman.h>
#include <unistd.h>

namespace balgul::core::mydata {

namespace {

std::size_t pageSize()
{
    static const std::size_t size = [] {
        const long page = sysconf(_SC_PAGESIZE);
        return page > 0 ? static_cast<std::size_t>(page) : std::size_t(4096);
    }();
    return size;
}

} // namespace

void wipe(void* bytes, std::size_t size)
{
    if (bytes != nullptr && size > 0)
        OPENSSL_cleanse(bytes, size);
}

SecureBuffer::SecureBuffer(std::size_t size)
{
    if (size == 0)
        return;
    // Whole pages of its own: a lock or an unlock never reaches another object's bytes.
    const std::size_t page = pageSize();
    const std::size_t mapped = (size + page - 1) / page * page;
    void* p = mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        throw std::bad_alloc();
    m_data = static_cast<unsigned char*>(p);
    m_size = size;
    m_mapped = mapped;
    m_locked = mlock(p, mapped) == 0;
#ifdef MADV_DONTDUMP
    madvise(p, mapped, MADV_DONTDUMP);
#endif
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
      m_mapped(std::exchange(other.m_mapped, 0)), m_locked(std::exchange(other.m_locked, false))
{}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_mapped = std::exchange(other.m_mapped, 0);
        m_locked = std::exchange(other.m_locked, false);
    }
    return *this;
}

void SecureBuffer::clear()
{
    if (m_data == nullptr)
        return;
    OPENSSL_cleanse(m_data, m_mapped);
    if (m_locked)
        munlock(m_data, m_mapped);
    munmap(m_data, m_mapped);
    m_data = nullptr;
    m_size = 0;
    m_mapped = 0;
    m_locked = false;
}

} // namespace balgul::core::mydata
