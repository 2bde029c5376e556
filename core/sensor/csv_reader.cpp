#include "core/sensor/csv_reader.h"

#include "core/util/text.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <iconv.h>

namespace balgul::core::sensor {

namespace {

constexpr std::size_t kChunk = 64 * 1024;

enum class ParseState
{
    Complete,
    OpenQuote,
};

// Parses `text` into `fields`; OpenQuote when a quoted field runs past the end.
ParseState parseRecord(std::string_view text, char separator, std::vector<std::string>& fields)
{
    fields.clear();
    std::string field;
    bool quoted = false;
    bool inQuotes = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field.push_back('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field.push_back(c);
            }
        } else if (c == '"' && !quoted && field.empty()) {
            inQuotes = true;
            quoted = true;
        } else if (c == separator) {
            fields.push_back(std::move(field));
            field.clear();
            quoted = false;
        } else {
            field.push_back(c);
        }
    }
    if (inQuotes)
        return ParseState::OpenQuote;
    fields.push_back(std::move(field));
    return ParseState::Complete;
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
    std::vector<std::string> fields;
    parseRecord(line, separator, fields);
    return fields;
}

CsvReader::~CsvReader()
{
    if (m_iconv)
        iconv_close(static_cast<iconv_t>(m_iconv));
}

Error CsvReader::error(std::string code, std::string message) const
{
    Error e = Error::make(std::move(code), std::move(message));
    e.at(m_path, m_nextLine);
    return e;
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(const std::string& path, char separator)
{
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_path = path;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return Error::make("file_not_found", "no such file").at(path);
    reader->m_size = static_cast<std::int64_t>(std::filesystem::file_size(path, ec));
    reader->m_in.open(path, std::ios::binary);
    if (!reader->m_in)
        return Error::make("read_failed", "cannot open the file").at(path);
    reader->m_buffer.resize(kChunk);
    reader->m_in.read(reader->m_buffer.data(), static_cast<std::streamsize>(kChunk));
    reader->m_end = static_cast<std::size_t>(reader->m_in.gcount());
    reader->m_eof = reader->m_end < kChunk;

    std::string_view head(reader->m_buffer.data(), reader->m_end);
    if (head.substr(0, 3) == "\xEF\xBB\xBF") {
        reader->m_encoding = TextEncoding::Utf8Bom;
        reader->m_pos = 3;
        reader->m_consumed = 3;
        head.remove_prefix(3);
    } else {
        // A chunk may end inside a multi-byte character: ignore up to three trailing bytes.
        std::string_view check = head;
        bool valid = isValidUtf8(check);
        for (int cut = 1; !valid && !reader->m_eof && cut <= 3 && check.size() > 0; ++cut) {
            check.remove_suffix(1);
            valid = isValidUtf8(check);
        }
        if (!valid) {
            iconv_t cd = iconv_open("UTF-8", "CP949");
            if (cd == reinterpret_cast<iconv_t>(-1))
                return Error::make("invalid_encoding", "the file is neither UTF-8 nor convertible CP949")
                    .at(path, 1);
            reader->m_encoding = TextEncoding::Cp949;
            reader->m_iconv = cd;
        }
    }
    if (separator != 0) {
        reader->m_separator = separator;
    } else {
        const std::size_t eol = head.find('\n');
        reader->m_separator = detectSeparator(head.substr(0, eol));
    }
    return reader;
}

bool CsvReader::readPhysicalLine(std::string& out, bool& hadBreak)
{
    out.clear();
    hadBreak = false;
    while (true) {
        if (m_pos == m_end) {
            if (m_eof)
                return !out.empty();
            m_in.read(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
            m_end = static_cast<std::size_t>(m_in.gcount());
            m_pos = 0;
            m_eof = m_end < m_buffer.size();
            if (m_end == 0)
                return !out.empty();
        }
        const char* begin = m_buffer.data() + m_pos;
        const char* stop = m_buffer.data() + m_end;
        const char* nl = std::find(begin, stop, '\n');
        const std::size_t take = static_cast<std::size_t>(nl - begin);
        if (out.size() + take <= kMaxRecordBytes + 1)
            out.append(begin, take);
        m_pos += take;
        m_consumed += static_cast<std::int64_t>(take);
        if (nl != stop) {
            ++m_pos;
            ++m_consumed;
            hadBreak = true;
            if (!out.empty() && out.back() == '\r')
                out.pop_back();
            return true;
        }
    }
}

Status CsvReader::decode(std::string& line) const
{
    if (m_encoding != TextEncoding::Cp949) {
        if (!isValidUtf8(line))
            return error("invalid_encoding", "the line is not valid UTF-8");
        return {};
    }
    iconv_t cd = static_cast<iconv_t>(m_iconv);
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
    std::string out(line.size() * 2 + 4, '\0');
    char* in = line.data();
    std::size_t inLeft = line.size();
    char* dst = out.data();
    std::size_t outLeft = out.size();
    if (iconv(cd, &in, &inLeft, &dst, &outLeft) == static_cast<std::size_t>(-1))
        return error("invalid_encoding", "the line is not valid CP949");
    out.resize(out.size() - outLeft);
    line = std::move(out);
    return {};
}

Result<bool> CsvReader::next()
{
    bool hadBreak = false;
    if (!readPhysicalLine(m_raw, hadBreak)) {
        if (m_in.bad())
            return error("read_failed", "cannot read the file");
        return false;
    }
    m_recordLine = m_nextLine;
    if (m_raw.size() > kMaxRecordBytes)
        return error("record_too_long", "a record is longer than 1 MiB");
    if (Status s = decode(m_raw); !s)
        return s.error();
    m_record = m_raw;
    while (parseRecord(m_record, m_separator, m_fields) == ParseState::OpenQuote) {
        if (!hadBreak) {
            Error e =
                Error::make("unterminated_quote", "a quoted field is not closed before the end of the file");
            e.at(m_path, m_recordLine);
            return e;
        }
        ++m_nextLine;
        if (!readPhysicalLine(m_raw, hadBreak)) {
            hadBreak = false;
            continue; // loop ends with unterminated_quote
        }
        if (Status s = decode(m_raw); !s)
            return s.error();
        m_record += '\n';
        m_record += m_raw;
        if (m_record.size() > kMaxRecordBytes)
            return error("record_too_long", "a record is longer than 1 MiB");
    }
    m_terminated = hadBreak;
    ++m_nextLine;
    return true;
}

} // namespace balgul::core::sensor
