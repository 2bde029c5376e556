// Words for people and programs about an import: the report's text and JSON, the preview's text.

#include "core/sensor/sensor_import.h"

#include "core/util/json_writer.h"

namespace balgul::core::sensor {

const ImportIssue* ImportReport::issue(const std::string& reason) const
{
    for (const ImportIssue& i : issues)
        if (i.reason == reason)
            return &i;
    return nullptr;
}

std::string ImportReport::toText() const
{
    std::string out =
        file + " (" + std::string(toString(mapping.format)) + ", " + std::string(toString(encoding)) + ")\n" +
        "rows read " + std::to_string(rowsRead) + ", imported " + std::to_string(imported) + ", flagged " +
        std::to_string(flagged) + ", skipped " + std::to_string(skipped) + "; readings stored " +
        std::to_string(readings) + (positions > 0 ? "; positions " + std::to_string(positions) : "") + "\n";
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
        .add("positions", positions)
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
    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::string line;
        for (const auto& f : rows[r])
            line += (line.empty() ? "" : " | ") + f;
        out += "  " + line + "\n";
        if (r < problems.size() && !problems[r].empty())
            out += "    ! " + problems[r] + "\n";
    }
    return out;
}

} // namespace balgul::core::sensor
