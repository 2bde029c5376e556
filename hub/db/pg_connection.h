#pragma once

// A thin layer over libpq for the PostgreSQL hub store: one connection, its results, and a
// bounded pool shared by the request threads. Parameters travel as text, never spliced into SQL.

#include "hub/sync/hub_storage.h"

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace balgul::hub::pg {

/// A failed statement or connection; `sqlState` is PostgreSQL's five-character code ("" when none).
class PgError : public StorageError
{
public:
    PgError(const std::string& message, std::string state) : StorageError(message), sqlState(std::move(state))
    {}
    std::string sqlState;
};

inline constexpr std::string_view kUniqueViolation = "23505";

/// `url` with the password (in the userinfo or a `password=` parameter) replaced by "***".
std::string redactedUrl(std::string_view url);

/// One statement's rows; all values are read in text form.
class PgResult
{
public:
    explicit PgResult(pg_result* result) : m_result(result) {}
    PgResult(PgResult&& other) noexcept : m_result(other.m_result) { other.m_result = nullptr; }
    PgResult& operator=(PgResult&&) = delete;
    PgResult(const PgResult&) = delete;
    PgResult& operator=(const PgResult&) = delete;
    ~PgResult();

    int rows() const;
    /// Rows changed by an INSERT, UPDATE or DELETE.
    std::int64_t affected() const;
    std::string text(int row, int column) const;
    std::int64_t int64(int row, int column) const;
    bool boolean(int row, int column) const;
    /// The command tag, e.g. "COMMIT" (or "ROLLBACK" when a COMMIT found the transaction aborted).
    std::string command() const;

private:
    pg_result* m_result;
};

/// Statement parameters: strings as they are, numbers in decimal.
class Params
{
public:
    Params() = default;
    Params(std::initializer_list<std::string> values) : m_values(values) {}
    Params& add(std::string value);
    Params& add(std::int64_t value);
    const std::vector<std::string>& values() const { return m_values; }
    /// True when any value holds a NUL byte, which PostgreSQL text cannot store.
    bool hasNul() const;

private:
    std::vector<std::string> m_values;
};

class PgConnection
{
public:
    /// Connects and sets the session up (UTF-8, UTC, synchronous_commit on). Throws PgError.
    explicit PgConnection(const std::string& url);
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;
    ~PgConnection();

    /// Runs one statement; throws PgError when it fails.
    PgResult exec(const std::string& sql, const Params& params = {});
    /// True when the connection is open and not inside a transaction.
    bool reusable() const;

private:
    pg_conn* m_conn = nullptr;
};

/// At most `maxSize` connections, opened when first needed; acquire() waits when all are in use.
class PgPool
{
public:
    PgPool(std::string url, int maxSize);
    ~PgPool();

    class Lease
    {
    public:
        Lease(PgPool& pool, PgConnection* connection) : m_pool(&pool), m_connection(connection) {}
        Lease(Lease&& other) noexcept : m_pool(other.m_pool), m_connection(other.m_connection)
        {
            other.m_connection = nullptr;
        }
        Lease& operator=(Lease&&) = delete;
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        ~Lease();

        PgConnection& operator*() const { return *m_connection; }
        PgConnection* operator->() const { return m_connection; }

    private:
        PgPool* m_pool;
        PgConnection* m_connection;
    };

    Lease acquire();

private:
    void release(PgConnection* connection);

    std::string m_url;
    int m_maxSize;
    int m_open = 0;
    std::vector<PgConnection*> m_idle;
    std::mutex m_mutex;
    std::condition_variable m_available;
};

/// BEGIN … COMMIT on one pooled connection; rolled back when left without commit() (a connection
/// left inside a transaction is dropped by the pool). `what` names the store in errors.
class PgTx
{
public:
    PgTx(PgPool::Lease lease, std::string what);
    ~PgTx();
    PgTx(const PgTx&) = delete;
    PgTx& operator=(const PgTx&) = delete;

    PgConnection& operator*() { return *m_conn; }
    PgConnection* operator->() { return &*m_conn; }
    PgConnection& connection() { return *m_conn; }
    /// Throws StorageError when the server rolled the transaction back.
    void commit();

private:
    PgPool::Lease m_conn;
    std::string m_what;
    bool m_done = false;
};

} // namespace balgul::hub::pg
