#include "core/io/csv_export.h"

#include "core/domain/category.h"
#include "core/io/io_support.h"
#include "core/store/store.h"
#include "core/util/text.h"

#include <ostream>

namespace balgul::core {

void appendCsvField(std::string& out, std::string_view value)
{
    // A control character (a NUL from an old import, say) never reaches the file raw: spreadsheets
    // cut the text there or refuse the file. It is written as U+FFFD, so the loss stays visible.
    if (findControlCharacter(value) != std::string_view::npos) {
        std::string clean;
        clean.reserve(value.size() + 8);
        for (const char c : value) {
            if (findControlCharacter(std::string_view(&c, 1)) == 0)
                clean += "\xEF\xBF\xBD";
            else
                clean += c;
        }
        appendCsvField(out, clean);
        return;
    }
    const bool quote = value.find_first_of(",\"\r\n") != std::string_view::npos ||
                       (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!quote) {
        out.append(value);
        return;
    }
    out += '"';
    for (const char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void appendCsvText(std::string& out, std::string_view value)
{
    if (!value.empty() && (value.front() == '=' || value.front() == '+' || value.front() == '-' ||
                           value.front() == '@' || value.front() == '\t' || value.front() == '\r')) {
        std::string guarded;
        guarded.reserve(value.size() + 1);
        guarded += '\'';
        guarded.append(value);
        appendCsvField(out, guarded);
        return;
    }
    appendCsvField(out, value);
}

Status exportCsv(Store& store, std::ostream& out, std::string_view language)
{
    const bool korean = language == "ko";
    out << "\xEF\xBB\xBF"
           "id,title,description,category,category_name,status,lat,lon,address,author,created,updated,"
           "supports,comments\r\n";
    std::string row;
    auto status = store.forEachProblem([&](const Problem& p) {
        row.clear();
        appendCsvField(row, p.id);
        row += ',';
        appendCsvText(row, p.title);
        row += ',';
        appendCsvText(row, p.description);
        row += ',';
        appendCsvText(row, p.category);
        row += ',';
        const Category* category = findCategory(p.category);
        appendCsvText(row, category ? (korean ? category->nameKo : category->nameEn)
                                    : std::string_view(p.category));
        row += ',';
        row += toString(p.status);
        row += ',';
        row += formatFixed(p.lat, 7);
        row += ',';
        row += formatFixed(p.lon, 7);
        row += ',';
        appendCsvText(row, p.address);
        row += ',';
        appendCsvText(row, p.author);
        row += ',';
        row += toIso8601(p.created);
        row += ',';
        row += toIso8601(p.updated);
        row += ',';
        row += std::to_string(p.supportCount);
        row += ',';
        row += std::to_string(p.commentCount);
        row += "\r\n";
        out.write(row.data(), static_cast<std::streamsize>(row.size()));
    });
    if (!status)
        return status;
    out.flush();
    if (!out)
        return Error::make("write_failed", "the CSV could not be written");
    return {};
}

} // namespace balgul::core
