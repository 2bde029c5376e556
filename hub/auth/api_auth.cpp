#include "hub/api.h"

#include "core/domain/category.h"
#include "core/sync/json_bounds.h"
#include "core/util/text.h"
#include "core/util/time.h"

#include <Poco/JSON/Array.h>

namespace balgul::hub::api {

namespace {

Poco::JSON::Object::Ptr jsonBody(Exchange& ex)
{
    const std::string body = readBody(ex, core::sync::limits::kMaxSmallBody, true);
    auto parsed = core::sync::parseBoundedObject(body, core::sync::json_bounds::kSmallBody);
    if (!parsed)
        throw HttpError::fromCode(parsed.error().code, parsed.error().message, parsed.error().field);
    return *parsed;
}

} // namespace

std::string requireString(const Poco::JSON::Object::Ptr& body, const std::string& key, bool required)
{
    if (!body->has(key)) {
        if (required)
            throw HttpError::make(400, "invalid_field", key + " is missing", key);
        return {};
    }
    const auto v = body->get(key);
    if (!v.isString())
        throw HttpError::make(400, "invalid_field", key + " must be a string", key);
    std::string text = v.extract<std::string>();
    if (core::hasControlCharacter(text, false))
        throw HttpError::make(400, "invalid_field", key + " holds a control character", key);
    return text;
}

void info(HubContext& hub, Exchange& ex)
{
    namespace limits = core::sync::limits;
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("name", hub.config.name);
    o->set("protocol", core::sync::kProtocolVersion);
    o->set("server_time", core::toIso8601(core::now()));
    o->set("open_registration", hub.config.openRegistration);
    o->set("invite_registration", true);
    Poco::JSON::Array::Ptr categories = new Poco::JSON::Array;
    for (const auto& c : core::defaultCategories()) {
        Poco::JSON::Object::Ptr item = new Poco::JSON::Object;
        item->set("code", std::string(c.code));
        item->set("name_en", std::string(c.nameEn));
        item->set("name_ko", std::string(c.nameKo));
        categories->add(item);
    }
    o->set("categories", categories);
    Poco::JSON::Object::Ptr lim = new Poco::JSON::Object;
    lim->set("max_ops_per_push", static_cast<Poco::UInt64>(limits::kMaxOpsPerPush));
    lim->set("max_push_bytes", static_cast<Poco::UInt64>(limits::kMaxPushBytes));
    lim->set("max_pull_page", static_cast<Poco::UInt64>(limits::kMaxPullPage));
    lim->set("max_blob_bytes", static_cast<Poco::UInt64>(limits::kMaxBlobBytes));
    o->set("limits", lim);
    // Who runs the hub, for the consent receipts of residents' shared records (docs/mydata.md).
    const ControllerConfig& c = hub.config.controller;
    Poco::JSON::Object::Ptr controller = new Poco::JSON::Object;
    controller->set("name", c.name.empty() ? hub.config.name : c.name);
    for (const auto& [key, value] : {std::pair<const char*, const std::string*>{"contact", &c.contact},
                                     {"email", &c.email},
                                     {"phone", &c.phone},
                                     {"address", &c.address},
                                     {"country", &c.country},
                                     {"policy_url", &c.policyUrl}})
        if (!value->empty())
            controller->set(key, *value);
    o->set("controller", controller);
    // Where the history stands: a client that sees a new epoch learns from the list of epochs what
    // of its history the hub still holds (sync-protocol.md "Epochs and cursors").
    const auto history = core::sync::toJson(hub.storage->history());
    for (const auto& [name, value] : *history)
        o->set(name, value);
    sendJson(ex, 200, core::sync::stringify(o));
}

void registerUser(HubContext& hub, Exchange& ex)
{
    const auto body = jsonBody(ex);
    const std::string login = requireString(body, "login");
    const std::string password = requireString(body, "password");
    const std::string displayName = requireString(body, "display_name", false);
    const std::string invite = requireString(body, "invite", false);
    int retryAfter = 0;
    auto user = hub.auth.registerUser(login, password, displayName, invite, ex.address, &retryAfter);
    if (!user) {
        HttpError e = HttpError::fromCode(user.error().code, user.error().message, user.error().field);
        e.retryAfterSeconds = retryAfter;
        throw e;
    }
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("user_id", user->id);
    o->set("login", user->login);
    o->set("role", std::string(toString(user->role)));
    sendJson(ex, 201, core::sync::stringify(o));
}

void login(HubContext& hub, Exchange& ex)
{
    const auto body = jsonBody(ex);
    const std::string loginName = requireString(body, "login");
    const std::string password = requireString(body, "password");
    int retryAfter = 0;
    auto result = hub.auth.login(loginName, password, ex.address, &retryAfter);
    if (!result) {
        if (result.error().code == "account_disabled")
            throw HttpError::make(403, "account_disabled", result.error().message);
        HttpError e = HttpError::fromCode(result.error().code, result.error().message, result.error().field);
        e.retryAfterSeconds = retryAfter;
        throw e;
    }
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("token", result->token);
    o->set("expires", core::toIso8601(result->expires));
    o->set("user_id", result->user.id);
    o->set("role", std::string(toString(result->user.role)));
    o->set("display_name", result->user.displayName);
    sendJson(ex, 200, core::sync::stringify(o));
}

void logout(HubContext& hub, Exchange& ex)
{
    readBody(ex, core::sync::limits::kMaxSmallBody, false); // a body says nothing; read it all the same
    if (!hub.auth.logout(ex.request.get("Authorization", "")))
        throw HttpError::make(401, "unauthorized", "log in first: the token is missing, unknown or expired");
    ex.response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_NO_CONTENT);
    ex.response.setContentLength(0);
    ex.response.send();
}

} // namespace balgul::hub::api
