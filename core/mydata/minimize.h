#pragma once

// Minimization (docs/mydata.md "Minimization"): the only way a resident's records become rows
// that may leave this computer. Given the decrypted blocks and a consent, it keeps the consent's
// categories, sums or averages them over the consent's periods, counts track points per grid cell
// and period, and withholds the cells of the resident's home and most frequent night-time place
// when the grid is finer than 1 km. The rows carry no record ids, device or file names and no
// coordinates (SharedRow has no place for them); the preview screen shows exactly these rows.
//
// Periods are UTC hours, days and months.

#include "core/mydata/consent.h"
#include "core/mydata/record.h"
#include "core/mydata/shared_row.h"
#include "core/util/result.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace balgul::core::mydata {

struct Place
{
    double lat = 0;
    double lon = 0;
};

struct MinimizeContext
{
    /// The resident's home as they gave it (never leaves; only its cell is withheld).
    std::optional<Place> home;
    /// Seconds east of UTC of the resident's clock, for telling night-time points (22:00–06:00
    /// local) apart; Korea by default.
    int localOffsetSeconds = 9 * 3600;
};

/// What was left out, and why: counts only, never a place.
struct MinimizeReport
{
    std::int64_t rowsWithheldHome = 0;       ///< Mobility rows whose cell holds the home place
    std::int64_t rowsWithheldNightPlace = 0; ///< ... or the most frequent night-time place
    std::int64_t pointsUntimed = 0;          ///< track points without a time: they have no period
    std::int64_t pointsUnusable = 0;         ///< track points with coordinates out of range
    std::int64_t readingsUnusable = 0;       ///< readings with a value that is not a finite number,
                                             ///< or a time before 1970 or after 9999
    std::int64_t blocksOutsideConsent = 0;   ///< blocks of categories the consent does not name
    /// Looked for only when Mobility rows are made on a grid finer than 1 km: false when no timed
    /// point fell between 22:00 and 06:00 local time.
    bool nightPlaceFound = false;

    bool operator==(const MinimizeReport&) const = default;
};

struct Minimized
{
    /// Sorted by category (record.h order), unit, period start, cell; one row per key.
    std::vector<SharedRow> rows;
    MinimizeReport report;
};

/// Only the consent's scope is read (categories, aggregate, grid), so a consent being drafted can be
/// previewed. Errors (`invalid_field`): no categories, or a grid the consent may not have
/// (isGridAllowed: never Exact for Mobility).
Result<Minimized> minimize(const std::vector<RecordBlock>& blocks, const Consent& consent,
                           const MinimizeContext& context = {});

/// The precision the night-time place is looked for at: the 100 m cell holding the most timed
/// points between 22:00 and 06:00 local time (ties: the lowest row, then column).
inline constexpr geo::Precision kNightPlacePrecision = geo::Precision::M100;

/// The resident's most frequent night-time place over the Mobility blocks, as a 100 m cell
/// (nullopt without timed night-time points). Stays on this computer.
std::optional<geo::GridCell> nightPlace(const std::vector<RecordBlock>& blocks, int localOffsetSeconds);
/// True when UTC second `time` falls between 22:00 and 06:00 at `localOffsetSeconds`.
bool isNightTime(std::int64_t time, int localOffsetSeconds);

/// For the preview screen: how many rows of each category would leave, and the readings or points
/// behind them. Categories in record.h order; only those with rows.
struct CategoryPreview
{
    Category category = Category::Electricity;
    std::size_t rows = 0;
    std::int64_t readings = 0;
};
std::vector<CategoryPreview> previewSummary(const std::vector<SharedRow>& rows);

} // namespace balgul::core::mydata
