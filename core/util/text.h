#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace balgul::core {

/// True when `text` is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
bool isValidUtf8(std::string_view text);
/// Number of code points in well-formed UTF-8.
std::size_t utf8Length(std::string_view text);
/// Leading and trailing ASCII white space removed.
std::string trimmed(std::string_view text);
/// Lower-case hex of the bytes.
std::string toHex(std::string_view bytes);
/// Whether `text` holds a character no text field takes: U+0000–U+001F or U+007F, except tab,
/// line feed and carriage return in a `multiLine` field (a description, a comment).
bool hasControlCharacter(std::string_view text, bool multiLine);

} // namespace balgul::core
