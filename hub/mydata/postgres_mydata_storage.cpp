// MyData in the hub's PostgreSQL database, through a small pool of its own. A batch and an erasure
// lock their consent's row FOR UPDATE and hold it to commit, so they are ordered on every hub
// process on the database; a batch's rows are one INSERT … ON CONFLICT over unnest()ed arrays.
// An erasure is followed by a VACUUM of the shares' table (best effort), which frees the erased
// rows' space for reuse.

#include "hub/db/pg_connection.h"
#include "hub/mydata/mydata_storage.h"

#include "core/util/json_writer.h"

namespace balgul::hub::mydata {

namespace {

using core::mydata::SharedRow;
using pg::Params;
using pg::PgConnection;
using pg::PgPool;
using pg::PgResult;
using pg::PgTx;

/// pg_advisory_xact_lock key for making the MyData tables.
constexpr const char* kSchemaLockKey = "98971081031171084";

constexpr const char* kSchema[] = {
    "CREATE TABLE IF NOT EXISTS mydata_key ("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " private_key TEXT NOT NULL,"
    " created BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS mydata_consents ("
    " id TEXT PRIMARY KEY,"
    " owner_id TEXT NOT NULL,"
    " body TEXT NOT NULL,"
    " expires BIGINT NOT NULL,"
    " registered BIGINT NOT NULL,"
    " state TEXT NOT NULL,"
    " ended BIGINT NOT NULL DEFAULT 0,"
    " published TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX IF NOT EXISTS mydata_consents_expiry ON mydata_consents (expires) WHERE state = 'active'",
    "CREATE INDEX IF NOT EXISTS mydata_consents_unpublished ON mydata_consents (id) WHERE published <> state",
    "CREATE TABLE IF NOT EXISTS mydata_shares ("
    " consent_id TEXT NOT NULL REFERENCES mydata_consents(id),"
    " category TEXT NOT NULL,"
    " unit TEXT NOT NULL,"
    " aggregate TEXT NOT NULL,"
    " period_start BIGINT NOT NULL,"
    " cell TEXT NOT NULL,"
    " value DOUBLE PRECISION NOT NULL,"
    " count BIGINT NOT NULL,"
    " PRIMARY KEY (consent_id, category, unit, aggregate, period_start, cell))",
    "CREATE INDEX IF NOT EXISTS mydata_shares_period ON mydata_shares (category, period_start)",
    "CREATE TABLE IF NOT EXISTS mydata_batches ("
    " batch_id TEXT PRIMARY KEY,"
    " consent_id TEXT NOT NULL,"
    " answer TEXT NOT NULL,"
    " created BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS mydata_receipts ("
    " consent_id TEXT PRIMARY KEY,"
    " reason TEXT NOT NULL,"
    " payload TEXT NOT NULL,"
    " signature TEXT NOT NULL,"
    " key_id TEXT NOT NULL,"
    " created BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS mydata_epsilon_ledger ("
    " query_id TEXT NOT NULL,"
    " consent_id TEXT NOT NULL,"
    " epsilon DOUBLE PRECISION NOT NULL,"
    " cells BIGINT NOT NULL,"
    " spent DOUBLE PRECISION NOT NULL,"
    " at BIGINT NOT NULL,"
    " PRIMARY KEY (query_id, consent_id))",
    "CREATE INDEX IF NOT EXISTS mydata_epsilon_consent ON mydata_epsilon_ledger (consent_id)",
};

constexpr const char* kConsentColumns =
    "SELECT id, owner_id, body, expires, registered, state, ended, published FROM mydata_consents ";

ConsentRecord readConsent(const PgResult& r, int row)
{
    ConsentRecord c;
    c.id = r.text(row, 0);
    c.ownerId = r.text(row, 1);
    c.body = r.text(row, 2);
    c.expires = r.int64(row, 3);
    c.registered = r.int64(row, 4);
    const auto state = consentStateFromString(r.text(row, 5));
    if (!state)
        throw StorageError("hub MyData store: a consent has an unknown state");
    c.state = *state;
    c.ended = r.int64(row, 6);
    c.published = r.text(row, 7);
    return c;
}

/// A PostgreSQL array literal of texts, each quoted.
std::string textArray(const std::vector<std::string>& items)
{
    std::string out = "{";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i)
            out += ',';
        out += '"';
        for (const char ch : items[i]) {
            if (ch == '"' || ch == '\\')
                out += '\\';
            out += ch;
        }
        out += '"';
    }
    return out + "}";
}

class PostgresMydataStorage final : public MydataStorage
{
public:
    PostgresMydataStorage(const std::string& url, int maxConnections) : m_pool(url, maxConnections)
    {
        PgTx tx(m_pool.acquire(), "hub MyData store");
        // Hubs starting together on one database make the tables once.
        tx->exec("SELECT pg_advisory_xact_lock(" + std::string(kSchemaLockKey) + ")");
        for (const char* statement : kSchema)
            tx->exec(statement);
        tx.commit();
    }

    std::optional<ConsentRecord> consent(const std::string& id) override
    {
        const Params params{id};
        if (params.hasNul())
            return std::nullopt;
        const auto r = m_pool.acquire()->exec(std::string(kConsentColumns) + "WHERE id = $1", params);
        if (r.rows() == 0)
            return std::nullopt;
        return readConsent(r, 0);
    }

    ConsentRecord registerConsent(const ConsentRecord& c) override
    {
        Params params{c.id, c.ownerId, c.body};
        params.add(c.expires).add(c.registered);
        auto conn = m_pool.acquire();
        // Two registrations at once: one inserts, the other waits for it and then finds its row.
        conn->exec("INSERT INTO mydata_consents (id, owner_id, body, expires, registered, state) "
                   "VALUES ($1, $2, $3, $4, $5, 'active') ON CONFLICT (id) DO NOTHING",
                   params);
        const auto r = conn->exec(std::string(kConsentColumns) + "WHERE id = $1", Params{c.id});
        if (r.rows() == 0)
            throw StorageError("hub MyData store: a registered consent is not there");
        return readConsent(r, 0);
    }

    BatchResult addShares(const std::string& consentId, const std::string& batchId,
                          const std::vector<SharedRow>& rows, std::int64_t now,
                          const AnswerMaker& answer) override
    {
        BatchResult result;
        PgTx tx(m_pool.acquire(), "hub MyData store");
        // The consent's lock first: a batch at once with this one (the same id sent twice, or a
        // withdrawal) has committed when the batch is looked up.
        const auto consent = tx->exec(std::string(kConsentColumns) + "WHERE id = $1 FOR UPDATE", {consentId});
        const auto batch =
            tx->exec("SELECT consent_id, answer FROM mydata_batches WHERE batch_id = $1", {batchId});
        if (batch.rows() > 0) {
            result.outcome =
                batch.text(0, 0) == consentId ? BatchOutcome::Replayed : BatchOutcome::OtherConsent;
            result.answer = batch.text(0, 1);
            return result;
        }
        if (consent.rows() == 0)
            return result;
        const ConsentRecord record = readConsent(consent, 0);
        result.state = record.state;
        if (record.state != ConsentState::Active || record.expires <= now) {
            if (record.state == ConsentState::Active)
                result.state = ConsentState::Expired;
            result.outcome = BatchOutcome::NotActive;
            return result;
        }
        // Another consent's batch with this id, committing now, would be found by the insert.
        const auto claimed = tx->exec("INSERT INTO mydata_batches (batch_id, consent_id, answer, created) "
                                      "VALUES ($1, $2, '', $3) ON CONFLICT (batch_id) DO NOTHING",
                                      Params{batchId, consentId}.add(now));
        if (claimed.affected() == 0) {
            const auto again =
                tx->exec("SELECT consent_id, answer FROM mydata_batches WHERE batch_id = $1", {batchId});
            result.outcome = again.rows() > 0 && again.text(0, 0) == consentId ? BatchOutcome::Replayed
                                                                               : BatchOutcome::OtherConsent;
            result.answer = again.rows() > 0 ? again.text(0, 1) : std::string();
            return result;
        }
        BatchCounts counts;
        if (!rows.empty()) {
            std::vector<std::string> categories, units, aggregates, cells;
            std::string periods = "{", values = "{", readings = "{";
            for (std::size_t i = 0; i < rows.size(); ++i) {
                const SharedRow& row = rows[i];
                categories.emplace_back(core::mydata::toString(row.category));
                units.push_back(row.unit);
                aggregates.emplace_back(core::mydata::toString(row.aggregate));
                cells.push_back(row.cell);
                const char* sep = i ? "," : "";
                periods += sep + std::to_string(row.periodStart);
                values += sep + core::jsonNumber(row.value);
                readings += sep + std::to_string(row.count);
            }
            periods += '}';
            values += '}';
            readings += '}';
            Params params{consentId,        textArray(categories),
                          textArray(units), textArray(aggregates),
                          textArray(cells), periods,
                          values,           readings};
            if (params.hasNul())
                throw StorageError("hub MyData store: a row holds a NUL byte");
            const auto r = tx->exec(
                "INSERT INTO mydata_shares (consent_id, category, unit, aggregate, cell, period_start, "
                "value, count) "
                "SELECT $1, t.* FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], "
                "$7::float8[], $8::bigint[]) AS t(category, unit, aggregate, cell, period_start, value, "
                "count) "
                "ON CONFLICT (consent_id, category, unit, aggregate, period_start, cell) DO UPDATE SET "
                "value = EXCLUDED.value, count = EXCLUDED.count RETURNING (xmax = 0)",
                params);
            for (int i = 0; i < r.rows(); ++i)
                ++(r.boolean(i, 0) ? counts.added : counts.replaced);
        }
        result.answer = answer(counts);
        tx->exec("UPDATE mydata_batches SET answer = $2 WHERE batch_id = $1", Params{batchId, result.answer});
        tx.commit();
        result.outcome = BatchOutcome::Stored;
        return result;
    }

    std::optional<Receipt> erase(const std::string& consentId, ConsentState reason, std::int64_t now,
                                 const ReceiptMaker& makeReceipt) override
    {
        if (Params{consentId}.hasNul())
            return std::nullopt;
        std::optional<Receipt> receipt;
        {
            PgTx tx(m_pool.acquire(), "hub MyData store");
            const auto consent =
                tx->exec(std::string(kConsentColumns) + "WHERE id = $1 FOR UPDATE", {consentId});
            if (consent.rows() == 0)
                return std::nullopt;
            if (readConsent(consent, 0).state != ConsentState::Active)
                return findReceipt(tx.connection(), consentId);
            std::map<std::string, std::int64_t> erased;
            const auto counts =
                tx->exec("DELETE FROM mydata_shares WHERE consent_id = $1 RETURNING category", {consentId});
            for (int i = 0; i < counts.rows(); ++i)
                ++erased[counts.text(i, 0)];
            tx->exec("UPDATE mydata_consents SET state = $2, ended = $3 WHERE id = $1",
                     Params{consentId, std::string(toString(reason))}.add(now));
            receipt = makeReceipt(erased, now);
            tx->exec(
                "INSERT INTO mydata_receipts (consent_id, reason, payload, signature, key_id, created) "
                "VALUES ($1, $2, $3, $4, $5, $6)",
                Params{consentId, receipt->reason, receipt->payload, receipt->signature, receipt->keyId}.add(
                    now));
            tx.commit();
        }
        try {
            m_pool.acquire()->exec("VACUUM mydata_shares");
        } catch (const std::exception&) {
            // The next erasure, or autovacuum, frees the space.
        }
        return receipt;
    }

    std::vector<std::string> expiredConsents(std::int64_t now) override
    {
        const auto r = m_pool.acquire()->exec(
            "SELECT id FROM mydata_consents WHERE state = 'active' AND expires <= $1 ORDER BY expires",
            Params().add(now));
        std::vector<std::string> out;
        for (int i = 0; i < r.rows(); ++i)
            out.push_back(r.text(i, 0));
        return out;
    }

    std::vector<ConsentRecord> unpublished() override
    {
        const auto r = m_pool.acquire()->exec(std::string(kConsentColumns) + "WHERE published <> state");
        std::vector<ConsentRecord> out;
        for (int i = 0; i < r.rows(); ++i)
            out.push_back(readConsent(r, i));
        return out;
    }

    void markPublished(const std::string& consentId, ConsentState state) override
    {
        m_pool.acquire()->exec("UPDATE mydata_consents SET published = $2 WHERE id = $1",
                               Params{consentId, std::string(toString(state))});
    }

    std::map<std::string, std::int64_t> rowCounts(const std::string& consentId) override
    {
        std::map<std::string, std::int64_t> out;
        if (Params{consentId}.hasNul())
            return out;
        const auto r = m_pool.acquire()->exec(
            "SELECT category, count(*) FROM mydata_shares WHERE consent_id = $1 GROUP BY category",
            {consentId});
        for (int i = 0; i < r.rows(); ++i)
            out[r.text(i, 0)] = r.int64(i, 1);
        return out;
    }

    std::optional<Receipt> receipt(const std::string& consentId) override
    {
        if (Params{consentId}.hasNul())
            return std::nullopt;
        auto conn = m_pool.acquire();
        return findReceipt(*conn, consentId);
    }

    double epsilonSpent(const std::string& consentId) override
    {
        if (Params{consentId}.hasNul())
            return 0;
        const auto r = m_pool.acquire()->exec(
            "SELECT coalesce(sum(spent), 0) FROM mydata_epsilon_ledger WHERE consent_id = $1", {consentId});
        return std::stod(r.text(0, 0));
    }

    std::vector<Contribution> contributions(core::mydata::Category category, std::int64_t from,
                                            std::int64_t to, std::int64_t now) override
    {
        const auto r = m_pool.acquire()->exec(
            "SELECT c.owner_id, s.consent_id, c.registered, s.unit, s.cell, s.aggregate, s.period_start, "
            "s.value, s.count FROM mydata_shares s JOIN mydata_consents c ON c.id = s.consent_id "
            "WHERE s.category = $1 AND s.period_start >= $2 AND s.period_start < $3 "
            "AND c.state = 'active' AND c.expires > $4",
            Params{std::string(core::mydata::toString(category))}.add(from).add(to).add(now));
        std::vector<Contribution> out;
        out.reserve(static_cast<std::size_t>(r.rows()));
        for (int i = 0; i < r.rows(); ++i) {
            Contribution c;
            c.residentId = r.text(i, 0);
            c.consentId = r.text(i, 1);
            c.registered = r.int64(i, 2);
            c.unit = r.text(i, 3);
            c.cell = r.text(i, 4);
            c.aggregate = core::mydata::aggregateFromString(r.text(i, 5)).value_or(c.aggregate);
            c.periodStart = r.int64(i, 6);
            c.value = std::stod(r.text(i, 7));
            c.count = r.int64(i, 8);
            out.push_back(std::move(c));
        }
        return out;
    }

    void recordEpsilon(const std::string& queryId, const std::vector<EpsilonCharge>& charges,
                       std::int64_t at) override
    {
        if (charges.empty())
            return;
        // One statement for every charged consent (a query may reach thousands).
        std::vector<std::string> consents;
        std::string epsilons = "{", cells = "{";
        for (std::size_t i = 0; i < charges.size(); ++i) {
            consents.push_back(charges[i].consentId);
            const char* sep = i ? "," : "";
            epsilons += sep + core::jsonNumber(charges[i].epsilon);
            cells += sep + std::to_string(charges[i].cells);
        }
        epsilons += '}';
        cells += '}';
        m_pool.acquire()->exec(
            "INSERT INTO mydata_epsilon_ledger (query_id, consent_id, epsilon, cells, spent, at) "
            "SELECT $1, t.consent_id, t.epsilon, t.cells, t.epsilon * t.cells, $5 "
            "FROM unnest($2::text[], $3::float8[], $4::bigint[]) AS t(consent_id, epsilon, cells)",
            Params{queryId, textArray(consents), epsilons, cells}.add(at));
    }

    std::string signingKey(const std::string& candidate) override
    {
        auto conn = m_pool.acquire();
        conn->exec("INSERT INTO mydata_key (id, private_key, created) "
                   "VALUES (1, $1, extract(epoch FROM now())::bigint) ON CONFLICT (id) DO NOTHING",
                   {candidate});
        return conn->exec("SELECT private_key FROM mydata_key WHERE id = 1").text(0, 0);
    }

private:
    static std::optional<Receipt> findReceipt(PgConnection& conn, const std::string& consentId)
    {
        const auto r = conn.exec("SELECT consent_id, reason, payload, signature, key_id FROM mydata_receipts "
                                 "WHERE consent_id = $1",
                                 {consentId});
        if (r.rows() == 0)
            return std::nullopt;
        return Receipt{r.text(0, 0), r.text(0, 1), r.text(0, 2), r.text(0, 3), r.text(0, 4)};
    }

    PgPool m_pool;
};

} // namespace

std::unique_ptr<MydataStorage> openPostgresMydataStorage(const std::string& url, int maxConnections)
{
    return std::make_unique<PostgresMydataStorage>(url, maxConnections);
}

} // namespace balgul::hub::mydata
