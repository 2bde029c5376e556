#include "core/util/text.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace balgul::core {

namespace {

/// The length of the well-formed UTF-8 sequence at s[i] (1–4), or 0 when it is not one.
std::size_t sequenceLength(const unsigned char* s, std::size_t n, std::size_t i)
{
    const unsigned char c = s[i];
    if (c < 0x80)
        return 1;
    std::size_t len;
    char32_t cp;
    if ((c & 0xE0) == 0xC0) {
        len = 2;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + len > n)
        return 0;
    for (std::size_t k = 1; k < len; ++k) {
        if ((s[i + k] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// For a decimal text std::from_chars found out of range: true when it is too small (it is zero as
/// a double), false when it is too large. The decimal exponent of the first significant digit decides.
bool tooSmall(std::string_view s)
{
    std::size_t i = 0;
    long long intDigits = 0;  // significant digits before the point
    long long leadZeros = 0;  // zeros after the point before the first significant digit
    bool significant = false; // a non-zero digit was seen
    for (; i < s.size() && isDigit(s[i]); ++i) {
        significant = significant || s[i] != '0';
        if (significant)
            ++intDigits;
    }
    if (i < s.size() && s[i] == '.')
        for (++i; i < s.size() && isDigit(s[i]); ++i) {
            if (!significant && s[i] == '0')
                ++leadZeros;
            significant = significant || s[i] != '0';
        }
    long long exponent = 0;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        const bool negative = i < s.size() && s[i] == '-';
        if (i < s.size() && (s[i] == '-' || s[i] == '+'))
            ++i;
        for (; i < s.size() && isDigit(s[i]); ++i)
            if (exponent < 1'000'000'000)
                exponent = exponent * 10 + (s[i] - '0');
        if (negative)
            exponent = -exponent;
    }
    const long long magnitude = intDigits > 0 ? exponent + intDigits - 1 : exponent - leadZeros - 1;
    return magnitude < 0;
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

} // namespace

bool isValidUtf8(std::string_view text)
{
    return firstInvalidUtf8(text) == std::string_view::npos;
}

std::size_t firstInvalidUtf8(std::string_view text)
{
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        const std::size_t len = sequenceLength(s, n, i);
        if (len == 0)
            return i;
        i += len;
    }
    return std::string_view::npos;
}

std::size_t utf8Length(std::string_view text)
{
    std::size_t count = 0;
    for (const char ch : text)
        if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80)
            ++count;
    return count;
}

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string_view truncatedUtf8(std::string_view text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes)
        return text;
    std::size_t cut = maxBytes;
    // Back up over continuation bytes to the start of the character that would be cut.
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return text.substr(0, cut);
}

std::string shortened(std::string_view text, std::size_t maxChars)
{
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
            continue;
        if (chars++ == maxChars)
            return std::string(text.substr(0, i)) + "…";
    }
    return std::string(text);
}

std::size_t findControlCharacter(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
            return i;
    }
    return std::string_view::npos;
}

std::string codePointName(std::string_view text, std::size_t offset)
{
    char buf[16];
    const unsigned value = offset < text.size() ? static_cast<unsigned char>(text[offset]) : 0u;
    std::snprintf(buf, sizeof buf, "U+%04X", value);
    return buf;
}

std::string trimmed(std::string_view text)
{
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    };
    std::size_t b = 0, e = text.size();
    while (b < e && isSpace(text[b]))
        ++b;
    while (e > b && isSpace(text[e - 1]))
        --e;
    return std::string(text.substr(b, e - b));
}

std::string toHex(std::string_view bytes)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        out += digits[c >> 4];
        out += digits[c & 0xF];
    }
    return out;
}

std::optional<double> parseDecimal(std::string_view text)
{
    bool negative = false;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    // std::from_chars would also read "inf", "nan" and "infinity": only digits may start a number.
    if (text.empty() || !(isDigit(text.front()) || (text.front() == '.' && text.size() > 1)))
        return std::nullopt;
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (end != text.data() + text.size())
        return std::nullopt;
    if (ec == std::errc::result_out_of_range) {
        if (!tooSmall(text))
            return std::nullopt;
        value = 0;
    } else if (ec != std::errc() || !std::isfinite(value)) {
        return std::nullopt;
    }
    return negative ? -value : value;
}

std::optional<NonText> describeNonText(std::string_view head)
{
    using namespace std::string_view_literals;
    struct Magic
    {
        std::string_view bytes;
        std::string_view code;
        std::string_view looksLike;
    };
    static constexpr Magic kMagic[] = {
        {"\x1F\x8B"sv, "compressed_file", "a gzip file — decompress it first"},
        {"PK\x03\x04"sv, "compressed_file",
         "a zip archive (an .xlsx workbook is one) — extract the file or save the data as CSV first"},
        {"BZh"sv, "compressed_file", "a bzip2 file — decompress it first"},
        {"\xFD"
         "7zXZ"sv,
         "compressed_file", "an xz file — decompress it first"},
        {"7z\xBC\xAF\x27\x1C"sv, "compressed_file", "a 7-Zip archive — extract it first"},
        {"\xFF\xFE\x00\x00"sv, "utf16_text", "UTF-32 text — save it as UTF-8"},
        {"\x00\x00\xFE\xFF"sv, "utf16_text", "UTF-32 text — save it as UTF-8"},
        {"\xFF\xFE"sv, "utf16_text", "UTF-16 text — save it as UTF-8"},
        {"\xFE\xFF"sv, "utf16_text", "UTF-16 text — save it as UTF-8"},
        {"%PDF"sv, "not_text", "a PDF document, not a data file"},
        {"SQLite format 3"sv, "not_text", "an SQLite database, not a data file"},
        {"\x89PNG"sv, "not_text", "a PNG picture, not a data file"},
        {"\xFF\xD8\xFF"sv, "not_text", "a JPEG picture, not a data file"},
        {"\xD0\xCF\x11\xE0"sv, "not_text", "an old Office document (.xls) — save the data as CSV first"},
    };
    for (const Magic& m : kMagic)
        if (startsWith(head, m.bytes))
            return NonText{std::string(m.code), std::string(m.looksLike)};
    // UTF-16 without a byte-order mark: ASCII characters leave a zero in every other byte.
    const std::size_t pairs = std::min<std::size_t>(head.size(), 1024) / 2;
    std::size_t zeroEven = 0, zeroOdd = 0;
    for (std::size_t i = 0; i < pairs; ++i) {
        zeroEven += head[2 * i] == '\0';
        zeroOdd += head[2 * i + 1] == '\0';
    }
    const bool manyZeros = zeroOdd * 10 >= pairs * 4 || zeroEven * 10 >= pairs * 4;
    const bool oneSideOnly = zeroOdd * 20 <= pairs || zeroEven * 20 <= pairs;
    // A few bytes say nothing: a short text with one stray NUL is not UTF-16.
    if (pairs >= 4 && manyZeros && oneSideOnly)
        return NonText{"utf16_text", "UTF-16 text — save it as UTF-8"};
    // Binary data is full of NULs and control characters; text with a stray one is still text (its
    // reader names the line and field of the stray character).
    std::size_t controls = 0;
    for (const char ch : head) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            ++controls;
    }
    if (controls * 20 > head.size())
        return NonText{"not_text", "binary data, not text"};
    return std::nullopt;
}

bool hasControlCharacter(std::string_view text, bool multiLine)
{
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0x7F || (c < 0x20 && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))))
            return true;
    }
    return false;
}

} // namespace balgul::core
