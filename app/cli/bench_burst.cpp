#include "app/cli/bench_burst.h"

#include <Poco/Net/HTTPResponse.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <optional>
#include <sstream>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace balgul::cli {

namespace {

using Clock = std::chrono::steady_clock;

enum class Stage
{
    Connecting,
    Writing,
    Reading,
    Done
};

struct Exchange
{
    int fd = -1;
    Stage stage = Stage::Connecting;
    std::string out; ///< the whole request
    std::size_t written = 0;
    std::string in; ///< what arrived of the answer
    Clock::time_point started;
};

std::string requestBytes(const BurstRequest& r)
{
    std::string out = r.method + " " + r.path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!r.token.empty())
        out += "Authorization: Bearer " + r.token + "\r\n";
    if (!r.body.empty() || r.method == "POST")
        out += "Content-Type: application/json\r\nContent-Length: " + std::to_string(r.body.size()) + "\r\n";
    out += "\r\n";
    out += r.body;
    return out;
}

/// The answer's status and body once `in` holds all of it (by its Content-Length, or the
/// connection's end when `closed`); nothing while more is to come.
std::optional<BurstAnswer> complete(const std::string& in, bool closed)
{
    BurstAnswer a;
    const auto headEnd = in.find("\r\n\r\n");
    if (headEnd == std::string::npos) {
        if (!closed)
            return std::nullopt;
        a.error = in.empty() ? "the connection closed without an answer" : "the answer's head is cut short";
        return a;
    }
    Poco::Net::HTTPResponse head;
    try {
        std::istringstream text(in.substr(0, headEnd + 4));
        head.read(text);
    } catch (const Poco::Exception& e) {
        a.error = "the answer's head: " + e.displayText();
        return a;
    }
    const std::size_t bodyStart = headEnd + 4;
    if (head.hasContentLength()) {
        const auto length = static_cast<std::size_t>(head.getContentLength64());
        if (in.size() < bodyStart + length) {
            if (!closed)
                return std::nullopt;
            a.error = "the answer's body is cut short";
            return a;
        }
        a.body = in.substr(bodyStart, length);
    } else if (!closed) {
        return std::nullopt;
    } else {
        a.body = in.substr(bodyStart);
    }
    a.status = static_cast<int>(head.getStatus());
    return a;
}

/// Room for a socket per request, as far as the hard limit allows.
void raiseOpenFileLimit(std::size_t wanted)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur >= wanted + 64)
        return;
    limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, wanted + 64);
    setrlimit(RLIMIT_NOFILE, &limit);
}

} // namespace

std::vector<BurstAnswer> sendBurst(std::uint16_t port, const std::vector<BurstRequest>& requests,
                                   int timeoutSeconds)
{
    raiseOpenFileLimit(requests.size());
    std::vector<BurstAnswer> answers(requests.size());
    std::vector<Exchange> exchanges(requests.size());
    for (std::size_t i = 0; i < requests.size(); ++i)
        exchanges[i].out = requestBytes(requests[i]);

    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);

    auto finish = [&](std::size_t i, BurstAnswer answer) {
        Exchange& e = exchanges[i];
        answer.ms = std::chrono::duration<double, std::milli>(Clock::now() - e.started).count();
        answers[i] = std::move(answer);
        if (e.fd >= 0)
            ::close(e.fd);
        e.fd = -1;
        e.stage = Stage::Done;
    };
    auto fail = [&](std::size_t i, const std::string& what) {
        BurstAnswer a;
        a.error = what + ": " + std::strerror(errno);
        finish(i, std::move(a));
    };

    // Every connection opened at once; the hub's listening queue takes them.
    for (std::size_t i = 0; i < exchanges.size(); ++i) {
        Exchange& e = exchanges[i];
        e.started = Clock::now();
        e.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (e.fd < 0) {
            fail(i, "socket");
            continue;
        }
        const int one = 1;
        setsockopt(e.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (::connect(e.fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0)
            e.stage = Stage::Writing;
        else if (errno != EINPROGRESS)
            fail(i, "connect");
    }

    const auto deadline = Clock::now() + std::chrono::seconds(timeoutSeconds);
    std::vector<pollfd> fds;
    std::vector<std::size_t> which;
    char buffer[16384];
    for (;;) {
        fds.clear();
        which.clear();
        for (std::size_t i = 0; i < exchanges.size(); ++i) {
            const Exchange& e = exchanges[i];
            if (e.stage == Stage::Done)
                continue;
            fds.push_back({e.fd, static_cast<short>(e.stage == Stage::Reading ? POLLIN : POLLOUT), 0});
            which.push_back(i);
        }
        if (fds.empty())
            break;
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0) {
            for (std::size_t i : which) {
                errno = ETIMEDOUT;
                fail(i, "no answer in time");
            }
            break;
        }
        if (::poll(fds.data(), fds.size(), static_cast<int>(std::min<long long>(left, 1000))) < 0) {
            if (errno == EINTR)
                continue;
            for (std::size_t i : which)
                fail(i, "poll");
            break;
        }
        for (std::size_t k = 0; k < fds.size(); ++k) {
            if (fds[k].revents == 0)
                continue;
            const std::size_t i = which[k];
            Exchange& e = exchanges[i];
            if (e.stage == Stage::Connecting) {
                int error = 0;
                socklen_t size = sizeof error;
                getsockopt(e.fd, SOL_SOCKET, SO_ERROR, &error, &size);
                if (error != 0) {
                    errno = error;
                    fail(i, "connect");
                    continue;
                }
                e.stage = Stage::Writing;
            }
            if (e.stage == Stage::Writing) {
                const ssize_t n =
                    ::send(e.fd, e.out.data() + e.written, e.out.size() - e.written, MSG_NOSIGNAL);
                if (n < 0) {
                    if (errno != EAGAIN && errno != EWOULDBLOCK)
                        fail(i, "send");
                    continue;
                }
                e.written += static_cast<std::size_t>(n);
                if (e.written == e.out.size())
                    e.stage = Stage::Reading;
                continue;
            }
            // Reading: everything that has arrived.
            for (;;) {
                const ssize_t n = ::recv(e.fd, buffer, sizeof buffer, 0);
                if (n > 0) {
                    e.in.append(buffer, static_cast<std::size_t>(n));
                    if (auto answer = complete(e.in, false)) {
                        finish(i, std::move(*answer));
                        break;
                    }
                    continue;
                }
                if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                    break;
                if (n < 0 && errno != ECONNRESET) {
                    fail(i, "recv");
                    break;
                }
                finish(i, *complete(e.in, true));
                break;
            }
        }
    }
    return answers;
}

} // namespace balgul::cli
