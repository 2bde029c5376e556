#include "hub/api.h"

#include <Poco/Net/HTTPRequest.h>

#include <fstream>
#include <vector>

namespace balgul::hub::api {

using Poco::Net::HTTPRequest;

void blob(HubContext& hub, Exchange& ex, const User& user, const std::string& name)
{
    (void)user; // every member may read and add attachment bytes
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
        auto stored = hub.blobs.put(name, ex.request.stream(), max);
        if (!stored)
            throw HttpError::fromCode(stored.error().code, stored.error().message, stored.error().field);
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
        o->set("sha256", name);
        o->set("size", static_cast<Poco::Int64>(hub.blobs.size(name)));
        sendJson(ex, *stored ? 201 : 200, core::sync::stringify(o));
        return;
    }

    const long long size = hub.blobs.size(name);
    if (method == HTTPRequest::HTTP_HEAD) {
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
