#include "core/sync/pull_page_reader.h"

#include "core/sync/json_bounds.h"
#include "core/util/text.h"

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <charconv>
#include <cstdint>
#include <string>

namespace balgul::core::sync::detail {

namespace {

using Poco::Dynamic::Var;
using Poco::JSON::Array;
using Poco::JSON::Object;

/// Where the strict parser's bounds (json_bounds::kDefault) could come into question, the reader
/// gives up early: it never has to say which bound was passed.
constexpr JsonBounds kBounds = json_bounds::kDefault;
constexpr std::size_t kMaxDepth = kBounds.maxDepth / 2;

/// One pass over JSON text; every read returns false at anything it does not take plainly.
class Reader
{
public:
    explicit Reader(std::string_view text) : m_p(text.data()), m_end(text.data() + text.size()) {}

    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    /// `c` after optional white space.
    bool take(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }
    bool next(char c)
    {
        skipSpace();
        return m_p != m_end && *m_p == c;
    }

    /// Counts a value against the bounds.
    bool count() { return ++m_values <= kBounds.maxValues; }

    /// A string: plain characters and the simple escapes (\" \\ \/ \b \f \n \r \t, and \u for
    /// ASCII other than NUL). Member names too.
    bool readString(std::string& out)
    {
        if (!take('"'))
            return false;
        out.clear();
        for (;;) {
            const char* run = m_p;
            while (m_p != m_end && static_cast<unsigned char>(*m_p) >= 0x20 && *m_p != '"' && *m_p != '\\')
                ++m_p;
            out.append(run, m_p);
            if (m_p == m_end || static_cast<unsigned char>(*m_p) < 0x20)
                return false;
            if (*m_p++ == '"')
                return out.size() <= kBounds.maxStringBytes;
            if (m_p == m_end)
                return false;
            switch (*m_p++) {
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
                unsigned code = 0;
                if (m_end - m_p < 4 || std::from_chars(m_p, m_p + 4, code, 16).ptr != m_p + 4)
                    return false;
                if (code == 0 || code > 0x7F)
                    return false;
                m_p += 4;
                out += static_cast<char>(code);
                break;
            }
            default:
                return false;
            }
        }
    }

    /// A whole number that fits 64 bits with a sign ("-0" is 0, as Poco reads it).
    bool readInt(std::int64_t& out)
    {
        skipSpace();
        const char* start = m_p;
        if (!scanNumber() || m_fraction)
            return false;
        const auto r = std::from_chars(start, m_p, out);
        return r.ec == std::errc() && r.ptr == m_p;
    }

    /// A number as Poco's parser keeps it: Int64 when whole and within 64 bits, else double.
    bool readNumber(Var& out)
    {
        skipSpace();
        const char* start = m_p;
        if (!scanNumber())
            return false;
        if (!m_fraction) {
            std::int64_t whole = 0;
            const auto r = std::from_chars(start, m_p, whole);
            if (r.ec != std::errc() || r.ptr != m_p)
                return false; // past 64 bits: Poco's rules for it are its own
            out = Poco::Int64{whole};
            return true;
        }
        double real = 0;
        const auto r = std::from_chars(start, m_p, real);
        if (r.ec != std::errc() || r.ptr != m_p)
            return false;
        out = real;
        return true;
    }

    bool readBool(bool& out)
    {
        skipSpace();
        if (literal("true")) {
            out = true;
            return true;
        }
        if (literal("false")) {
            out = false;
            return true;
        }
        return false;
    }

    /// Any value: objects and arrays as Poco's tree builder makes them.
    bool readValue(Var& out, std::size_t depth)
    {
        if (!count())
            return false;
        skipSpace();
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '{': {
            Object::Ptr object;
            if (!readObject(object, depth + 1))
                return false;
            out = object;
            return true;
        }
        case '[': {
            Array::Ptr array;
            if (!readArray(array, depth + 1))
                return false;
            out = array;
            return true;
        }
        case '"': {
            std::string text;
            if (!readString(text))
                return false;
            out = std::move(text);
            return true;
        }
        case 't':
        case 'f': {
            bool b = false;
            if (!readBool(b))
                return false;
            out = b;
            return true;
        }
        case 'n':
            if (!literal("null"))
                return false;
            out.empty();
            return true;
        default:
            return readNumber(out);
        }
    }

    /// Where the next value starts (after white space).
    const char* here()
    {
        skipSpace();
        return m_p;
    }
    /// Where the last value read ended.
    const char* last() const { return m_p; }

    bool readObject(Object::Ptr& out, std::size_t depth)
    {
        if (depth > kMaxDepth || !take('{'))
            return false;
        out = new Object;
        if (take('}'))
            return true;
        std::string key;
        for (std::size_t members = 1;; ++members) {
            if (members > kBounds.maxMembers || !readString(key) || !take(':'))
                return false;
            Var value;
            if (!readValue(value, depth))
                return false;
            const std::size_t before = out->size();
            out->set(key, value);
            if (out->size() == before)
                return false; // a repeated name: Poco keeps the last, this reader does not guess
            if (take('}'))
                return true;
            if (!take(','))
                return false;
        }
    }

    bool readArray(Array::Ptr& out, std::size_t depth)
    {
        if (depth > kMaxDepth || !take('['))
            return false;
        out = new Array;
        if (take(']'))
            return true;
        for (std::size_t items = 1;; ++items) {
            Var value;
            if (items > kBounds.maxItems || !readValue(value, depth))
                return false;
            out->add(value);
            if (take(']'))
                return true;
            if (!take(','))
                return false;
        }
    }

private:
    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool literal(std::string_view word)
    {
        if (static_cast<std::size_t>(m_end - m_p) < word.size() || std::string_view(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }

    static bool digit(char c) { return c >= '0' && c <= '9'; }

    /// JSON's number grammar, strictly: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    bool scanNumber()
    {
        m_fraction = false;
        if (m_p != m_end && *m_p == '-')
            ++m_p;
        if (m_p == m_end || !digit(*m_p))
            return false;
        if (*m_p == '0')
            ++m_p;
        else
            while (m_p != m_end && digit(*m_p))
                ++m_p;
        if (m_p != m_end && *m_p == '.') {
            m_fraction = true;
            ++m_p;
            if (m_p == m_end || !digit(*m_p))
                return false;
            while (m_p != m_end && digit(*m_p))
                ++m_p;
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            m_fraction = true;
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p == m_end || !digit(*m_p))
                return false;
            while (m_p != m_end && digit(*m_p))
                ++m_p;
        }
        // A number runs into what follows it only through a separator.
        return m_p == m_end || *m_p == ',' || *m_p == '}' || *m_p == ']' || *m_p == ' ' || *m_p == '\n' ||
               *m_p == '\r' || *m_p == '\t';
    }

    const char* m_p;
    const char* m_end;
    std::size_t m_values = 0;
    bool m_fraction = false;
};

/// A text member the strict decoder takes: not empty, at most `maxLength` bytes.
bool plainText(Reader& in, std::string& out, std::size_t maxLength)
{
    return in.count() && in.readString(out) && !out.empty() && out.size() <= maxLength;
}

/// One change, with exactly the members and types decodeChange takes.
bool readChange(Reader& in, Change& change)
{
    if (!in.count() || !in.take('{'))
        return false;
    bool seq = false, entity = false, id = false, version = false, deleted = false, fields = false;
    std::string key;
    if (!in.take('}')) {
        for (std::size_t members = 1;; ++members) {
            if (members > kBounds.maxMembers || !in.readString(key) || !in.take(':'))
                return false;
            bool ok = false;
            if (key == "seq" && !seq)
                ok = seq = in.count() && in.readInt(change.seq);
            else if (key == "entity" && !entity)
                ok = entity = plainText(in, change.entity, limits::kMaxIdLength);
            else if (key == "id" && !id)
                ok = id = plainText(in, change.id, 2 * limits::kMaxIdLength + 1);
            else if (key == "version" && !version)
                ok = version = in.count() && in.readInt(change.version);
            else if (key == "deleted" && !deleted)
                ok = deleted = in.count() && in.readBool(change.deleted);
            else if (key == "fields" && !fields) {
                const char* start = in.here();
                ok = fields = in.count() && in.readObject(change.fields, 3);
                if (ok) // the text as the hub wrote it: what the store keeps of it needs no new text
                    change.fieldsJson.assign(start, in.last());
            } else if (key != "seq" && key != "entity" && key != "id" && key != "version" &&
                       key != "deleted" && key != "fields") {
                Var ignored; // a member this version does not read
                ok = in.readValue(ignored, 2);
            }
            if (!ok)
                return false;
            if (in.take('}'))
                break;
            if (!in.take(','))
                return false;
        }
    }
    if (!seq || !entity || !id || !version)
        return false;
    if (!fields)
        change.fields = new Object;
    return true;
}

} // namespace

std::optional<PullPage> readPullPage(std::string_view json)
{
    if (!isValidUtf8(json))
        return std::nullopt;
    Reader in(json);
    PullPage page;
    bool changes = false, next = false, more = false, epoch = false, remaining = false;
    if (!in.count() || !in.take('{'))
        return std::nullopt;
    std::string key;
    if (!in.take('}')) {
        for (std::size_t members = 1;; ++members) {
            if (members > kBounds.maxMembers || !in.readString(key) || !in.take(':'))
                return std::nullopt;
            bool ok = false;
            if (key == "changes" && !changes) {
                ok = changes = in.count() && in.take('[');
                if (ok && !in.take(']')) {
                    for (;;) {
                        if (page.changes.size() >= limits::kMaxPullPage)
                            return std::nullopt;
                        if (!readChange(in, page.changes.emplace_back()))
                            return std::nullopt;
                        if (in.take(']'))
                            break;
                        if (!in.take(','))
                            return std::nullopt;
                    }
                }
            } else if (key == "next" && !next) {
                ok = next = in.count() && in.readInt(page.next);
            } else if (key == "more" && !more) {
                ok = more = in.count() && in.readBool(page.more);
            } else if (key == "epoch" && !epoch) {
                ok = epoch = plainText(in, page.epoch, limits::kMaxIdLength);
            } else if (key == "remaining" && !remaining) {
                ok = remaining = in.count() && in.readInt(page.remaining) && page.remaining >= 0;
            } else if (key != "changes" && key != "next" && key != "more" && key != "epoch" &&
                       key != "remaining") {
                Var ignored;
                ok = in.readValue(ignored, 1);
            }
            if (!ok)
                return std::nullopt;
            if (in.take('}'))
                break;
            if (!in.take(','))
                return std::nullopt;
        }
    }
    if (!changes || !next || !more || !epoch || !in.atEnd())
        return std::nullopt;
    return page;
}

} // namespace balgul::core::sync::detail
