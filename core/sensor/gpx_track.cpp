#include "core/sensor/gpx_track.h"

#include "core/sensor/sensor_format.h"
#include "core/util/text.h"

#include <Poco/MemoryStream.h>
#include <Poco/SAX/Attributes.h>
#include <Poco/SAX/DefaultHandler.h>
#include <Poco/SAX/InputSource.h>
#include <Poco/SAX/Locator.h>
#include <Poco/SAX/SAXException.h>
#include <Poco/SAX/SAXParser.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <istream>

namespace balgul::core::sensor {

namespace {

constexpr std::string_view kGpx10 = "http://www.topografix.com/GPX/1/0";
constexpr std::string_view kGpx11 = "http://www.topografix.com/GPX/1/1";

std::string_view trim(std::string_view s)
{
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && space(s.back()))
        s.remove_suffix(1);
    return s;
}

std::optional<double> parseCoordinate(std::string_view text, double limit)
{
    text = trim(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    // "1e-999" is 0; nan, inf and numbers too large to represent are not coordinates.
    const auto v = parseDecimal(text);
    if (!v || std::abs(*v) > limit)
        return std::nullopt;
    return v;
}

// Collects the points of a GPX document. After the first error it ignores the rest (exceptions are
// not thrown through the C parser underneath).
class GpxHandler : public Poco::XML::DefaultHandler
{
public:
    struct Point
    {
        std::optional<std::int64_t> time;
        double lat = 0;
        double lon = 0;
    };

    std::vector<Point> trackPoints;
    std::vector<Point> waypoints;
    int segments = 0;
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
            if (!gpx || localName != "gpx")
                fail("not_gpx", "the root element is <" + localName + ">, not a GPX <gpx>");
            return;
        }
        if (!gpx)
            return; // extensions of other vocabularies (Garmin TrackPointExtension, ...)
        if (localName == "trkseg") {
            ++segments;
        } else if ((localName == "trkpt" || localName == "rtept" || localName == "wpt") &&
                   m_pointDepth == 0) {
            std::string latText, lonText;
            for (int i = 0; i < attributes.getLength(); ++i) {
                if (!attributes.getURI(i).empty())
                    continue;
                if (attributes.getLocalName(i) == "lat")
                    latText = attributes.getValue(i);
                else if (attributes.getLocalName(i) == "lon")
                    lonText = attributes.getValue(i);
            }
            const auto lat = parseCoordinate(latText, 90);
            const auto lon = parseCoordinate(lonText, 180);
            if (!lat || !lon) {
                fail("bad_coordinate",
                     "the <" + localName + "> has lat '" + latText + "' and lon '" + lonText +
                         "'; GPX needs -90..90 and -180..180",
                     !lat ? "lat" : "lon");
                return;
            }
            m_point = Point{std::nullopt, *lat, *lon};
            m_pointDepth = m_depth;
            m_isWaypoint = localName == "wpt";
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
            m_point.time = parseGpxTime(m_text);
        } else if (m_depth == m_pointDepth) {
            (m_isWaypoint ? waypoints : trackPoints).push_back(m_point);
            m_pointDepth = 0;
        }
        --m_depth;
    }

    void characters(const Poco::XML::XMLChar ch[], int start, int length) override
    {
        if (m_inTime && !error && m_text.size() < 256)
            m_text.append(ch + start, static_cast<std::size_t>(length));
    }

private:
    void fail(std::string code, std::string message, std::string field = {})
    {
        error = Error::make(std::move(code), std::move(message), std::move(field));
        error->line = m_locator ? m_locator->getLineNumber() : 0;
    }

    const Poco::XML::Locator* m_locator = nullptr;
    int m_depth = 0;
    int m_pointDepth = 0;
    bool m_isWaypoint = false;
    bool m_inTime = false;
    Point m_point;
    std::string m_text;
};

Result<Track> readGpx(std::istream& in, const std::string& path)
{
    GpxHandler handler;
    try {
        Poco::XML::SAXParser parser;
        parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, true);
        parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_GENERAL_ENTITIES, false);
        parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_PARAMETER_ENTITIES, false);
        parser.setContentHandler(&handler);
        Poco::XML::InputSource source(in);
        parser.parse(&source);
    } catch (const Poco::XML::SAXParseException& e) {
        if (!handler.error)
            return Error::make("invalid_xml", "broken XML: " + e.message()).at(path, e.getLineNumber());
    } catch (const Poco::Exception& e) {
        if (!handler.error)
            return Error::make("invalid_xml", "the file cannot be read as XML: " + e.displayText()).at(path);
    }
    if (handler.error) {
        const long line = handler.error->line;
        return handler.error->at(path, line);
    }
    Track track;
    track.segments = handler.segments;
    // A file of waypoints only (some loggers write those) is read as the track.
    const auto& points = handler.trackPoints.empty() ? handler.waypoints : handler.trackPoints;
    track.fromWaypoints = handler.trackPoints.empty() && !handler.waypoints.empty();
    track.points.reserve(points.size());
    for (const auto& p : points) {
        if (p.time)
            track.points.push_back({*p.time, p.lat, p.lon});
        else
            ++track.pointsWithoutTime;
    }
    std::stable_sort(track.points.begin(), track.points.end(),
                     [](const TrackPoint& a, const TrackPoint& b) { return a.time < b.time; });
    return track;
}

} // namespace

std::optional<std::int64_t> parseGpxTime(std::string_view text)
{
    text = trim(text);
    if (text.size() < 19 || text[10] != 'T')
        return std::nullopt;
    return parseSensorTime(text);
}

Result<Track> readGpxTrack(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error::make("cannot_open", "the file cannot be opened").at(path);
    return readGpx(in, path);
}

Result<Track> readGpxTrackBytes(std::string_view bytes, const std::string& name)
{
    Poco::MemoryInputStream in(bytes.data(), bytes.size());
    return readGpx(in, name);
}

std::optional<LatLon> positionAt(const Track& track, std::int64_t time, int maxGapSeconds)
{
    const auto& pts = track.points;
    const auto it = std::lower_bound(pts.begin(), pts.end(), time,
                                     [](const TrackPoint& p, std::int64_t t) { return p.time < t; });
    if (it != pts.end() && it->time == time)
        return LatLon{it->lat, it->lon};
    if (it == pts.begin() || it == pts.end())
        return std::nullopt;
    const TrackPoint& a = *(it - 1);
    const TrackPoint& b = *it;
    if (time - a.time > maxGapSeconds || b.time - time > maxGapSeconds)
        return std::nullopt;
    const double f = static_cast<double>(time - a.time) / static_cast<double>(b.time - a.time);
    double dLon = b.lon - a.lon;
    if (dLon > 180) // the short way across the antimeridian
        dLon -= 360;
    else if (dLon < -180)
        dLon += 360;
    double lon = a.lon + dLon * f;
    if (lon > 180)
        lon -= 360;
    else if (lon < -180)
        lon += 360;
    return LatLon{a.lat + (b.lat - a.lat) * f, lon};
}

} // namespace balgul::core::sensor
