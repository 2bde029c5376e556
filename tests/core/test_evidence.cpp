// Evidence on problems: the summary of a window of stored readings against hand-computed figures,
// the fingerprint of exactly those readings, verify() after a reading changed, errors, and what
// removing a problem or a series does to its evidence.

#include "core/sensor/evidence.h"
#include "core/sensor/observation_store.h"
#include "core/store/store.h"
#include "tests/support/test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace balgul::core;
using namespace balgul::core::sensor;

Q_DECLARE_METATYPE(Quantity)

namespace {

constexpr std::int64_t kDay = 1714521600; // 2024-05-01T00:00:00Z
constexpr std::int64_t kHour = 3600;

/// Three readings in hour `h` (at :00, :20, :40) of `mean - 2`, `mean`, `mean + 2`.
void addHour(std::vector<Reading>& out, int h, double mean)
{
    const std::int64_t start = kDay + h * kHour;
    out.push_back({start, mean - 2, FlagNone});
    out.push_back({start + 1200, mean, FlagNone});
    out.push_back({start + 2400, mean + 2, FlagNone});
}

/// Hours 0–11 at 20, hours 12–17 at 50: hourly means 20 ×12 and 50 ×6, nothing after hour 17.
std::vector<Reading> eighteenHours()
{
    std::vector<Reading> out;
    for (int h = 0; h < 18; ++h)
        addHour(out, h, h < 12 ? 20 : 50);
    return out;
}

QString gradeWord(const std::optional<KoreanGrade>& grade)
{
    return grade ? QString::fromUtf8(toString(*grade).data()) : QString();
}

} // namespace

class TestEvidence : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Store> m_store;
    std::string m_problemId;

    /// A fresh store with one problem.
    void openStore()
    {
        auto opened = Store::open(m_dir.filePath(QStringLiteral("e%1.sqlite").arg(++m_n)).toStdString());
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().toString().c_str());
        m_store = std::move(opened).value();
        Problem draft;
        draft.title = "Dust at the school gate";
        draft.lat = 36.35;
        draft.lon = 127.38;
        auto created = m_store->createProblem(draft);
        QVERIFY(created.ok());
        m_problemId = created->id;
    }

    std::int64_t addSeries(Quantity quantity, const std::vector<Reading>& readings,
                           const std::string& externalId = "22885")
    {
        ObservationStore observations(m_store->database());
        Transaction tx(m_store->database());
        Device device;
        device.source = "sensor.community";
        device.externalId = externalId;
        device.sensorType = "SDS011";
        device.lat = 48.8;
        device.lon = 9.2;
        const std::int64_t deviceId = observations.ensureDevice(device);
        const std::int64_t series = observations.ensureSeries(deviceId, quantity);
        observations.addReadings(series, readings);
        tx.commit();
        return series;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { openStore(); }
    void cleanup() { m_store.reset(); }

    void summary_data()
    {
        QTest::addColumn<Quantity>("quantity");
        QTest::addColumn<int>("hours"); // hours of data written, see the test
        QTest::addColumn<int>("fromHour");
        QTest::addColumn<int>("toHour");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("max");
        QTest::addColumn<int>("withData");
        QTest::addColumn<int>("inWindow");
        QTest::addColumn<int>("overBad");
        QTest::addColumn<QString>("grade"); // "" when the quantity has no grades
        QTest::addColumn<double>("gradeMean");

        // 18 h: (12·20 + 6·50) / 18 = 30; 50 is 나쁨 for PM2.5; 18 of 24 h is just enough.
        QTest::addRow("pm2.5 day with 18 h") << Quantity::Pm2_5 << 18 << 0 << 24 << 30.0 << 50.0 << 18 << 24
                                             << 6 << QStringLiteral("moderate") << 30.0;
        // 17 h: (12·20 + 5·50) / 17; not enough hours for a 24 h grade.
        QTest::addRow("pm2.5 day with 17 h") << Quantity::Pm2_5 << 17 << 0 << 24 << 490.0 / 17 << 50.0 << 17
                                             << 24 << 5 << QStringLiteral("not_enough_data") << 490.0 / 17;
        // PM10: 50 is 보통, 30 is 좋음.
        QTest::addRow("pm10 day with 18 h") << Quantity::Pm10 << 18 << 0 << 24 << 30.0 << 50.0 << 18 << 24
                                            << 0 << QStringLiteral("good") << 30.0;
        // Six hours, all with data: graded by their mean.
        QTest::addRow("pm2.5 six bad hours") << Quantity::Pm2_5 << 18 << 12 << 18 << 50.0 << 50.0 << 6 << 6
                                             << 6 << QStringLiteral("bad") << 50.0;
        // Six hours, four with data (4 < 75 % of 6).
        QTest::addRow("pm2.5 short window, too few hours")
            << Quantity::Pm2_5 << 18 << 14 << 20 << 50.0 << 50.0 << 4 << 6 << 4
            << QStringLiteral("not_enough_data") << 50.0;
        // Two days, 20 then 80: the worst 24 h (the second day) decides the grade: 매우나쁨.
        QTest::addRow("pm2.5 two days, worst 24 h") << Quantity::Pm2_5 << 48 << 0 << 48 << 50.0 << 80.0 << 48
                                                    << 48 << 24 << QStringLiteral("very_bad") << 80.0;
        QTest::addRow("temperature has no grade")
            << Quantity::Temperature << 18 << 0 << 24 << 30.0 << 50.0 << 18 << 24 << 0 << QString() << 0.0;
    }

    void summary()
    {
        QFETCH(Quantity, quantity);
        QFETCH(int, hours);
        QFETCH(int, fromHour);
        QFETCH(int, toHour);
        std::vector<Reading> readings;
        for (int h = 0; h < hours; ++h)
            addHour(readings, h, hours == 48 ? (h < 24 ? 20 : 80) : (h < 12 ? 20 : 50));
        // A flagged reading in every window: counted as flagged, never in the figures.
        readings.push_back({kDay + fromHour * kHour + 600, 1999, FlagImpossible});
        const std::int64_t series = addSeries(quantity, readings);

        EvidenceStore evidence(m_store->database());
        auto attached = evidence.attach(m_problemId, series, kDay + fromHour * kHour, kDay + toHour * kHour,
                                        "school gate");
        QVERIFY2(attached.ok(), attached.ok() ? "" : attached.error().toString().c_str());
        const EvidenceSummary& s = attached->summary;
        QTEST(s.mean, "mean");
        QTEST(s.max, "max");
        QTEST(s.hoursWithData, "withData");
        QTEST(s.hoursInWindow, "inWindow");
        QTEST(s.hoursOverBad, "overBad");
        QTEST(gradeWord(s.grade), "grade");
        if (s.grade)
            QTEST(s.gradeMean, "gradeMean");
        QCOMPARE(s.coverage, double(s.hoursWithData) / s.hoursInWindow);
        QCOMPARE(s.readings, std::int64_t{3} * s.hoursWithData);
        QCOMPARE(s.flagged, std::int64_t{1});
        QCOMPARE(s.peak, s.max + 2);
        QCOMPARE(s.hourly.size(), std::size_t(s.hoursWithData));
        QCOMPARE(s.unit, std::string(unitOf(quantity)));
        QCOMPARE(s.externalId, std::string("22885"));

        // What was stored reads back the same.
        auto listed = evidence.list(m_problemId);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), std::size_t{1});
        const Evidence& back = listed->front();
        QCOMPARE(back.id, attached->id);
        QCOMPARE(back.label, std::string("school gate"));
        QCOMPARE(back.seriesId, std::optional<std::int64_t>(series));
        QCOMPARE(back.fingerprint, s.fingerprint);
        QCOMPARE(back.summary.mean, s.mean);
        QCOMPARE(gradeWord(back.summary.grade), gradeWord(s.grade));
        QCOMPARE(back.summary.hoursOverBad, s.hoursOverBad);
        QVERIFY(back.summary.hourly == s.hourly);
    }

    void fingerprintCoversExactlyTheWindow()
    {
        const std::int64_t series = addSeries(Quantity::Pm2_5, eighteenHours());
        EvidenceStore evidence(m_store->database());
        const std::int64_t from = kDay + 2 * kHour, to = kDay + 10 * kHour;
        auto attached = evidence.attach(m_problemId, series, from, to, {});
        QVERIFY(attached.ok());
        QCOMPARE(attached->fingerprint.size(), std::size_t{64});
        QCOMPARE(evidence.verify(attached->id).value(), true);

        // A reading outside the window changes nothing.
        {
            Transaction tx(m_store->database());
            ObservationStore(m_store->database())
                .addReadings(series, {{kDay + 15 * kHour + 7, 400, FlagNone}});
            tx.commit();
        }
        QCOMPARE(evidence.verify(attached->id).value(), true);

        // One reading inside, one thousandth different, written back as a block.
        {
            auto& db = m_store->database();
            auto st = db.prepare("SELECT data FROM sensor_blocks WHERE series_id = ? AND day = ?");
            st.bind(1, series).bind(2, dayOf(kDay));
            QVERIFY(st.step());
            std::vector<Reading> block;
            QVERIFY(decodeBlock(std::string(st.textView(0)), block));
            auto target = std::find_if(block.begin(), block.end(),
                                       [&](const Reading& r) { return r.time == from + 1200; });
            QVERIFY(target != block.end());
            target->value += 0.001;
            db.prepare("UPDATE sensor_blocks SET data = ? WHERE series_id = ? AND day = ?")
                .bindBlob(1, encodeBlock(block).value())
                .bind(2, series)
                .bind(3, dayOf(kDay))
                .run();
        }
        QCOMPARE(evidence.verify(attached->id).value(), false);
        // The stored summary is what was attached; a fresh attach of the window differs.
        auto again = evidence.attach(m_problemId, series, from, to, {});
        QVERIFY(again.ok());
        QVERIFY(again->fingerprint != attached->fingerprint);
        QCOMPARE(evidence.verify(again->id).value(), true);

        // One reading added inside the window through the store.
        {
            Transaction tx(m_store->database());
            ObservationStore(m_store->database()).addReadings(series, {{from + 5, 21, FlagNone}});
            tx.commit();
        }
        QCOMPARE(evidence.verify(again->id).value(), false);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<int>("seriesOffset"); // added to the real series id
        QTest::addColumn<int>("fromHour");
        QTest::addColumn<int>("toHour");
        QTest::addColumn<QString>("code");
        QTest::addRow("unknown problem")
            << QStringLiteral("nope") << 0 << 0 << 24 << QStringLiteral("unknown_problem");
        QTest::addRow("unknown series") << QString() << 99 << 0 << 24 << QStringLiteral("unknown_series");
        QTest::addRow("empty window") << QString() << 0 << 5 << 5 << QStringLiteral("empty_window");
        QTest::addRow("reversed window") << QString() << 0 << 6 << 5 << QStringLiteral("empty_window");
        QTest::addRow("no readings") << QString() << 0 << 30 << 40 << QStringLiteral("no_readings");
        QTest::addRow("only flagged readings") << QString() << 0 << 20 << 21 << QStringLiteral("no_readings");
    }

    void errors()
    {
        QFETCH(QString, problem);
        QFETCH(int, seriesOffset);
        QFETCH(int, fromHour);
        QFETCH(int, toHour);
        auto readings = eighteenHours();
        readings.push_back({kDay + 20 * kHour + 60, -235, FlagSentinel});
        const std::int64_t series = addSeries(Quantity::Pm2_5, readings);
        EvidenceStore evidence(m_store->database());
        auto attached =
            evidence.attach(problem.isEmpty() ? m_problemId : problem.toStdString(), series + seriesOffset,
                            kDay + fromHour * kHour, kDay + toHour * kHour, "x");
        QVERIFY(!attached.ok());
        QFETCH(QString, code);
        QCOMPARE(QString::fromStdString(attached.error().code), code);
        QVERIFY(!attached.error().message.empty());
        QCOMPARE(evidence.list(m_problemId)->size(), std::size_t{0});
    }

    void removeRestoreAndProblemDeletion()
    {
        const std::int64_t series = addSeries(Quantity::Pm10, eighteenHours());
        EvidenceStore evidence(m_store->database());
        auto first = evidence.attach(m_problemId, series, kDay, kDay + 24 * kHour, "day");
        auto second = evidence.attach(m_problemId, series, kDay + 12 * kHour, kDay + 18 * kHour, "afternoon");
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(evidence.list(m_problemId)->size(), std::size_t{2});

        QVERIFY(evidence.remove(first->id).ok());
        QCOMPARE(evidence.list(m_problemId)->size(), std::size_t{1});
        QCOMPARE(evidence.remove(first->id).error().code, std::string("not_found"));
        QVERIFY(evidence.restore(*first).ok());
        auto restored = evidence.find(first->id);
        QVERIFY(restored.ok() && restored->has_value());
        QCOMPARE((*restored)->fingerprint, first->fingerprint);
        QCOMPARE((*restored)->created, first->created);
        QCOMPARE((*restored)->summary.mean, first->summary.mean);
        QCOMPARE(evidence.verify(first->id).value(), true);

        // A problem in the bin keeps its evidence (Undo brings both back) but takes no new evidence.
        QVERIFY(m_store->removeProblem(m_problemId).ok());
        QCOMPARE(evidence.list(m_problemId)->size(), std::size_t{2});
        QCOMPARE(evidence.attach(m_problemId, series, kDay, kDay + kHour, {}).error().code,
                 std::string("unknown_problem"));
        QVERIFY(m_store->restoreProblem(m_problemId).ok());

        // Deleting the problem's row deletes its evidence.
        m_store->database().prepare("DELETE FROM problems WHERE id = ?").bind(1, m_problemId).run();
        QCOMPARE(evidence.list(m_problemId)->size(), std::size_t{0});
        QCOMPARE(evidence.find(second->id)->has_value(), false);
    }

    void removedSeriesKeepsEvidence()
    {
        const std::int64_t series = addSeries(Quantity::Pm2_5, eighteenHours());
        EvidenceStore evidence(m_store->database());
        auto attached = evidence.attach(m_problemId, series, kDay, kDay + 24 * kHour, {});
        QVERIFY(attached.ok());
        m_store->database().prepare("DELETE FROM sensor_series WHERE id = ?").bind(1, series).run();
        auto listed = evidence.list(m_problemId);
        QCOMPARE(listed->size(), std::size_t{1});
        QVERIFY(!listed->front().seriesId);
        QCOMPARE(listed->front().summary.mean, 30.0);
        QCOMPARE(evidence.verify(attached->id).error().code, std::string("series_removed"));
        QCOMPARE(evidence.verify("missing").error().code, std::string("not_found"));
    }

    void longWindowChartIsBucketed()
    {
        std::vector<Reading> readings;
        for (int h = 0; h < 24 * 60; ++h)
            readings.push_back({kDay + h * kHour, double(h % 24), FlagNone});
        const std::int64_t series = addSeries(Quantity::Pm2_5, readings);
        auto summary = EvidenceStore(m_store->database()).preview(series, kDay, kDay + 24 * 60 * kHour);
        QVERIFY(summary.ok());
        QCOMPARE(summary->hoursWithData, 24 * 60);
        QCOMPARE(summary->hourly.size(), std::size_t{720}); // two hours per point
        QCOMPARE(summary->hourly[0].mean, 0.5);
        QCOMPARE(summary->hourly[1].start, kDay + 2 * kHour);
        QCOMPARE(summary->mean, 11.5);
    }

    void summaryJson()
    {
        const std::int64_t series = addSeries(Quantity::Pm2_5, eighteenHours());
        auto summary = EvidenceStore(m_store->database()).preview(series, kDay, kDay + 24 * kHour);
        QVERIFY(summary.ok());
        const auto back = summaryFromJson(summaryToJson(*summary));
        QVERIFY(back.has_value());
        QCOMPARE(back->mean, summary->mean);
        QCOMPARE(back->coverage, summary->coverage);
        QCOMPARE(gradeWord(back->grade), gradeWord(summary->grade));
        QCOMPARE(back->gradeHours, summary->gradeHours);
        QCOMPARE(back->fingerprint, summary->fingerprint);
        QVERIFY(back->quantity == Quantity::Pm2_5);
        QVERIFY(back->hourly == summary->hourly);
        QVERIFY(!summaryFromJson("not json"));
        QVERIFY(!summaryFromJson("[1,2]"));
        QVERIFY(!summaryFromJson(R"({"quantity":"smell"})"));
        QVERIFY(!summaryFromJson(R"({"quantity":"pm10","hourly":[[1]]})"));
    }
};

QTEST_GUILESS_MAIN(TestEvidence)
#include "test_evidence.moc"
