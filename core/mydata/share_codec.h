#pragma once

// A batch of minimized rows as it goes to the hub (docs/mydata.md "Minimization"), its strict JSON
// codec, and the check of rows against a consent's scope. The client checks what it is about to
// send with the same function the hub runs on what it receives, so neither can take more than the
// consent allows.
//
//   {"rows":[{"category":"steps","unit":"count","aggregate":"daily",
//             "period_start":"2025-03-01T00:00:00Z","value":8123,"count":96,"cell":""}]}
//
// Every member is required. Errors are code `invalid_field` naming the member ("rows[3].cell");
// more than kMaxRowsPerBatch rows is `too_large`; text that is not a JSON object `malformed_json`.

#include "core/mydata/consent.h"
#include "core/mydata/shared_row.h"
#include "core/util/result.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core::mydata {

namespace share_limits {
inline constexpr std::size_t kMaxRowsPerBatch = 10000;
} // namespace share_limits

/// The start of the period holding UTC second `time`: the hour's, the UTC day's or the UTC month's
/// first second; `time` itself for Raw.
std::int64_t periodStartOf(std::int64_t time, Aggregate aggregate);
/// True when `time` is a period start of `aggregate` (always for Raw).
bool isPeriodStart(std::int64_t time, Aggregate aggregate);
/// The units a category's rows may carry: Electricity "Wh"; Gas "Wh", "m3", "therm"; Mobility "";
/// Steps "count"; HeartRate "count/min"; WalkingDistance "m".
bool isKnownUnit(Category category, std::string_view unit);

/// One row on its own: a known unit for its category, a period start aligned to its aggregate
/// (from 1970 to 9999), a finite value, a count of at least 1, and a canonical grid cell id on
/// Mobility rows (value 0) and on no other row. `path` prefixes the field ("rows[3]").
Status checkSharedRow(const SharedRow& row, const std::string& path = {});

/// Every row well formed (checkSharedRow) and within the consent: a category it names, an
/// aggregate at least as coarse as its own, on Mobility rows a cell of a precision at least as
/// coarse as its grid, and no row twice (same category, unit, aggregate, period and cell).
/// Whether the consent is active is the caller's question (status()).
Status checkRowsAgainstConsent(const std::vector<SharedRow>& rows, const Consent& consent);

std::string encodeSharedRows(const std::vector<SharedRow>& rows);
/// Checks every row with checkSharedRow (not against a consent).
Result<std::vector<SharedRow>> decodeSharedRows(std::string_view json);

/// Same members, the value compared exactly.
bool sameRow(const SharedRow& a, const SharedRow& b);

} // namespace balgul::core::mydata
