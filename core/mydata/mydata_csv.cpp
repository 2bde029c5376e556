// Personal records in a mapped CSV: the mapping's checks and units, the presets, and the row reader
// shared by the import and the preview (the CSV itself is tokenized by core/sensor/csv_reader.h).

#include "core/mydata/mydata_csv.h"

#include "core/sensor/generic_mapping.h"
#include "core/util/progress.h"
#include "core/util/text.h"
#include "core/util/time.h"
#include "core/util/time_zone.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <span>
#include <variant>

namespace balgul::core::mydata {

namespace {

Error invalid(std::string field, std::string message)
{
    return Error::make("invalid_mapping", std::move(message), std::move(field));
}

bool sameName(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               const auto lower = [](char c) {
                   return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
               };
               return lower(x) == lower(y);
           });
}

std::int64_t floorSeconds(std::int64_t ms)
{
    return ms >= 0 ? ms / 1000 : -((999 - ms) / 1000);
}

// Why a row is skipped: the reason, the column to blame, and a sentence without the value.
struct Skip
{
    std::string_view reason;
    std::string field;
    std::string detail;
};

// One mapping applied to rows of one header.
class RowReader
{
public:
    static Result<RowReader> make(const CsvMapping& mapping, const std::vector<std::string>& header)
    {
        if (Status s = mapping.validate(header); !s)
            return s.error();
        RowReader r;
        r.m_mapping = mapping;
        const auto index = [&](const std::string& column) {
            return static_cast<int>(std::find(header.begin(), header.end(), column) - header.begin());
        };
        r.m_time = index(mapping.timeColumn);
        r.m_value = index(mapping.valueColumn);
        r.m_duration = mapping.durationColumn.empty() ? -1 : index(mapping.durationColumn);
        r.m_needed = static_cast<std::size_t>(std::max({r.m_time, r.m_value, r.m_duration})) + 1;
        const auto conversion = csvUnitConversion(mapping.category, mapping.unit);
        r.m_unit = conversion->first;
        r.m_factor = conversion->second * mapping.multiplier;
        if (!mapping.timeZone.empty() && mapping.timeZone != "UTC")
            r.m_zone = *TimeZone::load(mapping.timeZone);
        return r;
    }

    const std::string& unit() const { return m_unit; }

    /// The row's reading, or why it is skipped.
    std::variant<Interval, Skip> parse(std::span<const std::string_view> fields) const
    {
        if (fields.size() == 1 && trimmed(fields[0]).empty())
            return Skip{"empty_row", "", "the row is empty"};
        if (fields.size() < m_needed)
            return Skip{"field_count", "",
                        "the row has " + std::to_string(fields.size()) + " fields; column '" +
                            columnNeeded(fields.size()) + "' is missing"};
        const std::string& timeColumn = m_mapping.timeColumn;
        bool gap = false;
        const auto start = time(fields[static_cast<std::size_t>(m_time)], gap);
        if (gap)
            return Skip{"dst_gap", timeColumn,
                        "column '" + timeColumn + "': the local time does not exist in " +
                            m_mapping.timeZone + " (a daylight-saving gap)"};
        if (!start || *start < 0 || *start > kLatestTime)
            return Skip{"bad_time", timeColumn,
                        "column '" + timeColumn + "': the time is not " + m_mapping.timeFormat};
        std::int64_t duration = m_mapping.duration;
        if (m_duration >= 0) {
            const std::string& column = m_mapping.durationColumn;
            const auto d = number(fields[static_cast<std::size_t>(m_duration)]);
            if (!d || *d < 0 || *d > static_cast<double>(kLongestReading))
                return Skip{"bad_duration", column,
                            "column '" + column + "': the duration is not seconds up to 400 days"};
            duration = static_cast<std::int64_t>(std::llround(*d));
        }
        const std::string& valueColumn = m_mapping.valueColumn;
        const std::string_view valueText = fields[static_cast<std::size_t>(m_value)];
        if (trimmed(valueText).empty())
            return Skip{"no_value", valueColumn, "column '" + valueColumn + "': the value is empty"};
        const auto v = number(valueText);
        if (!v || !std::isfinite(*v * m_factor))
            return Skip{"bad_number", valueColumn, "column '" + valueColumn + "': the value is not a number"};
        const double value = *v * m_factor;
        if (value < 0 && m_mapping.category != Category::Electricity && m_mapping.category != Category::Gas)
            return Skip{"negative_value", valueColumn, "column '" + valueColumn + "': the value is negative"};
        return Interval{*start, duration, value};
    }

private:
    std::string columnNeeded(std::size_t have) const
    {
        for (const auto& [index, name] :
             {std::pair{m_time, &m_mapping.timeColumn}, std::pair{m_value, &m_mapping.valueColumn},
              std::pair{m_duration, &m_mapping.durationColumn}})
            if (index >= 0 && static_cast<std::size_t>(index) >= have)
                return *name;
        return {};
    }

    std::optional<double> number(std::string_view text) const
    {
        std::string t = trimmed(text);
        if (m_mapping.decimal == ',') {
            if (t.find('.') != std::string::npos)
                return std::nullopt;
            std::replace(t.begin(), t.end(), ',', '.');
        }
        return parseDecimal(t);
    }

    std::optional<std::int64_t> time(std::string_view text, bool& gap) const
    {
        const std::string t = trimmed(text);
        const std::string& format = m_mapping.timeFormat;
        std::int64_t local = 0;
        if (format == "unix seconds" || format == "unix milliseconds") {
            const auto v = parseDecimal(t);
            if (!v || std::abs(*v) > 1e15)
                return std::nullopt;
            const double seconds = format == "unix seconds" ? *v : *v / 1000;
            return static_cast<std::int64_t>(std::floor(seconds));
        }
        if (format == "iso8601") {
            const auto parsed = parseIsoDateTime(t);
            if (!parsed)
                return std::nullopt;
            if (parsed->zoned)
                return floorSeconds(parsed->unixMs);
            local = floorSeconds(parsed->unixMs);
        } else {
            const auto parsed = sensor::parsePatternTime(t, format);
            if (!parsed)
                return std::nullopt;
            local = *parsed;
        }
        if (!m_zone)
            return local;
        const auto utc = m_zone->toUtc(local);
        gap = !utc;
        return utc;
    }

    CsvMapping m_mapping;
    int m_time = 0, m_value = 0, m_duration = -1;
    std::size_t m_needed = 1;
    std::string m_unit;
    double m_factor = 1;
    std::optional<TimeZone> m_zone;
};

// Opens the CSV and reads its header (names trimmed).
Result<std::vector<std::string>> readHeader(sensor::CsvReader& reader)
{
    auto more = reader.next();
    if (!more)
        return more.error();
    if (!*more)
        return Error::make("no_header", "the file is empty: it has no header row").at(reader.path());
    std::vector<std::string> header;
    for (std::string_view f : reader.fields())
        header.push_back(trimmed(f));
    reader.setFieldNames(header);
    return header;
}

Result<ImportedRecords> readRows(sensor::CsvReader& reader, const CsvMapping& mapping, Progress* progress)
{
    ImportedRecords result;
    result.report.file = reader.path();
    result.report.format = "csv";
    auto header = readHeader(reader);
    if (!header)
        return header.error();
    auto rows = RowReader::make(mapping, *header);
    if (!rows) {
        Error e = rows.error();
        e.file = reader.path();
        return e;
    }
    BlockBuilder builder;
    for (std::int64_t n = 0;; ++n) {
        if (progress && n % 4096 == 0) {
            if (progress->cancelled())
                return Error::make("cancelled", "the import was cancelled").at(reader.path());
            progress->report("read", reader.bytesRead(), reader.fileSize());
        }
        auto more = reader.next();
        if (!more)
            return more.error();
        if (!*more)
            break;
        ++result.report.read;
        const auto row = rows->parse(reader.fields());
        if (const Skip* skip = std::get_if<Skip>(&row))
            result.report.skip(skip->reason, skip->field, reader.line(), skip->detail);
        else
            builder.add(mapping.category, rows->unit(), std::get<Interval>(row));
    }
    result.blocks = builder.finish(result.report);
    return result;
}

} // namespace

// The mapping -------------------------------------------------------------------------------------

std::vector<std::string> csvUnitsFor(Category category)
{
    switch (category) {
    case Category::Electricity:
        return {"Wh", "kWh", "MWh"};
    case Category::Gas:
        return {"Wh", "kWh", "MWh", "MJ", "m3", "ft3", "therm"};
    case Category::Steps:
        return {"count"};
    case Category::HeartRate:
        return {"count/min", "bpm"};
    case Category::WalkingDistance:
        return {"m", "km", "mi", "ft"};
    case Category::Mobility:
        break;
    }
    return {};
}

std::optional<std::pair<std::string, double>> csvUnitConversion(Category category, std::string_view unit)
{
    const auto units = csvUnitsFor(category);
    if (std::find(units.begin(), units.end(), unit) == units.end())
        return std::nullopt;
    if (unit == "Wh")
        return std::pair{std::string("Wh"), 1.0};
    if (unit == "kWh")
        return std::pair{std::string("Wh"), 1e3};
    if (unit == "MWh")
        return std::pair{std::string("Wh"), 1e6};
    if (unit == "MJ")
        return std::pair{std::string("Wh"), 1e6 / 3600};
    if (unit == "m3")
        return std::pair{std::string("m3"), 1.0};
    if (unit == "ft3")
        return std::pair{std::string("m3"), 0.028316846592};
    if (unit == "therm")
        return std::pair{std::string("therm"), 1.0};
    if (unit == "count")
        return std::pair{std::string("count"), 1.0};
    if (unit == "count/min" || unit == "bpm")
        return std::pair{std::string("count/min"), 1.0};
    if (unit == "m")
        return std::pair{std::string("m"), 1.0};
    if (unit == "km")
        return std::pair{std::string("m"), 1e3};
    if (unit == "mi")
        return std::pair{std::string("m"), 1609.344};
    return std::pair{std::string("m"), 0.3048}; // ft
}

Status CsvMapping::validate(const std::vector<std::string>& header) const
{
    const auto has = [&](const std::string& c) {
        return std::find(header.begin(), header.end(), c) != header.end();
    };
    if (timeColumn.empty())
        return invalid("timeColumn", "choose the column that holds the time");
    if (valueColumn.empty())
        return invalid("valueColumn", "choose the column that holds the value");
    if (category == Category::Mobility)
        return invalid("category", "tracks are read from GPX files, not from a CSV");
    for (const std::string* c : {&timeColumn, &valueColumn, &durationColumn})
        if (!c->empty() && !has(*c))
            return Error::make("missing_column", "the file has no column '" + *c + "'", *c);
    if (!sensor::isValidTimeFormat(timeFormat))
        return Error::make("bad_time_format",
                           "'" + timeFormat +
                               "' is not a time format: use iso8601, unix seconds, unix milliseconds or a "
                               "pattern with %Y %m %d %H %M %S",
                           "timeFormat");
    if (!timeZone.empty() && timeZone != "UTC" && !TimeZone::load(timeZone))
        return Error::make("unknown_time_zone", "'" + timeZone + "' is not a time zone", "timeZone");
    if (!csvUnitConversion(category, unit))
        return Error::make("bad_unit", "'" + unit + "' is not a unit of " + std::string(toString(category)),
                           "unit");
    if (!std::isfinite(multiplier) || multiplier <= 0 || multiplier > 1e9)
        return invalid("multiplier", "the multiplier must be a number above 0 and up to 10^9");
    if (duration < 0 || duration > kLongestReading)
        return invalid("duration", "the duration must be 0 to 400 days in seconds");
    if (separator != 0 && separator != ',' && separator != ';' && separator != '\t' && separator != '|')
        return invalid("separator", "the separator must be ',', ';', tab or '|'");
    if (decimal != '.' && decimal != ',')
        return invalid("decimal", "the decimal mark must be '.' or ','");
    return {};
}

// Presets ----------------------------------------------------------------------------------------

const std::vector<CsvPreset>& csvPresets()
{
    const auto mapping = [](std::string time, std::string zone, std::string value, Category category,
                            std::string unit, std::int64_t duration) {
        CsvMapping m;
        m.timeColumn = std::move(time);
        m.timeZone = std::move(zone);
        m.valueColumn = std::move(value);
        m.category = category;
        m.unit = std::move(unit);
        m.duration = duration;
        return m;
    };
    // A date alone names a whole day: it is read as that UTC day, so a day's count stays in one block.
    static const std::vector<CsvPreset> kPresets{
        {"electricity_meter_hourly", "Household electricity meter, hourly (timestamp,kWh)",
         mapping("timestamp", "+09:00", "kWh", Category::Electricity, "kWh", 3600)},
        {"step_counter_daily", "Step counter, daily (date,steps)",
         mapping("date", "UTC", "steps", Category::Steps, "count", 86400)},
        {"heart_rate", "Heart rate samples (timestamp,bpm)",
         mapping("timestamp", "+09:00", "bpm", Category::HeartRate, "bpm", 0)},
        {"gas_meter_daily", "Gas meter, daily (date,m3)",
         mapping("date", "UTC", "m3", Category::Gas, "m3", 86400)},
    };
    return kPresets;
}

std::optional<CsvMapping> findCsvPreset(std::string_view name)
{
    for (const CsvPreset& p : csvPresets())
        if (p.name == name)
            return p.mapping;
    return std::nullopt;
}

std::optional<std::string> presetForHeader(const std::vector<std::string>& header)
{
    const auto has = [&](const std::string& column) {
        return std::any_of(header.begin(), header.end(),
                           [&](const std::string& h) { return sameName(trimmed(h), column); });
    };
    for (const CsvPreset& p : csvPresets())
        if (has(p.mapping.timeColumn) && has(p.mapping.valueColumn))
            return p.name;
    return std::nullopt;
}

// Reading ----------------------------------------------------------------------------------------

Result<ImportedRecords> readMyDataCsv(const std::string& path, const CsvMapping& mapping, Progress* progress)
{
    auto reader = sensor::CsvReader::open(path, mapping.separator);
    if (!reader)
        return reader.error();
    return readRows(**reader, mapping, progress);
}

Result<ImportedRecords> readMyDataCsvBytes(std::string_view bytes, const std::string& name,
                                           const CsvMapping& mapping, Progress* progress)
{
    auto reader = sensor::CsvReader::fromBytes(bytes, name, mapping.separator);
    if (!reader)
        return reader.error();
    return readRows(**reader, mapping, progress);
}

Result<CsvPreview> previewMyDataCsv(const std::string& path, const std::optional<CsvMapping>& mapping,
                                    std::size_t rows)
{
    auto reader = sensor::CsvReader::open(path, mapping ? mapping->separator : 0);
    if (!reader)
        return reader.error();
    sensor::CsvReader& csv = **reader;
    CsvPreview preview;
    auto header = readHeader(csv);
    if (!header)
        return header.error();
    preview.header = *header;
    preview.encoding = csv.encoding();
    preview.separator = csv.separator();
    std::optional<RowReader> parser;
    if (mapping) {
        auto made = RowReader::make(*mapping, preview.header);
        if (made) {
            preview.unit = made->unit();
            parser = std::move(*made);
        } else {
            preview.mappingError = made.error();
        }
    }
    while (preview.rows.size() < rows) {
        auto more = csv.next();
        if (!more)
            return more.error();
        if (!*more)
            break;
        preview.rows.push_back(csv.fieldStrings());
        preview.lines.push_back(csv.line());
        preview.parsed.emplace_back();
        preview.problems.emplace_back();
        if (!parser)
            continue;
        const auto row = parser->parse(csv.fields());
        if (const Skip* skip = std::get_if<Skip>(&row))
            preview.problems.back() = "line " + std::to_string(csv.line()) + ": " + skip->detail;
        else
            preview.parsed.back() = std::get<Interval>(row);
    }
    return preview;
}

} // namespace balgul::core::mydata
