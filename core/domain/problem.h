#pragma once

#include "core/util/result.h"
#include "core/util/time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core {

enum class ProblemStatus
{
    New,        ///< just logged
    Confirmed,  ///< a coordinator confirmed it is real
    InProgress, ///< someone is working on it (a pilot, the city)
    Resolved,   ///< fixed
    Closed,     ///< closed without being fixed, with a reason (core/triage/status_rules.h)
    Reopened,   ///< fixed or closed, then reopened by a coordinator or by its author
};

std::string_view toString(ProblemStatus status);
std::optional<ProblemStatus> problemStatusFromString(std::string_view text);
inline constexpr int kProblemStatusCount = 6;

/// Limits on user text, checked by validate() and by every importer.
namespace limits {
inline constexpr std::size_t kTitleMax = 200;         ///< code points
inline constexpr std::size_t kDescriptionMax = 10000; ///< code points
inline constexpr std::size_t kAddressMax = 300;       ///< code points
inline constexpr std::size_t kCommentMax = 5000;      ///< code points
inline constexpr std::size_t kAuthorMax = 100;        ///< code points
} // namespace limits

struct Problem
{
    std::int64_t rowid = 0; ///< local row id (never leaves the machine)
    std::string id;         ///< UUID, shared with the hub
    std::string title;
    std::string description;
    std::string category = "other";
    ProblemStatus status = ProblemStatus::New;
    double lat = 0;
    double lon = 0;
    std::string address;
    std::string author;
    Timestamp created{};
    Timestamp updated{};
    std::string duplicateOf; ///< the problem this one was merged into ("" when none)
    int supportCount = 0;    ///< read only: number of "me too"s
    int commentCount = 0;    ///< read only
    int attachmentCount = 0; ///< read only
};

/// What an edit changes; unset fields stay as they are.
struct ProblemPatch
{
    std::optional<std::string> title;
    std::optional<std::string> description;
    std::optional<std::string> category;
    std::optional<ProblemStatus> status;
    std::optional<double> lat;
    std::optional<double> lon;
    std::optional<std::string> address;

    bool empty() const { return !title && !description && !category && !status && !lat && !lon && !address; }
};

/// Checks a whole problem (title, text sizes, UTF-8, category, coordinates).
/// The Error's field is the problem field at fault ("title", "lat", ...).
Status validateProblem(const Problem& problem);
Status validateCoordinate(double lat, double lon);

struct Comment
{
    std::int64_t rowid = 0;
    std::string id;
    std::string problemId;
    std::string author;
    std::string text;
    Timestamp created{};
};

/// A photo or file attached to a problem, stored by the SHA-256 of its bytes.
struct Attachment
{
    std::string problemId;
    std::string sha256;
    std::string fileName; ///< the name it had when attached (display only)
    std::string mimeType;
    std::int64_t size = 0;
    Timestamp added{};
};

/// Distance on the sphere in metres.
double haversineMeters(double lat1, double lon1, double lat2, double lon2);

} // namespace balgul::core
