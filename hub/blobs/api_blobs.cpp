#include "hub/api.h"

#include <Poco/Net/HTTPRequest.h>

#include <algorithm>
#include <fstream>
#include <vector>

namespace balgul::hub::api {

using Poco::Net::HTTPRequest;

namespace {

constexpr long long kMiB = 1024 * 1024;

HttpError quotaExceeded(long long quota, long long used)
{
    return HttpError::make(413, "quota_exceeded",
                           "the account's blob quota of " + std::to_string(quota / kMiB) +
                               " MiB is used up (" + std::to_string(used) +
                               " bytes stored); ask the hub's operator for more");
}

} // namespace

void blob(HubContext& hub, Exchange& ex, const User& user, const std::string& name)
{
    // Every member may read and add attachment bytes; bytes new to the hub count towards the
    // quota of the account that sent them first.
    if (!BlobStore::isValidName(name))
        throw HttpError::make(400, "invalid_field", "a blob name is exactly 64 lower-case hex characters",
                              "sha256");
    const std::string& method = ex.request.getMethod();
    auto& response = ex.response;

    if (method == HTTPRequest::HTTP_PUT) {
        const std::string encoding = ex.request.get("Content-Encoding", "identity");
        if (encoding != "identity")
            throw HttpError::make(415, "unsupported_media_type",
                                  "send blob bytes without a content encoding");
        const auto max = core::sync::limits::kMaxBlobBytes;
        if (ex.request.hasContentLength() && ex.request.getContentLength64() > static_cast<Poco::Int64>(max))
            throw HttpError::make(413, "too_large", "a blob has at most " + std::to_string(max) + " bytes");
        const long long quota = static_cast<long long>(hub.config.blobQuotaMib) * kMiB;
        long long used = 0;
        std::size_t allowed = max;
        if (quota > 0 && !hub.blobs.has(name)) {
            used = hub.storage->blobBytesOf(user.id);
            const long long left = std::max(0LL, quota - used);
            if (ex.request.hasContentLength() && ex.request.getContentLength64() > left)
                throw quotaExceeded(quota, used);
            allowed = std::min<std::size_t>(max, static_cast<std::size_t>(left));
        }
        auto stored = hub.blobs.put(name, ex.request.stream(), allowed);
        if (!stored) {
            if (stored.error().code == "too_large" && allowed < max)
                throw quotaExceeded(quota, used);
            throw HttpError::fromCode(stored.error().code, stored.error().message, stored.error().field);
        }
        if (*stored)
            hub.storage->recordBlob(name, user.id, hub.blobs.size(name), core::now());
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
        o->set("sha256", name);
        o->set("size", static_cast<Poco::Int64>(hub.blobs.size(name)));
        sendJson(ex, *stored ? 201 : 200, core::sync::stringify(o));
        return;
    }

    const long long size = hub.blobs.size(name);
    if (method == HTTPRequest::HTTP_HEAD) {
        if (size >= 0)
            hub.blobs.touch(name); // a client about to reference it: its grace starts again
        response.setStatusAndReason(size >= 0 ? Poco::Net::HTTPResponse::HTTP_OK
                                              : Poco::Net::HTTPResponse::HTTP_NOT_FOUND);
        response.setContentLength64(size >= 0 ? size : 0);
        if (size >= 0)
            response.setContentType("application/octet-stream");
        response.send();
        return;
    }
    if (size < 0)
        throw HttpError::make(404, "not_found", "the hub has no blob " + name);
    std::ifstream in(hub.blobs.path(name), std::ios::binary);
    if (!in)
        throw HttpError::make(404, "not_found", "the hub has no blob " + name);
    response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_OK);
    response.setContentType("application/octet-stream");
    response.set("Cache-Control", "public, max-age=31536000, immutable");
    response.setContentLength64(size);
    std::ostream& out = response.send();
    std::vector<char> buffer(64 * 1024);
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        const auto n = in.gcount();
        if (n <= 0)
            break;
        out.write(buffer.data(), n);
        ex.bytesSent += static_cast<std::size_t>(n);
    }
}

} // namespace balgul::hub::api
