#pragma once

#include "core/sensor/air_quality.h"
#include "core/sensor/observation.h"
#include "core/store/database.h"
#include "core/util/result.h"
#include "core/util/time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace balgul::core::sensor {

struct Series;

/// One point of an evidence chart: the UTC start of an hour (or of a bucket of hours in a long
/// window) and the mean of its hourly means.
struct HourPoint
{
    std::int64_t start = 0;
    double mean = 0;

    friend bool operator==(const HourPoint&, const HourPoint&) = default;
};

/// Charts keep at most this many points; longer windows average neighbouring hours.
inline constexpr std::size_t kMaxEvidencePoints = 720;

/// What a window of one series shows. Only usable readings count (see Reading::usable); hours
/// are UTC clock hours, as AirKorea forms its means.
struct EvidenceSummary
{
    double mean = 0;               ///< mean of the hourly means (how a 24 h mean is formed)
    double max = 0;                ///< highest hourly mean
    double peak = 0;               ///< highest single usable reading
    std::int64_t readings = 0;     ///< usable readings in the window
    std::int64_t flagged = 0;      ///< readings in the window kept out of the statistics
    int hoursWithData = 0;         ///< clock hours with at least one usable reading
    int hoursInWindow = 0;         ///< clock hours the window touches
    int hoursOverBad = 0;          ///< hourly means at 나쁨 or worse (PM2.5 and PM10 only)
    double coverage = 0;           ///< hoursWithData / hoursInWindow
    std::int64_t firstReading = 0; ///< time of the first usable reading in the window (0: none)
    std::int64_t lastReading = 0;  ///< time of the last one
    /// PM2.5 and PM10 only. A window of 24 h or more: the grade of its worst 24 h mean that rests
    /// on at least kMinHoursPerDay hours; a shorter window: the grade of its mean when at least
    /// 75 % of its hours have data. NotEnoughData otherwise.
    std::optional<KoreanGrade> grade;
    double gradeMean = 0; ///< the mean the grade is of
    int gradeHours = 0;   ///< hours with data behind gradeMean
    Quantity quantity = Quantity::Pm2_5;
    std::string unit;
    std::string fingerprint;       ///< evidenceFingerprint of every reading in the window, flags included
    std::vector<HourPoint> hourly; ///< hourly means for a chart (at most kMaxEvidencePoints)
    // Who measured it, as it was when attached (the series may be removed later).
    std::string source;
    std::string externalId;
    std::string sensorType;
    std::string deviceName;
};

/// Computes the summary (fingerprint included) of the readings of `series` in [from, to).
EvidenceSummary summarizeEvidence(const Series& series, std::int64_t from, std::int64_t to,
                                  const std::vector<Reading>& readings);

/// The summary as stored in `problem_evidence.summary` (one JSON object) and back; nullopt when the
/// text is not such an object.
std::string summaryToJson(const EvidenceSummary& summary);
std::optional<EvidenceSummary> summaryFromJson(std::string_view json);

/// A series and a time window attached to a problem, with what they showed when attached.
struct Evidence
{
    std::string id; ///< UUID
    std::string problemId;
    std::optional<std::int64_t> seriesId; ///< empty once the series was removed from the store
    std::int64_t from = 0;                ///< UTC seconds, inclusive
    std::int64_t to = 0;                  ///< UTC seconds, exclusive
    std::string label;
    std::string fingerprint;
    EvidenceSummary summary;
    Timestamp created{};
};

/// Problems' sensor evidence in a store's database (`problem_evidence`, schema version 4).
/// Evidence stays on this machine: it is not queued for the hub. Deleting a problem's row deletes
/// its evidence (the foreign key cascades).
class EvidenceStore
{
public:
    explicit EvidenceStore(Database& db) : m_db(db) {}

    /// What attach() would store, without storing it.
    /// Errors: `unknown_series`, `empty_window`, `no_readings`, `store_failed`.
    Result<EvidenceSummary> preview(std::int64_t seriesId, std::int64_t from, std::int64_t to);
    /// Reads the readings of the window, computes the summary and fingerprint, stores the row.
    /// Errors: `unknown_problem`, `unknown_series`, `empty_window`, `no_readings`, `store_failed`.
    Result<Evidence> attach(const std::string& problemId, std::int64_t seriesId, std::int64_t from,
                            std::int64_t to, const std::string& label);
    /// A problem's evidence, oldest first.
    Result<std::vector<Evidence>> list(const std::string& problemId);
    Result<std::optional<Evidence>> find(const std::string& id);
    /// Errors: `not_found`, `store_failed`.
    Status remove(const std::string& id);
    /// Stores a removed row again exactly as it was (undo). Errors: `unknown_problem`, `store_failed`.
    Status restore(const Evidence& evidence);
    /// Recomputes the fingerprint from the readings stored now: true when they are unchanged.
    /// Errors: `not_found`, `series_removed` (the series is gone), `store_failed`.
    Result<bool> verify(const std::string& id);

private:
    Database& m_db;
};

} // namespace balgul::core::sensor
