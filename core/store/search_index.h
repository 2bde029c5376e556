#pragma once

// The store's substring search index (schema 8); used by the store's files only. What it is and why
// is in docs/architecture.md ("Search").

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace balgul::core {

class Database;
class Progress;

namespace search {

/// How the index folds case: per character, exactly as SQLite's FTS5 trigram tokenizer does (so a
/// search finds what it found when the store searched through FTS5). Built once per process.
class Folding
{
public:
    /// The folding of the SQLite library `db` runs on.
    static const Folding& of(Database& db);
    /// `utf8` as folded code points, appended to `out` (cleared first). Invalid bytes read as U+FFFD.
    void fold(std::string_view utf8, std::u32string& out) const;

private:
    Folding() = default;
    std::vector<char32_t> m_table; ///< the folding of every code point below its size
};

/// Three folded characters packed into one key: 21 bits each, the first highest, so the grams that
/// start with one or two characters form one range of keys.
using Gram = std::uint64_t;
inline Gram makeGram(char32_t a, char32_t b, char32_t c)
{
    return (static_cast<Gram>(a) << 42) | (static_cast<Gram>(b) << 21) | static_cast<Gram>(c);
}

/// A segment built in memory (search_builder.h): its rows and each gram's list, ascending by gram.
struct BuiltSegment
{
    std::int64_t rows = 0;
    std::int64_t minRowid = 0;
    std::int64_t maxRowid = 0;
    std::vector<std::pair<Gram, std::string>> lists;
};

/// Writes a built segment into the index and returns its id (0 when it has no rows). Throws SqlError.
std::int64_t writeSegment(Database& db, const BuiltSegment& segment);

/// Rows whose search text is not in the postings as it is now (search_pending), brought in: old
/// postings of changed and deleted rows removed, rows as they are now written as new segments, then
/// small segments merged. `progress` hears "index" and may cancel (SqlError with SQLITE_INTERRUPT).
/// Throws SqlError. Returns how many rows were indexed.
std::size_t catchUp(Database& db, Progress* progress = nullptr);

/// Row ids of the problems whose title, description or address contains `needle` (folded; any
/// length from one character), ascending, at most `limit` (< 0: all); with `liveOnly`, removed
/// problems are left out before the limit applies. Throws SqlError.
std::vector<std::int64_t> find(Database& db, std::string_view needle, std::int64_t limit, bool liveOnly);

} // namespace search
} // namespace balgul::core
