// The login and sync commands of balgul-cli.

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/store/store.h"
#include "core/sync/account.h"
#include "core/sync/credentials.h"
#include "core/sync/protocol.h"
#include "core/sync/sync_engine.h"

#include <charconv>
#include <iostream>

namespace balgul::cli {

namespace {

/// The hub token of a profile lives beside its store, readable by the owner only.
std::string tokenPath(const Args& args)
{
    return core::sync::tokenPathFor(args.storePath);
}

core::Result<std::unique_ptr<core::Store>> openStore(const Args& args)
{
    core::StoreOptions options;
    options.create = true;
    return core::Store::open(args.storePath, options);
}

} // namespace

int runLogin(const Args& args)
{
    const std::string hub = args.option("hub");
    const std::string user = args.option("user");
    if (hub.empty() || user.empty())
        return usage("login needs --hub URL and --user LOGIN");
    if (!args.flag("password-stdin"))
        std::cerr << "password: " << std::flush;
    std::string password;
    std::getline(std::cin, password);
    if (!password.empty() && password.back() == '\r')
        password.pop_back();
    auto store = openStore(args);
    if (!store)
        return failed(store.error());
    if (const std::string invite = args.option("invite"); !invite.empty()) {
        if (auto s = core::sync::SyncEngine::registerAccount(hub, user, password, args.option("display-name"),
                                                             invite, !args.flag("insecure"));
            !s)
            return failed(s.error());
        std::cout << "account " << user << " created on " << hub << "\n";
    }
    auto answer = core::sync::SyncEngine::login(hub, user, password, !args.flag("insecure"));
    if (!answer)
        return failed(answer.error());
    if (auto s = core::sync::writeToken(tokenPath(args), answer->token); !s)
        return failed(s.error());
    if (auto s = core::sync::rememberSignIn(**store, hub, user, *answer); !s)
        return failed(s.error());
    // Signed in, the profile writes under the account's name (the hub sets it from the account too).
    (void)(*store)->setUserName(answer->displayName.empty() ? user : answer->displayName);
    std::cout << "logged in to " << hub << " as " << user << " (" << answer->role << ")\n";
    return kOk;
}

int runSync(const Args& args)
{
    auto store = openStore(args);
    if (!store)
        return failed(store.error());
    std::string hub = args.option("hub");
    if (hub.empty())
        hub = (*store)->syncValue("hub_url");
    if (hub.empty())
        return usage("no hub: run `balgul-cli login --hub URL --user LOGIN` first, or pass --hub URL");
    const std::string token = core::sync::readToken(tokenPath(args));
    if (token.empty())
        return usage("not logged in: run `balgul-cli login --hub " + hub + " --user LOGIN` first");
    core::sync::HubEndpoint endpoint{hub, token, !args.flag("insecure"), 60};
    core::sync::SyncEngine engine(**store, endpoint);
    const std::string batch = args.option("batch");
    if (!batch.empty()) {
        constexpr auto kMax = static_cast<std::int64_t>(core::sync::limits::kMaxOpsPerPush);
        const auto n = wholeNumber(batch, 1, kMax);
        if (!n)
            return usage("--batch takes a number of ops from 1 to " + std::to_string(kMax));
        engine.setBatchLimits(static_cast<std::size_t>(*n), core::sync::limits::kMaxPushBytes);
    }
    auto report = engine.syncOnce();
    if (!report)
        return failed(report.error());
    std::cout << report->summary();
    std::cout << "outbox: " << (*store)->outboxSize() << " ops waiting, " << (*store)->conflicts().size()
              << " conflicts\n";
    return kOk;
}

} // namespace balgul::cli
