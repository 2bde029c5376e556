// Green Button (NAESB ESPI) feeds: the DST rules of LocalTimeParameters, the streaming SAX reader of
// the Atom feed, and the linking of IntervalBlocks to their ReadingType and UsagePoint.

#include "core/mydata/greenbutton.h"

#include "core/util/progress.h"
#include "core/util/text.h"

#include <Poco/SAX/Attributes.h>
#include <Poco/SAX/DefaultHandler.h>
#include <Poco/SAX/Locator.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>

namespace balgul::core::mydata {

// Daylight saving rules ---------------------------------------------------------------------------

std::optional<DstRule> DstRule::decode(std::uint32_t bits)
{
    if (bits == 0xFFFFFFFFu)
        return std::nullopt;
    DstRule r;
    r.seconds = static_cast<int>(bits & 0xFFFu);
    r.hour = static_cast<int>((bits >> 12) & 0x1Fu);
    r.dayOfWeek = static_cast<int>((bits >> 17) & 0x7u);
    r.dayOfMonth = static_cast<int>((bits >> 20) & 0x1Fu);
    r.operation = static_cast<int>((bits >> 25) & 0x7u);
    r.month = static_cast<int>((bits >> 28) & 0xFu);
    const bool needsDayOfMonth = r.operation <= 1;
    const bool needsDayOfWeek = r.operation >= 1;
    if (r.month < 1 || r.month > 12 || r.hour > 23 || r.seconds > 3599 ||
        (needsDayOfMonth && r.dayOfMonth == 0) || (needsDayOfWeek && r.dayOfWeek == 0))
        return std::nullopt;
    return r;
}

std::int64_t DstRule::wallClockIn(int year) const
{
    using namespace std::chrono;
    const auto y = std::chrono::year(year);
    const auto m = std::chrono::month(static_cast<unsigned>(month));
    const sys_days last = sys_days(y / m / std::chrono::last);
    // ESPI counts Monday as 1 and Sunday as 7, as ISO 8601 does.
    const std::chrono::weekday wanted(static_cast<unsigned>(dayOfWeek % 7));
    sys_days day;
    if (operation == 0) {
        day = std::min(sys_days(y / m / 1) + days(dayOfMonth - 1), last);
    } else if (operation == 1) {
        const sys_days from = std::min(sys_days(y / m / 1) + days(dayOfMonth - 1), last);
        day = from + (wanted - std::chrono::weekday(from));
    } else if (operation == 7) {
        day = last - (std::chrono::weekday(last) - wanted);
    } else {
        const sys_days first = sys_days(y / m / 1);
        day = first + (wanted - std::chrono::weekday(first)) + weeks(operation - 2);
        while (day > last)
            day -= weeks(1);
    }
    return static_cast<std::int64_t>(day.time_since_epoch().count()) * 86400 + hour * 3600 + seconds;
}

std::optional<std::uint32_t> parseDstRuleBits(std::string_view text)
{
    const std::string trimmedText = trimmed(text);
    text = trimmedText;
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
        text.remove_prefix(2);
    if (text.empty() || text.size() > 8)
        return std::nullopt;
    std::uint32_t bits = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), bits, 16);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return bits;
}

bool LocalTimeParameters::isDstAt(std::int64_t utc) const
{
    if (!dstStart || !dstEnd || dstOffset == 0)
        return false;
    using namespace std::chrono;
    const auto localDay = floor<days>(sys_seconds(seconds(utc + tzOffset)));
    const int year = static_cast<int>(year_month_day(localDay).year());
    const std::int64_t start = dstStart->wallClockIn(year) - tzOffset;
    const std::int64_t end = dstEnd->wallClockIn(year) - tzOffset - dstOffset;
    // In the southern hemisphere daylight time spans the new year: it ends before it starts.
    return start < end ? utc >= start && utc < end : utc >= start || utc < end;
}

namespace {

constexpr std::string_view kAtom = "http://www.w3.org/2005/Atom";
constexpr std::string_view kEspi = "http://naesb.org/espi";

std::optional<long long> parseInteger(std::string_view text)
{
    const std::string t = trimmed(text);
    std::string_view s = t;
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    long long v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size())
        return std::nullopt;
    return v;
}

struct Links
{
    std::string self, up;
    std::vector<std::string> related;
};

struct RawReading
{
    std::int64_t start = 0;
    std::optional<std::int64_t> duration;
    double value = 0;
    long line = 0;
};

struct UsagePointRes
{
    std::size_t entry = 0;
    std::optional<long long> kind;
};
struct MeterReadingRes
{
    std::size_t entry = 0;
};
struct ReadingTypeRes
{
    std::size_t entry = 0;
    std::optional<long long> uom, power, intervalLength, flowDirection, commodity;
};
struct LocalTimeRes
{
    std::size_t entry = 0;
    long line = 0;
    std::optional<long long> tzOffset, dstOffset;
    std::string startRule, endRule;
    bool hasStartRule = false, hasEndRule = false;
};
struct BlockRes
{
    std::size_t entry = 0;
    std::vector<RawReading> readings;
};

enum class Resource
{
    None,
    UsagePoint,
    MeterReading,
    ReadingType,
    LocalTime,
    IntervalBlock,
};

// Collects a feed's entries and resources. After the first error it ignores the rest (exceptions are
// not thrown through the C parser underneath). Reading problems go to the report as they are met.
class FeedHandler : public Poco::XML::DefaultHandler
{
public:
    explicit FeedHandler(ImportReport& report) : m_report(report) {}

    std::vector<Links> entries;
    std::vector<UsagePointRes> usagePoints;
    std::vector<MeterReadingRes> meterReadings;
    std::vector<ReadingTypeRes> readingTypes;
    std::vector<LocalTimeRes> localTimes;
    std::vector<BlockRes> blocks;
    std::optional<Error> error;

    bool hasResources() const
    {
        return !usagePoints.empty() || !meterReadings.empty() || !readingTypes.empty() ||
               !localTimes.empty() || !blocks.empty();
    }

    void setDocumentLocator(const Poco::XML::Locator* locator) override { m_locator = locator; }

    void startElement(const Poco::XML::XMLString& uri, const Poco::XML::XMLString& localName,
                      const Poco::XML::XMLString&, const Poco::XML::Attributes& attributes) override
    {
        if (error)
            return;
        ++m_depth;
        m_text.clear();
        const bool atom = uri == kAtom || uri.empty();
        if (m_depth == 1 && !(atom && (localName == "feed" || localName == "entry"))) {
            fail("not_greenbutton", "the root element is <" + shortened(localName, 40) +
                                        ">, not the Atom <feed> of a Green Button file");
            return;
        }
        if (m_contentDepth == 0) {
            if (atom && localName == "entry" && m_entryDepth == 0) {
                entries.emplace_back();
                m_entryDepth = m_depth;
            } else if (atom && localName == "link" && m_entryDepth != 0 && m_depth == m_entryDepth + 1) {
                link(attributes);
            } else if (atom && localName == "content" && m_entryDepth != 0) {
                m_contentDepth = m_depth;
            }
            return;
        }
        const bool espi = uri == kEspi || uri.empty();
        m_path.push_back(espi ? localName : std::string());
        if (!espi)
            return;
        if (m_resource == Resource::None)
            beginResource(localName);
        else if (m_resource == Resource::IntervalBlock && localName == "IntervalReading" &&
                 m_readingDepth == 0) {
            m_readingDepth = m_path.size();
            m_reading = {};
            m_reading.line = line();
        }
    }

    void endElement(const Poco::XML::XMLString&, const Poco::XML::XMLString&,
                    const Poco::XML::XMLString&) override
    {
        if (error)
            return;
        if (m_contentDepth != 0 && m_depth > m_contentDepth) {
            leaf();
            if (m_readingDepth != 0 && m_path.size() == m_readingDepth) {
                finishReading();
                m_readingDepth = 0;
            }
            if (m_resource != Resource::None && m_path.size() == m_resourceDepth)
                m_resource = Resource::None;
            m_path.pop_back();
        } else if (m_depth == m_contentDepth) {
            m_contentDepth = 0;
        } else if (m_depth == m_entryDepth) {
            m_entryDepth = 0;
        }
        m_text.clear();
        --m_depth;
    }

    void characters(const Poco::XML::XMLChar ch[], int start, int length) override
    {
        if (!error && m_resource != Resource::None && m_text.size() < 256)
            m_text.append(ch + start, static_cast<std::size_t>(std::min(length, 256)));
    }

private:
    struct ReadingText
    {
        std::optional<std::string> start, duration, value;
        long line = 0;
    };

    long line() const { return m_locator ? m_locator->getLineNumber() : 0; }

    void fail(std::string code, std::string message)
    {
        error = Error::make(std::move(code), std::move(message));
        error->line = line();
    }

    void link(const Poco::XML::Attributes& attributes)
    {
        std::string rel, href;
        for (int i = 0; i < attributes.getLength(); ++i) {
            if (!attributes.getURI(i).empty())
                continue;
            if (attributes.getLocalName(i) == "rel")
                rel = attributes.getValue(i);
            else if (attributes.getLocalName(i) == "href")
                href = trimmed(attributes.getValue(i));
        }
        Links& links = entries.back();
        if (rel == "self")
            links.self = href;
        else if (rel == "up")
            links.up = href;
        else if (rel == "related" && links.related.size() < 64)
            links.related.push_back(href);
    }

    void beginResource(const std::string& name)
    {
        const std::size_t entry = entries.size() - 1;
        if (name == "UsagePoint") {
            m_resource = Resource::UsagePoint;
            usagePoints.push_back({entry, std::nullopt});
        } else if (name == "MeterReading") {
            m_resource = Resource::MeterReading;
            meterReadings.push_back({entry});
        } else if (name == "ReadingType") {
            m_resource = Resource::ReadingType;
            readingTypes.push_back({entry, {}, {}, {}, {}, {}});
        } else if (name == "LocalTimeParameters") {
            m_resource = Resource::LocalTime;
            localTimes.push_back({entry, line(), {}, {}, {}, {}, false, false});
        } else if (name == "IntervalBlock") {
            m_resource = Resource::IntervalBlock;
            blocks.push_back({entry, {}});
        } else {
            return;
        }
        m_resourceDepth = m_path.size();
    }

    // An element inside a resource ended: keep what it says.
    void leaf()
    {
        const std::size_t n = m_path.size();
        const std::string& name = m_path.back();
        const auto parentIs = [&](std::string_view parent) { return n >= 2 && m_path[n - 2] == parent; };
        switch (m_resource) {
        case Resource::UsagePoint:
            if (n == m_resourceDepth + 2 && parentIs("ServiceCategory") && name == "kind")
                usagePoints.back().kind = parseInteger(m_text);
            break;
        case Resource::ReadingType:
            if (n == m_resourceDepth + 1) {
                ReadingTypeRes& t = readingTypes.back();
                if (name == "uom")
                    t.uom = parseInteger(m_text);
                else if (name == "powerOfTenMultiplier")
                    t.power = parseInteger(m_text);
                else if (name == "intervalLength")
                    t.intervalLength = parseInteger(m_text);
                else if (name == "flowDirection")
                    t.flowDirection = parseInteger(m_text);
                else if (name == "commodity")
                    t.commodity = parseInteger(m_text);
            }
            break;
        case Resource::LocalTime:
            if (n == m_resourceDepth + 1) {
                LocalTimeRes& l = localTimes.back();
                if (name == "tzOffset")
                    l.tzOffset = parseInteger(m_text);
                else if (name == "dstOffset")
                    l.dstOffset = parseInteger(m_text);
                else if (name == "dstStartRule")
                    l.startRule = m_text, l.hasStartRule = true;
                else if (name == "dstEndRule")
                    l.endRule = m_text, l.hasEndRule = true;
            }
            break;
        case Resource::IntervalBlock:
            if (m_readingDepth == 0)
                break;
            if (n == m_readingDepth + 2 && parentIs("timePeriod") && name == "start")
                m_reading.start = m_text;
            else if (n == m_readingDepth + 2 && parentIs("timePeriod") && name == "duration")
                m_reading.duration = m_text;
            else if (n == m_readingDepth + 1 && name == "value")
                m_reading.value = m_text;
            break;
        default:
            break;
        }
    }

    void finishReading()
    {
        ++m_report.read;
        const long at = m_reading.line;
        if (!m_reading.start)
            return m_report.skip("no_start", "start", at, "the reading has no timePeriod start");
        const auto start = parseInteger(*m_reading.start);
        if (!start || *start < 0 || *start > kLatestTime)
            return m_report.skip("bad_time", "start", at, "the timePeriod start is not a Unix time");
        std::optional<std::int64_t> duration;
        if (m_reading.duration) {
            duration = parseInteger(*m_reading.duration);
            if (!duration || *duration < 0 || *duration > kLongestReading)
                return m_report.skip("bad_duration", "duration", at,
                                     "the timePeriod duration is not a number of seconds up to 400 days");
        }
        if (!m_reading.value)
            return m_report.skip("no_value", "value", at, "the reading has no value");
        const auto value = parseDecimal(trimmed(*m_reading.value));
        if (!value)
            return m_report.skip("bad_number", "value", at, "the value is not a number");
        blocks.back().readings.push_back({*start, duration, *value, at});
    }

    ImportReport& m_report;
    const Poco::XML::Locator* m_locator = nullptr;
    int m_depth = 0;
    int m_entryDepth = 0;
    int m_contentDepth = 0;
    std::vector<std::string> m_path; ///< ESPI names below <content> ("" for other vocabularies)
    Resource m_resource = Resource::None;
    std::size_t m_resourceDepth = 0;
    std::size_t m_readingDepth = 0;
    ReadingText m_reading;
    std::string m_text;
};

bool contains(const std::vector<std::string>& list, const std::string& s)
{
    return !s.empty() && std::find(list.begin(), list.end(), s) != list.end();
}

// True when `child` names a resource below `parent` ("…/MeterReading/01" and
// "…/MeterReading/01/IntervalBlock/7").
bool below(const std::string& parent, const std::string& child)
{
    return !parent.empty() && child.size() > parent.size() && child.compare(0, parent.size(), parent) == 0 &&
           child[parent.size()] == '/';
}

// The ESPI UnitSymbolKind codes read, and the unit and factor they are stored in.
struct UnitScale
{
    long long uom;
    const char* unit;
    double factor;
};
constexpr UnitScale kUnits[] = {
    {72, "Wh", 1},
    {31, "Wh", 1.0 / 3600},            // J
    {132, "Wh", 1055.05585262 / 3600}, // BTU
    {42, "m3", 1},                     // m3
    {166, "m3", 1},                    // m3, uncompensated
    {167, "m3", 1},                    // m3, compensated
    {119, "m3", 0.028316846592},       // ft3
    {120, "m3", 0.028316846592},       // ft3, compensated
    {169, "therm", 1},
};

const UnitScale* unitOf(long long uom)
{
    for (const UnitScale& u : kUnits)
        if (u.uom == uom)
            return &u;
    return nullptr;
}

// Links the feed's IntervalBlocks to what says what their readings are, and hands the readings over.
class FeedResolver
{
public:
    FeedResolver(const FeedHandler& feed, ImportReport& report, BlockBuilder& builder)
        : m_feed(feed), m_report(report), m_builder(builder)
    {}

    std::optional<LocalTimeParameters> run()
    {
        std::optional<LocalTimeParameters> localTime;
        for (const BlockRes& block : m_feed.blocks) {
            const MeterReadingRes* meter = meterFor(block);
            const UsagePointRes* usagePoint = usagePointFor(meter, block);
            if (!localTime && !block.readings.empty())
                localTime = localTimeFor(usagePoint);
            place(block, typeFor(meter), usagePoint);
        }
        if (!localTime && m_feed.localTimes.size() == 1)
            localTime = localTimeFor(nullptr);
        return localTime;
    }

private:
    const Links& links(std::size_t entry) const { return m_feed.entries[entry]; }

    const MeterReadingRes* meterFor(const BlockRes& block) const
    {
        const Links& b = links(block.entry);
        for (const MeterReadingRes& m : m_feed.meterReadings)
            if (contains(links(m.entry).related, b.up))
                return &m;
        for (const MeterReadingRes& m : m_feed.meterReadings)
            if (below(links(m.entry).self, b.self) || below(links(m.entry).self, b.up))
                return &m;
        return m_feed.meterReadings.size() == 1 ? &m_feed.meterReadings.front() : nullptr;
    }

    const ReadingTypeRes* typeFor(const MeterReadingRes* meter) const
    {
        if (meter)
            for (const ReadingTypeRes& t : m_feed.readingTypes)
                if (contains(links(meter->entry).related, links(t.entry).self))
                    return &t;
        return m_feed.readingTypes.size() == 1 ? &m_feed.readingTypes.front() : nullptr;
    }

    const UsagePointRes* usagePointFor(const MeterReadingRes* meter, const BlockRes& block) const
    {
        const Links& b = links(block.entry);
        for (const UsagePointRes& u : m_feed.usagePoints) {
            const Links& l = links(u.entry);
            if ((meter && contains(l.related, links(meter->entry).up)) ||
                (meter && below(l.self, links(meter->entry).self)) || below(l.self, b.self) ||
                below(l.self, b.up))
                return &u;
        }
        return m_feed.usagePoints.size() == 1 ? &m_feed.usagePoints.front() : nullptr;
    }

    std::optional<LocalTimeParameters> localTimeFor(const UsagePointRes* usagePoint)
    {
        const LocalTimeRes* found = nullptr;
        if (usagePoint)
            for (const LocalTimeRes& l : m_feed.localTimes)
                if (contains(links(usagePoint->entry).related, links(l.entry).self))
                    found = found ? found : &l;
        if (!found && m_feed.localTimes.size() == 1)
            found = &m_feed.localTimes.front();
        if (!found)
            return std::nullopt;
        return decodeLocalTime(*found);
    }

    LocalTimeParameters decodeLocalTime(const LocalTimeRes& l)
    {
        const std::string at = "line " + std::to_string(l.line) + ": ";
        LocalTimeParameters p;
        constexpr long long kMaxOffset = 18 * 3600;
        if (l.tzOffset && std::abs(*l.tzOffset) <= kMaxOffset)
            p.tzOffset = static_cast<int>(*l.tzOffset);
        else
            m_report.notes.push_back(at +
                                     "LocalTimeParameters tzOffset is missing or not seconds within 18 hours "
                                     "of UTC; local times are shown in UTC");
        if (l.dstOffset && std::abs(*l.dstOffset) <= 4 * 3600)
            p.dstOffset = static_cast<int>(*l.dstOffset);
        const auto rule = [&](bool present, const std::string& text,
                              const char* field) -> std::optional<DstRule> {
            if (!present)
                return std::nullopt;
            const auto bits = parseDstRuleBits(text);
            const auto decoded = bits ? DstRule::decode(*bits) : std::nullopt;
            if (!decoded && bits != 0xFFFFFFFFu)
                m_report.notes.push_back(at + field +
                                         " is not an ESPI daylight-saving rule; local times leave "
                                         "daylight saving time out");
            return decoded;
        };
        p.dstStart = rule(l.hasStartRule, l.startRule, "dstStartRule");
        p.dstEnd = rule(l.hasEndRule, l.endRule, "dstEndRule");
        return p;
    }

    void skipAll(const BlockRes& block, std::string_view reason, std::string_view field,
                 const std::string& why)
    {
        for (const RawReading& r : block.readings)
            m_report.skip(reason, field, r.line, why);
    }

    void place(const BlockRes& block, const ReadingTypeRes* type, const UsagePointRes* usagePoint)
    {
        if (block.readings.empty())
            return;
        if (!type)
            return skipAll(block, "no_reading_type", "ReadingType",
                           "the IntervalBlock is linked to no ReadingType that gives its unit");
        if (!type->uom)
            return skipAll(block, "unsupported_unit", "uom", "the ReadingType has no uom");
        const UnitScale* unit = unitOf(*type->uom);
        if (!unit)
            return skipAll(block, "unsupported_unit", "uom",
                           "ReadingType uom " + std::to_string(*type->uom) +
                               " is not energy or a gas volume");
        const long long power = type->power.value_or(0);
        if (power < -18 || power > 18)
            return skipAll(block, "bad_multiplier", "powerOfTenMultiplier",
                           "the ReadingType's powerOfTenMultiplier is not between -18 and 18");
        if (type->flowDirection && *type->flowDirection != 0 && *type->flowDirection != 1)
            return skipAll(block, "not_delivered", "flowDirection",
                           "the ReadingType counts energy with flowDirection " +
                               std::to_string(*type->flowDirection) + "; only delivered energy is read");
        std::optional<Category> category;
        if (usagePoint && usagePoint->kind) {
            if (*usagePoint->kind == 0)
                category = Category::Electricity;
            else if (*usagePoint->kind == 1)
                category = Category::Gas;
            else
                return skipAll(block, "unsupported_service", "kind",
                               "the UsagePoint's ServiceCategory kind " + std::to_string(*usagePoint->kind) +
                                   " is neither electricity (0) nor gas (1)");
        } else if (type->commodity && (*type->commodity == 1 || *type->commodity == 2)) {
            category = Category::Electricity;
        } else if (type->commodity && *type->commodity == 7) {
            category = Category::Gas;
        } else if (std::string_view(unit->unit) != "Wh") {
            category = Category::Gas; // volumes and therms are gas
        } else {
            return skipAll(block, "no_usage_point", "UsagePoint",
                           "the IntervalBlock is linked to no UsagePoint that says electricity or gas");
        }
        if (*category == Category::Electricity && std::string_view(unit->unit) != "Wh")
            return skipAll(block, "unsupported_unit", "uom",
                           "ReadingType uom " + std::to_string(*type->uom) +
                               " is not energy, for electricity");
        const double scale = std::pow(10.0, static_cast<double>(power)) * unit->factor;
        std::optional<std::int64_t> typeLength;
        if (type->intervalLength && *type->intervalLength >= 0 && *type->intervalLength <= kLongestReading)
            typeLength = *type->intervalLength;
        const std::string unitName = unit->unit;
        for (const RawReading& r : block.readings) {
            const double value = r.value * scale;
            if (!std::isfinite(value)) {
                m_report.skip("bad_number", "value", r.line,
                              "the value times the multiplier is out of range");
                continue;
            }
            m_builder.add(*category, unitName, {r.start, r.duration.value_or(typeLength.value_or(0)), value});
        }
    }

    const FeedHandler& m_feed;
    ImportReport& m_report;
    BlockBuilder& m_builder;
};

Result<GreenButtonImport> readFeed(ChunkedSource& source, const std::string& name, std::size_t keep)
{
    GreenButtonImport result;
    result.report.file = name;
    result.report.format = "greenbutton";
    FeedHandler handler(result.report);
    const auto parseError = parseXml(source, handler, name);
    if (parseError && parseError->code == "cancelled")
        return *parseError;
    if (handler.error) {
        const long line = handler.error->line;
        return handler.error->at(name, line);
    }
    if (parseError)
        return *parseError;
    if (!handler.hasResources())
        return Error::make(
                   "not_greenbutton",
                   "the Atom feed holds no Green Button (ESPI) UsagePoint, ReadingType or IntervalBlock")
            .at(name);
    BlockBuilder builder(keep);
    FeedResolver resolver(handler, result.report, builder);
    result.localTime = resolver.run();
    result.blocks = builder.finish(result.report);
    if (result.localTime && result.report.kept > 0) {
        const LocalTimeParameters& t = *result.localTime;
        result.report.local =
            LocalPeriod{t.toLocal(result.report.periodStart), t.toLocal(result.report.periodEnd),
                        t.offsetAt(result.report.periodStart), t.offsetAt(result.report.periodEnd)};
    }
    return result;
}

} // namespace

Result<GreenButtonImport> readGreenButton(const std::string& path, Progress* progress)
{
    auto source = ChunkedSource::open(path, progress, false);
    if (!source)
        return source.error();
    return readFeed(**source, path, SIZE_MAX);
}

Result<GreenButtonImport> readGreenButtonBytes(std::string_view bytes, const std::string& name,
                                               Progress* progress)
{
    ChunkedSource source(bytes, progress, false);
    return readFeed(source, name, SIZE_MAX);
}

Result<RecordPreview> previewGreenButton(const std::string& path, std::size_t rows, Progress* progress)
{
    auto source = ChunkedSource::open(path, progress, false);
    if (!source)
        return source.error();
    auto feed = readFeed(**source, path, rows);
    if (!feed)
        return feed.error();
    return RecordPreview{std::move(feed->blocks), std::move(feed->report)};
}

} // namespace balgul::core::mydata
