#include "core/io/json_reader.h"

#include "core/util/text.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace balgul::core {

namespace {

struct ParseFailure
{
    Error error;
};

std::uint64_t packDouble(double d)
{
    return std::bit_cast<std::uint64_t>(d);
}

} // namespace

/// Recursive descent over the text; children are collected on a scratch stack and moved
/// into the document as one contiguous block when their parent closes.
///
/// Positions are offsets into the whole text. The bytes at hand (m_text) start at m_base: a whole
/// text is all at hand; a streamed one is read a chunk at a time as the parser needs more, and what
/// lies before m_keep (the start of the streamed element being read) is dropped when it does.
class JsonParser
{
public:
    JsonParser(std::string_view text, const JsonLimits& limits, JsonDocument& doc)
        : m_text(text), m_limits(limits), m_doc(doc)
    {}
    JsonParser(const JsonReadFunction& read, const JsonStreamedArray& streamed, const JsonLimits& limits,
               JsonDocument& doc)
        : m_limits(limits), m_doc(doc), m_read(&read), m_streamed(&streamed)
    {}

    void run()
    {
        if (view(0, 3) == "\xEF\xBB\xBF")
            m_pos = 3;
        skipSpace();
        if (!has(m_pos))
            fail("invalid_json", "the file is empty, not JSON");
        const JsonDocument::Node root = parseValue(1);
        skipSpace();
        if (has(m_pos))
            fail("invalid_json", "unexpected text after the end of the JSON value");
        m_doc.m_root = static_cast<std::uint32_t>(m_doc.m_nodes.size());
        m_doc.m_nodes.push_back(root);
    }

private:
    static constexpr std::size_t kChunkBytes = 1 << 20;

    std::size_t end() const { return m_base + m_text.size(); }
    /// Whether the byte at `pos` exists, reading on when it is not at hand yet.
    bool has(std::size_t pos) { return pos < end() || (m_read && fill(pos)); }
    /// The byte at `pos`, which has(pos) said exists.
    char at(std::size_t pos) const { return m_text[pos - m_base]; }
    /// Up to `length` bytes from `pos`, fewer at the end of the text.
    std::string_view view(std::size_t pos, std::size_t length)
    {
        if (length > 0)
            has(pos + length - 1);
        if (pos >= end())
            return {};
        return m_text.substr(pos - m_base, length);
    }

    /// Reads chunks until the byte at `pos` is at hand or the text ends; false at the end.
    bool fill(std::size_t pos)
    {
        while (pos >= end() && !m_eof) {
            std::size_t used = m_text.size();
            if (m_keep > m_base) {
                const std::size_t drop = m_keep - m_base;
                std::memmove(m_buffer.data(), m_buffer.data() + drop, used - drop);
                used -= drop;
                m_base = m_keep;
            }
            if (m_buffer.size() < used + kChunkBytes)
                m_buffer.resize(std::max(m_buffer.size() * 2, used + kChunkBytes));
            const std::ptrdiff_t got = (*m_read)(m_buffer.data() + used, kChunkBytes);
            if (got > 0)
                used += static_cast<std::size_t>(got);
            m_text = std::string_view(m_buffer.data(), used);
            if (got < 0)
                fail("read_failed", "the file could not be read completely");
            m_eof = got == 0;
        }
        return pos < end();
    }

    struct PathEntry
    {
        bool isIndex;
        std::uint32_t a; ///< index, or key offset in m_strings
        std::uint32_t b; ///< key length
    };

    [[noreturn]] void fail(const char* code, std::string message, long atLine = 0)
    {
        Error e = Error::make(code, std::move(message), pathString());
        e.line = atLine > 0 ? atLine : m_line;
        throw ParseFailure{std::move(e)};
    }

    std::string pathString() const
    {
        std::string out;
        for (const auto& p : m_path) {
            if (p.isIndex) {
                out += '[';
                out += std::to_string(p.a);
                out += ']';
            } else {
                if (!out.empty())
                    out += '.';
                out.append(m_doc.m_strings, p.a, std::min<std::uint32_t>(p.b, 80));
            }
        }
        return out;
    }

    void skipSpace()
    {
        while (has(m_pos)) {
            const char c = at(m_pos);
            if (c == '\n')
                ++m_line;
            else if (c != ' ' && c != '\t' && c != '\r')
                return;
            ++m_pos;
        }
    }

    JsonDocument::Node makeNode(JsonType type)
    {
        if (++m_valueCount > m_limits.maxValues)
            fail("too_many_values", "more than " + std::to_string(m_limits.maxValues) + " values");
        JsonDocument::Node n;
        n.type = type;
        n.line = static_cast<std::uint32_t>(m_line);
        return n;
    }

    [[noreturn]] void unexpected(const char* expected)
    {
        if (!has(m_pos))
            fail("invalid_json", std::string("unexpected end of file, expected ") + expected);
        const auto c = static_cast<unsigned char>(at(m_pos));
        std::string got;
        if (c >= 0x20 && c < 0x7F) {
            got = std::string("'") + static_cast<char>(c) + "'";
        } else {
            static constexpr char kHex[] = "0123456789ABCDEF";
            got = std::string("byte 0x") + kHex[c >> 4] + kHex[c & 0xF];
        }
        fail("invalid_json", std::string("expected ") + expected + ", found " + got);
    }

    JsonDocument::Node parseValue(int depth)
    {
        if (depth > m_limits.maxDepth)
            fail("too_deep", "nested deeper than " + std::to_string(m_limits.maxDepth) + " levels");
        if (!has(m_pos))
            unexpected("a value");
        switch (at(m_pos)) {
        case '{':
            return parseObject(depth);
        case '[':
            return parseArray(depth);
        case '"':
            return parseString();
        case 't':
            return parseLiteral("true", JsonType::Bool, 1);
        case 'f':
            return parseLiteral("false", JsonType::Bool, 0);
        case 'n':
            return parseLiteral("null", JsonType::Null, 0);
        default:
            return parseNumber();
        }
    }

    JsonDocument::Node parseLiteral(std::string_view word, JsonType type, std::uint32_t value)
    {
        if (view(m_pos, word.size()) != word)
            unexpected("a value");
        m_pos += word.size();
        auto n = makeNode(type);
        n.a = value;
        return n;
    }

    JsonDocument::Node parseNumber()
    {
        const std::size_t start = m_pos;
        auto digits = [&] {
            const std::size_t from = m_pos;
            while (has(m_pos) && at(m_pos) >= '0' && at(m_pos) <= '9')
                ++m_pos;
            return m_pos - from;
        };
        if (has(m_pos) && at(m_pos) == '-')
            ++m_pos;
        if (has(m_pos) && at(m_pos) == '0') {
            ++m_pos;
        } else if (digits() == 0) {
            m_pos = start;
            unexpected("a value");
        }
        if (has(m_pos) && at(m_pos) == '.') {
            ++m_pos;
            if (digits() == 0)
                unexpected("a digit after '.'");
        }
        if (has(m_pos) && (at(m_pos) == 'e' || at(m_pos) == 'E')) {
            ++m_pos;
            if (has(m_pos) && (at(m_pos) == '+' || at(m_pos) == '-'))
                ++m_pos;
            if (digits() == 0)
                unexpected("a digit in the exponent");
        }
        // A number too small for a double is 0 ("1e-999"); one too large cannot be represented.
        const auto parsed = parseDecimal(view(start, m_pos - start));
        if (!parsed) {
            m_pos = start;
            fail("invalid_json", "number out of range (too large to represent)");
        }
        const double value = *parsed;
        auto n = makeNode(JsonType::Number);
        const std::uint64_t bits = packDouble(value);
        n.a = static_cast<std::uint32_t>(bits >> 32);
        n.b = static_cast<std::uint32_t>(bits);
        return n;
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    char32_t readHex4()
    {
        if (!has(m_pos + 3))
            fail("invalid_json", "incomplete \\u escape in string");
        char32_t v = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            const int d = hexDigit(at(m_pos + i));
            if (d < 0)
                fail("invalid_json", "invalid \\u escape in string");
            v = v * 16 + static_cast<char32_t>(d);
        }
        m_pos += 4;
        return v;
    }

    /// Length of the well-formed UTF-8 sequence at `i` (a byte >= 0x80), or 0.
    std::size_t utf8SequenceLength(std::size_t i)
    {
        const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(at(i + k)); };
        const auto cont = [&](std::size_t k) { return has(i + k) && (byte(k) & 0xC0) == 0x80; };
        const unsigned char c = byte(0);
        if (c >= 0xC2 && c <= 0xDF)
            return cont(1) ? 2 : 0;
        if (c >= 0xE0 && c <= 0xEF) {
            if (!cont(1) || !cont(2))
                return 0;
            if ((c == 0xE0 && byte(1) < 0xA0) || (c == 0xED && byte(1) >= 0xA0)) // overlong, surrogate
                return 0;
            return 3;
        }
        if (c >= 0xF0 && c <= 0xF4) {
            if (!cont(1) || !cont(2) || !cont(3))
                return 0;
            if ((c == 0xF0 && byte(1) < 0x90) || (c == 0xF4 && byte(1) >= 0x90)) // overlong, > U+10FFFF
                return 0;
            return 4;
        }
        return 0;
    }

    /// Parses a string literal at m_pos into m_strings; returns the node (offset, length).
    JsonDocument::Node parseString()
    {
        auto node = makeNode(JsonType::String);
        ++m_pos; // opening quote
        std::string& out = m_doc.m_strings;
        const std::size_t start = out.size();
        auto checkSize = [&] {
            if (out.size() - start > m_limits.maxStringBytes)
                fail("too_long", "text longer than " + std::to_string(m_limits.maxStringBytes) + " bytes");
        };
        while (true) {
            // Copy a run of plain bytes at once.
            std::size_t run = m_pos;
            while (has(run)) {
                const auto c = static_cast<unsigned char>(at(run));
                if (c == '"' || c == '\\' || c < 0x20)
                    break;
                if (c >= 0x80) {
                    const std::size_t len = utf8SequenceLength(run);
                    if (len == 0) {
                        out.append(view(m_pos, run - m_pos));
                        checkSize();
                        fail("invalid_utf8", "text is not valid UTF-8");
                    }
                    run += len;
                } else {
                    ++run;
                }
                if (run - m_pos > m_limits.maxStringBytes + 1)
                    break;
            }
            out.append(view(m_pos, run - m_pos));
            m_pos = run;
            checkSize();
            if (!has(m_pos))
                fail("invalid_json", "unterminated string", node.line);
            const char c = at(m_pos);
            if (c == '"') {
                ++m_pos;
                break;
            }
            if (c != '\\') {
                if (static_cast<unsigned char>(c) < 0x20) {
                    if (c == '\n' || c == '\r')
                        fail("invalid_json", "line break inside a string (missing '\"'?)");
                    fail("invalid_json", "control character inside a string");
                }
                continue; // run stopped at the size limit; checkSize() has thrown
            }
            ++m_pos;
            if (!has(m_pos))
                fail("invalid_json", "unterminated string", node.line);
            switch (at(m_pos++)) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                char32_t cp = readHex4();
                if (cp >= 0xDC00 && cp <= 0xDFFF)
                    fail("invalid_utf8", "lone low surrogate \\u escape in string");
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (view(m_pos, 2) != "\\u")
                        fail("invalid_utf8", "lone high surrogate \\u escape in string");
                    m_pos += 2;
                    const char32_t low = readHex4();
                    if (low < 0xDC00 || low > 0xDFFF)
                        fail("invalid_utf8", "lone high surrogate \\u escape in string");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                // Text with a NUL is cut short by everything that stores or shows it.
                if (cp == 0)
                    fail("invalid_text", "a NUL character (\\u0000) is not text");
                appendUtf8(out, cp);
                break;
            }
            default:
                --m_pos;
                fail("invalid_json", "invalid escape in string");
            }
        }
        if (out.size() > 0xFFFFFFFFu)
            fail("too_long", "document text larger than 4 GiB");
        node.a = static_cast<std::uint32_t>(start);
        node.b = static_cast<std::uint32_t>(out.size() - start);
        return node;
    }

    /// Moves the children collected since `first` into the document and points `node` at them.
    void adopt(JsonDocument::Node& node, std::size_t first)
    {
        node.a = static_cast<std::uint32_t>(m_doc.m_nodes.size());
        node.b = static_cast<std::uint32_t>(m_scratch.size() - first);
        m_doc.m_nodes.insert(m_doc.m_nodes.end(), m_scratch.begin() + static_cast<std::ptrdiff_t>(first),
                             m_scratch.end());
        m_scratch.resize(first);
    }

    /// Whether the array about to be read at `depth` is the streamed one: its path from the top-level
    /// object is exactly the streamed array's keys.
    bool isStreamed(int depth) const
    {
        if (!m_streamed || static_cast<std::size_t>(depth) != m_streamed->path.size() + 1 ||
            m_path.size() != m_streamed->path.size())
            return false;
        for (std::size_t i = 0; i < m_path.size(); ++i)
            if (m_path[i].isIndex ||
                std::string_view(m_doc.m_strings).substr(m_path[i].a, m_path[i].b) != m_streamed->path[i])
                return false;
        return true;
    }

    /// Hands a streamed element over, then drops it and everything it holds.
    void handOver(const JsonDocument::Node& element, std::uint32_t index, std::size_t nodes,
                  std::size_t strings, std::size_t values)
    {
        m_doc.m_nodes.push_back(element);
        const bool more = m_streamed->onElement(
            JsonValue(&m_doc, static_cast<std::uint32_t>(m_doc.m_nodes.size() - 1)), index);
        m_doc.m_nodes.resize(nodes);
        m_doc.m_strings.resize(strings);
        // The limit on values is for what the document keeps; each element is checked alone.
        m_valueCount = values;
        m_keep = m_pos;
        if (!more)
            fail("cancelled", "reading was stopped");
    }

    JsonDocument::Node parseArray(int depth)
    {
        auto node = makeNode(JsonType::Array);
        const bool streamed = isStreamed(depth);
        ++m_pos;
        const std::size_t first = m_scratch.size();
        skipSpace();
        if (has(m_pos) && at(m_pos) == ']') {
            ++m_pos;
            adopt(node, first);
            return node;
        }
        for (std::uint32_t index = 0;; ++index) {
            m_path.push_back({true, index, 0});
            skipSpace();
            if (streamed) {
                m_keep = m_pos;
                const std::size_t nodes = m_doc.m_nodes.size(), strings = m_doc.m_strings.size();
                const std::size_t values = m_valueCount;
                const auto child = parseValue(depth + 1);
                handOver(child, index, nodes, strings, values);
            } else {
                const auto child = parseValue(depth + 1);
                m_scratch.push_back(child);
            }
            skipSpace();
            m_path.pop_back();
            if (has(m_pos) && at(m_pos) == ',') {
                ++m_pos;
                continue;
            }
            if (has(m_pos) && at(m_pos) == ']') {
                ++m_pos;
                break;
            }
            unexpected("',' or ']'");
        }
        adopt(node, first);
        return node;
    }

    JsonDocument::Node parseObject(int depth)
    {
        auto node = makeNode(JsonType::Object);
        ++m_pos;
        const std::size_t first = m_scratch.size();
        skipSpace();
        if (has(m_pos) && at(m_pos) == '}') {
            ++m_pos;
            adopt(node, first);
            return node;
        }
        while (true) {
            skipSpace();
            if (!has(m_pos) || at(m_pos) != '"')
                unexpected("a member name in double quotes");
            const auto key = parseString();
            m_scratch.push_back(key);
            m_path.push_back({false, key.a, key.b});
            skipSpace();
            if (!has(m_pos) || at(m_pos) != ':')
                unexpected("':'");
            ++m_pos;
            skipSpace();
            const auto value = parseValue(depth + 1);
            m_scratch.push_back(value);
            skipSpace();
            m_path.pop_back();
            if (has(m_pos) && at(m_pos) == ',') {
                ++m_pos;
                continue;
            }
            if (has(m_pos) && at(m_pos) == '}') {
                ++m_pos;
                break;
            }
            unexpected("',' or '}'");
        }
        checkDuplicateKeys(first);
        adopt(node, first);
        return node;
    }

    std::string_view keyText(const JsonDocument::Node& key) const
    {
        return std::string_view(m_doc.m_strings).substr(key.a, key.b);
    }

    void checkDuplicateKeys(std::size_t first)
    {
        const std::size_t members = (m_scratch.size() - first) / 2;
        if (members < 2)
            return;
        const JsonDocument::Node* duplicate = nullptr;
        if (members <= 16) {
            for (std::size_t i = 1; i < members && !duplicate; ++i)
                for (std::size_t j = 0; j < i; ++j)
                    if (keyText(m_scratch[first + 2 * i]) == keyText(m_scratch[first + 2 * j])) {
                        duplicate = &m_scratch[first + 2 * i];
                        break;
                    }
        } else {
            std::vector<const JsonDocument::Node*> keys;
            keys.reserve(members);
            for (std::size_t i = 0; i < members; ++i)
                keys.push_back(&m_scratch[first + 2 * i]);
            std::stable_sort(keys.begin(), keys.end(),
                             [&](auto* x, auto* y) { return keyText(*x) < keyText(*y); });
            for (std::size_t i = 1; i < keys.size() && !duplicate; ++i)
                if (keyText(*keys[i]) == keyText(*keys[i - 1]))
                    duplicate = keys[i]->line >= keys[i - 1]->line ? keys[i] : keys[i - 1];
        }
        if (duplicate) {
            m_path.push_back({false, duplicate->a, duplicate->b});
            fail("duplicate_key", "the member name appears twice in one object", duplicate->line);
        }
    }

    std::string_view m_text; ///< the bytes at hand
    const JsonLimits& m_limits;
    JsonDocument& m_doc;
    const JsonReadFunction* m_read = nullptr;      ///< set when the text is streamed
    const JsonStreamedArray* m_streamed = nullptr; ///< the array handed over element by element
    std::string m_buffer;                          ///< a streamed text's bytes at hand
    std::size_t m_base = 0;                        ///< the offset of m_text in the whole text
    std::size_t m_keep = 0;                        ///< bytes before this offset are not needed again
    bool m_eof = false;
    std::size_t m_pos = 0;
    long m_line = 1;
    std::size_t m_valueCount = 0;
    std::vector<JsonDocument::Node> m_scratch;
    std::vector<PathEntry> m_path;
};

Result<JsonDocument> JsonDocument::parse(std::string_view text, const JsonLimits& limits)
{
    JsonDocument doc;
    try {
        // Rough sizes for GeoJSON-like text, so the buffers rarely move while they grow.
        doc.m_strings.reserve(text.size() / 2);
        doc.m_nodes.reserve(text.size() / 16);
        JsonParser parser(text, limits, doc);
        parser.run();
    } catch (ParseFailure& failure) {
        return std::move(failure.error);
    } catch (const std::bad_alloc&) {
        return Error::make("too_large", "not enough memory to read the document");
    }
    return doc;
}

Result<JsonDocument> JsonDocument::stream(const JsonReadFunction& read, const JsonStreamedArray& streamed,
                                          const JsonLimits& limits)
{
    JsonDocument doc;
    try {
        JsonParser parser(read, streamed, limits, doc);
        parser.run();
    } catch (ParseFailure& failure) {
        return std::move(failure.error);
    } catch (const std::bad_alloc&) {
        return Error::make("too_large", "not enough memory to read the document");
    }
    return doc;
}

} // namespace balgul::core
