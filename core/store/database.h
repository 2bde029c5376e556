#pragma once

#include "core/util/result.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace balgul::core {

class Database;

/// Thrown inside the store layer only; the Store API turns it into an Error.
struct SqlError
{
    int code = 0;
    std::string message;

    /// True when SQLite found the file damaged (SQLITE_CORRUPT or SQLITE_NOTADB after the open).
    bool damaged() const;
};

/// What a user can do about a damaged store file, for messages: the hub's copy, the last backup.
std::string damagedStoreAdvice();

/// The Error for a failed statement of the store at `path`: `store_corrupt` with how to recover when
/// the file is damaged, otherwise `code` with "`context`: the SQLite message".
Error storeError(const SqlError& e, const std::string& path, std::string code = "store_failed",
                 const std::string& context = {});

/// One prepared statement. Bind indexes start at 1, column indexes at 0.
class Statement
{
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    /// Statements made by Database::prepare report damage to it (Database::damaged()).
    Statement(Database* owner, sqlite3* db, std::string_view sql);

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    /// bind() without a copy: `text` must stay as it is until the statement has run (a bulk write's
    /// rows, bound and run at once).
    Statement& bindStatic(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bindBlob(int index, std::string_view bytes);
    Statement& bindNull(int index);
    Statement& bind(int index, const std::optional<std::string>& text);

    /// Steps once; true while a row is available.
    bool step();
    /// Steps to completion (for statements that return no rows).
    void run();
    void reset();

    std::int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    std::string text(int column) const;
    std::string_view textView(int column) const;
    /// A BLOB column's bytes, valid until the next step or reset.
    std::string_view blobView(int column) const;
    bool isNull(int column) const;

    sqlite3_stmt* handle() const { return m_stmt; }

private:
    [[noreturn]] void fail(int rc) const;

    Database* m_owner = nullptr;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

/// An open SQLite connection.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (creating when allowed) the file for reading and writing; throws SqlError.
    void open(const std::string& path, bool create);
    /// Opens the file for reading only: nothing is written to it, not even its journal mode. When its
    /// folder cannot be written (a WAL file needs its shared-memory file beside it) and no write-ahead
    /// log is waiting, the file is read as immutable. Throws SqlError.
    void openReadOnly(const std::string& path);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    /// True while a Database of this process has the file open. Such a file must never be opened
    /// by other means (a stream, a copy) in this process: closing that descriptor would drop the
    /// POSIX locks SQLite holds on it, and another process could then delete its write-ahead log
    /// under this one's feet.
    static bool openInThisProcess(const std::string& path);
    bool readOnly() const { return m_readOnly; }

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql) { return Statement(this, m_db, sql); }
    std::int64_t lastInsertRowid() const;
    int changes() const;
    sqlite3* handle() const { return m_db; }

    /// True once a statement found the file damaged (SQLITE_CORRUPT, SQLITE_NOTADB). Transactions
    /// are refused from then on: nothing more is written into a damaged file.
    bool damaged() const { return m_damaged; }
    /// Called once, when damage is first found.
    void setDamageHandler(std::function<void()> handler) { m_onDamage = std::move(handler); }
    /// Records damage found outside a statement (a block that does not decode, a failed check).
    void noteDamage();
    /// PRAGMA quick_check: an empty string when the file is sound, else the first problems found.
    std::string quickCheck();

private:
    void openWith(const std::string& path, const std::string& uri, int flags);

    sqlite3* m_db = nullptr;
    std::optional<std::pair<std::uint64_t, std::uint64_t>> m_file; ///< device and inode while open
    bool m_readOnly = false;
    bool m_damaged = false;
    std::function<void()> m_onDamage;
};

/// BEGIN IMMEDIATE on construction; ROLLBACK unless commit() was called.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace balgul::core
