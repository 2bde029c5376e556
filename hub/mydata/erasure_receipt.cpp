// The erasure receipt's payload text and its signature.

#include "hub/mydata/erasure_receipt.h"

#include "core/util/json_writer.h"
#include "core/util/time.h"

namespace balgul::hub::mydata {

std::string receiptPayload(const std::string& consentId, const std::string& hubName,
                           const std::map<std::string, std::int64_t>& erased, std::int64_t at,
                           std::string_view reason)
{
    core::JsonObjectWriter counts;
    for (const auto& [category, rows] : erased)
        counts.add(category, rows);
    core::JsonObjectWriter payload;
    payload.add("type", "erasure")
        .add("consent_id", consentId)
        .add("hub", hubName)
        .addRaw("erased", counts.str())
        .add("erased_at", core::toIso8601(core::fromUnixMs(at * 1000)))
        .add("reason", reason);
    return payload.str();
}

Receipt makeReceipt(const SigningKey& key, const std::string& consentId, const std::string& hubName,
                    const std::map<std::string, std::int64_t>& erased, std::int64_t at,
                    std::string_view reason)
{
    Receipt r;
    r.consentId = consentId;
    r.reason = std::string(reason);
    r.payload = receiptPayload(consentId, hubName, erased, at, reason);
    r.signature = toBase64(key.sign(r.payload));
    r.keyId = key.keyId();
    return r;
}

std::string receiptJson(const Receipt& receipt)
{
    return core::JsonObjectWriter()
        .add("payload", receipt.payload)
        .add("signature", receipt.signature)
        .add("key_id", receipt.keyId)
        .str();
}

} // namespace balgul::hub::mydata
