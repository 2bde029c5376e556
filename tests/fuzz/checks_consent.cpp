// The fuzz checks of the MyData consent and share codecs (core/mydata/consent.h,
// core/mydata/share_codec.h): what decodes is valid, encodes to text that decodes to the same, and
// encodes again to the same text; a refusal names its member.

#include "tests/fuzz/fuzz_checks.h"

#include "core/mydata/consent.h"
#include "core/mydata/kantara.h"
#include "core/mydata/share_codec.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace balgul::fuzz {

namespace {

using namespace balgul::core;
using namespace balgul::core::mydata;

/// A refusal says what and, for a member at fault, which one.
void checkRefusal(const Error& error, std::string_view prefix)
{
    BALGUL_FUZZ_CHECK(!error.code.empty(), error.toString());
    if (error.code == "invalid_field") {
        BALGUL_FUZZ_CHECK(!error.field.empty(), error.toString());
        BALGUL_FUZZ_CHECK(prefix.empty() || error.field.starts_with(prefix), error.toString());
    }
}

} // namespace

void checkConsentJson(std::string_view data)
{
    auto decoded = decodeConsent(data);
    if (!decoded) {
        checkRefusal(decoded.error(), {});
        return;
    }
    const Consent& consent = *decoded;
    const Status valid = validateConsent(consent);
    BALGUL_FUZZ_CHECK(valid, valid ? std::string() : valid.error().toString());

    const std::string once = encodeConsent(consent);
    auto again = decodeConsent(once);
    BALGUL_FUZZ_CHECK(again, (again ? std::string() : again.error().toString()) + "\n  " + once);
    BALGUL_FUZZ_CHECK(*again == consent, once);
    BALGUL_FUZZ_CHECK(encodeConsent(*again) == once, once);

    // Status follows the events and the expiry.
    const ConsentStatus atExpiry = status(consent, consent.expires);
    BALGUL_FUZZ_CHECK(atExpiry == ConsentStatus::Expired || atExpiry == ConsentStatus::Withdrawn, once);
    BALGUL_FUZZ_CHECK(status(consent, consent.given - 1) != ConsentStatus::Active, once);

    // A withdrawal at the last event's time keeps it a valid consent that reads back.
    Consent withdrawn = consent;
    if (withdraw(withdrawn, withdrawn.events.back().time)) {
        BALGUL_FUZZ_CHECK(validateConsent(withdrawn), once);
        auto back = decodeConsent(encodeConsent(withdrawn));
        BALGUL_FUZZ_CHECK(back && *back == withdrawn, encodeConsent(withdrawn));
        BALGUL_FUZZ_CHECK(status(withdrawn, withdrawn.events.back().time) == ConsentStatus::Withdrawn, once);
    }

    // The receipt is JSON.
    ControllerInfo controller;
    controller.name = "Lab";
    controller.contact = "Office";
    controller.address.addressCountry = "KR";
    controller.email = "privacy@lab.example";
    controller.phone = "+82-2-000-0000";
    controller.policyUrl = "https://lab.example/privacy";
    auto receipt = kantaraReceipt(consent, controller);
    BALGUL_FUZZ_CHECK(receipt, receipt ? std::string() : receipt.error().toString());
    try {
        Poco::JSON::Parser parser;
        parser.parse(*receipt);
    } catch (const Poco::Exception& e) {
        BALGUL_FUZZ_CHECK(false, e.displayText() + "\n  " + *receipt);
    }
    BALGUL_FUZZ_CHECK(pipaNotice(consent).items == consent.categories, once);
}

void checkShareJson(std::string_view data)
{
    auto decoded = decodeSharedRows(data);
    if (!decoded) {
        checkRefusal(decoded.error(), "rows");
        return;
    }
    const std::vector<SharedRow>& rows = *decoded;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Status s = checkSharedRow(rows[i]);
        BALGUL_FUZZ_CHECK(s, s ? std::string() : s.error().toString());
    }
    const std::string once = encodeSharedRows(rows);
    auto again = decodeSharedRows(once);
    BALGUL_FUZZ_CHECK(again, (again ? std::string() : again.error().toString()) + "\n  " + once);
    BALGUL_FUZZ_CHECK(again->size() == rows.size(), once);
    for (std::size_t i = 0; i < rows.size(); ++i)
        BALGUL_FUZZ_CHECK(sameRow((*again)[i], rows[i]), once);
    BALGUL_FUZZ_CHECK(encodeSharedRows(*again) == once, once);

    // Against a consent of every category, raw, on the 250 m grid: only repeats and 100 m cells
    // can be refused, and a refusal names a row.
    Consent everything;
    everything.categories = allCategories();
    everything.aggregate = Aggregate::Raw;
    everything.grid = geo::Precision::M250;
    const Status scope = checkRowsAgainstConsent(rows, everything);
    if (!scope)
        checkRefusal(scope.error(), "rows[");
}

} // namespace balgul::fuzz
