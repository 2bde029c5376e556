#include "core/sensor/evidence.h"

#include "core/sensor/observation_store.h"
#include "core/util/ids.h"
#include "core/util/json_writer.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace balgul::core::sensor {

namespace {

constexpr std::int64_t kHour = 3600;

std::int64_t hourOf(std::int64_t t)
{
    return (t >= 0 ? t / kHour : -((-t + kHour - 1) / kHour)) * kHour;
}

int clockHours(std::int64_t from, std::int64_t to)
{
    if (to <= from)
        return 0;
    return static_cast<int>((hourOf(to - 1) - hourOf(from)) / kHour + 1);
}

std::optional<KoreanGrade> gradeFromString(std::string_view word)
{
    static constexpr std::array kGrades{KoreanGrade::Good, KoreanGrade::Moderate, KoreanGrade::Bad,
                                        KoreanGrade::VeryBad, KoreanGrade::NotEnoughData};
    for (const KoreanGrade g : kGrades)
        if (toString(g) == word)
            return g;
    return std::nullopt;
}

// The grade rule of EvidenceSummary::grade.
void gradeWindow(EvidenceSummary& s, Pollutant p, const std::vector<Reading>& usable)
{
    s.grade = KoreanGrade::NotEnoughData;
    s.gradeMean = s.mean;
    s.gradeHours = s.hoursWithData;
    if (s.hoursInWindow >= 24) {
        const WindowMean* worst = nullptr;
        const std::vector<WindowMean> rolling = rolling24hMeans(usable);
        for (const WindowMean& m : rolling)
            if (m.enough && (!worst || m.mean > worst->mean))
                worst = &m;
        if (worst) {
            s.grade = koreanGrade(p, worst->mean);
            s.gradeMean = worst->mean;
            s.gradeHours = worst->hours;
        }
        return;
    }
    // 75 % of the hours, as kMinHoursPerDay is of a day.
    if (s.hoursWithData > 0 && s.hoursWithData * 4 >= s.hoursInWindow * 3)
        s.grade = koreanGrade(p, s.mean);
}

std::vector<HourPoint> chartPoints(const std::vector<WindowMean>& hourly, std::int64_t from,
                                   int hoursInWindow)
{
    std::vector<HourPoint> out;
    if (hourly.size() <= kMaxEvidencePoints) {
        for (const WindowMean& h : hourly)
            out.push_back({h.start, h.mean});
        return out;
    }
    const auto width = static_cast<std::int64_t>(
        (static_cast<std::size_t>(hoursInWindow) + kMaxEvidencePoints - 1) / kMaxEvidencePoints);
    const std::int64_t origin = hourOf(from);
    std::int64_t bucket = -1;
    double sum = 0;
    int n = 0;
    for (const WindowMean& h : hourly) {
        const std::int64_t b = (h.start - origin) / (width * kHour);
        if (b != bucket && n > 0) {
            out.push_back({origin + bucket * width * kHour, sum / n});
            sum = 0;
            n = 0;
        }
        bucket = b;
        sum += h.mean;
        ++n;
    }
    if (n > 0)
        out.push_back({origin + bucket * width * kHour, sum / n});
    return out;
}

struct SeriesRow
{
    Series series;
    std::string deviceName;
};

Error sqlFailure(const SqlError& e)
{
    return storeError(e, {});
}

std::optional<SeriesRow> loadSeries(Database& db, std::int64_t seriesId)
{
    auto st = db.prepare("SELECT s.id, s.device_id, s.quantity, d.source, d.external_id, d.sensor_type, "
                         "d.name FROM sensor_series s JOIN sensor_devices d ON d.id = s.device_id "
                         "WHERE s.id = ?");
    st.bind(1, seriesId);
    if (!st.step())
        return std::nullopt;
    SeriesRow row;
    row.series.id = st.int64(0);
    row.series.deviceId = st.int64(1);
    const auto quantity = quantityFromString(st.textView(2));
    if (!quantity)
        return std::nullopt;
    row.series.quantity = *quantity;
    row.series.source = st.text(3);
    row.series.externalId = st.text(4);
    row.series.sensorType = st.text(5);
    row.deviceName = st.text(6);
    return row;
}

bool problemExists(Database& db, const std::string& problemId)
{
    auto st = db.prepare("SELECT 1 FROM problems WHERE id = ? AND deleted = 0");
    st.bind(1, problemId);
    return st.step();
}

constexpr std::string_view kEvidenceSelect =
    "SELECT id, problem_id, series_id, from_time, to_time, label, fingerprint, summary, created "
    "FROM problem_evidence ";

Evidence readEvidence(const Statement& st)
{
    Evidence e;
    e.id = st.text(0);
    e.problemId = st.text(1);
    if (!st.isNull(2))
        e.seriesId = st.int64(2);
    e.from = st.int64(3);
    e.to = st.int64(4);
    e.label = st.text(5);
    e.fingerprint = st.text(6);
    if (auto summary = summaryFromJson(st.textView(7)))
        e.summary = std::move(*summary);
    e.summary.fingerprint = e.fingerprint;
    e.created = fromUnixMs(st.int64(8));
    return e;
}

// PM2.5 and PM10 have Korean grades; other quantities do not.
std::optional<Pollutant> gradedPollutant(Quantity quantity)
{
    if (quantity == Quantity::Pm2_5)
        return Pollutant::Pm2_5;
    if (quantity == Quantity::Pm10)
        return Pollutant::Pm10;
    return std::nullopt;
}

} // namespace

EvidenceSummary summarizeEvidence(const Series& series, std::int64_t from, std::int64_t to,
                                  const std::vector<Reading>& readings)
{
    EvidenceSummary s;
    s.quantity = series.quantity;
    s.unit = std::string(unitOf(series.quantity));
    s.source = series.source;
    s.externalId = series.externalId;
    s.sensorType = series.sensorType;
    s.fingerprint = evidenceFingerprint(series, from, to, readings);
    s.hoursInWindow = clockHours(from, to);

    std::vector<Reading> usable;
    usable.reserve(readings.size());
    for (const Reading& r : readings) {
        if (r.time < from || r.time >= to)
            continue;
        if (!r.usable()) {
            ++s.flagged;
            continue;
        }
        usable.push_back(r);
        s.peak = s.readings == 0 ? r.value : std::max(s.peak, r.value);
        ++s.readings;
    }
    for (const Reading& r : usable) {
        s.firstReading = s.firstReading == 0 ? r.time : std::min(s.firstReading, r.time);
        s.lastReading = std::max(s.lastReading, r.time);
    }
    const std::vector<WindowMean> hourly = hourlyMeans(usable);
    const auto pollutant = gradedPollutant(series.quantity);
    double sum = 0;
    for (const WindowMean& h : hourly) {
        sum += h.mean;
        s.max = s.hoursWithData == 0 ? h.mean : std::max(s.max, h.mean);
        ++s.hoursWithData;
        if (pollutant) {
            const KoreanGrade g = koreanGrade(*pollutant, h.mean);
            if (g == KoreanGrade::Bad || g == KoreanGrade::VeryBad)
                ++s.hoursOverBad;
        }
    }
    if (s.hoursWithData > 0)
        s.mean = sum / s.hoursWithData;
    s.coverage = s.hoursInWindow > 0 ? static_cast<double>(s.hoursWithData) / s.hoursInWindow : 0;
    if (pollutant)
        gradeWindow(s, *pollutant, usable);
    s.hourly = chartPoints(hourly, from, s.hoursInWindow);
    return s;
}

std::string summaryToJson(const EvidenceSummary& s)
{
    std::string hourly = "[";
    for (const HourPoint& p : s.hourly) {
        if (hourly.size() > 1)
            hourly += ',';
        hourly += '[' + std::to_string(p.start) + ',' + jsonNumber(p.mean) + ']';
    }
    hourly += ']';
    JsonObjectWriter w;
    w.add("version", std::int64_t{1})
        .add("quantity", toString(s.quantity))
        .add("unit", s.unit)
        .add("mean", s.mean)
        .add("max", s.max)
        .add("peak", s.peak)
        .add("readings", s.readings)
        .add("flagged", s.flagged)
        .add("hours_with_data", std::int64_t{s.hoursWithData})
        .add("hours_in_window", std::int64_t{s.hoursInWindow})
        .add("hours_over_bad", std::int64_t{s.hoursOverBad})
        .add("coverage", s.coverage);
    if (s.readings > 0)
        w.add("first_reading", s.firstReading).add("last_reading", s.lastReading);
    if (s.grade)
        w.add("grade", toString(*s.grade))
            .add("grade_mean", s.gradeMean)
            .add("grade_hours", std::int64_t{s.gradeHours});
    w.add("fingerprint", s.fingerprint)
        .add("source", s.source)
        .add("external_id", s.externalId)
        .add("sensor_type", s.sensorType)
        .add("device_name", s.deviceName)
        .addRaw("hourly", hourly);
    return w.str();
}

std::optional<EvidenceSummary> summaryFromJson(std::string_view json)
{
    try {
        Poco::JSON::Parser parser;
        const Poco::Dynamic::Var parsed = parser.parse(std::string(json));
        const auto obj = parsed.extract<Poco::JSON::Object::Ptr>();
        if (!obj)
            return std::nullopt;
        EvidenceSummary s;
        const auto quantity = quantityFromString(obj->optValue<std::string>("quantity", ""));
        if (!quantity)
            return std::nullopt;
        s.quantity = *quantity;
        s.unit = obj->optValue<std::string>("unit", std::string(unitOf(*quantity)));
        s.mean = obj->optValue<double>("mean", 0);
        s.max = obj->optValue<double>("max", 0);
        s.peak = obj->optValue<double>("peak", 0);
        s.readings = obj->optValue<Poco::Int64>("readings", 0);
        s.flagged = obj->optValue<Poco::Int64>("flagged", 0);
        s.hoursWithData = obj->optValue<int>("hours_with_data", 0);
        s.hoursInWindow = obj->optValue<int>("hours_in_window", 0);
        s.hoursOverBad = obj->optValue<int>("hours_over_bad", 0);
        s.coverage = obj->optValue<double>("coverage", 0);
        s.firstReading = obj->optValue<Poco::Int64>("first_reading", 0);
        s.lastReading = obj->optValue<Poco::Int64>("last_reading", 0);
        if (obj->has("grade")) {
            s.grade = gradeFromString(obj->getValue<std::string>("grade"));
            s.gradeMean = obj->optValue<double>("grade_mean", s.mean);
            s.gradeHours = obj->optValue<int>("grade_hours", s.hoursWithData);
        }
        s.fingerprint = obj->optValue<std::string>("fingerprint", "");
        s.source = obj->optValue<std::string>("source", "");
        s.externalId = obj->optValue<std::string>("external_id", "");
        s.sensorType = obj->optValue<std::string>("sensor_type", "");
        s.deviceName = obj->optValue<std::string>("device_name", "");
        if (const auto points = obj->getArray("hourly")) {
            for (std::size_t i = 0; i < points->size(); ++i) {
                const auto point = points->getArray(static_cast<unsigned>(i));
                if (!point || point->size() != 2)
                    return std::nullopt;
                s.hourly.push_back({point->getElement<Poco::Int64>(0), point->getElement<double>(1)});
            }
        }
        return s;
    } catch (const Poco::Exception&) {
        return std::nullopt;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

Result<EvidenceSummary> EvidenceStore::preview(std::int64_t seriesId, std::int64_t from, std::int64_t to)
{
    if (to <= from)
        return Error::make("empty_window", "the time window ends before it starts", "to");
    try {
        const auto row = loadSeries(m_db, seriesId);
        if (!row)
            return Error::make("unknown_series", "no sensor series " + std::to_string(seriesId), "series_id");
        auto readings = ObservationStore(m_db).readings(seriesId, from, to);
        if (!readings)
            return readings.error();
        EvidenceSummary summary = summarizeEvidence(row->series, from, to, *readings);
        summary.deviceName = row->deviceName;
        if (summary.readings == 0)
            return Error::make("no_readings",
                               readings->empty() ? "the series has no readings in the time window"
                                                 : "every reading in the time window is flagged",
                               "from");
        return summary;
    } catch (const SqlError& e) {
        return sqlFailure(e);
    }
}

Result<Evidence> EvidenceStore::attach(const std::string& problemId, std::int64_t seriesId, std::int64_t from,
                                       std::int64_t to, const std::string& label)
{
    try {
        if (!problemExists(m_db, problemId))
            return Error::make("unknown_problem", "no problem with id " + problemId, "problem_id");
        auto summary = preview(seriesId, from, to);
        if (!summary)
            return summary.error();
        Evidence e;
        e.id = newUuid();
        e.problemId = problemId;
        e.seriesId = seriesId;
        e.from = from;
        e.to = to;
        e.label = label;
        e.fingerprint = summary->fingerprint;
        e.summary = std::move(*summary);
        e.created = now();
        if (Status stored = restore(e); !stored)
            return stored.error();
        return e;
    } catch (const SqlError& e) {
        return sqlFailure(e);
    }
}

Result<std::vector<Evidence>> EvidenceStore::list(const std::string& problemId)
{
    try {
        std::vector<Evidence> out;
        auto st = m_db.prepare(std::string(kEvidenceSelect) + "WHERE problem_id = ? ORDER BY created, id");
        st.bind(1, problemId);
        while (st.step())
            out.push_back(readEvidence(st));
        return out;
    } catch (const SqlError& e) {
        return sqlFailure(e);
    }
}

Result<std::optional<Evidence>> EvidenceStore::find(const std::string& id)
{
    try {
        auto st = m_db.prepare(std::string(kEvidenceSelect) + "WHERE id = ?");
        st.bind(1, id);
        if (st.step())
            return std::optional<Evidence>(readEvidence(st));
        return std::optional<Evidence>();
    } catch (const SqlError& e) {
        return sqlFailure(e);
    }
}

Status EvidenceStore::remove(const std::string& id)
{
    try {
        m_db.prepare("DELETE FROM problem_evidence WHERE id = ?").bind(1, id).run();
        if (m_db.changes() == 0)
            return Error::make("not_found", "no evidence with id " + id);
        return {};
    } catch (const SqlError& e) {
        return sqlFailure(e);
    }
}

Status EvidenceStore::restore(const Evidence& evidence)
{
    try {
        if (!problemExists(m_db, evidence.problemId))
            return Error::make("unknown_problem", "no problem with id " + evidence.problemId, "problem_id");
        // A series removed since keeps the evidence (SET NULL), so restoring must not point at a
        // series id that another series may have taken.
        const bool seriesKept = evidence.seriesId && loadSeries(m_db, *evidence.seriesId);
        auto st =
            m_db.prepare("INSERT OR REPLACE INTO problem_evidence (id, problem_id, series_id, from_time, "
                         "to_time, label, fingerprint, summary, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, evidence.id).bind(2, evidence.problemId);
        if (seriesKept)
            st.bind(3, *evidence.seriesId);
        else
            st.bindNull(3);
        EvidenceSummary summary = evidence.summary;
        summary.fingerprint = evidence.fingerprint;
        st.bind(4, evidence.from)
            .bind(5, evidence.to)
            .bind(6, evidence.label)
            .bind(7, evidence.fingerprint)
            .bind(8, summaryToJson(summary))
            .bind(9, toUnixMs(evidence.created))
            .run();
        return {};
    } catch (const SqlError& e) {
        return sqlFailure(e);
    }
}

Result<bool> EvidenceStore::verify(const std::string& id)
{
    auto found = find(id);
    if (!found)
        return found.error();
    if (!*found)
        return Error::make("not_found", "no evidence with id " + id);
    const Evidence& e = **found;
    try {
        const auto row = e.seriesId ? loadSeries(m_db, *e.seriesId) : std::nullopt;
        if (!row)
            return Error::make("series_removed", "the sensor series of this evidence is no longer stored");
        auto readings = ObservationStore(m_db).readings(*e.seriesId, e.from, e.to);
        if (!readings)
            return readings.error();
        return evidenceFingerprint(row->series, e.from, e.to, *readings) == e.fingerprint;
    } catch (const SqlError& ex) {
        return sqlFailure(ex);
    }
}

} // namespace balgul::core::sensor
