// Store: comments, supports ("me too") and content-addressed attachments.

#include "core/store/store.h"

#include "core/util/ids.h"
#include "core/util/json_writer.h"
#include "core/util/text.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace balgul::core {

namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kMaxAttachmentBytes = 20 * 1024 * 1024;

Error sqlFailure(const SqlError& e, const std::string& path)
{
    return storeError(e, path, "store_failed", "the store could not be written");
}

/// The MIME type of image bytes by their signature, or empty when not an image we accept.
std::string imageMimeType(std::string_view b)
{
    if (b.size() >= 3 && b.substr(0, 3) == "\xFF\xD8\xFF")
        return "image/jpeg";
    if (b.size() >= 8 && b.substr(0, 8) == "\x89PNG\r\n\x1A\n")
        return "image/png";
    if (b.size() >= 6 && (b.substr(0, 6) == "GIF87a" || b.substr(0, 6) == "GIF89a"))
        return "image/gif";
    if (b.size() >= 12 && b.substr(0, 4) == "RIFF" && b.substr(8, 4) == "WEBP")
        return "image/webp";
    return {};
}

/// Writes bytes to `path` atomically (temporary file, then rename).
bool writeFileAtomically(const fs::path& path, const std::string& bytes)
{
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    const fs::path temporary = path.string() + ".part-" + newUuid().substr(0, 8);
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out)
            return false;
    }
    fs::rename(temporary, path, ec);
    if (ec) {
        fs::remove(temporary, ec);
        return false;
    }
    return true;
}

} // namespace

Result<Comment> Store::addComment(const std::string& problemId, const std::string& text)
{
    Comment c;
    c.id = newUuidV7();
    c.problemId = problemId;
    c.author = m_userName;
    c.text = trimmed(text);
    c.created = now();
    if (!isValidUtf8(c.text))
        return Error::make("invalid_utf8", "the comment is not valid UTF-8 text", "text");
    if (c.text.empty())
        return Error::make("required", "the comment is empty", "text");
    if (c.text.size() > limits::kCommentMax * 4 || utf8Length(c.text) > limits::kCommentMax)
        return Error::make(
            "too_long", "the comment is longer than " + std::to_string(limits::kCommentMax) + " characters",
            "text");
    const auto target = problem(problemId);
    if (!target)
        return Error::make("not_found", "no problem with id " + problemId, "problem_id");
    try {
        Transaction tx(m_db);
        auto st =
            m_db.prepare("INSERT INTO comments (id, problem_id, author, text, created) VALUES (?,?,?,?,?)");
        st.bind(1, c.id).bind(2, c.problemId).bind(3, c.author).bind(4, c.text).bind(5, toUnixMs(c.created));
        st.run();
        c.rowid = m_db.lastInsertRowid();
        queueOp("upsert", "comment", c.id,
                JsonObjectWriter()
                    .add("problem_id", c.problemId)
                    .add("author", c.author)
                    .add("text", c.text)
                    .add("created", toIso8601(c.created))
                    .str(),
                c.problemId);
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    notify({StoreChange::Kind::CommentsChanged, problemId, target->rowid});
    return c;
}

Status Store::removeComment(const std::string& commentId)
{
    std::string problemId;
    try {
        Transaction tx(m_db);
        auto st =
            m_db.prepare("UPDATE comments SET deleted = 1 WHERE id = ? AND deleted = 0 RETURNING problem_id");
        st.bind(1, commentId);
        if (!st.step())
            return Error::make("not_found", "no comment with id " + commentId, "id");
        problemId = st.text(0);
        st.run();
        queueOp("delete", "comment", commentId, "{}", problemId);
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    const auto target = problem(problemId);
    notify({StoreChange::Kind::CommentsChanged, problemId, target ? target->rowid : 0});
    return {};
}

Result<Comment> Store::editComment(const std::string& commentId, const std::string& text)
{
    const std::string cleaned = trimmed(text);
    if (!isValidUtf8(cleaned))
        return Error::make("invalid_utf8", "the comment is not valid UTF-8 text", "text");
    if (cleaned.empty())
        return Error::make("required", "the comment is empty", "text");
    if (cleaned.size() > limits::kCommentMax * 4 || utf8Length(cleaned) > limits::kCommentMax)
        return Error::make(
            "too_long", "the comment is longer than " + std::to_string(limits::kCommentMax) + " characters",
            "text");
    Comment c;
    try {
        Transaction tx(m_db);
        auto read = m_db.prepare("SELECT rowid, id, problem_id, author, text, created FROM comments "
                                 "WHERE id = ? AND deleted = 0");
        read.bind(1, commentId);
        if (!read.step())
            return Error::make("not_found", "no comment with id " + commentId, "id");
        c.rowid = read.int64(0);
        c.id = read.text(1);
        c.problemId = read.text(2);
        c.author = read.text(3);
        c.text = read.text(4);
        c.created = fromUnixMs(read.int64(5));
        if (c.text == cleaned)
            return c;
        c.text = cleaned;
        auto st = m_db.prepare("UPDATE comments SET text = ? WHERE rowid = ?");
        st.bind(1, c.text).bind(2, c.rowid);
        st.run();
        queueOp("upsert", "comment", c.id, JsonObjectWriter().add("text", c.text).str(), c.problemId);
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    const auto target = problem(c.problemId);
    notify({StoreChange::Kind::CommentsChanged, c.problemId, target ? target->rowid : 0});
    return c;
}

Status Store::restoreComment(const std::string& commentId)
{
    std::string problemId;
    try {
        Transaction tx(m_db);
        auto st = m_db.prepare("UPDATE comments SET deleted = 0 WHERE id = ? AND deleted = 1 "
                               "RETURNING problem_id, author, text, created");
        st.bind(1, commentId);
        if (!st.step())
            return Error::make("not_found", "no removed comment with id " + commentId, "id");
        problemId = st.text(0);
        const std::string fields = JsonObjectWriter()
                                       .add("problem_id", problemId)
                                       .add("author", st.text(1))
                                       .add("text", st.text(2))
                                       .add("created", toIso8601(fromUnixMs(st.int64(3))))
                                       .str();
        st.run();
        queueOp("upsert", "comment", commentId, fields, problemId);
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    const auto target = problem(problemId);
    notify({StoreChange::Kind::CommentsChanged, problemId, target ? target->rowid : 0});
    return {};
}

std::vector<Comment> Store::comments(const std::string& problemId)
{
    std::vector<Comment> out;
    auto st = m_db.prepare("SELECT rowid, id, problem_id, author, text, created FROM comments "
                           "WHERE problem_id = ? AND deleted = 0 ORDER BY created, rowid");
    st.bind(1, problemId);
    while (st.step()) {
        Comment c;
        c.rowid = st.int64(0);
        c.id = st.text(1);
        c.problemId = st.text(2);
        c.author = st.text(3);
        c.text = st.text(4);
        c.created = fromUnixMs(st.int64(5));
        out.push_back(std::move(c));
    }
    return out;
}

Status Store::setSupported(const std::string& problemId, bool supported)
{
    const auto target = problem(problemId);
    if (!target)
        return Error::make("not_found", "no problem with id " + problemId, "problem_id");
    bool changed = false;
    try {
        Transaction tx(m_db);
        if (supported) {
            auto st =
                m_db.prepare("INSERT OR IGNORE INTO supports (problem_id, user, created) VALUES (?,?,?)");
            st.bind(1, problemId).bind(2, m_userName).bind(3, toUnixMs(now()));
            st.run();
        } else {
            auto st = m_db.prepare("DELETE FROM supports WHERE problem_id = ? AND user = ?");
            st.bind(1, problemId).bind(2, m_userName);
            st.run();
        }
        changed = m_db.changes() > 0;
        if (changed)
            queueOp(supported ? "upsert" : "delete", "support", problemId,
                    JsonObjectWriter().add("problem_id", problemId).add("user", m_userName).str(), problemId,
                    problemId + ":" + m_userName);
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    if (changed)
        notify({StoreChange::Kind::SupportsChanged, problemId, target->rowid});
    return {};
}

bool Store::isSupported(const std::string& problemId)
{
    auto st = m_db.prepare("SELECT 1 FROM supports WHERE problem_id = ? AND user = ?");
    st.bind(1, problemId).bind(2, m_userName);
    return st.step();
}

Result<Attachment> Store::attachFile(const std::string& problemId, const std::string& filePath)
{
    std::error_code ec;
    if (!fs::is_regular_file(filePath, ec))
        return Error::make("file_not_found", "the file does not exist or is not a regular file").at(filePath);
    const auto size = fs::file_size(filePath, ec);
    if (ec || size > static_cast<std::uintmax_t>(kMaxAttachmentBytes))
        return Error::make("too_large", "photos may be at most 20 MiB").at(filePath);
    std::ifstream in(filePath, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in && !in.eof())
        return Error::make("read_failed", "the file could not be read").at(filePath);
    auto result = attachBytes(problemId, bytes.str(), fs::path(filePath).filename().string());
    if (!result) {
        Error e = result.error();
        if (e.file.empty())
            e.file = filePath;
        return e;
    }
    return result;
}

Result<Attachment> Store::attachBytes(const std::string& problemId, const std::string& bytes,
                                      const std::string& fileName)
{
    if (static_cast<std::int64_t>(bytes.size()) > kMaxAttachmentBytes)
        return Error::make("too_large", "photos may be at most 20 MiB");
    const std::string mime = imageMimeType(bytes);
    if (mime.empty())
        return Error::make("not_image", "the file is not a JPEG, PNG, GIF or WebP image");
    const std::string name = isValidUtf8(fileName) && utf8Length(fileName) <= 255 ? fileName : "photo";
    const auto target = problem(problemId);
    if (!target)
        return Error::make("not_found", "no problem with id " + problemId, "problem_id");

    Attachment a;
    a.problemId = problemId;
    a.sha256 = sha256Hex(bytes);
    a.fileName = name;
    a.mimeType = mime;
    a.size = static_cast<std::int64_t>(bytes.size());
    a.added = now();
    // Bytes first: a blob without a row is harmless (content-addressed), a row without bytes is not.
    const fs::path path = blobPath(a.sha256);
    std::error_code ec;
    if (!fs::exists(path, ec) && !writeFileAtomically(path, bytes))
        return Error::make("store_failed", "the photo could not be saved").at(path.string());
    try {
        Transaction tx(m_db);
        auto blob =
            m_db.prepare("INSERT OR IGNORE INTO blobs (sha256, size, mime, created) VALUES (?,?,?,?)");
        blob.bind(1, a.sha256).bind(2, a.size).bind(3, a.mimeType).bind(4, toUnixMs(a.added));
        blob.run();
        auto link = m_db.prepare(
            "INSERT OR IGNORE INTO attachments (problem_id, sha256, file_name, added) VALUES (?,?,?,?)");
        link.bind(1, problemId).bind(2, a.sha256).bind(3, a.fileName).bind(4, toUnixMs(a.added));
        link.run();
        if (m_db.changes() > 0)
            queueOp("upsert", "attachment", problemId,
                    JsonObjectWriter()
                        .add("problem_id", problemId)
                        .add("sha256", a.sha256)
                        .add("file_name", a.fileName)
                        .add("mime", a.mimeType)
                        .add("size", a.size)
                        .str(),
                    problemId, problemId + ":" + a.sha256);
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    notify({StoreChange::Kind::AttachmentsChanged, problemId, target->rowid});
    return a;
}

Status Store::detach(const std::string& problemId, const std::string& sha256)
{
    const auto target = problem(problemId);
    if (!target)
        return Error::make("not_found", "no problem with id " + problemId, "problem_id");
    try {
        Transaction tx(m_db);
        auto st = m_db.prepare("DELETE FROM attachments WHERE problem_id = ? AND sha256 = ?");
        st.bind(1, problemId).bind(2, sha256);
        st.run();
        if (m_db.changes() == 0)
            return Error::make("not_found", "the photo is not attached to this problem", "sha256");
        queueOp("delete", "attachment", problemId,
                JsonObjectWriter().add("problem_id", problemId).add("sha256", sha256).str(), problemId,
                problemId + ":" + sha256);
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    notify({StoreChange::Kind::AttachmentsChanged, problemId, target->rowid});
    return {};
}

std::vector<Attachment> Store::attachments(const std::string& problemId)
{
    std::vector<Attachment> out;
    auto st = m_db.prepare("SELECT a.problem_id, a.sha256, a.file_name, b.mime, b.size, a.added "
                           "FROM attachments a JOIN blobs b ON b.sha256 = a.sha256 "
                           "WHERE a.problem_id = ? ORDER BY a.added, a.sha256");
    st.bind(1, problemId);
    while (st.step()) {
        Attachment a;
        a.problemId = st.text(0);
        a.sha256 = st.text(1);
        a.fileName = st.text(2);
        a.mimeType = st.text(3);
        a.size = st.int64(4);
        a.added = fromUnixMs(st.int64(5));
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace balgul::core
