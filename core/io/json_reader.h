#pragma once

#include "core/util/json_writer.h" // appendJsonString
#include "core/util/result.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core {

/// Limits that keep a hostile document from exhausting memory or the stack.
struct JsonLimits
{
    int maxDepth = 64;
    std::size_t maxStringBytes = 1 << 20; ///< per string, after unescaping
    std::size_t maxValues = 64u << 20;    ///< values in the whole document
};

enum class JsonType : std::uint8_t
{
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
};

std::string_view toString(JsonType type);

class JsonDocument;

/// A read-only view of one value of a JsonDocument; valid while the document lives.
/// A default-constructed view is "absent" (what find() returns for a missing key).
class JsonValue
{
public:
    JsonValue() = default;

    bool exists() const { return m_doc != nullptr; }
    JsonType type() const;
    /// The 1-based line where the value starts.
    long line() const;

    bool isNull() const { return exists() && type() == JsonType::Null; }
    bool isBool() const { return exists() && type() == JsonType::Bool; }
    bool isNumber() const { return exists() && type() == JsonType::Number; }
    bool isString() const { return exists() && type() == JsonType::String; }
    bool isArray() const { return exists() && type() == JsonType::Array; }
    bool isObject() const { return exists() && type() == JsonType::Object; }

    bool asBool() const;
    double asNumber() const;
    /// UTF-8, unescaped; empty unless a string.
    std::string_view asString() const;

    /// Elements of an array or members of an object.
    std::size_t size() const;
    /// Array element `index` (< size()).
    JsonValue at(std::size_t index) const;
    /// Object member `index` (< size()): its key and value.
    std::string_view keyAt(std::size_t index) const;
    JsonValue valueAt(std::size_t index) const;
    /// Object member by key, or an absent value.
    JsonValue find(std::string_view key) const;

private:
    friend class JsonDocument;
    friend class JsonParser;
    JsonValue(const JsonDocument* doc, std::uint32_t index) : m_doc(doc), m_index(index) {}

    const JsonDocument* m_doc = nullptr;
    std::uint32_t m_index = 0;
};

/// Hands over the next bytes of a text being read (a file, a chunk at a time): fills `buffer` with up
/// to `capacity` bytes and returns how many; 0 at the end of the text, -1 when reading failed.
using JsonReadFunction = std::function<std::ptrdiff_t(char* buffer, std::size_t capacity)>;

/// One array of a document whose elements are handed over one at a time while the document is read
/// (JsonDocument::stream), so that a file of a million features never holds more than one of them.
struct JsonStreamedArray
{
    /// The object keys that lead to the array from the top-level object ({"features"}).
    std::vector<std::string> path;
    /// Called with each element, in order, as soon as it is read; the element and what it holds are
    /// gone when it returns (the document's array reads as empty). Returning false stops reading:
    /// the parse fails with `cancelled`.
    std::function<bool(const JsonValue& element, std::size_t index)> onElement;
};

/// A parsed JSON text (RFC 8259, strict: no comments, trailing commas, duplicate keys,
/// invalid UTF-8, lone surrogates or control characters in strings). A UTF-8 byte-order
/// mark at the start is skipped.
///
/// Values live in one flat array (children of an array or object are contiguous), strings
/// in one buffer, so a 100 MB document costs little more than its size.
class JsonDocument
{
public:
    /// Errors carry the line and, in `field`, the path of the value at fault
    /// ("features[3].properties.title"). Codes: `invalid_json`, `invalid_utf8`, `too_long`,
    /// `too_deep`, `too_many_values`, `duplicate_key`.
    static Result<JsonDocument> parse(std::string_view text, const JsonLimits& limits = {});
    /// Like parse() over the text `read` hands over, read a chunk at a time and dropped once parsed,
    /// with the elements of `streamed` given to its onElement as they come and not kept: memory
    /// stays bounded by the largest element however long the text. Errors, lines and fields are
    /// exactly those parse() gives for the whole text, plus `read_failed` (the reader said so) and
    /// `cancelled` (onElement said stop).
    static Result<JsonDocument> stream(const JsonReadFunction& read, const JsonStreamedArray& streamed,
                                       const JsonLimits& limits = {});

    JsonValue root() const { return JsonValue(this, m_root); }

private:
    friend class JsonValue;
    friend class JsonParser;

    struct Node
    {
        JsonType type = JsonType::Null;
        std::uint32_t line = 0;
        /// Bool: a; Number: the double in the bits of a:b; String: offset a, length b in
        /// m_strings; Array/Object: first child a, count b (objects alternate key, value).
        std::uint32_t a = 0;
        std::uint32_t b = 0;
    };

    std::vector<Node> m_nodes;
    std::string m_strings;
    std::uint32_t m_root = 0;
};

} // namespace balgul::core
