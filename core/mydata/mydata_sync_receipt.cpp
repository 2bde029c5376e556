// The hub's signing key pinned in the profile, and erasure receipts verified against it (Ed25519
// through OpenSSL's EVP interface).

#include "core/mydata/mydata_sync.h"
#include "core/mydata/mydata_sync_detail.h"

#include "core/store/store.h"
#include "core/sync/protocol.h"
#include "core/util/ids.h"
#include "core/util/json_writer.h"
#include "core/util/time.h"

#include <openssl/evp.h>

#include <array>
#include <memory>

namespace balgul::core::mydata {

namespace {

constexpr std::size_t kRawKeyBytes = 32;
constexpr std::size_t kSignatureBytes = 64;
constexpr std::string_view kPinPrefix = "mydata_hub_key:";

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int alphabetIndex(char c)
{
    const auto at = kAlphabet.find(c);
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

Error keyInvalid(const std::string& message, const std::string& field)
{
    return Error::make("hub_key_invalid", "the hub's key answer " + message, field);
}

Error receiptInvalid(const std::string& message, const std::string& field)
{
    return Error::make("receipt_invalid", "the erasure receipt " + message + "; it is not accepted", field);
}

/// Ed25519 of `message` under a raw public key; the EVP digest interface with no digest (Ed25519
/// hashes the message itself).
bool ed25519Verifies(const std::string& publicKey, std::string_view message, const std::string& signature)
{
    if (publicKey.size() != kRawKeyBytes || signature.size() != kSignatureBytes)
        return false;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                    reinterpret_cast<const unsigned char*>(publicKey.data()),
                                    publicKey.size()),
        &EVP_PKEY_free);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()),
                            signature.size(), reinterpret_cast<const unsigned char*>(message.data()),
                            message.size()) == 1;
}

std::string keyIdOf(const std::string& publicKey)
{
    return sha256Hex(publicKey).substr(0, 16);
}

/// A string member, or nullopt when it is missing or not a string.
std::optional<std::string> stringMember(const Poco::JSON::Object::Ptr& o, const std::string& name)
{
    if (!o->has(name))
        return std::nullopt;
    const auto v = o->get(name);
    if (!v.isString())
        return std::nullopt;
    return v.extract<std::string>();
}

std::optional<std::int64_t> wholeSeconds(const std::string& text)
{
    const auto t = parseIso8601(text);
    if (!t || toUnixMs(*t) % 1000 != 0)
        return std::nullopt;
    return toUnixMs(*t) / 1000;
}

} // namespace

namespace detail {

std::string toBase64(std::string_view bytes)
{
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const auto n = (std::uint32_t(std::uint8_t(bytes[i])) << 16) |
                       (std::uint32_t(std::uint8_t(bytes[i + 1])) << 8) | std::uint8_t(bytes[i + 2]);
        for (int shift : {18, 12, 6, 0})
            out += kAlphabet[(n >> shift) & 63];
    }
    if (const std::size_t left = bytes.size() - i; left > 0) {
        std::uint32_t n = std::uint32_t(std::uint8_t(bytes[i])) << 16;
        if (left == 2)
            n |= std::uint32_t(std::uint8_t(bytes[i + 1])) << 8;
        out += kAlphabet[(n >> 18) & 63];
        out += kAlphabet[(n >> 12) & 63];
        out += left == 2 ? kAlphabet[(n >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

std::optional<std::string> fromBase64(std::string_view text)
{
    if (text.size() % 4 != 0)
        return std::nullopt;
    std::string out;
    out.reserve(text.size() / 4 * 3);
    for (std::size_t i = 0; i < text.size(); i += 4) {
        const bool last = i + 4 == text.size();
        std::array<int, 4> v{};
        int padding = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = text[i + static_cast<std::size_t>(k)];
            if (c == '=' && last && k >= 2) {
                ++padding;
                v[static_cast<std::size_t>(k)] = 0;
                continue;
            }
            if (padding > 0) // a character after '='
                return std::nullopt;
            v[static_cast<std::size_t>(k)] = alphabetIndex(c);
            if (v[static_cast<std::size_t>(k)] < 0)
                return std::nullopt;
        }
        const std::uint32_t n = (std::uint32_t(v[0]) << 18) | (std::uint32_t(v[1]) << 12) |
                                (std::uint32_t(v[2]) << 6) | std::uint32_t(v[3]);
        // Bits a padded group leaves over must be zero, so that one byte string has one text.
        if ((padding == 1 && (n & 0xFF) != 0) || (padding == 2 && (n & 0xFFFF) != 0))
            return std::nullopt;
        out += static_cast<char>((n >> 16) & 0xFF);
        if (padding < 2)
            out += static_cast<char>((n >> 8) & 0xFF);
        if (padding < 1)
            out += static_cast<char>(n & 0xFF);
    }
    return out;
}

} // namespace detail

std::string HubKey::base64() const
{
    return detail::toBase64(publicKey);
}

Result<HubKey> decodeHubKey(std::string_view json)
{
    auto parsed = sync::parseObject(json);
    if (!parsed)
        return keyInvalid("is not a JSON object", {});
    const auto& o = *parsed;
    if (stringMember(o, "algorithm") != std::optional<std::string>("Ed25519"))
        return keyInvalid("does not name the algorithm Ed25519", "algorithm");
    const auto text = stringMember(o, "public_key");
    const auto raw = text ? detail::fromBase64(*text) : std::nullopt;
    if (!raw || raw->size() != kRawKeyBytes)
        return keyInvalid("holds no 32-byte public key in base64", "public_key");
    HubKey key;
    key.publicKey = *raw;
    key.keyId = keyIdOf(key.publicKey);
    if (stringMember(o, "key_id") != std::optional<std::string>(key.keyId))
        return keyInvalid("names another key id than its key's", "key_id");
    return key;
}

Result<HubKey> fetchHubKey(const sync::HubEndpoint& endpoint)
{
    sync::HubEndpoint anonymous = endpoint;
    anonymous.token.clear(); // the key is public
    sync::HubClient client(anonymous);
    auto answer = client.send("GET", "/v1/hub/key");
    if (!answer)
        return answer.error();
    if (auto s = detail::answerStatus(*answer); !s)
        return s.error();
    return decodeHubKey(answer->body);
}

Result<std::optional<HubKey>> pinnedHubKey(Store& store, const std::string& hubUrl)
{
    std::string text;
    try {
        text = store.syncValue(std::string(kPinPrefix) + detail::hubKeyOf(hubUrl));
    } catch (const SqlError& e) {
        return detail::storeFailure(store, e);
    }
    if (text.empty())
        return std::optional<HubKey>();
    const auto raw = detail::fromBase64(text);
    if (!raw || raw->size() != kRawKeyBytes)
        return Error::make("store_failed", "the hub key pinned in the profile is damaged", "hub_key");
    return std::optional<HubKey>(HubKey{*raw, keyIdOf(*raw)});
}

Result<HubKey> pinHubKey(Store& store, const sync::HubEndpoint& endpoint)
{
    auto fetched = fetchHubKey(endpoint);
    if (!fetched)
        return fetched.error();
    auto pinned = pinnedHubKey(store, endpoint.url);
    if (!pinned)
        return pinned.error();
    if (*pinned) {
        if (**pinned == *fetched)
            return *fetched;
        return Error::make("hub_key_changed",
                           "the hub at " + endpoint.url + " now answers the signing key " + fetched->keyId +
                               ", not the key " + (*pinned)->keyId +
                               " this profile pinned: its receipts are not trusted until the hub's operator "
                               "explains the change",
                           "key_id");
    }
    if (auto s =
            store.setSyncValue(std::string(kPinPrefix) + detail::hubKeyOf(endpoint.url), fetched->base64());
        !s)
        return s.error();
    return *fetched;
}

std::string ErasureReceipt::json() const
{
    return JsonObjectWriter().add("payload", payload).add("signature", signature).add("key_id", keyId).str();
}

std::int64_t ErasureReceipt::rowsErased() const
{
    std::int64_t n = 0;
    for (const auto& [category, rows] : erased)
        n += rows;
    return n;
}

Result<ErasureReceipt> verifyErasureReceipt(std::string_view answerJson, const HubKey& key)
{
    auto parsed = sync::parseObject(answerJson);
    if (!parsed)
        return receiptInvalid("is not a JSON object", {});
    const auto& o = *parsed;
    ErasureReceipt r;
    const auto payload = stringMember(o, "payload");
    const auto signature = stringMember(o, "signature");
    const auto keyId = stringMember(o, "key_id");
    if (!payload)
        return receiptInvalid("has no payload text", "payload");
    if (!signature)
        return receiptInvalid("has no signature", "signature");
    if (!keyId)
        return receiptInvalid("names no key", "key_id");
    if (*keyId != key.keyId)
        return receiptInvalid("was signed with the key " + *keyId + ", not the hub's pinned key " + key.keyId,
                              "key_id");
    const auto raw = detail::fromBase64(*signature);
    if (!raw || raw->size() != kSignatureBytes)
        return receiptInvalid("has no 64-byte signature in base64", "signature");
    if (!ed25519Verifies(key.publicKey, *payload, *raw))
        return receiptInvalid("does not verify against the hub's key " + key.keyId, "signature");
    r.payload = *payload;
    r.signature = *signature;
    r.keyId = *keyId;

    // Signed by the hub: now what it says is read.
    auto body = sync::parseObject(r.payload);
    if (!body)
        return receiptInvalid("payload is not a JSON object", "payload");
    const auto& p = *body;
    if (stringMember(p, "type") != std::optional<std::string>("erasure"))
        return receiptInvalid("is not of type erasure", "payload.type");
    const auto consentId = stringMember(p, "consent_id");
    if (!consentId || !isCanonicalUuid(*consentId))
        return receiptInvalid("names no consent", "payload.consent_id");
    r.consentId = *consentId;
    r.hub = stringMember(p, "hub").value_or("");
    const auto reason = stringMember(p, "reason");
    if (reason != std::optional<std::string>("withdrawn") && reason != std::optional<std::string>("expired"))
        return receiptInvalid("gives no reason of withdrawn or expired", "payload.reason");
    r.reason = *reason;
    const auto at = stringMember(p, "erased_at");
    const auto seconds = at ? wholeSeconds(*at) : std::nullopt;
    if (!seconds)
        return receiptInvalid("has no erasure time in whole seconds", "payload.erased_at");
    r.erasedAt = *seconds;
    const auto erased = p->getObject("erased");
    if (!erased)
        return receiptInvalid("has no counts of erased rows", "payload.erased");
    for (const auto& [category, value] : *erased) {
        if (!categoryFromString(category))
            return receiptInvalid("counts rows of an unknown category", "payload.erased." + category);
        std::int64_t n = -1;
        try {
            if (value.isInteger())
                n = value.convert<std::int64_t>();
        } catch (const Poco::Exception&) {
            n = -1;
        }
        if (n < 0)
            return receiptInvalid("counts rows with something other than a whole number",
                                  "payload.erased." + category);
        r.erased[category] = n;
    }
    return r;
}

} // namespace balgul::core::mydata
