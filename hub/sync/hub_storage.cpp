#include "hub/sync/hub_storage.h"

#include "core/util/json_writer.h"

#include <Poco/JSON/Array.h>

#include <charconv>
#include <sstream>

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

std::string stampsJson(const std::map<std::string, FieldStamp>& stamps)
{
    std::string out = "{";
    for (const auto& [field, stamp] : stamps) {
        if (out.size() > 1)
            out += ',';
        out += core::jsonQuote(field);
        out += ":[";
        out += std::to_string(stamp.version);
        out += ',';
        out += core::jsonQuote(stamp.clientId);
        out += ']';
    }
    out += '}';
    return out;
}

Poco::JSON::Object::Ptr parseStored(const std::string& json)
{
    auto parsed = core::sync::parseObject(json);
    if (!parsed)
        throw StorageError("corrupt JSON in the hub store: " + parsed.error().message);
    return *parsed;
}

std::map<std::string, FieldStamp> parseStamps(const std::string& json)
{
    std::map<std::string, FieldStamp> out;
    const auto o = parseStored(json);
    for (const auto& [field, value] : *o) {
        const auto pair = o->getArray(field);
        if (!pair || pair->size() != 2)
            throw StorageError("corrupt field stamps in the hub store");
        out[field] = FieldStamp{pair->get(0).convert<Poco::Int64>(), pair->get(1).convert<std::string>()};
    }
    return out;
}

std::string epochsText(const std::vector<core::sync::EpochEntry>& epochs)
{
    std::string out;
    for (const auto& e : epochs) {
        if (!out.empty())
            out += ' ';
        out += e.epoch + ':' + std::to_string(e.seq);
    }
    return out;
}

std::vector<core::sync::EpochEntry> parseEpochs(const std::string& text, const std::string& current)
{
    std::vector<core::sync::EpochEntry> out;
    std::istringstream words(text);
    std::string word;
    while (words >> word) {
        const auto colon = word.rfind(':');
        if (colon == std::string::npos || colon == 0)
            throw StorageError("corrupt list of epochs in the hub store: " + word);
        std::int64_t seq = 0;
        const char* first = word.data() + colon + 1;
        const char* last = word.data() + word.size();
        const auto r = std::from_chars(first, last, seq);
        if (r.ec != std::errc() || r.ptr != last || seq < 0)
            throw StorageError("corrupt list of epochs in the hub store: " + word);
        out.push_back(core::sync::EpochEntry{word.substr(0, colon), seq});
    }
    if (out.empty() || out.back().epoch != current)
        out.push_back(core::sync::EpochEntry{current, 0});
    return out;
}

std::vector<core::sync::EpochEntry> withEpoch(std::vector<core::sync::EpochEntry> epochs,
                                              const std::string& next, std::int64_t seq)
{
    epochs.push_back(core::sync::EpochEntry{next, seq});
    if (epochs.size() > kMaxListedEpochs)
        epochs.erase(epochs.begin(), epochs.end() - static_cast<std::ptrdiff_t>(kMaxListedEpochs));
    return epochs;
}

bool hangsOn(const EntityState& state, const std::string& problemId)
{
    if (!state.fields || !state.fields->has("problem_id"))
        return false;
    const auto v = state.fields->get("problem_id");
    return v.isString() && v.extract<std::string>() == problemId;
}

std::optional<ProblemIndexRow> problemIndexRow(const EntityState& state)
{
    if (state.entity != "problem" || state.deleted || !state.fields)
        return std::nullopt;
    const auto text = [&state](const char* name) {
        if (!state.fields->has(name))
            return std::string();
        const auto v = state.fields->get(name);
        return v.isString() ? v.extract<std::string>() : std::string();
    };
    ProblemIndexRow row;
    row.id = state.id;
    row.seq = state.seq;
    row.category = text("category");
    const std::string status = text("status");
    row.closed = status == "resolved" || status == "closed";
    if (const auto created = core::parseIso8601(text("created")))
        row.createdMs = core::toUnixMs(*created);
    return row;
}

} // namespace balgul::hub
