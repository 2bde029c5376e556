#include "hub/open311/open311_format.h"

#include "core/util/json_writer.h"

namespace balgul::hub::open311 {

namespace {

constexpr std::string_view kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

/// Escapes XML text and drops the control characters XML 1.0 cannot carry at all.
std::string xmlEscape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        default:
            if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                out += ch;
        }
    }
    return out;
}

/// Child elements of one record, written in order; an empty value is an empty element.
class XmlRecord
{
public:
    explicit XmlRecord(std::string name) : m_name(std::move(name)) {}

    XmlRecord& add(std::string_view element, std::string_view text)
    {
        m_body += "<";
        m_body += element;
        if (text.empty()) {
            m_body += "/>";
            return *this;
        }
        m_body += ">";
        m_body += xmlEscape(text);
        m_body += "</";
        m_body += element;
        m_body += ">";
        return *this;
    }
    std::string str() const { return "<" + m_name + ">" + m_body + "</" + m_name + ">"; }

private:
    std::string m_name;
    std::string m_body;
};

std::string xmlDocument(std::string_view root, const std::vector<std::string>& records)
{
    std::string out(kXmlDeclaration);
    if (records.empty())
        return out + "<" + std::string(root) + "/>\n";
    out += "<" + std::string(root) + ">";
    for (const auto& r : records)
        out += r;
    out += "</" + std::string(root) + ">\n";
    return out;
}

std::string jsonArray(const std::vector<std::string>& objects)
{
    std::string out = "[";
    for (std::size_t i = 0; i < objects.size(); ++i) {
        if (i > 0)
            out += ',';
        out += objects[i];
    }
    return out + "]";
}

std::string serviceJson(const Service& s)
{
    return core::JsonObjectWriter()
        .add("service_code", s.code)
        .add("service_name", s.name)
        .add("description", s.description)
        .add("metadata", false)
        .add("type", "realtime")
        .add("keywords", s.keywords)
        .add("group", s.group)
        .str();
}

std::string serviceXml(const Service& s)
{
    return XmlRecord("service")
        .add("service_code", s.code)
        .add("service_name", s.name)
        .add("description", s.description)
        .add("metadata", "false")
        .add("type", "realtime")
        .add("keywords", s.keywords)
        .add("group", s.group)
        .str();
}

std::string requestJson(const ServiceRequest& r)
{
    return core::JsonObjectWriter()
        .add("service_request_id", r.id)
        .add("status", r.status)
        .add("status_notes", r.statusNotes)
        .add("service_name", r.serviceName)
        .add("service_code", r.serviceCode)
        .add("description", r.description)
        .add("agency_responsible", r.agencyResponsible)
        .add("service_notice", "")
        .add("requested_datetime", r.requestedDatetime)
        .add("updated_datetime", "")
        .add("expected_datetime", "")
        .add("address", r.address)
        .add("address_id", "")
        .add("zipcode", "")
        .add("lat", r.lat)
        .add("long", r.lon)
        .add("media_url", "")
        .str();
}

std::string requestXml(const ServiceRequest& r)
{
    return XmlRecord("request")
        .add("service_request_id", r.id)
        .add("status", r.status)
        .add("status_notes", r.statusNotes)
        .add("service_name", r.serviceName)
        .add("service_code", r.serviceCode)
        .add("description", r.description)
        .add("agency_responsible", r.agencyResponsible)
        .add("service_notice", "")
        .add("requested_datetime", r.requestedDatetime)
        .add("updated_datetime", "")
        .add("expected_datetime", "")
        .add("address", r.address)
        .add("address_id", "")
        .add("zipcode", "")
        .add("lat", core::jsonNumber(r.lat))
        .add("long", core::jsonNumber(r.lon))
        .add("media_url", "")
        .str();
}

} // namespace

std::optional<Format> formatFromExtension(std::string_view extension)
{
    if (extension == "json")
        return Format::Json;
    if (extension == "xml")
        return Format::Xml;
    return std::nullopt;
}

std::string contentType(Format format)
{
    return format == Format::Json ? "application/json; charset=utf-8" : "text/xml; charset=utf-8";
}

std::string encodeServices(Format format, const std::vector<Service>& services)
{
    std::vector<std::string> records;
    for (const auto& s : services)
        records.push_back(format == Format::Json ? serviceJson(s) : serviceXml(s));
    return format == Format::Json ? jsonArray(records) : xmlDocument("services", records);
}

std::string encodeServiceDefinition(Format format, const Service& service)
{
    if (format == Format::Json)
        return core::JsonObjectWriter().add("service_code", service.code).addRaw("attributes", "[]").str();
    return std::string(kXmlDeclaration) + "<service_definition><service_code>" + xmlEscape(service.code) +
           "</service_code><attributes/></service_definition>\n";
}

std::string encodeRequests(Format format, const std::vector<ServiceRequest>& requests)
{
    std::vector<std::string> records;
    records.reserve(requests.size());
    for (const auto& r : requests)
        records.push_back(format == Format::Json ? requestJson(r) : requestXml(r));
    return format == Format::Json ? jsonArray(records) : xmlDocument("service_requests", records);
}

std::string encodeCreated(Format format, const std::string& id, const std::string& notice,
                          const std::string& accountId)
{
    if (format == Format::Json)
        return jsonArray({core::JsonObjectWriter()
                              .add("service_request_id", id)
                              .add("service_notice", notice)
                              .add("account_id", accountId)
                              .str()});
    return xmlDocument("service_requests", {XmlRecord("request")
                                                .add("service_request_id", id)
                                                .add("service_notice", notice)
                                                .add("account_id", accountId)
                                                .str()});
}

std::string encodeError(Format format, int code, const std::string& description)
{
    if (format == Format::Json)
        return jsonArray(
            {core::JsonObjectWriter().add("code", std::int64_t{code}).add("description", description).str()});
    return xmlDocument(
        "errors",
        {XmlRecord("error").add("code", std::to_string(code)).add("description", description).str()});
}

} // namespace balgul::hub::open311
