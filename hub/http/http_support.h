#pragma once

// Small pieces every endpoint uses: bounded body reading (gzip included), JSON answers and
// the protocol's error body.

#include "core/sync/protocol.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <cstddef>
#include <cstdint>
#include <string>

namespace balgul::hub {

/// An answer that ends a request early; the request handler sends it as a JSON error body.
struct HttpError
{
    int status = 400;
    core::sync::ApiError error;
    int retryAfterSeconds = 0; ///< with 429

    static HttpError make(int status, std::string code, std::string message, std::string field = {});
    /// The HTTP status the protocol gives an error code (400 when unknown to the table).
    static HttpError fromCode(const std::string& code, std::string message, std::string field = {});
};

/// One request and its answer, as the endpoints see them.
struct Exchange
{
    Poco::Net::HTTPServerRequest& request;
    Poco::Net::HTTPServerResponse& response;
    std::string path;          ///< decoded, without the query
    std::string query;         ///< raw query
    std::string address;       ///< the client's IP address
    std::size_t bytesSent = 0; ///< body bytes of the answer, for the access log
};

/// Reads the whole body: at most `maxBytes` (after gzip decoding, with `Content-Encoding: gzip`).
/// Throws HttpError 413 (too large, checked against Content-Length before reading and again
/// while reading), 415 (an unknown Content-Encoding, or `requireJson` and not application/json)
/// or 400 (broken gzip).
std::string readBody(Exchange& ex, std::size_t maxBytes, bool requireJson);

/// Sends a JSON body with `status` (gzip-compressed when the client accepts it and it is large).
void sendJson(Exchange& ex, int status, const std::string& body);
void sendError(Exchange& ex, const HttpError& error);

/// A query parameter's raw value ("" when absent).
std::string queryValue(const std::string& query, const std::string& name, bool* present = nullptr);

/// Reads what is left of a request body, up to `maxBytes`, so an early error answer is not
/// taken for a reset connection (the connection is closed after the answer anyway).
void drainRequestBody(Poco::Net::HTTPServerRequest& request, std::int64_t maxBytes);

} // namespace balgul::hub
