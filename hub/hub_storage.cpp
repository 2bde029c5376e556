#include "hub/hub_storage.h"

namespace balgul::hub {

std::string_view toString(Role role)
{
    switch (role) {
    case Role::Citizen:
        return "citizen";
    case Role::Coordinator:
        return "coordinator";
    case Role::Admin:
        return "admin";
    }
    return "citizen";
}

std::optional<Role> roleFromString(std::string_view text)
{
    if (text == "citizen")
        return Role::Citizen;
    if (text == "coordinator")
        return Role::Coordinator;
    if (text == "admin")
        return Role::Admin;
    return std::nullopt;
}

} // namespace balgul::hub
