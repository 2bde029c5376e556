#pragma once

// MyData in words: categories, units, processing, grids, DPV purposes, recipients, consent states,
// the importers' reasons and errors, and the four things Korea's Personal Information Protection
// Act requires a consent request to say (docs/mydata.md "The consent screen"). Unknown codes come
// back readable, never empty.

#include "core/geo/grid_cell.h"
#include "core/mydata/consent.h"
#include "core/mydata/mydata_sync.h"
#include "core/mydata/record.h"
#include "core/mydata/shared_row.h"
#include "core/util/result.h"

#include <QString>

#include <cstdint>

namespace balgul::ui {

/// "Electricity", "Gas", "Places (GPX tracks)", "Steps", "Heart rate", "Walking distance".
QString myDataCategoryText(core::mydata::Category category);
/// A block's unit as people read it ("Wh", "m³", "beats a minute").
QString myDataUnitText(const std::string& unit);
/// "Each reading as it is", "One row per hour", "One row per day", "One row per month".
QString aggregateText(core::mydata::Aggregate aggregate);
/// "Cells of 250 m", …; Exact: "No places".
QString gridText(core::geo::Precision grid);
/// A DPV purpose term in words ("Research and development").
QString purposeCategoryText(const std::string& term);
/// "This hub", "The living lab", "A pilot team".
QString recipientKindText(core::mydata::RecipientKind kind);
/// Where a consent stands, as the consents list says it: waiting for the hub, active, withdrawn,
/// expired.
QString consentStateText(core::mydata::LocalConsentState state, core::mydata::ConsentStatus status);
/// A value of a shared row with its unit ("8,123 steps", "72.5 beats a minute").
QString sharedValueText(const core::mydata::SharedRow& row);
/// The period a row covers, in UTC as the hub counts it ("2025-03-01", "2025-03", "2025-03-01 14:00").
QString periodText(std::int64_t periodStart, core::mydata::Aggregate aggregate);
/// "Green Button", "Apple Health", "GPX track", "CSV".
QString myDataFormatText(const std::string& format);
/// Why an importer skipped readings ("bad_time" → "The time cannot be read").
QString myDataReasonText(const std::string& reason);
/// An error of the vault, an importer or sharing in words; others as describeError() says them.
QString myDataErrorText(const core::Error& error);

/// The four items of the PIPA notice, each a paragraph of plain text, and the health data note.
struct PipaText
{
    QString purpose;   ///< 1. the purpose and who receives the rows
    QString items;     ///< 2. the items and how they are processed
    QString retention; ///< 3. how long they are kept, until when, and how to withdraw
    QString refusal;   ///< 4. the right to refuse and what refusing costs
    QString sensitive; ///< health data asked for apart; "" when none is shared
};
PipaText pipaText(const core::mydata::PipaNotice& notice);

/// "Sharing ends" and other dates of a consent, in this computer's zone.
QString consentDateText(std::int64_t utcSeconds);

} // namespace balgul::ui
