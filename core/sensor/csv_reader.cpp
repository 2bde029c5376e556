#include "core/sensor/csv_reader.h"

#include "core/io/io_support.h"
#include "core/util/text.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <filesystem>
#include <iconv.h>

namespace balgul::core::sensor {

namespace {

constexpr std::size_t kChunk = 1 << 20;
constexpr std::size_t kDetectBytes = 64 * 1024;

/// Where a scan of a record stands with respect to quotes.
struct QuoteState
{
    bool inQuotes = false;
    bool atFieldStart = true;
};

// Advances `state` over text[from, to). A quote opens a quoted field only at the field's start;
// inside one, `""` is a literal quote.
void scanQuotes(std::string_view text, std::size_t from, std::size_t to, char separator, QuoteState& state)
{
    for (std::size_t i = from; i < to; ++i) {
        const char c = text[i];
        if (state.inQuotes) {
            if (c == '"') {
                if (i + 1 < to && text[i + 1] == '"')
                    ++i;
                else
                    state.inQuotes = false;
            }
        } else if (c == '"' && state.atFieldStart) {
            state.inQuotes = true;
            state.atFieldStart = false;
        } else {
            state.atFieldStart = c == separator;
        }
    }
}

// Splits a record with quotes: unescaped field text goes to `store` (capacity reserved first, so the
// views stay valid). False when a quoted field is still open at the end.
bool parseQuoted(std::string_view text, char separator, std::vector<std::string_view>& fields,
                 std::string& store)
{
    fields.clear();
    store.clear();
    store.reserve(text.size() + 1);
    std::size_t start = 0;
    bool quoted = false;
    bool inQuotes = false;
    bool fieldEmpty = true;
    auto finish = [&] {
        fields.emplace_back(store.data() + start, store.size() - start);
        start = store.size();
        quoted = false;
        fieldEmpty = true;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    store.push_back('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                store.push_back(c);
            }
        } else if (c == '"' && !quoted && fieldEmpty) {
            inQuotes = true;
            quoted = true;
        } else if (c == separator) {
            finish();
        } else {
            store.push_back(c);
            fieldEmpty = false;
        }
    }
    if (inQuotes)
        return false;
    finish();
    return true;
}

char detectSeparator(std::string_view firstLine)
{
    std::size_t semicolons = 0, commas = 0, tabs = 0;
    bool inQuotes = false;
    for (char c : firstLine) {
        if (c == '"')
            inQuotes = !inQuotes;
        else if (!inQuotes && c == ';')
            ++semicolons;
        else if (!inQuotes && c == ',')
            ++commas;
        else if (!inQuotes && c == '\t')
            ++tabs;
    }
    if (tabs > semicolons && tabs > commas)
        return '\t';
    return semicolons > commas ? ';' : ',';
}

bool isAscii(std::string_view text)
{
    const char* p = text.data();
    const char* end = p + text.size();
    for (; end - p >= 8; p += 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        if (word & 0x8080808080808080ull)
            return false;
    }
    for (; p < end; ++p)
        if (static_cast<unsigned char>(*p) & 0x80)
            return false;
    return true;
}

constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
constexpr std::uint64_t kOnes = 0x0101010101010101ull;

/// 0x80 in exactly the bytes of `word` equal to `byte`.
inline std::uint64_t bytesEqual(std::uint64_t word, std::uint64_t byteMask)
{
    const std::uint64_t x = word ^ byteMask;
    return ~(((x & kLow7) + kLow7) | x | kLow7);
}

/// Splits a line without quotes into views, eight bytes at a time, into `fields` (grown as needed,
/// never shrunk); returns the field count, or 0 when the line has a quote (fields unusable).
/// `nonAscii` tells whether any byte had its high bit set.
std::size_t splitPlain(std::string_view text, char separator, std::vector<std::string_view>& fields,
                       bool& nonAscii)
{
    if (fields.size() < 16)
        fields.resize(16);
    std::string_view* out = fields.data();
    std::size_t count = 0;
    std::size_t capacity = fields.size();
    auto push = [&](const char* from, const char* to) {
        if (count == capacity) {
            fields.resize(capacity * 2);
            capacity = fields.size();
            out = fields.data();
        }
        out[count++] = std::string_view(from, static_cast<std::size_t>(to - from));
    };
    const char* p = text.data();
    const char* const end = p + text.size();
    const char* start = p;
    const std::uint64_t sepMask = kOnes * static_cast<unsigned char>(separator);
    const std::uint64_t quoteMask = kOnes * static_cast<unsigned char>('"');
    std::uint64_t high = 0;
    for (; end - p >= 8; p += 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        high |= word;
        if (bytesEqual(word, quoteMask))
            return 0;
        for (std::uint64_t hits = bytesEqual(word, sepMask); hits; hits &= hits - 1) {
            const char* at = p + (std::countr_zero(hits) >> 3);
            push(start, at);
            start = at + 1;
        }
    }
    for (; p < end; ++p) {
        high |= static_cast<unsigned char>(*p);
        if (*p == '"')
            return 0;
        if (*p == separator) {
            push(start, p);
            start = p + 1;
        }
    }
    push(start, end);
    nonAscii = (high & 0x8080808080808080ull) != 0;
    return count;
}

/// True when `text` reads as UTF-8 with a few bad bytes: more well-formed multi-byte characters than
/// bytes that break the encoding. CP949 text has nearly none of the former.
bool mostlyUtf8(std::string_view text)
{
    std::size_t good = 0, bad = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t next = firstInvalidUtf8(text.substr(i, 4));
        if (next == 0) {
            ++bad;
            ++i;
            continue;
        }
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        ++good;
        i += len;
    }
    return good > bad;
}

/// True when all of `text` converts with `cd` (reset first and after).
bool convertsFrom(iconv_t cd, std::string_view text)
{
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
    std::string out(text.size() * 2 + 4, '\0');
    char* in = const_cast<char*>(text.data()); // iconv's signature; the input is not written
    std::size_t inLeft = text.size();
    char* dst = out.data();
    std::size_t outLeft = out.size();
    const bool ok = iconv(cd, &in, &inLeft, &dst, &outLeft) != static_cast<std::size_t>(-1);
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
    return ok;
}

} // namespace

std::string_view toString(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return "utf-8";
    case TextEncoding::Utf8Bom:
        return "utf-8 (bom)";
    case TextEncoding::Cp949:
        return "cp949";
    }
    return "utf-8";
}

std::vector<std::string> splitCsvLine(std::string_view line, char separator)
{
    std::vector<std::string_view> views;
    std::string store;
    parseQuoted(line, separator, views, store);
    return {views.begin(), views.end()};
}

CsvReader::~CsvReader()
{
    if (m_iconv)
        iconv_close(static_cast<iconv_t>(m_iconv));
    if (m_file)
        std::fclose(m_file);
}

Error CsvReader::error(std::string code, std::string message, long line) const
{
    Error e = Error::make(std::move(code), std::move(message));
    e.at(m_path, line);
    return e;
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(const std::string& path, char separator)
{
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_path = path;
    if (Status s = checkInputFile(path); !s)
        return s.error();
    std::error_code ec;
    reader->m_size = static_cast<std::int64_t>(std::filesystem::file_size(path, ec));
    reader->m_file = std::fopen(path.c_str(), "rb");
    if (!reader->m_file)
        return Error::make("read_failed", "cannot open the file").at(path);
    reader->m_buffer.resize(kChunk);
    reader->fill();
    if (reader->m_readFailed)
        return Error::make("read_failed", "cannot read the file").at(path);
    if (Status s = reader->detect(separator); !s)
        return s.error();
    return reader;
}

Result<std::unique_ptr<CsvReader>> CsvReader::fromBytes(std::string_view bytes, std::string name,
                                                        char separator)
{
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_path = std::move(name);
    reader->m_size = static_cast<std::int64_t>(bytes.size());
    // The whole "file" is in the buffer as after a first read; fill() finds nothing more. As for a
    // file, the buffer is never empty, so its data is never a null pointer, even for no bytes at all.
    reader->m_buffer.resize(std::max<std::size_t>(bytes.size(), 1));
    std::copy(bytes.begin(), bytes.end(), reader->m_buffer.begin());
    reader->m_end = bytes.size();
    if (Status s = reader->detect(separator); !s)
        return s.error();
    return reader;
}

Status CsvReader::detect(char separator)
{
    std::string_view head(m_buffer.data(), std::min(m_end, kDetectBytes));
    m_nulSeen = std::memchr(m_buffer.data(), '\0', m_end) != nullptr;
    // Old Mac files end lines with CR alone: without a line feed in sight, CR ends a line.
    if (head.find('\n') == std::string_view::npos && head.find('\r') != std::string_view::npos)
        m_lineEnd = '\r';
    if (head.substr(0, 3) == "\xEF\xBB\xBF") {
        m_encoding = TextEncoding::Utf8Bom;
        m_pos = 3;
        m_consumed = 3;
        head.remove_prefix(3);
    } else {
        // The sample may end inside a multi-byte character: ignore up to three trailing bytes.
        const bool cut = head.size() < m_end || !m_eof;
        std::string_view check = head;
        bool valid = isAscii(check) || isValidUtf8(check);
        for (int n = 1; !valid && cut && n <= 3 && !check.empty(); ++n) {
            check.remove_suffix(1);
            valid = isValidUtf8(check);
        }
        if (!valid) {
            // Say what the file is rather than "not valid CP949" for a gzip file, UTF-16 or binary data.
            if (const auto looks = describeNonText(head))
                return Error::make(looks->code, "the file looks like " + looks->looksLike).at(m_path);
            iconv_t cd = iconv_open("UTF-8", "CP949");
            if (cd == reinterpret_cast<iconv_t>(-1))
                return Error::make("invalid_encoding", "the file is neither UTF-8 nor convertible CP949")
                    .at(m_path, 1);
            m_iconv = cd;
            // UTF-8 with a bad byte or two reads as broken UTF-8, not as CP949 that happens to convert.
            if (mostlyUtf8(check) || !convertsFrom(cd, check))
                return invalidUtf8(check, 1, 0);
            m_encoding = TextEncoding::Cp949;
        }
    }
    if (separator != 0) {
        m_separator = separator;
    } else {
        const std::size_t eol = head.find(m_lineEnd);
        m_separator = detectSeparator(head.substr(0, eol));
    }
    return {};
}

Error CsvReader::invalidUtf8(std::string_view text, long firstLine, std::size_t at) const
{
    // The line and the byte within it of the first bad byte of `text`, which starts line `firstLine`.
    const std::size_t bad = at + firstInvalidUtf8(text.substr(at));
    long line = firstLine;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < bad; ++i)
        if (text[i] == m_lineEnd) {
            ++line;
            lineStart = i + 1;
        }
    return error("invalid_encoding",
                 "invalid UTF-8 at line " + std::to_string(line) + " byte " +
                     std::to_string(bad - lineStart + 1) + " (the file is neither UTF-8 nor CP949 there)",
                 line);
}

bool CsvReader::fill()
{
    if (!m_file)
        m_eof = true; // bytes in memory: all of them are in the buffer already
    if (m_eof)
        return false;
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_pos, m_end - m_pos);
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_end == m_buffer.size())
        m_buffer.resize(m_buffer.size() * 2);
    const std::size_t got = std::fread(m_buffer.data() + m_end, 1, m_buffer.size() - m_end, m_file);
    if (!m_nulSeen && got > 0 && std::memchr(m_buffer.data() + m_end, '\0', got))
        m_nulSeen = true;
    m_end += got;
    if (got == 0) {
        m_eof = true;
        m_readFailed = std::ferror(m_file) != 0;
        return false;
    }
    return true;
}

Status CsvReader::decode(std::string_view raw, long line)
{
    if (m_nulSeen) {
        if (const void* nul = std::memchr(raw.data(), '\0', raw.size())) {
            const auto at = static_cast<std::size_t>(static_cast<const char*>(nul) - raw.data());
            const std::string_view before = raw.substr(0, at);
            const auto index =
                static_cast<std::size_t>(std::count(before.begin(), before.end(), m_separator));
            Error e = error("invalid_text",
                            "field " + std::to_string(index + 1) +
                                " holds a NUL character (byte 0), which is not text",
                            line + static_cast<long>(std::count(before.begin(), before.end(), m_lineEnd)));
            if (index < m_fieldNames.size())
                e.field = m_fieldNames[index];
            return e;
        }
    }
    if (m_encoding != TextEncoding::Cp949) {
        if (!isAscii(raw) && !isValidUtf8(raw))
            return invalidUtf8(raw, line, 0);
        m_recordText = raw;
        return {};
    }
    if (isAscii(raw)) {
        m_recordText = raw;
        return {};
    }
    iconv_t cd = static_cast<iconv_t>(m_iconv);
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
    m_decoded.resize(raw.size() * 2 + 4);
    char* in = const_cast<char*>(raw.data()); // iconv's signature; the input is not written
    std::size_t inLeft = raw.size();
    char* dst = m_decoded.data();
    std::size_t outLeft = m_decoded.size();
    if (iconv(cd, &in, &inLeft, &dst, &outLeft) == static_cast<std::size_t>(-1)) {
        const auto at = static_cast<std::size_t>(in - raw.data());
        long atLine = line;
        std::size_t lineStart = 0;
        for (std::size_t i = 0; i < at; ++i)
            if (raw[i] == m_lineEnd) {
                ++atLine;
                lineStart = i + 1;
            }
        return error("invalid_encoding",
                     "the text at line " + std::to_string(atLine) + " byte " +
                         std::to_string(at - lineStart + 1) +
                         " is neither CP949 (as the start of the file is) nor UTF-8",
                     atLine);
    }
    m_decoded.resize(m_decoded.size() - outLeft);
    m_recordText = m_decoded;
    return {};
}

void CsvReader::split(std::string_view text)
{
    bool nonAscii = false;
    m_fieldCount = splitPlain(text, m_separator, m_fields, nonAscii);
    if (m_fieldCount == 0) { // quotes
        parseQuoted(text, m_separator, m_fields, m_unquoted);
        m_fieldCount = m_fields.size();
    }
}

Result<bool> CsvReader::next()
{
    if (m_pos >= m_end && !fill()) {
        if (m_readFailed)
            return error("read_failed", "cannot read the file", m_nextLine);
        return false;
    }
    m_recordLine = m_nextLine;
    if (const char* nl =
            static_cast<const char*>(std::memchr(m_buffer.data() + m_pos, m_lineEnd, m_end - m_pos))) {
        // The common case: a whole line in the buffer, no quotes, plain ASCII or valid UTF-8.
        const char* base = m_buffer.data() + m_pos;
        std::string_view raw(base, static_cast<std::size_t>(nl - base));
        if (!raw.empty() && raw.back() == '\r' && m_lineEnd == '\n')
            raw.remove_suffix(1);
        bool nonAscii = false;
        if (raw.size() <= kMaxRecordBytes &&
            (m_fieldCount = splitPlain(raw, m_separator, m_fields, nonAscii))) {
            const std::size_t consumed = static_cast<std::size_t>(nl - base) + 1;
            if (nonAscii || m_nulSeen) {
                if (Status s = decode(raw, m_recordLine); !s)
                    return s.error();
                if (nonAscii && m_encoding == TextEncoding::Cp949)
                    split(m_recordText);
            }
            m_recordText = nonAscii && m_encoding == TextEncoding::Cp949 ? m_recordText : raw;
            m_pos += consumed;
            m_consumed += static_cast<std::int64_t>(consumed);
            ++m_nextLine;
            m_terminated = true;
            return true;
        }
    }
    std::size_t scanned = 0; // bytes after m_pos already looked at
    bool quotes = false;
    QuoteState state;
    std::size_t length = 0;
    bool hadBreak = false;
    while (true) {
        const char* base = m_buffer.data() + m_pos;
        const std::size_t avail = m_end - m_pos;
        const auto* nl = static_cast<const char*>(std::memchr(base + scanned, m_lineEnd, avail - scanned));
        if (!nl) {
            if (avail > kMaxRecordBytes + 1)
                return error("record_too_long", "a record is longer than 1 MiB", m_recordLine);
            if (fill())
                continue;
            if (m_readFailed)
                return error("read_failed", "cannot read the file", m_nextLine);
        }
        const std::size_t lineEnd = nl ? static_cast<std::size_t>(nl - base) : avail;
        hadBreak = nl != nullptr;
        if (quotes || std::memchr(base + scanned, '"', lineEnd - scanned)) {
            quotes = true;
            scanQuotes(std::string_view(base, lineEnd), scanned, lineEnd, m_separator, state);
            if (state.inQuotes) {
                if (!hadBreak)
                    return error("unterminated_quote",
                                 "a quoted field is not closed before the end of the file", m_recordLine);
                scanned = lineEnd + 1;
                ++m_nextLine;
                if (scanned > kMaxRecordBytes)
                    return error("record_too_long", "a record is longer than 1 MiB", m_recordLine);
                continue;
            }
        }
        length = lineEnd;
        break;
    }
    const char* base = m_buffer.data() + m_pos;
    std::string_view raw(base, length);
    const std::size_t consumed = length + (hadBreak ? 1 : 0);
    m_pos += consumed;
    m_consumed += static_cast<std::int64_t>(consumed);
    ++m_nextLine;
    m_terminated = hadBreak;
    if (!raw.empty() && raw.back() == '\r' && m_lineEnd == '\n')
        raw.remove_suffix(1);
    if (raw.size() > kMaxRecordBytes)
        return error("record_too_long", "a record is longer than 1 MiB", m_recordLine);
    if (Status s = decode(raw, m_recordLine); !s)
        return s.error();
    if (quotes) {
        parseQuoted(m_recordText, m_separator, m_fields, m_unquoted);
        m_fieldCount = m_fields.size();
    } else {
        split(m_recordText);
    }
    return true;
}

} // namespace balgul::core::sensor
