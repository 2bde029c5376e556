#pragma once

// A resident's consent to share personal records (docs/mydata.md "Consent"): what may leave this
// computer, for what, to whom, how coarsely, for how long, and how to take it back. Shaped after
// ISO/IEC TS 27560 (a consent record with its events) and worded with W3C DPV purpose terms; the
// Kantara Consent Receipt is made from it by core/mydata/kantara.h.
//
// The JSON codec is strict: a missing member, a wrong JSON type, an unknown word, an empty list or
// times out of order is code `invalid_field`, with `field` naming the member ("categories[2]",
// "recipient.kind", "events[1].time"). Members this version does not know are ignored.

#include "core/geo/grid_cell.h"
#include "core/mydata/record.h"
#include "core/mydata/shared_row.h"
#include "core/util/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core::mydata {

namespace consent_limits {
inline constexpr std::size_t kMaxPurposeBytes = 2000;
inline constexpr std::size_t kMaxNameBytes = 200; ///< recipient name
inline constexpr std::size_t kMaxIdBytes = 128;   ///< principal, recipient id
inline constexpr std::size_t kMaxWithdrawalBytes = 1000;
inline constexpr std::int64_t kMaxRetentionDays = 3650;
/// Times are whole UTC seconds from 1970-01-01 to 9999-12-31T23:59:59.
inline constexpr std::int64_t kMaxTime = 253402300799;
} // namespace consent_limits

/// Who receives the rows: the hub the resident signed in to, the living lab behind it, or one
/// named pilot (a pilot team).
enum class RecipientKind
{
    Hub,
    Lab,
    Pilot,
};
/// "hub", "lab", "pilot".
std::string_view toString(RecipientKind kind);
std::optional<RecipientKind> recipientKindFromString(std::string_view text);

/// The DPV purpose terms a consent may name (https://w3id.org/dpv#): "dpv:ResearchAndDevelopment",
/// "dpv:NonCommercialResearch", "dpv:AcademicResearch", "dpv:PublicBenefit",
/// "dpv:ImprovePublicServices", "dpv:ServiceProvision".
const std::vector<std::string_view>& purposeCategories();
bool isPurposeCategory(std::string_view term);

enum class ConsentEventType
{
    Given,
    Withdrawn,
    Expired,
};
/// "given", "withdrawn", "expired".
std::string_view toString(ConsentEventType type);
std::optional<ConsentEventType> consentEventTypeFromString(std::string_view text);

struct ConsentEvent
{
    ConsentEventType type = ConsentEventType::Given;
    std::int64_t time = 0; ///< UTC seconds

    bool operator==(const ConsentEvent&) const = default;
};

struct Recipient
{
    RecipientKind kind = RecipientKind::Hub;
    std::string id;   ///< the hub's URL or id, the lab's id, the pilot's id
    std::string name; ///< as the resident reads it

    bool operator==(const Recipient&) const = default;
};

struct Consent
{
    std::string id;              ///< a UUID made when the resident agrees
    std::string principal;       ///< the resident's hub account id
    std::string purpose;         ///< the recipient's purpose, in the recipient's words
    std::string purposeCategory; ///< one of purposeCategories()
    Recipient recipient;
    std::vector<Category> categories; ///< at least one, no repeats
    Aggregate aggregate = Aggregate::Daily;
    /// The spatial grid of Mobility rows: 250m, 500m or 1km; Exact only when no category carries
    /// places (no Mobility), meaning no coordinates at all. 100m is never offered.
    geo::Precision grid = geo::Precision::Km1;
    std::int64_t retentionDays = 365; ///< how long the recipient keeps the rows (1..3650)
    std::int64_t given = 0;           ///< UTC seconds
    std::int64_t expires = 0;         ///< UTC seconds, after `given`: no rows leave from then on
    std::string withdrawal;           ///< how to withdraw, as the recipient states it
    /// In time order: one Given at `given` first; at most one Withdrawn and one Expired (at
    /// `expires`); nothing after a Withdrawn.
    std::vector<ConsentEvent> events;

    bool operator==(const Consent&) const = default;
};

enum class ConsentStatus
{
    Pending, ///< `now` is before `given`
    Active,
    Withdrawn, ///< a Withdrawn event at or before `now`
    Expired,   ///< `now` at or after `expires` (and not withdrawn)
};
/// "pending", "active", "withdrawn", "expired".
std::string_view toString(ConsentStatus status);

ConsentStatus status(const Consent& consent, std::int64_t now);
/// True when `grid` may be chosen for a consent with these categories.
bool isGridAllowed(geo::Precision grid, const std::vector<Category>& categories);
/// A consent given at `given` with its Given event and a new id (the other members as passed).
Consent newConsent(Consent draft, std::int64_t given);

/// Every rule above; the error names the member at fault.
Status validateConsent(const Consent& consent);
/// Adds the Withdrawn event at `now`. Errors: `consent_withdrawn` (already withdrawn),
/// `invalid_field` "events" (`now` before the last event).
Status withdraw(Consent& consent, std::int64_t now);
/// Adds the Expired event (at `expires`) when `now` has reached it and the consent was neither
/// withdrawn before nor marked expired; true when it added one.
bool recordExpiry(Consent& consent, std::int64_t now);

std::string encodeConsent(const Consent& consent);
Result<Consent> decodeConsent(std::string_view json);

/// The four things Korea's Personal Information Protection Act (§15(2), §17(2) for provision to
/// another party) requires a consent request to state, as data for the consent screen: the app
/// words them in Korean and English. No sentence here is meant for the resident.
struct PipaNotice
{
    // 1. The purpose (and the recipient, since the rows are provided to another party).
    std::string purpose;
    std::string purposeCategory;
    RecipientKind recipientKind = RecipientKind::Hub;
    std::string recipientName;
    // 2. The items: the categories and how they are processed before they leave.
    std::vector<Category> items;
    Aggregate aggregate = Aggregate::Daily;
    geo::Precision grid = geo::Precision::Km1; ///< meaningful when `items` holds Mobility
    bool carriesPlaces = false;                ///< `items` holds Mobility
    /// The cells of the home and of the most frequent night-time place are withheld: places are
    /// shared on a grid finer than 1 km (docs/mydata.md "Minimization").
    bool withholdsHomeCell = false;
    /// Health data (heart rate, steps, walking distance): sensitive information (§23), asked for
    /// apart from the rest.
    bool sensitive = false;
    // 3. The retention period.
    std::int64_t retentionDays = 0;
    std::int64_t expires = 0;
    std::string withdrawal;
    // 4. The right to refuse and what refusing costs: consent is never a condition of using
    // Balgul, so refusing costs `refusalCost` and nothing else.
    bool mayRefuse = true;
    /// "none": nothing is shared and nothing else changes; "pilot_without_your_data": the pilot's
    /// evidence is gathered without the resident's rows.
    std::string refusalCost;
};

PipaNotice pipaNotice(const Consent& consent);
/// Heart rate, steps and walking distance: health data.
bool isHealthData(Category category);

} // namespace balgul::core::mydata
