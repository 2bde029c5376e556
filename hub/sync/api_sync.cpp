#include "hub/api.h"

#include "core/util/text.h"
#include "core/util/time.h"

#include <charconv>

namespace balgul::hub::api {

namespace {

std::int64_t integerParam(const std::string& query, const std::string& name, std::int64_t fallback,
                          std::int64_t min)
{
    bool present = false;
    const std::string text = queryValue(query, name, &present);
    if (!present)
        return fallback;
    std::int64_t value = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || r.ec != std::errc() || r.ptr != text.data() + text.size() || value < min)
        throw HttpError::make(400, "invalid_field",
                              name + " must be a whole number of at least " + std::to_string(min), name);
    return value;
}

/// A true/false query parameter (`fallback` when absent); 400 `invalid_field` for anything else.
bool booleanParam(const std::string& query, const std::string& name, bool fallback)
{
    bool present = false;
    const std::string text = queryValue(query, name, &present);
    if (!present)
        return fallback;
    if (text == "true")
        return true;
    if (text == "false")
        return false;
    throw HttpError::make(400, "invalid_field", name + " must be true or false", name);
}

/// Refuses a push whose envelope holds a control character or a client_time the hub's time
/// parser does not take (the fields of each op are checked op by op, by the entity rules).
void checkEnvelope(const core::sync::PushRequest& request)
{
    const auto refuse = [](const std::string& field, const std::string& what) {
        throw HttpError::make(400, "invalid_field", field + " " + what, field);
    };
    if (core::hasControlCharacter(request.clientId, false))
        refuse("client_id", "holds a control character");
    for (std::size_t i = 0; i < request.ops.size(); ++i) {
        const auto& op = request.ops[i];
        const std::string path = "ops[" + std::to_string(i) + "].";
        for (const auto& [name, value] : {std::pair<const char*, const std::string*>{"op_id", &op.opId},
                                          {"entity", &op.entity},
                                          {"id", &op.id},
                                          {"client_time", &op.clientTime}})
            if (core::hasControlCharacter(*value, false))
                refuse(path + name, "holds a control character");
        if (!op.clientTime.empty() && !core::parseIso8601(op.clientTime))
            refuse(path + "client_time", "must be an ISO 8601 time");
    }
}

} // namespace

void push(HubContext& hub, Exchange& ex, const User& user)
{
    const std::string body = readBody(ex, core::sync::limits::kMaxPushBytes, true);
    auto request = core::sync::decodePushRequest(body);
    if (!request)
        throw HttpError::fromCode(request.error().code, request.error().message, request.error().field);
    checkEnvelope(*request);
    const auto response = hub.sync.push(user, *request);
    sendJson(ex, 200, core::sync::encode(response));
}

void pull(HubContext& hub, Exchange& ex, const User& user)
{
    const std::int64_t since = integerParam(ex.query, "since", 0, 0);
    const std::int64_t limit = integerParam(ex.query, "limit", core::sync::limits::kMaxPullPage, 1);
    const bool count = booleanParam(ex.query, "count", false);
    try {
        const auto page = hub.sync.pull(
            user, since,
            static_cast<std::size_t>(std::min<std::int64_t>(limit, core::sync::limits::kMaxPullPage)), count);
        sendJson(ex, 200, core::sync::encode(page));
    } catch (const CursorAhead& ahead) {
        HttpError e = HttpError::make(409, "cursor_ahead",
                                      "since " + std::to_string(since) + " is past the hub's last seq " +
                                          std::to_string(ahead.lastSeq) +
                                          ": the cursor comes from another history (pull again from 0)",
                                      "since");
        e.error.epoch = ahead.epoch;
        e.error.lastSeq = ahead.lastSeq;
        throw e;
    }
}

} // namespace balgul::hub::api
