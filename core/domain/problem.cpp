#include "core/domain/problem.h"

#include "core/domain/category.h"
#include "core/util/text.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace balgul::core {

namespace {

constexpr std::array<std::string_view, kProblemStatusCount> kStatusNames{
    "new", "confirmed", "in_progress", "resolved", "closed", "reopened"};

Status checkText(std::string_view value, std::string_view field, std::size_t maxLength, bool required)
{
    if (!isValidUtf8(value))
        return Error::make("invalid_utf8", std::string(field) + " is not valid UTF-8 text",
                           std::string(field));
    if (required && trimmed(value).empty())
        return Error::make("required", std::string(field) + " must not be empty", std::string(field));
    // Cheap byte check first so a 10 MB string does not need a full scan.
    if (value.size() > maxLength * 4 || utf8Length(value) > maxLength)
        return Error::make(
            "too_long", std::string(field) + " is longer than " + std::to_string(maxLength) + " characters",
            std::string(field));
    return {};
}

} // namespace

std::string_view toString(ProblemStatus status)
{
    return kStatusNames[static_cast<std::size_t>(status)];
}

std::optional<ProblemStatus> problemStatusFromString(std::string_view text)
{
    for (std::size_t i = 0; i < kStatusNames.size(); ++i)
        if (kStatusNames[i] == text)
            return static_cast<ProblemStatus>(i);
    return std::nullopt;
}

Status validateCoordinate(double lat, double lon)
{
    if (!std::isfinite(lat) || lat < -90.0 || lat > 90.0)
        return Error::make("out_of_range", "latitude must be between -90 and 90", "lat");
    if (!std::isfinite(lon) || lon < -180.0 || lon > 180.0)
        return Error::make("out_of_range", "longitude must be between -180 and 180", "lon");
    return {};
}

Status validateProblem(const Problem& p)
{
    if (auto s = checkText(p.title, "title", limits::kTitleMax, true); !s)
        return s;
    if (auto s = checkText(p.description, "description", limits::kDescriptionMax, false); !s)
        return s;
    if (auto s = checkText(p.address, "address", limits::kAddressMax, false); !s)
        return s;
    if (auto s = checkText(p.author, "author", limits::kAuthorMax, false); !s)
        return s;
    if (!findCategory(p.category))
        return Error::make("unknown_category", "unknown category '" + p.category.substr(0, 40) + "'",
                           "category");
    return validateCoordinate(p.lat, p.lon);
}

double haversineMeters(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double kEarthRadius = 6371008.8;
    constexpr double rad = std::numbers::pi / 180.0;
    const double dLat = (lat2 - lat1) * rad;
    const double dLon = (lon2 - lon1) * rad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadius * std::asin(std::min(1.0, std::sqrt(a)));
}

} // namespace balgul::core
