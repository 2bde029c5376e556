#include "hub/db/pg_connection.h"

#include <libpq-fe.h>

#include <charconv>

namespace balgul::hub::pg {

namespace {

std::string trimmedMessage(const char* message)
{
    std::string text = message ? message : "";
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    return text;
}

void ignoreNotice(void*, const char*) {}

} // namespace

std::string redactedUrl(std::string_view url)
{
    std::string out(url);
    const auto scheme = out.find("://");
    if (scheme != std::string::npos) {
        const auto hostStart = scheme + 3;
        const auto hostEnd = out.find_first_of("/?", hostStart);
        const auto at = out.rfind('@', hostEnd == std::string::npos ? out.size() : hostEnd);
        if (at != std::string::npos && at >= hostStart) {
            const auto colon = out.find(':', hostStart);
            if (colon != std::string::npos && colon < at)
                out.replace(colon + 1, at - colon - 1, "***");
        }
    }
    for (auto pos = out.find("password="); pos != std::string::npos; pos = out.find("password=", pos + 1)) {
        const auto valueStart = pos + 9;
        const auto valueEnd = out.find_first_of("& ", valueStart);
        out.replace(valueStart, (valueEnd == std::string::npos ? out.size() : valueEnd) - valueStart, "***");
    }
    return out;
}

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

int PgResult::rows() const
{
    return PQntuples(m_result);
}

std::int64_t PgResult::affected() const
{
    const char* text = PQcmdTuples(m_result);
    std::int64_t n = 0;
    if (text && *text)
        std::from_chars(text, text + std::char_traits<char>::length(text), n);
    return n;
}

std::string PgResult::text(int row, int column) const
{
    return std::string(PQgetvalue(m_result, row, column),
                       static_cast<std::size_t>(PQgetlength(m_result, row, column)));
}

std::int64_t PgResult::int64(int row, int column) const
{
    const char* value = PQgetvalue(m_result, row, column);
    const char* end = value + PQgetlength(m_result, row, column);
    std::int64_t n = 0;
    const auto r = std::from_chars(value, end, n);
    if (r.ec != std::errc() || r.ptr != end)
        throw PgError("hub store: expected a number, got " + std::string(value, end), {});
    return n;
}

bool PgResult::boolean(int row, int column) const
{
    return PQgetlength(m_result, row, column) > 0 && PQgetvalue(m_result, row, column)[0] == 't';
}

std::string PgResult::command() const
{
    const char* tag = PQcmdStatus(m_result);
    return tag ? tag : "";
}

Params& Params::add(std::string value)
{
    m_values.push_back(std::move(value));
    return *this;
}

Params& Params::add(std::int64_t value)
{
    m_values.push_back(std::to_string(value));
    return *this;
}

bool Params::hasNul() const
{
    for (const auto& v : m_values)
        if (v.find('\0') != std::string::npos)
            return true;
    return false;
}

PgConnection::PgConnection(const std::string& url)
{
    m_conn = PQconnectdb(url.c_str());
    if (!m_conn)
        throw PgError("cannot connect to " + redactedUrl(url) + ": out of memory", {});
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const std::string message = trimmedMessage(PQerrorMessage(m_conn));
        PQfinish(m_conn);
        m_conn = nullptr;
        throw PgError("cannot connect to " + redactedUrl(url) + ": " + message, {});
    }
    PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
    try {
        // Ack after commit: a commit returns only when its WAL is flushed.
        exec("SET synchronous_commit = on");
        exec("SET client_encoding = 'UTF8'");
        exec("SET TIME ZONE 'UTC'");
        exec("SET default_transaction_isolation = 'read committed'");
        exec("SET application_name = 'balgul-hub'");
    } catch (...) {
        PQfinish(m_conn);
        m_conn = nullptr;
        throw;
    }
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

PgResult PgConnection::exec(const std::string& sql, const Params& params)
{
    if (params.hasNul())
        throw PgError("hub store: a value holds a NUL character", "22021");
    std::vector<const char*> values;
    values.reserve(params.values().size());
    for (const auto& v : params.values())
        values.push_back(v.c_str());
    PGresult* raw = PQexecParams(m_conn, sql.c_str(), static_cast<int>(values.size()), nullptr,
                                 values.empty() ? nullptr : values.data(), nullptr, nullptr, 0);
    PgResult result(raw);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const char* state = raw ? PQresultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
        throw PgError("hub store: " + trimmedMessage(PQerrorMessage(m_conn)), state ? state : "");
    }
    return result;
}

bool PgConnection::reusable() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK && PQtransactionStatus(m_conn) == PQTRANS_IDLE;
}

PgPool::PgPool(std::string url, int maxSize) : m_url(std::move(url)), m_maxSize(maxSize < 1 ? 1 : maxSize) {}

PgPool::~PgPool()
{
    for (auto* c : m_idle)
        delete c;
}

PgPool::Lease PgPool::acquire()
{
    std::unique_lock lock(m_mutex);
    m_available.wait(lock, [this] { return !m_idle.empty() || m_open < m_maxSize; });
    if (!m_idle.empty()) {
        PgConnection* c = m_idle.back();
        m_idle.pop_back();
        return Lease(*this, c);
    }
    ++m_open;
    lock.unlock();
    try {
        return Lease(*this, new PgConnection(m_url));
    } catch (...) {
        lock.lock();
        --m_open;
        m_available.notify_one();
        throw;
    }
}

void PgPool::release(PgConnection* connection)
{
    const bool keep = connection->reusable();
    if (!keep)
        delete connection; // broken, or left inside a transaction: the next acquire opens a fresh one
    std::lock_guard lock(m_mutex);
    if (keep)
        m_idle.push_back(connection);
    else
        --m_open;
    m_available.notify_one();
}

PgPool::Lease::~Lease()
{
    if (m_connection)
        m_pool->release(m_connection);
}

PgTx::PgTx(PgPool::Lease lease, std::string what) : m_conn(std::move(lease)), m_what(std::move(what))
{
    m_conn->exec("BEGIN");
}

PgTx::~PgTx()
{
    if (m_done)
        return;
    try {
        m_conn->exec("ROLLBACK");
    } catch (...) {
        // The pool drops a connection left inside a transaction.
    }
}

void PgTx::commit()
{
    const auto r = m_conn->exec("COMMIT");
    m_done = true;
    if (r.command() != "COMMIT")
        throw StorageError(m_what + ": the transaction was rolled back");
}

} // namespace balgul::hub::pg
