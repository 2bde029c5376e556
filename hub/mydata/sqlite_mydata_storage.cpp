// MyData in the hub's SQLite file: a writing connection and a reading one of its own (WAL lets
// them share the file with the sync store's), each guarded by a mutex; SQLite's write lock orders
// writers across every connection and process. Reads never wait for the writer's mutex, so a
// reader holding another store's write lock (the consent entities' publisher) cannot wait on a
// writer that waits for that lock. secure_delete is on, so erased rows are overwritten in the
// file, not only unlinked, and an erasure empties the write-ahead log after it (best effort).

#include "hub/mydata/mydata_storage.h"

#include "core/store/database.h"

#include <mutex>

namespace balgul::hub::mydata {

namespace {

using core::Database;
using core::SqlError;
using core::Statement;
using core::mydata::SharedRow;

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS mydata_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    private_key TEXT NOT NULL,
    created INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS mydata_consents (
    id TEXT PRIMARY KEY,
    owner_id TEXT NOT NULL,
    body TEXT NOT NULL,
    expires INTEGER NOT NULL,
    registered INTEGER NOT NULL,
    state TEXT NOT NULL,
    ended INTEGER NOT NULL DEFAULT 0,
    published TEXT NOT NULL DEFAULT '') WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mydata_consents_expiry ON mydata_consents (expires) WHERE state = 'active';
CREATE INDEX IF NOT EXISTS mydata_consents_unpublished ON mydata_consents (id) WHERE published <> state;
CREATE TABLE IF NOT EXISTS mydata_shares (
    consent_id TEXT NOT NULL REFERENCES mydata_consents(id),
    category TEXT NOT NULL,
    unit TEXT NOT NULL,
    aggregate TEXT NOT NULL,
    period_start INTEGER NOT NULL,
    cell TEXT NOT NULL,
    value REAL NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (consent_id, category, unit, aggregate, period_start, cell)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mydata_shares_period ON mydata_shares (category, period_start);
CREATE TABLE IF NOT EXISTS mydata_batches (
    batch_id TEXT PRIMARY KEY,
    consent_id TEXT NOT NULL,
    answer TEXT NOT NULL,
    created INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS mydata_receipts (
    consent_id TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    payload TEXT NOT NULL,
    signature TEXT NOT NULL,
    key_id TEXT NOT NULL,
    created INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS mydata_epsilon_ledger (
    query_id TEXT NOT NULL,
    consent_id TEXT NOT NULL,
    epsilon REAL NOT NULL,
    cells INTEGER NOT NULL,
    spent REAL NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (query_id, consent_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mydata_epsilon_consent ON mydata_epsilon_ledger (consent_id);
)sql";

constexpr const char* kConsentColumns =
    "SELECT id, owner_id, body, expires, registered, state, ended, published FROM mydata_consents ";

StorageError wrap(const SqlError& e)
{
    return StorageError("hub MyData store: " + e.message + " (SQLite " + std::to_string(e.code) + ")");
}

ConsentRecord readConsent(const Statement& st)
{
    ConsentRecord c;
    c.id = st.text(0);
    c.ownerId = st.text(1);
    c.body = st.text(2);
    c.expires = st.int64(3);
    c.registered = st.int64(4);
    const auto state = consentStateFromString(st.textView(5));
    if (!state)
        throw StorageError("hub MyData store: a consent has an unknown state");
    c.state = *state;
    c.ended = st.int64(6);
    c.published = st.text(7);
    return c;
}

class SqliteMydataStorage final : public MydataStorage
{
public:
    explicit SqliteMydataStorage(const std::string& path)
    {
        try {
            m_db.open(path, true);
            m_db.exec("PRAGMA journal_mode = WAL");
            m_db.exec("PRAGMA synchronous = FULL");
            m_db.exec("PRAGMA busy_timeout = 10000");
            m_db.exec("PRAGMA secure_delete = ON");
            core::Transaction tx(m_db);
            m_db.exec(kSchema);
            tx.commit();
            m_reader.open(path, false);
            m_reader.exec("PRAGMA busy_timeout = 10000");
        } catch (const SqlError& e) {
            throw StorageError("cannot open the hub MyData store " + path + ": " + e.message);
        }
    }

    std::optional<ConsentRecord> consent(const std::string& id) override
    {
        std::lock_guard lock(m_readMutex);
        try {
            return find(m_reader, id);
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    ConsentRecord registerConsent(const ConsentRecord& c) override
    {
        std::lock_guard lock(m_mutex);
        try {
            core::Transaction tx(m_db);
            if (auto existing = find(m_db, c.id))
                return *existing;
            auto st =
                m_db.prepare("INSERT INTO mydata_consents (id, owner_id, body, expires, registered, state) "
                             "VALUES (?, ?, ?, ?, ?, 'active')");
            st.bind(1, c.id).bind(2, c.ownerId).bind(3, c.body).bind(4, c.expires).bind(5, c.registered);
            st.run();
            tx.commit();
            ConsentRecord stored = c;
            stored.state = ConsentState::Active;
            stored.ended = 0;
            stored.published.clear();
            return stored;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    BatchResult addShares(const std::string& consentId, const std::string& batchId,
                          const std::vector<SharedRow>& rows, std::int64_t now,
                          const AnswerMaker& answer) override
    {
        std::lock_guard lock(m_mutex);
        try {
            core::Transaction tx(m_db);
            BatchResult result;
            {
                auto st = m_db.prepare("SELECT consent_id, answer FROM mydata_batches WHERE batch_id = ?");
                st.bind(1, batchId);
                if (st.step()) {
                    result.outcome =
                        st.text(0) == consentId ? BatchOutcome::Replayed : BatchOutcome::OtherConsent;
                    result.answer = st.text(1);
                    return result;
                }
            }
            const auto consent = find(m_db, consentId);
            if (!consent)
                return result;
            result.state = consent->state;
            if (consent->state != ConsentState::Active || consent->expires <= now) {
                if (consent->state == ConsentState::Active)
                    result.state = ConsentState::Expired;
                result.outcome = BatchOutcome::NotActive;
                return result;
            }
            BatchCounts counts;
            auto exists =
                m_db.prepare("SELECT 1 FROM mydata_shares WHERE consent_id = ? AND category = ? AND "
                             "unit = ? AND aggregate = ? AND period_start = ? AND cell = ?");
            auto put =
                m_db.prepare("INSERT OR REPLACE INTO mydata_shares (consent_id, category, unit, "
                             "aggregate, period_start, cell, value, count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            for (const SharedRow& row : rows) {
                const std::string category(core::mydata::toString(row.category));
                const std::string aggregate(core::mydata::toString(row.aggregate));
                exists.reset();
                exists.bind(1, consentId).bind(2, category).bind(3, row.unit).bind(4, aggregate);
                exists.bind(5, row.periodStart).bind(6, row.cell);
                ++(exists.step() ? counts.replaced : counts.added);
                put.reset();
                put.bind(1, consentId).bind(2, category).bind(3, row.unit).bind(4, aggregate);
                put.bind(5, row.periodStart).bind(6, row.cell).bind(7, row.value).bind(8, row.count);
                put.run();
            }
            result.answer = answer(counts);
            auto record = m_db.prepare(
                "INSERT INTO mydata_batches (batch_id, consent_id, answer, created) VALUES (?, ?, ?, ?)");
            record.bind(1, batchId).bind(2, consentId).bind(3, result.answer).bind(4, now);
            record.run();
            tx.commit();
            result.outcome = BatchOutcome::Stored;
            return result;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::optional<Receipt> erase(const std::string& consentId, ConsentState reason, std::int64_t now,
                                 const ReceiptMaker& makeReceipt) override
    {
        std::lock_guard lock(m_mutex);
        try {
            core::Transaction tx(m_db);
            const auto consent = find(m_db, consentId);
            if (!consent)
                return std::nullopt;
            if (consent->state != ConsentState::Active)
                return findReceipt(m_db, consentId);
            std::map<std::string, std::int64_t> erased;
            {
                auto st = m_db.prepare(
                    "SELECT category, count(*) FROM mydata_shares WHERE consent_id = ? GROUP BY category");
                st.bind(1, consentId);
                while (st.step())
                    erased[st.text(0)] = st.int64(1);
            }
            m_db.prepare("DELETE FROM mydata_shares WHERE consent_id = ?").bind(1, consentId).run();
            auto mark = m_db.prepare("UPDATE mydata_consents SET state = ?, ended = ? WHERE id = ?");
            mark.bind(1, std::string(toString(reason))).bind(2, now).bind(3, consentId);
            mark.run();
            const Receipt receipt = makeReceipt(erased, now);
            auto keep = m_db.prepare("INSERT INTO mydata_receipts (consent_id, reason, payload, signature, "
                                     "key_id, created) VALUES (?, ?, ?, ?, ?, ?)");
            keep.bind(1, consentId)
                .bind(2, receipt.reason)
                .bind(3, receipt.payload)
                .bind(4, receipt.signature);
            keep.bind(5, receipt.keyId).bind(6, now);
            keep.run();
            tx.commit();
            forgetOldPages();
            return receipt;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::vector<std::string> expiredConsents(std::int64_t now) override
    {
        std::lock_guard lock(m_readMutex);
        try {
            auto st = m_reader.prepare(
                "SELECT id FROM mydata_consents WHERE state = 'active' AND expires <= ? ORDER BY expires");
            st.bind(1, now);
            std::vector<std::string> out;
            while (st.step())
                out.push_back(st.text(0));
            return out;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::vector<ConsentRecord> unpublished() override
    {
        std::lock_guard lock(m_readMutex);
        try {
            auto st = m_reader.prepare(std::string(kConsentColumns) + "WHERE published <> state");
            std::vector<ConsentRecord> out;
            while (st.step())
                out.push_back(readConsent(st));
            return out;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    void markPublished(const std::string& consentId, ConsentState state) override
    {
        std::lock_guard lock(m_mutex);
        try {
            auto st = m_db.prepare("UPDATE mydata_consents SET published = ? WHERE id = ?");
            st.bind(1, std::string(toString(state))).bind(2, consentId);
            st.run();
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::map<std::string, std::int64_t> rowCounts(const std::string& consentId) override
    {
        std::lock_guard lock(m_readMutex);
        try {
            auto st = m_reader.prepare(
                "SELECT category, count(*) FROM mydata_shares WHERE consent_id = ? GROUP BY category");
            st.bind(1, consentId);
            std::map<std::string, std::int64_t> out;
            while (st.step())
                out[st.text(0)] = st.int64(1);
            return out;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::optional<Receipt> receipt(const std::string& consentId) override
    {
        std::lock_guard lock(m_readMutex);
        try {
            return findReceipt(m_reader, consentId);
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    double epsilonSpent(const std::string& consentId) override
    {
        std::lock_guard lock(m_readMutex);
        try {
            auto st = m_reader.prepare(
                "SELECT coalesce(sum(spent), 0) FROM mydata_epsilon_ledger WHERE consent_id = ?");
            st.bind(1, consentId);
            st.step();
            return st.real(0);
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::vector<Contribution> contributions(core::mydata::Category category, std::int64_t from,
                                            std::int64_t to, std::int64_t now) override
    {
        std::lock_guard lock(m_readMutex);
        try {
            auto st = m_reader.prepare(
                "SELECT c.owner_id, s.consent_id, c.registered, s.unit, s.cell, s.aggregate, s.period_start, "
                "s.value, s.count FROM mydata_shares s JOIN mydata_consents c ON c.id = s.consent_id "
                "WHERE s.category = ? AND s.period_start >= ? AND s.period_start < ? "
                "AND c.state = 'active' AND c.expires > ?");
            st.bind(1, std::string(core::mydata::toString(category))).bind(2, from).bind(3, to).bind(4, now);
            std::vector<Contribution> out;
            while (st.step()) {
                Contribution c;
                c.residentId = st.text(0);
                c.consentId = st.text(1);
                c.registered = st.int64(2);
                c.unit = st.text(3);
                c.cell = st.text(4);
                c.aggregate = core::mydata::aggregateFromString(st.textView(5)).value_or(c.aggregate);
                c.periodStart = st.int64(6);
                c.value = st.real(7);
                c.count = st.int64(8);
                out.push_back(std::move(c));
            }
            return out;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    void recordEpsilon(const std::string& queryId, const std::vector<EpsilonCharge>& charges,
                       std::int64_t at) override
    {
        std::lock_guard lock(m_mutex);
        try {
            core::Transaction tx(m_db);
            auto st = m_db.prepare("INSERT INTO mydata_epsilon_ledger (query_id, consent_id, epsilon, cells, "
                                   "spent, at) VALUES (?, ?, ?, ?, ?, ?)");
            for (const EpsilonCharge& c : charges) {
                st.reset();
                st.bind(1, queryId).bind(2, c.consentId).bind(3, c.epsilon).bind(4, c.cells);
                st.bind(5, c.epsilon * static_cast<double>(c.cells)).bind(6, at);
                st.run();
            }
            tx.commit();
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::string signingKey(const std::string& candidate) override
    {
        std::lock_guard lock(m_mutex);
        try {
            core::Transaction tx(m_db);
            auto put = m_db.prepare("INSERT OR IGNORE INTO mydata_key (id, private_key, created) VALUES (1, "
                                    "?, strftime('%s', 'now'))");
            put.bind(1, candidate);
            put.run();
            auto st = m_db.prepare("SELECT private_key FROM mydata_key WHERE id = 1");
            st.step();
            std::string key = st.text(0);
            tx.commit();
            return key;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

private:
    /// The erased rows' old pages live on in the write-ahead log until a checkpoint: copy the log
    /// back and empty it. Best effort and brief: a reader or writer elsewhere may hold the log now,
    /// and the sync store's own checkpoints empty it later.
    void forgetOldPages()
    {
        try {
            m_db.exec("PRAGMA busy_timeout = 500");
            m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (const SqlError&) {
        }
        try {
            m_db.exec("PRAGMA busy_timeout = 10000");
        } catch (const SqlError&) {
        }
    }

    static std::optional<ConsentRecord> find(Database& db, const std::string& id)
    {
        auto st = db.prepare(std::string(kConsentColumns) + "WHERE id = ?");
        st.bind(1, id);
        if (!st.step())
            return std::nullopt;
        return readConsent(st);
    }

    static std::optional<Receipt> findReceipt(Database& db, const std::string& consentId)
    {
        auto st = db.prepare("SELECT consent_id, reason, payload, signature, key_id FROM mydata_receipts "
                             "WHERE consent_id = ?");
        st.bind(1, consentId);
        if (!st.step())
            return std::nullopt;
        return Receipt{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)};
    }

    std::mutex m_mutex; ///< the writer
    Database m_db;
    std::mutex m_readMutex;
    Database m_reader;
};

} // namespace

std::unique_ptr<MydataStorage> openSqliteMydataStorage(const std::string& path)
{
    return std::make_unique<SqliteMydataStorage>(path);
}

} // namespace balgul::hub::mydata
