#include "core/sensor/json_stream.h"

#include "core/io/json_reader.h"

namespace balgul::core::sensor {

namespace {

constexpr std::size_t kChunkBytes = 1 << 16;
constexpr std::size_t kPassedMemberBytes = 64 << 10;
constexpr std::size_t kMaxNesting = 256;

bool isSpace(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

JsonArrayStream::~JsonArrayStream()
{
    if (m_file)
        std::fclose(m_file);
}

bool JsonArrayStream::refill()
{
    if (m_eof || !m_file)
        return false;
    m_end = std::fread(m_buffer.data(), 1, m_buffer.size(), m_file);
    m_pos = 0;
    if (m_end == 0)
        m_eof = true;
    return m_end > 0;
}

int JsonArrayStream::peekByte()
{
    if (m_pos >= m_end && !refill())
        return -1;
    return static_cast<unsigned char>(m_buffer[m_pos]);
}

int JsonArrayStream::getByte()
{
    if (m_pos >= m_end && !refill())
        return -1;
    const char c = m_buffer[m_pos++];
    ++m_consumed;
    if (c == '\n')
        ++m_line;
    return static_cast<unsigned char>(c);
}

void JsonArrayStream::skipWhitespace()
{
    while (isSpace(peekByte()))
        getByte();
}

Status JsonArrayStream::fail(std::string code, std::string message)
{
    m_error = Error::make(std::move(code), std::move(message));
    m_error.at(m_path, m_line);
    m_done = true;
    return m_error;
}

Status JsonArrayStream::readValue(std::string* out, std::size_t limit, bool& partial, bool failWhenLong)
{
    partial = false;
    const long startLine = m_line;
    auto keep = [&](int c) {
        if (!out)
            return true;
        if (out->size() >= limit) {
            out->clear();
            out = nullptr;
            return !failWhenLong;
        }
        out->push_back(static_cast<char>(c));
        return true;
    };
    auto tooLong = [&]() {
        return fail("too_long", "the value that starts at line " + std::to_string(startLine) +
                                    " is longer than " + std::to_string(limit) + " bytes");
    };
    int c = peekByte();
    if (c == -1) {
        partial = true;
        return Status::success();
    }
    if (c != '{' && c != '[' && c != '"') { // a number, true, false or null
        bool any = false;
        while (c != -1 && c != ',' && c != ']' && c != '}' && !isSpace(c)) {
            any = true;
            if (c == '{' || c == '[' || c == '"' || c == ':')
                return fail("invalid_json", "unexpected '" + std::string(1, static_cast<char>(c)) + "'");
            if (!keep(getByte()))
                return tooLong();
            c = peekByte();
        }
        if (!any)
            return fail("invalid_json", "expected a value");
        partial = c == -1;
        return Status::success();
    }
    // Containers and strings: scan the buffer a chunk at a time and keep whole ranges.
    std::string stack; // open brackets
    bool inString = false;
    bool escape = false;
    while (true) {
        if (m_pos >= m_end && !refill()) {
            partial = true;
            return Status::success();
        }
        const char* data = m_buffer.data();
        std::size_t i = m_pos;
        bool done = false;
        char mismatch = 0;
        for (; i < m_end && !done && !mismatch; ++i) {
            const char ch = data[i];
            if (ch == '\n')
                ++m_line;
            if (inString) {
                if (escape)
                    escape = false;
                else if (ch == '\\')
                    escape = true;
                else if (ch == '"') {
                    inString = false;
                    done = stack.empty();
                }
                continue;
            }
            switch (ch) {
            case '"':
                inString = true;
                break;
            case '{':
            case '[':
                if (stack.size() >= kMaxNesting)
                    mismatch = ch;
                else
                    stack.push_back(ch);
                break;
            case '}':
            case ']':
                if (stack.empty() || stack.back() != (ch == '}' ? '{' : '['))
                    mismatch = ch;
                else {
                    stack.pop_back();
                    done = stack.empty();
                }
                break;
            default:
                break;
            }
        }
        if (out) {
            if (out->size() + (i - m_pos) > limit) {
                if (failWhenLong) {
                    m_consumed += static_cast<std::int64_t>(i - m_pos);
                    m_pos = i;
                    return tooLong();
                }
                out->clear();
                out = nullptr;
            } else {
                out->append(data + m_pos, i - m_pos);
            }
        }
        m_consumed += static_cast<std::int64_t>(i - m_pos);
        m_pos = i;
        if (mismatch == '{' || mismatch == '[')
            return fail("too_deep", "values nest deeper than " + std::to_string(kMaxNesting) + " levels");
        if (mismatch)
            return fail("invalid_json", "'" + std::string(1, mismatch) + "' closes nothing open");
        if (done)
            return Status::success();
    }
}

Status JsonArrayStream::readKey(std::string& key)
{
    if (peekByte() != '"')
        return fail("invalid_json", "expected a member name");
    std::string text;
    bool partial = false;
    if (auto s = readValue(&text, kPassedMemberBytes, partial); !s)
        return s;
    if (partial)
        return fail("invalid_json", "the file ends inside a member name");
    auto doc = JsonDocument::parse(text);
    if (!doc)
        return fail("invalid_json", "a member name is not a valid JSON string");
    key = std::string(doc->root().asString());
    return Status::success();
}

Status JsonArrayStream::seekArray(const std::vector<std::string>& arrayPath, std::size_t depth,
                                  std::string prefix)
{
    getByte(); // '{'
    bool first = true;
    while (true) {
        skipWhitespace();
        int c = peekByte();
        if (c == '}') {
            const std::string what = arrayPath.empty() ? std::string("no member that is an array")
                                                       : "no member '" + arrayPath[depth] + "'";
            return fail("missing_array", "the object " +
                                             (prefix.empty() ? std::string() : "'" + prefix + "' ") + "has " +
                                             what);
        }
        if (!first) {
            if (c != ',')
                return fail("invalid_json",
                            c == -1 ? "the file ends inside an object" : "expected ',' or '}' in an object");
            getByte();
            skipWhitespace();
        }
        first = false;
        std::string key;
        if (auto s = readKey(key); !s)
            return s;
        skipWhitespace();
        if (getByte() != ':')
            return fail("invalid_json", "expected ':' after the member name '" + key + "'");
        skipWhitespace();
        const std::string memberPath = prefix.empty() ? key : prefix + "." + key;
        c = peekByte();
        if (arrayPath.empty() && c == '[') {
            getByte();
            return Status::success();
        }
        if (!arrayPath.empty() && key == arrayPath[depth]) {
            if (depth + 1 == arrayPath.size()) {
                if (c != '[')
                    return fail("missing_array", "'" + memberPath + "' is not an array");
                getByte();
                return Status::success();
            }
            if (c != '{')
                return fail("missing_array", "'" + memberPath + "' is not an object");
            return seekArray(arrayPath, depth + 1, memberPath);
        }
        std::string text;
        bool partial = false;
        // Members too large to keep are read past but not kept.
        if (auto s = readValue(&text, kPassedMemberBytes, partial, false); !s)
            return s;
        if (partial)
            return fail("invalid_json", "the file ends inside the member '" + memberPath + "'");
        if (!text.empty())
            m_passed.emplace_back(memberPath, std::move(text));
    }
}

Status JsonArrayStream::open(const std::string& path, const std::vector<std::string>& arrayPath)
{
    m_path = path;
    m_file = std::fopen(path.c_str(), "rb");
    if (!m_file) {
        m_error = Error::make("cannot_open", "the file cannot be opened");
        m_error.at(path);
        return m_error;
    }
    if (std::fseek(m_file, 0, SEEK_END) == 0) {
        m_fileSize = std::ftell(m_file);
        std::fseek(m_file, 0, SEEK_SET);
    }
    m_buffer.resize(kChunkBytes);
    return start(arrayPath);
}

Status JsonArrayStream::openBytes(std::string_view bytes, std::string name,
                                  const std::vector<std::string>& arrayPath)
{
    m_path = std::move(name);
    m_buffer.assign(bytes.begin(), bytes.end());
    m_end = bytes.size();
    m_fileSize = static_cast<std::int64_t>(bytes.size());
    return start(arrayPath);
}

Status JsonArrayStream::start(const std::vector<std::string>& arrayPath)
{
    if (peekByte() == 0xEF) { // UTF-8 byte-order mark
        getByte();
        if (getByte() != 0xBB || getByte() != 0xBF)
            return fail("invalid_json", "the file starts with a broken byte-order mark");
    }
    skipWhitespace();
    const int c = peekByte();
    if (c == -1)
        return fail("empty_file", "the file is empty");
    if (c == '[') {
        getByte();
        return Status::success();
    }
    if (c != '{')
        return fail("invalid_json", "the file is not JSON: it starts with neither '[' nor '{'");
    m_topIsObject = true;
    return seekArray(arrayPath, 0, {});
}

JsonArrayStream::Next JsonArrayStream::next(Element& element)
{
    element.text.clear();
    if (m_done)
        return m_error.code.empty() ? Next::End : Next::Failed;
    skipWhitespace();
    int c = peekByte();
    element.line = m_line;
    if (c == -1) {
        m_done = true;
        return Next::Truncated; // the file ends before the array is closed
    }
    if (c == ']') {
        getByte();
        m_done = true;
        return Next::End;
    }
    if (!m_first) {
        if (c != ',') {
            static_cast<void>(fail("invalid_json", "expected ',' or ']' between array elements"));
            return Next::Failed;
        }
        getByte();
        skipWhitespace();
        c = peekByte();
        element.line = m_line;
        if (c == -1) {
            m_done = true;
            return Next::Truncated;
        }
        if (c == ']') {
            static_cast<void>(fail("invalid_json", "a ',' before ']' ends the array"));
            return Next::Failed;
        }
    }
    m_first = false;
    bool partial = false;
    if (!readValue(&element.text, m_maxElementBytes, partial))
        return Next::Failed;
    if (partial) {
        m_done = true;
        return Next::Truncated;
    }
    return Next::Element;
}

} // namespace balgul::core::sensor
