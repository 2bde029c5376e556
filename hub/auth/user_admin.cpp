#include "hub/auth/user_admin.h"

#include "hub/auth/auth.h"
#include "hub/auth/password.h"

namespace balgul::hub {

core::Result<User> addUser(HubStorage& storage, const std::string& login, Role role,
                           const std::string& password, const std::string& displayName, int iterations)
{
    auto user = makeUser(login, password, displayName, role, iterations);
    if (!user)
        return user.error();
    return storage.addUser(*user);
}

core::Result<std::int64_t> setPassword(HubStorage& storage, const std::string& login,
                                       const std::string& password, int iterations)
{
    auto user = storage.userByLogin(login);
    if (!user)
        return core::Error::make("not_found", "no user " + login, "login");
    if (auto s = validatePassword(password); !s)
        return s.error();
    user->passwordHash = hashPassword(password, iterations);
    if (auto s = storage.updateUser(*user); !s)
        return s.error();
    // After the new hash is stored, so a session opened meanwhile with the old password ends too.
    return storage.revokeTokens(user->id);
}

core::Status setRole(HubStorage& storage, const std::string& login, Role role)
{
    auto user = storage.userByLogin(login);
    if (!user)
        return core::Error::make("not_found", "no user " + login, "login");
    user->role = role;
    return storage.updateUser(*user);
}

core::Status setDisabled(HubStorage& storage, const std::string& login, bool disabled)
{
    auto user = storage.userByLogin(login);
    if (!user)
        return core::Error::make("not_found", "no user " + login, "login");
    storage.setUserDisabled(user->id, disabled, core::now());
    return {};
}

} // namespace balgul::hub
