#pragma once

#include "core/util/result.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace balgul::core::sensor {

/// Reads the elements of one JSON array inside a file, one at a time, in fixed memory: the file is
/// read in chunks and only the current element's text is kept. The array is the top-level value, or
/// the value reached by `path` (object keys, outermost first) when the top level is an object.
///
/// Each element's text is cut out by tracking strings, escapes and nesting; the caller parses it
/// (with JsonDocument) and adds `line - 1` to the line numbers it reports.
class JsonArrayStream
{
public:
    struct Element
    {
        std::string text; ///< the element's JSON text
        long line = 0;    ///< 1-based line where the element starts
    };

    enum class Next
    {
        Element,   ///< `element` holds the next element
        End,       ///< the array ended (the rest of the file is not read)
        Truncated, ///< the file ended inside an element; `element` holds its partial text
        Failed,    ///< broken JSON or an I/O error: see error()
    };

    JsonArrayStream() = default;
    ~JsonArrayStream();
    JsonArrayStream(const JsonArrayStream&) = delete;
    JsonArrayStream& operator=(const JsonArrayStream&) = delete;

    /// Opens the file and seeks to the array: the top-level array, or the array at `arrayPath`
    /// (e.g. {"response","body","items"}) inside a top-level object; with an empty path, the first
    /// member of a top-level object whose value is an array. Errors name the file and line:
    /// `cannot_open`, `invalid_json`, `missing_array` (no array where the path leads).
    Status open(const std::string& path, const std::vector<std::string>& arrayPath = {});
    /// Like open() over `bytes` (copied) instead of a file; `name` stands for the path in errors.
    Status openBytes(std::string_view bytes, std::string name,
                     const std::vector<std::string>& arrayPath = {});

    /// Whether the top-level value was an object (the array sat at `arrayPath`).
    bool topLevelIsObject() const { return m_topIsObject; }
    /// Members passed on the way to the array, as (dotted path, JSON text) in file order, e.g.
    /// ("response.header", "{\"resultCode\":\"00\",…}"); members over 64 KiB are left out.
    const std::vector<std::pair<std::string, std::string>>& passedMembers() const { return m_passed; }

    Next next(Element& element);
    const Error& error() const { return m_error; }

    /// Elements larger than this fail with `too_long` (a hostile file cannot exhaust memory).
    void setMaxElementBytes(std::size_t bytes) { m_maxElementBytes = bytes; }
    /// Bytes consumed so far (for progress).
    std::int64_t bytesRead() const { return m_consumed; }
    /// The file's size in bytes.
    std::int64_t fileSize() const { return m_fileSize; }

private:
    int peekByte();
    int getByte();
    void skipWhitespace();
    Status fail(std::string code, std::string message);
    /// Reads one value whole (containers balanced) into `out` when given; `partial` tells whether the
    /// file ended inside it. Past `limit` bytes: fails with `too_long`, or (failWhenLong false) leaves
    /// `out` empty and reads on.
    Status readValue(std::string* out, std::size_t limit, bool& partial, bool failWhenLong = true);
    Status readKey(std::string& key);
    Status seekArray(const std::vector<std::string>& arrayPath, std::size_t depth, std::string prefix);
    bool refill();
    /// After the first bytes are at hand: past a byte-order mark to the array.
    Status start(const std::vector<std::string>& arrayPath);

    std::FILE* m_file = nullptr; ///< null when the bytes were given in memory
    std::string m_path;
    std::vector<char> m_buffer;
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    bool m_eof = false;
    long m_line = 1;
    std::int64_t m_consumed = 0;
    std::int64_t m_fileSize = 0;
    bool m_topIsObject = false;
    bool m_first = true;
    bool m_done = false;
    std::size_t m_maxElementBytes = 64u << 20;
    Error m_error;
    std::vector<std::pair<std::string, std::string>> m_passed;
};

} // namespace balgul::core::sensor
