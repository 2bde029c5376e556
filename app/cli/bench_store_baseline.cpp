#include "app/cli/bench_store_baseline.h"

#include "core/domain/category.h"
#include "core/store/database.h"
#include "core/store/schema.h"
#include "core/util/text.h"

#include <chrono>
#include <filesystem>

namespace balgul::cli {

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kSchema7 = 7;

/// The problems [from, from + count) of a fill, chunk by chunk.
void forEachProblem(const ChunkSource& chunks, std::size_t chunkSize, std::size_t from, std::size_t count,
                    const std::function<void(const core::Problem&)>& visit)
{
    for (std::size_t c = from / chunkSize; c * chunkSize < from + count; ++c) {
        const auto problems = chunks(c);
        for (std::size_t i = 0; i < problems.size(); ++i) {
            const std::size_t at = c * chunkSize + i;
            if (at >= from && at < from + count)
                visit(problems[i]);
        }
    }
}

void bindProblem(core::Statement& st, const core::Problem& p)
{
    st.bind(1, p.id).bind(2, p.title).bind(3, p.description).bind(4, p.category);
    st.bind(5, static_cast<int>(p.status)).bind(6, p.lat).bind(7, p.lon).bind(8, p.address);
    st.bind(9, p.author).bind(10, core::toUnixMs(p.created)).bind(11, core::toUnixMs(p.updated));
}

constexpr std::string_view kInsert =
    "INSERT INTO problems (id, title, description, category, status, lat, lon, "
    "address, author, created, updated) VALUES (?,?,?,?,?,?,?,?,?,?,?)";

std::string phrase(std::string_view text)
{
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

} // namespace

core::Result<BaselineFill> fillSchema7(const std::string& path, std::size_t onto, std::size_t count,
                                       const ChunkSource& chunks, std::size_t chunkSize)
{
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path + suffix, ec);
    BaselineFill fill;
    try {
        core::Database db;
        db.open(path, true);
        // As Store::open sets up a store.
        db.exec("PRAGMA foreign_keys = ON");
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA synchronous = FULL");
        db.exec("PRAGMA temp_store = MEMORY");
        db.exec("PRAGMA cache_size = -65536");
        {
            core::Transaction tx(db);
            for (const core::Migration& m : core::migrations()) {
                if (m.version > kSchema7)
                    break;
                db.exec(m.sql);
                db.exec("PRAGMA user_version = " + std::to_string(m.version));
            }
            auto category = db.prepare(
                "INSERT INTO categories (code, name_en, name_ko, color, position) VALUES (?, ?, ?, ?, ?)");
            int position = 0;
            for (const core::Category& c : core::defaultCategories()) {
                category.reset();
                category.bind(1, c.code).bind(2, c.nameEn).bind(3, c.nameKo);
                category.bind(4, static_cast<std::int64_t>(c.colorRgb)).bind(5, position++);
                category.run();
            }
            tx.commit();
        }
        if (onto > 0) {
            core::Transaction tx(db);
            std::string trigger;
            {
                auto st = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'problems_after_insert'");
                if (st.step())
                    trigger = st.text(0);
            }
            db.exec("DROP TRIGGER problems_after_insert");
            auto insert = db.prepare(kInsert);
            forEachProblem(chunks, chunkSize, 0, onto, [&](const core::Problem& p) {
                insert.reset();
                bindProblem(insert, p);
                insert.run();
            });
            db.exec("INSERT INTO problem_fts (problem_fts) VALUES ('rebuild')");
            db.exec("INSERT INTO problem_rtree SELECT rowid, lat, lat, lon, lon FROM problems");
            db.exec(trigger);
            tx.commit();
        }
        std::vector<core::Problem> problems;
        problems.reserve(count);
        forEachProblem(chunks, chunkSize, onto, count,
                       [&](const core::Problem& p) { problems.push_back(p); });
        const auto start = Clock::now();
        {
            core::Transaction tx(db);
            auto insert = db.prepare(kInsert);
            for (const core::Problem& p : problems) {
                insert.reset();
                bindProblem(insert, p);
                insert.run();
            }
            tx.commit();
        }
        fill.ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        fill.rows = problems.size();
    } catch (const core::SqlError& e) {
        return core::storeError(e, path, "store_failed", "the schema 7 store could not be written");
    }
    return fill;
}

std::vector<std::int64_t> searchSchema7(core::Database& db, const std::string& text)
{
    const std::string needle = core::trimmed(text);
    std::string match;
    if (core::utf8Length(needle) >= 3) {
        match = phrase(needle);
    } else {
        std::string folded = needle; // the trigram tokenizer folds case
        for (char& c : folded)
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        auto terms = db.prepare("SELECT term FROM problem_fts_terms WHERE term >= ? AND term < ? LIMIT 5000");
        terms.bind(1, folded).bind(2, folded + "\xF4\x90");
        while (terms.step())
            match += (match.empty() ? "" : " OR ") + phrase(terms.textView(0));
    }
    std::vector<std::int64_t> out;
    if (match.empty())
        return out;
    auto st = db.prepare("SELECT f.rowid FROM problem_fts f CROSS JOIN problems p ON p.rowid = f.rowid "
                         "WHERE problem_fts MATCH ? AND p.deleted = 0");
    st.bind(1, match);
    while (st.step())
        out.push_back(st.int64(0));
    return out;
}

} // namespace balgul::cli
