#pragma once

// A consent as the sync pull carries it (docs/sync-protocol.md "MyData"): a `consent` entity in the
// sync store, owned by its resident and pulled by no one else. While the consent is active it is
// live with {"status", "registered", "expires"}; once withdrawn or expired it is a tombstone
// carrying {"status", "receipt": {"payload", "signature", "key_id"}}, so every device of the
// resident learns of the erasure and keeps the receipt. Clients never push this kind.

#include "hub/mydata/mydata_storage.h"
#include "hub/sync/hub_storage.h"

#include <string>

namespace balgul::hub::mydata {

inline constexpr const char* kConsentEntity = "consent";

/// Writes the consent's state as the MyData storage holds it now into the sync store (a new seq),
/// unless the entity says so already, and records it as published. The state is read inside the
/// sync store's write transaction, so of two writes at once the later one holds the later state.
/// False when there is no such consent. Throws StorageError.
bool publishConsent(HubStorage& sync, MydataStorage& storage, const std::string& consentId);

} // namespace balgul::hub::mydata
