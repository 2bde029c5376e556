#include "hub/voting/voting_storage.h"

namespace balgul::hub {

std::unique_ptr<VotingStorage> openVotingStorage(const HubConfig& config)
{
    if (!config.database.empty())
        return openPostgresVotingStorage(config.database);
    return openSqliteVotingStorage(config.storePath());
}

std::optional<core::voting::PublishedBallot> publishedBallot(const std::string& fieldsJson)
{
    const auto fields = parseStored(fieldsJson);
    if (!fields->has("receipt") || !fields->has("choices") || !fields->get("receipt").isString() ||
        !fields->get("choices").isString())
        return std::nullopt;
    return core::voting::PublishedBallot{fields->getValue<std::string>("receipt"),
                                         fields->getValue<std::string>("choices")};
}

} // namespace balgul::hub
