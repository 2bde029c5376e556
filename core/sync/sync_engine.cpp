#include "core/sync/sync_engine.h"

#include "core/store/bulk_writer.h"
#include "core/sync/protocol.h"
#include "core/util/batch_queue.h"
#include "core/util/json_writer.h"
#include "core/util/time.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <thread>
#include <vector>

namespace balgul::core::sync {

namespace {

/// A group of pulled pages is committed once it holds this many changes...
constexpr std::int64_t kPullGroupChanges = 100'000;
/// ...or has been open this long (what a crash can cost a first sync, at most).
constexpr double kPullGroupSeconds = 2.0;

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

Status cancelledUnless(Progress* progress)
{
    if (progress && progress->cancelled())
        return Error::make("cancelled", "the sync was cancelled");
    return {};
}

void tell(Progress* progress, std::string_view stage, std::int64_t done, std::int64_t total)
{
    if (progress)
        progress->report(stage, done, total);
}

std::int64_t parseCursor(const std::string& text)
{
    try {
        return text.empty() ? 0 : std::stoll(text);
    } catch (const std::exception&) {
        return 0;
    }
}

Result<Op> toOp(const OutboxEntry& e)
{
    Op op;
    op.opId = e.opId;
    op.kind = e.kind == "delete" ? OpKind::Delete : OpKind::Upsert;
    op.entity = e.entity;
    op.id = e.entityId;
    op.baseVersion = e.baseVersion;
    op.clientTime = toIso8601(e.created);
    auto fields = parseObject(e.fieldsJson);
    if (!fields)
        return Error::make("corrupt_outbox", "outbox entry " + e.opId + " holds bad JSON");
    op.fields = *fields;
    return op;
}

/// A 409 `cursor_ahead` answer's body (with the hub's epoch), nullopt for any other answer.
std::optional<ApiError> cursorAheadError(const HttpAnswer& answer)
{
    if (answer.status != 409)
        return std::nullopt;
    auto e = decodeApiError(answer.body);
    if (!e || e->code != "cursor_ahead" || e->epoch.empty())
        return std::nullopt;
    return *e;
}

/// Asks for the hub's pages and decodes them on a thread of its own, a few pages ahead of the
/// store writing them: the network, the hub and the decoding overlap the writing. Stops after the
/// last page, a new epoch or an error; a page's cursor is the `next` of the page before, so the
/// pages come in order and none is skipped.
class PageFetcher
{
public:
    static constexpr std::size_t kPagesAhead = 2;

    /// One page, or why there is none: a new epoch (the answer's) or an error.
    struct Item
    {
        std::optional<PullPage> page;
        std::string newEpoch;
        std::optional<Error> error;
        double seconds = 0; ///< asking for the page and reading its answer
    };

    PageFetcher(const HubEndpoint& endpoint, std::int64_t since, std::string epoch, std::size_t limit)
        : m_client(endpoint), m_cursor(since), m_epoch(std::move(epoch)), m_limit(limit),
          m_thread([this](std::stop_token stop) { run(stop); })
    {}
    /// Stops after the request under way.
    ~PageFetcher() = default;
    PageFetcher(const PageFetcher&) = delete;
    PageFetcher& operator=(const PageFetcher&) = delete;

    /// The next page (waits for it).
    Item next()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_items.empty(); });
        Item item = std::move(m_items.front());
        m_items.pop_front();
        m_room.notify_all();
        return item;
    }

    /// A page written: its changes are freed on the fetching thread, not on the writing one.
    void recycle(PullPage&& page) { m_spent.giveBack(std::move(page)); }

private:
    void run(const std::stop_token& stop)
    {
        bool first = true;
        for (;;) {
            {
                std::unique_lock lock(m_mutex);
                if (!m_room.wait(lock, stop, [this] { return m_items.size() < kPagesAhead; }))
                    return; // stopped
            }
            m_spent.free();
            Item item = fetch(first);
            first = false;
            const bool last = !item.page || !item.page->more || item.page->next <= m_cursor;
            if (item.page) {
                m_epoch = item.page->epoch;
                m_cursor = item.page->next;
            }
            {
                std::lock_guard lock(m_mutex);
                m_items.push_back(std::move(item));
            }
            m_ready.notify_all();
            if (last)
                return;
        }
    }

    Item fetch(bool first)
    {
        Item item;
        const auto start = Clock::now();
        // The first page asks how many changes follow it, for the progress bar.
        auto answer = m_client.send("GET", "/v1/sync/pull?since=" + std::to_string(m_cursor) + "&limit=" +
                                               std::to_string(m_limit) + (first ? "&count=true" : ""));
        if (!answer) {
            item.error = answer.error();
        } else if (auto ahead = cursorAheadError(*answer)) {
            item.newEpoch = ahead->epoch;
        } else if (auto s = HubClient::check(*answer); !s) {
            item.error = s.error();
        } else if (auto page = decodePullPage(answer->body); !page) {
            item.error = page.error();
        } else if (!m_epoch.empty() && page->epoch != m_epoch) {
            item.newEpoch = page->epoch;
        } else {
            item.page = std::move(*page);
        }
        item.seconds = secondsSince(start);
        return item;
    }

    HubClient m_client;
    std::int64_t m_cursor;
    std::string m_epoch;
    std::size_t m_limit;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable_any m_room;
    std::deque<Item> m_items;
    SpentBatches<PullPage> m_spent; ///< written pages, freed by the fetching thread
    std::jthread m_thread;          ///< last: starts when everything it uses is made, joins first
};

} // namespace

std::string SyncReport::summary() const
{
    std::ostringstream out;
    out << "photos: " << blobsUploaded << " uploaded, " << blobsPresent << " already on the hub, "
        << blobsDownloaded << " downloaded\n";
    out << "pushed: " << opsPushed << " ops in " << batches << " batches (" << applied << " applied, "
        << conflicts << " conflict, " << rejected << " rejected; " << replayed << " answered again)";
    if (pushSeconds > 0 && opsPushed > 0)
        out << ", " << static_cast<long>(opsPushed / pushSeconds) << " ops/s";
    out << '\n';
    out << "pulled: " << changesPulled << " changes in " << pages << " pages";
    if (pullSeconds > 0 && changesPulled > 0)
        out << ", " << static_cast<long>(changesPulled / pullSeconds) << " changes/s";
    out << '\n';
    if (epochChanged)
        out << "the hub's history changed (new epoch): pulled again from the start, " << requeued
            << " ops sent again\n";
    return out.str();
}

SyncEngine::SyncEngine(Store& store, HubEndpoint endpoint)
    : m_store(store), m_client(std::move(endpoint)), m_maxOps(limits::kMaxOpsPerPush),
      m_maxBytes(limits::kMaxPushBytes), m_pullPageSize(limits::kMaxPullPage),
      m_pullGroupChanges(kPullGroupChanges)
{}

void SyncEngine::setPullGroupChanges(std::int64_t changes)
{
    m_pullGroupChanges = std::clamp<std::int64_t>(changes, 1, kPullGroupChanges);
}

void SyncEngine::setPullPageSize(std::size_t changes)
{
    m_pullPageSize = std::clamp<std::size_t>(changes, 1, limits::kMaxPullPage);
}

void SyncEngine::setBatchLimits(std::size_t maxOps, std::size_t maxBytes)
{
    m_maxOps = std::clamp<std::size_t>(maxOps, 1, limits::kMaxOpsPerPush);
    m_maxBytes = std::clamp<std::size_t>(maxBytes, 1024, limits::kMaxPushBytes);
}

Result<LoginAnswer> SyncEngine::login(const std::string& url, const std::string& login,
                                      const std::string& password, bool verifyPeer)
{
    if (auto s = checkHubUrl(url); !s)
        return s.error();
    HubClient client(HubEndpoint{url, {}, verifyPeer, 60});
    const std::string body = JsonObjectWriter().add("login", login).add("password", password).str();
    auto answer = client.send("POST", "/v1/auth/login", body);
    if (!answer)
        return answer.error();
    if (auto s = HubClient::check(*answer); !s)
        return s.error();
    auto o = parseObject(answer->body);
    if (!o || !(*o)->has("token"))
        return Error::make("bad_answer", "the hub's login answer has no token");
    LoginAnswer a;
    a.token = (*o)->optValue<std::string>("token", "");
    a.userId = (*o)->optValue<std::string>("user_id", "");
    a.role = (*o)->optValue<std::string>("role", "");
    a.expires = (*o)->optValue<std::string>("expires", "");
    a.displayName = (*o)->optValue<std::string>("display_name", "");
    return a;
}

Status SyncEngine::logout(const HubEndpoint& endpoint)
{
    if (auto s = checkHubUrl(endpoint.url); !s)
        return s.error();
    HubClient client(endpoint);
    auto answer = client.send("POST", "/v1/auth/logout", "{}");
    if (!answer)
        return answer.error();
    if (answer->status == 401) // revoked, expired or never known: signed out all the same
        return {};
    return HubClient::check(*answer);
}

Status SyncEngine::registerAccount(const std::string& url, const std::string& login,
                                   const std::string& password, const std::string& displayName,
                                   const std::string& invite, bool verifyPeer)
{
    if (auto s = checkHubUrl(url); !s)
        return s.error();
    HubClient client(HubEndpoint{url, {}, verifyPeer, 60});
    JsonObjectWriter body;
    body.add("login", login).add("password", password);
    if (!displayName.empty())
        body.add("display_name", displayName);
    if (!invite.empty())
        body.add("invite", invite);
    auto answer = client.send("POST", "/v1/auth/register", body.str());
    if (!answer)
        return answer.error();
    return HubClient::check(*answer);
}

Result<SyncReport> SyncEngine::syncOnce(Progress* progress)
{
    SyncReport report;
    try {
        if (auto s = checkEpoch(report); !s)
            return s.error();
        if (auto s = uploadBlobs(report, progress); !s)
            return s.error();
        if (auto s = push(report, progress); !s)
            return s.error();
        if (auto s = pull(report, progress); !s)
            return s.error();
        // Ops the hub refused after a new epoch whose problem the pull brought back go again, as
        // does what a new epoch found by the pull put back into the outbox.
        auto requeued = m_store.requeueWaiting();
        if (!requeued)
            return requeued.error();
        report.requeued += *requeued;
        if (*requeued > 0 || (report.epochChanged && m_store.outboxSize() > 0)) {
            if (auto s = uploadBlobs(report, progress); !s)
                return s.error();
            if (auto s = push(report, progress); !s)
                return s.error();
            if (auto s = pull(report, progress); !s)
                return s.error();
        }
        if (auto s = downloadBlobs(report, progress); !s)
            return s.error();
        if (auto s = fetchRoundResults(report); !s)
            return s.error();
    } catch (const SqlError& e) {
        return Error::make("store_failed", "the store failed during sync: " + e.message);
    }
    return report;
}

Status SyncEngine::checkEpoch(SyncReport& report)
{
    const std::string known = m_store.syncValue("epoch");
    if (known.empty())
        return {};
    const std::int64_t cursor = parseCursor(m_store.syncValue("cursor"));
    auto answer = m_client.send("GET", "/v1/sync/pull?since=" + std::to_string(cursor) + "&limit=1");
    if (!answer)
        return answer.error();
    if (auto ahead = cursorAhead(*answer))
        return startNewEpoch(ahead->epoch, report);
    if (auto s = HubClient::check(*answer); !s)
        return s;
    auto page = decodePullPage(answer->body);
    if (!page)
        return page.error();
    if (page->epoch != known)
        return startNewEpoch(page->epoch, report);
    return {};
}

std::optional<ApiError> SyncEngine::cursorAhead(const HttpAnswer& answer)
{
    return cursorAheadError(answer);
}

Status SyncEngine::startNewEpoch(const std::string& epoch, SyncReport& report)
{
    const std::string known = m_store.syncValue("epoch");
    // What the hub still holds of the history this store saw: the epochs it lists tell. A cursor
    // ahead of the hub in the same epoch means its history went back unnoticed: nothing is sure.
    std::int64_t shared = 0;
    if (epoch != known) {
        auto answer = m_client.send("GET", "/v1/info");
        if (!answer)
            return answer.error();
        if (auto s = HubClient::check(*answer); !s)
            return s;
        auto history = decodeHubHistory(answer->body);
        if (!history)
            return history.error();
        shared = std::min(sharedSeq(history->epochs, known), history->lastSeq);
    }
    auto requeued = m_store.beginNewEpoch(epoch, shared);
    if (!requeued)
        return requeued.error();
    report.epochChanged = true;
    report.requeued += *requeued;
    return {};
}

Status SyncEngine::uploadBlobs(SyncReport& report, Progress* progress)
{
    const auto hashes = m_store.blobsToUpload();
    std::int64_t done = 0;
    for (const auto& sha : hashes) {
        if (auto s = cancelledUnless(progress); !s)
            return s;
        tell(progress, "upload", done++, static_cast<std::int64_t>(hashes.size()));
        auto head = m_client.send("HEAD", "/v1/blobs/" + sha);
        if (!head)
            return head.error();
        if (head->status == 200) {
            ++report.blobsPresent;
            continue;
        }
        if (head->status != 404)
            return HubClient::check(*head);
        std::ifstream in(m_store.blobPath(sha), std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        auto put = m_client.send("PUT", "/v1/blobs/" + sha, bytes.str(), "application/octet-stream");
        if (!put)
            return put.error();
        if (auto s = HubClient::check(*put); !s)
            return s;
        ++report.blobsUploaded;
    }
    return {};
}

Status SyncEngine::push(SyncReport& report, Progress* progress)
{
    const auto start = Clock::now();
    const std::string clientId = m_store.clientId();
    const std::int64_t total = m_store.outboxSize();
    std::int64_t afterSeq = 0;
    // A little room for the envelope around the ops.
    const std::size_t budget = m_maxBytes > 4096 ? m_maxBytes - 1024 : m_maxBytes;
    for (;;) {
        if (auto s = cancelledUnless(progress); !s)
            return s;
        auto entries = m_store.pendingOps(afterSeq, static_cast<int>(m_maxOps));
        if (entries.empty())
            break;
        PushRequest request;
        request.clientId = clientId;
        std::vector<OutboxEntry> batch;
        std::size_t bytes = 64 + clientId.size();
        for (auto& e : entries) {
            auto op = toOp(e);
            if (!op)
                return op.error();
            const std::size_t size = encode(*op).size() + 1;
            if (!batch.empty() && bytes + size > budget)
                break;
            bytes += size;
            request.ops.push_back(std::move(*op));
            batch.push_back(std::move(e));
        }
        std::vector<std::int64_t> seqs;
        for (const auto& e : batch)
            if (!e.sent)
                seqs.push_back(e.seq);
        if (!seqs.empty())
            if (auto s = m_store.markSent(seqs); !s)
                return s;
        tell(progress, "push", report.opsPushed, total);
        auto answer = m_client.send("POST", "/v1/sync/push", encode(request));
        if (!answer)
            return answer.error();
        if (auto s = HubClient::check(*answer); !s)
            return s;
        auto response = decodePushResponse(answer->body);
        if (!response)
            return response.error();
        if (auto s = m_store.recordPushResults(batch, response->results); !s)
            return s;
        for (const auto& r : response->results) {
            switch (r.status) {
            case OpStatus::Applied:
                ++report.applied;
                break;
            case OpStatus::Conflict:
                ++report.conflicts;
                break;
            case OpStatus::Rejected:
                ++report.rejected;
                break;
            }
            if (r.replayed)
                ++report.replayed;
        }
        report.opsPushed += static_cast<int>(batch.size());
        ++report.batches;
        afterSeq = batch.back().seq;
    }
    report.pushSeconds += secondsSince(start);
    return {};
}

Status SyncEngine::pull(SyncReport& report, Progress* progress)
{
    Status pulled = pullPages(report, progress);
    // A pull's groups but its last leave the map and time indexes dropped for the next; its last
    // group, and every commit when it stops early, makes them again. A pull stopped by a crash
    // between two groups leaves them dropped: the next pull (or bulk write) makes them, and this
    // one does if it wrote nothing.
    if (Status restored = BulkWriter::restoreIndexes(m_store); !restored && pulled)
        return restored;
    return pulled;
}

Status SyncEngine::pullPages(SyncReport& report, Progress* progress)
{
    const auto start = Clock::now();
    std::int64_t cursor = parseCursor(m_store.syncValue("cursor"));
    std::string epoch = m_store.syncValue("epoch");
    // Counts for a progress bar: what this pull wrote, and what the hub said there was in all.
    std::int64_t done = 0;
    std::int64_t total = -1;
    auto fetcher = std::make_unique<PageFetcher>(m_client.endpoint(), cursor, epoch, m_pullPageSize);
    // Pages are written in groups, one transaction each (BulkWriter), committed once a group holds
    // m_pullGroupChanges changes or has been open kPullGroupSeconds, at the last page, and before the
    // pull stops for any reason: a commit costs as much as writing thousands of rows, and a cancelled
    // or failed pull carries on after the last committed page (docs/sync-protocol.md, "Pull").
    std::unique_ptr<BulkWriter> writer;
    std::int64_t grouped = 0; // changes in the open group
    int groupApplied = 0;
    auto groupStart = Clock::now();
    const auto commitGroup = [&]() -> Status {
        if (!writer)
            return {};
        const auto writing = Clock::now();
        Status s = writer->commit();
        writer.reset();
        report.applySeconds += secondsSince(writing);
        if (s)
            m_store.pulledPagesCommitted(groupApplied);
        grouped = 0;
        groupApplied = 0;
        return s;
    };
    for (;;) {
        if (auto s = cancelledUnless(progress); !s) {
            if (auto c = commitGroup(); !c)
                return c;
            return s;
        }
        PageFetcher::Item item = fetcher->next();
        report.fetchSeconds += item.seconds;
        if (item.error) {
            if (auto c = commitGroup(); !c)
                return c;
            return *item.error;
        }
        if (!item.newEpoch.empty()) {
            // The hub was restored (or took a new epoch) while we pulled: what it lost goes back into
            // the outbox (syncOnce sends it after this pull) and the pull starts over from 0.
            if (auto c = commitGroup(); !c)
                return c;
            fetcher.reset();
            if (auto s = startNewEpoch(item.newEpoch, report); !s)
                return s;
            epoch = item.newEpoch;
            cursor = 0;
            done = 0;
            total = -1;
            fetcher = std::make_unique<PageFetcher>(m_client.endpoint(), cursor, epoch, m_pullPageSize);
            continue;
        }
        PullPage& page = *item.page;
        const auto pageSize = static_cast<std::int64_t>(page.changes.size());
        if (page.remaining >= 0 && total < 0) {
            total = done + pageSize + page.remaining;
            tell(progress, "pull", done, total);
        }
        const auto writing = Clock::now();
        if (!writer) {
            // A group need not wait for the disk at its commit: lost with the power, it is pulled
            // again from the cursor that went back with it (docs/sync-protocol.md, "Pull").
            BulkWriteOptions options;
            options.waitForDisk = false;
            auto begun = BulkWriter::begin(m_store, options);
            if (!begun)
                return begun.error();
            writer = std::move(*begun);
            groupStart = writing;
        }
        auto applied = m_store.applyPullPage(*writer, page.changes, page.next, page.epoch);
        report.applySeconds += secondsSince(writing);
        if (!applied) {
            writer.reset(); // the group goes; the next pull carries on after the last committed page
            return applied.error();
        }
        grouped += pageSize;
        groupApplied += applied->applied;
        epoch = page.epoch;
        done += pageSize;
        report.changesPulled += static_cast<int>(pageSize);
        report.deferred = applied->deferred;
        ++report.pages;
        const bool last = !page.more || page.next <= cursor;
        // Changes made on the hub during the pull come on top of what it counted at the start.
        if (total >= 0 || last)
            total = last ? done : std::max(total, done);
        if (last || grouped >= m_pullGroupChanges || secondsSince(groupStart) >= kPullGroupSeconds) {
            // The indexes a first sync drops (BulkWriter) are sorted once, at the last group, not
            // again at every group: each group would otherwise insert its rows into them at random.
            if (!last)
                writer->leaveIndexesDropped();
            if (auto c = commitGroup(); !c)
                return c;
        }
        tell(progress, "pull", done, total);
        if (last)
            break;
        cursor = page.next;
        fetcher->recycle(std::move(page));
    }
    report.pullSeconds += secondsSince(start);
    return {};
}

Status SyncEngine::fetchRoundResults(SyncReport& report)
{
    const Timestamp at = now();
    for (const auto& round : m_store.rounds()) {
        if (round.localOnly || round.hasResults || round.stateAt(at) != voting::RoundState::Closed)
            continue;
        auto answer = m_client.send("GET", "/v1/rounds/" + round.info.id + "/results");
        if (!answer)
            return answer.error();
        if (answer->status == 409 || answer->status == 404)
            continue; // not closed by the hub's clock yet, or not on the hub yet
        if (auto s = HubClient::check(*answer); !s)
            return s;
        if (auto s = m_store.storeRoundResults(round.info.id, answer->body); !s)
            return s;
        ++report.roundResults;
    }
    return {};
}

Status SyncEngine::downloadBlobs(SyncReport& report, Progress* progress)
{
    const auto hashes = m_store.missingBlobs();
    std::int64_t done = 0;
    for (const auto& sha : hashes) {
        if (auto s = cancelledUnless(progress); !s)
            return s;
        tell(progress, "download", done++, static_cast<std::int64_t>(hashes.size()));
        auto answer = m_client.send("GET", "/v1/blobs/" + sha);
        if (!answer)
            return answer.error();
        if (answer->status == 404)
            continue; // not uploaded yet by its author; the next sync tries again
        if (auto s = HubClient::check(*answer); !s)
            return s;
        if (auto s = m_store.storeBlob(sha, answer->body); !s)
            return s;
        ++report.blobsDownloaded;
    }
    return {};
}

} // namespace balgul::core::sync
