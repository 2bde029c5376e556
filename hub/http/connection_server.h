#pragma once

// The hub's connections, so that slow or idle clients cannot hold the server (operating-the-hub.md,
// "Connections and timeouts"). One gate thread accepts connections and reads every request head
// with poll(): a connection takes a worker thread only once its head is complete, and only for as
// long as its request runs. Between requests, keep-alive connections go back to the gate.
//
//  - A head must arrive within the header timeout of its first byte (of the accept, for a new
//    connection), else 408; an idle keep-alive connection is closed after the keep-alive timeout.
//  - Each client address may hold a number of connections; past it a new one gets 429.
//  - When every worker is busy and the queue is full, a new request gets 503.
//  - A head that can never be a request (TLS, HTTP/0.9, too long, a broken field) is answered by
//    the gate with the protocol's error and never reaches a worker.
// Answers the gate writes close the connection; it reads what the client still sends for a moment
// first, so the client sees the answer instead of a reset.

#include "hub/http/request_head.h"

#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>

namespace balgul::hub {

struct ConnectionLimits
{
    int workers = 16;       ///< threads that run requests
    int maxQueued = 64;     ///< complete heads waiting for a worker
    int maxPerAddress = 64; ///< open connections of one client address (0: no cap)
    std::chrono::seconds headerTimeout{10};
    std::chrono::seconds keepAliveTimeout{10};
};

class AddressSlots;

/// One client connection, handed between the gate and the workers.
struct Connection
{
    Poco::Net::StreamSocket socket;
    std::string address; ///< the peer's IP address
    std::string head;    ///< the complete head of the request to run
    int requests = 0;    ///< requests answered on this connection so far
    std::shared_ptr<AddressSlots> slots;

    Connection() = default;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection(); ///< gives the address's slot back
};

/// What runs on the connections: the HTTP side, outside the gate.
class ConnectionHandler
{
public:
    virtual ~ConnectionHandler() = default;
    /// Runs the request whose head `connection.head` holds (checked by checkHead()), on a worker
    /// thread. True when the connection stays open for another request.
    virtual bool serve(Connection& connection) = 0;
    /// The whole answer (status line, fields, body) to a request refused before it reached a
    /// worker; `target` is as much of its request target as arrived ("" when none did).
    virtual std::string refusal(const HeadError& error, const std::string& target,
                                const std::string& address) = 0;
};

class ConnectionServer
{
public:
    ConnectionServer(Poco::Net::ServerSocket listener, ConnectionLimits limits, ConnectionHandler& handler);
    ~ConnectionServer();
    ConnectionServer(const ConnectionServer&) = delete;
    ConnectionServer& operator=(const ConnectionServer&) = delete;

    void start();
    /// Closes the listening socket and every idle connection; requests queued or running go on.
    void stopAccepting();
    /// Whether a request is queued or running.
    bool busy() const;
    /// Ends every connection (those still running are shut down) and joins the threads.
    void stop();

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace balgul::hub
