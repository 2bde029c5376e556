#include "core/triage/status_actor.h"

#include "core/store/store.h"
#include "core/sync/account.h"

namespace balgul::core::triage {

StatusActor statusActor(Store& store, const std::string& problemId)
{
    const auto account = sync::hubAccount(store);
    if (!account.known() || account.isStaff())
        return StatusActor::Coordinator;
    const std::string owner = store.hubOwnerOf("problem", problemId);
    return owner.empty() || owner == account.userId ? StatusActor::Author : StatusActor::Citizen;
}

} // namespace balgul::core::triage
