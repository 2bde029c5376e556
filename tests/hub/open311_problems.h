#pragma once

// Problems made up for the Open311 suites: a problem's fields as a client pushes them, times some
// hours ago, and form values encoded the way a browser sends them.

#include "core/util/time.h"

#include <Poco/URI.h>

#include <chrono>
#include <string>

namespace balgul::test::open311 {

/// The time `ago` hours before now, to the second, as ISO 8601.
inline std::string iso(std::chrono::hours ago)
{
    return core::toIso8601(std::chrono::floor<std::chrono::seconds>(core::now()) - ago);
}

/// `text` encoded for an application/x-www-form-urlencoded body or query.
inline std::string formEncode(const std::string& text)
{
    std::string out;
    Poco::URI::encode(text, "&=+;/?#%", out);
    // Spaces as '+', the way browsers send a form.
    for (auto at = out.find("%20"); at != std::string::npos; at = out.find("%20", at + 1))
        out.replace(at, 3, "+");
    return out;
}

/// A problem's fields in Daejeon, with its description's markup to escape; no creation time when
/// `created` is empty.
inline std::string problem(const std::string& category, const std::string& status, const std::string& created)
{
    std::string json = R"({"title":"Problem","description":"Seen <here> & there","category":")" + category +
                       R"(","lat":36.35,"lon":127.38,"address":"Daejeon","status":")" + status + "\"";
    if (!created.empty())
        json += R"(,"created":")" + created + "\"";
    return json + "}";
}

} // namespace balgul::test::open311
