#pragma once

// What the two halves of `balgul-cli mydata` share (cli_mydata.cpp: the vault, imports and the
// list; cli_mydata_share.cpp: consents, the preview, sharing, withdrawal and receipts).

#include "app/cli/commands.h"
#include "core/mydata/vault.h"
#include "core/store/store.h"
#include "core/sync/hub_client.h"
#include "core/util/result.h"

#include <cstdint>
#include <memory>
#include <string>

namespace balgul::cli::mydata_cli {

/// A passphrase line from standard input: after a prompt on standard error, unless
/// --passphrase-stdin says it comes from a pipe. `what` names it in the prompt.
std::string readPassphrase(const Args& args, const char* what);

/// The profile's store (which must exist) with its vault unlocked by a passphrase read from
/// standard input. The store outlives the vault: declare them in this order.
struct OpenVault
{
    std::unique_ptr<core::Store> store;
    std::unique_ptr<core::mydata::Vault> vault;
};
core::Result<OpenVault> openUnlockedVault(const Args& args);

/// The hub from --hub or the login, with the login's token (`not_logged_in` without one).
core::Result<core::sync::HubEndpoint> hubEndpoint(const Args& args, core::Store& store);

/// UTC seconds as "2026-11-26T09:12:03Z".
std::string isoTime(std::int64_t seconds);

/// `mydata consent …`, `preview`, `share`, `withdraw`, `receipt` (cli_mydata_share.cpp); `words`
/// are the positional words after "mydata".
int runMydataSharing(const Args& args, const std::vector<std::string>& words);

} // namespace balgul::cli::mydata_cli
