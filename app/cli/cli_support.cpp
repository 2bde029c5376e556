#include "app/cli/cli_support.h"

#include "core/store/store.h"

#include "core/util/text.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iostream>

namespace balgul::cli {

core::Result<std::unique_ptr<core::Store>> openExistingStore(const std::string& path)
{
    core::StoreOptions options;
    options.create = false;
    return core::Store::open(path, options);
}

int failed(const core::Error& error)
{
    std::cerr << "balgul-cli: " << error.toString() << '\n';
    return kFailed;
}

int usage(const std::string& message)
{
    std::cerr << "balgul-cli: " << message << " (see balgul-cli --help)\n";
    return kUsage;
}

std::optional<std::int64_t> wholeNumber(std::string_view text, std::int64_t min, std::int64_t max)
{
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value < min || value > max)
        return std::nullopt;
    return value;
}

std::optional<double> decimalNumber(std::string_view text, double min, double max)
{
    const auto value = core::parseDecimal(text);
    if (!value || *value < min || *value > max)
        return std::nullopt;
    return value;
}

core::pilots::Ring squareAround(double lat, double lon, double halfKm)
{
    const double dLat = halfKm / 111.32;
    const double dLon = halfKm / (111.32 * std::cos(lat * 3.14159265358979 / 180));
    return {{lat - dLat, lon - dLon},
            {lat - dLat, lon + dLon},
            {lat + dLat, lon + dLon},
            {lat + dLat, lon - dLon}};
}

/// The `count` problems of the store nearest to a place (of a category when given).
std::vector<std::string> problemsNear(core::Store& store, double lat, double lon, std::size_t count,
                                      const std::string& category)
{
    std::vector<std::pair<double, std::string>> found;
    (void)store.forEachProblem([&](const core::Problem& p) {
        if (!category.empty() && p.category != category)
            return;
        const double dy = p.lat - lat;
        const double dx = (p.lon - lon) * std::cos(lat * 3.14159265358979 / 180);
        found.emplace_back(dx * dx + dy * dy, p.id);
    });
    std::sort(found.begin(), found.end());
    std::vector<std::string> out;
    for (std::size_t i = 0; i < found.size() && i < count; ++i)
        out.push_back(found[i].second);
    return out;
}

} // namespace balgul::cli
