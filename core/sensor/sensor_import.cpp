#include "core/sensor/sensor_import.h"

#include "core/sensor/observation_store.h"
#include "core/store/store.h"
#include "core/util/json_writer.h"
#include "core/util/progress.h"
#include "core/util/time.h"

#include <filesystem>
#include <functional>
#include <map>
#include <unordered_map>

namespace balgul::core::sensor {

namespace {

/// Flush buffered readings to the database past this many (bounded memory for big files).
constexpr std::size_t kFlushReadings = 1 << 20;

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

class Importer
{
public:
    Importer(Store& store, ImportReport& report) : m_observations(store.database()), m_report(report) {}

    void note(ImportIssue::Kind kind, const std::string& reason, const std::string& field, long line,
              const std::string& detail)
    {
        const std::string key = std::to_string(static_cast<int>(kind)) + reason + "\x1f" + field;
        auto it = m_issueIndex.find(key);
        if (it == m_issueIndex.end()) {
            ImportIssue issue;
            issue.kind = kind;
            issue.reason = reason;
            issue.field = field;
            issue.message =
                "line " + std::to_string(line) + (field.empty() ? "" : ", " + field) + ": " + detail;
            m_report.issues.push_back(issue);
            it = m_issueIndex.emplace(key, m_report.issues.size() - 1).first;
        }
        ImportIssue& issue = m_report.issues[it->second];
        ++issue.count;
        if (issue.lines.size() < kIssueLines)
            issue.lines.push_back(line);
    }

    void skip(const std::string& reason, const std::string& field, long line, const std::string& detail)
    {
        ++m_report.skipped;
        note(ImportIssue::Kind::Skipped, reason, field, line, detail);
    }

    void row(const ParsedRow& parsed, long line)
    {
        bool anyValue = false;
        std::uint64_t hash = 1469598103934665603ull;
        for (const RowValue& v : parsed.values) {
            anyValue = anyValue || v.value.has_value();
            const double x = v.value.value_or(-1e300);
            hash = (hash ^ std::hash<double>{}(x)) * 1099511628211ull;
        }
        if (!anyValue) {
            bool dropped = false;
            for (const RowValue& v : parsed.values)
                if (!v.problem.empty()) {
                    note(ImportIssue::Kind::Skipped, v.problem, v.field, line, v.detail);
                    dropped = true;
                }
            if (!dropped)
                return skip("empty_row", {}, line, "every value is empty");
            ++m_report.skipped;
            return;
        }
        auto& seen = m_seen[parsed.deviceId];
        const auto [it, fresh] = seen.try_emplace(parsed.time, hash, line);
        bool conflict = false;
        if (!fresh) {
            if (it->second.first == hash)
                return skip("duplicate_row", {}, line,
                            "same time and values as line " + std::to_string(it->second.second));
            conflict = true;
        }
        bool flagged = conflict;
        if (conflict)
            note(ImportIssue::Kind::Flagged, "conflicting_duplicate", {}, line,
                 "same time as line " + std::to_string(it->second.second) +
                     " with other values; both kept, flagged");
        Device& device = m_devices[parsed.deviceId];
        device.source = m_report.mapping.source;
        device.externalId = parsed.deviceId;
        if (!parsed.sensorType.empty())
            device.sensorType = parsed.sensorType;
        if (parsed.lat && parsed.lon) {
            device.lat = parsed.lat;
            device.lon = parsed.lon;
        }
        for (const RowValue& v : parsed.values) {
            if (!v.problem.empty()) {
                flagged = true;
                note(ImportIssue::Kind::Flagged, v.problem, v.field, line, v.detail);
            } else if (!v.value) {
                flagged = true;
                note(ImportIssue::Kind::Flagged, "empty_value", v.field, line, "the value is empty");
            }
            if (!v.value)
                continue;
            Reading r{parsed.time, *v.value, v.flags};
            if (conflict)
                r.flags |= FlagConflictingDuplicate;
            m_pending[{parsed.deviceId, v.quantity}].push_back(r);
            ++m_pendingCount;
        }
        ++(flagged ? m_report.flagged : m_report.imported);
        if (m_pendingCount >= kFlushReadings)
            flush();
    }

    void flush()
    {
        for (auto& [key, readings] : m_pending) {
            const std::int64_t deviceId = m_observations.ensureDevice(m_devices[key.first]);
            const std::int64_t seriesId = m_observations.ensureSeries(deviceId, key.second);
            m_report.readings += m_observations.addReadings(seriesId, std::move(readings));
        }
        m_pending.clear();
        m_pendingCount = 0;
    }

private:
    ObservationStore m_observations;
    ImportReport& m_report;
    std::unordered_map<std::string, std::size_t> m_issueIndex;
    std::map<std::string, Device> m_devices;
    std::map<std::pair<std::string, Quantity>, std::vector<Reading>> m_pending;
    std::size_t m_pendingCount = 0;
    /// device → time → (hash of the row's values, line): 16 bytes a row, to find duplicates.
    std::unordered_map<std::string, std::unordered_map<std::int64_t, std::pair<std::uint64_t, long>>> m_seen;
};

Error located(Error e, const std::string& path, long line)
{
    if (e.file.empty())
        e.at(path, line);
    return e;
}

} // namespace

const ImportIssue* ImportReport::issue(const std::string& reason) const
{
    for (const ImportIssue& i : issues)
        if (i.reason == reason)
            return &i;
    return nullptr;
}

std::string ImportReport::toText() const
{
    std::string out = file + " (" + std::string(toString(mapping.format)) + ", " +
                      std::string(toString(encoding)) + ")\n" + "rows read " + std::to_string(rowsRead) +
                      ", imported " + std::to_string(imported) + ", flagged " + std::to_string(flagged) +
                      ", skipped " + std::to_string(skipped) + "; readings stored " +
                      std::to_string(readings) + "\n";
    for (const ImportIssue& i : issues) {
        out += std::string(i.kind == ImportIssue::Kind::Skipped ? "  skipped " : "  flagged ") + i.reason +
               " ×" + std::to_string(i.count) + " (lines";
        for (long l : i.lines)
            out += " " + std::to_string(l);
        out += i.count > static_cast<std::int64_t>(i.lines.size()) ? " …): " : "): ";
        out += i.message + "\n";
    }
    return out;
}

std::string ImportReport::toJson() const
{
    std::string list = "[";
    for (const ImportIssue& i : issues) {
        std::string lineList = "[";
        for (long l : i.lines)
            lineList += (lineList.size() > 1 ? "," : "") + std::to_string(l);
        lineList += "]";
        JsonObjectWriter w;
        w.add("kind", i.kind == ImportIssue::Kind::Skipped ? "skipped" : "flagged")
            .add("reason", i.reason)
            .add("field", i.field)
            .add("message", i.message)
            .add("count", i.count)
            .addRaw("lines", lineList);
        list += (list.size() > 1 ? "," : "") + w.str();
    }
    list += "]";
    JsonObjectWriter w;
    w.add("file", file)
        .add("format", toString(mapping.format))
        .add("encoding", toString(encoding))
        .add("rows_read", rowsRead)
        .add("imported", imported)
        .add("flagged", flagged)
        .add("skipped", skipped)
        .add("readings", readings)
        .addRaw("issues", list);
    return w.str();
}

std::string ImportPreview::toText() const
{
    std::string out = file + "\nformat " + std::string(toString(mapping.format)) + ", encoding " +
                      std::string(toString(encoding)) + ", separator '" + std::string(1, separator) + "'\n" +
                      "time: " + mapping.timeColumn + " (" + mapping.timeFormat + ")\n";
    for (const ColumnMapping& c : mapping.columns) {
        out += std::string(toString(c.quantity)) + " [" + std::string(unitOf(c.quantity)) + "] <- ";
        for (std::size_t i = 0; i < c.columns.size(); ++i)
            out += (i ? " + " : "") + c.columns[i];
        out += c.columns.size() > 1 ? " (mean of channels)" : "";
        out += c.conversion.empty() ? "\n" : " (" + c.conversion + ")\n";
    }
    for (const auto& row : rows) {
        std::string line;
        for (const auto& f : row)
            line += (line.empty() ? "" : " | ") + f;
        out += "  " + line + "\n";
    }
    return out;
}

Result<ImportPreview> previewSensorFile(const std::string& path, SensorFormat format, int rows)
{
    auto reader = CsvReader::open(path);
    if (!reader)
        return reader.error();
    CsvReader& csv = **reader;
    ImportPreview preview;
    preview.file = path;
    auto first = csv.next();
    if (!first)
        return first.error();
    if (!*first)
        return Error::make("empty_file", "the file has no header line").at(path, 1);
    preview.header = csv.fields();
    auto mapping = mapHeader(preview.header, format);
    if (!mapping)
        return located(mapping.error(), path, 1);
    preview.mapping = *mapping;
    preview.encoding = csv.encoding();
    preview.separator = csv.separator();
    for (int i = 0; i < rows; ++i) {
        auto more = csv.next();
        if (!more)
            return more.error();
        if (!*more)
            break;
        preview.rows.push_back(csv.fields());
    }
    return preview;
}

Result<ImportReport> importSensorFile(Store& store, const std::string& path, SensorFormat format,
                                      Progress* progress)
{
    auto reader = CsvReader::open(path);
    if (!reader)
        return reader.error();
    CsvReader& csv = **reader;
    ImportReport report;
    report.file = path;
    auto first = csv.next();
    if (!first)
        return first.error();
    if (!*first)
        return Error::make("empty_file", "the file has no header line").at(path, 1);
    const std::vector<std::string> header = csv.fields();
    auto mapping = mapHeader(header, format);
    if (!mapping)
        return located(mapping.error(), path, 1);
    report.mapping = *mapping;
    report.encoding = csv.encoding();
    report.separator = csv.separator();
    const std::string fallbackId = fallbackDeviceId(path);
    try {
        Transaction tx(store.database());
        Importer importer(store, report);
        while (true) {
            auto more = csv.next();
            if (!more)
                return more.error();
            if (!*more)
                break;
            const auto& fields = csv.fields();
            const long line = csv.line();
            ++report.rowsRead;
            if ((report.rowsRead & 0xFFF) == 0 && progress) {
                progress->report("import", csv.bytesRead(), csv.fileSize());
                if (progress->cancelled())
                    return Error::make("cancelled", "the import was cancelled; nothing was stored")
                        .at(path, line);
            }
            if (fields.size() == 1 && fields[0].empty()) {
                importer.skip("empty_row", {}, line, "the line is blank");
                continue;
            }
            if (fields.size() != header.size()) {
                const std::string counts = std::to_string(fields.size()) + " fields, the header has " +
                                           std::to_string(header.size());
                if (!csv.terminated() && fields.size() < header.size())
                    importer.skip("truncated_last_line", {}, line,
                                  "the last line ends mid-row (" + counts + ")");
                else
                    importer.skip("field_count", {}, line, "the row has " + counts);
                continue;
            }
            auto parsed = parseRow(report.mapping, header, fields, fallbackId);
            if (!parsed) {
                importer.skip(parsed.error().code, parsed.error().field, line, parsed.error().message);
                continue;
            }
            importer.row(*parsed, line);
        }
        if (progress && progress->cancelled())
            return Error::make("cancelled", "the import was cancelled; nothing was stored").at(path);
        importer.flush();
        store.database()
            .prepare(
                "INSERT INTO sensor_imports (file_name, format, imported_at, rows_read, imported, flagged, "
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
        tx.commit();
    } catch (const SqlError& e) {
        return Error::make("store_failed", e.message).at(path);
    }
    if (progress)
        progress->report("import", csv.fileSize(), csv.fileSize());
    return report;
}

} // namespace balgul::core::sensor
