#pragma once

// The hub account a profile signed in with, and what the hub lets that account change: the same
// rules as the hub's (hub/sync/entity_rules.cpp, authorize()), so the app offers only the edits
// the hub will take.

#include "core/util/result.h"

#include <string>

namespace balgul::core {
class Store;
}

namespace balgul::core::sync {

struct LoginAnswer;

/// What the profile remembers of its sign-in (its `sync_state` values).
struct HubAccount
{
    std::string url;
    std::string login;
    std::string userId; ///< the account's id on the hub ("" when the profile never signed in)
    std::string role;   ///< "citizen", "coordinator" or "admin"
    std::string displayName;

    bool known() const { return !userId.empty(); }
    bool isStaff() const { return role == "coordinator" || role == "admin"; }
    bool isAdmin() const { return role == "admin"; }
    /// The name others see on the hub: the display name, else the login.
    std::string name() const { return displayName.empty() ? login : displayName; }
};

HubAccount hubAccount(Store& store);

/// Keeps a sign-in in the profile: the hub's URL, the login, and the account's id, role and
/// display name as the hub answered them.
Status rememberSignIn(Store& store, const std::string& url, const std::string& login,
                      const LoginAnswer& answer);

/// What the profile's account may change in a problem. A profile that never signed in may change
/// everything (nothing leaves the computer); so may the author of a problem made here and not
/// pulled back yet.
struct ProblemRights
{
    bool editFields = true;   ///< title, description, category, place, address: its author or an admin
    bool changeStatus = true; ///< status: a coordinator or an admin
    bool remove = true;       ///< its author or staff
    bool photos = true;       ///< add and remove its photos: its author or staff

    bool edit() const { return editFields || changeStatus || photos; }
};
ProblemRights problemRights(Store& store, const std::string& problemId);

/// What the profile's account may do to a comment: edit it (its author or an admin) and remove it
/// (its author or staff).
struct CommentRights
{
    bool edit = true;
    bool remove = true;
};
CommentRights commentRights(Store& store, const std::string& commentId);

} // namespace balgul::core::sync
