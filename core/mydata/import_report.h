#pragma once

// What the MyData importers (Green Button, Apple Health, GPX, mapped CSV) share: the report of an
// import, the cutting of readings into RecordBlocks of one UTC day, and the chunked file source
// their streaming parsers read from. The report names lines and fields, never a value read.

#include "core/mydata/record.h"
#include "core/util/result.h"

#include <cstdint>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <streambuf>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace Poco::XML {
class ContentHandler;
}

namespace balgul::core {
class Progress;
}

namespace balgul::core::mydata {

/// One reason readings were skipped: how often, and where first.
struct ImportIssue
{
    std::string reason;  ///< a stable word: no_start, bad_time, bad_number, other_type, ...
    std::string field;   ///< the element, attribute or column to blame ("" when none is)
    std::string message; ///< English detail of the first occurrence ("line 12: the value is not a number")
    std::int64_t count = 0;
    std::vector<long> lines; ///< the first few lines (0 when the source has none)
};

/// A category an import found.
struct CategoryFound
{
    Category category = Category::Electricity;
    std::string unit;
    std::int64_t readings = 0; ///< readings or points kept
    std::int64_t blocks = 0;   ///< UTC days (blocks) they fill
};

/// A stretch of local wall-clock time: seconds counted as if UTC, with the offsets in effect.
struct LocalPeriod
{
    std::int64_t start = 0;
    std::int64_t end = 0;
    int startOffset = 0; ///< seconds east of UTC at the start
    int endOffset = 0;
};

/// What an import read, kept and skipped. read == kept + skipped.
struct ImportReport
{
    std::string file;
    std::string format;       ///< "greenbutton", "apple_health", "gpx", "csv"
    std::int64_t read = 0;    ///< readings, samples, track points or data rows in the file
    std::int64_t kept = 0;    ///< of those, the ones the blocks hold
    std::int64_t skipped = 0; ///< of those, the ones left out (see issues)
    /// Kept readings that ran past a UTC midnight and were divided there (sums in proportion to
    /// the seconds on each side, rates kept on both).
    std::int64_t dividedAtMidnight = 0;
    std::int64_t untimedPoints = 0; ///< GPX: kept points without a time (one block of their own)
    std::vector<ImportIssue> issues;
    std::vector<std::string> notes; ///< things read but not trusted, e.g. a DST rule that makes no sense
    std::vector<CategoryFound> categories;
    std::int64_t periodStart = 0;     ///< UTC seconds: the first kept reading's start (0 when none)
    std::int64_t periodEnd = 0;       ///< UTC seconds: the last kept reading's end
    std::optional<LocalPeriod> local; ///< Green Button: the period in the feed's local time

    /// Counts one skipped reading; the first few lines of each (reason, field) are kept.
    /// `detail` must not hold a value from the file.
    void skip(std::string_view reason, std::string_view field, long line, std::string_view detail);
    /// The issue of `reason` (and `field`, when given); nullptr when there is none.
    const ImportIssue* issue(std::string_view reason, std::string_view field = {}) const;
    /// Readings skipped for `reason`, every field together.
    std::int64_t skippedFor(std::string_view reason) const;
    /// A few lines for a person: counts, the period, the categories, one line per issue.
    std::string toText() const;
    std::string toJson() const;
};

/// How many line numbers an issue keeps, and how many (reason, field) pairs a report names before
/// it counts further fields under "(other)".
inline constexpr std::size_t kIssueLines = 5;
inline constexpr std::size_t kIssueKinds = 64;

/// Readings earlier or later than this are refused as times (year 9999 is the last).
inline constexpr std::int64_t kLatestTime = 253402300799;
/// A reading longer than this (400 days) is refused (`bad_duration`).
inline constexpr std::int64_t kLongestReading = 400LL * 86400;

/// True for the categories whose values add up over time (energy, gas, steps, distance); a heart
/// rate is a rate, kept as it is on both sides of a midnight.
bool isAdditive(Category category);

/// Gathers one import's readings and cuts them into RecordBlocks of one category, unit and UTC
/// day. A reading that runs past a UTC midnight is divided there (see ImportReport). Track points
/// with a time go to their UTC day's block in the order they came; points without one go to one
/// block with start = end = 0.
class BlockBuilder
{
public:
    /// `keepPerCategory` bounds what is kept of each category (a preview keeps a few readings and
    /// counts the rest); the default keeps everything.
    explicit BlockBuilder(std::size_t keepPerCategory = SIZE_MAX) : m_keep(keepPerCategory) {}

    /// A reading of a category other than Mobility: start in [0, kLatestTime], duration in
    /// [0, kLongestReading], a finite value (the importers check these first).
    void add(Category category, const std::string& unit, const Interval& reading);
    /// A track point (Mobility).
    void addPoint(const TrackPoint& point);

    /// The blocks, by category, unit and start (for Mobility, the block of untimed points first).
    /// Sets the report's kept count, categories, period and dividedAtMidnight.
    std::vector<RecordBlock> finish(ImportReport& report);

private:
    using Key = std::tuple<Category, std::string, std::int64_t>; ///< category, unit, UTC day
    struct Tally
    {
        std::int64_t readings = 0;
        std::set<std::int64_t> days;
    };
    RecordBlock* blockFor(const Key& key, Category category, const std::string& unit);

    std::size_t m_keep;
    std::map<Key, RecordBlock> m_blocks;
    std::map<std::pair<Category, std::string>, Tally> m_tally;
    std::int64_t m_divided = 0;
    std::optional<std::int64_t> m_first, m_last;
};

/// A file read in chunks (64 KiB) for a streaming parser, so a file of any size takes fixed memory.
/// It reports the bytes read to a Progress ("read") and ends early when the Progress is cancelled
/// (the parser sees the end of the file; cancelled() tells why). With `dropDoctype` it leaves out
/// an XML file's document type declaration, internal subset and all, keeping its line breaks so
/// lines keep their numbers: Apple Health's is broken in some exports and nothing in it is needed.
class ChunkedSource : public std::streambuf
{
public:
    /// Errors: `cannot_open`.
    static Result<std::unique_ptr<ChunkedSource>> open(const std::string& path, Progress* progress,
                                                       bool dropDoctype);
    /// The same over bytes in memory (not copied: they must outlive the source).
    ChunkedSource(std::string_view bytes, Progress* progress, bool dropDoctype);

    bool cancelled() const { return m_cancelled; }
    /// True when the file ended inside the document type declaration (all of the rest was dropped).
    bool doctypeUnterminated() const;

protected:
    int_type underflow() override;

private:
    enum class State
    {
        Prolog,        ///< before the root element
        Lt,            ///< after '<' in the prolog
        Bang,          ///< after "<!" in the prolog, reading the keyword
        Passing,       ///< a comment or processing instruction in the prolog, passed on
        Doctype,       ///< inside <!DOCTYPE, before '[' or '>'
        DoctypeQuote,  ///< a quoted literal before the internal subset
        Subset,        ///< inside the internal subset
        SubsetComment, ///< a comment inside the internal subset
        SubsetEnd,     ///< after the subset's ']', waiting for '>'
        Body,          ///< from the root element on: everything passes unchanged
    };
    ChunkedSource(Progress* progress, bool dropDoctype);
    bool readChunk(std::size_t& got);
    void filter(std::string_view in);

    std::ifstream m_file;
    std::string_view m_memory;
    std::size_t m_memoryPos = 0;
    std::int64_t m_total = -1;
    std::int64_t m_done = 0;
    Progress* m_progress = nullptr;
    bool m_cancelled = false;
    bool m_atEnd = false;
    State m_state = State::Body;
    std::string m_pending; ///< bytes of a construct not yet decided ("<!DOC…", "--" of a comment end)
    std::string_view m_terminator; ///< what ends the comment or instruction being passed on
    char m_quote = 0;
    std::vector<char> m_in;
    std::string m_out;
};

/// Runs a namespace-aware SAX parse of `source` into `handler`, with external entities off. Returns
/// `cancelled`, or the parser's `invalid_xml` naming `name` and the line; nullopt when the document
/// was read through. Errors the handler itself finds are the caller's to report.
std::optional<Error> parseXml(ChunkedSource& source, Poco::XML::ContentHandler& handler,
                              const std::string& name);

/// What an importer gives: the blocks for the vault (stored in one transaction) and the report.
struct ImportedRecords
{
    std::vector<RecordBlock> blocks;
    ImportReport report;
};

/// What a preview gives: the report of the whole file and, for each category, the first few
/// readings as they would be stored.
struct RecordPreview
{
    std::vector<RecordBlock> sample;
    ImportReport report;
};

} // namespace balgul::core::mydata
