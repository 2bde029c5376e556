#include "core/io/geojson.h"

#include "core/domain/category.h"
#include "core/io/io_support.h"
#include "core/io/json_reader.h"
#include "core/store/store.h"

#include <ostream>

namespace balgul::core {

namespace {

void appendMember(std::string& out, std::string_view key, std::string_view value)
{
    out += ',';
    appendJsonString(out, key);
    out += ':';
    appendJsonString(out, value);
}

} // namespace

Status exportGeoJson(Store& store, std::ostream& out)
{
    out << "{\"type\":\"FeatureCollection\",\"features\":[\n";
    bool first = true;
    std::string line;
    auto status = store.forEachProblem([&](const Problem& p) {
        line.clear();
        if (!first)
            line += ",\n";
        first = false;
        line += "{\"type\":\"Feature\",\"id\":";
        appendJsonString(line, p.id);
        line += ",\"geometry\":{\"type\":\"Point\",\"coordinates\":[";
        line += formatFixed(p.lon, 7);
        line += ',';
        line += formatFixed(p.lat, 7);
        line += "]},\"properties\":{\"id\":";
        appendJsonString(line, p.id);
        appendMember(line, "title", p.title);
        appendMember(line, "description", p.description);
        appendMember(line, "category", p.category);
        const Category* category = findCategory(p.category);
        appendMember(line, "category_name", category ? category->nameEn : std::string_view(p.category));
        appendMember(line, "status", toString(p.status));
        appendMember(line, "address", p.address);
        appendMember(line, "author", p.author);
        appendMember(line, "created", toIso8601(p.created));
        appendMember(line, "updated", toIso8601(p.updated));
        line += ",\"supports\":" + std::to_string(p.supportCount);
        line += ",\"comments\":" + std::to_string(p.commentCount);
        line += "}}";
        out.write(line.data(), static_cast<std::streamsize>(line.size()));
    });
    if (!status)
        return status;
    out << "\n]}\n";
    out.flush();
    if (!out)
        return Error::make("write_failed", "the GeoJSON could not be written");
    return {};
}

} // namespace balgul::core
