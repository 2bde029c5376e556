#pragma once

// What the parts of MyData sharing (mydata_sync*.cpp) share and nothing else includes: base64, the
// hub's answers as errors, and recording a consent's end inside a transaction the caller holds.

#include "core/mydata/mydata_sync.h"
#include "core/store/database.h"
#include "core/sync/hub_client.h"
#include "core/util/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace balgul::core::mydata::detail {

/// Standard base64 with padding.
std::string toBase64(std::string_view bytes);
/// nullopt unless `text` is standard padded base64 (no spaces, no line breaks).
std::optional<std::string> fromBase64(std::string_view text);

std::int64_t nowSeconds();
/// The hub URL as profiles key it: without a trailing '/'.
std::string hubKeyOf(const std::string& url);

/// A store failure of MyData sharing.
Error storeFailure(Store& store, const SqlError& e);
/// The answer as an Error when it is not 2xx (the hub's code and message).
Status answerStatus(const sync::HttpAnswer& answer);

/// Marks the consent ended ("withdrawn" or "expired") at `at` with its event, when it is kept here
/// and not ended already, and keeps `receipt` (an erasure receipt's json()) unless the same is kept.
/// No transaction of its own; throws SqlError. True when the receipt was kept before.
bool recordConsentEnd(Store& store, const std::string& consentId, const std::string& status, std::int64_t at,
                      const std::optional<std::string>& receipt);

} // namespace balgul::core::mydata::detail
