#include "core/store/bulk_writer.h"

#include "core/store/problem_fields.h"
#include "core/store/store.h"
#include "core/util/ids.h"

#include <sqlite3.h>

#include <algorithm>

namespace balgul::core {

namespace {

constexpr std::string_view kInsertProblem =
    "INSERT INTO problems (id, title, description, category, status, lat, lon, address, author, created, "
    "updated) VALUES (?,?,?,?,?,?,?,?,?,?,?)";
constexpr std::string_view kInsertFromHub =
    "INSERT INTO problems (id, title, description, category, status, lat, lon, address, author, created, "
    "updated, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";

void bindProblem(Statement& st, const Problem& p)
{
    st.bind(1, p.id).bind(2, p.title).bind(3, p.description).bind(4, p.category);
    st.bind(5, static_cast<int>(p.status)).bind(6, p.lat).bind(7, p.lon).bind(8, p.address);
    st.bind(9, p.author).bind(10, toUnixMs(p.created)).bind(11, toUnixMs(p.updated));
}

} // namespace

Result<std::unique_ptr<BulkWriter>> BulkWriter::begin(Store& store, BulkWriteOptions options)
{
    try {
        return std::unique_ptr<BulkWriter>(new BulkWriter(store, options));
    } catch (const SqlError& e) {
        return storeError(e, store.path(), "store_failed", "the store could not be written");
    }
}

BulkWriter::BulkWriter(Store& store, BulkWriteOptions options)
    : m_store(store), m_db(store.database()), m_options(options), m_insert(m_db.prepare(kInsertProblem)),
      m_insertFromHub(m_db.prepare(kInsertFromHub)),
      m_exists(m_db.prepare("SELECT 1 FROM problems WHERE id = ?")),
      m_knownVersion(m_db.prepare("SELECT version FROM sync_entities WHERE entity = 'problem' AND id = ?")),
      m_queue(
          m_db.prepare("INSERT INTO outbox (op_id, kind, entity, entity_id, fields, created, base_version, "
                       "problem_id, sync_key) VALUES (?, 'upsert', 'problem', ?, ?, ?, ?, ?, ?)"))
{
    m_transaction = std::make_unique<Transaction>(m_db);
}

BulkWriter::~BulkWriter() = default;

Error BulkWriter::failed(const SqlError& e)
{
    m_broken = true;
    return storeError(e, m_store.path(), "store_failed", "the store could not be written");
}

Status BulkWriter::add(Problem& p)
{
    if (m_broken || !m_transaction)
        return Error::make("store_failed", "the bulk write already ended").at(m_store.path());
    if (p.id.empty())
        p.id = newUuidV7();
    if (p.created == Timestamp{})
        p.created = now();
    if (p.updated < p.created)
        p.updated = p.created;
    if (Status s = validateProblem(p); !s)
        return s;
    if (!isUuid(p.id))
        return Error::make("invalid_field", "the id must be a UUID", "id");
    try {
        m_insert.reset();
        bindProblem(m_insert, p);
        try {
            m_insert.run();
        } catch (const SqlError& e) {
            if (e.code == SQLITE_CONSTRAINT_UNIQUE)
                return Error::make("duplicate_id", "a problem with id " + p.id + " already exists", "id");
            throw;
        }
        p.rowid = m_db.lastInsertRowid();
        if (m_options.queueOps) {
            // The base is the hub version the user saw, taken now (Store::queueOp).
            m_knownVersion.reset();
            m_knownVersion.bind(1, p.id);
            const std::int64_t base = m_knownVersion.step() ? m_knownVersion.int64(0) : 0;
            m_queue.reset();
            m_queue.bind(1, newUuidV7()).bind(2, p.id).bind(3, detail::allProblemFields(p));
            m_queue.bind(4, toUnixMs(now())).bind(5, base).bind(6, p.id).bind(7, p.id);
            m_queue.run();
        }
    } catch (const SqlError& e) {
        return failed(e);
    }
    if (m_added++ == 0) {
        m_firstId = p.id;
        m_firstRowid = p.rowid;
    }
    return {};
}

Result<bool> BulkWriter::contains(const std::string& id)
{
    if (m_broken || !m_transaction)
        return Error::make("store_failed", "the bulk write already ended").at(m_store.path());
    try {
        m_exists.reset();
        m_exists.bind(1, id);
        return m_exists.step();
    } catch (const SqlError& e) {
        return failed(e);
    }
}

std::int64_t BulkWriter::addFromHub(const Problem& p, std::int64_t version)
{
    m_insertFromHub.reset();
    bindProblem(m_insertFromHub, p);
    m_insertFromHub.bind(12, version);
    m_insertFromHub.run();
    return m_db.lastInsertRowid();
}

void BulkWriter::commitQuietly()
{
    if (m_broken || !m_transaction)
        throw SqlError{SQLITE_MISUSE, "the bulk write already ended"};
    m_transaction->commit();
    m_transaction.reset();
}

Status BulkWriter::commit()
{
    try {
        commitQuietly();
    } catch (const SqlError& e) {
        return failed(e);
    }
    if (m_added == 1)
        m_store.notify({StoreChange::Kind::ProblemAdded, m_firstId, m_firstRowid});
    else if (m_added > 1)
        m_store.notify({StoreChange::Kind::Reset, {}, 0});
    return {};
}

} // namespace balgul::core
