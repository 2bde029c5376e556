#include "hub/http/request_head.h"

#include <algorithm>
#include <vector>

namespace balgul::hub {

namespace {

using namespace head_limits;

HeadError error(int status, std::string code, std::string message, std::string field = {})
{
    return HeadError{status, std::move(code), std::move(message), std::move(field)};
}

HeadError badRequest(std::string message, std::string field = {})
{
    return error(400, "bad_request", std::move(message), std::move(field));
}

/// RFC 9110 token characters (methods and field names).
bool isTokenChar(unsigned char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::string_view("!#$%&'*+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
               return lower(x) == lower(y);
           });
}

std::string_view trimmedField(std::string_view v)
{
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
        v.remove_suffix(1);
    return v;
}

/// The line at `bytes` without its CR LF (or LF); `next` is set past it, npos when it has not ended.
std::string_view lineAt(std::string_view bytes, std::size_t at, std::size_t& next)
{
    const auto lf = bytes.find('\n', at);
    if (lf == std::string_view::npos) {
        next = std::string_view::npos;
        return bytes.substr(at);
    }
    next = lf + 1;
    std::size_t end = lf;
    if (end > at && bytes[end - 1] == '\r')
        --end;
    return bytes.substr(at, end - at);
}

/// Leading empty lines before the request line are ignored (RFC 9112, 2.2).
std::size_t requestLineStart(std::string_view bytes)
{
    std::size_t at = 0;
    while (at < bytes.size() && (bytes[at] == '\r' || bytes[at] == '\n'))
        ++at;
    return at;
}

std::optional<HeadError> checkTarget(std::string_view target)
{
    if (target.size() > kMaxTargetBytes)
        return error(414, "uri_too_long",
                     "the request target is longer than " + std::to_string(kMaxTargetBytes) + " bytes");
    for (const char ch : target) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c == 0x7F)
            return badRequest("the request target holds a space or a control character: percent-encode it");
    }
    if (target.empty() || (target.front() != '/' && target != "*"))
        return badRequest("the request target must be a path starting with /");
    return std::nullopt;
}

/// "METHOD SP target SP HTTP/1.x" (the line without its end).
std::optional<HeadError> checkRequestLine(std::string_view line)
{
    const auto firstSpace = line.find(' ');
    const std::string_view method = line.substr(0, firstSpace);
    if (method.empty() || method.size() > kMaxMethodBytes ||
        !std::all_of(method.begin(), method.end(),
                     [](char c) { return isTokenChar(static_cast<unsigned char>(c)); }))
        return badRequest("the request line does not start with a method");
    if (firstSpace == std::string_view::npos)
        return badRequest("the request line has no target and no HTTP version");
    const std::string_view rest = line.substr(firstSpace + 1);
    const auto secondSpace = rest.find(' ');
    const std::string_view target = rest.substr(0, secondSpace);
    if (secondSpace == std::string_view::npos) {
        if (auto e = checkTarget(target); e && e->status == 414)
            return e;
        return badRequest(
            "the request line must end with the HTTP version (HTTP/1.1); HTTP/0.9 is not spoken");
    }
    if (auto e = checkTarget(target))
        return e;
    const std::string_view version = rest.substr(secondSpace + 1);
    if (version.size() != 8 || !version.starts_with("HTTP/") || version[6] != '.' || version[5] < '0' ||
        version[5] > '9' || version[7] < '0' || version[7] > '9')
        return badRequest("the request line must end with the HTTP version (HTTP/1.1)");
    if (version[5] != '1')
        return error(505, "http_version_not_supported", "this hub speaks HTTP/1.1 (and 1.0)");
    return std::nullopt;
}

std::optional<HeadError> checkContentLength(std::string_view value, std::int64_t& length)
{
    if (value.empty() || value.size() > 19 ||
        !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return badRequest("Content-Length must be a whole number of bytes", "Content-Length");
    std::int64_t n = 0;
    for (const char c : value)
        n = n * 10 + (c - '0'); // at most 19 digits: no overflow
    if (length >= 0 && length != n)
        return badRequest("the request has two different Content-Length fields", "Content-Length");
    length = n;
    if (n > kMaxContentLength)
        return error(413, "too_large",
                     "the body is larger than any request this hub takes (" +
                         std::to_string(kMaxContentLength) + " bytes)",
                     "Content-Length");
    return std::nullopt;
}

} // namespace

std::size_t headEnd(std::string_view bytes)
{
    const std::size_t start = requestLineStart(bytes);
    for (std::size_t lf = bytes.find('\n', start); lf != std::string_view::npos;
         lf = bytes.find('\n', lf + 1)) {
        if (lf + 1 < bytes.size() && bytes[lf + 1] == '\n')
            return lf + 2;
        if (lf + 2 < bytes.size() && bytes[lf + 1] == '\r' && bytes[lf + 2] == '\n')
            return lf + 3;
    }
    return std::string_view::npos;
}

std::optional<HeadError> checkPartialHead(std::string_view bytes)
{
    const std::size_t start = requestLineStart(bytes);
    if (start == bytes.size())
        return std::nullopt;
    const auto first = static_cast<unsigned char>(bytes[start]);
    if (first == 0x16)
        return badRequest(
            "this port speaks plain HTTP, not TLS: use http:// or the TLS proxy in front of the hub");
    if (!isTokenChar(first))
        return badRequest("this port speaks HTTP/1.1: the request does not start with a method");
    std::size_t next = 0;
    const std::string_view line = lineAt(bytes, start, next);
    if (next != std::string_view::npos) {
        if (auto e = checkRequestLine(line))
            return e;
    } else {
        const auto space = line.find(' ');
        if (space == std::string_view::npos ? line.size() > kMaxMethodBytes
                                            : line.substr(0, space).size() > kMaxMethodBytes)
            return badRequest("the request line does not start with a method");
        if (space != std::string_view::npos && line.size() - space - 1 > kMaxTargetBytes + 9)
            return error(414, "uri_too_long",
                         "the request target is longer than " + std::to_string(kMaxTargetBytes) + " bytes");
    }
    if (bytes.size() > kMaxHeadBytes)
        return error(431, "header_too_large",
                     "the request head is larger than " + std::to_string(kMaxHeadBytes) + " bytes");
    return std::nullopt;
}

std::optional<HeadError> checkHead(std::string_view head)
{
    std::size_t at = requestLineStart(head);
    std::size_t next = 0;
    const std::string_view requestLine = lineAt(head, at, next);
    if (next == std::string_view::npos)
        return badRequest("the request head is cut short");
    if (auto e = checkRequestLine(requestLine))
        return e;
    if (head.size() > kMaxHeadBytes)
        return error(431, "header_too_large",
                     "the request head is larger than " + std::to_string(kMaxHeadBytes) + " bytes");
    std::size_t fields = 0;
    std::int64_t contentLength = -1;
    bool chunked = false;
    for (at = next; at < head.size(); at = next) {
        const std::string_view line = lineAt(head, at, next);
        if (line.empty())
            break;
        if (next == std::string_view::npos)
            return badRequest("the request head is cut short");
        if (++fields > kMaxFields)
            return error(431, "header_too_large",
                         "the request has more than " + std::to_string(kMaxFields) + " header fields");
        if (line.size() > kMaxFieldBytes)
            return error(431, "header_too_large",
                         "a header field is longer than " + std::to_string(kMaxFieldBytes) + " bytes");
        if (line.front() == ' ' || line.front() == '\t')
            return badRequest("folded header lines are not taken");
        const auto colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0)
            return badRequest("a header line is not \"Name: value\"");
        const std::string_view name = line.substr(0, colon);
        if (name.size() > kMaxFieldNameBytes)
            return error(431, "header_too_large",
                         "a header field name is longer than " + std::to_string(kMaxFieldNameBytes) +
                             " bytes");
        if (!std::all_of(name.begin(), name.end(),
                         [](char c) { return isTokenChar(static_cast<unsigned char>(c)); }))
            return badRequest("a header field name holds a character that is not allowed");
        const std::string_view value = trimmedField(line.substr(colon + 1));
        for (const char ch : value) {
            const auto c = static_cast<unsigned char>(ch);
            if ((c < 0x20 && c != '\t') || c == 0x7F)
                return badRequest("the header field " + std::string(name) + " holds a control character",
                                  std::string(name));
        }
        if (equalsIgnoringCase(name, "Content-Length")) {
            if (auto e = checkContentLength(value, contentLength))
                return e;
        } else if (equalsIgnoringCase(name, "Transfer-Encoding")) {
            if (!equalsIgnoringCase(value, "chunked"))
                return badRequest("the only transfer coding taken is chunked", "Transfer-Encoding");
            chunked = true;
        }
    }
    if (chunked && contentLength >= 0)
        return badRequest("a request has either Content-Length or Transfer-Encoding, not both",
                          "Content-Length");
    return std::nullopt;
}

std::string headTarget(std::string_view bytes)
{
    const std::size_t start = requestLineStart(bytes);
    std::size_t next = 0;
    const std::string_view line = lineAt(bytes, start, next);
    const auto space = line.find(' ');
    if (space == std::string_view::npos)
        return {};
    const std::string_view rest = line.substr(space + 1);
    return std::string(rest.substr(0, std::min(rest.find(' '), kMaxTargetBytes)));
}

} // namespace balgul::hub
