#include "core/sync/account.h"

#include "core/store/store.h"
#include "core/sync/sync_engine.h"

#include <utility>

namespace balgul::core::sync {

namespace {

/// True when the account owns the entity on the hub, or the hub never said (made here).
bool owns(Store& store, const HubAccount& account, const std::string& entity, const std::string& id)
{
    const std::string owner = store.hubOwnerOf(entity, id);
    return owner.empty() || owner == account.userId;
}

} // namespace

HubAccount hubAccount(Store& store)
{
    HubAccount account;
    account.url = store.syncValue("hub_url");
    account.login = store.syncValue("hub_login");
    account.userId = store.syncValue("hub_user_id");
    account.role = store.syncValue("hub_role");
    account.displayName = store.syncValue("hub_display_name");
    return account;
}

Status rememberSignIn(Store& store, const std::string& url, const std::string& login,
                      const LoginAnswer& answer)
{
    for (const auto& [key, value] : {std::pair<std::string, std::string>{"hub_url", url},
                                     {"hub_login", login},
                                     {"hub_user_id", answer.userId},
                                     {"hub_role", answer.role},
                                     {"hub_display_name", answer.displayName}})
        if (auto s = store.setSyncValue(key, value); !s)
            return s;
    return {};
}

ProblemRights problemRights(Store& store, const std::string& problemId)
{
    ProblemRights rights;
    const HubAccount account = hubAccount(store);
    if (!account.known())
        return rights;
    const bool owner = owns(store, account, "problem", problemId);
    rights.editFields = owner || account.isAdmin();
    rights.changeStatus = account.isStaff();
    rights.remove = owner || account.isStaff();
    rights.photos = owner || account.isStaff();
    return rights;
}

CommentRights commentRights(Store& store, const std::string& commentId)
{
    CommentRights rights;
    const HubAccount account = hubAccount(store);
    if (!account.known())
        return rights;
    const bool owner = owns(store, account, "comment", commentId);
    rights.edit = owner || account.isAdmin();
    rights.remove = owner || account.isStaff();
    return rights;
}

} // namespace balgul::core::sync
