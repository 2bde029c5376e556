#pragma once

// What tally.cpp and equal_shares.cpp share: the ballots counted once into scores and, per project,
// its supporters.

#include "core/voting/ballot.h"

#include <cstdint>
#include <vector>

namespace balgul::core::voting::detail {

struct Counted
{
    std::int64_t voters = 0;
    std::vector<std::int64_t> score; ///< per project, in the round's order
    /// Supporters of project p: voter[start[p]] … voter[start[p + 1] - 1], with the points they gave.
    std::vector<std::size_t> start;
    std::vector<std::int32_t> voter;
    std::vector<std::int32_t> points;
};

/// The ballots' scores, and with `supporters` each project's supporters.
Counted countBallots(const Round& round, const std::vector<Ballot>& ballots, bool supporters);

/// Fills `out` (its projects already carrying scores and costs) under the Method of Equal Shares.
void equalShares(const Round& round, const Counted& counted, Tally& out);

} // namespace balgul::core::voting::detail
