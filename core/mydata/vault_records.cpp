// The MyData vault's contents: records (one RecordBlock each) and sealed items, each sealed on its
// own with a fresh nonce and bound to its row by its id and kind (docs/mydata.md, "The vault").

#include "core/mydata/record_codec.h"
#include "core/mydata/vault.h"

#include "core/store/database.h"
#include "core/store/store.h"
#include "core/util/ids.h"

namespace balgul::core::mydata {

namespace {

constexpr std::size_t kMaxKindBytes = 40;

/// A record's associated data: its id and category word. A ciphertext moved to another row, or a
/// row given another category, fails authentication.
std::string recordAad(std::string_view id, std::string_view category)
{
    std::string aad(id);
    aad += '\0';
    aad += category;
    return aad;
}

/// A sealed item's: its id and kind, marked so that no record's ciphertext passes for an item.
std::string sealedAad(std::string_view id, std::string_view kind)
{
    std::string aad(id);
    aad += '\0';
    aad += "sealed:";
    aad += kind;
    return aad;
}

Error tampered(const std::string& id)
{
    return Error::make("tampered",
                       "the MyData item " + id +
                           " failed authentication: it was changed outside Balgul and is not read",
                       id);
}

Error notFound(const std::string& id)
{
    return Error::make("not_found", "no MyData item " + id, id);
}

bool validKind(std::string_view kind)
{
    if (kind.empty() || kind.size() > kMaxKindBytes)
        return false;
    for (const char c : kind)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    return true;
}

/// Wipes a string that held plaintext when it goes out of scope.
class WipeOnExit
{
public:
    explicit WipeOnExit(std::string& s) : m_s(s) {}
    ~WipeOnExit() { wipe(m_s.data(), m_s.size()); }
    WipeOnExit(const WipeOnExit&) = delete;
    WipeOnExit& operator=(const WipeOnExit&) = delete;

private:
    std::string& m_s;
};

/// Turns SQLite's secure_delete on while rows are removed, so their cells are overwritten with
/// zeros instead of left in free pages, and puts the connection's setting back afterwards.
class SecureDelete
{
public:
    explicit SecureDelete(Database& db) : m_db(db)
    {
        auto st = m_db.prepare("PRAGMA secure_delete");
        m_was = st.step() ? st.int64(0) : 0;
        m_db.exec("PRAGMA secure_delete = ON");
    }
    ~SecureDelete()
    {
        try {
            m_db.exec("PRAGMA secure_delete = " + std::to_string(m_was));
        } catch (const SqlError&) {
            // The setting is the connection's own; a failure to put it back changes nothing stored.
        }
    }
    SecureDelete(const SecureDelete&) = delete;
    SecureDelete& operator=(const SecureDelete&) = delete;

private:
    Database& m_db;
    std::int64_t m_was = 0;
};

} // namespace

Result<std::vector<std::string>> Vault::putAll(const std::vector<RecordBlock>& blocks,
                                               const std::string& importId)
{
    if (Status ok = requireUnlocked(); !ok)
        return ok.error();
    if (!isCanonicalUuid(importId))
        return Error::make("invalid_field", "an import's id is a lower-case UUID", "importId");
    std::vector<std::string> ids;
    ids.reserve(blocks.size());
    try {
        Database& db = m_store.database();
        Transaction tx(db);
        auto insert = db.prepare(
            "INSERT INTO mydata_records (id, category, import_id, nonce, ciphertext) VALUES (?, ?, ?, ?, ?)");
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            auto plain = encodeRecordBlock(blocks[i]);
            if (!plain) {
                Error e = plain.error();
                e.line = static_cast<long>(i + 1);
                return e;
            }
            WipeOnExit wipeLater(*plain);
            std::string id = newUuid();
            const std::string_view category = toString(blocks[i].category);
            auto sealed = crypto::seal(m_key, *plain, recordAad(id, category));
            if (!sealed)
                return sealed.error();
            insert.bind(1, id)
                .bind(2, category)
                .bind(3, importId)
                .bindBlob(4, sealed->nonce)
                .bindBlob(5, sealed->ciphertext)
                .run();
            insert.reset();
            ids.push_back(std::move(id));
        }
        tx.commit();
    } catch (const SqlError& e) {
        return storeFailure(e);
    }
    return ids;
}

Result<RecordBlock> Vault::get(const std::string& id)
{
    if (Status ok = requireUnlocked(); !ok)
        return ok.error();
    std::string category;
    std::string nonce;
    std::string ciphertext;
    try {
        auto st =
            m_store.database().prepare("SELECT category, nonce, ciphertext FROM mydata_records WHERE id = ?");
        st.bind(1, id);
        if (!st.step())
            return notFound(id);
        category = st.text(0);
        nonce = std::string(st.blobView(1));
        ciphertext = std::string(st.blobView(2));
    } catch (const SqlError& e) {
        return storeFailure(e);
    }
    auto plain = crypto::open(m_key, nonce, ciphertext, recordAad(id, category));
    if (!plain) {
        if (plain.error().code == "authentication_failed")
            return tampered(id);
        return plain.error();
    }
    auto block = decodeRecordBlock(plain->view());
    if (!block)
        return Error::make("record_corrupt",
                           "the MyData record " + id + " cannot be read: " + block.error().message, id);
    if (toString(block->category) != category)
        return Error::make("record_corrupt",
                           "the MyData record " + id + " holds another category than its row", id);
    return block;
}

Result<std::vector<VaultRecordInfo>> Vault::list(std::optional<Category> category)
{
    if (Status ok = requireUnlocked(); !ok)
        return ok.error();
    std::vector<VaultRecordInfo> out;
    try {
        auto st = m_store.database().prepare(
            category ? "SELECT id, category, import_id FROM mydata_records WHERE category = ? ORDER BY rowid"
                     : "SELECT id, category, import_id FROM mydata_records ORDER BY rowid");
        if (category)
            st.bind(1, toString(*category));
        while (st.step()) {
            const std::optional<Category> known = categoryFromString(st.textView(1));
            if (!known)
                continue;
            out.push_back({st.text(0), *known, st.text(2)});
        }
    } catch (const SqlError& e) {
        return storeFailure(e);
    }
    return out;
}

Status Vault::remove(const std::string& id)
{
    if (Status ok = requireUnlocked(); !ok)
        return ok;
    try {
        Database& db = m_store.database();
        SecureDelete zeroed(db);
        Transaction tx(db);
        db.prepare("DELETE FROM mydata_records WHERE id = ?").bind(1, id).run();
        if (db.changes() != 1)
            return notFound(id);
        tx.commit();
    } catch (const SqlError& e) {
        return storeFailure(e);
    }
    return Status::success();
}

Result<std::size_t> Vault::removeImport(const std::string& importId)
{
    if (Status ok = requireUnlocked(); !ok)
        return ok.error();
    std::size_t removed = 0;
    try {
        Database& db = m_store.database();
        SecureDelete zeroed(db);
        Transaction tx(db);
        db.prepare("DELETE FROM mydata_records WHERE import_id = ?").bind(1, importId).run();
        removed += static_cast<std::size_t>(db.changes());
        db.prepare("DELETE FROM mydata_sealed WHERE import_id = ? AND import_id <> ''")
            .bind(1, importId)
            .run();
        removed += static_cast<std::size_t>(db.changes());
        tx.commit();
    } catch (const SqlError& e) {
        return storeFailure(e);
    }
    return removed;
}

Result<std::vector<std::string>> Vault::verifyAll()
{
    if (Status ok = requireUnlocked(); !ok)
        return ok.error();
    std::vector<std::string> failed;
    try {
        auto records = m_store.database().prepare(
            "SELECT id, category, nonce, ciphertext FROM mydata_records ORDER BY rowid");
        while (records.step()) {
            const std::string id = records.text(0);
            auto plain = crypto::open(m_key, records.blobView(2), records.blobView(3),
                                      recordAad(id, records.textView(1)));
            if (!plain) {
                if (plain.error().code != "authentication_failed")
                    return plain.error();
                failed.push_back(id);
                continue;
            }
            auto block = decodeRecordBlock(plain->view());
            if (!block || toString(block->category) != records.textView(1))
                failed.push_back(id);
        }
        auto items = m_store.database().prepare(
            "SELECT id, kind, nonce, ciphertext FROM mydata_sealed ORDER BY rowid");
        while (items.step()) {
            const std::string id = items.text(0);
            auto plain =
                crypto::open(m_key, items.blobView(2), items.blobView(3), sealedAad(id, items.textView(1)));
            if (!plain) {
                if (plain.error().code != "authentication_failed")
                    return plain.error();
                failed.push_back(id);
            }
        }
    } catch (const SqlError& e) {
        return storeFailure(e);
    }
    return failed;
}

Result<std::string> Vault::putSealed(const std::string& kind, std::string_view bytes,
                                     const std::string& importId)
{
    if (Status ok = requireUnlocked(); !ok)
        return ok.error();
    if (!validKind(kind))
        return Error::make("invalid_field", "a sealed item's kind is a word of a-z, 0-9 and '_' (at most 40)",
                           "kind");
    if (!importId.empty() && !isCanonicalUuid(importId))
        return Error::make("invalid_field", "an import's id is a lower-case UUID", "importId");
    std::string id = newUuid();
    auto sealed = crypto::seal(m_key, bytes, sealedAad(id, kind));
    if (!sealed)
        return sealed.error();
    try {
        Database& db = m_store.database();
        Transaction tx(db);
        db.prepare(
              "INSERT INTO mydata_sealed (id, kind, import_id, nonce, ciphertext) VALUES (?, ?, ?, ?, ?)")
            .bind(1, id)
            .bind(2, kind)
            .bind(3, importId)
            .bindBlob(4, sealed->nonce)
            .bindBlob(5, sealed->ciphertext)
            .run();
        tx.commit();
    } catch (const SqlError& e) {
        return storeFailure(e);
    }
    return id;
}

Result<SealedItem> Vault::getSealed(const std::string& id)
{
    if (Status ok = requireUnlocked(); !ok)
        return ok.error();
    SealedItem item;
    std::string nonce;
    std::string ciphertext;
    try {
        auto st = m_store.database().prepare(
            "SELECT kind, import_id, nonce, ciphertext FROM mydata_sealed WHERE id = ?");
        st.bind(1, id);
        if (!st.step())
            return notFound(id);
        item.id = id;
        item.kind = st.text(0);
        item.importId = st.text(1);
        nonce = std::string(st.blobView(2));
        ciphertext = std::string(st.blobView(3));
    } catch (const SqlError& e) {
        return storeFailure(e);
    }
    auto plain = crypto::open(m_key, nonce, ciphertext, sealedAad(id, item.kind));
    if (!plain) {
        if (plain.error().code == "authentication_failed")
            return tampered(id);
        return plain.error();
    }
    item.bytes = std::string(plain->view());
    return item;
}

Result<std::vector<SealedItem>> Vault::listSealed(const std::optional<std::string>& kind)
{
    if (Status ok = requireUnlocked(); !ok)
        return ok.error();
    std::vector<SealedItem> out;
    try {
        auto st = m_store.database().prepare(
            kind ? "SELECT id, kind, import_id FROM mydata_sealed WHERE kind = ? ORDER BY rowid"
                 : "SELECT id, kind, import_id FROM mydata_sealed ORDER BY rowid");
        if (kind)
            st.bind(1, *kind);
        while (st.step())
            out.push_back({st.text(0), st.text(1), st.text(2), {}});
    } catch (const SqlError& e) {
        return storeFailure(e);
    }
    return out;
}

Status Vault::removeSealed(const std::string& id)
{
    if (Status ok = requireUnlocked(); !ok)
        return ok;
    try {
        Database& db = m_store.database();
        SecureDelete zeroed(db);
        Transaction tx(db);
        db.prepare("DELETE FROM mydata_sealed WHERE id = ?").bind(1, id).run();
        if (db.changes() != 1)
            return notFound(id);
        tx.commit();
    } catch (const SqlError& e) {
        return storeFailure(e);
    }
    return Status::success();
}

} // namespace balgul::core::mydata
