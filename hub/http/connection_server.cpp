#include "hub/http/connection_server.h"

#include <Poco/Net/StreamSocketImpl.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace balgul::hub {

using Clock = std::chrono::steady_clock;

namespace {

/// How long the gate keeps reading what a refused client still sends before it closes.
constexpr auto kLingerTime = std::chrono::seconds(2);
constexpr std::size_t kMaxLingerBytes = 1u << 20;
/// Connections closing at once; past this they are closed without lingering.
constexpr std::size_t kMaxLingering = 1024;
/// After accept() ran out of file descriptors, how long before the gate tries again.
constexpr auto kAcceptPause = std::chrono::milliseconds(100);

int socketFd(const Poco::Net::Socket& socket)
{
    return static_cast<int>(socket.impl()->sockfd());
}

HeadError busyError()
{
    return HeadError{503, "busy", "the hub is busy: try again in a moment", {}};
}

HeadError tooManyConnections(int cap)
{
    return HeadError{429,
                     "too_many_connections",
                     "this address holds " + std::to_string(cap) + " connections to the hub already",
                     {}};
}

/// The gate holds a file descriptor per waiting connection: allow as many as the system lets.
void raiseDescriptorLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

/// Open connections per client address.
class AddressSlots
{
public:
    explicit AddressSlots(int cap) : m_cap(cap) {}

    bool take(const std::string& address)
    {
        std::lock_guard lock(m_mutex);
        int& n = m_open[address];
        if (m_cap > 0 && n >= m_cap)
            return false;
        ++n;
        return true;
    }

    void give(const std::string& address)
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_open.find(address);
        if (it != m_open.end() && --it->second <= 0)
            m_open.erase(it);
    }

    int cap() const { return m_cap; }

private:
    const int m_cap;
    std::mutex m_mutex;
    std::map<std::string, int> m_open;
};

Connection::~Connection()
{
    if (slots)
        slots->give(address);
}

class ConnectionServer::Impl
{
public:
    Impl(Poco::Net::ServerSocket listener, ConnectionLimits limits, ConnectionHandler& handler)
        : m_listener(std::move(listener)), m_limits(limits), m_handler(handler),
          m_slots(std::make_shared<AddressSlots>(limits.maxPerAddress))
    {
        int fds[2];
        if (pipe2(fds, O_NONBLOCK | O_CLOEXEC) != 0)
            throw Poco::IOException("cannot make the gate's wake-up pipe");
        m_wakeRead = fds[0];
        m_wakeWrite = fds[1];
        m_listener.setBlocking(false);
    }

    ~Impl()
    {
        stop();
        close(m_wakeRead);
        close(m_wakeWrite);
    }

    void start()
    {
        raiseDescriptorLimit();
        m_gate = std::thread([this] { runGate(); });
        for (int i = 0; i < std::max(1, m_limits.workers); ++i)
            m_workers.emplace_back([this] { runWorker(); });
    }

    void stopAccepting()
    {
        {
            std::lock_guard lock(m_mutex);
            m_accepting = false;
        }
        wake();
    }

    bool busy() const
    {
        std::lock_guard lock(m_mutex);
        return !m_queue.empty() || m_running > 0;
    }

    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopped)
                return;
            m_stopped = true;
            m_accepting = false;
            for (Connection* c : m_active) {
                try {
                    c->socket.shutdown();
                } catch (...) {
                    // already closed by the peer
                }
            }
        }
        m_workAvailable.notify_all();
        wake();
        for (auto& worker : m_workers)
            if (worker.joinable())
                worker.join();
        if (m_gate.joinable())
            m_gate.join();
        std::lock_guard lock(m_mutex);
        m_queue.clear();
        m_returned.clear();
        m_closing.clear();
    }

private:
    enum class State
    {
        Idle,    ///< keep-alive, waiting for the next request's first byte
        Head,    ///< reading a head
        Closing, ///< answered; reading what still comes until the peer closes
    };

    struct Waiting
    {
        std::unique_ptr<Connection> connection;
        State state = State::Head;
        Clock::time_point deadline;
        std::size_t drained = 0;
    };

    void wake()
    {
        const char byte = 1;
        [[maybe_unused]] const auto n = write(m_wakeWrite, &byte, 1);
    }

    // The gate -------------------------------------------------------------------------------

    void runGate()
    {
        std::vector<pollfd> fds;
        bool listening = true;
        Clock::time_point acceptPausedUntil{};
        for (;;) {
            bool accepting = true;
            {
                std::lock_guard lock(m_mutex);
                if (m_stopped)
                    break;
                accepting = m_accepting;
                const auto now = Clock::now();
                for (auto& c : m_returned)
                    m_waiting.push_back({std::move(c), State::Idle, now + m_limits.keepAliveTimeout, 0});
                m_returned.clear();
                for (auto& c : m_closing)
                    startClosing(std::move(c));
                m_closing.clear();
            }
            for (auto& w : m_added)
                m_waiting.push_back(std::move(w));
            m_added.clear();
            if (!accepting && listening) {
                listening = false;
                m_listener.close();
                std::erase_if(m_waiting, [](const Waiting& w) { return w.state != State::Closing; });
            }

            const auto now = Clock::now();
            fds.clear();
            fds.push_back({m_wakeRead, POLLIN, 0});
            const bool pollListener = listening && now >= acceptPausedUntil;
            if (pollListener)
                fds.push_back({socketFd(m_listener), POLLIN, 0});
            const std::size_t firstWaiting = fds.size();
            auto nearest = now + std::chrono::seconds(1);
            for (const auto& w : m_waiting) {
                fds.push_back({socketFd(w.connection->socket), POLLIN, 0});
                nearest = std::min(nearest, w.deadline);
            }
            if (listening && !pollListener)
                nearest = std::min(nearest, acceptPausedUntil);
            const auto waitMs = std::chrono::duration_cast<std::chrono::milliseconds>(nearest - now).count();
            const int ready =
                poll(fds.data(), fds.size(), static_cast<int>(std::clamp<long long>(waitMs + 1, 0, 1000)));
            if (ready < 0 && errno != EINTR)
                break;

            if (fds[0].revents & POLLIN) {
                char sink[256];
                while (read(m_wakeRead, sink, sizeof sink) > 0) {
                }
            }
            const std::size_t polled = fds.size() - firstWaiting;
            for (std::size_t i = 0; i < polled; ++i)
                if (fds[firstWaiting + i].revents != 0)
                    onReadable(m_waiting[i]);
            if (pollListener && (fds[1].revents & POLLIN))
                if (!acceptAll())
                    acceptPausedUntil = Clock::now() + kAcceptPause;

            const auto after = Clock::now();
            for (auto& w : m_waiting)
                if (w.connection && after >= w.deadline)
                    onDeadline(w);
            std::erase_if(m_waiting, [](const Waiting& w) { return !w.connection; });
            for (auto& w : m_added)
                m_waiting.push_back(std::move(w));
            m_added.clear();
        }
        m_waiting.clear();
        m_added.clear();
    }

    /// Takes every waiting connection; false when the process ran out of file descriptors.
    bool acceptAll()
    {
        for (;;) {
            const int fd = accept4(socketFd(m_listener), nullptr, nullptr, SOCK_CLOEXEC);
            if (fd < 0) {
                if (errno == EINTR || errno == ECONNABORTED)
                    continue;
                return errno != EMFILE && errno != ENFILE && errno != ENOBUFS && errno != ENOMEM;
            }
            auto c = std::make_unique<Connection>();
            try {
                c->socket = Poco::Net::StreamSocket(new Poco::Net::StreamSocketImpl(fd));
                c->socket.setBlocking(false);
                c->socket.setNoDelay(true);
                c->address = c->socket.peerAddress().host().toString();
            } catch (const Poco::Exception&) {
                continue; // the peer is gone already
            }
            if (!m_slots->take(c->address)) {
                refuse(std::move(c), tooManyConnections(m_slots->cap()), {});
                continue;
            }
            c->slots = m_slots;
            m_added.push_back({std::move(c), State::Head, Clock::now() + m_limits.headerTimeout, 0});
        }
    }

    void onReadable(Waiting& w)
    {
        if (!w.connection)
            return;
        if (w.state == State::Closing)
            return drain(w);
        Connection& c = *w.connection;
        const int fd = socketFd(c.socket);
        char buffer[16 * 1024];
        const std::size_t room =
            head_limits::kMaxHeadBytes + 1 - std::min(c.head.size(), head_limits::kMaxHeadBytes);
        const auto peeked = recv(fd, buffer, std::min(sizeof buffer, room), MSG_PEEK);
        if (peeked == 0 || (peeked < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
            w.connection.reset(); // the client went away
            return;
        }
        if (peeked < 0)
            return;
        const std::size_t before = c.head.size();
        c.head.append(buffer, static_cast<std::size_t>(peeked));
        const std::size_t end = headEnd(c.head);
        const std::size_t take = end == std::string::npos ? static_cast<std::size_t>(peeked) : end - before;
        c.head.resize(before + take);
        // Only the head's own bytes are taken off the socket; the body stays for the worker.
        if (recv(fd, buffer, take, 0) != static_cast<ssize_t>(take)) {
            w.connection.reset();
            return;
        }
        if (w.state == State::Idle) {
            w.state = State::Head;
            w.deadline = Clock::now() + m_limits.headerTimeout;
        }
        if (end != std::string::npos) {
            if (auto error = checkHead(c.head))
                return refuse(w, *error);
            return dispatch(std::move(w.connection));
        }
        if (auto error = checkPartialHead(c.head))
            refuse(w, *error);
    }

    void onDeadline(Waiting& w)
    {
        if (w.state == State::Head)
            return refuse(w, HeadError{408,
                                       "request_timeout",
                                       "the request head did not arrive within " +
                                           std::to_string(m_limits.headerTimeout.count()) + " seconds",
                                       {}});
        w.connection.reset(); // an idle keep-alive connection, or done lingering
    }

    void refuse(Waiting& w, const HeadError& error)
    {
        auto c = std::move(w.connection);
        refuse(std::move(c), error, headTarget(c ? c->head : std::string()));
    }

    /// Writes the refusal without waiting (it is small: it fits the socket's buffer) and lingers.
    void refuse(std::unique_ptr<Connection> c, const HeadError& error, const std::string& target)
    {
        const std::string answer = m_handler.refusal(error, target, c->address);
        [[maybe_unused]] const auto n = send(socketFd(c->socket), answer.data(), answer.size(), MSG_NOSIGNAL);
        startClosing(std::move(c));
    }

    void startClosing(std::unique_ptr<Connection> c)
    {
        std::size_t lingering = 0;
        for (const auto* list : {&m_waiting, &m_added})
            for (const auto& w : *list)
                lingering += w.state == State::Closing && w.connection ? 1 : 0;
        if (lingering >= kMaxLingering)
            return; // closed now
        try {
            c->socket.setBlocking(false);
            c->socket.shutdownSend();
        } catch (const Poco::Exception&) {
            return;
        }
        m_added.push_back({std::move(c), State::Closing, Clock::now() + kLingerTime, 0});
    }

    void drain(Waiting& w)
    {
        char buffer[16 * 1024];
        const auto n = recv(socketFd(w.connection->socket), buffer, sizeof buffer, 0);
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
            return;
        w.drained += n > 0 ? static_cast<std::size_t>(n) : 0;
        if (n <= 0 || w.drained > kMaxLingerBytes)
            w.connection.reset();
    }

    void dispatch(std::unique_ptr<Connection> c)
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_queue.size() < static_cast<std::size_t>(std::max(1, m_limits.maxQueued))) {
                m_queue.push_back(std::move(c));
                m_workAvailable.notify_one();
                return;
            }
        }
        refuse(std::move(c), busyError(), {});
    }

    // The workers ----------------------------------------------------------------------------

    void runWorker()
    {
        for (;;) {
            std::unique_ptr<Connection> c;
            {
                std::unique_lock lock(m_mutex);
                m_workAvailable.wait(lock, [this] { return m_stopped || !m_queue.empty(); });
                if (m_stopped)
                    return;
                c = std::move(m_queue.front());
                m_queue.pop_front();
                ++m_running;
                m_active.insert(c.get());
            }
            bool keepAlive = false;
            try {
                c->socket.setBlocking(true);
                keepAlive = m_handler.serve(*c);
                ++c->requests;
            } catch (...) {
                keepAlive = false; // the handler answers what it can; the connection just ends
            }
            {
                std::lock_guard lock(m_mutex);
                --m_running;
                m_active.erase(c.get());
                if (!m_stopped && m_accepting) {
                    c->head.clear();
                    if (keepAlive)
                        m_returned.push_back(std::move(c));
                    else
                        m_closing.push_back(std::move(c));
                }
            }
            wake();
        }
    }

    Poco::Net::ServerSocket m_listener;
    const ConnectionLimits m_limits;
    ConnectionHandler& m_handler;
    std::shared_ptr<AddressSlots> m_slots;
    int m_wakeRead = -1;
    int m_wakeWrite = -1;

    std::vector<Waiting> m_waiting; ///< the gate thread's alone, as is:
    std::vector<Waiting> m_added;   ///< joins m_waiting after a round (which holds references into it)

    mutable std::mutex m_mutex; ///< guards what follows
    std::condition_variable m_workAvailable;
    std::deque<std::unique_ptr<Connection>> m_queue;     ///< complete heads for the workers
    std::vector<std::unique_ptr<Connection>> m_returned; ///< kept alive, back to the gate
    std::vector<std::unique_ptr<Connection>> m_closing;  ///< to close after lingering
    std::set<Connection*> m_active;                      ///< running on a worker
    int m_running = 0;
    bool m_accepting = true;
    bool m_stopped = false;

    std::thread m_gate;
    std::vector<std::thread> m_workers;
};

ConnectionServer::ConnectionServer(Poco::Net::ServerSocket listener, ConnectionLimits limits,
                                   ConnectionHandler& handler)
    : m_impl(std::make_unique<Impl>(std::move(listener), limits, handler))
{}

ConnectionServer::~ConnectionServer() = default;

void ConnectionServer::start()
{
    m_impl->start();
}

void ConnectionServer::stopAccepting()
{
    m_impl->stopAccepting();
}

bool ConnectionServer::busy() const
{
    return m_impl->busy();
}

void ConnectionServer::stop()
{
    m_impl->stop();
}

} // namespace balgul::hub
