#pragma once

// Erasure receipts (docs/mydata.md "On the hub"): what the hub erased under a consent, when and
// why, as a JSON payload signed with the hub's Ed25519 key. The payload's text is signed as it is
// and answered as it is, so a client verifies the exact bytes it keeps.

#include "hub/mydata/mydata_storage.h"
#include "hub/mydata/signing_key.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace balgul::hub::mydata {

/// {"type":"erasure","consent_id","hub","erased":{category: rows, …},"erased_at","reason"}, members
/// in this order, categories in byte order, `erased_at` ISO 8601 UTC in whole seconds.
std::string receiptPayload(const std::string& consentId, const std::string& hubName,
                           const std::map<std::string, std::int64_t>& erased, std::int64_t at,
                           std::string_view reason);

/// The payload signed with `key`.
Receipt makeReceipt(const SigningKey& key, const std::string& consentId, const std::string& hubName,
                    const std::map<std::string, std::int64_t>& erased, std::int64_t at,
                    std::string_view reason);

/// {"payload":"<the payload's text>","signature":"<base64>","key_id":"…"}
std::string receiptJson(const Receipt& receipt);

} // namespace balgul::hub::mydata
