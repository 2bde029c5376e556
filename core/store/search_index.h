#pragma once

// The store's substring search index (schema 8); used by the store's files only. What it is and why
// is in docs/architecture.md ("Search").

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
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

/// Rows in ascending rowid order, their postings collected in memory and written as one segment.
class SegmentBuilder
{
public:
    explicit SegmentBuilder(Database& db);
    ~SegmentBuilder();
    SegmentBuilder(const SegmentBuilder&) = delete;
    SegmentBuilder& operator=(const SegmentBuilder&) = delete;

    /// Adds a row's texts; rowids must grow from one call to the next.
    void add(std::int64_t rowid, std::string_view title, std::string_view description,
             std::string_view address);
    std::size_t rows() const { return m_rows; }
    /// Writes the rows added since the last write as a new segment (nothing when there are none) and
    /// returns its id (0: none). Throws SqlError.
    std::int64_t write();

private:
    struct Slot;
    struct Block;
    Slot& slotFor(Gram gram);
    Block& block(std::uint32_t index);
    std::uint32_t newBlock();
    void append(Slot& slot, const std::uint8_t* bytes, std::size_t n);
    /// Adds one text whose characters take the positions from `base`; returns the next text's base.
    std::int64_t addColumn(std::int64_t rowid, std::string_view text, std::int64_t base);

    Database& m_db;
    const Folding& m_folding;
    std::u32string m_chars;    ///< scratch: one column's folded characters
    std::vector<Slot> m_slots; ///< open addressing on the gram
    std::size_t m_lists = 0;
    std::vector<std::unique_ptr<Block[]>> m_chunks;
    std::size_t m_blocks = 0; ///< blocks in use
    std::size_t m_rows = 0;
    std::int64_t m_minRowid = 0;
    std::int64_t m_maxRowid = 0;
};

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
