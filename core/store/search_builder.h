#pragma once

// The search index's segments built in memory (search_index.h), on the caller's thread or on one of
// their own beside a bulk write; used by the store's files only.

#include "core/store/search_index.h"

#include "core/util/batch_queue.h"

#include <cstddef>
#include <cstdint>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace balgul::core::search {

/// Rows in ascending rowid order, their postings collected in memory until take() hands them over as
/// one segment. Touches no database: a builder may run on any one thread.
class SegmentBuilder
{
public:
    explicit SegmentBuilder(const Folding& folding);
    ~SegmentBuilder();
    SegmentBuilder(const SegmentBuilder&) = delete;
    SegmentBuilder& operator=(const SegmentBuilder&) = delete;

    /// Adds a row's texts; rowids must grow from one call to the next.
    void add(std::int64_t rowid, std::string_view title, std::string_view description,
             std::string_view address);
    std::size_t rows() const { return m_rows; }
    /// The rows added since the last take(), as a segment with its lists sorted by gram (no rows:
    /// an empty one), and the builder empty again.
    BuiltSegment take();

private:
    struct Slot;
    struct Block;
    Slot& slotFor(Gram gram);
    Block& block(std::uint32_t index);
    std::uint32_t newBlock();
    void append(Slot& slot, const std::uint8_t* bytes, std::size_t n);
    /// Adds one text whose characters take the positions from `base`; returns the next text's base.
    std::int64_t addColumn(std::int64_t rowid, std::string_view text, std::int64_t base);

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

/// A SegmentBuilder on a thread of its own, so that a bulk write's rows are indexed beside their
/// writing: add() hands rows over in batches, segments of `segmentRows` rows come back from
/// ready(), the last ones from finish(). Writing them stays with the caller (one connection, one
/// thread). At most a few batches wait at a time: add() waits when the builder is behind.
class BackgroundSegmentBuilder
{
public:
    BackgroundSegmentBuilder(const Folding& folding, std::size_t segmentRows);
    /// Stops the thread; segments not taken are dropped.
    ~BackgroundSegmentBuilder();
    BackgroundSegmentBuilder(const BackgroundSegmentBuilder&) = delete;
    BackgroundSegmentBuilder& operator=(const BackgroundSegmentBuilder&) = delete;

    /// Copies a row's texts for the builder; rowids must grow from one call to the next.
    void add(std::int64_t rowid, std::string_view title, std::string_view description,
             std::string_view address);
    /// Segments built so far, in rowid order; never waits.
    std::vector<BuiltSegment> ready();
    /// Every row added, built: the segments not taken yet and the last, partial one. Waits for the
    /// thread; rethrows what it threw (std::bad_alloc). The builder takes no rows after this.
    std::vector<BuiltSegment> finish();

private:
    struct Batch
    {
        std::vector<std::int64_t> rowids;
        std::vector<std::uint32_t> ends; ///< three per row: where title, description, address end
        std::string text;
    };
    void run();
    void hand(Batch&& batch);

    SegmentBuilder m_builder; ///< used by the thread only
    const std::size_t m_segmentRows;
    Batch m_filling; ///< the caller's batch being filled

    BatchQueue<Batch> m_batches; ///< from the caller to the thread
    std::mutex m_mutex;          ///< guards what the thread hands back:
    std::vector<BuiltSegment> m_done;
    std::exception_ptr m_error;
    std::thread m_thread; ///< last: started when everything above is ready
};

} // namespace balgul::core::search
