#pragma once

#include "core/util/result.h"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core::sensor {

enum class TextEncoding
{
    Utf8,    ///< plain UTF-8 (or ASCII)
    Utf8Bom, ///< UTF-8 starting with a byte order mark (dropped)
    Cp949,   ///< Korean Windows code page (a superset of EUC-KR), converted to UTF-8
};
std::string_view toString(TextEncoding encoding);

/// Reads a delimited text file one record at a time with fixed memory: UTF-8 with or without
/// BOM or CP949 (detected from the first 64 KiB), `;`, `,` or tab separators (detected from the
/// first line unless given), double-quoted fields (with `""` escapes and line breaks inside), lines
/// ending with LF, CR LF or (old Mac files) CR alone. Every record knows the line it starts on.
/// Errors name the file and line: what a file that is not text looks like (`compressed_file`,
/// `utf16_text`, `not_text`), the line and byte of broken UTF-8, a NUL in a field (`invalid_text`).
///
/// Fields are views into the reader's buffer, valid until the next call to next(): a record
/// without quotes costs no copy and no allocation.
class CsvReader
{
public:
    /// Records longer than this are an error (`record_too_long`), not a memory blow-up.
    static constexpr std::size_t kMaxRecordBytes = 1 << 20;

    /// `separator` 0 detects it. Errors: `file_not_found`, `is_folder`, `not_regular_file`, `read_failed`,
    /// `compressed_file`, `utf16_text`, `not_text`, `invalid_encoding`.
    static Result<std::unique_ptr<CsvReader>> open(const std::string& path, char separator = 0);
    /// Reads `bytes` (copied) as open() reads a file; `name` stands for the path in errors.
    static Result<std::unique_ptr<CsvReader>> fromBytes(std::string_view bytes, std::string name,
                                                        char separator = 0);

    /// Reads the next record; false at the end. Errors: `invalid_encoding`, `invalid_text`,
    /// `record_too_long`, `unterminated_quote`, `read_failed`.
    Result<bool> next();

    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    /// The current record's fields (quotes removed, `""` unescaped), valid until next().
    std::span<const std::string_view> fields() const { return {m_fields.data(), m_fieldCount}; }
    /// The current record's fields as owned strings.
    std::vector<std::string> fieldStrings() const
    {
        return {m_fields.begin(), m_fields.begin() + static_cast<std::ptrdiff_t>(m_fieldCount)};
    }
    /// The current record as decoded text (line breaks inside quotes kept), valid until next().
    std::string_view record() const { return m_recordText; }
    /// The line the current record starts on (1-based).
    long line() const { return m_recordLine; }
    /// False when the current record is the file's last and no line break followed it.
    bool terminated() const { return m_terminated; }
    /// The header's column names, so errors about a field name its column.
    void setFieldNames(std::vector<std::string> names) { m_fieldNames = std::move(names); }
    TextEncoding encoding() const { return m_encoding; }
    char separator() const { return m_separator; }
    const std::string& path() const { return m_path; }
    std::int64_t bytesRead() const { return m_consumed; }
    std::int64_t fileSize() const { return m_size; }

private:
    CsvReader() = default;
    /// Detects the encoding (and the separator when 0) from the first bytes in the buffer.
    Status detect(char separator);
    bool fill();
    Error error(std::string code, std::string message, long line) const;
    /// `invalid_encoding` naming the line and byte of the first bad byte at or after `at` in `text`,
    /// which starts on line `firstLine`.
    Error invalidUtf8(std::string_view text, long firstLine, std::size_t at) const;
    Status decode(std::string_view raw, long line);
    void split(std::string_view text);

    std::string m_path;
    std::FILE* m_file = nullptr; ///< null when the bytes were given in memory
    std::vector<char> m_buffer;
    std::size_t m_pos = 0; ///< start of unread bytes in m_buffer
    std::size_t m_end = 0; ///< end of valid bytes in m_buffer
    bool m_eof = false;
    bool m_readFailed = false;
    std::int64_t m_consumed = 0;
    std::int64_t m_size = 0;
    long m_nextLine = 1;
    long m_recordLine = 0;
    bool m_terminated = true;
    TextEncoding m_encoding = TextEncoding::Utf8;
    void* m_iconv = nullptr; ///< iconv_t when converting from CP949
    char m_separator = ',';
    char m_lineEnd = '\n';  ///< '\r' for a file whose lines end with CR alone (old Mac files)
    bool m_nulSeen = false; ///< a NUL byte was read: records are checked for it (refused, not text)
    std::vector<std::string_view> m_fields; ///< storage; the first m_fieldCount are the record's
    std::size_t m_fieldCount = 0;
    std::string_view m_recordText;
    std::string m_decoded;  ///< CP949 records converted to UTF-8
    std::string m_unquoted; ///< fields of records with quotes
    std::vector<std::string> m_fieldNames;
};

/// Splits one record (line breaks inside quotes allowed) into fields; for tests and headers.
std::vector<std::string> splitCsvLine(std::string_view line, char separator);

} // namespace balgul::core::sensor
