#pragma once

// Aggregates of shared MyData rows across residents (docs/mydata.md "On the hub"): rows are put in
// periods of the asked aggregate, each resident's rows in a (unit, cell, period) make one
// contribution, and a cell is released only where at least k distinct residents contribute. With
// an epsilon, every contribution is clipped to its category's bound and the released count and sum
// carry Laplace noise (epsilon / 2 each), so each released cell is epsilon-differentially private
// towards any one resident; the epsilon is charged to every consent behind a released cell, once
// per cell.

#include "hub/mydata/mydata_storage.h"

#include "core/mydata/record.h"
#include "core/mydata/shared_row.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace balgul::hub::mydata {

/// Where one resident's contribution to one cell is clipped, for a unit of a category.
struct ClipBound
{
    std::string unit;
    double lower = 0;
    double upper = 0;
};

/// The stated bounds of a category in cells of `aggregate` (a day's bound for hourly and daily
/// cells, 31 days' for monthly ones; heart rate, a mean, keeps its bounds). Every unit the category
/// may carry has one.
std::vector<ClipBound> clipBounds(core::mydata::Category category, core::mydata::Aggregate aggregate);

/// True for the categories a cell reports as a mean of residents' means (heart rate); the others
/// report the sum of contributions and its mean per resident.
bool reportsMeanOnly(core::mydata::Category category);

/// The start of the period of `aggregate` (hourly, daily or monthly, UTC) holding `time`.
std::int64_t periodStart(std::int64_t time, core::mydata::Aggregate aggregate);

struct AggregateQuery
{
    core::mydata::Category category = core::mydata::Category::Electricity;
    core::mydata::Aggregate aggregate = core::mydata::Aggregate::Daily;
    int k = 5;
    std::optional<double> epsilon;
};

struct AggregateCell
{
    std::string unit;
    std::string cell; ///< "" for rows without a place
    std::int64_t periodStart = 0;
    double residents = 0;      ///< with epsilon: noisy, rounded to a whole number, at least 0
    std::optional<double> sum; ///< absent for reportsMeanOnly() categories
    double mean = 0;
};

struct AggregateResult
{
    std::vector<AggregateCell> cells;   ///< by period, unit, cell
    std::vector<EpsilonCharge> charges; ///< with epsilon: the consents behind released cells
};

/// Draws Laplace noise of scale `b` (mean 0).
using LaplaceNoise = std::function<double(double b)>;
/// Noise from the system's cryptographic random source.
double secureLaplace(double b);

/// Aggregates `rows` (already limited to the category and window) as `query` asks. A resident with
/// several consents holding rows for the same unit, cell and period counts once, through the
/// consent registered last. Rows coarser than the asked aggregate are left out.
AggregateResult aggregateRows(const std::vector<Contribution>& rows, const AggregateQuery& query,
                              const LaplaceNoise& noise = secureLaplace);

} // namespace balgul::hub::mydata
