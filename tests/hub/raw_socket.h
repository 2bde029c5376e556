#pragma once

// Plain TCP to a real balgul-hub for what an HTTP client library will not send: broken heads,
// TLS bytes, idle and slow connections. POSIX sockets, so a test chooses its source address
// (127.0.0.2 and up are loopback too on Linux) and what it writes byte by byte.

#include <QtGlobal>

#include <chrono>
#include <map>
#include <string>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace balgul::test {

/// An open TCP connection; closed when it goes.
class RawConnection
{
public:
    /// Connects to 127.0.0.1:port from `source` (any port). !isOpen() when that failed.
    RawConnection(int port, const char* source = "127.0.0.1")
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (m_fd < 0)
            return;
        sockaddr_in from{};
        from.sin_family = AF_INET;
        inet_pton(AF_INET, source, &from.sin_addr);
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(static_cast<std::uint16_t>(port));
        inet_pton(AF_INET, "127.0.0.1", &to.sin_addr);
        if (::bind(m_fd, reinterpret_cast<const sockaddr*>(&from), sizeof from) != 0 ||
            ::connect(m_fd, reinterpret_cast<const sockaddr*>(&to), sizeof to) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~RawConnection()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool isOpen() const { return m_fd >= 0; }

    /// Writes what it can of `bytes`; false when the hub closed the connection first.
    bool write(const std::string& bytes)
    {
        std::size_t done = 0;
        while (done < bytes.size()) {
            const auto n = ::send(m_fd, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            done += static_cast<std::size_t>(n);
        }
        return true;
    }

    /// Everything the hub sends until it closes the connection, or until `timeout` without a byte.
    std::string readAll(std::chrono::milliseconds timeout = std::chrono::seconds(30))
    {
        std::string out;
        char buffer[16384];
        for (;;) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, static_cast<int>(timeout.count())) <= 0)
                break;
            const auto n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n <= 0)
                break;
            out.append(buffer, static_cast<std::size_t>(n));
        }
        return out;
    }

    /// Whether the hub has closed (or answered on) this connection: it is readable without waiting.
    bool closedByHub()
    {
        pollfd p{m_fd, POLLIN, 0};
        return ::poll(&p, 1, 0) > 0;
    }

private:
    int m_fd = -1;
};

/// An HTTP answer read off a raw connection.
struct RawReply
{
    int status = 0;
    std::map<std::string, std::string> headers; ///< names in lower case
    std::string body;
};

/// Splits "HTTP/1.1 NNN reason\r\nName: value\r\n…\r\n\r\nbody" (the body as far as Content-Length
/// says, or to the end). status 0 when `bytes` is not an HTTP answer.
inline RawReply parseRawReply(const std::string& bytes)
{
    RawReply reply;
    const auto end = bytes.find("\r\n\r\n");
    if (end == std::string::npos || bytes.rfind("HTTP/1.", 0) != 0 || bytes.size() < 12)
        return reply;
    reply.status = std::atoi(bytes.substr(9, 3).c_str());
    std::size_t at = bytes.find("\r\n") + 2;
    while (at < end) {
        const auto lineEnd = bytes.find("\r\n", at);
        const std::string line = bytes.substr(at, lineEnd - at);
        const auto colon = line.find(':');
        if (colon != std::string::npos) {
            std::string name = line.substr(0, colon);
            for (char& c : name)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            std::string value = line.substr(colon + 1);
            while (!value.empty() && value.front() == ' ')
                value.erase(0, 1);
            reply.headers[name] = value;
        }
        at = lineEnd + 2;
    }
    reply.body = bytes.substr(end + 4);
    if (const auto it = reply.headers.find("content-length"); it != reply.headers.end())
        reply.body.resize(std::min<std::size_t>(reply.body.size(), std::stoul(it->second)));
    return reply;
}

/// Sends `bytes` on a fresh connection and reads the answer until the hub closes it.
inline RawReply rawExchange(int port, const std::string& bytes)
{
    RawConnection connection(port);
    if (!connection.isOpen())
        return {};
    connection.write(bytes); // the hub may answer and close before it has read everything
    return parseRawReply(connection.readAll());
}

} // namespace balgul::test
