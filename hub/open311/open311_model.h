#pragma once

// The Open311 GeoReport v2 view of the hub's data: categories as services, problems as service
// requests, and the filters of GET requests. No HTTP here; open311_api.cpp serves it.

#include "hub/sync/hub_storage.h"

#include "core/util/time.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::hub::open311 {

/// GeoReport v2 caps a requests answer at 1000 and searches the last 90 days by default.
inline constexpr std::size_t kMaxRequests = 1000;
inline constexpr auto kDefaultWindow = std::chrono::days(90);
/// At most this many ids in one `service_request_id` list.
inline constexpr std::size_t kMaxIdsPerQuery = 1000;

/// One GeoReport service: a Balgul problem category.
struct Service
{
    std::string code; ///< the category code (air, energy, …)
    std::string name;
    std::string description;
    std::string keywords; ///< comma separated
    std::string group;
};

/// Every category, in display order.
std::vector<Service> services();

/// One problem as a GeoReport service request. Empty strings are fields the hub does not know.
struct ServiceRequest
{
    std::string id;     ///< service_request_id: the problem's UUID
    std::string status; ///< "open" or "closed"
    std::string statusNotes;
    std::string serviceName;
    std::string serviceCode;
    std::string description;
    std::string agencyResponsible;
    std::string requestedDatetime; ///< ISO 8601, "" when the problem carries no creation time
    std::string address;
    double lat = 0;
    double lon = 0;
    std::optional<core::Timestamp> requestedAt;
    std::int64_t version = 0; ///< hub seq, orders undated requests
};

/// "open" for new, confirmed and in_progress; "closed" for resolved and closed.
std::string_view open311Status(std::string_view balgulStatus);

/// The service request of a stored problem; nullopt for other entities and deleted problems.
std::optional<ServiceRequest> toServiceRequest(const EntityState& state, const std::string& agency);

/// The filters of GET requests. With `ids`, every other filter is ignored (as the spec says).
struct RequestQuery
{
    std::vector<std::string> ids;
    std::set<std::string> serviceCodes; ///< empty: any
    std::set<std::string> statuses;     ///< "open"/"closed"; empty: any
    core::Timestamp start{};
    core::Timestamp end{};
    bool explicitWindow = false; ///< start_date or end_date was given: undated requests are left out
};

/// Reads the filters from a raw query string. `now` ends the default window. Throws HttpError 400
/// naming the parameter at fault (unknown status or service_code, a time that is not ISO 8601, a
/// range that is reversed or longer than 90 days, too many ids, an id that is a UUID in upper case
/// or holds a control character).
RequestQuery parseRequestQuery(const std::string& rawQuery, core::Timestamp now);

/// The storage's filter for the query's codes, statuses and dates (not the id list): newest first
/// (undated last, newest version first), at most kMaxRequests.
ProblemFilter toProblemFilter(const RequestQuery& query);

/// A title for a problem filed through Open311, which has none: the description's first line
/// (shortened at a character boundary), or the service's name when there is no description.
std::string titleFor(std::string_view description, std::string_view serviceName);

} // namespace balgul::hub::open311
