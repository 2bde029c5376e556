#include "core/sync/protocol.h"

#include "core/sync/json_bounds.h"
#include "core/sync/pull_page_reader.h"
#include "core/util/json_writer.h"
#include "core/util/text.h"

#include <Poco/Dynamic/Var.h>
#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

namespace balgul::core::sync {

namespace {

using core::jsonQuote;
using Poco::JSON::Array;
using Poco::JSON::Object;

Error invalid(const std::string& field, const std::string& message)
{
    return Error::make("invalid_field", message, field);
}

std::string join(const std::string& path, const std::string& key)
{
    return path.empty() ? key : path + "." + key;
}

Result<std::string> stringMember(const Object::Ptr& o, const std::string& key, const std::string& path,
                                 bool required, std::size_t maxLength = limits::kMaxIdLength)
{
    const std::string field = join(path, key);
    if (!o->has(key)) {
        if (required)
            return invalid(field, field + " is missing");
        return std::string();
    }
    const Poco::Dynamic::Var v = o->get(key);
    if (!v.isString())
        return invalid(field, field + " must be a string");
    std::string s = v.extract<std::string>();
    if (required && s.empty())
        return invalid(field, field + " must not be empty");
    if (s.size() > maxLength)
        return Error::make("too_large", field + " is longer than " + std::to_string(maxLength) + " bytes",
                           field);
    if (!isValidUtf8(s))
        return invalid(field, field + " is not valid UTF-8");
    return s;
}

Result<std::int64_t> intMember(const Object::Ptr& o, const std::string& key, const std::string& path,
                               bool required, std::int64_t fallback = 0)
{
    const std::string field = join(path, key);
    if (!o->has(key)) {
        if (required)
            return invalid(field, field + " is missing");
        return fallback;
    }
    const Poco::Dynamic::Var v = o->get(key);
    if (v.isBoolean() || !v.isInteger())
        return invalid(field, field + " must be an integer");
    try {
        return v.convert<Poco::Int64>();
    } catch (const Poco::Exception&) {
        return invalid(field, field + " is out of range");
    }
}

Result<bool> boolMember(const Object::Ptr& o, const std::string& key, const std::string& path, bool required)
{
    const std::string field = join(path, key);
    if (!o->has(key)) {
        if (required)
            return invalid(field, field + " is missing");
        return false;
    }
    const Poco::Dynamic::Var v = o->get(key);
    if (!v.isBoolean())
        return invalid(field, field + " must be true or false");
    return v.extract<bool>();
}

Result<Object::Ptr> objectMember(const Object::Ptr& o, const std::string& key, const std::string& path,
                                 bool required)
{
    const std::string field = join(path, key);
    if (!o->has(key)) {
        if (required)
            return invalid(field, field + " is missing");
        return Object::Ptr(new Object);
    }
    Object::Ptr child = o->getObject(key);
    if (!child)
        return invalid(field, field + " must be an object");
    return child;
}

Result<Array::Ptr> arrayMember(const Object::Ptr& o, const std::string& key, const std::string& path,
                               bool required)
{
    const std::string field = join(path, key);
    if (!o->has(key)) {
        if (required)
            return invalid(field, field + " is missing");
        return Array::Ptr(new Array);
    }
    Array::Ptr child = o->getArray(key);
    if (!child)
        return invalid(field, field + " must be an array");
    return child;
}

template <typename T> Result<T> decodeWith(std::string_view json, Result<T> (*fn)(const Object::Ptr&))
{
    auto parsed = parseObject(json);
    if (!parsed)
        return parsed.error();
    return fn(*parsed);
}

Result<PushRequest> pushRequestFrom(const Object::Ptr& o)
{
    PushRequest request;
    auto clientId = stringMember(o, "client_id", {}, true);
    if (!clientId)
        return clientId.error();
    request.clientId = std::move(*clientId);
    auto ops = arrayMember(o, "ops", {}, true);
    if (!ops)
        return ops.error();
    if ((*ops)->size() > limits::kMaxOpsPerPush)
        return Error::make("too_large",
                           "a push holds at most " + std::to_string(limits::kMaxOpsPerPush) + " ops", "ops");
    for (std::size_t i = 0; i < (*ops)->size(); ++i) {
        const std::string path = "ops[" + std::to_string(i) + "]";
        Object::Ptr item = (*ops)->getObject(static_cast<unsigned>(i));
        if (!item)
            return invalid(path, path + " must be an object");
        auto op = decodeOp(item, path);
        if (!op)
            return op.error();
        request.ops.push_back(std::move(*op));
    }
    return request;
}

Result<PushResponse> pushResponseFrom(const Object::Ptr& o)
{
    PushResponse response;
    auto results = arrayMember(o, "results", {}, true);
    if (!results)
        return results.error();
    for (std::size_t i = 0; i < (*results)->size(); ++i) {
        const std::string path = "results[" + std::to_string(i) + "]";
        Object::Ptr item = (*results)->getObject(static_cast<unsigned>(i));
        if (!item)
            return invalid(path, path + " must be an object");
        auto result = decodePushResult(item, path);
        if (!result)
            return result.error();
        response.results.push_back(std::move(*result));
    }
    return response;
}

Result<PullPage> pullPageFrom(const Object::Ptr& o)
{
    PullPage page;
    auto changes = arrayMember(o, "changes", {}, true);
    if (!changes)
        return changes.error();
    if ((*changes)->size() > limits::kMaxPullPage)
        return Error::make("too_large", "a pull page holds at most 1000 changes", "changes");
    for (std::size_t i = 0; i < (*changes)->size(); ++i) {
        const std::string path = "changes[" + std::to_string(i) + "]";
        Object::Ptr item = (*changes)->getObject(static_cast<unsigned>(i));
        if (!item)
            return invalid(path, path + " must be an object");
        auto change = decodeChange(item, path);
        if (!change)
            return change.error();
        page.changes.push_back(std::move(*change));
    }
    auto next = intMember(o, "next", {}, true);
    auto more = boolMember(o, "more", {}, true);
    auto epoch = stringMember(o, "epoch", {}, true);
    if (!next)
        return next.error();
    if (!more)
        return more.error();
    if (!epoch)
        return epoch.error();
    auto remaining = intMember(o, "remaining", {}, false, -1);
    if (!remaining)
        return remaining.error();
    if (o->has("remaining") && *remaining < 0)
        return invalid("remaining", "remaining must be 0 or more");
    page.next = *next;
    page.more = *more;
    page.epoch = std::move(*epoch);
    page.remaining = *remaining;
    return page;
}

Result<ApiError> apiErrorFrom(const Object::Ptr& o)
{
    auto inner = objectMember(o, "error", {}, true);
    if (!inner)
        return inner.error();
    ApiError e;
    auto code = stringMember(*inner, "code", "error", true);
    auto message = stringMember(*inner, "message", "error", false, 4096);
    auto field = stringMember(*inner, "field", "error", false, 4096);
    if (!code)
        return code.error();
    if (!message)
        return message.error();
    if (!field)
        return field.error();
    e.code = std::move(*code);
    e.message = std::move(*message);
    e.field = std::move(*field);
    auto epoch = stringMember(o, "epoch", {}, false);
    auto lastSeq = intMember(o, "last_seq", {}, false);
    if (!epoch)
        return epoch.error();
    if (!lastSeq)
        return lastSeq.error();
    e.epoch = std::move(*epoch);
    e.lastSeq = *lastSeq;
    return e;
}

Result<HubHistory> hubHistoryFrom(const Object::Ptr& o)
{
    HubHistory history;
    auto epoch = stringMember(o, "epoch", {}, true);
    auto lastSeq = intMember(o, "last_seq", {}, true);
    auto epochs = arrayMember(o, "epochs", {}, true);
    if (!epoch)
        return epoch.error();
    if (!lastSeq)
        return lastSeq.error();
    if (!epochs)
        return epochs.error();
    history.epoch = std::move(*epoch);
    history.lastSeq = *lastSeq;
    for (std::size_t i = 0; i < (*epochs)->size(); ++i) {
        const std::string path = "epochs[" + std::to_string(i) + "]";
        Object::Ptr item = (*epochs)->getObject(static_cast<unsigned>(i));
        if (!item)
            return invalid(path, path + " must be an object");
        auto id = stringMember(item, "epoch", path, true);
        auto seq = intMember(item, "seq", path, true);
        if (!id)
            return id.error();
        if (!seq)
            return seq.error();
        history.epochs.push_back(EpochEntry{std::move(*id), *seq});
    }
    return history;
}

void appendObject(std::string& out, const Object::Ptr& object)
{
    if (!object) {
        out += "{}";
        return;
    }
    std::ostringstream text;
    object->stringify(text);
    out += text.str();
}

void appendOp(std::string& out, const Op& op)
{
    out += "{\"op_id\":";
    out += jsonQuote(op.opId);
    out += ",\"kind\":";
    out += jsonQuote(toString(op.kind));
    out += ",\"entity\":";
    out += jsonQuote(op.entity);
    out += ",\"id\":";
    out += jsonQuote(op.id);
    out += ",\"base_version\":";
    out += std::to_string(op.baseVersion);
    if (!op.clientTime.empty()) {
        out += ",\"client_time\":";
        out += jsonQuote(op.clientTime);
    }
    out += ",\"fields\":";
    appendObject(out, op.fields);
    out += '}';
}

void appendPushResult(std::string& out, const PushResult& result)
{
    out += "{\"op_id\":";
    out += jsonQuote(result.opId);
    out += ",\"status\":";
    out += jsonQuote(toString(result.status));
    out += ",\"version\":";
    out += std::to_string(result.version);
    if (result.status == OpStatus::Conflict) {
        out += ",\"applied_fields\":[";
        for (std::size_t i = 0; i < result.appliedFields.size(); ++i) {
            if (i > 0)
                out += ',';
            out += jsonQuote(result.appliedFields[i]);
        }
        out += "],\"conflicts\":";
        appendObject(out, result.conflicts);
    }
    if (!result.code.empty()) {
        out += ",\"code\":";
        out += jsonQuote(result.code);
    }
    if (!result.message.empty()) {
        out += ",\"message\":";
        out += jsonQuote(result.message);
    }
    if (result.replayed)
        out += ",\"replayed\":true";
    out += '}';
}

void appendChange(std::string& out, const Change& change)
{
    out += "{\"seq\":";
    out += std::to_string(change.seq);
    out += ",\"entity\":";
    out += jsonQuote(change.entity);
    out += ",\"id\":";
    out += jsonQuote(change.id);
    out += ",\"version\":";
    out += std::to_string(change.version);
    out += ",\"deleted\":";
    out += change.deleted ? "true" : "false";
    out += ",\"fields\":";
    if (!change.fieldsJson.empty())
        out += change.fieldsJson;
    else
        appendObject(out, change.fields);
    out += '}';
}

} // namespace

bool isKnownEntity(std::string_view entity)
{
    return std::find(std::begin(kEntities), std::end(kEntities), entity) != std::end(kEntities);
}

std::string_view toString(OpKind kind)
{
    return kind == OpKind::Delete ? "delete" : "upsert";
}

std::string_view toString(OpStatus status)
{
    switch (status) {
    case OpStatus::Applied:
        return "applied";
    case OpStatus::Conflict:
        return "conflict";
    case OpStatus::Rejected:
        return "rejected";
    }
    return "rejected";
}

Result<Poco::JSON::Object::Ptr> parseObject(std::string_view json)
{
    return parseBoundedObject(json, json_bounds::kDefault);
}

std::string stringify(const Poco::JSON::Object::Ptr& object)
{
    std::ostringstream out;
    object->stringify(out);
    return out.str();
}

Poco::JSON::Object::Ptr toJson(const Op& op)
{
    Object::Ptr o = new Object;
    o->set("op_id", op.opId);
    o->set("kind", std::string(toString(op.kind)));
    o->set("entity", op.entity);
    o->set("id", op.id);
    o->set("base_version", static_cast<Poco::Int64>(op.baseVersion));
    if (!op.clientTime.empty())
        o->set("client_time", op.clientTime);
    o->set("fields", op.fields ? op.fields : Object::Ptr(new Object));
    return o;
}

Poco::JSON::Object::Ptr toJson(const PushResult& result)
{
    Object::Ptr o = new Object;
    o->set("op_id", result.opId);
    o->set("status", std::string(toString(result.status)));
    o->set("version", static_cast<Poco::Int64>(result.version));
    if (result.status == OpStatus::Conflict) {
        Array::Ptr applied = new Array;
        for (const auto& f : result.appliedFields)
            applied->add(f);
        o->set("applied_fields", applied);
        o->set("conflicts", result.conflicts ? result.conflicts : Object::Ptr(new Object));
    }
    if (!result.code.empty())
        o->set("code", result.code);
    if (!result.message.empty())
        o->set("message", result.message);
    if (result.replayed)
        o->set("replayed", true);
    return o;
}

Poco::JSON::Object::Ptr toJson(const Change& change)
{
    Object::Ptr o = new Object;
    o->set("seq", static_cast<Poco::Int64>(change.seq));
    o->set("entity", change.entity);
    o->set("id", change.id);
    o->set("version", static_cast<Poco::Int64>(change.version));
    o->set("deleted", change.deleted);
    o->set("fields", change.fields ? change.fields : Object::Ptr(new Object));
    return o;
}

std::string encode(const Op& op)
{
    std::string out;
    appendOp(out, op);
    return out;
}

std::string encode(const PushRequest& request)
{
    std::string out = "{\"client_id\":";
    out += jsonQuote(request.clientId);
    out += ",\"ops\":[";
    for (std::size_t i = 0; i < request.ops.size(); ++i) {
        if (i > 0)
            out += ',';
        appendOp(out, request.ops[i]);
    }
    out += "]}";
    return out;
}

std::string encode(const PushResult& result)
{
    std::string out;
    appendPushResult(out, result);
    return out;
}

std::string encode(const PushResponse& response)
{
    std::string out = "{\"results\":[";
    for (std::size_t i = 0; i < response.results.size(); ++i) {
        if (i > 0)
            out += ',';
        appendPushResult(out, response.results[i]);
    }
    out += "]}";
    return out;
}

std::string encode(const Change& change)
{
    std::string out;
    appendChange(out, change);
    return out;
}

std::string encode(const PullPage& page)
{
    std::string out = "{\"changes\":[";
    std::size_t size = 64;
    for (const auto& c : page.changes)
        size += c.fieldsJson.size() + c.id.size() + 96;
    out.reserve(size);
    for (std::size_t i = 0; i < page.changes.size(); ++i) {
        if (i > 0)
            out += ',';
        appendChange(out, page.changes[i]);
    }
    out += "],\"next\":";
    out += std::to_string(page.next);
    out += ",\"more\":";
    out += page.more ? "true" : "false";
    out += ",\"epoch\":";
    out += jsonQuote(page.epoch);
    if (page.remaining >= 0) {
        out += ",\"remaining\":";
        out += std::to_string(page.remaining);
    }
    out += '}';
    return out;
}

std::string encode(const ApiError& error)
{
    Object::Ptr inner = new Object;
    inner->set("code", error.code);
    inner->set("message", error.message);
    if (!error.field.empty())
        inner->set("field", error.field);
    Object::Ptr o = new Object;
    o->set("error", inner);
    if (!error.epoch.empty()) {
        o->set("epoch", error.epoch);
        o->set("last_seq", static_cast<Poco::Int64>(error.lastSeq));
    }
    return stringify(o);
}

Poco::JSON::Object::Ptr toJson(const HubHistory& history)
{
    Object::Ptr o = new Object;
    o->set("epoch", history.epoch);
    o->set("last_seq", static_cast<Poco::Int64>(history.lastSeq));
    Array::Ptr epochs = new Array;
    for (const auto& e : history.epochs) {
        Object::Ptr item = new Object;
        item->set("epoch", e.epoch);
        item->set("seq", static_cast<Poco::Int64>(e.seq));
        epochs->add(item);
    }
    o->set("epochs", epochs);
    return o;
}

std::int64_t sharedSeq(const std::vector<EpochEntry>& epochs, const std::string& known)
{
    const auto at =
        std::find_if(epochs.begin(), epochs.end(), [&](const EpochEntry& e) { return e.epoch == known; });
    if (at == epochs.end())
        return 0;
    std::int64_t shared = std::numeric_limits<std::int64_t>::max();
    for (auto it = std::next(at); it != epochs.end(); ++it)
        shared = std::min(shared, it->seq);
    return shared;
}

Result<Op> decodeOp(const Poco::JSON::Object::Ptr& o, const std::string& path)
{
    Op op;
    auto opId = stringMember(o, "op_id", path, true);
    if (!opId)
        return opId.error();
    op.opId = std::move(*opId);
    auto kind = stringMember(o, "kind", path, true);
    if (!kind)
        return kind.error();
    if (*kind == "upsert")
        op.kind = OpKind::Upsert;
    else if (*kind == "delete")
        op.kind = OpKind::Delete;
    else
        return invalid(join(path, "kind"), join(path, "kind") + " must be \"upsert\" or \"delete\"");
    auto entity = stringMember(o, "entity", path, true);
    if (!entity)
        return entity.error();
    if (!isKnownEntity(*entity))
        return Error::make("unknown_entity", "unknown entity \"" + *entity + "\"", join(path, "entity"));
    op.entity = std::move(*entity);
    auto id = stringMember(o, "id", path, true);
    if (!id)
        return id.error();
    op.id = std::move(*id);
    auto base = intMember(o, "base_version", path, false);
    if (!base)
        return base.error();
    if (*base < 0)
        return invalid(join(path, "base_version"), join(path, "base_version") + " must not be negative");
    op.baseVersion = *base;
    auto clientTime = stringMember(o, "client_time", path, false, 64);
    if (!clientTime)
        return clientTime.error();
    op.clientTime = std::move(*clientTime);
    auto fields = objectMember(o, "fields", path, op.kind == OpKind::Upsert);
    if (!fields)
        return fields.error();
    op.fields = *fields;
    return op;
}

Result<PushResult> decodePushResult(const Poco::JSON::Object::Ptr& o, const std::string& path)
{
    PushResult r;
    auto opId = stringMember(o, "op_id", path, true);
    auto status = stringMember(o, "status", path, true);
    auto version = intMember(o, "version", path, false);
    auto code = stringMember(o, "code", path, false, 256);
    auto message = stringMember(o, "message", path, false, 4096);
    auto replayed = boolMember(o, "replayed", path, false);
    for (const Error* e : {opId ? nullptr : &opId.error(), status ? nullptr : &status.error(),
                           version ? nullptr : &version.error(), code ? nullptr : &code.error(),
                           message ? nullptr : &message.error(), replayed ? nullptr : &replayed.error()})
        if (e)
            return *e;
    r.opId = std::move(*opId);
    r.replayed = *replayed;
    if (*status == "applied") {
        r.status = OpStatus::Applied;
    } else if (*status == "duplicate") {
        // Hubs before replayed answers named every repeat so, whatever it first answered; all a
        // client can take from it is that the hub has the op.
        r.status = OpStatus::Applied;
        r.replayed = true;
    } else if (*status == "conflict") {
        r.status = OpStatus::Conflict;
    } else if (*status == "rejected") {
        r.status = OpStatus::Rejected;
    } else {
        return invalid(join(path, "status"), join(path, "status") + " is not a known status");
    }
    r.version = *version;
    r.code = std::move(*code);
    r.message = std::move(*message);
    auto applied = arrayMember(o, "applied_fields", path, false);
    if (!applied)
        return applied.error();
    for (std::size_t i = 0; i < (*applied)->size(); ++i) {
        const Poco::Dynamic::Var v = (*applied)->get(static_cast<unsigned>(i));
        if (!v.isString())
            return invalid(join(path, "applied_fields"), "applied_fields must hold strings");
        r.appliedFields.push_back(v.extract<std::string>());
    }
    auto conflicts = objectMember(o, "conflicts", path, false);
    if (!conflicts)
        return conflicts.error();
    r.conflicts = *conflicts;
    return r;
}

Result<Change> decodeChange(const Poco::JSON::Object::Ptr& o, const std::string& path)
{
    Change c;
    auto seq = intMember(o, "seq", path, true);
    auto entity = stringMember(o, "entity", path, true);
    auto id = stringMember(o, "id", path, true, 2 * limits::kMaxIdLength + 1);
    auto version = intMember(o, "version", path, true);
    auto deleted = boolMember(o, "deleted", path, false);
    auto fields = objectMember(o, "fields", path, false);
    for (const Error* e : {seq ? nullptr : &seq.error(), entity ? nullptr : &entity.error(),
                           id ? nullptr : &id.error(), version ? nullptr : &version.error(),
                           deleted ? nullptr : &deleted.error(), fields ? nullptr : &fields.error()})
        if (e)
            return *e;
    c.seq = *seq;
    c.entity = std::move(*entity);
    c.id = std::move(*id);
    c.version = *version;
    c.deleted = *deleted;
    c.fields = *fields;
    return c;
}

Result<PushRequest> decodePushRequest(std::string_view json)
{
    auto parsed = parseBoundedObject(json, json_bounds::kPush);
    if (!parsed)
        return parsed.error();
    return pushRequestFrom(*parsed);
}

Result<PushResponse> decodePushResponse(std::string_view json)
{
    return decodeWith<PushResponse>(json, &pushResponseFrom);
}

Result<PullPage> decodePullPage(std::string_view json)
{
    if (auto page = detail::readPullPage(json))
        return std::move(*page);
    return decodePullPageStrictly(json);
}

Result<PullPage> decodePullPageStrictly(std::string_view json)
{
    return decodeWith<PullPage>(json, &pullPageFrom);
}

Result<ApiError> decodeApiError(std::string_view json)
{
    return decodeWith<ApiError>(json, &apiErrorFrom);
}

Result<HubHistory> decodeHubHistory(std::string_view json)
{
    return decodeWith<HubHistory>(json, &hubHistoryFrom);
}

} // namespace balgul::core::sync
