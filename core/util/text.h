#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace balgul::core {

/// True when `text` is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
bool isValidUtf8(std::string_view text);
/// The offset of the first byte that does not start a well-formed UTF-8 character, or npos.
std::size_t firstInvalidUtf8(std::string_view text);
/// Number of code points in well-formed UTF-8.
std::size_t utf8Length(std::string_view text);
/// Appends the code point `cp` (at most U+10FFFF) to `out` as UTF-8.
void appendUtf8(std::string& out, char32_t cp);
/// At most `maxBytes` bytes of `text`, cut on a character boundary (never inside a UTF-8 sequence).
std::string_view truncatedUtf8(std::string_view text, std::size_t maxBytes);
/// `text` for a message: at most `maxChars` characters, cut on a character boundary with "…" added.
std::string shortened(std::string_view text, std::size_t maxChars = 60);
/// The offset of the first control character that is not text (U+0000–U+001F other than tab, line
/// feed and carriage return, and U+007F), or npos. Such characters are refused in every text field.
std::size_t findControlCharacter(std::string_view text);
/// "U+0000" for the byte at `text[offset]`, to name a refused character in a message.
std::string codePointName(std::string_view text, std::size_t offset);
/// Leading and trailing ASCII white space removed.
std::string trimmed(std::string_view text);
/// Lower-case hex of the bytes.
std::string toHex(std::string_view bytes);
/// Whether `text` holds a character no text field takes: U+0000–U+001F or U+007F, except tab,
/// line feed and carriage return in a `multiLine` field (a description, a comment).
bool hasControlCharacter(std::string_view text, bool multiLine);

/// A decimal number as JSON and C write it ("-12.5", "1e-3"; no "nan", "inf" or hex), exactly the whole
/// text. A value too small for a double reads as zero ("1e-999" is 0); nullopt when it is too large
/// to represent or is not a number.
std::optional<double> parseDecimal(std::string_view text);

/// What the first bytes of a file look like when they are not text a person wrote.
struct NonText
{
    std::string code;      ///< `compressed_file`, `utf16_text` (UTF-16 or UTF-32) or `not_text`
    std::string looksLike; ///< "a gzip file — decompress it first", "UTF-16 text — save it as UTF-8", ...
};
/// nullopt when the bytes may be text (UTF-8, CP949 or another 8-bit encoding).
std::optional<NonText> describeNonText(std::string_view head);

} // namespace balgul::core
