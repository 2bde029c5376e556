#pragma once

// The cleaning and storing half of an import, shared by every format: rows in (from the CSV fast path
// or as ParsedRow from the JSON readers), report counts, duplicate checks, day blocks and positions out.
// Internal to core/sensor; callers use sensor_import.h.

#include "core/sensor/gpx_track.h"
#include "core/sensor/observation_store.h"
#include "core/sensor/position_store.h"
#include "core/sensor/sensor_import.h"

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace balgul::core::sensor {

/// Explains a row's problems on demand: only the first occurrence of each issue needs words.
class RowDetails
{
public:
    virtual ~RowDetails() = default;
    virtual std::string cell(std::size_t index) const = 0;
    virtual std::string time() const = 0;
};

class Importer
{
public:
    /// `track`: mobile sensing from a GPX track (positions by time), or null.
    Importer(Database& db, ImportReport& report, const ImportOptions& options, const Track* track);
    ~Importer();
    Importer(const Importer&) = delete;
    Importer& operator=(const Importer&) = delete;

    /// One row that parsed.
    void row(const RowFields& row, long line, const RowDetails& details);
    /// A row from a JSON reader.
    void row(const ParsedRow& row, long line);
    void skip(std::string_view reason, std::string_view field, long line, const std::string& detail);
    /// Writes what is still buffered, the devices' final state and their positions. Throws SqlError.
    void finish();

    /// The time column, named by time issues (`ambiguous_time`).
    void setTimeField(std::string field) { m_timeField = std::move(field); }

private:
    struct SeenRow
    {
        std::int64_t time;
        std::uint64_t hash;
        long line;
    };
    /// Rows of one device already seen, to find duplicates: a sorted tail for rows that arrive in time
    /// order (nearly all), a map for the few that go back in time.
    struct SeenLog
    {
        std::vector<SeenRow> sorted;
        std::unordered_multimap<std::int64_t, SeenRow> stray, strayOld;
    };
    struct SeriesBuffer
    {
        std::int64_t seriesId = 0; ///< 0 until the device has a row
        std::int64_t day = 0;
        std::int64_t dayStart = 0, dayEnd = 0; ///< [start, end) of `day`; empty before the first reading
        std::vector<Reading> current;
        bool settled = true;                                  ///< `current` sorted with distinct times
        std::map<std::int64_t, std::vector<Reading>> earlier; ///< days before `day`, written at flush
        std::size_t earlierCount = 0;
    };
    struct DeviceState
    {
        Device device;
        std::int64_t rowId = 0;
        std::int64_t locationTime = INT64_MIN;
        SeenLog seen;
        std::array<std::unique_ptr<SeriesBuffer>, 16> series; ///< by Quantity
        std::vector<PositionFix> fixes;
    };
    enum class Seen
    {
        Fresh,
        Duplicate,
        Conflict,
    };

    void note(ImportIssue::Kind kind, std::string_view reason, std::string_view field, long line,
              const std::string& detail);
    template <typename Detail>
    void noteLazy(ImportIssue::Kind kind, std::string_view reason, std::string_view field, long line,
                  const Detail& detail);
    DeviceState& deviceFor(std::string_view id);
    Seen check(SeenLog& log, std::int64_t time, std::uint64_t hash, long line, long& otherLine);
    void add(DeviceState& device, Quantity q, const Reading& r);
    void writeCurrent(SeriesBuffer& buffer);
    void writeEarlier(SeriesBuffer& buffer);
    std::int64_t seriesId(DeviceState& device, SeriesBuffer& buffer, Quantity q);
    std::int64_t deviceRowId(DeviceState& device);

    ObservationStore m_observations;
    PositionStore m_positions;
    ImportReport& m_report;
    const ImportOptions& m_options;
    const Track* m_track;
    std::string m_timeField;
    std::vector<std::unique_ptr<DeviceState>> m_devices;
    std::size_t m_last = 0;
    std::unordered_map<std::string, std::size_t> m_deviceIndex;
};

} // namespace balgul::core::sensor
