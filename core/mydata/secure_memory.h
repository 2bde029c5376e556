#pragma once

// Memory for keys and decrypted plaintext: its own pages, locked in RAM (never written to swap)
// where the system allows it, left out of core dumps, and wiped before it is given back.

#include <cstddef>
#include <string_view>

namespace balgul::core::mydata {

/// A fixed-size buffer in locked memory, wiped with OPENSSL_cleanse when it is destroyed or
/// cleared. Not copyable (a copy would be one more place to wipe); movable.
///
/// When the system refuses to lock the pages (RLIMIT_MEMLOCK, `ulimit -l`), the buffer still works
/// and still wipes; locked() says so, for the caller to report.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    /// `size` bytes, zeroed. Throws std::bad_alloc when no memory can be mapped.
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;
    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    /// The bytes, valid while the buffer lives.
    std::string_view view() const { return {reinterpret_cast<const char*>(m_data), m_size}; }
    /// True when the pages are locked in RAM (always true for an empty buffer).
    bool locked() const { return m_locked || m_data == nullptr; }

    /// Wipes and frees the bytes now; the buffer is empty afterwards.
    void clear();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_mapped = 0; ///< whole pages
    bool m_locked = false;
};

/// Overwrites bytes that held a secret (a passphrase, an encoded plaintext) with OPENSSL_cleanse,
/// which the compiler may not leave out.
void wipe(void* bytes, std::size_t size);

} // namespace balgul::core::mydata
