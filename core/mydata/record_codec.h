#pragma once

// The binary form of a vault record's plaintext (docs/mydata.md, "The vault"): one RecordBlock,
// versioned and compact (times as deltas, whole and thousandth values as variable-length integers,
// track points in 1e-7 degrees where that is exact), read back with every length and count checked
// against what is left, so a damaged plaintext is an error and never a crash or a wrong block.

#include "core/mydata/record.h"
#include "core/util/result.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace balgul::core::mydata {

/// The first byte of every encoding this version writes.
inline constexpr unsigned char kRecordFormatVersion = 1;
/// The longest unit a block may carry, in bytes.
inline constexpr std::size_t kMaxUnitBytes = 64;

/// Encodes a block exactly (every double comes back bit for bit). Refuses, with `invalid_field`
/// naming the field, what no importer makes: a unit longer than kMaxUnitBytes, a Mobility block
/// with a unit or intervals, another category with track points, a negative duration or one of
/// more than 2^40 seconds. The string is reserved once at its largest size, so no copy of the
/// plaintext is left behind in freed memory by its growing.
Result<std::string> encodeRecordBlock(const RecordBlock& block);

/// Decodes what encodeRecordBlock wrote. Anything else (a short, long or altered encoding, an
/// unknown version) is `record_corrupt` with what was wrong and at which byte.
Result<RecordBlock> decodeRecordBlock(std::string_view bytes);

} // namespace balgul::core::mydata
