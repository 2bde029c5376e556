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

core::Status setPassword(HubStorage& storage, const std::string& login, const std::string& password,
                         int iterations)
{
    auto user = storage.userByLogin(login);
    if (!user)
        return core::Error::make("not_found", "no user " + login, "login");
    if (auto s = validatePassword(password); !s)
        return s;
    user->passwordHash = hashPassword(password, iterations);
    return storage.updateUser(*user);
}

core::Status setRole(HubStorage& storage, const std::string& login, Role role)
{
    auto user = storage.userByLogin(login);
    if (!user)
        return core::Error::make("not_found", "no user " + login, "login");
    user->role = role;
    return storage.updateUser(*user);
}

} // namespace balgul::hub
