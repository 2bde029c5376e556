// The MyData storage's shared pieces: the consent states' words and the choice of database.

#include "hub/mydata/mydata_storage.h"

#include <array>

namespace balgul::hub::mydata {

namespace {

constexpr std::array<std::pair<ConsentState, std::string_view>, 3> kStates{{
    {ConsentState::Active, "active"},
    {ConsentState::Withdrawn, "withdrawn"},
    {ConsentState::Expired, "expired"},
}};

} // namespace

std::string_view toString(ConsentState state)
{
    for (const auto& [s, word] : kStates)
        if (s == state)
            return word;
    return "active";
}

std::optional<ConsentState> consentStateFromString(std::string_view text)
{
    for (const auto& [s, word] : kStates)
        if (word == text)
            return s;
    return std::nullopt;
}

std::unique_ptr<MydataStorage> openMydataStorage(const HubConfig& config)
{
    if (!config.database.empty())
        return openPostgresMydataStorage(config.database);
    return openSqliteMydataStorage(config.storePath());
}

} // namespace balgul::hub::mydata
