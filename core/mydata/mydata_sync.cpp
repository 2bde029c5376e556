// Consents in the profile and on the hub: kept, registered with their Kantara receipt, withdrawn
// with the hub's verified erasure receipt, and ended by the tombstones a sync pull carries.

#include "core/mydata/mydata_sync.h"
#include "core/mydata/mydata_sync_detail.h"

#include "core/store/store.h"
#include "core/sync/protocol.h"
#include "core/util/time.h"

#include <Poco/JSON/Array.h>

#include <algorithm>

namespace balgul::core::mydata {

namespace {

using detail::nowSeconds;
using detail::storeFailure;

constexpr std::string_view kConsentsPath = "/v1/mydata/consents/";

std::string consentPath(const std::string& id, std::string_view tail = {})
{
    return std::string(kConsentsPath) + id + std::string(tail);
}

Error notFound(const std::string& id)
{
    return Error::make("not_found", "no consent " + id + " in this profile", "consent");
}

/// The consent as kept, read inside whatever transaction the caller holds; throws SqlError.
std::optional<StoredConsent> readConsent(Store& store, const std::string& id, Error* damaged)
{
    auto st = store.database().prepare("SELECT json, status, updated FROM mydata_consents WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    auto consent = decodeConsent(st.text(0));
    const auto state = localConsentStateFromString(st.text(1));
    if (!consent || !state) {
        if (damaged)
            *damaged = Error::make("record_corrupt",
                                   "the consent " + id + " kept in this profile does not read" +
                                       (consent ? std::string() : ": " + consent.error().message),
                                   consent ? std::string("status") : consent.error().field);
        return std::nullopt;
    }
    return StoredConsent{std::move(*consent), *state, st.int64(2)};
}

void writeConsent(Store& store, const Consent& consent, LocalConsentState state)
{
    store.database()
        .prepare("INSERT INTO mydata_consents (id, json, status, updated) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT (id) DO UPDATE SET json = excluded.json, status = excluded.status, "
                 "updated = excluded.updated")
        .bind(1, consent.id)
        .bind(2, encodeConsent(consent))
        .bind(3, std::string(toString(state)))
        .bind(4, nowSeconds())
        .run();
}

void insertReceipt(Store& store, const std::string& consentId, const std::string& kind,
                   const std::string& json)
{
    store.database()
        .prepare("INSERT INTO mydata_receipts (consent_id, kind, json, created) VALUES (?, ?, ?, ?)")
        .bind(1, consentId)
        .bind(2, kind)
        .bind(3, json)
        .bind(4, nowSeconds())
        .run();
}

Error endedError(LocalConsentState state, const std::string& id)
{
    if (state == LocalConsentState::Withdrawn)
        return Error::make("consent_withdrawn", "the consent " + id + " was withdrawn", "consent");
    return Error::make("consent_expired", "the consent " + id + " has expired", "consent");
}

/// The controller of the receipt: what the caller states, then what the hub states, then its URL.
ControllerInfo completeController(ControllerInfo c, const ControllerInfo& hub, const std::string& url,
                                  const HubKey& key)
{
    const auto fill = [](std::string& member, const std::string& value) {
        if (member.empty())
            member = value;
    };
    fill(c.name, hub.name);
    fill(c.contact, hub.contact);
    fill(c.email, hub.email);
    fill(c.phone, hub.phone);
    fill(c.policyUrl, hub.policyUrl);
    fill(c.address.streetAddress, hub.address.streetAddress);
    fill(c.address.addressCountry, hub.address.addressCountry);
    fill(c.url, url);
    fill(c.contact, c.name);
    fill(c.policyUrl, url);
    fill(c.address.addressCountry, c.jurisdiction);
    fill(c.email, kControllerNotStated);
    fill(c.phone, kControllerNotStated);
    fill(c.publicKey, "ed25519:" + key.base64());
    return c;
}

/// A refusal the hub will give again whatever is retried: the consent is not kept pending for it.
bool finalRefusal(int status)
{
    return status == 400 || status == 403 || status == 404 || status == 409 || status == 413;
}

/// The kept Kantara receipt of a consent ("" when none).
std::string keptConsentReceipt(Store& store, const std::string& consentId)
{
    auto st = store.database().prepare("SELECT json FROM mydata_receipts WHERE consent_id = ? AND kind = "
                                       "'consent' ORDER BY id DESC LIMIT 1");
    st.bind(1, consentId);
    return st.step() ? st.text(0) : std::string();
}

} // namespace

// Shared helpers ---------------------------------------------------------------------------------

namespace detail {

std::int64_t nowSeconds()
{
    return toUnixMs(now()) / 1000;
}

std::string hubKeyOf(const std::string& url)
{
    std::string key = url;
    while (!key.empty() && key.back() == '/')
        key.pop_back();
    return key;
}

Error storeFailure(Store& store, const SqlError& e)
{
    return storeError(e, store.path(), "store_failed", "MyData sharing could not read or write the profile");
}

Status answerStatus(const sync::HttpAnswer& answer)
{
    return sync::HubClient::check(answer);
}

bool recordConsentEnd(Store& store, const std::string& consentId, const std::string& status, std::int64_t at,
                      const std::optional<std::string>& receipt)
{
    const LocalConsentState state =
        status == "expired" ? LocalConsentState::Expired : LocalConsentState::Withdrawn;
    if (auto kept = readConsent(store, consentId, nullptr);
        kept && kept->state != LocalConsentState::Withdrawn && kept->state != LocalConsentState::Expired) {
        Consent c = kept->consent;
        const std::int64_t last = c.events.empty() ? c.given : c.events.back().time;
        if (state == LocalConsentState::Withdrawn)
            (void)withdraw(c, std::max(at, last));
        else
            (void)recordExpiry(c, std::max({at, c.expires, last}));
        writeConsent(store, c, state);
    }
    if (!receipt)
        return false;
    auto st = store.database().prepare(
        "SELECT 1 FROM mydata_receipts WHERE consent_id = ? AND kind = 'erasure' AND json = ?");
    st.bind(1, consentId).bind(2, *receipt);
    if (st.step())
        return true;
    insertReceipt(store, consentId, "erasure", *receipt);
    return false;
}

} // namespace detail

// Consents in the profile ------------------------------------------------------------------------

std::string_view toString(LocalConsentState state)
{
    switch (state) {
    case LocalConsentState::Pending:
        return "pending";
    case LocalConsentState::Given:
        return "given";
    case LocalConsentState::Withdrawn:
        return "withdrawn";
    case LocalConsentState::Expired:
        return "expired";
    }
    return "pending";
}

std::optional<LocalConsentState> localConsentStateFromString(std::string_view text)
{
    for (auto s : {LocalConsentState::Pending, LocalConsentState::Given, LocalConsentState::Withdrawn,
                   LocalConsentState::Expired})
        if (toString(s) == text)
            return s;
    return std::nullopt;
}

Status saveConsent(Store& store, const Consent& consent, LocalConsentState state)
{
    if (auto s = validateConsent(consent); !s)
        return s;
    try {
        writeConsent(store, consent, state);
    } catch (const SqlError& e) {
        return storeFailure(store, e);
    }
    return {};
}

Result<std::vector<StoredConsent>> loadConsents(Store& store)
{
    std::vector<StoredConsent> out;
    try {
        std::vector<std::string> ids;
        auto st = store.database().prepare("SELECT id FROM mydata_consents");
        while (st.step())
            ids.push_back(st.text(0));
        for (const std::string& id : ids) {
            Error damaged;
            auto kept = readConsent(store, id, &damaged);
            if (!kept)
                return damaged;
            out.push_back(std::move(*kept));
        }
    } catch (const SqlError& e) {
        return storeFailure(store, e);
    }
    std::stable_sort(out.begin(), out.end(), [](const StoredConsent& a, const StoredConsent& b) {
        return a.consent.given != b.consent.given ? a.consent.given > b.consent.given
                                                  : a.consent.id < b.consent.id;
    });
    return out;
}

Result<StoredConsent> loadConsent(Store& store, const std::string& consentId)
{
    try {
        Error damaged;
        auto kept = readConsent(store, consentId, &damaged);
        if (kept)
            return std::move(*kept);
        return damaged.code.empty() ? notFound(consentId) : damaged;
    } catch (const SqlError& e) {
        return storeFailure(store, e);
    }
}

Result<std::vector<StoredReceipt>> loadReceipts(Store& store, const std::string& consentId)
{
    std::vector<StoredReceipt> out;
    try {
        auto st = store.database().prepare(
            consentId.empty() ? "SELECT id, consent_id, kind, json, created FROM mydata_receipts ORDER BY id"
                              : "SELECT id, consent_id, kind, json, created FROM mydata_receipts WHERE "
                                "consent_id = ? ORDER BY id");
        if (!consentId.empty())
            st.bind(1, consentId);
        while (st.step())
            out.push_back(StoredReceipt{st.int64(0), st.text(1), st.text(2), st.text(3), st.int64(4)});
    } catch (const SqlError& e) {
        return storeFailure(store, e);
    }
    return out;
}

// Giving ---------------------------------------------------------------------------------------

namespace {

/// GET /v1/info, with the hub's name checked.
Result<Poco::JSON::Object::Ptr> fetchInfo(const sync::HubEndpoint& endpoint)
{
    sync::HubClient client(endpoint);
    auto answer = client.send("GET", "/v1/info");
    if (!answer)
        return answer.error();
    if (auto s = detail::answerStatus(*answer); !s)
        return s.error();
    auto o = sync::parseObject(answer->body);
    if (!o || !(*o)->has("name") || !(*o)->get("name").isString())
        return Error::make("bad_answer", "the hub's /v1/info answer names no hub", "name");
    return *o;
}

} // namespace

Result<ControllerInfo> fetchHubController(const sync::HubEndpoint& endpoint)
{
    auto info = fetchInfo(endpoint);
    if (!info)
        return info.error();
    ControllerInfo c;
    c.name = (*info)->getValue<std::string>("name");
    if (const auto stated = (*info)->getObject("controller")) {
        const auto take = [&](const char* key, std::string& member) {
            if (stated->has(key) && stated->get(key).isString() &&
                !stated->getValue<std::string>(key).empty())
                member = stated->getValue<std::string>(key);
        };
        take("name", c.name);
        take("contact", c.contact);
        take("email", c.email);
        take("phone", c.phone);
        take("address", c.address.streetAddress);
        take("country", c.address.addressCountry);
        take("policy_url", c.policyUrl);
    }
    return c;
}

Result<std::string> fetchHubName(const sync::HubEndpoint& endpoint)
{
    auto info = fetchInfo(endpoint);
    if (!info)
        return info.error();
    return (*info)->getValue<std::string>("name");
}

Result<GivenConsent> giveConsent(Store& store, Consent consent, const sync::HubEndpoint& endpoint,
                                 const ControllerInfo& controller)
{
    try {
        if (consent.principal.empty())
            consent.principal = store.syncValue("hub_user_id");
    } catch (const SqlError& e) {
        return storeFailure(store, e);
    }
    if (consent.principal.empty())
        return Error::make("not_logged_in",
                           "sign in to the hub first: a consent names the resident's account", "principal");
    auto kept = loadConsent(store, consent.id);
    if (!kept && kept.error().code != "not_found")
        return kept.error();
    if (kept && !(kept->consent == consent))
        return Error::make("conflict", "another consent is kept under the id " + consent.id, "id");
    if (!kept)
        if (auto s = saveConsent(store, consent, LocalConsentState::Pending); !s)
            return s.error();
    return registerConsent(store, consent.id, endpoint, controller);
}

Result<GivenConsent> registerConsent(Store& store, const std::string& consentId,
                                     const sync::HubEndpoint& endpoint, const ControllerInfo& controller)
{
    auto kept = loadConsent(store, consentId);
    if (!kept)
        return kept.error();
    if (kept->state == LocalConsentState::Withdrawn || kept->state == LocalConsentState::Expired)
        return endedError(kept->state, consentId);
    if (kept->state == LocalConsentState::Given) {
        try {
            return GivenConsent{kept->consent, keptConsentReceipt(store, consentId)};
        } catch (const SqlError& e) {
            return storeFailure(store, e);
        }
    }
    const Consent& consent = kept->consent;
    auto stated = fetchHubController(endpoint);
    if (!stated)
        return stated.error();
    auto key = pinHubKey(store, endpoint);
    if (!key)
        return key.error();
    auto receipt = kantaraReceipt(consent, completeController(controller, *stated, endpoint.url, *key));
    if (!receipt)
        return receipt.error();

    sync::HubClient client(endpoint);
    auto answer = client.send("PUT", consentPath(consentId), encodeConsent(consent));
    if (!answer)
        return answer.error(); // not known whether the hub took it: it stays pending
    if (auto s = detail::answerStatus(*answer); !s) {
        if (finalRefusal(answer->status)) {
            try {
                store.database().prepare("DELETE FROM mydata_consents WHERE id = ?").bind(1, consentId).run();
            } catch (const SqlError& e) {
                return storeFailure(store, e);
            }
        }
        return s.error();
    }
    try {
        Transaction tx(store.database());
        writeConsent(store, consent, LocalConsentState::Given);
        insertReceipt(store, consentId, "consent", *receipt);
        tx.commit();
    } catch (const SqlError& e) {
        return storeFailure(store, e);
    }
    return GivenConsent{consent, *receipt};
}

// Withdrawing ------------------------------------------------------------------------------------

Result<WithdrawOutcome> withdrawConsent(Store& store, const std::string& consentId,
                                        const sync::HubEndpoint& endpoint)
{
    auto kept = loadConsent(store, consentId);
    if (!kept)
        return kept.error();
    auto key = pinHubKey(store, endpoint);
    if (!key)
        return key.error();
    sync::HubClient client(endpoint);
    auto answer = client.send("POST", consentPath(consentId, "/withdraw"));
    if (!answer)
        return answer.error();
    if (auto s = detail::answerStatus(*answer); !s) {
        if (answer->status == 404 && kept->state == LocalConsentState::Pending) {
            // The hub never took it: nothing of it left this computer.
            try {
                Transaction tx(store.database());
                detail::recordConsentEnd(store, consentId, "withdrawn", nowSeconds(), std::nullopt);
                tx.commit();
            } catch (const SqlError& e) {
                return storeFailure(store, e);
            }
            return WithdrawOutcome{};
        }
        return s.error();
    }
    auto receipt = verifyErasureReceipt(answer->body, *key);
    if (!receipt)
        return receipt.error();
    if (receipt->consentId != consentId)
        return Error::make("receipt_invalid",
                           "the erasure receipt names the consent " + receipt->consentId + ", not " +
                               consentId + "; it is not accepted",
                           "payload.consent_id");
    WithdrawOutcome out;
    try {
        Transaction tx(store.database());
        out.keptBefore =
            detail::recordConsentEnd(store, consentId, receipt->reason, receipt->erasedAt, receipt->json());
        tx.commit();
    } catch (const SqlError& e) {
        return storeFailure(store, e);
    }
    out.receipt = std::move(*receipt);
    return out;
}

Result<HubConsentStatus> fetchConsentStatus(Store& store, const std::string& consentId,
                                            const sync::HubEndpoint& endpoint)
{
    sync::HubClient client(endpoint);
    auto answer = client.send("GET", consentPath(consentId));
    if (!answer)
        return answer.error();
    if (auto s = detail::answerStatus(*answer); !s)
        return s.error();
    auto o = sync::parseObject(answer->body);
    if (!o || !(*o)->has("status"))
        return Error::make("bad_answer", "the hub's answer about the consent has no status", "status");
    HubConsentStatus out;
    out.status = (*o)->optValue<std::string>("status", "");
    try {
        if (const auto rows = (*o)->getObject("rows"))
            for (const auto& [category, n] : *rows)
                out.rows[category] = n.convert<std::int64_t>();
    } catch (const Poco::Exception&) {
        return Error::make("bad_answer", "the hub's answer counts rows with something other than numbers",
                           "rows");
    }
    out.epsilonSpent = (*o)->optValue<double>("epsilon_spent", 0);
    const auto receipts = (*o)->getArray("receipts");
    if (out.status != "active" && receipts && receipts->size() > 0) {
        auto key = pinHubKey(store, endpoint);
        if (!key)
            return key.error();
        auto receipt = verifyErasureReceipt(sync::stringify(receipts->getObject(0)), *key);
        if (!receipt)
            return receipt.error();
        if (receipt->consentId != consentId)
            return Error::make("receipt_invalid", "the hub answered the receipt of another consent",
                               "payload.consent_id");
        try {
            Transaction tx(store.database());
            detail::recordConsentEnd(store, consentId, receipt->reason, receipt->erasedAt, receipt->json());
            tx.commit();
        } catch (const SqlError& e) {
            return storeFailure(store, e);
        }
        out.receipt = std::move(*receipt);
    }
    return out;
}

void applyConsentChange(Store& store, const sync::Change& change)
{
    if (!change.deleted || !change.fields)
        return;
    const std::string status = change.fields->optValue<std::string>("status", "");
    if (status != "withdrawn" && status != "expired")
        return;
    std::optional<ErasureReceipt> verified;
    if (const auto receipt = change.fields->getObject("receipt")) {
        if (auto key = pinnedHubKey(store, store.syncValue("hub_url")); key && *key) {
            auto checked = verifyErasureReceipt(sync::stringify(receipt), **key);
            if (checked && checked->consentId == change.id)
                verified = std::move(*checked);
        }
    }
    if (verified)
        detail::recordConsentEnd(store, change.id, verified->reason, verified->erasedAt, verified->json());
    else
        detail::recordConsentEnd(store, change.id, status, nowSeconds(), std::nullopt);
}

} // namespace balgul::core::mydata
