// Kantara Consent Receipt v1.1 (kantara.h): a consent and the hub operator's details as the
// receipt's JSON.

#include "core/mydata/kantara.h"

#include "core/util/json_writer.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace balgul::core::mydata {

namespace {

Status required(const std::string& value, const std::string& field)
{
    if (value.empty())
        return Error::make("invalid_field", field + " is required by the consent receipt", field);
    return {};
}

std::string address(const PostalAddress& a)
{
    std::string out = "{";
    bool first = true;
    for (const auto& [key, value] :
         {std::pair<const char*, const std::string*>{"streetAddress", &a.streetAddress},
          {"addressLocality", &a.addressLocality},
          {"addressRegion", &a.addressRegion},
          {"postalCode", &a.postalCode},
          {"addressCountry", &a.addressCountry}}) {
        if (value->empty())
            continue;
        out += first ? "" : ",";
        out += jsonQuote(key) + ':' + jsonQuote(*value);
        first = false;
    }
    return out + '}';
}

} // namespace

Result<std::string> kantaraReceipt(const Consent& consent, const ControllerInfo& controller)
{
    if (auto s = validateConsent(consent); !s)
        return s.error();
    for (const auto& [value, field] :
         {std::pair<const std::string*, const char*>{&controller.name, "controller.name"},
          {&controller.contact, "controller.contact"},
          {&controller.address.addressCountry, "controller.address.addressCountry"},
          {&controller.email, "controller.email"},
          {&controller.phone, "controller.phone"},
          {&controller.policyUrl, "controller.policyUrl"},
          {&controller.service, "controller.service"},
          {&controller.jurisdiction, "controller.jurisdiction"},
          {&controller.language, "controller.language"},
          {&controller.collectionMethod, "controller.collectionMethod"}})
        if (auto s = required(*value, field); !s)
            return s.error();

    const bool sensitive = std::any_of(consent.categories.begin(), consent.categories.end(), isHealthData);
    const bool thirdParty = consent.recipient.kind != RecipientKind::Hub;

    std::string out = "{\"version\":" + jsonQuote(kKantaraVersion);
    out += ",\"jurisdiction\":" + jsonQuote(controller.jurisdiction);
    out += ",\"consentTimestamp\":" + std::to_string(consent.given);
    out += ",\"collectionMethod\":" + jsonQuote(controller.collectionMethod);
    out += ",\"consentReceiptID\":" + jsonQuote(consent.id);
    if (!controller.publicKey.empty())
        out += ",\"publicKey\":" + jsonQuote(controller.publicKey);
    out += ",\"language\":" + jsonQuote(controller.language);
    out += ",\"piiPrincipalId\":" + jsonQuote(consent.principal);

    out += ",\"piiControllers\":[{\"piiController\":" + jsonQuote(controller.name);
    out += ",\"contact\":" + jsonQuote(controller.contact);
    out += ",\"address\":" + address(controller.address);
    out += ",\"email\":" + jsonQuote(controller.email);
    out += ",\"phone\":" + jsonQuote(controller.phone);
    if (!controller.url.empty())
        out += ",\"piiControllerUrl\":" + jsonQuote(controller.url);
    out += "}]";
    out += ",\"policyUrl\":" + jsonQuote(controller.policyUrl);

    out += ",\"services\":[{\"service\":" + jsonQuote(controller.service);
    out += ",\"purposes\":[{\"purpose\":" + jsonQuote(consent.purpose);
    out += ",\"purposeCategory\":[" + jsonQuote(consent.purposeCategory) + ']';
    out += ",\"consentType\":\"EXPLICIT\"";
    out += ",\"piiCategory\":[";
    for (std::size_t i = 0; i < consent.categories.size(); ++i)
        out += (i ? "," : "") + jsonQuote(toString(consent.categories[i]));
    out += "],\"primaryPurpose\":true";
    out += ",\"termination\":" + jsonQuote(consent.withdrawal);
    out += ",\"thirdPartyDisclosure\":";
    out += thirdParty ? "true" : "false";
    if (thirdParty)
        out += ",\"thirdPartyName\":" + jsonQuote(consent.recipient.name);
    out += "}]}]";

    out += ",\"sensitive\":";
    out += sensitive ? "true" : "false";
    out += ",\"spiCat\":[";
    if (sensitive)
        out += "\"health\"";
    out += "]}";
    return out;
}

} // namespace balgul::core::mydata
