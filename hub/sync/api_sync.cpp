#include "hub/api.h"

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

} // namespace

void push(HubContext& hub, Exchange& ex, const User& user)
{
    const std::string body = readBody(ex, core::sync::limits::kMaxPushBytes, true);
    auto request = core::sync::decodePushRequest(body);
    if (!request)
        throw HttpError::fromCode(request.error().code, request.error().message, request.error().field);
    const auto response = hub.sync.push(user, *request);
    sendJson(ex, 200, core::sync::encode(response));
}

void pull(HubContext& hub, Exchange& ex, const User& user)
{
    const std::int64_t since = integerParam(ex.query, "since", 0, 0);
    const std::int64_t limit = integerParam(ex.query, "limit", core::sync::limits::kMaxPullPage, 1);
    const auto page = hub.sync.pull(
        user, since,
        static_cast<std::size_t>(std::min<std::int64_t>(limit, core::sync::limits::kMaxPullPage)));
    sendJson(ex, 200, core::sync::encode(page));
}

} // namespace balgul::hub::api
