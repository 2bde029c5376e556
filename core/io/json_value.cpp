#include "core/io/json_reader.h"

#include <bit>

namespace balgul::core {

std::string_view toString(JsonType type)
{
    switch (type) {
    case JsonType::Null:
        return "null";
    case JsonType::Bool:
        return "boolean";
    case JsonType::Number:
        return "number";
    case JsonType::String:
        return "string";
    case JsonType::Array:
        return "array";
    case JsonType::Object:
        return "object";
    }
    return "value";
}

// JsonValue ---------------------------------------------------------------------------------------------

JsonType JsonValue::type() const
{
    return m_doc->m_nodes[m_index].type;
}

long JsonValue::line() const
{
    return exists() ? static_cast<long>(m_doc->m_nodes[m_index].line) : 0;
}

bool JsonValue::asBool() const
{
    return isBool() && m_doc->m_nodes[m_index].a != 0;
}

double JsonValue::asNumber() const
{
    if (!isNumber())
        return 0;
    const auto& n = m_doc->m_nodes[m_index];
    return std::bit_cast<double>((static_cast<std::uint64_t>(n.a) << 32) | n.b);
}

std::string_view JsonValue::asString() const
{
    if (!isString())
        return {};
    const auto& n = m_doc->m_nodes[m_index];
    return std::string_view(m_doc->m_strings).substr(n.a, n.b);
}

std::size_t JsonValue::size() const
{
    if (!exists())
        return 0;
    const auto& n = m_doc->m_nodes[m_index];
    if (n.type == JsonType::Array)
        return n.b;
    if (n.type == JsonType::Object)
        return n.b / 2;
    return 0;
}

JsonValue JsonValue::at(std::size_t index) const
{
    if (!isArray() || index >= size())
        return {};
    return JsonValue(m_doc, m_doc->m_nodes[m_index].a + static_cast<std::uint32_t>(index));
}

std::string_view JsonValue::keyAt(std::size_t index) const
{
    if (!isObject() || index >= size())
        return {};
    return JsonValue(m_doc, m_doc->m_nodes[m_index].a + static_cast<std::uint32_t>(2 * index)).asString();
}

JsonValue JsonValue::valueAt(std::size_t index) const
{
    if (!isObject() || index >= size())
        return {};
    return JsonValue(m_doc, m_doc->m_nodes[m_index].a + static_cast<std::uint32_t>(2 * index + 1));
}

JsonValue JsonValue::find(std::string_view key) const
{
    const std::size_t n = size();
    if (!isObject())
        return {};
    for (std::size_t i = 0; i < n; ++i)
        if (keyAt(i) == key)
            return valueAt(i);
    return {};
}

} // namespace balgul::core
