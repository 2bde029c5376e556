// Writing a consent's state into the sync store as a `consent` entity.

#include "hub/mydata/consent_entities.h"

#include "core/util/time.h"

#include <Poco/JSON/Parser.h>

namespace balgul::hub::mydata {

namespace {

std::string iso(std::int64_t seconds)
{
    return core::toIso8601(core::fromUnixMs(seconds * 1000));
}

Poco::JSON::Object::Ptr fieldsOf(const ConsentRecord& record, const std::optional<Receipt>& receipt)
{
    Poco::JSON::Object::Ptr fields = new Poco::JSON::Object;
    fields->set("status", std::string(toString(record.state)));
    if (record.state == ConsentState::Active) {
        fields->set("registered", iso(record.registered));
        fields->set("expires", iso(record.expires));
    } else if (receipt) {
        Poco::JSON::Object::Ptr r = new Poco::JSON::Object;
        r->set("payload", receipt->payload);
        r->set("signature", receipt->signature);
        r->set("key_id", receipt->keyId);
        fields->set("receipt", r);
    }
    return fields;
}

} // namespace

bool publishConsent(HubStorage& sync, MydataStorage& storage, const std::string& consentId)
{
    // The sync store's writer lock first (taken by begin()), then the state: see the header.
    auto tx = sync.begin();
    const auto record = storage.consent(consentId);
    if (!record)
        return false;
    const bool ended = record->state != ConsentState::Active;
    const std::string status(toString(record->state));
    const auto current = tx->loadEntity(kConsentEntity, consentId);
    const bool same = current && current->deleted == ended && current->fields &&
                      current->fields->has("status") &&
                      current->fields->getValue<std::string>("status") == status;
    if (!same) {
        EntityState state;
        state.entity = kConsentEntity;
        state.id = consentId;
        state.ownerId = record->ownerId;
        state.seq = tx->nextSeq();
        state.deleted = ended;
        state.fields = fieldsOf(*record, ended ? storage.receipt(consentId) : std::nullopt);
        tx->saveEntity(state);
        tx->commit();
    }
    tx.reset(); // the writer lock, before the MyData store writes (on SQLite, the same file's lock)
    storage.markPublished(consentId, record->state);
    return true;
}

} // namespace balgul::hub::mydata
