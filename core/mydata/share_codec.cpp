// Shared rows on the wire (share_codec.h): periods, units, the checks of a row and of a batch against
// a consent, and the strict JSON codec the client and the hub both use.

#include "core/mydata/share_codec.h"

#include "core/sync/json_bounds.h"
#include "core/util/json_writer.h"
#include "core/util/time.h"

#include <Poco/Dynamic/Var.h>
#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <set>
#include <tuple>

namespace balgul::core::mydata {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kMaxTime = consent_limits::kMaxTime;

/// At most kMaxRowsPerBatch rows of seven members each.
constexpr sync::JsonBounds kShareBounds{90'000, 64, share_limits::kMaxRowsPerBatch, 1u << 10, 8};

Error bad(const std::string& field, const std::string& message)
{
    return Error::make("invalid_field", field + " " + message, field);
}

std::string join(const std::string& path, const std::string& key)
{
    return path.empty() ? key : path + "." + key;
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

std::string isoSeconds(std::int64_t t)
{
    return toIso8601(fromUnixMs(t * 1000));
}

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

Result<SharedRow> decodeRow(const Object::Ptr& o, const std::string& path)
{
    SharedRow row;
    auto category = textMember(o, "category", path);
    if (!category)
        return category.error();
    const auto c = categoryFromString(*category);
    if (!c)
        return bad(join(path, "category"), "is not a category: " + *category);
    row.category = *c;
    auto unit = textMember(o, "unit", path);
    if (!unit)
        return unit.error();
    row.unit = std::move(*unit);
    auto aggregate = textMember(o, "aggregate", path);
    if (!aggregate)
        return aggregate.error();
    const auto a = aggregateFromString(*aggregate);
    if (!a)
        return bad(join(path, "aggregate"), "must be raw, hourly, daily or monthly");
    row.aggregate = *a;

    auto start = textMember(o, "period_start", path);
    if (!start)
        return start.error();
    const auto t = start->size() <= 64 ? parseIso8601(*start) : std::nullopt;
    if (!t)
        return bad(join(path, "period_start"), "is not an ISO 8601 time");
    const std::int64_t ms = toUnixMs(*t);
    if (ms % 1000 != 0)
        return bad(join(path, "period_start"), "must be whole seconds");
    row.periodStart = ms / 1000;

    auto value = member(o, "value", path);
    if (!value)
        return value.error();
    if (value->isBoolean() || !value->isNumeric())
        return bad(join(path, "value"), "must be a number");
    try {
        row.value = value->convert<double>();
    } catch (const Poco::Exception&) {
        return bad(join(path, "value"), "must be a number");
    }
    auto count = member(o, "count", path);
    if (!count)
        return count.error();
    if (count->isBoolean() || !count->isInteger())
        return bad(join(path, "count"), "must be a whole number");
    try {
        row.count = count->convert<Poco::Int64>();
    } catch (const Poco::Exception&) {
        return bad(join(path, "count"), "is out of range");
    }
    auto cell = textMember(o, "cell", path);
    if (!cell)
        return cell.error();
    row.cell = std::move(*cell);
    if (auto s = checkSharedRow(row, path); !s)
        return s.error();
    return row;
}

} // namespace

// Periods and units --------------------------------------------------------------------------------

std::int64_t periodStartOf(std::int64_t time, Aggregate aggregate)
{
    switch (aggregate) {
    case Aggregate::Raw:
        return time;
    case Aggregate::Hourly:
        return floorDiv(time, kHour) * kHour;
    case Aggregate::Daily:
        return floorDiv(time, kDay) * kDay;
    case Aggregate::Monthly: {
        using namespace std::chrono;
        const year_month_day ymd{sys_days{days{floorDiv(time, kDay)}}};
        const sys_days first{ymd.year() / ymd.month() / 1};
        return static_cast<std::int64_t>(first.time_since_epoch().count()) * kDay;
    }
    }
    return time;
}

bool isPeriodStart(std::int64_t time, Aggregate aggregate)
{
    return periodStartOf(time, aggregate) == time;
}

bool isKnownUnit(Category category, std::string_view unit)
{
    switch (category) {
    case Category::Electricity:
        return unit == "Wh";
    case Category::Gas:
        return unit == "Wh" || unit == "m3" || unit == "therm";
    case Category::Mobility:
        return unit.empty();
    case Category::Steps:
        return unit == "count";
    case Category::HeartRate:
        return unit == "count/min";
    case Category::WalkingDistance:
        return unit == "m";
    }
    return false;
}

// Checks -------------------------------------------------------------------------------------------

Status checkSharedRow(const SharedRow& row, const std::string& path)
{
    if (!isKnownUnit(row.category, row.unit))
        return bad(join(path, "unit"),
                   "is not a unit of " + std::string(toString(row.category)) + ": " + row.unit);
    if (row.periodStart < 0 || row.periodStart > kMaxTime)
        return bad(join(path, "period_start"), "must be from 1970 to 9999");
    if (!isPeriodStart(row.periodStart, row.aggregate))
        return bad(join(path, "period_start"),
                   "is not the start of a " + std::string(toString(row.aggregate)) + " period");
    if (!std::isfinite(row.value))
        return bad(join(path, "value"), "must be a finite number");
    if (row.count < 1)
        return bad(join(path, "count"), "must be at least 1");
    if (row.category == Category::Mobility) {
        if (row.value != 0)
            return bad(join(path, "value"), "must be 0 on a mobility row (the points are its count)");
        if (row.cell.empty())
            return bad(join(path, "cell"), "is missing on a mobility row");
        const auto cell = geo::cellFromId(row.cell);
        if (!cell || cell->id() != row.cell)
            return bad(join(path, "cell"), "is not a grid cell id: " + row.cell);
    } else if (!row.cell.empty()) {
        return bad(join(path, "cell"), "must be empty on a " + std::string(toString(row.category)) + " row");
    }
    return {};
}

Status checkRowsAgainstConsent(const std::vector<SharedRow>& rows, const Consent& consent)
{
    if (rows.size() > share_limits::kMaxRowsPerBatch)
        return Error::make("too_large",
                           "at most " + std::to_string(share_limits::kMaxRowsPerBatch) + " rows per batch",
                           "rows");
    using Key = std::tuple<Category, std::string, Aggregate, std::int64_t, std::string>;
    std::set<Key> seen;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const SharedRow& row = rows[i];
        const std::string path = "rows[" + std::to_string(i) + "]";
        if (auto s = checkSharedRow(row, path); !s)
            return s;
        if (std::find(consent.categories.begin(), consent.categories.end(), row.category) ==
            consent.categories.end())
            return bad(join(path, "category"),
                       "is not in the consent: " + std::string(toString(row.category)));
        if (!atLeastAsCoarse(row.aggregate, consent.aggregate))
            return bad(join(path, "aggregate"),
                       "is finer than the consent's " + std::string(toString(consent.aggregate)));
        if (row.category == Category::Mobility) {
            const auto cell = geo::cellFromId(row.cell);
            if (consent.grid == geo::Precision::Exact || !geo::atLeastAsCoarse(cell->precision, consent.grid))
                return bad(join(path, "cell"), "is finer than the consent's " +
                                                   std::string(geo::toString(consent.grid)) + " grid");
        }
        if (!seen.insert({row.category, row.unit, row.aggregate, row.periodStart, row.cell}).second)
            return bad(path, "repeats an earlier row's category, unit, aggregate, period and cell");
    }
    return {};
}

// JSON ---------------------------------------------------------------------------------------------

std::string encodeSharedRows(const std::vector<SharedRow>& rows)
{
    std::string out = "{\"rows\":[";
    out.reserve(rows.size() * 140 + 16);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const SharedRow& r = rows[i];
        out += i ? ",{\"category\":" : "{\"category\":";
        out += jsonQuote(toString(r.category));
        out += ",\"unit\":" + jsonQuote(r.unit);
        out += ",\"aggregate\":" + jsonQuote(toString(r.aggregate));
        out += ",\"period_start\":" + jsonQuote(isoSeconds(r.periodStart));
        out += ",\"value\":" + jsonNumber(r.value);
        out += ",\"count\":" + std::to_string(r.count);
        out += ",\"cell\":" + jsonQuote(r.cell) + '}';
    }
    out += "]}";
    return out;
}

Result<std::vector<SharedRow>> decodeSharedRows(std::string_view json)
{
    auto parsed = sync::parseBoundedObject(json, kShareBounds);
    if (!parsed)
        return parsed.error();
    const Object::Ptr& o = *parsed;
    if (!o->has("rows"))
        return bad("rows", "is missing");
    Array::Ptr items = o->getArray("rows");
    if (!items)
        return bad("rows", "must be an array");
    if (items->size() > share_limits::kMaxRowsPerBatch)
        return Error::make("too_large",
                           "at most " + std::to_string(share_limits::kMaxRowsPerBatch) + " rows per batch",
                           "rows");
    std::vector<SharedRow> rows;
    rows.reserve(items->size());
    for (std::size_t i = 0; i < items->size(); ++i) {
        const std::string path = "rows[" + std::to_string(i) + "]";
        Object::Ptr item = items->getObject(static_cast<unsigned>(i));
        if (!item)
            return bad(path, "must be an object");
        auto row = decodeRow(item, path);
        if (!row)
            return row.error();
        rows.push_back(std::move(*row));
    }
    return rows;
}

bool sameRow(const SharedRow& a, const SharedRow& b)
{
    return a.category == b.category && a.unit == b.unit && a.aggregate == b.aggregate &&
           a.periodStart == b.periodStart && a.value == b.value && a.count == b.count && a.cell == b.cell;
}

} // namespace balgul::core::mydata
