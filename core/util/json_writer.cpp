#include "core/util/json_writer.h"

#include <charconv>
#include <cmath>

namespace balgul::core {

void appendJsonString(std::string& out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    std::size_t run = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.substr(run, i - run));
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        }
    }
    out.append(text.substr(run));
    out += '"';
}

std::string jsonQuote(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    appendJsonString(out, text);
    return out;
}

std::string jsonNumber(double value)
{
    if (!std::isfinite(value))
        return "null";
    char buf[32];
    auto result = std::to_chars(buf, buf + sizeof buf, value);
    // A whole number past 2^53 written as digits alone reads back as an integer, and past 64 bits
    // as none at all: write it with an exponent, so it stays a JSON double.
    if (std::fabs(value) >= 9007199254740992.0 &&
        std::string_view(buf, result.ptr).find_first_of(".e") == std::string_view::npos)
        result = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    return std::string(buf, result.ptr);
}

void JsonObjectWriter::key(std::string_view k)
{
    if (m_out.size() > 1)
        m_out += ',';
    m_out += jsonQuote(k);
    m_out += ':';
}

JsonObjectWriter& JsonObjectWriter::add(std::string_view k, std::string_view value)
{
    key(k);
    m_out += jsonQuote(value);
    return *this;
}

JsonObjectWriter& JsonObjectWriter::add(std::string_view k, double value)
{
    key(k);
    m_out += jsonNumber(value);
    return *this;
}

JsonObjectWriter& JsonObjectWriter::add(std::string_view k, std::int64_t value)
{
    key(k);
    m_out += std::to_string(value);
    return *this;
}

JsonObjectWriter& JsonObjectWriter::add(std::string_view k, bool value)
{
    key(k);
    m_out += value ? "true" : "false";
    return *this;
}

JsonObjectWriter& JsonObjectWriter::addRaw(std::string_view k, std::string_view json)
{
    key(k);
    m_out += json;
    return *this;
}

} // namespace balgul::core
