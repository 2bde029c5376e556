#include "core/store/database.h"

#include <sqlite3.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <utility>

namespace balgul::core {

namespace {

using FileKey = std::pair<std::uint64_t, std::uint64_t>;

/// The files this process's Databases have open, by device and inode, with their connections.
std::mutex openFilesMutex;
std::map<FileKey, int> openFiles;

std::optional<FileKey> fileKey(const std::string& path)
{
    struct stat st = {};
    if (::stat(path.c_str(), &st) != 0)
        return std::nullopt;
    return FileKey{static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino)};
}

bool isDamage(int code)
{
    const int primary = code & 0xFF;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

/// "file:" URI of a path, for the immutable open (RFC 3986 percent-encoding of what is not plain).
std::string fileUri(const std::string& path)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string uri = "file:";
    for (const char ch : path) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' ||
            c == '-' || c == '_' || c == '.' || c == '~') {
            uri += ch;
        } else {
            uri += '%';
            uri += kHex[c >> 4];
            uri += kHex[c & 0xF];
        }
    }
    return uri;
}

/// True when the file's header says WAL mode (bytes 18 and 19 are 2) and no write-ahead log exists.
bool walWithoutLog(const std::string& path)
{
    // Open here already: it is read through SQLite only (see openInThisProcess).
    if (Database::openInThisProcess(path))
        return false;
    std::ifstream in(path, std::ios::binary);
    char header[20] = {};
    in.read(header, sizeof header);
    if (in.gcount() != sizeof header || header[18] != 2 || header[19] != 2)
        return false;
    std::error_code ec;
    return !std::filesystem::exists(path + "-wal", ec);
}

} // namespace

bool SqlError::damaged() const
{
    return isDamage(code);
}

std::string damagedStoreAdvice()
{
    return "Nothing more is written into it. To recover: if you sync with a hub, start a new profile and "
           "sync it (the hub keeps a copy of everything that was synced; changes not yet synced are lost), "
           "or put back your last backup of this file; `balgul-cli export` may still save what can be read";
}

Error storeError(const SqlError& e, const std::string& path, std::string code, const std::string& context)
{
    Error error =
        e.damaged() ? Error::make("store_corrupt",
                                  "the store file is damaged (" + e.message + "). " + damagedStoreAdvice())
                    : Error::make(std::move(code), context.empty() ? e.message : context + ": " + e.message);
    error.file = path;
    return error;
}

Statement::Statement(sqlite3* db, std::string_view sql) : Statement(nullptr, db, sql) {}

Statement::Statement(Database* owner, sqlite3* db, std::string_view sql) : m_owner(owner), m_db(db)
{
    const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), 0, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
}

void Statement::fail(int rc) const
{
    SqlError error{rc, m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc)};
    if (m_owner && error.damaged())
        m_owner->noteDamage();
    throw error;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_owner(std::exchange(other.m_owner, nullptr)), m_db(std::exchange(other.m_db, nullptr)),
      m_stmt(std::exchange(other.m_stmt, nullptr))
{}

Statement& Statement::bind(int index, std::int64_t value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    if (const int rc =
            sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
        rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bindStatic(int index, std::string_view text)
{
    if (const int rc =
            sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8);
        rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes)
{
    if (const int rc = sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& text)
{
    return text ? bind(index, std::string_view(*text)) : bindNull(index);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    fail(rc);
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::text(int column) const
{
    return std::string(textView(column));
}

std::string_view Statement::textView(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return {p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

std::string_view Statement::blobView(int column) const
{
    const void* p = sqlite3_column_blob(m_stmt, column);
    if (!p)
        return {};
    return {static_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Database::~Database()
{
    close();
}

void Database::open(const std::string& path, bool create)
{
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    openWith(path, path, flags);
    m_readOnly = false;
}

void Database::openReadOnly(const std::string& path)
{
    // A file in WAL mode with no log waiting is whole by itself: read as immutable, SQLite makes no
    // -wal or -shm file beside it (another application's file stays exactly as it was).
    if (walWithoutLog(path)) {
        openWith(path, fileUri(path) + "?immutable=1",
                 SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI);
        m_readOnly = true;
        return;
    }
    openWith(path, path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
    m_readOnly = true;
    try {
        // The first read opens the write-ahead log, if the file uses one.
        prepare("SELECT count(*) FROM sqlite_schema").step();
        return;
    } catch (const SqlError& e) {
        const int primary = e.code & 0xFF;
        if (primary != SQLITE_CANTOPEN && primary != SQLITE_READONLY)
            throw;
        // A WAL file in a folder that cannot be written: without a log waiting to be read, the file
        // alone is the whole store and can be read as immutable.
        std::error_code ec;
        if (std::filesystem::file_size(path + "-wal", ec) > 0 && !ec)
            throw;
    }
    openWith(path, fileUri(path) + "?immutable=1",
             SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI);
    m_readOnly = true;
}

void Database::openWith(const std::string& path, const std::string& uri, int flags)
{
    // SQLite counts every allocation under one global lock unless told otherwise before its first use
    // in the process (after it, the call is refused and changes nothing); nothing here reads the
    // counts, and a bulk write allocates on every row.
    static const int memoryCounting = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    (void)memoryCounting;
    close();
    m_damaged = false;
    const int rc = sqlite3_open_v2(uri.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        SqlError error{rc, m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc)};
        close();
        throw error;
    }
    if ((m_file = fileKey(path))) {
        const std::lock_guard lock(openFilesMutex);
        ++openFiles[*m_file];
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
}

void Database::noteDamage()
{
    if (m_damaged)
        return;
    m_damaged = true;
    if (m_onDamage)
        m_onDamage();
}

std::string Database::quickCheck()
{
    std::string problems;
    auto st = prepare("PRAGMA quick_check(5)");
    while (st.step()) {
        const std::string line = st.text(0);
        if (line == "ok")
            continue;
        problems += (problems.empty() ? "" : "; ") + line;
    }
    if (!problems.empty())
        noteDamage();
    return problems;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    if (m_file) {
        const std::lock_guard lock(openFilesMutex);
        if (const auto it = openFiles.find(*m_file); it != openFiles.end() && --it->second == 0)
            openFiles.erase(it);
        m_file.reset();
    }
}

bool Database::openInThisProcess(const std::string& path)
{
    const auto key = fileKey(path);
    if (!key)
        return false;
    const std::lock_guard lock(openFilesMutex);
    return openFiles.count(*key) > 0;
}

void Database::exec(std::string_view sql)
{
    const std::string copy(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, copy.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        SqlError error{rc, message ? message : sqlite3_errstr(rc)};
        sqlite3_free(message);
        if (error.damaged())
            noteDamage();
        throw error;
    }
}

std::int64_t Database::lastInsertRowid() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Transaction::Transaction(Database& db) : m_db(db)
{
    if (m_db.damaged()) {
        m_done = true;
        throw SqlError{SQLITE_CORRUPT, "the store file is damaged; it was found so earlier in this session"};
    }
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const SqlError&) {
            // The transaction may already have been rolled back by SQLite itself.
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace balgul::core
