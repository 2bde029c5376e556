#pragma once

// A small NGSI-LD broker for the hub suites (Poco HTTPServer on a loopback port): it records every
// upsert a hub's bridge sends and can refuse chosen entities once with a 207.

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>

#include <QString>

#include <functional>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace balgul::test {

struct Upsert
{
    std::string path;
    std::string contentType;
    std::vector<std::string> ids;
    Poco::JSON::Array::Ptr entities;
};

/// What the broker received, and which entity ids it refuses (once each) with a 207.
struct BrokerState
{
    std::mutex mutex;
    std::vector<Upsert> upserts;
    std::set<std::string> refuseOnce;
    int answers = 0;
    /// Runs once, on the broker's thread, after the next upsert was recorded and before it is
    /// answered: what happens on the hub while its bridge waits for the broker.
    std::function<void()> beforeNextAnswer;

    std::vector<std::string> ids()
    {
        std::lock_guard lock(mutex);
        std::vector<std::string> out;
        for (const auto& u : upserts)
            out.insert(out.end(), u.ids.begin(), u.ids.end());
        return out;
    }
};

class BrokerHandler final : public Poco::Net::HTTPRequestHandler
{
public:
    explicit BrokerHandler(BrokerState& state) : m_state(state) {}

    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) override
    {
        Upsert upsert;
        upsert.path = request.getURI();
        upsert.contentType = request.getContentType();
        Poco::JSON::Parser parser;
        upsert.entities = parser.parse(request.stream()).extract<Poco::JSON::Array::Ptr>();
        std::vector<std::string> refused;
        std::function<void()> hook;
        {
            std::lock_guard lock(m_state.mutex);
            for (std::size_t i = 0; i < upsert.entities->size(); ++i) {
                const std::string id =
                    upsert.entities->getObject(static_cast<unsigned>(i))->getValue<std::string>("id");
                upsert.ids.push_back(id);
                if (m_state.refuseOnce.erase(id))
                    refused.push_back(id);
            }
            m_state.upserts.push_back(upsert);
            ++m_state.answers;
            hook.swap(m_state.beforeNextAnswer);
        }
        if (hook)
            hook();
        if (!refused.empty()) {
            std::string body = R"({"success":[],"errors":[)";
            for (std::size_t i = 0; i < refused.size(); ++i)
                body +=
                    std::string(i ? "," : "") + R"({"entityId":")" + refused[i] +
                    R"(","error":{"type":"https://uri.etsi.org/ngsi-ld/errors/InternalError","title":"busy"}})";
            body += "]}";
            response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(207));
            response.setContentType("application/json");
            response.setContentLength64(static_cast<Poco::Int64>(body.size()));
            response.send() << body;
            return;
        }
        // Brokers answer 201 when they created entities and 204 when they only updated: alternate.
        if (m_state.answers % 2 == 1) {
            response.setStatus(Poco::Net::HTTPResponse::HTTP_CREATED);
            response.setContentLength(0);
        } else {
            response.setStatus(Poco::Net::HTTPResponse::HTTP_NO_CONTENT);
        }
        response.send();
    }

private:
    BrokerState& m_state;
};

class BrokerFactory final : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit BrokerFactory(BrokerState& state) : m_state(state) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        return new BrokerHandler(m_state);
    }

private:
    BrokerState& m_state;
};

class Broker
{
public:
    Broker()
        : m_socket(Poco::Net::SocketAddress("127.0.0.1", 0)),
          m_server(new BrokerFactory(state), m_socket, new Poco::Net::HTTPServerParams)
    {
        m_server.start();
    }
    ~Broker() { m_server.stopAll(true); }

    QString configLine() const
    {
        return QStringLiteral("ngsi_ld_url = http://127.0.0.1:%1").arg(m_socket.address().port());
    }

    BrokerState state;

private:
    Poco::Net::ServerSocket m_socket;
    Poco::Net::HTTPServer m_server;
};

} // namespace balgul::test
