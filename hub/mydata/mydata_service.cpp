// The MyData endpoints: routing, authorization by the account, and the answers.

#include "hub/mydata/mydata_service.h"

#include "hub/mydata/aggregates.h"
#include "hub/mydata/consent_entities.h"
#include "hub/mydata/erasure_receipt.h"

#include "core/mydata/consent.h"
#include "core/mydata/share_codec.h"
#include "core/sync/json_bounds.h"
#include "core/util/ids.h"
#include "core/util/json_writer.h"
#include "core/util/text.h"
#include "core/util/time.h"

#include <Poco/Net/HTTPRequest.h>

#include <charconv>
#include <cmath>
#include <iostream>
#include <tuple>

namespace balgul::hub::mydata {

namespace {

using core::mydata::Consent;
using Poco::Net::HTTPRequest;

constexpr std::string_view kKeyPath = "/v1/hub/key";
constexpr std::string_view kPrefix = "/v1/mydata/";
constexpr std::string_view kConsents = "/v1/mydata/consents/";
constexpr std::string_view kAggregates = "/v1/mydata/aggregates";
/// A batch of at most 10,000 rows of about 150 bytes each.
constexpr std::size_t kMaxBatchBytes = 4u << 20;
constexpr double kMaxEpsilon = 10;
/// How far ahead of the hub's clock a consent's `given` may be (a resident's clock running fast).
constexpr std::int64_t kGivenAheadSlack = 600;

std::int64_t nowSeconds()
{
    return core::toUnixMs(core::now()) / 1000;
}

std::string iso(std::int64_t seconds)
{
    return core::toIso8601(core::fromUnixMs(seconds * 1000));
}

void allow(Exchange& ex, const std::string& methods)
{
    if (ex.request.getMethod() == methods)
        return;
    ex.response.set("Allow", methods);
    throw HttpError::make(405, "method_not_allowed", "use " + methods + " for " + ex.path);
}

const User& requireUser(const std::optional<User>& user)
{
    if (!user)
        throw HttpError::make(401, "unauthorized", "log in first: the token is missing, unknown or expired");
    return *user;
}

HttpError notFound()
{
    return HttpError::make(404, "not_found", "no such consent");
}

/// A codec's error as the hub answers it.
HttpError fromDecode(const core::Error& e)
{
    if (e.code == "too_large")
        return HttpError::make(413, e.code, e.message, e.field);
    return HttpError::make(400, e.code == "malformed_json" ? e.code : "invalid_field", e.message, e.field);
}

HttpError ended(ConsentState state)
{
    if (state == ConsentState::Withdrawn)
        return HttpError::make(409, "consent_withdrawn",
                               "the consent was withdrawn: no rows are taken under it");
    return HttpError::make(409, "consent_expired", "the consent has expired: no rows are taken under it");
}

/// The first member in which two consents differ, scope first.
std::string firstDifference(const Consent& a, const Consent& b)
{
    if (a.categories != b.categories)
        return "categories";
    if (a.aggregate != b.aggregate)
        return "aggregate";
    if (a.grid != b.grid)
        return "grid";
    if (a.expires != b.expires)
        return "expires";
    if (a.retentionDays != b.retentionDays)
        return "retention_days";
    if (a.given != b.given)
        return "given";
    if (a.purposeCategory != b.purposeCategory)
        return "purpose_category";
    if (a.purpose != b.purpose)
        return "purpose";
    if (!(a.recipient == b.recipient))
        return "recipient";
    if (a.withdrawal != b.withdrawal)
        return "withdrawal";
    return "events";
}

std::string registrationAnswer(const ConsentRecord& record)
{
    return core::JsonObjectWriter()
        .add("consent_id", record.id)
        .add("status", toString(ConsentState::Active))
        .add("registered", iso(record.registered))
        .add("expires", iso(record.expires))
        .str();
}

std::string requiredParam(const std::string& query, const std::string& name)
{
    bool present = false;
    std::string value = queryValue(query, name, &present);
    if (!present || value.empty())
        throw HttpError::make(400, "invalid_field", name + " is missing", name);
    return value;
}

std::int64_t timeParam(const std::string& query, const std::string& name)
{
    const auto t = core::parseIso8601(requiredParam(query, name));
    if (!t || core::toUnixMs(*t) % 1000 != 0)
        throw HttpError::make(400, "invalid_field", name + " must be an ISO 8601 time in whole seconds",
                              name);
    return core::toUnixMs(*t) / 1000;
}

} // namespace

MydataService::MydataService(std::unique_ptr<MydataStorage> storage, HubStorage& sync,
                             const HubConfig& config)
    : m_storage(std::move(storage)), m_sync(sync), m_hubName(config.name), m_k(config.mydataK),
      m_key(SigningKey::generate())
{
    if (m_k < kMinMydataK)
        throw StorageError("mydata_k must be at least " + std::to_string(kMinMydataK));
    const std::string stored = m_storage->signingKey(toBase64(m_key.privateKey()));
    const auto raw = fromBase64(stored);
    auto key = raw ? SigningKey::fromPrivate(*raw) : std::nullopt;
    if (!key)
        throw StorageError("the hub's stored MyData signing key is not an Ed25519 private key");
    m_key = std::move(*key);
}

bool MydataService::isMydataPath(const std::string& path)
{
    return path == kKeyPath || path.rfind(kPrefix, 0) == 0;
}

void MydataService::handle(Exchange& ex, const std::optional<User>& user)
{
    if (ex.path == kKeyPath) {
        allow(ex, HTTPRequest::HTTP_GET);
        return publicKey(ex);
    }
    if (ex.path == kAggregates) {
        allow(ex, HTTPRequest::HTTP_GET);
        return aggregates(ex, requireUser(user));
    }
    if (ex.path.rfind(kConsents, 0) != 0)
        throw HttpError::make(404, "not_found", "no such endpoint");
    std::string id = ex.path.substr(kConsents.size());
    std::string tail;
    if (const auto slash = id.find('/'); slash != std::string::npos) {
        tail = id.substr(slash + 1);
        id.resize(slash);
    }
    if (!tail.empty() && tail != "shares" && tail != "withdraw")
        throw HttpError::make(404, "not_found", "no such endpoint");
    if (tail.empty()) {
        const std::string& method = ex.request.getMethod();
        if (method != HTTPRequest::HTTP_GET && method != HTTPRequest::HTTP_PUT) {
            ex.response.set("Allow", "GET, PUT");
            throw HttpError::make(405, "method_not_allowed", "use GET or PUT for " + ex.path);
        }
    } else {
        allow(ex, HTTPRequest::HTTP_POST);
    }
    const User& account = requireUser(user);
    if (!core::isCanonicalUuid(id))
        throw HttpError::make(400, "invalid_field", "a consent id is a lower-case UUID", "id");
    if (tail == "shares")
        return share(ex, account, id);
    if (tail == "withdraw")
        return withdraw(ex, account, id);
    if (ex.request.getMethod() == HTTPRequest::HTTP_PUT)
        return registerConsent(ex, account, id);
    return status(ex, account, id);
}

void MydataService::publicKey(Exchange& ex)
{
    sendJson(ex, 200,
             core::JsonObjectWriter()
                 .add("algorithm", "Ed25519")
                 .add("public_key", toBase64(m_key.publicKey()))
                 .add("key_id", m_key.keyId())
                 .str());
}

ConsentRecord MydataService::ownConsent(const User& user, const std::string& id)
{
    auto record = m_storage->consent(id);
    if (!record || record->ownerId != user.id)
        throw notFound();
    if (record->state == ConsentState::Active && record->expires <= nowSeconds()) {
        erase(id, ConsentState::Expired);
        record = m_storage->consent(id);
        if (!record)
            throw notFound();
    }
    return *record;
}

void MydataService::registerConsent(Exchange& ex, const User& user, const std::string& id)
{
    const std::string body = readBody(ex, core::sync::limits::kMaxSmallBody, true);
    auto decoded = core::mydata::decodeConsent(body);
    if (!decoded)
        throw fromDecode(decoded.error());
    Consent consent = std::move(*decoded);
    if (consent.id != id)
        throw HttpError::make(400, "invalid_field", "id must be the consent id of the path", "id");
    for (const auto& [text, field, multiLine] :
         {std::tuple{&consent.purpose, "purpose", true}, std::tuple{&consent.withdrawal, "withdrawal", true},
          std::tuple{&consent.recipient.id, "recipient.id", false},
          std::tuple{&consent.recipient.name, "recipient.name", false}})
        if (core::hasControlCharacter(*text, multiLine))
            throw HttpError::make(400, "invalid_field", std::string(field) + " holds a control character",
                                  field);
    // The resident is the account that registers it, whatever the body says.
    consent.principal = user.id;

    const auto answerFor = [&](const ConsentRecord& stored) {
        if (stored.ownerId != user.id)
            throw notFound();
        if (stored.state != ConsentState::Active)
            throw ended(stored.state);
        if (stored.body != core::mydata::encodeConsent(consent)) {
            auto before = core::mydata::decodeConsent(stored.body);
            const std::string field = before ? firstDifference(*before, consent) : std::string("id");
            throw HttpError::make(409, "conflict",
                                  "a registered consent is not changed (this one differs in " + field +
                                      "); give a new consent instead",
                                  field);
        }
        sendJson(ex, 200, registrationAnswer(stored));
    };
    if (const auto existing = m_storage->consent(id)) {
        if (existing->ownerId != user.id)
            throw notFound();
        return answerFor(ownConsent(user, id)); // erased first when past its expiry
    }
    const std::int64_t now = nowSeconds();
    switch (core::mydata::status(consent, now)) {
    case core::mydata::ConsentStatus::Withdrawn:
        throw ended(ConsentState::Withdrawn);
    case core::mydata::ConsentStatus::Expired:
        throw ended(ConsentState::Expired);
    case core::mydata::ConsentStatus::Pending:
        // A resident's clock may run a little ahead of the hub's; a consent given later is not one yet.
        if (consent.given > now + kGivenAheadSlack)
            throw HttpError::make(400, "invalid_field", "given lies ahead of the hub's clock", "given");
        break;
    case core::mydata::ConsentStatus::Active:
        break;
    }
    ConsentRecord record;
    record.id = id;
    record.ownerId = user.id;
    record.body = core::mydata::encodeConsent(consent);
    record.expires = consent.expires;
    record.registered = now;
    const ConsentRecord stored = m_storage->registerConsent(record);
    if (stored.ownerId == user.id)
        publish(id); // changes nothing when a registration at once with this one wrote it
    answerFor(stored);
}

void MydataService::share(Exchange& ex, const User& user, const std::string& id)
{
    const ConsentRecord record = ownConsent(user, id);
    const std::string body = readBody(ex, kMaxBatchBytes, true);
    auto rows = core::mydata::decodeSharedRows(body);
    if (!rows)
        throw fromDecode(rows.error());
    // The rows' decoder read the body within its bounds already; the batch id is one more member.
    auto envelope = core::sync::parseBoundedObject(body, core::sync::json_bounds::kDefault);
    if (!envelope)
        throw fromDecode(envelope.error());
    const auto batchValue = (*envelope)->get("batch_id");
    if (!batchValue.isString() || !core::isCanonicalUuid(batchValue.extract<std::string>()))
        throw HttpError::make(400, "invalid_field", "batch_id must be a lower-case UUID", "batch_id");
    const std::string batchId = batchValue.extract<std::string>();

    const auto consent = core::mydata::decodeConsent(record.body);
    if (!consent)
        throw StorageError("hub MyData store: a stored consent does not decode: " + consent.error().message);
    if (auto s = core::mydata::checkRowsAgainstConsent(*rows, *consent); !s)
        throw fromDecode(s.error());

    const auto result =
        m_storage->addShares(id, batchId, *rows, nowSeconds(), [&](const BatchCounts& counts) {
            return core::JsonObjectWriter()
                .add("batch_id", batchId)
                .add("consent_id", id)
                .add("added", counts.added)
                .add("replaced", counts.replaced)
                .str();
        });
    switch (result.outcome) {
    case BatchOutcome::Stored:
    case BatchOutcome::Replayed:
        return sendJson(ex, 200, result.answer);
    case BatchOutcome::OtherConsent:
        throw HttpError::make(409, "conflict", "this batch id was sent under another consent", "batch_id");
    case BatchOutcome::NotActive:
        if (result.state == ConsentState::Expired)
            erase(id, ConsentState::Expired);
        throw ended(result.state);
    case BatchOutcome::NoConsent:
        break;
    }
    throw notFound();
}

std::optional<Receipt> MydataService::erase(const std::string& id, ConsentState reason)
{
    const std::string word(toString(reason));
    auto receipt = m_storage->erase(id, reason, nowSeconds(),
                                    [&](const std::map<std::string, std::int64_t>& erased, std::int64_t at) {
                                        return makeReceipt(m_key, id, m_hubName, erased, at, word);
                                    });
    publish(id);
    return receipt;
}

void MydataService::publish(const std::string& id)
{
    try {
        publishConsent(m_sync, *m_storage, id);
    } catch (const std::exception& e) {
        std::cerr << "balgul-hub: MyData: the consent " << id
                  << " could not be written for the pulls (tried again later): " << e.what() << '\n';
    }
}

void MydataService::withdraw(Exchange& ex, const User& user, const std::string& id)
{
    drainRequestBody(ex.request, core::sync::limits::kMaxSmallBody); // a withdrawal needs no body
    ownConsent(user, id);
    const auto receipt = erase(id, ConsentState::Withdrawn);
    if (!receipt)
        throw notFound();
    sendJson(ex, 200, receiptJson(*receipt));
}

void MydataService::status(Exchange& ex, const User& user, const std::string& id)
{
    const ConsentRecord record = ownConsent(user, id);
    core::JsonObjectWriter rows;
    for (const auto& [category, count] : m_storage->rowCounts(id))
        rows.add(category, count);
    std::string receipts = "[";
    if (const auto receipt = m_storage->receipt(id))
        receipts += receiptJson(*receipt);
    receipts += ']';
    core::JsonObjectWriter out;
    out.add("consent_id", id)
        .add("status", toString(record.state))
        .add("registered", iso(record.registered))
        .add("expires", iso(record.expires));
    if (record.state != ConsentState::Active)
        out.add("ended", iso(record.ended));
    out.addRaw("consent", record.body)
        .addRaw("rows", rows.str())
        .add("epsilon_spent", m_storage->epsilonSpent(id))
        .addRaw("receipts", receipts);
    sendJson(ex, 200, out.str());
}

void MydataService::aggregates(Exchange& ex, const User& user)
{
    if (user.role == Role::Citizen)
        throw HttpError::make(403, "forbidden", "only coordinators and admins read MyData aggregates");
    AggregateQuery query;
    query.k = m_k;
    const std::string categoryText = requiredParam(ex.query, "category");
    const auto category = core::mydata::categoryFromString(categoryText);
    if (!category)
        throw HttpError::make(400, "invalid_field", "category is not a MyData category", "category");
    query.category = *category;
    bool present = false;
    const std::string aggregateText = queryValue(ex.query, "aggregate", &present);
    const auto aggregate = present ? core::mydata::aggregateFromString(aggregateText)
                                   : std::optional(core::mydata::Aggregate::Daily);
    if (!aggregate || *aggregate == core::mydata::Aggregate::Raw)
        throw HttpError::make(400, "invalid_field", "aggregate must be hourly, daily or monthly",
                              "aggregate");
    query.aggregate = *aggregate;
    const std::int64_t from = timeParam(ex.query, "from");
    const std::int64_t to = timeParam(ex.query, "to");
    const std::int64_t maxDays = query.aggregate == core::mydata::Aggregate::Hourly  ? 31
                                 : query.aggregate == core::mydata::Aggregate::Daily ? 366
                                                                                     : 3660;
    if (to <= from || to - from > maxDays * 86400)
        throw HttpError::make(400, "invalid_field",
                              "to must be after from, at most " + std::to_string(maxDays) + " days for " +
                                  std::string(core::mydata::toString(query.aggregate)) + " cells",
                              "to");
    const std::string epsilonText = queryValue(ex.query, "epsilon", &present);
    if (present) {
        double epsilon = 0;
        const auto r = std::from_chars(epsilonText.data(), epsilonText.data() + epsilonText.size(), epsilon);
        if (epsilonText.empty() || r.ec != std::errc() || r.ptr != epsilonText.data() + epsilonText.size() ||
            !std::isfinite(epsilon) || epsilon <= 0 || epsilon > kMaxEpsilon)
            throw HttpError::make(400, "invalid_field", "epsilon must be a number above 0 and at most 10",
                                  "epsilon");
        query.epsilon = epsilon;
    }

    const std::int64_t now = nowSeconds();
    const AggregateResult result =
        aggregateRows(m_storage->contributions(query.category, from, to, now), query);
    const std::string queryId = core::newUuidV7();
    if (query.epsilon && !result.charges.empty())
        m_storage->recordEpsilon(queryId, result.charges, now);

    std::string clip = "[";
    for (const ClipBound& b : clipBounds(query.category, query.aggregate)) {
        if (clip.size() > 1)
            clip += ',';
        clip +=
            core::JsonObjectWriter().add("unit", b.unit).add("lower", b.lower).add("upper", b.upper).str();
    }
    clip += ']';
    std::string cells = "[";
    for (const AggregateCell& c : result.cells) {
        if (cells.size() > 1)
            cells += ',';
        core::JsonObjectWriter cell;
        cell.add("unit", c.unit)
            .add("cell", c.cell)
            .add("period_start", iso(c.periodStart))
            .add("residents", static_cast<std::int64_t>(c.residents));
        if (c.sum)
            cell.add("sum", *c.sum);
        cell.add("mean", c.mean);
        cells += cell.str();
    }
    cells += ']';
    core::JsonObjectWriter out;
    out.add("category", categoryText)
        .add("aggregate", core::mydata::toString(query.aggregate))
        .add("from", iso(from))
        .add("to", iso(to))
        .add("k", static_cast<std::int64_t>(query.k));
    if (query.epsilon)
        out.add("epsilon", *query.epsilon).add("query_id", queryId);
    else
        out.addRaw("epsilon", "null");
    out.add("clipped", query.epsilon.has_value()).addRaw("clip", clip).addRaw("cells", cells);
    sendJson(ex, 200, out.str());
}

void MydataService::sweep()
{
    try {
        for (const std::string& id : m_storage->expiredConsents(nowSeconds()))
            erase(id, ConsentState::Expired);
        for (const ConsentRecord& record : m_storage->unpublished())
            publish(record.id);
    } catch (const std::exception& e) {
        std::cerr << "balgul-hub: MyData: erasing expired consents failed (tried again later): " << e.what()
                  << '\n';
    }
}

} // namespace balgul::hub::mydata
