#include "hub/sync/hub_storage.h"

#include "core/util/json_writer.h"

#include <Poco/JSON/Array.h>

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
