#pragma once

#include <string>
#include <string_view>

namespace balgul::core {

/// Builds one flat JSON object, member by member (outbox op fields and the like).
class JsonObjectWriter
{
public:
    JsonObjectWriter& add(std::string_view key, std::string_view value);
    JsonObjectWriter& add(std::string_view key, const char* value)
    {
        return add(key, std::string_view(value));
    }
    JsonObjectWriter& add(std::string_view key, const std::string& value)
    {
        return add(key, std::string_view(value));
    }
    JsonObjectWriter& add(std::string_view key, double value);
    JsonObjectWriter& add(std::string_view key, std::int64_t value);
    JsonObjectWriter& add(std::string_view key, bool value);
    /// A member whose value is already JSON.
    JsonObjectWriter& addRaw(std::string_view key, std::string_view json);
    std::string str() const { return m_out + "}"; }

private:
    void key(std::string_view k);
    std::string m_out = "{";
};

/// Appends `text` as a JSON string literal (quotes included), escaping what RFC 8259 requires.
void appendJsonString(std::string& out, std::string_view text);
/// `text` as a quoted JSON string.
std::string jsonQuote(std::string_view text);
/// Shortest decimal text that reads back as the same double ("null" for NaN/inf).
std::string jsonNumber(double value);

} // namespace balgul::core
