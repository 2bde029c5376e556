// GPX tracks into Mobility blocks: a small SAX reader that keeps every point in the file's order,
// with its time or without one (core/sensor/gpx_track.h keeps only timed points, sorted).

#include "core/mydata/gpx_mobility.h"

#include "core/sensor/gpx_track.h"
#include "core/util/text.h"

#include <Poco/SAX/Attributes.h>
#include <Poco/SAX/DefaultHandler.h>
#include <Poco/SAX/Locator.h>

#include <cmath>

namespace balgul::core::mydata {

namespace {

constexpr std::string_view kGpx10 = "http://www.topografix.com/GPX/1/0";
constexpr std::string_view kGpx11 = "http://www.topografix.com/GPX/1/1";

std::optional<double> coordinate(std::string_view text, double limit)
{
    std::string t = trimmed(text);
    if (!t.empty() && t.front() == '+')
        t.erase(0, 1);
    const auto v = parseDecimal(t);
    if (!v || std::abs(*v) > limit)
        return std::nullopt;
    return v;
}

struct Point
{
    TrackPoint point;
    long line = 0;
    bool waypoint = false;
    bool badTime = false;
};

// Collects the points of a GPX document. After the first error it ignores the rest (exceptions are
// not thrown through the C parser underneath).
class MobilityHandler : public Poco::XML::DefaultHandler
{
public:
    explicit MobilityHandler(ImportReport& report) : m_report(report) {}

    std::vector<Point> points;
    bool hasTrackPoints = false;
    std::optional<Error> error;

    void setDocumentLocator(const Poco::XML::Locator* locator) override { m_locator = locator; }

    void startElement(const Poco::XML::XMLString& uri, const Poco::XML::XMLString& localName,
                      const Poco::XML::XMLString&, const Poco::XML::Attributes& attributes) override
    {
        if (error)
            return;
        ++m_depth;
        const bool gpx = uri == kGpx10 || uri == kGpx11 || uri.empty();
        if (m_depth == 1) {
            if (!gpx || localName != "gpx") {
                error = Error::make("not_gpx", "the root element is <" + shortened(localName, 40) +
                                                   ">, not a GPX <gpx>");
                error->line = line();
            }
            return;
        }
        if (!gpx)
            return; // extensions of other vocabularies (Garmin TrackPointExtension, ...)
        if ((localName == "trkpt" || localName == "rtept" || localName == "wpt") && m_pointDepth == 0) {
            ++m_report.read;
            std::string latText, lonText;
            for (int i = 0; i < attributes.getLength(); ++i) {
                if (!attributes.getURI(i).empty())
                    continue;
                if (attributes.getLocalName(i) == "lat")
                    latText = attributes.getValue(i);
                else if (attributes.getLocalName(i) == "lon")
                    lonText = attributes.getValue(i);
            }
            const auto lat = coordinate(latText, 90);
            const auto lon = coordinate(lonText, 180);
            if (!lat || !lon) {
                m_report.skip("bad_coordinate", !lat ? "lat" : "lon", line(),
                              "the point's " + std::string(!lat ? "lat" : "lon") +
                                  " is missing or out of range (-90..90, -180..180)");
                m_skipDepth = m_depth;
                m_pointDepth = m_depth;
                return;
            }
            m_point = {};
            m_point.point.lat = *lat;
            m_point.point.lon = *lon;
            m_point.line = line();
            m_point.waypoint = localName == "wpt";
            hasTrackPoints = hasTrackPoints || !m_point.waypoint;
            m_pointDepth = m_depth;
        } else if (localName == "time" && m_pointDepth != 0 && m_depth == m_pointDepth + 1) {
            m_inTime = true;
            m_text.clear();
        }
    }

    void endElement(const Poco::XML::XMLString&, const Poco::XML::XMLString&,
                    const Poco::XML::XMLString&) override
    {
        if (error)
            return;
        if (m_inTime) {
            m_inTime = false;
            const auto time = sensor::parseGpxTime(m_text);
            if (time && *time >= 0 && *time <= kLatestTime)
                m_point.point.time = time;
            else
                m_point.badTime = true;
        } else if (m_depth == m_pointDepth) {
            if (m_skipDepth == 0)
                points.push_back(m_point);
            m_pointDepth = 0;
            m_skipDepth = 0;
        }
        --m_depth;
    }

    void characters(const Poco::XML::XMLChar ch[], int start, int length) override
    {
        if (m_inTime && !error && m_text.size() < 256)
            m_text.append(ch + start, static_cast<std::size_t>(std::min(length, 256)));
    }

private:
    long line() const { return m_locator ? m_locator->getLineNumber() : 0; }

    ImportReport& m_report;
    const Poco::XML::Locator* m_locator = nullptr;
    int m_depth = 0;
    int m_pointDepth = 0;
    int m_skipDepth = 0; ///< the depth of a point skipped for its coordinates
    bool m_inTime = false;
    Point m_point;
    std::string m_text;
};

Result<ImportedRecords> readGpx(ChunkedSource& source, const std::string& name, std::size_t keep)
{
    ImportedRecords result;
    result.report.file = name;
    result.report.format = "gpx";
    MobilityHandler handler(result.report);
    const auto parseError = parseXml(source, handler, name);
    if (parseError && parseError->code == "cancelled")
        return *parseError;
    if (handler.error) {
        const long line = handler.error->line;
        return handler.error->at(name, line);
    }
    if (parseError)
        return *parseError;
    BlockBuilder builder(keep);
    for (const Point& p : handler.points) {
        // A file of waypoints only (some apps export an activity so) is read as the track.
        if (p.waypoint && handler.hasTrackPoints) {
            result.report.skip("waypoint", "wpt", p.line, "a waypoint marks a place, not a track passing it");
        } else if (p.badTime) {
            result.report.skip("bad_time", "time", p.line,
                               "the point's time is not an XML Schema date and time");
        } else {
            result.report.untimedPoints += p.point.time ? 0 : 1;
            builder.addPoint(p.point);
        }
    }
    result.blocks = builder.finish(result.report);
    return result;
}

} // namespace

Result<ImportedRecords> readGpxMobility(const std::string& path, Progress* progress)
{
    auto source = ChunkedSource::open(path, progress, false);
    if (!source)
        return source.error();
    return readGpx(**source, path, SIZE_MAX);
}

Result<ImportedRecords> readGpxMobilityBytes(std::string_view bytes, const std::string& name,
                                             Progress* progress)
{
    ChunkedSource source(bytes, progress, false);
    return readGpx(source, name, SIZE_MAX);
}

Result<RecordPreview> previewGpxMobility(const std::string& path, std::size_t rows, Progress* progress)
{
    auto source = ChunkedSource::open(path, progress, false);
    if (!source)
        return source.error();
    auto read = readGpx(**source, path, rows);
    if (!read)
        return read.error();
    return RecordPreview{std::move(read->blocks), std::move(read->report)};
}

} // namespace balgul::core::mydata
