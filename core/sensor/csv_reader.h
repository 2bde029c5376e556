#pragma once

#include "core/util/result.h"

#include <cstdint>
#include <fstream>
#include <memory>
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
/// first line unless given), double-quoted fields (with `""` escapes and line breaks inside).
/// Every record knows the line it starts on. Errors name the file and line.
class CsvReader
{
public:
    /// Records longer than this are an error (`record_too_long`), not a memory blow-up.
    static constexpr std::size_t kMaxRecordBytes = 1 << 20;

    /// `separator` 0 detects it. Errors: `file_not_found`, `read_failed`.
    static Result<std::unique_ptr<CsvReader>> open(const std::string& path, char separator = 0);

    /// Reads the next record; false at the end. Errors: `invalid_encoding`, `record_too_long`,
    /// `unterminated_quote`, `read_failed`.
    Result<bool> next();

    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    const std::vector<std::string>& fields() const { return m_fields; }
    /// The line the current record starts on (1-based).
    long line() const { return m_recordLine; }
    /// False when the current record is the file's last and no line break followed it.
    bool terminated() const { return m_terminated; }
    TextEncoding encoding() const { return m_encoding; }
    char separator() const { return m_separator; }
    const std::string& path() const { return m_path; }
    std::int64_t bytesRead() const { return m_consumed; }
    std::int64_t fileSize() const { return m_size; }

private:
    CsvReader() = default;
    bool readPhysicalLine(std::string& out, bool& hadBreak);
    Status decode(std::string& line) const;
    Error error(std::string code, std::string message) const;

    std::string m_path;
    std::ifstream m_in;
    std::vector<char> m_buffer;
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    bool m_eof = false;
    std::int64_t m_consumed = 0;
    std::int64_t m_size = 0;
    long m_nextLine = 1;
    long m_recordLine = 0;
    bool m_terminated = true;
    TextEncoding m_encoding = TextEncoding::Utf8;
    void* m_iconv = nullptr; ///< iconv_t when converting from CP949
    char m_separator = ',';
    std::vector<std::string> m_fields;
    std::string m_raw;
    std::string m_record;
};

/// Splits one line (no line breaks inside quotes) into fields; for tests and headers.
std::vector<std::string> splitCsvLine(std::string_view line, char separator);

} // namespace balgul::core::sensor
