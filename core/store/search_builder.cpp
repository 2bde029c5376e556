#include "core/store/search_builder.h"

#include <algorithm>
#include <utility>

namespace balgul::core::search {

namespace {

/// A column's characters take the positions after the previous column's and one more left unused,
/// so that no phrase runs from one text into the next.
constexpr std::int64_t kColumnGap = 1;

} // namespace

// SegmentBuilder ---------------------------------------------------------------------------------------

/// One gram's list while it is built: its state and where its bytes lie in the builder's blocks.
struct SegmentBuilder::Slot
{
    Gram key = 0; ///< gram + 1; 0: an empty slot
    std::int64_t lastRowid = 0;
    std::int64_t lastPosition = -1;
    std::uint32_t head = 0;
    std::uint32_t tail = 0;
    std::uint32_t fill = 0; ///< bytes used in the tail block
};

/// The bytes of the lists, in fixed blocks chained from a list's head to its tail: appending never
/// moves bytes, and the blocks are reused by the next segment.
struct SegmentBuilder::Block
{
    static constexpr std::size_t kBytes = 56;
    std::uint32_t next = 0;
    std::uint8_t bytes[kBytes];
};

namespace {

constexpr std::size_t kBlocksPerChunk = 16384;

std::size_t slotOf(Gram gram, std::size_t mask)
{
    return static_cast<std::size_t>((gram * 0x9E3779B97F4A7C15ull) >> 20) & mask;
}

std::size_t encodeVarint(std::uint64_t v, std::uint8_t* out)
{
    std::size_t n = 0;
    while (v >= 0x80) {
        out[n++] = static_cast<std::uint8_t>((v & 0x7F) | 0x80);
        v >>= 7;
    }
    out[n++] = static_cast<std::uint8_t>(v);
    return n;
}

} // namespace

SegmentBuilder::SegmentBuilder(const Folding& folding) : m_folding(folding), m_slots(1u << 16) {}

SegmentBuilder::~SegmentBuilder() = default;

SegmentBuilder::Block& SegmentBuilder::block(std::uint32_t index)
{
    return m_chunks[index / kBlocksPerChunk][index % kBlocksPerChunk];
}

std::uint32_t SegmentBuilder::newBlock()
{
    if (m_blocks == m_chunks.size() * kBlocksPerChunk)
        m_chunks.push_back(std::make_unique<Block[]>(kBlocksPerChunk));
    const auto index = static_cast<std::uint32_t>(m_blocks++);
    block(index).next = 0;
    return index;
}

void SegmentBuilder::append(Slot& slot, const std::uint8_t* bytes, std::size_t n)
{
    Block* tail = &block(slot.tail);
    for (std::size_t i = 0; i < n; ++i) {
        if (slot.fill == Block::kBytes) {
            const std::uint32_t next = newBlock();
            tail->next = next; // the chunk of `tail` never moves
            slot.tail = next;
            slot.fill = 0;
            tail = &block(next);
        }
        tail->bytes[slot.fill++] = bytes[i];
    }
}

SegmentBuilder::Slot& SegmentBuilder::slotFor(Gram gram)
{
    if ((m_lists + 1) * 2 > m_slots.size()) {
        std::vector<Slot> slots(m_slots.size() * 2);
        const std::size_t mask = slots.size() - 1;
        for (const Slot& old : m_slots) {
            if (old.key == 0)
                continue;
            std::size_t s = slotOf(old.key - 1, mask);
            while (slots[s].key != 0)
                s = (s + 1) & mask;
            slots[s] = old;
        }
        m_slots.swap(slots);
    }
    const std::size_t mask = m_slots.size() - 1;
    std::size_t s = slotOf(gram, mask);
    while (m_slots[s].key != 0) {
        if (m_slots[s].key == gram + 1)
            return m_slots[s];
        s = (s + 1) & mask;
    }
    Slot& slot = m_slots[s];
    slot.key = gram + 1;
    slot.head = slot.tail = newBlock();
    slot.fill = 0;
    slot.lastRowid = 0;
    slot.lastPosition = -1;
    ++m_lists;
    return slot;
}

std::int64_t SegmentBuilder::addColumn(std::int64_t rowid, std::string_view text, std::int64_t base)
{
    m_folding.fold(text, m_chars);
    const std::size_t n = m_chars.size();
    if (n == 0)
        return base;
    m_chars += U"  ";
    std::uint8_t bytes[24];
    for (std::size_t i = 0; i < n; ++i) {
        Slot& slot = slotFor(makeGram(m_chars[i], m_chars[i + 1], m_chars[i + 2]));
        std::size_t used = 0;
        if (slot.fill == 0 && slot.head == slot.tail) {
            // A new list: the row's id whole (zig-zag).
            used = encodeVarint(
                (static_cast<std::uint64_t>(rowid) << 1) ^ static_cast<std::uint64_t>(rowid >> 63), bytes);
            slot.lastRowid = rowid;
            slot.lastPosition = -1;
        } else if (slot.lastRowid != rowid) {
            bytes[used++] = 0;
            used += encodeVarint(static_cast<std::uint64_t>(rowid - slot.lastRowid), bytes + used);
            slot.lastRowid = rowid;
            slot.lastPosition = -1;
        }
        const std::int64_t position = base + static_cast<std::int64_t>(i);
        used += encodeVarint(static_cast<std::uint64_t>(position - slot.lastPosition), bytes + used);
        slot.lastPosition = position;
        append(slot, bytes, used);
    }
    return base + static_cast<std::int64_t>(n) + kColumnGap;
}

void SegmentBuilder::add(std::int64_t rowid, std::string_view title, std::string_view description,
                         std::string_view address)
{
    if (m_rows == 0)
        m_minRowid = rowid;
    m_maxRowid = rowid;
    ++m_rows;
    std::int64_t base = addColumn(rowid, title, 0);
    base = addColumn(rowid, description, base);
    addColumn(rowid, address, base);
}

BuiltSegment SegmentBuilder::take()
{
    BuiltSegment segment;
    if (m_rows == 0)
        return segment;
    segment.rows = static_cast<std::int64_t>(m_rows);
    segment.minRowid = m_minRowid;
    segment.maxRowid = m_maxRowid;
    std::vector<const Slot*> lists;
    lists.reserve(m_lists);
    for (const Slot& slot : m_slots)
        if (slot.key != 0)
            lists.push_back(&slot);
    std::sort(lists.begin(), lists.end(), [](const Slot* a, const Slot* b) { return a->key < b->key; });
    segment.lists.reserve(lists.size());
    for (const Slot* slot : lists) {
        std::string& bytes = segment.lists.emplace_back(slot->key - 1, std::string()).second;
        for (std::uint32_t b = slot->head;; b = block(b).next) {
            const Block& at = block(b);
            const bool last = b == slot->tail;
            bytes.append(reinterpret_cast<const char*>(at.bytes), last ? slot->fill : Block::kBytes);
            if (last)
                break;
        }
    }
    std::fill(m_slots.begin(), m_slots.end(), Slot{});
    m_lists = 0;
    m_blocks = 0;
    m_rows = 0;
    return segment;
}

// BackgroundSegmentBuilder -----------------------------------------------------------------------------

namespace {

/// Rows handed to the thread at a time, and batches that may wait for it.
constexpr std::size_t kBatchRows = 1024;
constexpr std::size_t kMaxWaitingBatches = 8;

} // namespace

BackgroundSegmentBuilder::BackgroundSegmentBuilder(const Folding& folding, std::size_t segmentRows)
    : m_builder(folding), m_segmentRows(segmentRows), m_batches(kMaxWaitingBatches),
      m_thread([this] { run(); })
{}

BackgroundSegmentBuilder::~BackgroundSegmentBuilder()
{
    m_batches.stop();
    if (m_thread.joinable())
        m_thread.join();
}

void BackgroundSegmentBuilder::add(std::int64_t rowid, std::string_view title, std::string_view description,
                                   std::string_view address)
{
    Batch& batch = m_filling;
    batch.rowids.push_back(rowid);
    for (const std::string_view text : {title, description, address}) {
        batch.text.append(text);
        batch.ends.push_back(static_cast<std::uint32_t>(batch.text.size()));
    }
    if (batch.rowids.size() >= kBatchRows)
        hand(std::exchange(m_filling, Batch{}));
}

void BackgroundSegmentBuilder::hand(Batch&& batch)
{
    // Refused only once the thread stopped on an error, which finish() reports.
    if (!batch.rowids.empty())
        m_batches.put(std::move(batch));
}

std::vector<BuiltSegment> BackgroundSegmentBuilder::ready()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_done, {});
}

std::vector<BuiltSegment> BackgroundSegmentBuilder::finish()
{
    hand(std::exchange(m_filling, Batch{}));
    m_batches.finish();
    if (m_thread.joinable())
        m_thread.join();
    if (m_error)
        std::rethrow_exception(m_error);
    return std::exchange(m_done, {});
}

void BackgroundSegmentBuilder::run()
{
    try {
        while (auto batch = m_batches.take()) {
            std::size_t from = 0;
            const std::string_view text(batch->text);
            for (std::size_t row = 0; row < batch->rowids.size(); ++row) {
                const std::size_t title = batch->ends[row * 3];
                const std::size_t description = batch->ends[row * 3 + 1];
                const std::size_t address = batch->ends[row * 3 + 2];
                m_builder.add(batch->rowids[row], text.substr(from, title - from),
                              text.substr(title, description - title),
                              text.substr(description, address - description));
                from = address;
                if (m_builder.rows() >= m_segmentRows) {
                    BuiltSegment segment = m_builder.take();
                    std::lock_guard lock(m_mutex);
                    m_done.push_back(std::move(segment));
                }
            }
        }
        // Finished (every batch handed over is built), or stopped (what is built is dropped).
        BuiltSegment last = m_builder.take();
        if (last.rows > 0) {
            std::lock_guard lock(m_mutex);
            m_done.push_back(std::move(last));
        }
    } catch (...) {
        {
            std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
        }
        m_batches.stop(); // a caller waiting for room goes on; finish() rethrows
    }
}

} // namespace balgul::core::search
