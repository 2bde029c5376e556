#pragma once

// The baseline `balgul-cli bench store` measures bulk writes against: the store as schema 7 kept it,
// an FTS5 trigram index and an R*Tree filled by triggers one row at a time.

#include "core/domain/problem.h"
#include "core/util/result.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace balgul::core {
class Database;
}

namespace balgul::cli {

/// How long schema 7 took to write rows one at a time.
struct BaselineFill
{
    std::size_t rows = 0;
    double ms = 0;
};

/// The problems of chunk `index` of a fill (the same for the benchmark and its baseline).
using ChunkSource = std::function<std::vector<core::Problem>(std::size_t index)>;

/// Makes a schema-7 store at `path` and writes `count` problems into it one row at a time in one
/// transaction, through the schema's triggers (what Store::insertProblems did before schema 8). The
/// problems come from `chunks` (`chunkSize` each), generated before the clock starts. With `onto` >
/// 0, the store first gets the `onto` problems before them the quick way (triggers off, the indexes
/// built in bulk after) and only the `count` after them are timed.
core::Result<BaselineFill> fillSchema7(const std::string& path, std::size_t onto, std::size_t count,
                                       const ChunkSource& chunks, std::size_t chunkSize);

/// The row ids schema 7 finds for a search text: its FTS5 phrase, or the indexed trigrams that start
/// with one or two characters.
std::vector<std::int64_t> searchSchema7(core::Database& db, const std::string& text);

} // namespace balgul::cli
