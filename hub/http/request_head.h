#pragma once

// The head of an HTTP/1.x request (its request line and header fields), checked before anything
// else reads it. A head that Poco's parser would refuse, or that the hub will not take, gets the
// protocol's error answer from the server (sync-protocol.md, "Requests refused before routing")
// instead of an empty answer or none.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace balgul::hub {

namespace head_limits {
inline constexpr std::size_t kMaxHeadBytes = 64u << 10;     ///< request line and fields together
inline constexpr std::size_t kMaxTargetBytes = 16u << 10;   ///< path and query (Poco's own limit)
inline constexpr std::size_t kMaxFields = 100;              ///< header field lines
inline constexpr std::size_t kMaxFieldBytes = 8u << 10;     ///< one field line
inline constexpr std::size_t kMaxFieldNameBytes = 256;      ///< one field name
inline constexpr std::size_t kMaxMethodBytes = 32;          ///< GET, POST, …
inline constexpr std::int64_t kMaxContentLength = 64 << 20; ///< above every endpoint's own limit
} // namespace head_limits

/// Why a request is refused before routing: an HTTP status and the protocol's error code.
struct HeadError
{
    int status = 400;
    std::string code;
    std::string message;
    std::string field;
};

/// Where a head ends in `bytes`: the offset just past the empty line that ends it (CRLF CRLF or
/// LF LF), or npos while it has not ended.
std::size_t headEnd(std::string_view bytes);

/// What can be said of a head that has not ended yet: nullopt while it may still become a request,
/// the error once it cannot (bytes that are not HTTP, TLS, a request line without an HTTP/1.x
/// version, a target or head longer than the limits).
std::optional<HeadError> checkPartialHead(std::string_view bytes);

/// Checks a whole head (what headEnd() delimits): "METHOD SP target SP HTTP/1.x", header fields
/// "Name: value" without control characters, at most one Content-Length (a whole number up to
/// kMaxContentLength), no Transfer-Encoding but chunked and not together with Content-Length.
std::optional<HeadError> checkHead(std::string_view head);

/// The request target of the first line, as far as it came ("" when there is none).
std::string headTarget(std::string_view bytes);

} // namespace balgul::hub
