// Apple Health export.xml: a SAX reader of the top-level Record elements, fed in chunks with the
// document type declaration left out (ChunkedSource), so a broken internal DTD is never parsed.

#include "core/mydata/apple_health.h"

#include "core/util/text.h"
#include "core/util/time.h"

#include <Poco/SAX/Attributes.h>
#include <Poco/SAX/DefaultHandler.h>
#include <Poco/SAX/Locator.h>

#include <cmath>

namespace balgul::core::mydata {

namespace {

struct HealthType
{
    std::string_view type;
    Category category;
    const char* unit; ///< the block's unit
};

constexpr HealthType kTypes[] = {
    {"HKQuantityTypeIdentifierStepCount", Category::Steps, "count"},
    {"HKQuantityTypeIdentifierHeartRate", Category::HeartRate, "count/min"},
    {"HKQuantityTypeIdentifierDistanceWalkingRunning", Category::WalkingDistance, "m"},
};

/// The factor from a record's unit to the block's; nullopt for a unit that does not fit.
std::optional<double> unitFactor(Category category, std::string_view unit)
{
    switch (category) {
    case Category::Steps:
        return unit == "count" ? std::optional<double>(1) : std::nullopt;
    case Category::HeartRate:
        if (unit == "count/min")
            return 1;
        return unit == "count/s" ? std::optional<double>(60) : std::nullopt;
    case Category::WalkingDistance:
        if (unit == "m")
            return 1;
        if (unit == "km")
            return 1000;
        if (unit == "mi")
            return 1609.344;
        if (unit == "cm")
            return 0.01;
        if (unit == "ft")
            return 0.3048;
        if (unit == "yd")
            return 0.9144;
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

// Reads the Records of a HealthData document. After the first error it ignores the rest
// (exceptions are not thrown through the C parser underneath).
class HealthHandler : public Poco::XML::DefaultHandler
{
public:
    HealthHandler(ImportReport& report, BlockBuilder& builder) : m_report(report), m_builder(builder) {}

    std::optional<Error> error;

    void setDocumentLocator(const Poco::XML::Locator* locator) override { m_locator = locator; }

    void startElement(const Poco::XML::XMLString& uri, const Poco::XML::XMLString& localName,
                      const Poco::XML::XMLString&, const Poco::XML::Attributes& attributes) override
    {
        if (error)
            return;
        ++m_depth;
        if (m_depth == 1) {
            if (!uri.empty() || localName != "HealthData") {
                error =
                    Error::make("not_apple_health", "the root element is <" + shortened(localName, 40) +
                                                        ">, not the <HealthData> of an Apple Health export");
                error->line = line();
            }
            return;
        }
        if (m_depth == 2)
            m_top = localName;
        if (localName != "Record" || !uri.empty())
            return;
        ++m_report.read;
        if (m_depth > 2) {
            if (m_top == "Correlation")
                m_report.skip("correlation_copy", "Correlation", line(),
                              "a copy inside a <Correlation> of a record the export also holds on its own");
            else
                m_report.skip("nested_record", "Record", line(), "a <Record> inside another element");
            return;
        }
        record(attributes);
    }

    void endElement(const Poco::XML::XMLString&, const Poco::XML::XMLString&,
                    const Poco::XML::XMLString&) override
    {
        if (!error)
            --m_depth;
    }

private:
    long line() const { return m_locator ? m_locator->getLineNumber() : 0; }

    void record(const Poco::XML::Attributes& attributes)
    {
        const long at = line();
        std::string_view type, unit, value, startDate, endDate;
        bool hasValue = false, hasStart = false, hasEnd = false;
        for (int i = 0; i < attributes.getLength(); ++i) {
            if (!attributes.getURI(i).empty())
                continue;
            const std::string& name = attributes.getLocalName(i);
            const std::string& text = attributes.getValue(i);
            if (name == "type")
                type = text;
            else if (name == "unit")
                unit = text;
            else if (name == "value")
                value = text, hasValue = true;
            else if (name == "startDate")
                startDate = text, hasStart = true;
            else if (name == "endDate")
                endDate = text, hasEnd = true;
        }
        const HealthType* kind = nullptr;
        for (const HealthType& t : kTypes)
            if (t.type == type)
                kind = &t;
        if (!kind)
            return m_report.skip("other_type",
                                 type.empty() ? std::string("(none)") : std::string(truncatedUtf8(type, 100)),
                                 at, "records of this type are not read");
        const auto start = hasStart ? parseHealthDate(startDate) : std::nullopt;
        if (!start || *start < 0 || *start > kLatestTime)
            return m_report.skip("bad_time", "startDate", at,
                                 "startDate is missing or not a date, time and offset");
        const auto end = hasEnd ? parseHealthDate(endDate) : std::nullopt;
        if (!end || *end > kLatestTime)
            return m_report.skip("bad_time", "endDate", at,
                                 "endDate is missing or not a date, time and offset");
        if (*end < *start)
            return m_report.skip("bad_time", "endDate", at, "endDate is before startDate");
        if (*end - *start > kLongestReading)
            return m_report.skip("bad_duration", "endDate", at, "the record lasts longer than 400 days");
        if (!hasValue)
            return m_report.skip("no_value", "value", at, "the record has no value");
        const auto number = parseDecimal(trimmed(value));
        if (!number)
            return m_report.skip("bad_number", "value", at, "the value is not a number");
        if (*number < 0)
            return m_report.skip("negative_value", "value", at, "the value is negative");
        const auto factor = unitFactor(kind->category, unit);
        if (!factor)
            return m_report.skip("unsupported_unit", "unit", at,
                                 "the unit is not one read for " + std::string(toString(kind->category)));
        const double v = *number * *factor;
        if (!std::isfinite(v))
            return m_report.skip("bad_number", "value", at, "the value is out of range");
        m_builder.add(kind->category, kind->unit, {*start, *end - *start, v});
    }

    ImportReport& m_report;
    BlockBuilder& m_builder;
    const Poco::XML::Locator* m_locator = nullptr;
    int m_depth = 0;
    std::string m_top; ///< the element at depth 2 being read (Record, Correlation, Workout, …)
};

Result<ImportedRecords> readHealth(ChunkedSource& source, const std::string& name, std::size_t keep)
{
    ImportedRecords result;
    result.report.file = name;
    result.report.format = "apple_health";
    BlockBuilder builder(keep);
    HealthHandler handler(result.report, builder);
    const auto parseError = parseXml(source, handler, name);
    if (parseError && parseError->code == "cancelled")
        return *parseError;
    if (handler.error) {
        const long line = handler.error->line;
        return handler.error->at(name, line);
    }
    if (source.doctypeUnterminated())
        return Error::make("not_apple_health", "the document type declaration never ends").at(name);
    if (parseError)
        return *parseError;
    result.blocks = builder.finish(result.report);
    return result;
}

} // namespace

std::optional<std::int64_t> parseHealthDate(std::string_view text)
{
    std::string t = trimmed(text);
    // "2017-05-23 09:49:00 +0200": the one reader of times takes the offset without the space.
    const std::size_t space = t.rfind(' ');
    if (space != std::string::npos && space + 1 < t.size() && (t[space + 1] == '+' || t[space + 1] == '-'))
        t.erase(space, 1);
    const auto parsed = parseIsoDateTime(t);
    if (!parsed || !parsed->zoned || !parsed->hasTime)
        return std::nullopt;
    const std::int64_t ms = parsed->unixMs;
    return ms >= 0 ? ms / 1000 : -((999 - ms) / 1000);
}

Result<ImportedRecords> readAppleHealth(const std::string& path, Progress* progress)
{
    auto source = ChunkedSource::open(path, progress, true);
    if (!source)
        return source.error();
    return readHealth(**source, path, SIZE_MAX);
}

Result<ImportedRecords> readAppleHealthBytes(std::string_view bytes, const std::string& name,
                                             Progress* progress)
{
    ChunkedSource source(bytes, progress, true);
    return readHealth(source, name, SIZE_MAX);
}

Result<RecordPreview> previewAppleHealth(const std::string& path, std::size_t rows, Progress* progress)
{
    auto source = ChunkedSource::open(path, progress, true);
    if (!source)
        return source.error();
    auto read = readHealth(**source, path, rows);
    if (!read)
        return read.error();
    return RecordPreview{std::move(read->blocks), std::move(read->report)};
}

} // namespace balgul::core::mydata
