#pragma once

#include "core/util/result.h"

#include <iosfwd>
#include <string>
#include <string_view>

namespace balgul::core {

class Store;

/// Writes every problem as CSV for spreadsheets: a UTF-8 byte-order mark (so Excel reads
/// Korean correctly), a header row and RFC 4180 quoting with CRLF line ends. Columns: id,
/// title, description, category, category_name, status, lat, lon, address, author, created,
/// updated, supports, comments. Text that a spreadsheet would run as a formula (starting
/// with = + - @, tab or CR) gets a leading apostrophe. `language` ("en" or "ko") chooses the words of
/// category_name, so a Korean user's spreadsheet reads Korean; the other columns are codes.
Status exportCsv(Store& store, std::ostream& out, std::string_view language = "en");

/// Appends one CSV field, quoted when needed (RFC 4180); control characters other than tab and line
/// breaks are written as U+FFFD.
void appendCsvField(std::string& out, std::string_view value);
/// Like appendCsvField, after prefixing ' to text a spreadsheet would evaluate.
void appendCsvText(std::string& out, std::string_view value);

} // namespace balgul::core
