// SIGTERM lets a request in flight finish before the hub exits.

#include "hub_process.h"

#include <QObject>

#include <thread>

using namespace balgul;
using core::sync::OpStatus;

class TestHubShutdown : public QObject
{
    Q_OBJECT

private slots:
    void sigtermFinishesAnInFlightRequest()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        std::string token;
        std::int64_t version = 0;
        {
            test::HubProcess hub(dir.path());
            QVERIFY(hub.start());
            QVERIFY(hub.addUser(QStringLiteral("alice"), QStringLiteral("citizen")));
            token = hub.login("alice");
            QVERIFY(!token.empty());

            const std::string body = core::sync::encode(core::sync::PushRequest{
                "client-a", {test::makeOp("slow", "problem", test::kProblemA, 0, test::problemFields())}});
            Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(hub.port()));
            session.setTimeout(Poco::Timespan(20, 0));
            Poco::Net::HTTPRequest request("POST", "/v1/sync/push", Poco::Net::HTTPMessage::HTTP_1_1);
            request.setContentType("application/json");
            request.setContentLength64(static_cast<Poco::Int64>(body.size()));
            request.set("Authorization", "Bearer " + token);
            std::ostream& out = session.sendRequest(request);
            const std::size_t half = body.size() / 2;
            out.write(body.data(), static_cast<std::streamsize>(half));
            out.flush();
            std::this_thread::sleep_for(std::chrono::milliseconds(300)); // the hub is now reading the body

            hub.process().terminate();
            QVERIFY(!hub.process().waitForFinished(500)); // it waits for the request

            out.write(body.data() + half, static_cast<std::streamsize>(body.size() - half));
            out.flush();
            Poco::Net::HTTPResponse response;
            std::istream& in = session.receiveResponse(response);
            std::ostringstream answer;
            Poco::StreamCopier::copyStream(in, answer);
            QCOMPARE(int(response.getStatus()), 200);
            auto results = core::sync::decodePushResponse(answer.str());
            QVERIFY(results.ok());
            BALGUL_COMPARE_ENUM(results->results.at(0).status, OpStatus::Applied);
            version = results->results[0].version;

            QVERIFY(hub.process().waitForFinished(10000));
            QCOMPARE(hub.process().exitStatus(), QProcess::NormalExit);
            QCOMPARE(hub.process().exitCode(), 0);
            QVERIFY(hub.process().readAllStandardError().contains("POST /v1/sync/push 200"));
        }
        // The acknowledged op is in the store after the restart.
        test::HubProcess again(dir.path());
        QVERIFY(again.start());
        const auto page = again.pull(again.login("alice"));
        QCOMPARE(page.changes.size(), std::size_t(1));
        QCOMPARE(page.changes[0].version, version);
    }
};

QTEST_GUILESS_MAIN(TestHubShutdown)
#include "test_hub_shutdown.moc"
