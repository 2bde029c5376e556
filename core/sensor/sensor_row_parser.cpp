// The hot path of a CSV import: one row of field views to a time, a device and values, without
// allocating. Messages for problems are built only when asked for (the report keeps the first).

#include "core/sensor/generic_mapping.h"
#include "core/sensor/sensor_format.h"
#include "core/sensor/sensor_parse.h"
#include "core/util/time_zone.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace balgul::core::sensor {

using namespace detail;

namespace {

enum class TimeKind
{
    Iso,       ///< ISO 8601; without an offset the mapping's zone applies
    UnixOrIso, ///< digits are Unix seconds, anything else ISO
    UnixSeconds,
    UnixMillis,
    Pattern,
};

enum class Conversion
{
    None,
    FahrenheitToCelsius,
    PascalToHectopascal,
};

enum class TimeProblem
{
    None,
    NotATime,
    DstGap,
};

struct ColumnPlan
{
    Quantity quantity = Quantity::Pm2_5;
    int a = -1;
    int b = -1; ///< the second channel, or -1
    std::string field;
    std::string fieldA, fieldB;
    Conversion conversion = Conversion::None;
    std::vector<double> sentinels;
};

Conversion conversionOf(std::string_view word)
{
    if (word == "°F→°C")
        return Conversion::FahrenheitToCelsius;
    if (word == "Pa→hPa")
        return Conversion::PascalToHectopascal;
    return Conversion::None;
}

} // namespace

struct RowParser::Impl
{
    FileMapping mapping;
    std::size_t fieldCount = 0;
    int timeIndex = -1, deviceIndex = -1, typeIndex = -1, latIndex = -1, lonIndex = -1;
    TimeKind timeKind = TimeKind::Iso;
    std::optional<TimeZone> zone; ///< nullopt: UTC
    std::string fallbackDeviceId;
    std::vector<ColumnPlan> columns;
    DateCache dateCache;
    std::string latText, lonText;
    std::optional<double> lat, lon;
    TimeProblem timeProblem = TimeProblem::None;
    std::string noDataOwner; ///< "PurpleAir's", "AirGradient's", "the device's"

    bool parseTime(std::string_view text, std::int64_t& out, bool& ambiguous)
    {
        ambiguous = false;
        text = trim(text);
        bool zoned = false;
        bool ok = false;
        switch (timeKind) {
        case TimeKind::Iso:
            ok = parseIso(text, &dateCache, out, zoned);
            break;
        case TimeKind::UnixOrIso:
            ok = !text.empty() && digit(text[0]) &&
                         text.find_first_not_of("0123456789.") == std::string_view::npos
                     ? (zoned = true, parseUnix(text, out, false))
                     : parseIso(text, &dateCache, out, zoned);
            break;
        case TimeKind::UnixSeconds:
        case TimeKind::UnixMillis:
            ok = parseUnix(text, out, timeKind == TimeKind::UnixMillis);
            zoned = true;
            break;
        case TimeKind::Pattern:
            if (auto t = parsePatternTime(text, mapping.timeFormat)) {
                out = *t;
                ok = true;
            }
            break;
        }
        if (!ok) {
            timeProblem = TimeProblem::NotATime;
            return false;
        }
        if (!zoned && zone) {
            const auto utc = zone->toUtc(out, &ambiguous);
            if (!utc) {
                timeProblem = TimeProblem::DstGap;
                return false;
            }
            out = *utc;
        }
        return true;
    }

    static std::optional<double> coordinate(std::string_view text, std::string& cacheText,
                                            std::optional<double>& cacheValue, double limit)
    {
        if (text == cacheText)
            return cacheValue;
        cacheText.assign(text);
        const auto v = parseNumber(trim(text));
        cacheValue = v && std::abs(*v) <= limit ? v : std::nullopt;
        return cacheValue;
    }

    // One column's text to a cell (flags and problem set, value converted and rounded).
    void single(const ColumnPlan& plan, std::string_view text, RowCell& cell) const
    {
        cell.hasValue = false;
        cell.flags = FlagNone;
        cell.problem = {};
        text = trim(text);
        if (isMissingText(text))
            return;
        double value = 0;
        int decimals = 0;
        if (!simpleDecimal(text, value, decimals)) {
            const auto number = parseNumber(text);
            if (!number) {
                cell.problem = "bad_number";
                return;
            }
            value = *number;
            decimals = 99;
        }
        for (double s : plan.sentinels)
            if (value == s) {
                cell.hasValue = true;
                cell.value = value;
                cell.flags = FlagSentinel;
                cell.problem = "sentinel";
                return;
            }
        if (plan.conversion == Conversion::FahrenheitToCelsius)
            value = (value - 32.0) * 5.0 / 9.0;
        else if (plan.conversion == Conversion::PascalToHectopascal)
            value /= 100.0;
        // Three decimals or fewer as written need no rounding: the value already is n / 1000.
        if (plan.conversion != Conversion::None || decimals > 3)
            value = roundHalfAway(value * kValueScale) / kValueScale;
        if (!isStorableValue(value)) { // left out, never stored wrapped or rounded away
            cell.problem = "unstorable_value";
            return;
        }
        cell.hasValue = true;
        cell.value = value;
        if (!isPlausible(plan.quantity, value)) {
            cell.flags = FlagImpossible;
            cell.problem = "impossible_value";
        }
    }

    std::string singleDetail(const ColumnPlan& plan, std::string_view text) const
    {
        text = trim(text);
        RowCell cell;
        single(plan, text, cell);
        if (cell.problem == "bad_number")
            return "'" + std::string(text) + "' is not a number";
        if (cell.problem == "sentinel")
            return std::string(text) + " is " + noDataOwner + " no-data code";
        if (cell.problem == "unstorable_value")
            return unstorableDetail(text);
        if (cell.problem == "impossible_value")
            return std::string(text) + " is not a possible " + std::string(toString(plan.quantity)) +
                   " value";
        if (!text.empty())
            return "'" + std::string(text) + "' means no value";
        return "the value is empty";
    }
};

RowParser::RowParser(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
RowParser::~RowParser() = default;

const std::string& RowParser::timeColumn() const
{
    return m_impl->mapping.timeColumn;
}

int RowParser::timeIndex() const
{
    return m_impl->timeIndex;
}

Result<std::unique_ptr<RowParser>> RowParser::create(const FileMapping& mapping,
                                                     const std::vector<std::string>& header,
                                                     std::string fallbackDeviceId)
{
    auto impl = std::make_unique<Impl>();
    impl->mapping = mapping;
    impl->fieldCount = header.size();
    auto index = [&](const std::string& name) -> int {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (header[i] == name)
                return static_cast<int>(i);
        return -1;
    };
    auto required = [&](const std::string& name, int& out) -> Status {
        out = index(name);
        if (out < 0)
            return Error::make("missing_column", "the header has no '" + name + "' column", name);
        return {};
    };
    if (Status s = required(mapping.timeColumn, impl->timeIndex); !s)
        return s.error();
    if (!mapping.deviceColumn.empty())
        if (Status s = required(mapping.deviceColumn, impl->deviceIndex); !s)
            return s.error();
    if (!mapping.typeColumn.empty())
        impl->typeIndex = index(mapping.typeColumn);
    if (!mapping.latColumn.empty() || !mapping.lonColumn.empty()) {
        if (Status s = required(mapping.latColumn, impl->latIndex); !s)
            return s.error();
        if (Status s = required(mapping.lonColumn, impl->lonIndex); !s)
            return s.error();
    }
    const std::string& tf = mapping.timeFormat;
    if (tf == "unix seconds or iso8601")
        impl->timeKind = TimeKind::UnixOrIso;
    else if (tf == "unix seconds")
        impl->timeKind = TimeKind::UnixSeconds;
    else if (tf == "unix milliseconds")
        impl->timeKind = TimeKind::UnixMillis;
    else if (tf.find('%') != std::string::npos) {
        if (!isValidTimeFormat(tf))
            return Error::make("bad_time_format", "'" + tf + "' is not a time format this importer reads",
                               "timeFormat");
        impl->timeKind = TimeKind::Pattern;
    } else if (tf.rfind("iso8601", 0) == 0 || tf.empty())
        impl->timeKind = TimeKind::Iso;
    else
        return Error::make("bad_time_format", "'" + tf + "' is not a time format this importer reads",
                           "timeFormat");
    if (!mapping.timeZone.empty() && mapping.timeZone != "UTC") {
        auto zone = TimeZone::load(mapping.timeZone);
        if (!zone)
            return zone.error();
        impl->zone = *zone;
    }
    impl->fallbackDeviceId = mapping.deviceId.empty() ? std::move(fallbackDeviceId) : mapping.deviceId;
    impl->noDataOwner = mapping.sensorType.empty() ? "the device's" : mapping.sensorType + "'s";
    for (const ColumnMapping& c : mapping.columns) {
        ColumnPlan plan;
        plan.quantity = c.quantity;
        plan.conversion = conversionOf(c.conversion);
        plan.sentinels = c.sentinels;
        if (c.columns.empty() || c.columns.size() > 2)
            return Error::make("invalid_mapping", "a value takes one column or two channels");
        if (Status s = required(c.columns[0], plan.a); !s)
            return s.error();
        plan.fieldA = c.columns[0];
        plan.field = c.columns[0];
        if (c.columns.size() == 2) {
            if (Status s = required(c.columns[1], plan.b); !s)
                return s.error();
            plan.fieldB = c.columns[1];
            plan.field = c.columns[0] + "+" + c.columns[1];
        }
        impl->columns.push_back(std::move(plan));
    }
    return std::unique_ptr<RowParser>(new RowParser(std::move(impl)));
}

std::string_view RowParser::parse(std::span<const std::string_view> fields, RowFields& row)
{
    Impl& p = *m_impl;
    if (!p.parseTime(fields[static_cast<std::size_t>(p.timeIndex)], row.time, row.ambiguousTime))
        return "bad_time";
    row.deviceId =
        p.deviceIndex >= 0 ? trim(fields[static_cast<std::size_t>(p.deviceIndex)]) : std::string_view();
    if (row.deviceId.empty())
        row.deviceId = p.fallbackDeviceId;
    row.sensorType = p.typeIndex >= 0 ? fields[static_cast<std::size_t>(p.typeIndex)]
                                      : std::string_view(p.mapping.sensorType);
    if (p.latIndex >= 0) {
        row.lat = Impl::coordinate(fields[static_cast<std::size_t>(p.latIndex)], p.latText, p.lat, 90);
        row.lon = Impl::coordinate(fields[static_cast<std::size_t>(p.lonIndex)], p.lonText, p.lon, 180);
    } else {
        row.lat.reset();
        row.lon.reset();
    }
    row.cells.resize(p.columns.size());
    for (std::size_t i = 0; i < p.columns.size(); ++i) {
        const ColumnPlan& plan = p.columns[i];
        RowCell& cell = row.cells[i];
        cell.quantity = plan.quantity;
        if (plan.b < 0) {
            p.single(plan, fields[static_cast<std::size_t>(plan.a)], cell);
            cell.field = plan.field;
            continue;
        }
        RowCell a, b;
        p.single(plan, fields[static_cast<std::size_t>(plan.a)], a);
        p.single(plan, fields[static_cast<std::size_t>(plan.b)], b);
        const bool aGood = a.hasValue && a.flags == FlagNone;
        const bool bGood = b.hasValue && b.flags == FlagNone;
        if (aGood && bGood) {
            cell = a;
            cell.field = plan.field;
            cell.value = std::round((a.value + b.value) / 2 * kValueScale) / kValueScale;
            const double diff = std::abs(a.value - b.value);
            const double mean = (a.value + b.value) / 2;
            // The EPA's PurpleAir QA rule: channels differ by more than 5 µg/m³ and 70 %.
            if (diff > 5 && mean > 0 && diff / mean > 0.7) {
                cell.flags |= FlagChannelDisagreement;
                cell.problem = "channel_disagreement";
            }
        } else if (aGood || bGood) {
            const RowCell& other = aGood ? b : a;
            cell = aGood ? a : b;
            cell.field = aGood ? plan.fieldA : plan.fieldB;
            if (!other.problem.empty()) // report the bad channel, use the good one
                cell.problem = other.problem;
        } else {
            const bool useA = a.hasValue || !a.problem.empty();
            cell = useA ? a : b;
            cell.field = useA ? plan.fieldA : plan.fieldB;
        }
        cell.quantity = plan.quantity;
    }
    return {};
}

std::string RowParser::timeDetail(std::span<const std::string_view> fields) const
{
    const std::string text(trim(fields[static_cast<std::size_t>(m_impl->timeIndex)]));
    if (m_impl->timeProblem == TimeProblem::DstGap && m_impl->zone)
        return "'" + text + "' falls in the daylight-saving gap of " + m_impl->zone->name() +
               " (that local time does not exist)";
    return "'" + text + "' is not a time";
}

std::string RowParser::cellDetail(const RowFields& row, std::size_t cell,
                                  std::span<const std::string_view> fields) const
{
    const Impl& p = *m_impl;
    const ColumnPlan& plan = p.columns[cell];
    const RowCell& c = row.cells[cell];
    if (plan.b < 0)
        return p.singleDetail(plan, fields[static_cast<std::size_t>(plan.a)]);
    const std::string_view ta = trim(fields[static_cast<std::size_t>(plan.a)]);
    const std::string_view tb = trim(fields[static_cast<std::size_t>(plan.b)]);
    if (c.problem == "channel_disagreement")
        return "channel a " + std::string(ta) + ", channel b " + std::string(tb);
    RowCell a, b;
    p.single(plan, ta, a);
    p.single(plan, tb, b);
    const bool aGood = a.hasValue && a.flags == FlagNone;
    const bool bGood = b.hasValue && b.flags == FlagNone;
    if (aGood != bGood) {
        const bool badIsA = !aGood;
        return (badIsA ? plan.fieldA : plan.fieldB) + ": " + p.singleDetail(plan, badIsA ? ta : tb);
    }
    const bool useA = a.hasValue || !a.problem.empty();
    return p.singleDetail(plan, useA ? ta : tb);
}

Result<ParsedRow> parseRow(const FileMapping& mapping, const std::vector<std::string>& header,
                           const std::vector<std::string>& fields, const std::string& fallbackDeviceId)
{
    auto parser = RowParser::create(mapping, header, fallbackDeviceId);
    if (!parser)
        return parser.error();
    std::vector<std::string_view> views(fields.begin(), fields.end());
    views.resize(std::max(views.size(), header.size()));
    RowFields row;
    if (const std::string_view problem = (*parser)->parse(views, row); !problem.empty())
        return Error::make(std::string(problem), (*parser)->timeDetail(views), mapping.timeColumn);
    return (*parser)->toParsedRow(row, views);
}

ParsedRow RowParser::toParsedRow(const RowFields& row, std::span<const std::string_view> fields) const
{
    ParsedRow out;
    out.deviceId = std::string(row.deviceId);
    out.sensorType = std::string(row.sensorType);
    out.lat = row.lat;
    out.lon = row.lon;
    out.time = row.time;
    out.ambiguousTime = row.ambiguousTime;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
        const RowCell& c = row.cells[i];
        RowValue v;
        v.quantity = c.quantity;
        v.field = std::string(c.field);
        if (c.hasValue)
            v.value = c.value;
        v.flags = c.flags;
        v.problem = std::string(c.problem);
        if (!c.problem.empty())
            v.detail = cellDetail(row, i, fields);
        out.values.push_back(std::move(v));
    }
    return out;
}

} // namespace balgul::core::sensor
