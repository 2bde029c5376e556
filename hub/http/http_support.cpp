#include "hub/http/http_support.h"

#include <Poco/DeflatingStream.h>
#include <Poco/Exception.h>
#include <Poco/InflatingStream.h>
#include <Poco/Net/MediaType.h>
#include <Poco/String.h>
#include <Poco/URI.h>

#include <algorithm>
#include <map>
#include <optional>
#include <sstream>
#include <vector>

namespace balgul::hub {

namespace {

int statusFor(const std::string& code)
{
    static const std::map<std::string, int> table = {
        {"invalid_field", 400}, {"malformed_json", 400},      {"unknown_entity", 400},
        {"bad_request", 400},   {"unauthorized", 401},        {"invalid_credentials", 401},
        {"forbidden", 403},     {"registration_closed", 403}, {"invalid_invite", 403},
        {"not_found", 404},     {"method_not_allowed", 405},  {"login_taken", 409},
        {"cursor_ahead", 409},  {"too_large", 413},           {"unsupported_media_type", 415},
        {"hash_mismatch", 422}, {"rate_limited", 429},        {"internal", 500},
        {"io_error", 500},
    };
    const auto it = table.find(code);
    return it == table.end() ? 400 : it->second;
}

/// The first read of a body whose length is not announced; later reads double, up to kMaxReadStep.
constexpr std::size_t kFirstReadStep = 4 * 1024;
constexpr std::size_t kMaxReadStep = 1024 * 1024;

/// Reads the body into its string directly: an announced length (already checked against the
/// limit) in one read of that length and one byte more, which finds the end; otherwise in growing
/// steps. A step never starts larger than kMaxReadStep, so a length announced but not sent costs
/// no more memory than what arrives.
std::string readLimited(std::istream& in, std::size_t maxBytes, std::optional<std::size_t> announced)
{
    std::string out;
    std::size_t step = announced ? std::min(*announced + 1, kMaxReadStep) : kFirstReadStep;
    while (in) {
        const std::size_t had = out.size();
        out.resize(had + step);
        in.read(out.data() + had, static_cast<std::streamsize>(step));
        const auto n = static_cast<std::size_t>(in.gcount());
        out.resize(had + n);
        if (n == 0)
            break;
        if (out.size() > maxBytes)
            throw HttpError::make(413, "too_large",
                                  "the body is larger than " + std::to_string(maxBytes) + " bytes");
        step = std::min(step * 2, kMaxReadStep);
    }
    // The stream breaks (rather than ends) when the client stopped sending: the read timeout or the
    // request's deadline passed, or the connection dropped.
    if (in.bad())
        throw HttpError::make(408, "request_timeout", "the request body did not arrive in time");
    return out;
}

} // namespace

HttpError HttpError::make(int status, std::string code, std::string message, std::string field)
{
    HttpError e;
    e.status = status;
    e.error = core::sync::ApiError{std::move(code), std::move(message), std::move(field)};
    return e;
}

HttpError HttpError::fromCode(const std::string& code, std::string message, std::string field)
{
    return make(statusFor(code), code, std::move(message), std::move(field));
}

std::string readBody(Exchange& ex, std::size_t maxBytes, bool requireJson)
{
    auto& request = ex.request;
    if (requireJson) {
        const std::string type = request.getContentType();
        bool json = false;
        try {
            json = !type.empty() && Poco::Net::MediaType(type).matches("application", "json");
        } catch (const Poco::Exception&) {
        }
        if (!json)
            throw HttpError::make(415, "unsupported_media_type", "send the body as application/json");
    }
    const std::string encoding = Poco::toLower(request.get("Content-Encoding", "identity"));
    if (encoding != "identity" && encoding != "gzip")
        throw HttpError::make(415, "unsupported_media_type", "the only content encoding taken is gzip");
    if (request.hasContentLength() && request.getContentLength64() > static_cast<Poco::Int64>(maxBytes))
        throw HttpError::make(413, "too_large",
                              "the body is larger than " + std::to_string(maxBytes) + " bytes");
    if (encoding == "identity")
        return readLimited(request.stream(), maxBytes,
                           request.hasContentLength() && request.getContentLength64() >= 0
                               ? std::optional(static_cast<std::size_t>(request.getContentLength64()))
                               : std::nullopt);
    try {
        Poco::InflatingInputStream inflater(request.stream(), Poco::InflatingStreamBuf::STREAM_GZIP);
        return readLimited(inflater, maxBytes, std::nullopt);
    } catch (const HttpError&) {
        throw;
    } catch (const Poco::Exception& e) {
        throw HttpError::make(400, "bad_request", "the gzip body is broken: " + e.message());
    }
}

void sendJson(Exchange& ex, int status, const std::string& body)
{
    auto& response = ex.response;
    response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
    response.setContentType("application/json; charset=utf-8");
    response.set("Cache-Control", "no-store");
    std::string payload = body;
    const std::string accept = Poco::toLower(ex.request.get("Accept-Encoding", ""));
    if (payload.size() > 1024 && accept.find("gzip") != std::string::npos) {
        std::ostringstream compressed;
        Poco::DeflatingOutputStream deflater(compressed, Poco::DeflatingStreamBuf::STREAM_GZIP);
        deflater << payload;
        deflater.close();
        payload = compressed.str();
        response.set("Content-Encoding", "gzip");
    }
    response.setContentLength64(static_cast<Poco::Int64>(payload.size()));
    if (ex.request.getMethod() == Poco::Net::HTTPRequest::HTTP_HEAD) {
        response.send();
        return;
    }
    response.send().write(payload.data(), static_cast<std::streamsize>(payload.size()));
    ex.bytesSent = payload.size();
}

void sendError(Exchange& ex, const HttpError& error)
{
    if (error.status == 429 && error.retryAfterSeconds > 0)
        ex.response.set("Retry-After", std::to_string(error.retryAfterSeconds));
    if (error.status == 401)
        ex.response.set("WWW-Authenticate", "Bearer");
    sendJson(ex, error.status, core::sync::encode(error.error));
}

std::string queryValue(const std::string& query, const std::string& name, bool* present)
{
    if (present)
        *present = false;
    std::size_t start = 0;
    while (start <= query.size()) {
        auto end = query.find('&', start);
        if (end == std::string::npos)
            end = query.size();
        const std::string pair = query.substr(start, end - start);
        const auto eq = pair.find('=');
        std::string key = pair.substr(0, eq);
        std::string value = eq == std::string::npos ? std::string() : pair.substr(eq + 1);
        // '+' is a space in a query (a literal plus arrives as %2B); Poco 1.11 only honours
        // plusAsSpace after a '?', which a bare query string has not got.
        std::replace(key.begin(), key.end(), '+', ' ');
        std::replace(value.begin(), value.end(), '+', ' ');
        std::string decodedKey;
        std::string decodedValue;
        try {
            Poco::URI::decode(key, decodedKey);
            Poco::URI::decode(value, decodedValue);
        } catch (const Poco::Exception&) {
            throw HttpError::make(400, "bad_request", "the query string is malformed");
        }
        if (decodedKey == name) {
            if (present)
                *present = true;
            return decodedValue;
        }
        start = end + 1;
    }
    return {};
}

void drainRequestBody(Poco::Net::HTTPServerRequest& request, std::int64_t maxBytes)
{
    const std::string& method = request.getMethod();
    if (method == Poco::Net::HTTPRequest::HTTP_GET || method == Poco::Net::HTTPRequest::HTTP_HEAD)
        return;
    if (request.hasContentLength() && request.getContentLength64() > maxBytes)
        return;
    try {
        std::istream& in = request.stream();
        std::vector<char> buffer(64 * 1024);
        std::int64_t total = 0;
        while (in && total < maxBytes) {
            in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            if (in.gcount() <= 0)
                break;
            total += in.gcount();
        }
    } catch (...) {
        // The connection is closed after the answer anyway.
    }
}

} // namespace balgul::hub
