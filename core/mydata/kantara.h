#pragma once

// A consent as a Kantara Initiative Consent Receipt, version 1.1 (docs/mydata.md "Consent"): the
// JSON record a resident keeps of what they agreed to, readable by other consent tools.
//
// The controller is whoever runs the hub. A consent whose recipient is the hub names no third
// party; a living lab or a pilot is a third party, named in `thirdPartyName`. Heart rate, steps and
// walking distance are health data: the receipt is `sensitive` with `spiCat` ["health"].

#include "core/mydata/consent.h"
#include "core/util/result.h"

#include <string>

namespace balgul::core::mydata {

inline constexpr const char* kKantaraVersion = "KI-CR-v1.1.0";

/// The PII controller's postal address (schema.org PostalAddress members, as the specification's
/// examples use them). Empty members are left out.
struct PostalAddress
{
    std::string streetAddress;
    std::string addressLocality;
    std::string addressRegion;
    std::string postalCode;
    std::string addressCountry; ///< ISO 3166-1 alpha-2, "KR"
};

/// Who runs the hub and how the consent was asked, as the hub's operator states it.
struct ControllerInfo
{
    std::string name;    ///< piiController
    std::string contact; ///< a person or office
    PostalAddress address;
    std::string email;
    std::string phone;
    std::string url;       ///< piiControllerUrl (optional)
    std::string policyUrl; ///< the privacy policy
    std::string service = "Balgul MyData sharing";
    std::string jurisdiction = "KR";
    std::string language = "ko"; ///< ISO 639-1 of the purpose text
    std::string collectionMethod = "Balgul desktop consent screen";
    std::string publicKey; ///< the controller's public key (optional)
};

/// The receipt's JSON text. Errors `invalid_field` naming the controller member the specification
/// requires and `controller` leaves empty ("controller.email"), or the consent's own
/// (validateConsent).
Result<std::string> kantaraReceipt(const Consent& consent, const ControllerInfo& controller);

} // namespace balgul::core::mydata
