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

void appendGeoJsonFeature(std::string& out, const Problem& p)
{
    out += "{\"type\":\"Feature\",\"id\":";
    appendJsonString(out, p.id);
    out += ",\"geometry\":{\"type\":\"Point\",\"coordinates\":[";
    out += formatFixed(p.lon, 7);
    out += ',';
    out += formatFixed(p.lat, 7);
    out += "]},\"properties\":{\"id\":";
    appendJsonString(out, p.id);
    appendMember(out, "title", p.title);
    appendMember(out, "description", p.description);
    appendMember(out, "category", p.category);
    const Category* category = findCategory(p.category);
    appendMember(out, "category_name", category ? category->nameEn : std::string_view(p.category));
    appendMember(out, "status", toString(p.status));
    appendMember(out, "address", p.address);
    appendMember(out, "author", p.author);
    appendMember(out, "created", toIso8601(p.created));
    appendMember(out, "updated", toIso8601(p.updated));
    out += ",\"supports\":" + std::to_string(p.supportCount);
    out += ",\"comments\":" + std::to_string(p.commentCount);
    out += "}}";
}

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
        appendGeoJsonFeature(line, p);
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
