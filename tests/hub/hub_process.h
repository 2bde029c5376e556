#pragma once

// A real balgul-hub process for the hub suites: started on port 0 in a temporary folder,
// spoken to over HTTP with Poco's client, stopped with SIGTERM.
//
// With BALGUL_TEST_DB=postgresql://USER@HOST:PORT[/DATABASE] in the environment
// (scripts/with-postgres.sh sets it), every hub keeps its data in PostgreSQL instead: in a schema
// of its own in that database (default `postgres`), named after its data folder so a restarted hub
// finds its data again, made when needed with psql and put first on the hub's search_path. A
// schema costs a few files where a database costs hundreds, which keeps the suites fast.

#include "core/store/database.h"
#include "core/sync/protocol.h"
#include "protocol_printers.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

#include <map>
#include <sstream>
#include <string>

namespace balgul::test {

inline QString hubBinary()
{
    return QStringLiteral(BALGUL_HUB_BIN);
}

/// The PostgreSQL database the hub suites run against (BALGUL_TEST_DB), "" for SQLite.
inline QString testDatabaseUrl()
{
    QString url = qEnvironmentVariable("BALGUL_TEST_DB");
    if (url.isEmpty())
        return url;
    if (const qsizetype query = url.indexOf(QLatin1Char('?')); query >= 0)
        url.truncate(query);
    const qsizetype scheme = url.indexOf(QStringLiteral("://"));
    if (scheme >= 0 && url.indexOf(QLatin1Char('/'), scheme + 3) < 0)
        url += QStringLiteral("/postgres");
    return url;
}

/// Runs SQL through psql on `databaseUrl`; the first column of the first row ("" when none).
inline std::string psqlQuery(const QString& databaseUrl, const QByteArray& sql, bool* ok = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"), QStringLiteral("-v"),
             QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), databaseUrl});
    p.write(sql);
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(30000);
    const bool good = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!good)
        qWarning() << "psql failed:" << sql << p.readAllStandardError();
    if (ok)
        *ok = good;
    const QByteArray out = p.readAllStandardOutput();
    return out.left(out.indexOf('\n') < 0 ? out.size() : out.indexOf('\n')).toStdString();
}

struct HttpReply
{
    int status = 0;
    std::string body;
    std::map<std::string, std::string> headers;

    /// The protocol error code of an error body ("" when the body is not one).
    std::string errorCode() const
    {
        auto e = core::sync::decodeApiError(body);
        return e ? e->code : std::string();
    }
    bool isJsonError() const { return core::sync::decodeApiError(body).ok(); }
};

class HubProcess
{
public:
    /// `configLines` go into the hub's config file; fast password hashing is added for tests.
    explicit HubProcess(const QString& dataDir, QStringList configLines = {})
        : m_dataDir(dataDir), m_configPath(dataDir + QStringLiteral("/hub.conf"))
    {
        configLines.prepend(QStringLiteral("password_iterations = 1000"));
        QFile file(m_configPath);
        if (file.open(QIODevice::WriteOnly))
            file.write(configLines.join(QLatin1Char('\n')).toUtf8() + "\n");
        if (const QString database = testDatabaseUrl(); !database.isEmpty()) {
            const QByteArray schema =
                "hub_" +
                QCryptographicHash::hash(dataDir.toUtf8(), QCryptographicHash::Sha1).toHex().left(20);
            psqlQuery(database, "CREATE SCHEMA IF NOT EXISTS " + schema + ";\n");
            m_database = database + QStringLiteral("?options=-csearch_path%3D") + QString::fromLatin1(schema);
        }
    }
    ~HubProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    const QString& dataDir() const { return m_dataDir; }
    std::string storePath() const { return (m_dataDir + QStringLiteral("/hub.sqlite")).toStdString(); }
    /// This hub's PostgreSQL URL (its schema first on the search_path), "" when it uses SQLite.
    const QString& database() const { return m_database; }

    /// Runs one SQL statement directly on the hub's store (SQLite or PostgreSQL): the first column
    /// of the first row, "" when there is none. Only for checking what the store holds.
    std::string storeQuery(const std::string& sql)
    {
        if (!m_database.isEmpty())
            return psqlQuery(m_database, QByteArray::fromStdString(sql + ";\n"));
        core::Database db;
        db.open(storePath(), false);
        auto st = db.prepare(sql);
        return st.step() ? st.text(0) : std::string();
    }

    /// Every row of a query on the hub's store (SQLite or PostgreSQL), each value as text.
    std::vector<std::vector<std::string>> storeRows(const std::string& sql)
    {
        std::vector<std::vector<std::string>> rows;
        if (!m_database.isEmpty()) {
            QProcess p;
            // Unit and record separators: values may hold newlines (JSON text).
            p.start(QStringLiteral("psql"),
                    {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"), QStringLiteral("-F"),
                     QStringLiteral("\x1f"), QStringLiteral("-R"), QStringLiteral("\x1e"),
                     QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"),
                     m_database});
            p.write(QByteArray::fromStdString(sql + ";\n"));
            p.closeWriteChannel();
            p.waitForFinished(30000);
            QByteArray out = p.readAllStandardOutput();
            if (out.endsWith('\n'))
                out.chop(1);
            for (const QByteArray& record : out.split('\x1e')) {
                if (record.isEmpty())
                    continue;
                std::vector<std::string> row;
                for (const QByteArray& value : record.split('\x1f'))
                    row.push_back(value.toStdString());
                rows.push_back(std::move(row));
            }
            return rows;
        }
        core::Database db;
        db.open(storePath(), false);
        auto st = db.prepare(sql);
        const int columns = sqlite3_column_count(st.handle());
        while (st.step()) {
            std::vector<std::string> row;
            for (int c = 0; c < columns; ++c)
                row.push_back(st.text(c));
            rows.push_back(std::move(row));
        }
        return rows;
    }

    QProcess& process() { return m_process; }
    int port() const { return m_port; }

    bool start()
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        QStringList args{QStringLiteral("serve"), QStringLiteral("--config"), m_configPath};
        args << QStringLiteral("--data-dir") << m_dataDir << QStringLiteral("--port") << QStringLiteral("0");
        if (!m_database.isEmpty())
            args << QStringLiteral("--db") << m_database;
        m_process.start(hubBinary(), args);
        if (!m_process.waitForStarted(10000))
            return false;
        QByteArray out;
        for (int i = 0; i < 200 && !out.contains('\n'); ++i) {
            m_process.waitForReadyRead(100);
            out += m_process.readAllStandardOutput();
            if (m_process.state() == QProcess::NotRunning)
                break;
        }
        const QByteArray prefix = "listening on 127.0.0.1:";
        if (!out.startsWith(prefix)) {
            qWarning() << "hub did not start:" << out << m_process.readAllStandardError();
            return false;
        }
        m_port = out.mid(prefix.size()).trimmed().toInt();
        return m_port > 0;
    }

    /// SIGTERM, then the exit code (-1 when it did not stop in time).
    int stop(int timeoutMs = 15000)
    {
        m_process.terminate();
        if (!m_process.waitForFinished(timeoutMs))
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    /// Runs `balgul-hub user …` against this hub's store; returns the exit code.
    int userCommand(const QStringList& args, const QByteArray& stdinData = {}, QByteArray* output = nullptr,
                    bool fastHash = true)
    {
        return adminCommand(QStringLiteral("user"), args, stdinData, output, fastHash);
    }

    /// Runs `balgul-hub COMMAND …` (user, invite) against this hub's store; returns the exit code.
    int adminCommand(const QString& command, const QStringList& args, const QByteArray& stdinData = {},
                     QByteArray* output = nullptr, bool fastHash = true)
    {
        QProcess p;
        QStringList all = {command};
        all << args << QStringLiteral("--data-dir") << m_dataDir;
        if (!m_database.isEmpty())
            all << QStringLiteral("--db") << m_database;
        if (fastHash)
            all << QStringLiteral("--config") << m_configPath;
        p.start(hubBinary(), all);
        p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return -1;
        if (output)
            *output = p.readAllStandardOutput();
        return p.exitCode();
    }

    bool addUser(const QString& login, const QString& role, const QByteArray& password = "correct horse")
    {
        return userCommand({QStringLiteral("add"), login, QStringLiteral("--role"), role,
                            QStringLiteral("--password-stdin")},
                           password + "\n") == 0;
    }

    HttpReply request(const std::string& method, const std::string& path, const std::string& body = {},
                      const std::map<std::string, std::string>& headers = {})
    {
        HttpReply reply;
        try {
            Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(m_port));
            session.setTimeout(Poco::Timespan(30, 0));
            Poco::Net::HTTPRequest req(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
            for (const auto& [name, value] : headers)
                req.set(name, value);
            if (!body.empty() || method == "POST" || method == "PUT") {
                if (!req.has("Content-Type"))
                    req.setContentType("application/json");
                req.setContentLength64(static_cast<Poco::Int64>(body.size()));
            }
            session.sendRequest(req).write(body.data(), static_cast<std::streamsize>(body.size()));
            Poco::Net::HTTPResponse res;
            std::istream& in = session.receiveResponse(res);
            reply.status = res.getStatus();
            for (const auto& [name, value] : res)
                reply.headers[name] = value;
            if (method != "HEAD") {
                std::ostringstream out;
                Poco::StreamCopier::copyStream(in, out);
                reply.body = out.str();
            }
        } catch (const Poco::Exception& e) {
            qWarning() << "HTTP failed:" << e.displayText().c_str();
        }
        return reply;
    }

    HttpReply authed(const std::string& token, const std::string& method, const std::string& path,
                     const std::string& body = {}, std::map<std::string, std::string> headers = {})
    {
        headers["Authorization"] = "Bearer " + token;
        return request(method, path, body, headers);
    }

    /// Logs in and returns the token ("" on failure).
    std::string login(const std::string& loginName, const std::string& password = "correct horse")
    {
        const auto reply = request("POST", "/v1/auth/login",
                                   R"({"login":")" + loginName + R"(","password":")" + password + R"("})");
        auto o = core::sync::parseObject(reply.body);
        if (reply.status != 200 || !o || !(*o)->has("token"))
            return {};
        return (*o)->getValue<std::string>("token");
    }

    core::sync::PullPage pull(const std::string& token, std::int64_t since = 0)
    {
        const auto reply = authed(token, "GET", "/v1/sync/pull?since=" + std::to_string(since));
        auto page = core::sync::decodePullPage(reply.body);
        return page ? *page : core::sync::PullPage{};
    }

    /// Pushes ops and returns the decoded results (empty on an HTTP error).
    std::vector<core::sync::PushResult> push(const std::string& token, const std::vector<core::sync::Op>& ops,
                                             const std::string& clientId = "client-a", int* status = nullptr)
    {
        const auto reply = authed(token, "POST", "/v1/sync/push",
                                  core::sync::encode(core::sync::PushRequest{clientId, ops}));
        if (status)
            *status = reply.status;
        auto decoded = core::sync::decodePushResponse(reply.body);
        return decoded ? decoded->results : std::vector<core::sync::PushResult>{};
    }

private:
    QString m_dataDir;
    QString m_configPath;
    QString m_database;
    QProcess m_process;
    int m_port = 0;
};

/// An op with fields from a JSON text.
inline core::sync::Op makeOp(const std::string& opId, const std::string& entity, const std::string& id,
                             std::int64_t baseVersion, const std::string& fieldsJson,
                             core::sync::OpKind kind = core::sync::OpKind::Upsert)
{
    core::sync::Op op;
    op.opId = opId;
    op.kind = kind;
    op.entity = entity;
    op.id = id;
    op.baseVersion = baseVersion;
    op.clientTime = "2026-11-26T09:12:03Z";
    auto fields = core::sync::parseObject(fieldsJson);
    op.fields = fields ? *fields : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    return op;
}

inline constexpr const char* kProblemA = "6f1c2b1e-1d2a-4c3b-9a8b-0123456789ab";
inline constexpr const char* kProblemB = "7a2d3c2f-2e3b-4d4c-8b9c-1234567890bc";

inline std::string problemFields(const std::string& title = "Dust on the school road")
{
    return R"({"title":")" + title + R"(","category":"air","lat":36.35,"lon":127.38,"status":"new"})";
}

} // namespace balgul::test

#define BALGUL_START_HUB(var, dir, ...)                                                                      \
    QTemporaryDir dir;                                                                                       \
    QVERIFY(dir.isValid());                                                                                  \
    balgul::test::HubProcess var(dir.path() __VA_OPT__(, ) __VA_ARGS__);                                     \
    QVERIFY2(var.start(), "balgul-hub did not start");
