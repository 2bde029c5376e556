// Import and preview of sensor files: format detection, the read loop, one transaction per import.

#include "core/sensor/sensor_import.h"

#include "core/io/io_support.h"
#include "core/sensor/sensor_importer.h"
#include "core/sensor/sensor_json.h"
#include "core/store/store.h"
#include "core/util/progress.h"
#include "core/util/text.h"
#include "core/util/time.h"
#include "core/util/time_zone.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <filesystem>
#include <fstream>

namespace balgul::core::sensor {

namespace {

constexpr std::int64_t kProgressRows = 4096;

std::string fallbackDeviceId(const std::string& path)
{
    const std::string stem = std::filesystem::path(path).stem().string();
    // PurpleAir downloads: "sensor-149970-1663711800-1663730400".
    if (stem.rfind("sensor-", 0) == 0) {
        const std::size_t end = stem.find('-', 7);
        return stem.substr(7, end == std::string::npos ? std::string::npos : end - 7);
    }
    return stem;
}

bool isJson(const std::string& path, SensorFormat format)
{
    if (format == SensorFormat::SensorCommunityJson || format == SensorFormat::AirKorea)
        return true;
    if (format != SensorFormat::Auto)
        return false;
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".json";
}

Error located(Error e, const std::string& path, long line)
{
    if (e.file.empty())
        e.at(path, line);
    return e;
}

Error cancelledError(const std::string& path)
{
    return Error::make("cancelled", "the import was cancelled; nothing was stored").at(path);
}

std::string trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return std::string(s);
}

class CsvDetails : public RowDetails
{
public:
    CsvDetails(const RowParser& parser, const RowFields& row, std::span<const std::string_view> fields)
        : m_parser(parser), m_row(row), m_fields(fields)
    {}
    std::string cell(std::size_t index) const override { return m_parser.cellDetail(m_row, index, m_fields); }
    std::string time() const override
    {
        std::string text = "'";
        text += trimmed(m_fields[static_cast<std::size_t>(m_parser.timeIndex())]);
        text += '\'';
        return text;
    }

private:
    const RowParser& m_parser;
    const RowFields& m_row;
    std::span<const std::string_view> m_fields;
};

/// A file that can be read and may be text; otherwise what it is ("a folder", "a gzip file —
/// decompress it first", "UTF-16 text — save it as UTF-8", ...).
Status checkSensorSource(const SensorSource& source)
{
    std::string head;
    if (source.bytes) {
        head = std::string(source.bytes->substr(0, 4096));
    } else {
        if (Status s = checkInputFile(source.path); !s)
            return s;
        std::ifstream in(source.path, std::ios::binary);
        head.resize(4096);
        in.read(head.data(), static_cast<std::streamsize>(head.size()));
        head.resize(static_cast<std::size_t>(in.gcount()));
    }
    if (const auto looks = describeNonText(head))
        return Error::make(looks->code, "the file looks like " + looks->looksLike).at(source.path);
    return {};
}

/// Applies --tz (ImportOptions::timeZone) to a mapping: the zone of times written without one. A format
/// whose times carry their zone (Unix times, an offset or Z) or have it by definition refuses it rather
/// than ignoring it.
Status applyTimeZone(FileMapping& mapping, const std::string& zone)
{
    if (zone.empty())
        return {};
    if (auto loaded = TimeZone::load(zone); !loaded)
        return Error::make("unknown_time_zone", "'" + shortened(zone, 40) + "' is not a time zone",
                           "timeZone");
    const bool unixTimes = mapping.timeFormat.rfind("unix", 0) == 0;
    const bool localTimes =
        mapping.format == SensorFormat::Atmotube || (mapping.format == SensorFormat::Generic && !unixTimes);
    if (!localTimes) {
        std::string why;
        if (unixTimes)
            why = "its times are Unix times, which need no zone";
        else if (!mapping.timeZone.empty() && mapping.timeZone != "UTC")
            why = "its times are in " + mapping.timeZone + " by the format's definition";
        else
            why = "its times are UTC by the format's definition";
        return Error::make("time_zone_not_applicable",
                           "--tz does not apply to this file (format " +
                               std::string(toString(mapping.format)) + "): " + why +
                               " (--tz sets the zone of local times: Atmotube files and column mappings)",
                           "timeZone");
    }
    mapping.timeZone = zone;
    return {};
}

/// An open CSV with its header mapped and its row parser ready.
struct CsvSource
{
    std::unique_ptr<CsvReader> reader;
    std::vector<std::string> header;
    FileMapping mapping;
    std::unique_ptr<RowParser> parser;
};

Result<CsvSource> openCsv(const SensorSource& source, const ImportOptions& options)
{
    const std::string& path = source.path;
    if (options.format == SensorFormat::Generic && !options.generic)
        return Error::make("invalid_mapping", "a generic import needs a mapping").at(path);
    CsvSource src;
    const char separator = options.generic ? options.generic->separator : 0;
    auto reader = source.bytes ? CsvReader::fromBytes(*source.bytes, path, separator)
                               : CsvReader::open(path, separator);
    if (!reader)
        return reader.error();
    src.reader = std::move(*reader);
    auto first = src.reader->next();
    if (!first)
        return first.error();
    if (!*first)
        return Error::make("empty_file", "the file has no header line").at(path, 1);
    for (std::string_view f : src.reader->fields())
        src.header.push_back(trimmed(f));
    src.reader->setFieldNames(src.header);
    const std::string fallback = fallbackDeviceId(path);
    if (options.generic &&
        (options.format == SensorFormat::Generic || options.format == SensorFormat::Auto)) {
        if (Status s = options.generic->validate(src.header); !s)
            return located(s.error(), path, 1);
        src.mapping = toFileMapping(*options.generic, fallback);
    } else {
        auto mapping = mapHeader(src.header, options.format);
        if (!mapping)
            return located(mapping.error(), path, 1);
        src.mapping = std::move(*mapping);
    }
    if (Status s = applyTimeZone(src.mapping, options.timeZone); !s)
        return located(s.error(), path, 0);
    auto parser = RowParser::create(src.mapping, src.header, fallback);
    if (!parser)
        return located(parser.error(), path, 1);
    src.parser = std::move(*parser);
    return src;
}

Result<FileMapping> openJson(const SensorSource& source, const ImportOptions& options)
{
    auto mapping =
        detectJsonFormat(source, options.format == SensorFormat::Auto ? SensorFormat::Auto : options.format);
    if (!mapping)
        return located(mapping.error(), source.path, 0);
    if (Status s = applyTimeZone(*mapping, options.timeZone); !s)
        return located(s.error(), source.path, 0);
    return mapping;
}

std::string valueText(const RowValue& v)
{
    if (!v.value)
        return {};
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, *v.value);
    return ec == std::errc() ? std::string(buf, end) : std::string();
}

Result<ImportPreview> previewJson(const SensorSource& source, const ImportOptions& options, int rows)
{
    const std::string& path = source.path;
    auto mapping = openJson(source, options);
    if (!mapping)
        return mapping.error();
    ImportPreview preview;
    preview.file = path;
    preview.mapping = *mapping;
    preview.header = {"device", "time"};
    for (const ColumnMapping& c : mapping->columns)
        preview.header.push_back(std::string(toString(c.quantity)));
    Status s = readJsonRows(source, *mapping, [&](Result<ParsedRow> row, long line) {
        if (static_cast<int>(preview.rows.size()) >= rows)
            return false;
        std::vector<std::string> fields;
        preview.lines.push_back(line);
        if (!row) {
            preview.rows.push_back({});
            preview.parsed.emplace_back();
            preview.problems.push_back("line " + std::to_string(line) + ": " + row.error().message);
            return true;
        }
        fields = {row->deviceId, std::to_string(row->time)};
        std::string problem;
        for (const ColumnMapping& c : mapping->columns) {
            auto it = std::find_if(row->values.begin(), row->values.end(),
                                   [&](const RowValue& v) { return v.quantity == c.quantity; });
            fields.push_back(it == row->values.end() ? std::string() : valueText(*it));
            if (it != row->values.end() && !it->problem.empty() && problem.empty())
                problem = "line " + std::to_string(line) + ", " + it->field + ": " + it->detail;
        }
        preview.rows.push_back(std::move(fields));
        preview.parsed.emplace_back(std::move(*row));
        preview.problems.push_back(std::move(problem));
        return true;
    });
    if (!s && preview.rows.empty())
        return located(s.error(), path, 0);
    return preview;
}

void recordImport(Store& store, const std::string& path, const ImportReport& report)
{
    store.database()
        .prepare("INSERT INTO sensor_imports (file_name, format, imported_at, rows_read, imported, flagged, "
                 "skipped, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, std::filesystem::path(path).filename().string())
        .bind(2, toString(report.mapping.format))
        .bind(3, toUnixMs(now()))
        .bind(4, report.rowsRead)
        .bind(5, report.imported)
        .bind(6, report.flagged)
        .bind(7, report.skipped)
        .bind(8, report.toJson())
        .run();
}

Result<ImportReport> importJson(Store& store, const std::string& path, const ImportOptions& options,
                                const Track* track, Progress* progress)
{
    auto mapping = openJson(SensorSource{path, std::nullopt}, options);
    if (!mapping)
        return mapping.error();
    ImportReport report;
    report.file = path;
    report.mapping = *mapping;
    bool cancelled = false;
    try {
        Transaction tx(store.database());
        Importer importer(store.database(), report, options, track);
        importer.setTimeField(mapping->timeColumn);
        Status s = readJsonRows(path, *mapping, [&](Result<ParsedRow> row, long line) {
            ++report.rowsRead;
            if (progress && (report.rowsRead % kProgressRows) == 0) {
                progress->report("import", report.rowsRead, -1);
                if (progress->cancelled()) {
                    cancelled = true;
                    return false;
                }
            }
            if (!row)
                importer.skip(row.error().code, row.error().field, line, row.error().message);
            else
                importer.row(*row, line);
            return true;
        });
        if (cancelled || (progress && progress->cancelled()))
            return cancelledError(path);
        if (!s)
            return located(s.error(), path, 0);
        importer.finish();
        recordImport(store, path, report);
        tx.commit();
    } catch (const SqlError& e) {
        return storeError(e, store.path());
    }
    return report;
}

} // namespace

Result<ImportPreview> previewSensorFile(const std::string& path, SensorFormat format, int rows)
{
    ImportOptions options;
    options.format = format;
    return previewSensorFile(path, options, rows);
}

Result<ImportPreview> previewSensorFile(const std::string& path, const ImportOptions& options, int rows)
{
    return previewSensor(SensorSource{path, std::nullopt}, options, rows);
}

Result<ImportPreview> previewSensorBytes(std::string_view bytes, const std::string& name,
                                         const ImportOptions& options, int rows)
{
    return previewSensor(SensorSource{name, bytes}, options, rows);
}

Result<ImportPreview> previewSensor(const SensorSource& source, const ImportOptions& options, int rows)
{
    const std::string& path = source.path;
    if (Status s = checkSensorSource(source); !s)
        return s.error();
    if (isJson(path, options.format))
        return previewJson(source, options, rows);
    auto src = openCsv(source, options);
    if (!src)
        return src.error();
    CsvReader& csv = *src->reader;
    ImportPreview preview;
    preview.file = path;
    preview.header = src->header;
    preview.mapping = src->mapping;
    preview.encoding = csv.encoding();
    preview.separator = csv.separator();
    RowFields row;
    while (static_cast<int>(preview.rows.size()) < rows) {
        auto more = csv.next();
        if (!more)
            return more.error();
        if (!*more)
            break;
        const auto& fields = csv.fields();
        const long line = csv.line();
        preview.rows.push_back(csv.fieldStrings());
        preview.lines.push_back(line);
        const std::string at = "line " + std::to_string(line);
        if (fields.size() != src->header.size()) {
            preview.parsed.emplace_back();
            preview.problems.push_back(at + ": the row has " + std::to_string(fields.size()) +
                                       " fields, the header has " + std::to_string(src->header.size()));
            continue;
        }
        if (!src->parser->parse(fields, row).empty()) {
            preview.parsed.emplace_back();
            preview.problems.push_back(at + ", " + src->mapping.timeColumn + ": " +
                                       src->parser->timeDetail(fields));
            continue;
        }
        ParsedRow parsed = src->parser->toParsedRow(row, fields);
        std::string problem;
        for (const RowValue& v : parsed.values)
            if (!v.problem.empty()) {
                problem = at + ", " + v.field + ": " + v.detail;
                break;
            }
        preview.parsed.emplace_back(std::move(parsed));
        preview.problems.push_back(std::move(problem));
    }
    return preview;
}

Result<ImportReport> importSensorFile(Store& store, const std::string& path, SensorFormat format,
                                      Progress* progress)
{
    ImportOptions options;
    options.format = format;
    return importSensorFile(store, path, options, progress);
}

Result<ImportReport> importSensorFile(Store& store, const std::string& path, const ImportOptions& options,
                                      Progress* progress)
{
    if (Status s = checkSensorSource(SensorSource{path, std::nullopt}); !s)
        return s.error();
    std::optional<Track> track;
    if (!options.gpxPath.empty()) {
        if (Status s = checkInputFile(options.gpxPath); !s)
            return s.error();
        auto read = readGpxTrack(options.gpxPath);
        if (!read)
            return located(read.error(), options.gpxPath, 0);
        track = std::move(*read);
    }
    const Track* trackPtr = track ? &*track : nullptr;
    if (isJson(path, options.format))
        return importJson(store, path, options, trackPtr, progress);
    auto src = openCsv(SensorSource{path, std::nullopt}, options);
    if (!src)
        return src.error();
    CsvReader& csv = *src->reader;
    RowParser& parser = *src->parser;
    const std::size_t width = src->header.size();
    ImportReport report;
    report.file = path;
    report.mapping = src->mapping;
    report.encoding = csv.encoding();
    report.separator = csv.separator();
    try {
        Transaction tx(store.database());
        Importer importer(store.database(), report, options, trackPtr);
        importer.setTimeField(src->mapping.timeColumn);
        RowFields row;
        while (true) {
            auto more = csv.next();
            if (!more)
                return more.error();
            if (!*more)
                break;
            const auto& fields = csv.fields();
            const long line = csv.line();
            if ((++report.rowsRead % kProgressRows) == 0 && progress) {
                progress->report("import", csv.bytesRead(), csv.fileSize());
                if (progress->cancelled())
                    return cancelledError(path);
            }
            if (fields.size() == 1 && fields[0].empty()) {
                importer.skip("empty_row", {}, line, "the line is blank");
                continue;
            }
            if (fields.size() != width) {
                const std::string counts =
                    std::to_string(fields.size()) + " fields, the header has " + std::to_string(width);
                if (!csv.terminated() && fields.size() < width)
                    importer.skip("truncated_last_line", {}, line,
                                  "the last line ends mid-row (" + counts + ")");
                else
                    importer.skip("field_count", {}, line, "the row has " + counts);
                continue;
            }
            if (const std::string_view problem = parser.parse(fields, row); !problem.empty()) {
                importer.skip(problem, src->mapping.timeColumn, line, parser.timeDetail(fields));
                continue;
            }
            importer.row(row, line, CsvDetails(parser, row, fields));
        }
        if (progress && progress->cancelled())
            return cancelledError(path);
        importer.finish();
        recordImport(store, path, report);
        tx.commit();
    } catch (const SqlError& e) {
        return storeError(e, store.path());
    }
    if (progress)
        progress->report("import", csv.fileSize(), csv.fileSize());
    return report;
}

} // namespace balgul::core::sensor
