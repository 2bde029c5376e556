// Sharing under a consent: the plan (the preview's rows and the share's, by one path), the batches
// kept in the vault before they leave, and sending them with their ids so a lost answer costs
// nothing.
//
// The share log is kept in the vault, as sealed items grouped under the consent's id (in the column
// that groups an import's items): a `share_batch` item is the exact body of one batch
// ({"batch_id","rows"}), sealed before it is sent; a `share_answer` item is the hub's answer to it
// ({"batch_id","outcome","added","replaced","code","at"}). A batch without an answer is pending and
// goes again as it is. The rows are a resident's personal data, so nothing of them is kept outside
// the vault; the consent's JSON stays the consent as agreed.

#include "core/mydata/mydata_sync.h"
#include "core/mydata/mydata_sync_detail.h"
#include "core/mydata/vault.h"

#include "core/store/store.h"
#include "core/sync/protocol.h"
#include "core/util/ids.h"
#include "core/util/json_writer.h"

#include <map>
#include <string_view>
#include <tuple>

namespace balgul::core::mydata {

namespace {

constexpr const char* kBatchKind = "share_batch";
constexpr const char* kAnswerKind = "share_answer";

using RowKey = std::tuple<int, std::string, int, std::int64_t, std::string>;

RowKey keyOf(const SharedRow& r)
{
    return {static_cast<int>(r.category), r.unit, static_cast<int>(r.aggregate), r.periodStart, r.cell};
}

struct BatchAnswer
{
    std::string outcome; ///< "acknowledged" or "refused"
    std::int64_t added = 0;
    std::int64_t replaced = 0;
};

/// What the vault holds of a consent's share: its batches in the order kept, and the answers.
struct ShareLog
{
    std::vector<ShareBatch> batches;
    std::map<std::string, BatchAnswer> answers; ///< by batch id

    bool pending(const ShareBatch& b) const { return !answers.count(b.batchId); }
    bool acknowledged(const ShareBatch& b) const
    {
        const auto it = answers.find(b.batchId);
        return it != answers.end() && it->second.outcome == "acknowledged";
    }
};

Error logDamaged(const std::string& itemId, const std::string& what)
{
    return Error::make("record_corrupt", "the share log item " + itemId + " does not read: " + what,
                       "share_log");
}

Result<ShareLog> readLog(Vault& vault, const std::string& consentId)
{
    ShareLog log;
    for (const char* kind : {kBatchKind, kAnswerKind}) {
        auto items = vault.listSealed(std::string(kind));
        if (!items)
            return items.error();
        for (const SealedItem& info : *items) {
            if (info.importId != consentId)
                continue;
            auto item = vault.getSealed(info.id);
            if (!item)
                return item.error();
            auto o = sync::parseObject(item->bytes);
            if (!o || !(*o)->has("batch_id"))
                return logDamaged(info.id, "no batch id");
            const std::string batchId = (*o)->optValue<std::string>("batch_id", "");
            if (std::string_view(kind) == kBatchKind) {
                auto rows = decodeSharedRows(item->bytes);
                if (!rows)
                    return logDamaged(info.id, rows.error().message);
                log.batches.push_back(ShareBatch{batchId, std::move(item->bytes), std::move(*rows)});
            } else {
                BatchAnswer a;
                a.outcome = (*o)->optValue<std::string>("outcome", "");
                a.added = (*o)->optValue<std::int64_t>("added", 0);
                a.replaced = (*o)->optValue<std::int64_t>("replaced", 0);
                log.answers[batchId] = a;
            }
        }
    }
    return log;
}

/// The consent, if rows may leave under it now.
Result<Consent> shareableConsent(Store& store, const std::string& consentId)
{
    auto kept = loadConsent(store, consentId);
    if (!kept)
        return kept.error();
    switch (kept->state) {
    case LocalConsentState::Withdrawn:
        return Error::make("consent_withdrawn",
                           "the consent " + consentId + " was withdrawn: nothing leaves under it", "consent");
    case LocalConsentState::Expired:
        return Error::make("consent_expired",
                           "the consent " + consentId + " has expired: nothing leaves under it", "consent");
    default:
        break;
    }
    switch (status(kept->consent, detail::nowSeconds())) {
    case ConsentStatus::Expired:
        return Error::make("consent_expired",
                           "the consent " + consentId + " has expired: nothing leaves under it", "consent");
    case ConsentStatus::Withdrawn:
        return Error::make("consent_withdrawn",
                           "the consent " + consentId + " was withdrawn: nothing leaves under it", "consent");
    case ConsentStatus::Pending:
        return Error::make("consent_not_active",
                           "the consent " + consentId + " is given from a later time on", "given");
    case ConsentStatus::Active:
        break;
    }
    return std::move(kept->consent);
}

struct Planned
{
    SharePlan plan;
    ShareLog log;
};

/// The one path of the preview and the share.
Result<Planned> plan(Store& store, Vault& vault, const std::string& consentId, const MinimizeContext& context)
{
    auto consent = shareableConsent(store, consentId);
    if (!consent)
        return consent.error();
    std::vector<RecordBlock> blocks;
    for (const Category category : consent->categories) {
        auto records = vault.list(category);
        if (!records)
            return records.error();
        for (const VaultRecordInfo& info : *records) {
            auto block = vault.get(info.id);
            if (!block)
                return block.error();
            blocks.push_back(std::move(*block));
        }
    }
    auto minimized = minimize(blocks, *consent, context);
    if (!minimized)
        return minimized.error();
    auto log = readLog(vault, consentId);
    if (!log)
        return log.error();

    Planned out;
    SharePlan& p = out.plan;
    std::map<RowKey, const SharedRow*> acknowledged, pending;
    for (const ShareBatch& b : log->batches) {
        if (log->acknowledged(b))
            for (const SharedRow& r : b.rows)
                acknowledged[keyOf(r)] = &r;
        if (log->pending(b)) {
            ++p.pendingBatches;
            for (const SharedRow& r : b.rows) {
                pending[keyOf(r)] = &r;
                p.pending.push_back(r);
            }
        }
    }
    for (SharedRow& row : minimized->rows) {
        const RowKey key = keyOf(row);
        if (const auto it = pending.find(key); it != pending.end()) {
            if (!sameRow(*it->second, row))
                p.rows.push_back(std::move(row)); // sent after the pending batch, replacing its row
            continue;
        }
        if (const auto it = acknowledged.find(key); it != acknowledged.end() && sameRow(*it->second, row)) {
            ++p.alreadyShared;
            continue;
        }
        p.rows.push_back(std::move(row));
    }
    std::vector<SharedRow> leaving = p.pending;
    leaving.insert(leaving.end(), p.rows.begin(), p.rows.end());
    p.summary = previewSummary(leaving);
    p.report = minimized->report;
    p.consent = std::move(*consent);
    out.log = std::move(*log);
    return out;
}

std::string batchBody(const std::string& batchId, const std::vector<SharedRow>& rows)
{
    return "{\"batch_id\":" + jsonQuote(batchId) + "," + encodeSharedRows(rows).substr(1);
}

struct Queued
{
    SharePlan plan;
    std::vector<ShareBatch> batches; ///< every pending batch, older first
    std::size_t older = 0;           ///< of those, the ones kept before this call
};

Result<Queued> queue(Store& store, Vault& vault, const std::string& consentId, const MinimizeContext& context,
                     const ShareOptions& options)
{
    if (options.batchSize < 1 || options.batchSize > share_limits::kMaxRowsPerBatch)
        return Error::make("invalid_field",
                           "a batch holds 1 to " + std::to_string(share_limits::kMaxRowsPerBatch) + " rows",
                           "batch_size");
    auto planned = plan(store, vault, consentId, context);
    if (!planned)
        return planned.error();
    Queued out;
    for (ShareBatch& b : planned->log.batches)
        if (planned->log.pending(b))
            out.batches.push_back(std::move(b));
    out.older = out.batches.size();
    const std::vector<SharedRow>& rows = planned->plan.rows;
    // The check the hub runs on receipt, on what is about to be kept for sending.
    if (auto s = checkRowsAgainstConsent(rows, planned->plan.consent); !s)
        return s.error();
    for (std::size_t at = 0; at < rows.size(); at += options.batchSize) {
        const auto end =
            rows.begin() + static_cast<std::ptrdiff_t>(std::min(rows.size(), at + options.batchSize));
        ShareBatch b;
        b.batchId = newUuid();
        b.rows.assign(rows.begin() + static_cast<std::ptrdiff_t>(at), end);
        b.body = batchBody(b.batchId, b.rows);
        if (auto id = vault.putSealed(kBatchKind, b.body, consentId); !id)
            return id.error();
        out.batches.push_back(std::move(b));
    }
    out.plan = std::move(planned->plan);
    return out;
}

/// A refusal the hub will give again to the same batch.
bool finalRefusal(int status)
{
    return status == 400 || status == 403 || status == 404 || status == 409 || status == 413;
}

} // namespace

Result<SharePlan> previewShare(Store& store, Vault& vault, const std::string& consentId,
                               const MinimizeContext& context)
{
    auto planned = plan(store, vault, consentId, context);
    if (!planned)
        return planned.error();
    return std::move(planned->plan);
}

Result<std::vector<ShareBatch>> queueShare(Store& store, Vault& vault, const std::string& consentId,
                                           const MinimizeContext& context, const ShareOptions& options)
{
    auto queued = queue(store, vault, consentId, context, options);
    if (!queued)
        return queued.error();
    return std::move(queued->batches);
}

Result<ShareReport> shareUnderConsent(Store& store, Vault& vault, const std::string& consentId,
                                      const sync::HubEndpoint& endpoint, const MinimizeContext& context,
                                      const ShareOptions& options)
{
    auto kept = loadConsent(store, consentId);
    if (!kept)
        return kept.error();
    if (kept->state == LocalConsentState::Pending)
        if (auto given = registerConsent(store, consentId, endpoint); !given)
            return given.error();
    auto queued = queue(store, vault, consentId, context, options);
    if (!queued)
        return queued.error();

    ShareReport report;
    report.alreadyShared = queued->plan.alreadyShared;
    report.report = queued->plan.report;
    report.summary = queued->plan.summary;
    sync::HubClient client(endpoint);
    const std::string path = "/v1/mydata/consents/" + consentId + "/shares";
    for (std::size_t i = 0; i < queued->batches.size(); ++i) {
        const ShareBatch& b = queued->batches[i];
        auto answer = client.send("POST", path, b.body);
        if (!answer)
            return answer.error(); // the batch stays pending and goes again, as it is, next time
        if (auto s = detail::answerStatus(*answer); !s) {
            if (finalRefusal(answer->status)) {
                const std::string refused = JsonObjectWriter()
                                                .add("batch_id", b.batchId)
                                                .add("outcome", "refused")
                                                .add("code", s.error().code)
                                                .add("at", detail::nowSeconds())
                                                .str();
                if (auto id = vault.putSealed(kAnswerKind, refused, consentId); !id)
                    return id.error();
            }
            const std::string& code = s.error().code;
            if (code == "consent_withdrawn" || code == "consent_expired")
                (void)fetchConsentStatus(store, consentId, endpoint); // records the end and its receipt here
            return s.error();
        }
        auto o = sync::parseObject(answer->body);
        if (!o || (*o)->optValue<std::string>("batch_id", "") != b.batchId)
            return Error::make("bad_answer", "the hub answered a batch with another batch id", "batch_id");
        BatchAnswer a{"acknowledged", (*o)->optValue<std::int64_t>("added", 0),
                      (*o)->optValue<std::int64_t>("replaced", 0)};
        const std::string answerItem = JsonObjectWriter()
                                           .add("batch_id", b.batchId)
                                           .add("outcome", a.outcome)
                                           .add("added", a.added)
                                           .add("replaced", a.replaced)
                                           .add("code", "")
                                           .add("at", detail::nowSeconds())
                                           .str();
        if (auto id = vault.putSealed(kAnswerKind, answerItem, consentId); !id)
            return id.error();
        ++report.batches;
        if (i < queued->older)
            ++report.batchesSentAgain;
        report.rowsSent += static_cast<std::int64_t>(b.rows.size());
        report.added += a.added;
        report.replaced += a.replaced;
    }
    return report;
}

Result<std::vector<SharedRow>> sharedRows(Store& store, Vault& vault, const std::string& consentId)
{
    if (auto kept = loadConsent(store, consentId); !kept)
        return kept.error();
    auto log = readLog(vault, consentId);
    if (!log)
        return log.error();
    std::map<RowKey, SharedRow> rows;
    for (const ShareBatch& b : log->batches)
        if (log->acknowledged(b))
            for (const SharedRow& r : b.rows)
                rows[keyOf(r)] = r;
    std::vector<SharedRow> out;
    out.reserve(rows.size());
    for (auto& [key, row] : rows)
        out.push_back(std::move(row));
    return out;
}

} // namespace balgul::core::mydata
