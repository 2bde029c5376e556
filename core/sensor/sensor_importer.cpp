#include "core/sensor/sensor_importer.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>

namespace balgul::core::sensor {

namespace {

/// Rows of a device kept in the sorted duplicate log before the older half is dropped; rows repeating
/// one further back than this are still merged (identical) or flagged (different) by the store.
constexpr std::size_t kSeenRows = 1 << 16;
/// Readings of days before a series' current day kept before they are written.
constexpr std::size_t kEarlierReadings = 1 << 18;
constexpr std::size_t kFixesBuffered = 1 << 18;
static_assert(static_cast<std::size_t>(Quantity::Co2) < 16, "DeviceState::series has a slot per quantity");

std::uint64_t mix(std::uint64_t h, std::uint64_t v)
{
    h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    return h * 0xFF51AFD7ED558CCDull;
}

std::uint64_t rowHash(const RowFields& row)
{
    std::uint64_t h = 1469598103934665603ull;
    for (const RowCell& c : row.cells)
        h = mix(h, c.hasValue ? std::bit_cast<std::uint64_t>(c.value) : 0x7FF4DEADBEEF0000ull);
    return h;
}

std::string utcText(std::int64_t t)
{
    const std::int64_t days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
    const std::int64_t secs = t - days * 86400;
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const long long y = static_cast<long long>(yoe) + era * 400 + (m <= 2);
    char buf[96];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lldZ", y, m, d,
                  static_cast<long long>(secs / 3600), static_cast<long long>(secs / 60 % 60),
                  static_cast<long long>(secs % 60));
    return buf;
}

class ParsedDetails : public RowDetails
{
public:
    explicit ParsedDetails(const ParsedRow& row) : m_row(row) {}
    std::string cell(std::size_t index) const override
    {
        const RowValue& v = m_row.values[index];
        if (v.value && !isStorableValue(*v.value)) {
            char text[32];
            std::snprintf(text, sizeof text, "%g", *v.value);
            return unstorableDetail(text);
        }
        return v.detail.empty() ? std::string("the value is empty") : v.detail;
    }
    std::string time() const override { return utcText(m_row.time); }

private:
    const ParsedRow& m_row;
};

} // namespace

Importer::Importer(Database& db, ImportReport& report, const ImportOptions& options, const Track* track)
    : m_observations(db), m_positions(db), m_report(report), m_options(options), m_track(track)
{}

Importer::~Importer() = default;

void Importer::note(ImportIssue::Kind kind, std::string_view reason, std::string_view field, long line,
                    const std::string& detail)
{
    noteLazy(kind, reason, field, line, [&] { return detail; });
}

template <typename Detail>
void Importer::noteLazy(ImportIssue::Kind kind, std::string_view reason, std::string_view field, long line,
                        const Detail& detail)
{
    auto it = std::find_if(m_report.issues.begin(), m_report.issues.end(), [&](const ImportIssue& i) {
        return i.kind == kind && i.reason == reason && i.field == field;
    });
    if (it == m_report.issues.end()) {
        ImportIssue issue;
        issue.kind = kind;
        issue.reason = std::string(reason);
        issue.field = std::string(field);
        issue.message = "line " + std::to_string(line) + (field.empty() ? "" : ", " + std::string(field)) +
                        ": " + detail();
        m_report.issues.push_back(std::move(issue));
        it = m_report.issues.end() - 1;
    }
    ++it->count;
    if (it->lines.size() < kIssueLines)
        it->lines.push_back(line);
}

void Importer::skip(std::string_view reason, std::string_view field, long line, const std::string& detail)
{
    ++m_report.skipped;
    note(ImportIssue::Kind::Skipped, reason, field, line, detail);
}

Importer::DeviceState& Importer::deviceFor(std::string_view id)
{
    if (!m_devices.empty() && m_devices[m_last]->device.externalId == id)
        return *m_devices[m_last];
    const std::string key(id);
    auto it = m_deviceIndex.find(key);
    if (it == m_deviceIndex.end()) {
        auto state = std::make_unique<DeviceState>();
        state->device.source = m_report.mapping.source;
        state->device.externalId = key;
        state->device.name = m_options.deviceName;
        state->device.mobile = m_track != nullptr || m_report.mapping.positionsPerRow;
        m_devices.push_back(std::move(state));
        it = m_deviceIndex.emplace(key, m_devices.size() - 1).first;
    }
    m_last = it->second;
    return *m_devices[m_last];
}

Importer::Seen Importer::check(SeenLog& log, std::int64_t time, std::uint64_t hash, long line,
                               long& otherLine)
{
    auto& sorted = log.sorted;
    if (sorted.empty() || time > sorted.back().time) {
        if (sorted.size() >= 2 * kSeenRows)
            sorted.erase(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(kSeenRows));
        sorted.push_back({time, hash, line});
        return Seen::Fresh;
    }
    Seen result = Seen::Fresh;
    auto consider = [&](const SeenRow& r) {
        if (r.hash == hash) {
            if (result != Seen::Duplicate)
                otherLine = r.line;
            result = Seen::Duplicate;
        } else if (result == Seen::Fresh) {
            otherLine = r.line;
            result = Seen::Conflict;
        }
    };
    const auto lower = std::lower_bound(sorted.begin(), sorted.end(), time,
                                        [](const SeenRow& r, std::int64_t t) { return r.time < t; });
    for (auto i = lower; i != sorted.end() && i->time == time; ++i)
        consider(*i);
    for (auto* map : {&log.stray, &log.strayOld}) {
        const auto [first, last] = map->equal_range(time);
        for (auto i = first; i != last; ++i)
            consider(i->second);
    }
    if (result == Seen::Duplicate)
        return result;
    if (time == sorted.back().time) {
        sorted.push_back({time, hash, line});
    } else {
        if (log.stray.size() >= kSeenRows)
            log.strayOld = std::move(log.stray), log.stray.clear();
        log.stray.emplace(time, SeenRow{time, hash, line});
    }
    return result;
}

std::int64_t Importer::deviceRowId(DeviceState& device)
{
    if (device.rowId == 0)
        device.rowId = m_observations.ensureDevice(device.device);
    return device.rowId;
}

std::int64_t Importer::seriesId(DeviceState& device, SeriesBuffer& buffer, Quantity q)
{
    if (buffer.seriesId == 0)
        buffer.seriesId = m_observations.ensureSeries(deviceRowId(device), q);
    return buffer.seriesId;
}

void Importer::writeCurrent(SeriesBuffer& buffer)
{
    if (buffer.current.empty())
        return;
    m_report.readings += m_observations.addDay(buffer.seriesId, buffer.day, buffer.current, buffer.settled);
    buffer.current.clear();
    buffer.settled = true;
}

void Importer::writeEarlier(SeriesBuffer& buffer)
{
    for (auto& [day, readings] : buffer.earlier)
        m_report.readings += m_observations.addDay(buffer.seriesId, day, readings, false);
    buffer.earlier.clear();
    buffer.earlierCount = 0;
}

void Importer::add(DeviceState& device, Quantity q, const Reading& r)
{
    auto& slot = device.series[static_cast<std::size_t>(q)];
    if (!slot)
        slot = std::make_unique<SeriesBuffer>();
    SeriesBuffer& b = *slot;
    if (r.time >= b.dayStart && r.time < b.dayEnd) {
        if (b.settled && !b.current.empty() && r.time <= b.current.back().time)
            b.settled = false;
        b.current.push_back(r);
        return;
    }
    const std::int64_t day = dayOf(r.time);
    if (b.dayEnd != b.dayStart && day < b.day) { // back to an earlier day: buffered, written later
        seriesId(device, b, q);
        b.earlier[day].push_back(r);
        if (++b.earlierCount >= kEarlierReadings)
            writeEarlier(b);
        return;
    }
    seriesId(device, b, q);
    writeCurrent(b);
    b.day = day;
    b.dayStart = day * 86400;
    b.dayEnd = b.dayStart + 86400;
    b.current.push_back(r);
}

void Importer::row(const ParsedRow& parsed, long line)
{
    RowFields row;
    row.deviceId = parsed.deviceId;
    row.sensorType = parsed.sensorType;
    row.lat = parsed.lat;
    row.lon = parsed.lon;
    row.time = parsed.time;
    row.ambiguousTime = parsed.ambiguousTime;
    row.cells.reserve(parsed.values.size());
    for (const RowValue& v : parsed.values) {
        RowCell c;
        c.quantity = v.quantity;
        c.field = v.field;
        c.hasValue = v.value.has_value();
        c.value = v.value ? std::round(*v.value * kValueScale) / kValueScale : 0;
        c.flags = v.flags;
        c.problem = v.problem;
        if (c.hasValue && !isStorableValue(*v.value)) { // left out, never stored wrapped
            c.hasValue = false;
            c.flags = FlagNone;
            c.problem = "unstorable_value";
        }
        row.cells.push_back(c);
    }
    this->row(row, line, ParsedDetails(parsed));
}

void Importer::row(const RowFields& row, long line, const RowDetails& details)
{
    using Kind = ImportIssue::Kind;
    bool anyValue = false;
    for (const RowCell& c : row.cells)
        anyValue = anyValue || c.hasValue;
    if (!anyValue) {
        bool dropped = false;
        for (std::size_t i = 0; i < row.cells.size(); ++i)
            if (!row.cells[i].problem.empty()) {
                noteLazy(Kind::Skipped, row.cells[i].problem, row.cells[i].field, line,
                         [&] { return details.cell(i); });
                dropped = true;
            }
        if (!dropped)
            return skip("empty_row", {}, line, "every value is empty");
        ++m_report.skipped;
        return;
    }
    DeviceState& device = deviceFor(row.deviceId);
    long otherLine = 0;
    const Seen seen = check(device.seen, row.time, rowHash(row), line, otherLine);
    if (seen == Seen::Duplicate)
        return skip("duplicate_row", {}, line, "same time and values as line " + std::to_string(otherLine));
    const bool conflict = seen == Seen::Conflict;
    bool flagged = conflict;
    if (conflict)
        noteLazy(Kind::Flagged, "conflicting_duplicate", {}, line, [&] {
            return "same time as line " + std::to_string(otherLine) +
                   " with other values; both kept, flagged";
        });
    if (row.ambiguousTime) {
        flagged = true;
        noteLazy(Kind::Flagged, "ambiguous_time", m_timeField, line, [&] {
            return details.time() +
                   " is in the repeated hour of a daylight-saving change; the earlier instant "
                   "was taken";
        });
    }
    Device& d = device.device;
    if (!row.sensorType.empty() && d.sensorType != row.sensorType)
        d.sensorType = std::string(row.sensorType);
    if (row.lat && row.lon && row.time >= device.locationTime) {
        d.lat = row.lat;
        d.lon = row.lon;
        device.locationTime = row.time;
    }
    if (m_track) {
        if (const auto at = positionAt(*m_track, row.time, m_options.maxGapSeconds)) {
            device.fixes.push_back({row.time, at->lat, at->lon});
            if (row.time >= device.locationTime) {
                d.lat = at->lat;
                d.lon = at->lon;
                device.locationTime = row.time;
            }
        } else {
            flagged = true;
            noteLazy(Kind::Flagged, "no_position", {}, line, [&] {
                return "no track point within " + std::to_string(m_options.maxGapSeconds) + " s of " +
                       utcText(row.time) + "; the readings have no position";
            });
        }
    } else if (m_report.mapping.positionsPerRow && row.lat && row.lon) {
        device.fixes.push_back({row.time, *row.lat, *row.lon});
    }
    if (device.fixes.size() >= kFixesBuffered) {
        m_report.positions += m_positions.addPositions(deviceRowId(device), std::move(device.fixes));
        device.fixes.clear();
    }
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
        const RowCell& c = row.cells[i];
        if (!c.problem.empty()) {
            flagged = true;
            noteLazy(Kind::Flagged, c.problem, c.field, line, [&] { return details.cell(i); });
        } else if (!c.hasValue) {
            flagged = true;
            noteLazy(Kind::Flagged, "empty_value", c.field, line, [&] { return details.cell(i); });
        }
        if (!c.hasValue)
            continue;
        add(device, c.quantity,
            Reading{row.time, c.value,
                    static_cast<std::uint8_t>(c.flags | (conflict ? FlagConflictingDuplicate : 0))});
    }
    ++(flagged ? m_report.flagged : m_report.imported);
}

void Importer::finish()
{
    for (auto& state : m_devices) {
        DeviceState& device = *state;
        for (std::size_t q = 0; q < device.series.size(); ++q) {
            if (!device.series[q])
                continue;
            SeriesBuffer& b = *device.series[q];
            seriesId(device, b, static_cast<Quantity>(q));
            writeCurrent(b);
            writeEarlier(b);
        }
        if (device.rowId == 0)
            continue; // nothing stored for it
        if (!device.device.lat && m_options.lat && m_options.lon && !device.device.mobile) {
            device.device.lat = m_options.lat;
            device.device.lon = m_options.lon;
        }
        m_observations.ensureDevice(device.device);
        if (!device.fixes.empty())
            m_report.positions += m_positions.addPositions(device.rowId, std::move(device.fixes));
        device.fixes.clear();
    }
}

} // namespace balgul::core::sensor
