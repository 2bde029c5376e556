// Consent records (consent.h): their rules, status over time, withdrawal, the strict JSON codec and
// the elements of the PIPA consent notice.

#include "core/mydata/consent.h"

#include "core/sync/json_bounds.h"
#include "core/util/ids.h"
#include "core/util/json_writer.h"
#include "core/util/text.h"
#include "core/util/time.h"

#include <Poco/Dynamic/Var.h>
#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>

#include <algorithm>
#include <array>

namespace balgul::core::mydata {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

Error bad(const std::string& field, const std::string& message)
{
    return Error::make("invalid_field", field + " " + message, field);
}

std::string join(const std::string& path, const std::string& key)
{
    return path.empty() ? key : path + "." + key;
}

std::string indexed(const std::string& path, std::size_t i)
{
    return path + "[" + std::to_string(i) + "]";
}

constexpr std::array<std::string_view, 6> kPurposeCategories{
    "dpv:ResearchAndDevelopment", "dpv:NonCommercialResearch", "dpv:AcademicResearch",
    "dpv:PublicBenefit",          "dpv:ImprovePublicServices", "dpv:ServiceProvision",
};

Status checkText(const std::string& value, const std::string& field, std::size_t maxBytes)
{
    if (value.empty())
        return bad(field, "must not be empty");
    if (value.size() > maxBytes)
        return bad(field, "is longer than " + std::to_string(maxBytes) + " bytes");
    if (!isValidUtf8(value))
        return bad(field, "is not valid UTF-8");
    return {};
}

bool isTime(std::int64_t t)
{
    return t >= 0 && t <= consent_limits::kMaxTime;
}

std::string isoSeconds(std::int64_t t)
{
    return toIso8601(fromUnixMs(t * 1000));
}

// Reading members ----------------------------------------------------------------------------------

Result<Poco::Dynamic::Var> member(const Object::Ptr& o, const std::string& key, const std::string& path)
{
    if (!o->has(key))
        return bad(join(path, key), "is missing");
    return o->get(key);
}

Result<std::string> textMember(const Object::Ptr& o, const std::string& key, const std::string& path)
{
    auto v = member(o, key, path);
    if (!v)
        return v.error();
    if (!v->isString())
        return bad(join(path, key), "must be a string");
    return v->extract<std::string>();
}

Result<std::int64_t> integerMember(const Object::Ptr& o, const std::string& key, const std::string& path)
{
    auto v = member(o, key, path);
    if (!v)
        return v.error();
    if (v->isBoolean() || !v->isInteger())
        return bad(join(path, key), "must be a whole number");
    try {
        return v->convert<Poco::Int64>();
    } catch (const Poco::Exception&) {
        return bad(join(path, key), "is out of range");
    }
}

Result<std::int64_t> timeMember(const Object::Ptr& o, const std::string& key, const std::string& path)
{
    auto s = textMember(o, key, path);
    if (!s)
        return s.error();
    const std::string field = join(path, key);
    const auto t = s->size() <= 64 ? parseIso8601(*s) : std::nullopt;
    if (!t)
        return bad(field, "is not an ISO 8601 time");
    const std::int64_t ms = toUnixMs(*t);
    if (ms % 1000 != 0)
        return bad(field, "must be whole seconds");
    if (!isTime(ms / 1000))
        return bad(field, "must be from 1970 to 9999");
    return ms / 1000;
}

Result<Array::Ptr> arrayMember(const Object::Ptr& o, const std::string& key, const std::string& path)
{
    auto v = member(o, key, path);
    if (!v)
        return v.error();
    Array::Ptr a = o->getArray(key);
    if (!a)
        return bad(join(path, key), "must be an array");
    return a;
}

Result<Object::Ptr> objectMember(const Object::Ptr& o, const std::string& key, const std::string& path)
{
    auto v = member(o, key, path);
    if (!v)
        return v.error();
    Object::Ptr child = o->getObject(key);
    if (!child)
        return bad(join(path, key), "must be an object");
    return child;
}

Result<Recipient> decodeRecipient(const Object::Ptr& o)
{
    const std::string path = "recipient";
    Recipient r;
    auto kind = textMember(o, "kind", path);
    if (!kind)
        return kind.error();
    const auto k = recipientKindFromString(*kind);
    if (!k)
        return bad(join(path, "kind"), "must be hub, lab or pilot");
    r.kind = *k;
    auto id = textMember(o, "id", path);
    if (!id)
        return id.error();
    r.id = *id;
    auto name = textMember(o, "name", path);
    if (!name)
        return name.error();
    r.name = *name;
    return r;
}

Result<std::vector<ConsentEvent>> decodeEvents(const Array::Ptr& items)
{
    std::vector<ConsentEvent> events;
    for (std::size_t i = 0; i < items->size(); ++i) {
        const std::string path = indexed("events", i);
        Object::Ptr item = items->getObject(static_cast<unsigned>(i));
        if (!item)
            return bad(path, "must be an object");
        auto type = textMember(item, "type", path);
        if (!type)
            return type.error();
        const auto t = consentEventTypeFromString(*type);
        if (!t)
            return bad(join(path, "type"), "must be given, withdrawn or expired");
        auto when = timeMember(item, "time", path);
        if (!when)
            return when.error();
        events.push_back({*t, *when});
    }
    return events;
}

Status checkEvents(const Consent& c)
{
    if (c.events.empty())
        return bad("events", "must start with the given event");
    bool withdrawn = false;
    bool expired = false;
    for (std::size_t i = 0; i < c.events.size(); ++i) {
        const ConsentEvent& e = c.events[i];
        const std::string path = indexed("events", i);
        if (!isTime(e.time))
            return bad(join(path, "time"), "must be from 1970 to 9999");
        if (i == 0) {
            if (e.type != ConsentEventType::Given)
                return bad(join(path, "type"), "must be given: the first event is the consent's");
            if (e.time != c.given)
                return bad(join(path, "time"), "must be the consent's given time");
            continue;
        }
        if (e.time < c.events[i - 1].time)
            return bad(join(path, "time"), "is before the event before it");
        if (withdrawn)
            return bad(join(path, "type"), "follows a withdrawal");
        switch (e.type) {
        case ConsentEventType::Given:
            return bad(join(path, "type"), "repeats given");
        case ConsentEventType::Withdrawn:
            withdrawn = true;
            break;
        case ConsentEventType::Expired:
            if (expired)
                return bad(join(path, "type"), "repeats expired");
            if (e.time != c.expires)
                return bad(join(path, "time"), "must be the consent's expiry time");
            expired = true;
            break;
        }
    }
    return {};
}

} // namespace

// Words --------------------------------------------------------------------------------------------

std::string_view toString(RecipientKind kind)
{
    switch (kind) {
    case RecipientKind::Hub:
        return "hub";
    case RecipientKind::Lab:
        return "lab";
    case RecipientKind::Pilot:
        return "pilot";
    }
    return "hub";
}

std::optional<RecipientKind> recipientKindFromString(std::string_view text)
{
    for (RecipientKind k : {RecipientKind::Hub, RecipientKind::Lab, RecipientKind::Pilot})
        if (toString(k) == text)
            return k;
    return std::nullopt;
}

const std::vector<std::string_view>& purposeCategories()
{
    static const std::vector<std::string_view> terms(kPurposeCategories.begin(), kPurposeCategories.end());
    return terms;
}

bool isPurposeCategory(std::string_view term)
{
    return std::find(kPurposeCategories.begin(), kPurposeCategories.end(), term) != kPurposeCategories.end();
}

std::string_view toString(ConsentEventType type)
{
    switch (type) {
    case ConsentEventType::Given:
        return "given";
    case ConsentEventType::Withdrawn:
        return "withdrawn";
    case ConsentEventType::Expired:
        return "expired";
    }
    return "given";
}

std::optional<ConsentEventType> consentEventTypeFromString(std::string_view text)
{
    for (ConsentEventType t :
         {ConsentEventType::Given, ConsentEventType::Withdrawn, ConsentEventType::Expired})
        if (toString(t) == text)
            return t;
    return std::nullopt;
}

std::string_view toString(ConsentStatus status)
{
    switch (status) {
    case ConsentStatus::Pending:
        return "pending";
    case ConsentStatus::Active:
        return "active";
    case ConsentStatus::Withdrawn:
        return "withdrawn";
    case ConsentStatus::Expired:
        return "expired";
    }
    return "pending";
}

// Rules --------------------------------------------------------------------------------------------

ConsentStatus status(const Consent& consent, std::int64_t now)
{
    for (const ConsentEvent& e : consent.events)
        if (e.type == ConsentEventType::Withdrawn && e.time <= now)
            return ConsentStatus::Withdrawn;
    if (now >= consent.expires)
        return ConsentStatus::Expired;
    if (now < consent.given)
        return ConsentStatus::Pending;
    return ConsentStatus::Active;
}

bool isGridAllowed(geo::Precision grid, const std::vector<Category>& categories)
{
    switch (grid) {
    case geo::Precision::M250:
    case geo::Precision::M500:
    case geo::Precision::Km1:
        return true;
    case geo::Precision::Exact:
        return std::find(categories.begin(), categories.end(), Category::Mobility) == categories.end();
    case geo::Precision::M100:
        return false;
    }
    return false;
}

Consent newConsent(Consent draft, std::int64_t given)
{
    draft.id = newUuid();
    draft.given = given;
    draft.events = {{ConsentEventType::Given, given}};
    return draft;
}

Status validateConsent(const Consent& c)
{
    if (!isCanonicalUuid(c.id))
        return bad("id", "must be a lower-case UUID");
    if (auto s = checkText(c.principal, "principal", consent_limits::kMaxIdBytes); !s)
        return s;
    if (auto s = checkText(c.purpose, "purpose", consent_limits::kMaxPurposeBytes); !s)
        return s;
    if (!isPurposeCategory(c.purposeCategory))
        return bad("purpose_category", "is not a DPV purpose Balgul offers: " + c.purposeCategory);
    if (auto s = checkText(c.recipient.id, "recipient.id", consent_limits::kMaxIdBytes); !s)
        return s;
    if (auto s = checkText(c.recipient.name, "recipient.name", consent_limits::kMaxNameBytes); !s)
        return s;
    if (c.categories.empty())
        return bad("categories", "must name at least one category");
    for (std::size_t i = 0; i < c.categories.size(); ++i)
        if (std::find(c.categories.begin(), c.categories.begin() + static_cast<std::ptrdiff_t>(i),
                      c.categories[i]) != c.categories.begin() + static_cast<std::ptrdiff_t>(i))
            return bad(indexed("categories", i), "repeats " + std::string(toString(c.categories[i])));
    if (!isGridAllowed(c.grid, c.categories))
        return bad("grid", c.grid == geo::Precision::Exact ? "must be a grid when mobility is shared"
                                                           : "must be 250m, 500m or 1km");
    if (c.retentionDays < 1 || c.retentionDays > consent_limits::kMaxRetentionDays)
        return bad("retention_days",
                   "must be from 1 to " + std::to_string(consent_limits::kMaxRetentionDays));
    if (!isTime(c.given))
        return bad("given", "must be from 1970 to 9999");
    if (!isTime(c.expires))
        return bad("expires", "must be from 1970 to 9999");
    if (c.expires <= c.given)
        return bad("expires", "must be after given");
    if (auto s = checkText(c.withdrawal, "withdrawal", consent_limits::kMaxWithdrawalBytes); !s)
        return s;
    return checkEvents(c);
}

Status withdraw(Consent& consent, std::int64_t now)
{
    for (const ConsentEvent& e : consent.events)
        if (e.type == ConsentEventType::Withdrawn)
            return Error::make("consent_withdrawn", "the consent was withdrawn before", "events");
    if (!consent.events.empty() && now < consent.events.back().time)
        return bad("events", "cannot take an event before the last one");
    if (!isTime(now))
        return bad("events", "must be from 1970 to 9999");
    consent.events.push_back({ConsentEventType::Withdrawn, now});
    return {};
}

bool recordExpiry(Consent& consent, std::int64_t now)
{
    if (now < consent.expires)
        return false;
    for (const ConsentEvent& e : consent.events)
        if (e.type == ConsentEventType::Expired ||
            (e.type == ConsentEventType::Withdrawn && e.time <= consent.expires))
            return false;
    if (!consent.events.empty() && consent.events.back().time > consent.expires)
        return false;
    consent.events.push_back({ConsentEventType::Expired, consent.expires});
    return true;
}

// JSON ---------------------------------------------------------------------------------------------

std::string encodeConsent(const Consent& c)
{
    std::string out = "{\"id\":" + jsonQuote(c.id);
    out += ",\"principal\":" + jsonQuote(c.principal);
    out += ",\"purpose\":" + jsonQuote(c.purpose);
    out += ",\"purpose_category\":" + jsonQuote(c.purposeCategory);
    out += ",\"recipient\":{\"kind\":" + jsonQuote(toString(c.recipient.kind));
    out += ",\"id\":" + jsonQuote(c.recipient.id);
    out += ",\"name\":" + jsonQuote(c.recipient.name) + '}';
    out += ",\"categories\":[";
    for (std::size_t i = 0; i < c.categories.size(); ++i)
        out += (i ? "," : "") + jsonQuote(toString(c.categories[i]));
    out += "],\"aggregate\":" + jsonQuote(toString(c.aggregate));
    out += ",\"grid\":" + jsonQuote(geo::toString(c.grid));
    out += ",\"retention_days\":" + std::to_string(c.retentionDays);
    out += ",\"given\":" + jsonQuote(isoSeconds(c.given));
    out += ",\"expires\":" + jsonQuote(isoSeconds(c.expires));
    out += ",\"withdrawal\":" + jsonQuote(c.withdrawal);
    out += ",\"events\":[";
    for (std::size_t i = 0; i < c.events.size(); ++i) {
        out += i ? ",{\"type\":" : "{\"type\":";
        out += jsonQuote(toString(c.events[i].type));
        out += ",\"time\":" + jsonQuote(isoSeconds(c.events[i].time)) + '}';
    }
    out += "]}";
    return out;
}

Result<Consent> decodeConsent(std::string_view json)
{
    auto parsed = sync::parseBoundedObject(json, sync::json_bounds::kSmallBody);
    if (!parsed)
        return parsed.error();
    const Object::Ptr& o = *parsed;
    Consent c;
    for (auto [key, target] :
         {std::pair{"id", &c.id}, std::pair{"principal", &c.principal}, std::pair{"purpose", &c.purpose},
          std::pair{"purpose_category", &c.purposeCategory}, std::pair{"withdrawal", &c.withdrawal}}) {
        auto s = textMember(o, key, {});
        if (!s)
            return s.error();
        *target = std::move(*s);
    }
    auto recipient = objectMember(o, "recipient", {});
    if (!recipient)
        return recipient.error();
    auto r = decodeRecipient(*recipient);
    if (!r)
        return r.error();
    c.recipient = std::move(*r);

    auto categories = arrayMember(o, "categories", {});
    if (!categories)
        return categories.error();
    for (std::size_t i = 0; i < (*categories)->size(); ++i) {
        const Poco::Dynamic::Var v = (*categories)->get(static_cast<unsigned>(i));
        if (!v.isString())
            return bad(indexed("categories", i), "must be a string");
        const auto category = categoryFromString(v.extract<std::string>());
        if (!category)
            return bad(indexed("categories", i), "is not a category: " + v.extract<std::string>());
        c.categories.push_back(*category);
    }
    auto aggregate = textMember(o, "aggregate", {});
    if (!aggregate)
        return aggregate.error();
    const auto a = aggregateFromString(*aggregate);
    if (!a)
        return bad("aggregate", "must be raw, hourly, daily or monthly");
    c.aggregate = *a;
    auto grid = textMember(o, "grid", {});
    if (!grid)
        return grid.error();
    const auto g = geo::precisionFromString(*grid);
    if (!g)
        return bad("grid", "must be exact, 250m, 500m or 1km");
    c.grid = *g;
    auto retention = integerMember(o, "retention_days", {});
    if (!retention)
        return retention.error();
    c.retentionDays = *retention;
    auto given = timeMember(o, "given", {});
    if (!given)
        return given.error();
    c.given = *given;
    auto expires = timeMember(o, "expires", {});
    if (!expires)
        return expires.error();
    c.expires = *expires;
    auto events = arrayMember(o, "events", {});
    if (!events)
        return events.error();
    auto decodedEvents = decodeEvents(*events);
    if (!decodedEvents)
        return decodedEvents.error();
    c.events = std::move(*decodedEvents);
    if (auto s = validateConsent(c); !s)
        return s.error();
    return c;
}

// The PIPA notice ----------------------------------------------------------------------------------

bool isHealthData(Category category)
{
    return category == Category::HeartRate || category == Category::Steps ||
           category == Category::WalkingDistance;
}

PipaNotice pipaNotice(const Consent& c)
{
    PipaNotice n;
    n.purpose = c.purpose;
    n.purposeCategory = c.purposeCategory;
    n.recipientKind = c.recipient.kind;
    n.recipientName = c.recipient.name;
    n.items = c.categories;
    n.aggregate = c.aggregate;
    n.grid = c.grid;
    n.carriesPlaces =
        std::find(c.categories.begin(), c.categories.end(), Category::Mobility) != c.categories.end();
    n.withholdsHomeCell = n.carriesPlaces && geo::cellMetres(c.grid) < 1000;
    n.sensitive = std::any_of(c.categories.begin(), c.categories.end(), isHealthData);
    n.retentionDays = c.retentionDays;
    n.expires = c.expires;
    n.withdrawal = c.withdrawal;
    n.mayRefuse = true;
    n.refusalCost = c.recipient.kind == RecipientKind::Pilot ? "pilot_without_your_data" : "none";
    return n;
}

} // namespace balgul::core::mydata
