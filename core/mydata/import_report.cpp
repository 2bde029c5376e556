// The MyData import report (text and JSON), the cutting of readings into UTC-day blocks, and the
// chunked file source the importers' streaming parsers read.

#include "core/mydata/import_report.h"

#include "core/util/json_writer.h"
#include "core/util/progress.h"
#include "core/util/time.h"
#include "core/util/time_zone.h"

#include <Poco/SAX/ContentHandler.h>
#include <Poco/SAX/InputSource.h>
#include <Poco/SAX/SAXException.h>
#include <Poco/SAX/SAXParser.h>

#include <algorithm>
#include <istream>

namespace balgul::core::mydata {

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::size_t kChunk = 64 * 1024;

std::int64_t dayOf(std::int64_t t)
{
    return t >= 0 ? t / kDay : -((-t + kDay - 1) / kDay);
}

std::string utcText(std::int64_t seconds)
{
    return toIso8601(fromUnixMs(seconds * 1000));
}

// "2012-04-01T00:00:00-04:00": local wall-clock seconds with their offset.
std::string localText(std::int64_t localSeconds, int offset)
{
    std::string text = utcText(localSeconds);
    if (!text.empty() && text.back() == 'Z')
        text.pop_back();
    return text + formatUtcOffset(offset);
}

} // namespace

// The report --------------------------------------------------------------------------------------

void ImportReport::skip(std::string_view reason, std::string_view field, long line, std::string_view detail)
{
    ++skipped;
    ImportIssue* found = nullptr;
    for (ImportIssue& i : issues)
        if (i.reason == reason && i.field == field)
            found = &i;
    if (!found && issues.size() >= kIssueKinds) {
        // Past so many kinds (an export with many record types), further fields count together.
        for (ImportIssue& i : issues)
            if (i.reason == reason && i.field == "(other)")
                found = &i;
        if (!found) {
            issues.push_back({std::string(reason), "(other)", "", 0, {}});
            found = &issues.back();
        }
    }
    if (!found) {
        issues.push_back({std::string(reason), std::string(field), "", 0, {}});
        found = &issues.back();
    }
    if (found->count == 0)
        found->message =
            (line > 0 ? "line " + std::to_string(line) + ": " : std::string()) + std::string(detail);
    ++found->count;
    if (found->lines.size() < kIssueLines)
        found->lines.push_back(line);
}

const ImportIssue* ImportReport::issue(std::string_view reason, std::string_view field) const
{
    for (const ImportIssue& i : issues)
        if (i.reason == reason && (field.empty() || i.field == field))
            return &i;
    return nullptr;
}

std::int64_t ImportReport::skippedFor(std::string_view reason) const
{
    std::int64_t n = 0;
    for (const ImportIssue& i : issues)
        if (i.reason == reason)
            n += i.count;
    return n;
}

std::string ImportReport::toText() const
{
    std::string out = file + " (" + format + ")\nread " + std::to_string(read) + ", kept " +
                      std::to_string(kept) + ", skipped " + std::to_string(skipped);
    if (dividedAtMidnight > 0)
        out += "; divided at a UTC midnight " + std::to_string(dividedAtMidnight);
    if (untimedPoints > 0)
        out += "; points without a time " + std::to_string(untimedPoints);
    out += "\n";
    if (periodEnd > 0 || periodStart > 0) {
        out += "period " + utcText(periodStart) + " – " + utcText(periodEnd);
        if (local)
            out += " (local " + localText(local->start, local->startOffset) + " – " +
                   localText(local->end, local->endOffset) + ")";
        out += "\n";
    }
    for (const CategoryFound& c : categories)
        out += "  " + std::string(toString(c.category)) + (c.unit.empty() ? "" : " [" + c.unit + "]") + ": " +
               std::to_string(c.readings) + (c.category == Category::Mobility ? " points" : " readings") +
               " in " + std::to_string(c.blocks) + " blocks\n";
    for (const ImportIssue& i : issues) {
        out += "  skipped " + i.reason + (i.field.empty() ? "" : " (" + i.field + ")") + " ×" +
               std::to_string(i.count) + " (lines";
        for (long l : i.lines)
            out += " " + std::to_string(l);
        out += i.count > static_cast<std::int64_t>(i.lines.size()) ? " …): " : "): ";
        out += i.message + "\n";
    }
    for (const std::string& n : notes)
        out += "  note: " + n + "\n";
    return out;
}

std::string ImportReport::toJson() const
{
    std::string issueList = "[";
    for (const ImportIssue& i : issues) {
        std::string lineList = "[";
        for (long l : i.lines)
            lineList += (lineList.size() > 1 ? "," : "") + std::to_string(l);
        lineList += "]";
        JsonObjectWriter w;
        w.add("reason", i.reason)
            .add("field", i.field)
            .add("message", i.message)
            .add("count", i.count)
            .addRaw("lines", lineList);
        issueList += (issueList.size() > 1 ? "," : "") + w.str();
    }
    issueList += "]";
    std::string categoryList = "[";
    for (const CategoryFound& c : categories) {
        JsonObjectWriter w;
        w.add("category", toString(c.category))
            .add("unit", c.unit)
            .add("readings", c.readings)
            .add("blocks", c.blocks);
        categoryList += (categoryList.size() > 1 ? "," : "") + w.str();
    }
    categoryList += "]";
    std::string noteList = "[";
    for (const std::string& n : notes)
        noteList += (noteList.size() > 1 ? "," : "") + jsonQuote(n);
    noteList += "]";
    JsonObjectWriter w;
    w.add("file", file)
        .add("format", format)
        .add("read", read)
        .add("kept", kept)
        .add("skipped", skipped)
        .add("divided_at_midnight", dividedAtMidnight)
        .add("untimed_points", untimedPoints)
        .add("period_start", periodStart)
        .add("period_end", periodEnd);
    if (local) {
        JsonObjectWriter l;
        l.add("start", localText(local->start, local->startOffset))
            .add("end", localText(local->end, local->endOffset));
        w.addRaw("local_period", l.str());
    }
    w.addRaw("categories", categoryList).addRaw("issues", issueList).addRaw("notes", noteList);
    return w.str();
}

// Day blocks --------------------------------------------------------------------------------------

bool isAdditive(Category category)
{
    return category != Category::HeartRate && category != Category::Mobility;
}

RecordBlock* BlockBuilder::blockFor(const Key& key, Category category, const std::string& unit)
{
    auto it = m_blocks.find(key);
    if (it == m_blocks.end()) {
        RecordBlock block;
        block.category = category;
        block.unit = unit;
        it = m_blocks.emplace(key, std::move(block)).first;
    }
    return &it->second;
}

void BlockBuilder::add(Category category, const std::string& unit, const Interval& reading)
{
    Tally& tally = m_tally[{category, unit}];
    ++tally.readings;
    const std::int64_t end = reading.start + reading.duration;
    m_first = m_first ? std::min(*m_first, reading.start) : reading.start;
    m_last = m_last ? std::max(*m_last, end) : end;
    const bool keep = tally.readings <= static_cast<std::int64_t>(std::min<std::size_t>(m_keep, INT64_MAX));
    const std::int64_t firstDay = dayOf(reading.start);
    if (reading.duration == 0 || end <= (firstDay + 1) * kDay) {
        tally.days.insert(firstDay);
        if (keep)
            blockFor({category, unit, firstDay}, category, unit)->intervals.push_back(reading);
        return;
    }
    ++m_divided;
    const bool additive = isAdditive(category);
    double remaining = reading.value;
    for (std::int64_t t = reading.start; t < end;) {
        const std::int64_t day = dayOf(t);
        const std::int64_t pieceEnd = std::min((day + 1) * kDay, end);
        Interval piece{t, pieceEnd - t, reading.value};
        if (additive) {
            // The last piece takes what is left, so the pieces add up to the reading.
            piece.value = pieceEnd == end ? remaining
                                          : reading.value * (static_cast<double>(pieceEnd - t) /
                                                             static_cast<double>(reading.duration));
            remaining -= piece.value;
        }
        tally.days.insert(day);
        if (keep)
            blockFor({category, unit, day}, category, unit)->intervals.push_back(piece);
        t = pieceEnd;
    }
}

void BlockBuilder::addPoint(const TrackPoint& point)
{
    Tally& tally = m_tally[{Category::Mobility, std::string()}];
    ++tally.readings;
    // Points without a time share one block, ahead of the days (day -1 sorts first: times are >= 0).
    const std::int64_t day = point.time ? dayOf(*point.time) : -1;
    tally.days.insert(day);
    if (point.time) {
        m_first = m_first ? std::min(*m_first, *point.time) : *point.time;
        m_last = m_last ? std::max(*m_last, *point.time) : *point.time;
    }
    if (tally.readings <= static_cast<std::int64_t>(std::min<std::size_t>(m_keep, INT64_MAX)))
        blockFor({Category::Mobility, std::string(), day}, Category::Mobility, std::string())
            ->points.push_back(point);
}

std::vector<RecordBlock> BlockBuilder::finish(ImportReport& report)
{
    std::vector<RecordBlock> blocks;
    blocks.reserve(m_blocks.size());
    for (auto& [key, block] : m_blocks) {
        if (block.category == Category::Mobility) {
            bool first = true;
            for (const TrackPoint& p : block.points) {
                if (!p.time)
                    continue;
                block.start = first ? *p.time : std::min(block.start, *p.time);
                block.end = first ? *p.time : std::max(block.end, *p.time);
                first = false;
            }
        } else {
            std::stable_sort(block.intervals.begin(), block.intervals.end(),
                             [](const Interval& a, const Interval& b) { return a.start < b.start; });
            block.start = block.intervals.front().start;
            block.end = block.start;
            for (const Interval& i : block.intervals)
                block.end = std::max(block.end, i.start + i.duration);
        }
        blocks.push_back(std::move(block));
    }
    m_blocks.clear();
    report.categories.clear();
    report.kept = 0;
    for (const auto& [key, tally] : m_tally) {
        report.categories.push_back(
            {key.first, key.second, tally.readings, static_cast<std::int64_t>(tally.days.size())});
        report.kept += tally.readings;
    }
    report.dividedAtMidnight = m_divided;
    report.periodStart = m_first.value_or(0);
    report.periodEnd = m_last.value_or(0);
    return blocks;
}

// The chunked source ------------------------------------------------------------------------------

ChunkedSource::ChunkedSource(Progress* progress, bool dropDoctype)
    : m_progress(progress), m_state(dropDoctype ? State::Prolog : State::Body)
{
    m_in.resize(kChunk);
}

ChunkedSource::ChunkedSource(std::string_view bytes, Progress* progress, bool dropDoctype)
    : ChunkedSource(progress, dropDoctype)
{
    m_memory = bytes;
    m_total = static_cast<std::int64_t>(bytes.size());
}

Result<std::unique_ptr<ChunkedSource>> ChunkedSource::open(const std::string& path, Progress* progress,
                                                           bool dropDoctype)
{
    std::unique_ptr<ChunkedSource> source(new ChunkedSource(progress, dropDoctype));
    source->m_file.open(path, std::ios::binary);
    if (!source->m_file)
        return Error::make("cannot_open", "the file cannot be opened").at(path);
    source->m_file.seekg(0, std::ios::end);
    source->m_total = static_cast<std::int64_t>(source->m_file.tellg());
    source->m_file.seekg(0, std::ios::beg);
    if (!source->m_file || source->m_total < 0)
        return Error::make("cannot_open", "the file cannot be read").at(path);
    return source;
}

bool ChunkedSource::doctypeUnterminated() const
{
    return m_atEnd && m_state != State::Body && m_state != State::Prolog && m_state != State::Lt &&
           m_state != State::Bang && m_state != State::Passing;
}

bool ChunkedSource::readChunk(std::size_t& got)
{
    got = 0;
    if (m_atEnd)
        return false;
    if (m_progress && m_progress->cancelled()) {
        m_cancelled = true;
        m_atEnd = true;
        return false;
    }
    if (m_file.is_open()) {
        m_file.read(m_in.data(), static_cast<std::streamsize>(m_in.size()));
        got = static_cast<std::size_t>(m_file.gcount());
    } else {
        got = std::min(m_in.size(), m_memory.size() - m_memoryPos);
        std::copy_n(m_memory.data() + m_memoryPos, got, m_in.data());
        m_memoryPos += got;
    }
    if (got == 0) {
        m_atEnd = true;
        return false;
    }
    m_done += static_cast<std::int64_t>(got);
    if (m_progress)
        m_progress->report("read", m_done, m_total);
    return true;
}

void ChunkedSource::filter(std::string_view in)
{
    const auto tail = [this](char c, std::string_view end) {
        // Keeps the last few characters, to see the end of a comment or instruction.
        m_pending.push_back(c);
        if (m_pending.size() > end.size())
            m_pending.erase(0, m_pending.size() - end.size());
        return m_pending == end;
    };
    for (std::size_t i = 0; i < in.size(); ++i) {
        const char c = in[i];
        const bool newline = c == '\n';
        switch (m_state) {
        case State::Body:
            m_out.append(in.substr(i));
            return;
        case State::Prolog:
            if (c == '<') {
                m_pending = "<";
                m_state = State::Lt;
            } else {
                m_out.push_back(c);
            }
            break;
        case State::Lt:
            if (c == '!') {
                m_pending.push_back(c);
                m_state = State::Bang;
            } else {
                m_out += m_pending;
                m_out.push_back(c);
                m_pending.clear();
                m_terminator = "?>";
                m_state = c == '?' ? State::Passing : State::Body;
            }
            break;
        case State::Bang: {
            m_pending.push_back(c);
            constexpr std::string_view kDoctype = "<!DOCTYPE";
            constexpr std::string_view kComment = "<!--";
            if (m_pending == kDoctype) {
                m_pending.clear();
                m_state = State::Doctype;
            } else if (m_pending == kComment) {
                m_out += m_pending;
                m_pending.clear();
                m_terminator = "-->";
                m_state = State::Passing;
            } else if (!kDoctype.starts_with(m_pending) && !kComment.starts_with(m_pending)) {
                // Something else: the parser says what is wrong with it.
                m_out += m_pending;
                m_pending.clear();
                m_state = State::Body;
            }
            break;
        }
        case State::Passing:
            m_out.push_back(c);
            if (tail(c, m_terminator)) {
                m_pending.clear();
                m_state = State::Prolog;
            }
            break;
        case State::Doctype:
            if (c == '"' || c == '\'') {
                m_quote = c;
                m_state = State::DoctypeQuote;
            } else if (c == '[') {
                m_state = State::Subset;
            } else if (c == '>') {
                m_state = State::Prolog;
            }
            break;
        case State::DoctypeQuote:
            if (c == m_quote)
                m_state = State::Doctype;
            break;
        case State::Subset:
            if (c == ']') {
                m_pending.clear();
                m_state = State::SubsetEnd;
            } else if (tail(c, "<!--")) {
                m_pending.clear();
                m_state = State::SubsetComment;
            }
            break;
        case State::SubsetComment:
            if (tail(c, "-->")) {
                m_pending.clear();
                m_state = State::Subset;
            }
            break;
        case State::SubsetEnd:
            if (c == '>')
                m_state = State::Prolog;
            else if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ']')
                m_state = State::Subset; // a ']' inside the subset (a broken declaration)
            break;
        }
        // Whatever is dropped keeps its line breaks, so the parser's lines stay the file's.
        if (newline &&
            (m_state == State::Doctype || m_state == State::DoctypeQuote || m_state == State::Subset ||
             m_state == State::SubsetComment || m_state == State::SubsetEnd))
            m_out.push_back('\n');
    }
}

ChunkedSource::int_type ChunkedSource::underflow()
{
    if (gptr() < egptr())
        return traits_type::to_int_type(*gptr());
    m_out.clear();
    std::size_t got = 0;
    while (m_out.empty()) {
        if (!readChunk(got)) {
            // At the end, bytes held back in the prolog ("<", "<!DOC") go to the parser as they were.
            if (m_state == State::Lt || m_state == State::Bang) {
                m_out.swap(m_pending);
                m_state = State::Body;
            }
            if (m_out.empty())
                return traits_type::eof();
            break;
        }
        filter(std::string_view(m_in.data(), got));
    }
    setg(m_out.data(), m_out.data(), m_out.data() + m_out.size());
    return traits_type::to_int_type(*gptr());
}

std::optional<Error> parseXml(ChunkedSource& source, Poco::XML::ContentHandler& handler,
                              const std::string& name)
{
    std::optional<Error> error;
    std::istream in(&source);
    try {
        Poco::XML::SAXParser parser;
        parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, true);
        parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_GENERAL_ENTITIES, false);
        parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_PARAMETER_ENTITIES, false);
        parser.setContentHandler(&handler);
        Poco::XML::InputSource input(in);
        parser.parse(&input);
    } catch (const Poco::XML::SAXParseException& e) {
        error = Error::make("invalid_xml", "broken XML: " + e.message()).at(name, e.getLineNumber());
    } catch (const Poco::Exception& e) {
        error = Error::make("invalid_xml", "the file cannot be read as XML: " + e.displayText()).at(name);
    }
    if (source.cancelled())
        return Error::make("cancelled", "the import was cancelled").at(name);
    return error;
}

} // namespace balgul::core::mydata
