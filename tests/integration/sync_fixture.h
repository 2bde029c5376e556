#pragma once

// Shared by the integration suites: a real hub (tests/hub/hub_process.h), client stores in
// temporary folders, balgul-cli as a child process, and the hub's canonical dump.

#include "../hub/hub_process.h"

#include "core/store/database.h"
#include "core/store/store.h"
#include "core/sync/sync_dump.h"
#include "core/sync/sync_engine.h"

#include <QProcess>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace balgul::test {

inline QString cliBinary()
{
    return QStringLiteral(BALGUL_TEST_BIN_DIR "/balgul-cli");
}

inline std::string hubUrl(const HubProcess& hub)
{
    return "http://127.0.0.1:" + std::to_string(hub.port());
}

/// Every live entity the hub holds, in the format of core::sync::canonicalDump.
inline std::string hubDump(HubProcess& hub)
{
    std::vector<std::string> lines;
    for (const auto& row : hub.storeRows("SELECT entity, id, fields FROM entities WHERE NOT deleted")) {
        auto fields = core::sync::parseObject(row.at(2));
        if (fields)
            lines.push_back(core::sync::canonicalLine(row.at(0), *fields, row.at(1)));
    }
    std::sort(lines.begin(), lines.end());
    std::string out;
    for (const auto& l : lines)
        out += l + '\n';
    return out;
}

/// A single number from a query on the hub's store.
inline std::int64_t hubCount(HubProcess& hub, const std::string& sql)
{
    const std::string value = hub.storeQuery(sql);
    return value.empty() ? -1 : std::stoll(value);
}

/// A client: its store plus the token and hub user id of its login.
struct Client
{
    std::unique_ptr<core::Store> store;
    std::string token;

    core::Result<core::sync::SyncReport> sync(const std::string& url)
    {
        core::sync::SyncEngine engine(*store, core::sync::HubEndpoint{url, token, true, 30});
        return engine.syncOnce();
    }
};

/// Opens a store at `path` for `login` and logs it in to the hub (in process).
inline bool makeClient(Client& client, const std::string& path, const std::string& login, HubProcess& hub)
{
    core::StoreOptions options;
    options.userName = login;
    auto store = core::Store::open(path, options);
    if (!store)
        return false;
    client.store = std::move(*store);
    auto answer = core::sync::SyncEngine::login(hubUrl(hub), login, "correct horse");
    if (!answer) {
        qWarning() << "login failed:" << answer.error().toString().c_str();
        return false;
    }
    client.token = answer->token;
    return client.store->setSyncValue("hub_user_id", answer->userId).ok() &&
           client.store->setSyncValue("hub_url", hubUrl(hub)).ok();
}

/// Runs balgul-cli to the end; returns the exit code (-1 when it did not finish in time).
inline int runCli(const QStringList& args, const QByteArray& input = {}, QByteArray* output = nullptr,
                  int timeoutMs = 120000)
{
    QProcess p;
    p.start(cliBinary(), args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (output)
        *output = p.readAllStandardOutput() + p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace balgul::test
