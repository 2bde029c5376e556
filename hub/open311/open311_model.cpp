#include "hub/open311/open311_model.h"

#include "hub/http/http_support.h"

#include "core/domain/category.h"
#include "core/util/ids.h"
#include "core/util/text.h"

#include <Poco/String.h>

#include <algorithm>

namespace balgul::hub::open311 {

namespace {

constexpr std::size_t kTitleLength = 80;               ///< code points of a derived title
constexpr std::string_view kEllipsis = "\xE2\x80\xA6"; ///< U+2026, ends a shortened title

std::string groupOf(std::string_view code)
{
    if (code == "air" || code == "energy" || code == "recycling" || code == "noise" || code == "green")
        return "environment";
    if (code == "traffic" || code == "safety")
        return "streets and safety";
    if (code == "welfare")
        return "community";
    return "other";
}

std::string textField(const Poco::JSON::Object::Ptr& fields, const std::string& name)
{
    if (!fields || !fields->has(name))
        return {};
    const auto v = fields->get(name);
    return v.isString() ? v.extract<std::string>() : std::string();
}

double numberField(const Poco::JSON::Object::Ptr& fields, const std::string& name)
{
    if (!fields || !fields->has(name))
        return 0;
    const auto v = fields->get(name);
    return v.isNumeric() && !v.isBoolean() ? v.convert<double>() : 0;
}

std::string statusNote(std::string_view balgulStatus)
{
    if (balgulStatus == "confirmed")
        return "confirmed by a coordinator";
    if (balgulStatus == "in_progress")
        return "in progress";
    if (balgulStatus == "resolved")
        return "resolved";
    if (balgulStatus == "closed")
        return "closed without resolution";
    if (balgulStatus == "reopened")
        return "reopened";
    return "new";
}

/// The comma-separated items of a parameter, trimmed, empty items dropped.
std::vector<std::string> commaList(const std::string& value)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= value.size()) {
        auto end = value.find(',', start);
        if (end == std::string::npos)
            end = value.size();
        std::string item = core::trimmed(std::string_view(value).substr(start, end - start));
        if (!item.empty())
            out.push_back(std::move(item));
        start = end + 1;
    }
    return out;
}

HttpError badParameter(const std::string& name, const std::string& message)
{
    return HttpError::make(400, "invalid_field", name + " " + message, name);
}

std::optional<core::Timestamp> timeParameter(const std::string& query, const std::string& name)
{
    bool present = false;
    const std::string value = queryValue(query, name, &present);
    if (!present)
        return std::nullopt;
    const auto t = core::parseIso8601(core::trimmed(value));
    if (!t)
        throw badParameter(name, "must be an ISO 8601 date and time, such as 2026-11-05T08:15:30Z");
    return t;
}

} // namespace

std::vector<Service> services()
{
    std::vector<Service> out;
    for (const auto& c : core::defaultCategories()) {
        Service s;
        s.code = std::string(c.code);
        s.name = std::string(c.nameEn);
        s.description = std::string(c.nameEn) + " (" + std::string(c.nameKo) + ")";
        s.keywords = std::string(c.code) + ", " + std::string(c.nameKo);
        s.group = groupOf(c.code);
        out.push_back(std::move(s));
    }
    return out;
}

std::string_view open311Status(std::string_view balgulStatus)
{
    return balgulStatus == "resolved" || balgulStatus == "closed" ? "closed" : "open";
}

std::optional<ServiceRequest> toServiceRequest(const EntityState& state, const std::string& agency)
{
    if (state.entity != "problem" || state.deleted || !state.fields)
        return std::nullopt;
    const auto& f = state.fields;
    ServiceRequest r;
    r.id = state.id;
    r.version = state.seq;
    std::string balgulStatus = textField(f, "status");
    if (balgulStatus.empty())
        balgulStatus = "new";
    r.status = std::string(open311Status(balgulStatus));
    // The latest note of a status change, else what the status says.
    const std::string note = textField(f, "status_note");
    r.statusNotes = note.empty() ? statusNote(balgulStatus) : note;
    if (const std::string duplicateOf = textField(f, "duplicate_of"); !duplicateOf.empty())
        r.statusNotes += "; duplicate of " + duplicateOf;
    r.serviceCode = textField(f, "category");
    if (const auto* category = core::findCategory(r.serviceCode))
        r.serviceName = std::string(category->nameEn);
    // GeoReport has no title: the description carries it, unless it already starts with it
    // (as it does for a problem filed through Open311).
    const std::string title = textField(f, "title");
    const std::string description = textField(f, "description");
    std::string_view titleStem = title;
    if (titleStem.ends_with(kEllipsis))
        titleStem.remove_suffix(kEllipsis.size());
    if (description.empty())
        r.description = title;
    else if (title.empty() || description.starts_with(titleStem))
        r.description = description;
    else
        r.description = title + "\n\n" + description;
    r.agencyResponsible = agency;
    if (const auto created = core::parseIso8601(textField(f, "created"))) {
        r.requestedAt = created;
        r.requestedDatetime = core::toIso8601(*created);
    }
    r.address = textField(f, "address");
    r.lat = numberField(f, "lat");
    r.lon = numberField(f, "lon");
    return r;
}

RequestQuery parseRequestQuery(const std::string& rawQuery, core::Timestamp now)
{
    RequestQuery q;
    bool present = false;
    const std::string ids = queryValue(rawQuery, "service_request_id", &present);
    if (present) {
        q.ids = commaList(ids);
        if (q.ids.empty())
            throw badParameter("service_request_id", "is empty");
        for (const auto& id : q.ids) {
            if (core::hasControlCharacter(id, false))
                throw badParameter("service_request_id", "holds a control character");
            if (core::isUuid(id) && !core::isCanonicalUuid(id))
                throw badParameter("service_request_id", "names a UUID in upper case: ids are lower case");
        }
        if (q.ids.size() > kMaxIdsPerQuery)
            throw badParameter("service_request_id",
                               "may name at most " + std::to_string(kMaxIdsPerQuery) + " requests");
        return q; // the spec: an id list overrides every other parameter
    }
    for (const auto& code : commaList(queryValue(rawQuery, "service_code"))) {
        if (!core::findCategory(code))
            throw badParameter("service_code", "'" + code + "' is not a service of this hub");
        q.serviceCodes.insert(code);
    }
    for (const auto& item : commaList(queryValue(rawQuery, "status"))) {
        const std::string status = Poco::toLower(item);
        if (status != "open" && status != "closed")
            throw badParameter("status", "must be open or closed");
        q.statuses.insert(status);
    }
    const auto start = timeParameter(rawQuery, "start_date");
    const auto end = timeParameter(rawQuery, "end_date");
    q.explicitWindow = start || end;
    if (start && end) {
        if (*end < *start)
            throw badParameter("end_date", "must not be before start_date");
        if (*end - *start > kDefaultWindow)
            throw badParameter("end_date", "may not be more than 90 days after start_date");
        q.start = *start;
        q.end = *end;
    } else if (start) {
        q.start = *start;
        q.end = *start + kDefaultWindow;
    } else if (end) {
        q.start = *end - kDefaultWindow;
        q.end = *end;
    } else {
        q.start = now - kDefaultWindow;
        q.end = core::Timestamp::max(); // a client clock slightly ahead still shows
    }
    return q;
}

ProblemFilter toProblemFilter(const RequestQuery& query)
{
    ProblemFilter filter;
    filter.categories.assign(query.serviceCodes.begin(), query.serviceCodes.end());
    if (query.statuses.size() == 1)
        filter.closed = *query.statuses.begin() == "closed";
    filter.createdFromMs = core::toUnixMs(query.start);
    filter.createdToMs = core::toUnixMs(query.end);
    filter.withUndated = !query.explicitWindow;
    filter.limit = kMaxRequests;
    return filter;
}

std::string titleFor(std::string_view description, std::string_view serviceName)
{
    const std::string text = core::trimmed(description);
    std::string line = core::trimmed(std::string_view(text).substr(0, text.find_first_of("\r\n")));
    if (line.empty())
        return std::string(serviceName);
    std::size_t codePoints = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80)
            continue;
        if (codePoints == kTitleLength) {
            line.resize(i);
            return core::trimmed(line) + std::string(kEllipsis);
        }
        ++codePoints;
    }
    return line;
}

} // namespace balgul::hub::open311
