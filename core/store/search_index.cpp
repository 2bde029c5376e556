#include "core/store/search_index.h"

#include "core/sensor/varint.h"
#include "core/store/database.h"
#include "core/store/search_builder.h"
#include "core/util/progress.h"
#include "core/util/text.h"

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <mutex>

namespace balgul::core::search {

namespace {

using sensor::getSigned;
using sensor::getVarint;
using sensor::putSigned;
using sensor::putVarint;

/// Planes 0 and 1 hold every character that has a case; the others fold to themselves.
constexpr char32_t kFoldRange = 0x20000;
/// A catch-up writes a segment once it has this many rows.
constexpr std::size_t kSegmentRows = 65536;
/// Segments of one size class are merged once there are this many.
constexpr std::int64_t kMergeFanIn = 8;
/// Segments of 8^5 = 32,768 rows and more are big enough: never merged.
constexpr int kFullClass = 5;
/// Rows indexed between two progress reports.
constexpr std::size_t kProgressStep = 4096;

/// The next character of `s` at `i` (advanced past it); a byte that starts no valid sequence, or a
/// sequence past U+10FFFF, reads as U+FFFD.
char32_t nextChar(std::string_view s, std::size_t& i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        ++i;
        return c;
    }
    const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    if (length == 0 || i + length > s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = c & (0x7Fu >> length);
    for (std::size_t k = 1; k < length; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    i += length;
    return cp <= 0x10FFFF ? cp : 0xFFFD;
}

fts5_api* fts5Api(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(st, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(st);
    }
    sqlite3_finalize(st);
    return api;
}

/// The size class of a segment of `rows` rows: ⌊log8 rows⌋, at most kFullClass.
int sizeClass(std::int64_t rows)
{
    int level = 0;
    while (rows >= 8 && level < kFullClass) {
        rows /= 8;
        ++level;
    }
    return level;
}

/// One row's entry in a posting list: its rowid and where its positions lie in the list's bytes.
struct Doc
{
    std::int64_t rowid;
    std::uint32_t begin;
    std::uint32_t end;
};

/// The entries of a posting list, in rowid order: the first row's id (zig-zag), then for each row
/// its positions as deltas from the previous one (the first from -1, so every delta is at least 1);
/// a 0 ends a row and the next row's id follows as the delta from the previous id. A list that does
/// not decode ends where it stops decoding.
void decodeDocs(std::string_view bytes, std::vector<Doc>& out)
{
    out.clear();
    std::size_t pos = 0;
    std::int64_t rowid = 0;
    while (pos < bytes.size()) {
        if (out.empty()) {
            if (!getSigned(bytes, pos, rowid))
                return;
        } else {
            std::uint64_t delta = 0;
            if (!getVarint(bytes, pos, delta) || delta == 0)
                return;
            rowid += static_cast<std::int64_t>(delta);
        }
        const std::size_t begin = pos;
        std::size_t end = bytes.size();
        while (pos < bytes.size()) {
            const std::size_t at = pos;
            std::uint64_t v = 0;
            if (!getVarint(bytes, pos, v)) {
                out.push_back({rowid, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(at)});
                return;
            }
            if (v == 0) {
                end = at;
                break;
            }
        }
        out.push_back({rowid, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
    }
}

void decodePositions(std::string_view bytes, const Doc& doc, std::vector<std::int64_t>& out)
{
    out.clear();
    std::size_t pos = doc.begin;
    std::int64_t at = -1;
    std::uint64_t v = 0;
    while (pos < doc.end && getVarint(bytes, pos, v) && v != 0) {
        at += static_cast<std::int64_t>(v);
        out.push_back(at);
    }
}

/// Appends a row's entry (its positions' bytes as they are) to a list being written.
void appendDoc(std::string& out, std::int64_t& lastRowid, std::int64_t rowid, std::string_view positions)
{
    if (out.empty()) {
        putSigned(out, rowid);
    } else {
        out.push_back(0);
        putVarint(out, static_cast<std::uint64_t>(rowid - lastRowid));
    }
    out.append(positions);
    lastRowid = rowid;
}

std::int64_t insertSegment(Database& db, std::int64_t rows, std::int64_t minRowid, std::int64_t maxRowid)
{
    auto st =
        db.prepare("INSERT INTO search_segments (level, rows, min_rowid, max_rowid) VALUES (?, ?, ?, ?)");
    st.bind(1, sizeClass(rows)).bind(2, rows).bind(3, minRowid).bind(4, maxRowid);
    st.run();
    return db.lastInsertRowid();
}

void dropSegment(Database& db, std::int64_t segment)
{
    db.prepare("DELETE FROM search_postings WHERE segment = ?").bind(1, segment).run();
    db.prepare("DELETE FROM search_segments WHERE id = ?").bind(1, segment).run();
}

/// The distinct grams of a text as the index keeps them (every character starts one).
void gramsOf(const Folding& folding, std::string_view text, std::u32string& chars, std::vector<Gram>& out)
{
    folding.fold(text, chars);
    const std::size_t n = chars.size();
    chars += U"  ";
    for (std::size_t i = 0; i < n; ++i)
        out.push_back(makeGram(chars[i], chars[i + 1], chars[i + 2]));
}

/// A row whose entry in the postings goes (its text was edited, or it was deleted): the grams of the
/// text the postings hold for it.
struct Removal
{
    std::int64_t rowid = 0;
    std::vector<Gram> grams; ///< sorted, distinct
};

/// Takes rows' entries out of the postings, each list rewritten once however many of its rows go.
void removeRows(Database& db, std::vector<Removal>& removals)
{
    if (removals.empty())
        return;
    auto read = db.prepare("SELECT data FROM search_postings WHERE segment = ? AND gram = ?");
    std::string bytes;
    std::vector<Doc> docs;
    const auto load = [&](std::int64_t segment, Gram gram) {
        read.reset();
        read.bind(1, segment).bind(2, static_cast<std::int64_t>(gram));
        if (!read.step())
            return false;
        bytes = read.blobView(0);
        decodeDocs(bytes, docs);
        return true;
    };
    // The segment that holds each row: the one whose rows it lies among, or among several, the one
    // whose list of the row's first gram has it.
    std::vector<std::int64_t> ids, mins, maxes;
    {
        auto st = db.prepare("SELECT id, min_rowid, max_rowid FROM search_segments");
        while (st.step()) {
            ids.push_back(st.int64(0));
            mins.push_back(st.int64(1));
            maxes.push_back(st.int64(2));
        }
    }
    std::map<std::int64_t, std::vector<const Removal*>> bySegment;
    for (const Removal& r : removals) {
        if (r.grams.empty())
            continue;
        std::vector<std::int64_t> candidates;
        for (std::size_t i = 0; i < ids.size(); ++i)
            if (mins[i] <= r.rowid && r.rowid <= maxes[i])
                candidates.push_back(ids[i]);
        for (const std::int64_t segment : candidates) {
            if (candidates.size() > 1 &&
                (!load(segment, r.grams.front()) ||
                 std::none_of(docs.begin(), docs.end(), [&](const Doc& d) { return d.rowid == r.rowid; })))
                continue;
            bySegment[segment].push_back(&r);
            break;
        }
    }
    auto write = db.prepare("UPDATE search_postings SET data = ? WHERE segment = ? AND gram = ?");
    auto drop = db.prepare("DELETE FROM search_postings WHERE segment = ? AND gram = ?");
    auto shrink = db.prepare("UPDATE search_segments SET rows = max(rows - ?, 0) WHERE id = ?");
    std::string rest;
    for (const auto& [segment, rows] : bySegment) {
        std::vector<std::int64_t> gone;
        std::vector<Gram> grams;
        for (const Removal* r : rows) {
            gone.push_back(r->rowid);
            grams.insert(grams.end(), r->grams.begin(), r->grams.end());
        }
        std::sort(gone.begin(), gone.end());
        std::sort(grams.begin(), grams.end());
        grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
        for (const Gram gram : grams) {
            if (!load(segment, gram))
                continue;
            rest.clear();
            std::int64_t last = 0;
            bool changed = false;
            for (const Doc& d : docs) {
                if (std::binary_search(gone.begin(), gone.end(), d.rowid)) {
                    changed = true;
                    continue;
                }
                appendDoc(rest, last, d.rowid, std::string_view(bytes).substr(d.begin, d.end - d.begin));
            }
            if (!changed)
                continue;
            auto& st = rest.empty() ? drop : write;
            st.reset();
            int index = 1;
            if (!rest.empty())
                st.bindBlob(index++, rest);
            st.bind(index, segment).bind(index + 1, static_cast<std::int64_t>(gram));
            st.run();
        }
        shrink.reset();
        shrink.bind(1, static_cast<std::int64_t>(rows.size())).bind(2, segment);
        shrink.run();
    }
}

/// Merges the segments of one size class into one.
void mergeSegments(Database& db, const std::vector<std::int64_t>& segments)
{
    std::int64_t rows = 0, minRowid = 0, maxRowid = 0;
    {
        auto st = db.prepare("SELECT rows, min_rowid, max_rowid FROM search_segments WHERE id = ?");
        for (std::size_t i = 0; i < segments.size(); ++i) {
            st.reset();
            st.bind(1, segments[i]);
            if (!st.step())
                continue;
            rows += st.int64(0);
            minRowid = i == 0 ? st.int64(1) : std::min(minRowid, st.int64(1));
            maxRowid = i == 0 ? st.int64(2) : std::max(maxRowid, st.int64(2));
        }
    }
    const std::int64_t merged = insertSegment(db, rows, minRowid, maxRowid);
    struct Cursor
    {
        Statement st;
        bool live = false;
    };
    std::vector<Cursor> cursors;
    for (const std::int64_t segment : segments) {
        Cursor c{db.prepare("SELECT gram, data FROM search_postings WHERE segment = ? ORDER BY gram"), false};
        c.st.bind(1, segment);
        c.live = c.st.step();
        cursors.push_back(std::move(c));
    }
    auto insert = db.prepare("INSERT INTO search_postings (segment, gram, data) VALUES (?, ?, ?)");
    std::vector<std::string> lists;
    std::vector<std::vector<Doc>> docs;
    std::string out;
    while (true) {
        // The smallest gram any cursor is on, and every list of it.
        bool any = false;
        std::int64_t gram = 0;
        for (const auto& c : cursors)
            if (c.live && (!any || c.st.int64(0) < gram)) {
                gram = c.st.int64(0);
                any = true;
            }
        if (!any)
            break;
        lists.clear();
        for (auto& c : cursors)
            if (c.live && c.st.int64(0) == gram) {
                lists.emplace_back(c.st.blobView(1));
                c.live = c.st.step();
            }
        docs.resize(lists.size());
        for (std::size_t i = 0; i < lists.size(); ++i)
            decodeDocs(lists[i], docs[i]);
        // A k-way merge by rowid; a row is in one segment only, but a later one wins if not.
        out.clear();
        std::int64_t last = 0;
        std::vector<std::size_t> at(lists.size(), 0);
        while (true) {
            std::size_t best = lists.size();
            for (std::size_t i = 0; i < lists.size(); ++i)
                if (at[i] < docs[i].size() &&
                    (best == lists.size() || docs[i][at[i]].rowid <= docs[best][at[best]].rowid))
                    best = i;
            if (best == lists.size())
                break;
            const Doc& d = docs[best][at[best]];
            for (std::size_t i = 0; i < lists.size(); ++i)
                if (i != best && at[i] < docs[i].size() && docs[i][at[i]].rowid == d.rowid)
                    ++at[i];
            if (out.empty() || d.rowid > last)
                appendDoc(out, last, d.rowid, std::string_view(lists[best]).substr(d.begin, d.end - d.begin));
            ++at[best];
        }
        if (out.empty())
            continue;
        insert.reset();
        insert.bind(1, merged).bind(2, gram).bindBlob(3, out);
        insert.run();
    }
    cursors.clear();
    for (const std::int64_t segment : segments)
        dropSegment(db, segment);
}

void mergeSmallSegments(Database& db)
{
    while (true) {
        std::vector<std::int64_t> segments;
        {
            auto level = db.prepare("SELECT level FROM search_segments WHERE level < ? GROUP BY level "
                                    "HAVING count(*) >= ? ORDER BY level LIMIT 1");
            level.bind(1, kFullClass).bind(2, kMergeFanIn);
            if (!level.step())
                return;
            auto st = db.prepare("SELECT id FROM search_segments WHERE level = ? ORDER BY min_rowid, id");
            st.bind(1, level.int64(0));
            while (st.step())
                segments.push_back(st.int64(0));
        }
        mergeSegments(db, segments);
    }
}

/// Finds a folded needle in the postings of one segment at a time.
class Matcher
{
public:
    Matcher(Database& db, const std::u32string& needle)
        : m_exact(db.prepare("SELECT data FROM search_postings WHERE segment = ? AND gram = ?")),
          m_range(db.prepare("SELECT data FROM search_postings WHERE segment = ? AND gram >= ? AND gram < ?"))
    {
        if (needle.size() >= 3) {
            for (std::size_t i = 0; i + 2 < needle.size(); ++i) {
                const Gram g = makeGram(needle[i], needle[i + 1], needle[i + 2]);
                auto it = std::find(m_grams.begin(), m_grams.end(), g);
                m_offsets.push_back(static_cast<std::size_t>(it - m_grams.begin()));
                if (it == m_grams.end())
                    m_grams.push_back(g);
            }
        } else {
            // One or two characters: every gram that starts with them.
            const char32_t a = needle[0];
            m_low = needle.size() == 1 ? makeGram(a, 0, 0) : makeGram(a, needle[1], 0);
            m_high = needle.size() == 1 ? makeGram(a + 1, 0, 0) : makeGram(a, needle[1] + 1, 0);
        }
        m_lists.resize(m_grams.size());
        m_docs.resize(m_grams.size());
        m_positions.resize(m_grams.size());
    }

    /// Calls `hit` with every row of `segment` whose text holds the needle, in rowid order.
    template <typename Hit> void match(std::int64_t segment, const Hit& hit)
    {
        if (m_grams.empty()) {
            matchPrefix(segment, hit);
            return;
        }
        for (std::size_t g = 0; g < m_grams.size(); ++g) {
            m_exact.reset();
            m_exact.bind(1, segment).bind(2, static_cast<std::int64_t>(m_grams[g]));
            if (!m_exact.step())
                return;
            m_lists[g] = m_exact.blobView(0);
            decodeDocs(m_lists[g], m_docs[g]);
        }
        // Rows that hold every gram, driven by the shortest list; then the grams in a row.
        std::size_t driver = 0;
        for (std::size_t g = 1; g < m_grams.size(); ++g)
            if (m_docs[g].size() < m_docs[driver].size())
                driver = g;
        std::vector<std::size_t> at(m_grams.size(), 0);
        std::vector<std::size_t> found(m_grams.size(), 0);
        for (const Doc& d : m_docs[driver]) {
            bool all = true;
            for (std::size_t g = 0; g < m_grams.size() && all; ++g) {
                auto& list = m_docs[g];
                const auto it =
                    std::lower_bound(list.begin() + static_cast<std::ptrdiff_t>(at[g]), list.end(), d.rowid,
                                     [](const Doc& x, std::int64_t r) { return x.rowid < r; });
                at[g] = static_cast<std::size_t>(it - list.begin());
                all = it != list.end() && it->rowid == d.rowid;
                found[g] = at[g];
            }
            if (all && inOrder(found))
                hit(d.rowid);
        }
    }

private:
    /// Whether the grams, found in one row at `found`, stand one after another there.
    bool inOrder(const std::vector<std::size_t>& found)
    {
        if (m_offsets.size() == 1)
            return true;
        for (std::size_t g = 0; g < m_grams.size(); ++g)
            decodePositions(m_lists[g], m_docs[g][found[g]], m_positions[g]);
        for (const std::int64_t start : m_positions[m_offsets[0]]) {
            bool all = true;
            for (std::size_t i = 1; i < m_offsets.size() && all; ++i) {
                const auto& p = m_positions[m_offsets[i]];
                all = std::binary_search(p.begin(), p.end(), start + static_cast<std::int64_t>(i));
            }
            if (all)
                return true;
        }
        return false;
    }

    template <typename Hit> void matchPrefix(std::int64_t segment, const Hit& hit)
    {
        m_rowids.clear();
        m_range.reset();
        m_range.bind(1, segment)
            .bind(2, static_cast<std::int64_t>(m_low))
            .bind(3, static_cast<std::int64_t>(m_high));
        std::vector<Doc> docs;
        while (m_range.step()) {
            decodeDocs(m_range.blobView(0), docs);
            for (const Doc& d : docs)
                m_rowids.push_back(d.rowid);
        }
        std::sort(m_rowids.begin(), m_rowids.end());
        m_rowids.erase(std::unique(m_rowids.begin(), m_rowids.end()), m_rowids.end());
        for (const std::int64_t r : m_rowids)
            hit(r);
    }

    Statement m_exact;
    Statement m_range;
    std::vector<Gram> m_grams;          ///< the needle's distinct grams
    std::vector<std::size_t> m_offsets; ///< for each character the needle's grams start at: its gram
    Gram m_low = 0, m_high = 0;         ///< one or two characters: the grams in [m_low, m_high)
    std::vector<std::string> m_lists;
    std::vector<std::vector<Doc>> m_docs;
    std::vector<std::vector<std::int64_t>> m_positions;
    std::vector<std::int64_t> m_rowids;
};

} // namespace

std::int64_t writeSegment(Database& db, const BuiltSegment& segment)
{
    if (segment.rows == 0)
        return 0;
    const std::int64_t id = insertSegment(db, segment.rows, segment.minRowid, segment.maxRowid);
    auto insert = db.prepare("INSERT INTO search_postings (segment, gram, data) VALUES (?, ?, ?)");
    for (const auto& [gram, bytes] : segment.lists) {
        insert.reset();
        insert.bind(1, id).bind(2, static_cast<std::int64_t>(gram)).bindBlob(3, bytes);
        insert.run();
    }
    return id;
}

// Folding --------------------------------------------------------------------------------------------

const Folding& Folding::of(Database& db)
{
    static Folding folding;
    static std::once_flag once;
    std::call_once(once, [&db] {
        auto& table = folding.m_table;
        table.resize(kFoldRange);
        for (char32_t c = 0; c < kFoldRange; ++c)
            table[c] = c >= 'A' && c <= 'Z' ? c + 32 : c;
        // Ask FTS5's trigram tokenizer: in every character followed by two spaces, each character
        // starts a trigram whose first character is the character folded.
        fts5_api* api = fts5Api(db.handle());
        void* context = nullptr;
        fts5_tokenizer tokenizer{};
        Fts5Tokenizer* instance = nullptr;
        if (!api || api->xFindTokenizer(api, "trigram", &context, &tokenizer) != SQLITE_OK ||
            tokenizer.xCreate(context, nullptr, 0, &instance) != SQLITE_OK)
            return;
        std::string text;
        std::vector<std::pair<int, char32_t>> starts; // byte offset, character
        for (char32_t c = 1; c < kFoldRange; ++c) {
            if (c >= 0xD800 && c <= 0xDFFF)
                continue;
            starts.emplace_back(static_cast<int>(text.size()), c);
            appendUtf8(text, c);
        }
        text += "  ";
        struct Context
        {
            std::vector<std::pair<int, char32_t>>* starts;
            std::vector<char32_t>* table;
        } ctx{&starts, &table};
        const auto onToken = [](void* p, int, const char* token, int size, int start, int) -> int {
            auto* c = static_cast<Context*>(p);
            const auto it =
                std::lower_bound(c->starts->begin(), c->starts->end(), std::make_pair(start, char32_t{0}));
            if (it == c->starts->end() || it->first != start || size <= 0)
                return SQLITE_OK;
            std::size_t i = 0;
            (*c->table)[it->second] = nextChar(std::string_view(token, static_cast<std::size_t>(size)), i);
            return SQLITE_OK;
        };
        tokenizer.xTokenize(instance, &ctx, FTS5_TOKENIZE_DOCUMENT, text.data(),
                            static_cast<int>(text.size()), onToken);
        tokenizer.xDelete(instance);
    });
    return folding;
}

void Folding::fold(std::string_view utf8, std::u32string& out) const
{
    out.clear();
    for (std::size_t i = 0; i < utf8.size();) {
        const char32_t c = nextChar(utf8, i);
        out.push_back(c < m_table.size() ? m_table[c] : c);
    }
}

// Catching up and finding ------------------------------------------------------------------------------

std::size_t catchUp(Database& db, Progress* progress)
{
    std::int64_t total = 0;
    {
        auto st = db.prepare("SELECT count(*) FROM search_pending");
        total = st.step() ? st.int64(0) : 0;
    }
    if (total == 0)
        return 0;
    // First what the postings hold of changed and deleted rows goes, all at once.
    {
        const Folding& folding = Folding::of(db);
        std::vector<Removal> removals;
        std::u32string chars;
        auto st = db.prepare("SELECT rowid, title, description, address FROM search_pending "
                             "WHERE title IS NOT NULL ORDER BY rowid");
        while (st.step()) {
            Removal& r = removals.emplace_back();
            r.rowid = st.int64(0);
            for (int column = 1; column <= 3; ++column)
                gramsOf(folding, st.textView(column), chars, r.grams);
            std::sort(r.grams.begin(), r.grams.end());
            r.grams.erase(std::unique(r.grams.begin(), r.grams.end()), r.grams.end());
        }
        removeRows(db, removals);
    }
    SegmentBuilder builder(Folding::of(db));
    std::size_t done = 0;
    {
        auto st = db.prepare("SELECT s.rowid, p.title, p.description, p.address FROM search_pending s "
                             "JOIN problems p ON p.rowid = s.rowid ORDER BY s.rowid");
        while (st.step()) {
            builder.add(st.int64(0), st.textView(1), st.textView(2), st.textView(3));
            if (builder.rows() >= kSegmentRows)
                writeSegment(db, builder.take());
            if (++done % kProgressStep == 0 && progress) {
                progress->report("index", static_cast<std::int64_t>(done), total);
                if (progress->cancelled())
                    throw SqlError{SQLITE_INTERRUPT, "cancelled"};
            }
        }
    }
    writeSegment(db, builder.take());
    db.exec("DELETE FROM search_pending");
    mergeSmallSegments(db);
    if (progress)
        progress->report("index", total, total);
    return done;
}

std::vector<std::int64_t> find(Database& db, std::string_view needle, std::int64_t limit, bool liveOnly)
{
    const Folding& folding = Folding::of(db);
    std::u32string chars;
    folding.fold(needle, chars);
    std::vector<std::int64_t> hits;
    if (chars.empty() || limit == 0)
        return hits;
    std::vector<std::int64_t> removed, pending;
    if (liveOnly) {
        // Two ranges of problems_point, which starts with `deleted`: no scan of every row.
        auto st = db.prepare("SELECT rowid FROM problems WHERE deleted > 0 UNION ALL "
                             "SELECT rowid FROM problems WHERE deleted < 0");
        while (st.step())
            removed.push_back(st.int64(0));
        std::sort(removed.begin(), removed.end());
    }
    {
        auto st = db.prepare("SELECT rowid FROM search_pending ORDER BY rowid");
        while (st.step())
            pending.push_back(st.int64(0));
    }
    const auto hit = [&](std::int64_t rowid) {
        if (!std::binary_search(pending.begin(), pending.end(), rowid) &&
            !std::binary_search(removed.begin(), removed.end(), rowid))
            hits.push_back(rowid);
    };
    Matcher matcher(db, chars);
    auto segments = db.prepare("SELECT id, min_rowid FROM search_segments ORDER BY min_rowid, id");
    while (segments.step()) {
        // Segments come in the order of their first rows: once `limit` rows below the next
        // segment's first are found, no later segment can bring a smaller one.
        if (limit > 0 && hits.size() >= static_cast<std::size_t>(limit)) {
            std::nth_element(hits.begin(), hits.begin() + (limit - 1), hits.end());
            if (segments.int64(1) > hits[static_cast<std::size_t>(limit - 1)])
                break;
        }
        matcher.match(segments.int64(0), hit);
    }
    // Rows whose postings are not as their text is now: read as they are.
    if (!pending.empty()) {
        auto st =
            db.prepare("SELECT p.rowid, p.title, p.description, p.address, p.deleted FROM search_pending s "
                       "JOIN problems p ON p.rowid = s.rowid");
        std::u32string text;
        while (st.step()) {
            if (liveOnly && st.int64(4) != 0)
                continue;
            for (int column = 1; column <= 3; ++column) {
                folding.fold(st.textView(column), text);
                if (text.find(chars) != std::u32string::npos) {
                    hits.push_back(st.int64(0));
                    break;
                }
            }
        }
    }
    std::sort(hits.begin(), hits.end());
    hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
    if (limit >= 0 && hits.size() > static_cast<std::size_t>(limit))
        hits.resize(static_cast<std::size_t>(limit));
    return hits;
}

} // namespace balgul::core::search
