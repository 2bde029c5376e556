#include "core/util/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace balgul::core {

std::string jsonQuote(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
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
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch;
            }
        }
    }
    out += '"';
    return out;
}

std::string jsonNumber(double value)
{
    if (!std::isfinite(value))
        return "null";
    char buf[32];
    const auto result = std::to_chars(buf, buf + sizeof buf, value);
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
