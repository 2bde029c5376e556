// A pilot's evidence from a real store (core/pilots/pilot_evidence.h): which devices are stations and
// where, calendar days and hours in the city's time, the spans before and during the pilot, a known
// effect found through the whole path (demo stations and an imported Sensor.Community file), "not
// enough data" with one station inside, and the sentence and JSON of the result.

#include "core/pilots/pilot_evidence.h"
#include "core/sensor/observation_store.h"
#include "core/sensor/sensor_import.h"
#include "core/store/store.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <memory>

using namespace balgul::core;
using namespace balgul::core::pilots;
using balgul::core::sensor::Quantity;
using balgul::core::sensor::Reading;

namespace {

using namespace std::chrono_literals;

constexpr std::int64_t kKst = 9 * 3600;
/// 2024-05-01T00:00 in the city (2024-04-30T15:00Z): the pilot's first instant.
constexpr std::int64_t kPilotStart = 1714521600 - kKst;
constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kHour = 3600;

/// A square of about 2 × 2 km in 대전 서구.
std::vector<Ring> zone()
{
    return {{{36.34, 127.37}, {36.34, 127.39}, {36.36, 127.39}, {36.36, 127.37}}};
}
constexpr LatLon kInside{36.35, 127.38};
constexpr LatLon kOutside{36.30, 127.45};

/// A 30-day pilot in May 2024, evaluated in July (so all its days count).
PilotFields pilot(std::vector<Ring> rings = zone())
{
    PilotFields p;
    p.title = "Car-free school streets";
    p.problemIds = {"0190a0b0-0000-7000-8000-000000000001"};
    p.zone = std::move(rings);
    p.start = 2024y / 5 / 1;
    p.end = 2024y / 5 / 30;
    return p;
}

PilotEvidenceOptions inJuly()
{
    PilotEvidenceOptions o;
    o.today = 2024y / 7 / 1;
    return o;
}

Goal goal(GoalQuantity quantity = GoalQuantity::Pm25, GoalStatistic statistic = GoalStatistic::Mean24h,
          double target = 10, GoalDirection direction = GoalDirection::Decrease)
{
    Goal g;
    g.quantity = quantity;
    g.statistic = statistic;
    g.direction = direction;
    g.targetPercent = target;
    return g;
}

const char* text(const Result<Evaluation>& e)
{
    static std::string message;
    message = e ? "" : e.error().toString();
    return message.c_str();
}

/// Reads the JSON object `text` (fails the test when it is not one).
Poco::JSON::Object::Ptr parsed(const std::string& text)
{
    Poco::JSON::Parser parser;
    return parser.parse(text).extract<Poco::JSON::Object::Ptr>();
}

} // namespace

class TestPilotEvidence : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Store> openStore()
    {
        auto s = Store::open(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_n)).toStdString());
        if (!s)
            qWarning("%s", s.error().toString().c_str());
        return s ? std::move(*s) : nullptr;
    }

    /// A device with readings of one quantity, written through the store's sensor API.
    static void addStation(Store& store, const std::string& id, std::optional<LatLon> at, Quantity quantity,
                           std::vector<Reading> readings, bool mobile = false)
    {
        sensor::ObservationStore observations(store.database());
        Transaction tx(store.database());
        sensor::Device device;
        device.source = "test";
        device.externalId = id;
        device.sensorType = "SDS011";
        if (at) {
            device.lat = at->lat;
            device.lon = at->lon;
        }
        device.mobile = mobile;
        const auto deviceId = observations.ensureDevice(device);
        observations.addReadings(observations.ensureSeries(deviceId, quantity), std::move(readings));
        tx.commit();
    }

    static const StationDays* find(const std::vector<StationDays>& all, const std::string& id)
    {
        for (const auto& s : all)
            if (s.stationId == id)
                return &s;
        return nullptr;
    }

private slots:
    void spansBeforeAndDuring()
    {
        auto spans = evidenceSpans(pilot(), inJuly());
        QVERIFY(spans);
        QCOMPARE(toString(spans->beforeFrom), std::string("2024-04-01"));
        QCOMPARE(toString(spans->beforeTo), std::string("2024-04-30"));
        QCOMPARE(spans->beforeDays(), 30);
        QCOMPARE(toString(spans->duringFrom), std::string("2024-05-01"));
        QCOMPARE(toString(spans->duringTo), std::string("2024-05-30"));
        QCOMPARE(spans->duringDays(), 30);

        // Still running: the days so far, today included, against as many days just before it.
        PilotEvidenceOptions running;
        running.today = 2024y / 5 / 10;
        spans = evidenceSpans(pilot(), running);
        QVERIFY(spans);
        QCOMPARE(spans->duringDays(), 10);
        QCOMPARE(spans->beforeDays(), 10);
        QCOMPARE(toString(spans->beforeFrom), std::string("2024-04-21"));
        QCOMPARE(toString(spans->beforeTo), std::string("2024-04-30"));

        // A span the coordinator chose: a year before, as long as the pilot.
        PilotEvidenceOptions chosen = inJuly();
        chosen.beforeFrom = 2023y / 5 / 1;
        chosen.beforeTo = 2023y / 5 / 30;
        spans = evidenceSpans(pilot(), chosen);
        QVERIFY(spans);
        QCOMPARE(toString(spans->beforeFrom), std::string("2023-05-01"));
        QCOMPARE(spans->beforeDays(), 30);

        const auto refused = [](const PilotEvidenceOptions& o, const char* code, const char* field) {
            auto r = evidenceSpans(pilot(), o);
            QVERIFY(!r);
            QCOMPARE(r.error().code, std::string(code));
            QCOMPARE(r.error().field, std::string(field));
        };
        PilotEvidenceOptions shorter = inJuly();
        shorter.beforeFrom = 2023y / 5 / 1;
        shorter.beforeTo = 2023y / 5 / 29;
        spans = evidenceSpans(pilot(), shorter);
        QVERIFY(spans);
        QCOMPARE(spans->beforeDays(), 29);
        PilotEvidenceOptions longer = inJuly();
        longer.beforeFrom = 2023y / 4 / 30;
        longer.beforeTo = 2023y / 5 / 30;
        refused(longer, "invalid_field", "before");
        PilotEvidenceOptions overlapping = inJuly();
        overlapping.beforeFrom = 2024y / 4 / 2;
        overlapping.beforeTo = 2024y / 5 / 1;
        refused(overlapping, "invalid_field", "before");
        PilotEvidenceOptions half = inJuly();
        half.beforeFrom = 2023y / 5 / 1;
        refused(half, "invalid_field", "before");
        PilotEvidenceOptions early;
        early.today = 2024y / 4 / 30;
        refused(early, "not_started", "start");
    }

    void quantitiesMapToTheStoresSeries()
    {
        QCOMPARE(int(*sensorQuantityOf(GoalQuantity::Pm25)), int(Quantity::Pm2_5));
        QCOMPARE(int(*sensorQuantityOf(GoalQuantity::Pm10)), int(Quantity::Pm10));
        QCOMPARE(int(*sensorQuantityOf(GoalQuantity::Noise)), int(Quantity::NoiseLAeq));
        QCOMPARE(int(*sensorQuantityOf(GoalQuantity::Temperature)), int(Quantity::Temperature));
        QVERIFY(!sensorQuantityOf(GoalQuantity::ProblemCount));
        auto store = openStore();
        QVERIFY(store);
        Goal count = goal(GoalQuantity::ProblemCount, GoalStatistic::CountPerWeek);
        count.category = "noise";
        auto r = pilotStationDays(*store, pilot(), count, inJuly());
        QVERIFY(!r);
        QCOMPARE(r.error().field, std::string("goal"));
    }

    void stationsDaysAndHoursInTheCitysTime()
    {
        auto store = openStore();
        QVERIFY(store);
        std::vector<Reading> in;
        // 23:30 on 30 April in the city (the last day before) and 00:30 on 1 May (the first day of
        // the pilot): the same UTC day, two calendar days in the city.
        in.push_back({kPilotStart - 1800, 10});
        in.push_back({kPilotStart + 1800, 50});
        // 2 May: three readings of 10 in its first hour, one of 40 in its second, and a sentinel in
        // its sixth that never counts. A 24 h mean of its hours: 25; a daily mean of its readings: 17.5.
        const std::int64_t may2 = kPilotStart + kDay;
        in.push_back({may2 + 60, 10});
        in.push_back({may2 + 1200, 10});
        in.push_back({may2 + 2400, 10});
        in.push_back({may2 + kHour + 60, 40});
        in.push_back({may2 + 5 * kHour, 999.9, sensor::FlagSentinel});
        // Before the span before (30 March) and after the pilot (31 May): left out.
        in.push_back({kPilotStart - 32 * kDay, 500});
        in.push_back({kPilotStart + 30 * kDay + 60, 500});
        addStation(*store, "inside", kInside, Quantity::Pm2_5, in);
        addStation(*store, "outside", kOutside, Quantity::Pm2_5, {{kPilotStart + 60, 20}});
        // Not stations of a PM2.5 goal: a mobile device, one without a place, one measuring another
        // quantity.
        addStation(*store, "bike", kInside, Quantity::Pm2_5, {{kPilotStart + 60, 30}}, true);
        addStation(*store, "nowhere", std::nullopt, Quantity::Pm2_5, {{kPilotStart + 60, 30}});
        addStation(*store, "thermometer", kInside, Quantity::Temperature, {{kPilotStart + 60, 18}});

        auto days = pilotStationDays(*store, pilot(), goal(), inJuly());
        QVERIFY2(days, days ? "" : days.error().toString().c_str());
        QCOMPARE(days->size(), std::size_t(2));
        const StationDays* inside = find(*days, "test:inside");
        const StationDays* outside = find(*days, "test:outside");
        QVERIFY(inside && outside);
        QVERIFY(inside->inZone);
        QVERIFY(!outside->inZone);
        QCOMPARE(inside->before.size(), std::size_t(30));
        QCOMPARE(inside->during.size(), std::size_t(30));
        QCOMPARE(inside->hoursBefore.size(), std::size_t(30));
        QCOMPARE(*inside->before[29], 10.0);
        QCOMPARE(inside->hoursBefore[29], 1);
        QCOMPARE(*inside->during[0], 50.0);
        QCOMPARE(inside->hoursDuring[0], 1);
        QCOMPARE(*inside->during[1], 25.0);
        QCOMPARE(inside->hoursDuring[1], 2);
        int daysWithData = 0;
        for (const auto& v : inside->before)
            daysWithData += v.has_value();
        for (const auto& v : inside->during)
            daysWithData += v.has_value();
        QCOMPARE(daysWithData, 3);

        auto daily =
            pilotStationDays(*store, pilot(), goal(GoalQuantity::Pm25, GoalStatistic::DailyMean), inJuly());
        QVERIFY(daily);
        QCOMPARE(*find(*daily, "test:inside")->during[1], 17.5);

        auto temperature = pilotStationDays(*store, pilot(), goal(GoalQuantity::Temperature), inJuly());
        QVERIFY(temperature);
        QCOMPARE(temperature->size(), std::size_t(1));
        QCOMPARE(temperature->front().stationId, std::string("test:thermometer"));
        QCOMPARE(*temperature->front().during[0], 18.0);

        // Ten days into the pilot: the days so far, against as many before.
        PilotEvidenceOptions running;
        running.today = 2024y / 5 / 10;
        auto soFar = pilotStationDays(*store, pilot(), goal(), running);
        QVERIFY(soFar);
        QCOMPARE(soFar->front().during.size(), std::size_t(10));
        QCOMPARE(soFar->front().before.size(), std::size_t(10));
    }

    void noiseLevelsAverageAsEnergy()
    {
        auto store = openStore();
        QVERIFY(store);
        addStation(*store, "mic", kInside, Quantity::NoiseLAeq,
                   {{kPilotStart + 60, 60}, {kPilotStart + 120, 70}});
        auto days = pilotStationDays(*store, pilot(), goal(GoalQuantity::Noise), inJuly());
        QVERIFY(days && days->size() == 1);
        // 10·log10((10^6 + 10^7) / 2) = 67.40 dB, not the 65 of the plain mean.
        QVERIFY(std::abs(*days->front().during[0] - 10 * std::log10((1e6 + 1e7) / 2)) < 1e-9);
    }

    void aKnownEffectIsFound()
    {
        auto store = openStore();
        QVERIFY(store);
        // Four stations inside and eight around the zone; inside, every reading from the pilot's
        // start on is 20 % lower.
        QVERIFY(writeDemoPilotReadings(*store, zone(), 2024y / 5 / 1, 30, -20, 11));
        auto e = evaluatePilotGoal(*store, pilot(), goal(), inJuly());
        QVERIFY2(e, text(e));
        QVERIFY(e->enoughData());
        QCOMPARE(e->zone.stations, 4);
        QCOMPARE(e->outside.stations, 8);
        QCOMPARE(e->days, 30);
        // Ten-minute readings: every hour of both spans has data.
        QCOMPARE(e->zone.coverage, 1.0);
        QCOMPARE(e->outside.coverage, 1.0);
        QCOMPARE(e->zone.hours, std::int64_t(4 * 60 * 24));
        QCOMPARE(e->outside.hours, std::int64_t(8 * 60 * 24));
        const std::string did = std::to_string(e->didPercent) + " [" + std::to_string(e->lowPercent) + ", " +
                                std::to_string(e->highPercent) + "]";
        QVERIFY2(std::abs(e->didPercent + 20) < 3, did.c_str());
        QVERIFY2(e->lowPercent <= -20 && -20 <= e->highPercent, did.c_str());
        QVERIFY(e->goalMet);
        QVERIFY(e->confident);
        QVERIFY(!evaluatePilotGoal(*store, pilot(), goal(GoalQuantity::Pm25, GoalStatistic::Mean24h, 30),
                                   inJuly())
                     ->goalMet);

        // PM10 and daily means show it too.
        auto pm10 =
            evaluatePilotGoal(*store, pilot(), goal(GoalQuantity::Pm10, GoalStatistic::DailyMean), inJuly());
        QVERIFY2(pm10 && pm10->enoughData(), text(pm10));
        QVERIFY2(std::abs(pm10->didPercent + 20) < 3, std::to_string(pm10->didPercent).c_str());

        // The same store and seed, the same interval.
        auto again = evaluatePilotGoal(*store, pilot(), goal(), inJuly());
        QCOMPARE(again->lowPercent, e->lowPercent);
        QCOMPARE(again->highPercent, e->highPercent);

        // The sentence.
        const std::string sentence = describeEvaluation(goal(), *e);
        const std::string zoneWords = "fell " + std::to_string(std::lround(-e->zone.changePercent)) + " %";
        QVERIFY2(sentence.starts_with("PM2.5 24 h mean in the zone " + zoneWords + " while it "),
                 sentence.c_str());
        QVERIFY2(sentence.find(" outside: a change of −" + std::to_string(std::lround(-e->didPercent)) +
                               " % against outside (95 % interval −") != std::string::npos,
                 sentence.c_str());
        QVERIFY2(
            sentence.ends_with("); 4 stations inside, 8 outside, 17,280 hours of data. Goal −10 %: met."),
            sentence.c_str());

        // The JSON.
        const auto json = parsed(evaluationJson(goal(), *e));
        QCOMPARE(json->getValue<std::string>("quantity"), std::string("pm25"));
        QCOMPARE(json->getValue<std::string>("statistic"), std::string("mean_24h"));
        QCOMPARE(json->getValue<std::string>("direction"), std::string("decrease"));
        QCOMPARE(json->getValue<double>("target_percent"), 10.0);
        QVERIFY(json->getValue<bool>("enough_data"));
        QVERIFY(json->isNull("reason"));
        QCOMPARE(json->getValue<double>("did_percent"), e->didPercent);
        QCOMPARE(json->getValue<double>("low_percent"), e->lowPercent);
        QCOMPARE(json->getValue<double>("high_percent"), e->highPercent);
        QCOMPARE(json->getValue<int>("days"), 30);
        QVERIFY(json->getValue<bool>("goal_met"));
        QVERIFY(json->getValue<bool>("confident"));
        const auto zoneJson = json->getObject("zone");
        QVERIFY(zoneJson);
        QCOMPARE(zoneJson->getValue<int>("stations"), 4);
        QCOMPARE(zoneJson->getValue<std::int64_t>("hours"), std::int64_t(5760));
        QCOMPARE(zoneJson->getValue<double>("coverage"), 1.0);
        QCOMPARE(zoneJson->getValue<double>("before_mean"), e->zone.beforeMean);
        QCOMPARE(zoneJson->getValue<double>("during_mean"), e->zone.duringMean);
        QCOMPARE(zoneJson->getValue<double>("change_percent"), e->zone.changePercent);
        const auto outsideJson = json->getObject("outside");
        QVERIFY(outsideJson);
        QCOMPARE(outsideJson->getValue<int>("stations"), 8);
        QCOMPARE(outsideJson->getValue<double>("change_percent"), e->outside.changePercent);
    }

    void theIntervalHoldsTheEffectAcrossSeeds()
    {
        // Ten demo cities with a −20 % effect: the interval holds it in at least eight.
        int covered = 0;
        std::string seen;
        for (std::uint64_t seed = 1; seed <= 10; ++seed) {
            auto store = openStore();
            QVERIFY(store);
            QVERIFY(writeDemoPilotReadings(*store, zone(), 2024y / 5 / 1, 30, -20, seed));
            PilotEvidenceOptions options = inJuly();
            options.evaluation.bootstrapRounds = 500;
            auto e = evaluatePilotGoal(*store, pilot(), goal(), options);
            QVERIFY2(e && e->enoughData(), text(e));
            covered += e->lowPercent <= -20 && -20 <= e->highPercent;
            char line[96];
            std::snprintf(line, sizeof line, " %.1f [%.1f, %.1f]", e->didPercent, e->lowPercent,
                          e->highPercent);
            seen += line;
        }
        qInfo("%d of 10 intervals hold −20 %%:%s", covered, seen.c_str());
        QVERIFY2(covered >= 8, seen.c_str());
    }

    void anImportedStationCounts()
    {
        // A resident's own station inside the zone, imported from a Sensor.Community file whose PM2.5
        // (P2) is 12 before the pilot and 9 during it, one reading every 30 minutes (UTC times).
        auto store = openStore();
        QVERIFY(store);
        std::string csv =
            "sensor_id;sensor_type;location;lat;lon;timestamp;P1;durP1;ratioP1;P2;durP2;ratioP2\n";
        for (std::int64_t t = kPilotStart - 30 * kDay; t < kPilotStart + 30 * kDay; t += 1800) {
            const std::time_t time = t;
            std::tm utc{};
            gmtime_r(&time, &utc);
            char when[32];
            std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%S", &utc);
            csv += std::string("4711;SDS011;77;36.351;127.381;") + when + ";20;;;" +
                   (t < kPilotStart ? "12" : "9") + ";;\n";
        }
        const std::string file = m_dir.filePath(QStringLiteral("sc.csv")).toStdString();
        std::ofstream(file, std::ios::binary) << csv;
        auto report = sensor::importSensorFile(*store, file);
        QVERIFY2(report, report ? "" : report.error().toString().c_str());
        QCOMPARE(report->imported, std::int64_t(60 * 48));

        auto days = pilotStationDays(*store, pilot(), goal(), inJuly());
        QVERIFY(days);
        QCOMPARE(days->size(), std::size_t(1));
        const StationDays& s = days->front();
        QCOMPARE(s.stationId, std::string("sensor.community:4711"));
        QVERIFY(s.inZone);
        for (int d = 0; d < 30; ++d) {
            QCOMPARE(s.hoursBefore[static_cast<std::size_t>(d)], 24);
            QCOMPARE(s.hoursDuring[static_cast<std::size_t>(d)], 24);
            QCOMPARE(*s.before[static_cast<std::size_t>(d)], 12.0);
            QCOMPARE(*s.during[static_cast<std::size_t>(d)], 9.0);
        }
    }

    void oneStationInsideIsNotEnough()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(writeDemoPilotReadings(*store, zone(), 2024y / 5 / 1, 30, -20, 5));
        // A zone drawn around one of the four stations only: the other three count as outside.
        sensor::ObservationStore observations(store->database());
        auto devices = observations.devices();
        QVERIFY(devices);
        std::optional<LatLon> first;
        for (const auto& d : *devices)
            if (d.externalId == "pilot-in-1")
                first = LatLon{*d.lat, *d.lon};
        QVERIFY(first);
        const double r = 0.0001;
        const std::vector<Ring> tiny{{{first->lat - r, first->lon - r},
                                      {first->lat - r, first->lon + r},
                                      {first->lat + r, first->lon + r},
                                      {first->lat + r, first->lon - r}}};
        auto e = evaluatePilotGoal(*store, pilot(tiny), goal(), inJuly());
        QVERIFY2(e, text(e));
        QVERIFY(!e->enoughData());
        QCOMPARE(int(e->notEnough), int(NotEnoughData::ZoneStations));
        QCOMPARE(e->zone.stations, 1);
        QCOMPARE(e->outside.stations, 11);
        QCOMPARE(describeEvaluation(goal(), *e),
                 std::string("PM2.5 24 h mean: not enough data — only 1 station with data inside "
                             "the zone (2 needed)."));
        const auto json = parsed(evaluationJson(goal(), *e));
        QVERIFY(!json->getValue<bool>("enough_data"));
        QCOMPARE(json->getValue<std::string>("reason"), std::string("zone_stations"));
        QVERIFY(json->isNull("did_percent"));
        QVERIFY(json->isNull("low_percent"));
        QVERIFY(json->isNull("high_percent"));
        QVERIFY(!json->getValue<bool>("goal_met"));
        QCOMPARE(json->getObject("zone")->getValue<int>("stations"), 1);
        QCOMPARE(json->getObject("outside")->getValue<int>("stations"), 11);

        // No station at all with noise: none inside.
        auto noise = evaluatePilotGoal(*store, pilot(), goal(GoalQuantity::Noise), inJuly());
        QVERIFY(noise);
        QCOMPARE(int(noise->notEnough), int(NotEnoughData::ZoneStations));
        QCOMPARE(describeEvaluation(goal(GoalQuantity::Noise), *noise),
                 std::string("Noise 24 h mean: not enough data — no station with data inside the "
                             "zone (2 needed)."));
        const auto noiseJson = parsed(evaluationJson(goal(GoalQuantity::Noise), *noise));
        QVERIFY(noiseJson->getObject("zone")->isNull("before_mean"));
        QVERIFY(noiseJson->getObject("zone")->isNull("change_percent"));
    }

    void sentencesForEveryReason()
    {
        const Goal pm10 = goal(GoalQuantity::Pm10, GoalStatistic::DailyMean);
        Evaluation e;
        e.notEnough = NotEnoughData::OutsideStations;
        e.outside.stations = 1;
        QCOMPARE(describeEvaluation(pm10, e),
                 std::string("PM10 daily mean: not enough data — only 1 station with data outside "
                             "the zone (2 needed)."));
        EvaluationOptions three;
        three.minStations = 3;
        e.outside.stations = 2;
        QCOMPARE(describeEvaluation(pm10, e, three),
                 std::string("PM10 daily mean: not enough data — only 2 stations with data outside "
                             "the zone (3 needed)."));
        e.notEnough = NotEnoughData::ZoneCoverage;
        e.zone.coverage = 0.749;
        QCOMPARE(describeEvaluation(pm10, e),
                 std::string("PM10 daily mean: not enough data — only 74 % of the hours inside the "
                             "zone have data (75 % needed)."));
        e.notEnough = NotEnoughData::OutsideCoverage;
        e.outside.coverage = 0.5;
        QCOMPARE(describeEvaluation(pm10, e),
                 std::string("PM10 daily mean: not enough data — only 50 % of the hours outside the "
                             "zone have data (75 % needed)."));
        e.notEnough = NotEnoughData::NoBeforeMean;
        QCOMPARE(describeEvaluation(goal(GoalQuantity::Temperature), e),
                 std::string("Temperature 24 h mean: not enough data — the zone's mean before the "
                             "pilot is not above 0, so its change cannot be given in percent."));
        QCOMPARE(parsed(evaluationJson(pm10, e))->getValue<std::string>("reason"),
                 std::string("no_before_mean"));

        // Enough data: the figures as the brief example has them.
        Evaluation ok;
        ok.zone = {4, 700, 1.0, 40, 34, -15.2};
        ok.outside = {9, 1400, 0.97, 38, 36.9, -2.9};
        ok.didPercent = -12.3;
        ok.lowPercent = -18.4;
        ok.highPercent = -5.6;
        ok.days = 30;
        ok.goalMet = true;
        ok.confident = true;
        QCOMPARE(describeEvaluation(goal(), ok),
                 std::string("PM2.5 24 h mean in the zone fell 15 % while it fell 3 % outside: a change of "
                             "−12 % against outside (95 % interval −18 % to −6 %); 4 stations inside, 9 "
                             "outside, 2,100 hours of data. Goal −10 %: met."));
        ok.highPercent = 1.2;
        ok.confident = false;
        QVERIFY(describeEvaluation(goal(), ok)
                    .ends_with("to +1 %); 4 stations inside, 9 outside, 2,100 hours of "
                               "data. Goal −10 %: met, though the 95 % interval includes 0 %."));
        ok.goalMet = false;
        QVERIFY(describeEvaluation(goal(GoalQuantity::Pm25, GoalStatistic::Mean24h, 20), ok)
                    .ends_with("Goal −20 %: not met."));
        // A goal of more: "rose", "+".
        Evaluation up;
        up.zone = {1, 1, 1.0, 20, 22, 10.4};
        up.outside = {2, 0, 1.0, 20, 20.05, 0.2};
        up.didPercent = 10.1;
        up.lowPercent = 4;
        up.highPercent = 16;
        up.goalMet = true;
        up.confident = true;
        QCOMPARE(
            describeEvaluation(
                goal(GoalQuantity::Temperature, GoalStatistic::DailyMean, 5, GoalDirection::Increase), up),
            std::string("Temperature daily mean in the zone rose 10 % while it stayed the same outside: a "
                        "change of +10 % against outside (95 % interval +4 % to +16 %); 1 station inside, 2 "
                        "outside, 1 hour of data. Goal +5 %: met."));
        // Outside below 0 °C before: its levels instead of a percentage; a target with a decimal.
        up.outside = {2, 0, 1.0, -2.14, 1.3, 0};
        const std::string cold = describeEvaluation(
            goal(GoalQuantity::Temperature, GoalStatistic::DailyMean, 7.5, GoalDirection::Increase), up);
        QVERIFY2(
            cold.starts_with("Temperature daily mean in the zone rose 10 % while it went from −2.1 °C to "
                             "1.3 °C outside: a change of +10 %"),
            cold.c_str());
        QVERIFY2(cold.ends_with("Goal +7.5 %: met."), cold.c_str());
    }
};

QTEST_GUILESS_MAIN(TestPilotEvidence)
#include "test_pilot_evidence.moc"
